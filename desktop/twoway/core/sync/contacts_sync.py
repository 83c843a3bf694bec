"""The address book, both ways: one chosen CardDAV address book and Twoway's contacts.

Each synced contact is paired with a card (its address and ETag) and remembers the shared
details both sides agreed on at the last sync (a hash, the "base"). Then:
- changed only on the server → the change comes into Twoway;
- changed only in Twoway → the card is updated (properties Twoway does not use survive);
- changed on both sides → both are kept: the server's version becomes a second contact,
  paired with the card, and Twoway's version goes up as a new card (at an address and
  with a UID of its own when the first card took the contact's); a conflict is listed;
- deleted on the server → the contact goes to Twoway's trash (it can be put back);
- deleted in Twoway → the card is deleted.
A card not paired here is matched first to the contact its UID names (`<id>@twoway`, or
`<id>-<random>@twoway` for the card of a conflict's Twoway version): another computer
sharing the data folder (with pairs of its own) may have put it up, and so a conflict it
resolved is not resolved again here. Then it is matched to an unpaired contact by the
import's duplicate rules (same email, LinkedIn profile, or name and company), and else it
becomes a new contact. With no last sync to tell which side changed, versions that still
differ once the contact's blanks are filled from the card are a conflict: both are kept.
"""

from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from twoway.core.interop.ics_export import item_uid
from twoway.core.interop.plan import _Index, absorb
from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message
from twoway.core.records import new_id
from twoway.core.sync.dav import DavClient, DavError, Item, PreconditionFailed
from twoway.core.sync.vcards import apply_shared, card_uid, card_with, read_card, shared_hash

if TYPE_CHECKING:
    from twoway.core.records import Contact
    from twoway.core.store import Store

_OWN_UID_END = item_uid("")  # every UID Twoway writes ends so
_COPY_SUFFIX = re.compile(r"-[0-9a-f]{8}$")  # the card of a conflict's Twoway version


@dataclass
class ContactsResult:
    added_here: int = 0  # contacts that came into Twoway
    updated_here: int = 0
    removed_here: int = 0
    added_there: int = 0  # cards written to the server
    updated_there: int = 0
    removed_there: int = 0
    conflicts: list[Message] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)


def _conflict(name: str) -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "%1 was changed both in Twoway and in the address book; both versions are kept as two contacts.",
        ),
        name,
    )


def _not_added(name: str, status: int) -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The contact “%1” could not be added to the address book (the server said %2); Twoway tries again at the next sync.",
        ),
        name,
        status,
    )


def _refused_create(exc: DavError) -> bool:
    """The address (412) or the UID (409) is taken already: another address may do."""
    return isinstance(exc, PreconditionFailed) or exc.status == 409


def _create(dav: DavClient, collection: str, contact: Contact, taken: set[str]) -> tuple[str, str]:
    """Put `contact` up as a new card; returns its address and ETag.

    The contact's own address ({id}.vcf, UID {id}@twoway) is used when free. After a
    conflict on a card Twoway made, that card (the address book's version) holds it, so
    Twoway's version goes to an address and UID of its own. Raises DavError when the server
    refuses that too.
    """
    natural = f"{collection}{quote(contact.id)}.vcf"
    if natural not in taken:
        try:
            return natural, dav.put(natural, card_with(contact, None), "text/vcard", None)
        except DavError as exc:
            if not _refused_create(exc):
                raise
    suffix = os.urandom(4).hex()
    href = f"{collection}{quote(contact.id)}-{suffix}.vcf"
    card = card_with(contact, None, uid=item_uid(f"{contact.id}-{suffix}"))
    return href, dav.put(href, card, "text/vcard", None)


def _named(store: Store, card: str) -> str | None:
    """The contact a card Twoway made names by its UID: `<id>@twoway`, or
    `<id>-<random>@twoway` for the card of a conflict's Twoway version."""
    uid = card_uid(card)
    if not uid.endswith(_OWN_UID_END):
        return None
    stem = uid[: -len(_OWN_UID_END)]
    copy_of = _COPY_SUFFIX.sub("", stem)
    for contact_id in (stem, copy_of):
        if contact_id in store.contacts and not store.is_read_only("contact", contact_id):
            return contact_id
    return None


