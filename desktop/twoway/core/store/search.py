"""Finding contacts by any field, ignoring case and accents ("jose" finds "José")."""

from __future__ import annotations

import unicodedata

from twoway.core.records import Contact


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
    """Folded text per contact id, kept up to date by the store.

    For searching, the contacts are also kept as lists in name order, rebuilt after a
    change, so a search is a few passes over plain lists.
    """

    def __init__(self) -> None:
        self._text: dict[str, str] = {}
        self._name: dict[str, str] = {}
        self._ordered: tuple[list[str], list[str], list[str]] | None = None  # ids, names, texts

    def set(self, contact: Contact, text: str | None = None) -> None:
        self._text[contact.id] = contact_text(contact) if text is None else text
        self._name[contact.id] = fold(contact.name)
        self._ordered = None

    def drop(self, contact_id: str) -> None:
        self._text.pop(contact_id, None)
        self._name.pop(contact_id, None)
        self._ordered = None

    def _in_name_order(self) -> tuple[list[str], list[str], list[str]]:
        if self._ordered is None:
            ids = sorted(self._name, key=lambda cid: (self._name[cid], cid))
            self._ordered = (
                ids,
                [self._name[cid] for cid in ids],
                [self._text[cid] for cid in ids],
            )
        return self._ordered

    def search(self, query: str) -> list[str]:
        """Ids of contacts holding every word of `query`: name matches first, then by name."""
        ids, names, texts = self._in_name_order()
        words = fold(query).split()
        if not words:
            return list(ids)
        hits = [i for i, text in enumerate(texts) if words[0] in text]
        for word in words[1:]:
            hits = [i for i in hits if word in texts[i]]
        phrase = " ".join(words)
        starts = [i for i in hits if names[i].startswith(phrase)]
        taken = set(starts)
        in_name = [i for i in hits if i not in taken and all(w in names[i] for w in words)]
        taken.update(in_name)
        rest = [i for i in hits if i not in taken]
        return [ids[i] for i in (*starts, *in_name, *rest)]
