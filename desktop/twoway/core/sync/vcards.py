"""A contact's shared details in and out of a vCard, keeping what Twoway does not use.

Shared, and so synced: name, company, role, emails, phones, LinkedIn, website, tags.
Twoway's own fields (offers, needs, how you met, notes) stay in Twoway. Writing into a
card the server already holds changes only those shared properties: a photo, an address,
a birthday and anything else the card carries survive.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import vobject

from twoway.core.interop.common import phone_digits, split_name
from twoway.core.interop.vcard_import import parse_vcards
from twoway.core.records import Contact

_SHARED = ("name", "company", "role", "emails", "phones", "linkedin", "website", "tags")


def shared(contact: Contact) -> dict[str, Any]:
    return {name: getattr(contact, name) for name in _SHARED}


def shared_hash(contact: Contact) -> str:
    raw = json.dumps(shared(contact), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def read_card(text: str) -> Contact | None:
    """The contact a card describes (import's own rules), or None when it cannot be read."""
    parsed = parse_vcards(text)
    return parsed.contacts[0] if parsed.contacts else None


def apply_shared(target: Contact, source: Contact) -> None:
    for name in _SHARED:
        setattr(
            target,
            name,
            list(getattr(source, name))
            if name in ("emails", "phones", "tags")
            else getattr(source, name),
        )


# vobject has no type information: a card and its lines are Any here.
def _lines(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name.lower(), []))


def _remove(card: Any, line: Any) -> None:
    card.remove(line)


def _set_single(card: Any, name: str, value: str) -> None:
    for line in _lines(card, name):
        _remove(card, line)
    if value:
        card.add(name.lower()).value = value


def _clean(value: str, prefix: str) -> str:
    value = str(value).strip()
    return value[len(prefix) :] if value.lower().startswith(prefix) else value


def card_with(contact: Contact, existing: str | None, uid: str = "") -> str:
    """`existing` (or a new vCard 3.0, its UID `uid` or the contact's own) with
    `contact`'s shared details written in."""
    card = None
    if existing:
        try:
            card = vobject.readOne(existing)
        except Exception:  # an unreadable card is replaced by a fresh one
            card = None
    if card is None:
        card = vobject.vCard()
        card.add("version").value = "3.0"
        card.add("uid").value = uid or f"{contact.id}@twoway"
    before = read_card(card.serialize()) if existing else None

    if not before or before.name != contact.name or not _lines(card, "N"):
        _set_single(card, "FN", contact.name)
        for line in _lines(card, "N"):
            _remove(card, line)
        given, family = split_name(contact.name)
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
    orgs = _lines(card, "ORG")
    if contact.company:
        if orgs:
            rest = orgs[0].value[1:] if isinstance(orgs[0].value, list) else []
            orgs[0].value = [contact.company, *rest]
        else:
            card.add("org").value = [contact.company]
    else:
        for line in orgs:
            _remove(card, line)
    _set_single(card, "TITLE", contact.role)

    wanted = {e.casefold(): e for e in contact.emails}
    for line in _lines(card, "EMAIL"):
        if _clean(line.value, "mailto:").casefold() not in wanted:
            _remove(card, line)
        else:
            wanted.pop(_clean(line.value, "mailto:").casefold())
    for email in wanted.values():
        card.add("email").value = email

    wanted_phones = {phone_digits(p): p for p in contact.phones}
    for line in _lines(card, "TEL"):
        digits = phone_digits(_clean(line.value, "tel:"))
        if digits not in wanted_phones:
            _remove(card, line)
        else:
            wanted_phones.pop(digits)
    for phone in wanted_phones.values():
        card.add("tel").value = phone

    old_links = {before.linkedin, before.website} - {""} if before else set()
    for line in _lines(card, "URL"):
        if str(line.value).strip() in old_links:
            _remove(card, line)
    for url in (contact.linkedin, contact.website):
        if url:
            card.add("url").value = url

    for line in _lines(card, "CATEGORIES"):
        _remove(card, line)
    if contact.tags:
        card.add("categories").value = list(contact.tags)
    _set_single(card, "REV", datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
    text: str = card.serialize()
    return text
