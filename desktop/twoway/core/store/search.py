"""Finding contacts by any field, ignoring case and accents ("jose" finds "José")."""

from __future__ import annotations

import unicodedata

from twoway.core.records import Contact


class _DropMarks(dict):
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


def contact_text(contact: Contact) -> str:
    """Every searchable field of a contact, folded, one per line."""
    parts = [
        contact.name,
        contact.company,
        contact.role,
        *contact.emails,
        *contact.phones,
        contact.linkedin,
        contact.website,
        contact.met_how,
        *contact.tags,
        contact.offers,
        contact.needs,
        contact.notes,
    ]
    return fold("\n".join(part for part in parts if part))


class ContactIndex:
    """Folded text per contact id, kept up to date by the store."""

    def __init__(self) -> None:
        self._text: dict[str, str] = {}
        self._name: dict[str, str] = {}

    def set(self, contact: Contact, text: str | None = None) -> None:
        self._text[contact.id] = contact_text(contact) if text is None else text
        self._name[contact.id] = fold(contact.name)

    def text_of(self, contact_id: str) -> str:
        return self._text[contact_id]

    def drop(self, contact_id: str) -> None:
        self._text.pop(contact_id, None)
        self._name.pop(contact_id, None)

    def clear(self) -> None:
        self._text.clear()
        self._name.clear()

    def search(self, query: str) -> list[str]:
        """Ids of contacts holding every word of `query`; name matches first, then by name."""
        words = fold(query).split()
        names = self._name
        if not words:
            return sorted(names, key=names.__getitem__)
        hits = [cid for cid, text in self._text.items() if all(word in text for word in words)]
        phrase = " ".join(words)

        def rank(cid: str) -> tuple[int, str]:
            name = names[cid]
            if name.startswith(phrase):
                return 0, name
            if all(word in name for word in words):
                return 1, name
            return 2, name

        return sorted(hits, key=rank)