def _still_paired(pairs: dict[str, dict[str, Any]], contact_id: str, href: str) -> bool:
    """Whether the contact is still paired with the card at `href`: in this pass it may
    have gone to the card that names it (put up by another computer)."""
    return pairs.get(contact_id, {}).get("href") == href


def _pair_unpaired(
    store: Store,
    section: dict[str, Any],
    index: _Index,
    item: Item,
    incoming: Contact,
    settled: set[str],
    result: ContactsResult,
) -> None:
    """A card not paired here: paired with the contact its UID names, else with one the
    duplicate rules find, else it becomes a new contact. Without a last sync to tell which
    side changed, differing versions are a conflict: both are kept."""
    pairs: dict[str, dict[str, Any]] = section["pairs"]
    named = _named(store, item.data)
    known: Contact | None = None
    if named is not None and named not in settled:
        known = store.contacts[named]
    else:
        match = index.find(incoming)
        if match is not None and match[0].id not in pairs:
            known = match[0]
    theirs = shared_hash(incoming)
    if known is not None:
        merged = copy.deepcopy(known)
        absorb(merged, incoming)
        if shared_hash(merged) == theirs:
            if shared_hash(merged) != shared_hash(known):
                store.put_contact(merged)
                result.updated_here += 1
            pairs[known.id] = {"href": item.href, "etag": item.etag, "base": theirs}
            settled.add(known.id)
            return
    incoming.id = new_id("c")
    store.put_contact(incoming)
    pairs[incoming.id] = {"href": item.href, "etag": item.etag, "base": theirs}
    settled.add(incoming.id)
    result.added_here += 1
    if known is not None:
        # The contact stays as it is and goes up as a card of its own, unless paired here.
        result.conflicts.append(_conflict(known.name))
        section["conflicts"].append(
            {"twoway": known.id, "address_book": incoming.id, "name": known.name}
        )


