"""Field limits for imported contacts, so an import never writes a record the store will
not read back (the store refuses files over MAX_RECORD_BYTES).

A one-line field (a name, a company, an address) longer than any real one is cut; a long
text (notes, offers, needs) is cut at a generous length; each cut is said by name. A
contact that would still make too large a file is left out, also by name.
"""

from __future__ import annotations

from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.records import Contact
from twoway.core.store.codec import record_file
from twoway.core.store.layout import CONTACT, MAX_RECORD_BYTES

MAX_LINE_CHARS = 1_000  # names, companies, roles, addresses, each email or phone
MAX_TEXT_CHARS = 100_000  # notes, offers, needs, how you met
MAX_LIST_ITEMS = 100  # emails, phones or tags of one contact
# Below this many characters in all, a contact cannot come near the record limit
# (TOML escapes a character as at most 10 bytes), so it is not measured.
_SAFE_TOTAL_CHARS = MAX_RECORD_BYTES // 10

_FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Messages", "name"),
    "company": QT_TRANSLATE_NOOP("Messages", "company"),
    "role": QT_TRANSLATE_NOOP("Messages", "role"),
    "linkedin": QT_TRANSLATE_NOOP("Messages", "LinkedIn profile"),
    "website": QT_TRANSLATE_NOOP("Messages", "website"),
    "met_how": QT_TRANSLATE_NOOP("Messages", "how you met"),
    "offers": QT_TRANSLATE_NOOP("Messages", "offers"),
    "needs": QT_TRANSLATE_NOOP("Messages", "needs"),
    "notes": QT_TRANSLATE_NOOP("Messages", "notes"),
    "emails": QT_TRANSLATE_NOOP("Messages", "emails"),
    "phones": QT_TRANSLATE_NOOP("Messages", "phones"),
    "tags": QT_TRANSLATE_NOOP("Messages", "tags"),
}
_LINE_FIELDS = ("name", "company", "role", "linkedin", "website")
_TEXT_FIELDS = ("met_how", "offers", "needs", "notes")
_LIST_FIELDS = ("emails", "phones", "tags")


def _field(name: str) -> Message:
    field_name = _FIELD_NAMES[name]  # marked in the table above
    return message(field_name)


def _label(contact: Contact) -> str:
    return contact.name[:80] + ("…" if len(contact.name) > 80 else "")


def _cut_note(contact: Contact, name: str, length: int, kept: int) -> Message:
    if name in ("offers", "needs", "notes", "emails", "phones", "tags"):  # English plurals
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“%1”: the %2 were %3 characters long; only the first %4 were imported.",
            ),
            _label(contact),
            _field(name),
            length,
            kept,
        )
    return message(
        QT_TRANSLATE_NOOP(
            "Messages", "“%1”: the %2 was %3 characters long; only the first %4 were imported."
        ),
        _label(contact),
        _field(name),
        length,
        kept,
    )


def _cut_text(contact: Contact, name: str, limit: int, notes: list[Message]) -> None:
    value = getattr(contact, name)
    if len(value) > limit:
        notes.append(_cut_note(contact, name, len(value), limit))
        setattr(contact, name, value[:limit])


def _cut_list(contact: Contact, name: str, notes: list[Message]) -> None:
    values = getattr(contact, name)
    if len(values) > MAX_LIST_ITEMS:
        notes.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "“%1”: %2 %3 were listed; only the first %4 were imported."
                ),
                _label(contact),
                len(values),
                _field(name),
                MAX_LIST_ITEMS,
            )
        )
        del values[MAX_LIST_ITEMS:]
    for index, value in enumerate(values):
        if len(value) > MAX_LINE_CHARS:
            notes.append(_cut_note(contact, name, len(value), MAX_LINE_CHARS))
            values[index] = value[:MAX_LINE_CHARS]


def _total_chars(contact: Contact) -> int:
    total = sum(len(getattr(contact, name)) for name in (*_LINE_FIELDS, *_TEXT_FIELDS))
    return total + sum(len(v) for name in _LIST_FIELDS for v in getattr(contact, name))


def record_bytes(contact: Contact) -> int:
    """The size of the file the store would write for this contact."""
    return len(record_file(CONTACT, contact))


def fit_contacts(contacts: list[Contact]) -> tuple[list[Contact], list[Message]]:
    """The contacts with over-long fields cut (in place), and a note for each cut; any
    contact that would still be too large a record is left out with a note."""
    kept: list[Contact] = []
    notes: list[Message] = []
    for contact in contacts:
        for name in _LINE_FIELDS:
            _cut_text(contact, name, MAX_LINE_CHARS, notes)
        for name in _TEXT_FIELDS:
            _cut_text(contact, name, MAX_TEXT_CHARS, notes)
        for name in _LIST_FIELDS:
            _cut_list(contact, name, notes)
        if _total_chars(contact) > _SAFE_TOTAL_CHARS and record_bytes(contact) > MAX_RECORD_BYTES:
            notes.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“%1” holds more text than one contact can keep (over %2 MB) and was left out.",
                    ),
                    _label(contact),
                    MAX_RECORD_BYTES // (1024 * 1024),
                )
            )
            continue
        kept.append(contact)
    return kept, notes
