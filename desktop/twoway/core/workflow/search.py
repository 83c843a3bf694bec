"""Searching contacts as the user types: every word must appear in some field.

The one `fold` (case and accents ignored: "jose" finds "José") and the one list of a
contact's searchable fields; the Contacts view and the fit check use these.
"""

from __future__ import annotations

import unicodedata

from twoway.core.records import Contact

# A contact's fields that a search looks in (emails, phones and tags are lists).
SEARCHED_FIELDS = (
    "name",
    "company",
    "role",
    "emails",
    "phones",
    "linkedin",
    "website",
    "met_how",
    "tags",
    "offers",
    "needs",
    "notes",
)


class _DropMarks(dict[int, int | None]):
    """A str.translate table that removes combining marks, filled in as characters appear."""

    def __missing__(self, codepoint: int) -> int | None:
        value = None if unicodedata.combining(chr(codepoint)) else codepoint
        self[codepoint] = value
        return value


_DROP_MARKS = _DropMarks()


def fold(text: str) -> str:
    """Text reduced for matching: case folded, accents and other combining marks removed."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_DROP_MARKS)


def contact_haystack(contact: Contact) -> str:
    """All of a contact's searchable text, folded once so each keystroke only scans."""
    parts = []
    for name in SEARCHED_FIELDS:
        value = getattr(contact, name)
        parts.append(value if isinstance(value, str) else " ".join(value))
    return fold("\n".join(parts))


def query_words(text: str) -> list[str]:
    return [fold(word) for word in text.split()]


def matches(haystack: str, words: list[str]) -> bool:
    return all(word in haystack for word in words)


def search_contacts(contacts: dict[str, Contact], text: str) -> list[Contact]:
    """The contacts holding every word of `text` in some field, in name order."""
    words = query_words(text)
    found = [c for c in contacts.values() if matches(contact_haystack(c), words)]
    return sorted(found, key=lambda c: (fold(c.name), c.id))
