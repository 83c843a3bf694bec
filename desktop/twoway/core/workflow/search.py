"""Searching contacts as the user types: every word must appear in some field."""

from __future__ import annotations

from twoway.core.records import Contact
from twoway.core.workflow.fit import fold


def contact_haystack(contact: Contact) -> str:
    """All of a contact's searchable text, folded once so each keystroke only scans."""
    parts = [
        contact.name,
        contact.company,
        contact.role,
        " ".join(contact.emails),
        " ".join(contact.phones),
        contact.linkedin,
        contact.website,
        contact.met_how,
        " ".join(contact.tags),
        contact.offers,
        contact.needs,
        contact.notes,
    ]
    return fold("\n".join(parts))


def query_words(text: str) -> list[str]:
    return [fold(word) for word in text.split()]


def matches(haystack: str, words: list[str]) -> bool:
    return all(word in haystack for word in words)
