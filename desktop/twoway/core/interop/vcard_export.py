"""Contacts to a vCard 4.0 file (RFC 6350), written with vobject."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC
from typing import cast

import vobject

from twoway.core.interop.common import split_name
from twoway.core.records import Contact


def _add(card: vobject.base.Component, name: str, value: object, **params: list[str]) -> None:
    line = card.add(name)
    line.value = value
    for key, values in params.items():
        line.params[key.upper()] = values


def contact_to_vcard(contact: Contact) -> str:
    card = vobject.vCard()
    _add(card, "version", "4.0")
    # The id travels with the card, so importing it again finds the same contact.
    _add(card, "uid", f"{contact.id}@twoway")
    _add(card, "fn", contact.name)
    if contact.name == contact.company:
        _add(card, "kind", "org")
        _add(card, "n", vobject.vcard.Name())
    else:
        given, family = split_name(contact.name)
        _add(card, "n", vobject.vcard.Name(family=family, given=given))
    if contact.company:
        _add(card, "org", [contact.company])
    if contact.role:
        _add(card, "title", contact.role)
    for position, email in enumerate(contact.emails, 1):
        _add(card, "email", email, PREF=[str(position)])
    for position, phone in enumerate(contact.phones, 1):
        _add(card, "tel", phone, VALUE=["text"], PREF=[str(position)])
    if contact.linkedin:
        _add(card, "url", contact.linkedin, TYPE=["linkedin"])
    if contact.website:
        _add(card, "url", contact.website, TYPE=["work"])
    if contact.tags:
        _add(card, "categories", list(contact.tags))
    if contact.notes:
        _add(card, "note", contact.notes)
    # Twoway's own fields, kept by other apps as extensions and read back on import.
    for name, value in (
        ("x-twoway-met-how", contact.met_how),
        ("x-twoway-offers", contact.offers),
        ("x-twoway-needs", contact.needs),
    ):
        if value:
            _add(card, name, value)
    _add(card, "rev", contact.updated.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    return cast(str, card.serialize())  # vobject has no type information


def contacts_to_vcard(contacts: Iterable[Contact]) -> str:
    """One file with a card per contact, sorted by name; CRLF line ends as the standard says."""
    ordered = sorted(contacts, key=lambda c: (c.name.casefold(), c.id))
    return "".join(contact_to_vcard(contact) for contact in ordered)
