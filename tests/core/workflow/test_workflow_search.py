"""Contact search: every typed word must appear in some field, accents and case aside."""

from __future__ import annotations

from twoway.core.records import Contact
from twoway.core.workflow.search import contact_haystack, matches, query_words


def found(contact: Contact, text: str) -> bool:
    return matches(contact_haystack(contact), query_words(text))


def test_any_field_matches():
    contact = Contact(
        name="Zoë Brandt",
        company="Northwind",
        tags=["design", "berlin"],
        notes="Met at the pricing meetup",
        emails=["zoe@northwind.example"],
    )
    for text in ("zoe", "ZOË", "northw", "berlin", "pricing meet", "zoe@north", ""):
        assert found(contact, text), text
    assert not found(contact, "zoe lisbon")
    assert not found(contact, "fabrikam")