def sync_contacts(
    dav: DavClient, collection: str, store: Store, state: dict[str, Any]
) -> ContactsResult:
    section = state["contacts"]
    if section.get("collection") != collection:
        section.update(collection=collection, token="", pairs={})
    pairs: dict[str, dict[str, Any]] = section["pairs"]
    result = ContactsResult()

    token = dav.sync_token(collection)
    server_moved = not token or token != section["token"]
    if server_moved:
        listing = dav.list_etags(collection)
    else:
        listing = {p["href"]: p["etag"] for p in pairs.values()}
    by_href = {p["href"]: cid for cid, p in pairs.items()}

    # --- what changed on the server ------------------------------------------------------
    changed = [
        h for h, etag in listing.items() if h not in by_href or pairs[by_href[h]]["etag"] != etag
    ]
    unpaired = [
        c
        for c in store.contacts.values()
        if c.id not in pairs and not store.is_read_only("contact", c.id)
    ]
    index = _Index(unpaired)
    wrote = False
    fetched = dav.multiget(collection, changed, "addressbook") if changed else []
    incoming_cards = [(item, read_card(item.data)) for item in fetched]
    # Cards new here that name a contact come first: another device (with pairs of its
    # own) put them up, so they claim their contact before the card that contact was
    # paired with here is looked at.
    incoming_cards.sort(
        key=lambda pair: pair[0].href in by_href or _named(store, pair[0].data) is None
    )
    settled: set[str] = set()  # contacts given a card in this pass
    for item, incoming in incoming_cards:
        if incoming is None:
            continue
        contact_id = by_href.get(item.href)
        if contact_id is not None and not _still_paired(pairs, contact_id, item.href):
            contact_id = None  # its contact went to the card that names it, above
        if contact_id is None:
            _pair_unpaired(store, section, index, item, incoming, settled, result)
            continue
        pair = pairs[contact_id]
        theirs = shared_hash(incoming)
        contact = store.contacts.get(contact_id)
        if contact is None:
            # Deleted in Twoway, changed on the server: the server's edit brings it back.
            incoming.id = new_id("c")
            store.put_contact(incoming)
            pairs.pop(contact_id)
            pairs[incoming.id] = {"href": item.href, "etag": item.etag, "base": theirs}
            result.added_here += 1
            continue
        ours = shared_hash(contact)
        if theirs == pair["base"] or theirs == ours:
            pass  # only properties Twoway does not use changed, or the same edit both sides
        elif ours == pair["base"]:
            updated = copy.deepcopy(contact)
            apply_shared(updated, incoming)
            store.put_contact(updated)
            result.updated_here += 1
        else:
            # Both sides changed: keep both. The server's version becomes a second contact
            # paired with the card; Twoway's goes up below as a card of its own.
            incoming.id = new_id("c")
            store.put_contact(incoming)
            pairs.pop(contact_id)
            pairs[incoming.id] = {"href": item.href, "etag": item.etag, "base": theirs}
            result.added_here += 1
            result.conflicts.append(_conflict(contact.name))
            section["conflicts"].append(
                {"twoway": contact_id, "address_book": incoming.id, "name": contact.name}
            )
            continue
        pair.update(etag=item.etag, base=theirs)

    if server_moved:
        for href, contact_id in by_href.items():
            if href in listing or not _still_paired(pairs, contact_id, href):
                continue
            pair = pairs.pop(contact_id)
            contact = store.contacts.get(contact_id)
            if contact is None:
                continue
            if shared_hash(contact) != pair["base"]:
                continue  # edited in Twoway since: kept, and written back as a new card below
            store.delete_contact(contact_id)  # to the trash: it can be put back
            result.removed_here += 1

    # --- what changed in Twoway ----------------------------------------------------------
    for contact_id in [cid for cid in pairs if cid not in store.contacts]:
        pair = pairs.pop(contact_id)
        try:
            dav.delete(pair["href"], pair["etag"] or None)
            result.removed_there += 1
            wrote = True
        except PreconditionFailed:
            pass  # changed on the server meanwhile: the next sync brings it back in
    dirty = [cid for cid, p in pairs.items() if shared_hash(store.contacts[cid]) != p["base"]]
    current = (
        {
            i.href: i
            for i in dav.multiget(collection, [pairs[c]["href"] for c in dirty], "addressbook")
        }
        if dirty
        else {}
    )
    for contact_id in dirty:
        pair, contact = pairs[contact_id], store.contacts[contact_id]
        existing = current.get(pair["href"])
        try:
            etag = dav.put(
                pair["href"],
                card_with(contact, existing.data if existing else None),
                "text/vcard",
                existing.etag if existing else pair["etag"],
            )
        except PreconditionFailed:
            continue  # changed on the server meanwhile: the next sync sorts it out
        pair.update(etag=etag, base=shared_hash(contact))
        result.updated_there += 1
        wrote = True
    taken = set(listing) | {p["href"] for p in pairs.values()}
    for contact in store.contacts.values():
        if contact.id in pairs or store.is_read_only("contact", contact.id):
            continue
        try:
            href, etag = _create(dav, collection, contact, taken)
        except DavError as exc:
            if not _refused_create(exc):
                raise
            result.problems.append(_not_added(contact.name, exc.status))
            continue
        taken.add(href)
        pairs[contact.id] = {"href": href, "etag": etag, "base": shared_hash(contact)}
        result.added_there += 1
        wrote = True
    # After our own writes the token is stale; listing again next time costs one request.
    # So after a contact moved to the card naming it: the card it left is looked at then.
    moved = any(
        cid in pairs and not _still_paired(pairs, cid, href) for href, cid in by_href.items()
    )
    section["token"] = "" if wrote or moved else token
    return result
