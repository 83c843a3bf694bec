"""Contact search: every typed word must appear in some field, accents and case aside."""

from __future__ import annotations

from twoway.core.records import Contact
from twoway.core.workflow.search import (
    SEARCHED_FIELDS,
    contact_haystack,
    matches,
    query_words,
    search_contacts,
)


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


def test_every_searchable_field_is_searched():
    # The one field list: a word in any of these fields finds the contact.
    for name in SEARCHED_FIELDS:
        value = getattr(Contact(name="x"), name)
        word = f"needle{name.replace('_', '')}"
        contact = Contact(name="Someone")
        setattr(contact, name, [word] if isinstance(value, list) else word)
        assert found(contact, word), name


def test_search_contacts_lists_matches_in_name_order():
    people = {c.id: c for c in (Contact(name="Émile Roux"), Contact(name="Anna Emile"))}
    assert [c.name for c in search_contacts(people, "emile")] == ["Anna Emile", "Émile Roux"]
    assert search_contacts(people, "nobody") == []
