"""A contact's shared details in and out of a vCard, keeping what Twoway does not use.

Shared, and so synced: name, company, role, emails, phones, LinkedIn, website, tags.
Twoway's own fields (offers, needs, how you met, notes) stay in Twoway. Writing into a
card the server already holds changes only those shared properties: a photo, an address,
a birthday and anything else the card carries survive. Addresses are changed where the
card keeps them (Apple's X-SOCIALPROFILE for LinkedIn, a labelled URL), and the groups a
phone keeps for itself (myContacts, starred) stay among the categories, so the card reads
back as the contact was written.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from typing import Any

import vobject

from twoway.core.interop.common import (
    is_linkedin_url,
    normalize_linkedin_url,
    phone_digits,
    split_name,
    unique,
)
from twoway.core.interop.vcard_import import (
    _LINKEDIN_LABELS,
    _SYSTEM_CATEGORIES,
    _labels,
    _unescape,
    parse_vcards,
)
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


def card_uid(text: str) -> str:
    """The card's UID ('' when it has none)."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    found = re.search(r"^UID(?:;[^:\r\n]*)?:(.*?)\r?$", unfolded, re.MULTILINE | re.IGNORECASE)
    return found.group(1).strip() if found else ""


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


def _categories(line: Any) -> list[str]:
    value = line.value
    return [str(v) for v in value] if isinstance(value, list) else str(value).split(",")


def _remove_link(card: Any, line: Any) -> None:
    """An address and, when it has one, its label (item1.URL with item1.X-ABLabel)."""
    if line.group:
        for label in _lines(card, "X-ABLABEL"):
            if (label.group or "").lower() == line.group.lower():
                _remove(card, label)
    _remove(card, line)


def _add_linkedin(card: Any, url: str) -> None:
    if not url:
        return
    if is_linkedin_url(url):
        card.add("url").value = url
    else:  # not an address the reader would know as LinkedIn's: say so
        line = card.add("x-socialprofile")
        line.value = url
        line.params["TYPE"] = ["linkedin"]


def _linkedin_user(url: str) -> str:
    found = re.search(r"linkedin\.com/in/([^/?#]+)", url, re.IGNORECASE)
    return found.group(1) if found else ""


def _same_link(value: str, old: str) -> bool:
    """The same address, or the same LinkedIn profile spelt otherwise (http, www, a slash)."""
    profile = normalize_linkedin_url(old)
    return value == old or (bool(profile) and normalize_linkedin_url(value) == profile)


def _write_linkedin(card: Any, before: str, after: str) -> None:
    """Apple keeps the profile in X-SOCIALPROFILE (which the reader prefers), often with a
    URL line repeating it: each line holding the old profile is changed in place, or, when
    the profile is cleared, every line the reader would take for one goes."""
    labels = _labels(card)
    changed = False
    for line in [*_lines(card, "X-SOCIALPROFILE"), *_lines(card, "URL")]:
        value = _unescape(str(line.value))
        if after and before and _same_link(value, before):
            line.value = after
            changed = True
            if "X-USER" in line.params:  # Apple's user name beside the address
                user = _linkedin_user(after)
                if user:
                    line.params["X-USER"] = [user]
                else:
                    del line.params["X-USER"]
        elif not after and (
            is_linkedin_url(value)
            or "linkedin" in [t.casefold() for t in line.params.get("TYPE", [])]
            or labels.get((line.group or "").lower(), "") in _LINKEDIN_LABELS
        ):
            _remove_link(card, line)
    if after and not changed:
        _add_linkedin(card, after)


def _write_website(card: Any, before: str, after: str) -> None:
    """The URL line holding the old website changed in place: its label (item1.X-ABLabel),
    preference and place before the card's other addresses stay."""
    holding = [
        line for line in _lines(card, "URL") if before and _unescape(str(line.value)) == before
    ]
    for line in holding:
        if after:
            line.value = after
        else:
            _remove_link(card, line)
    if after and not holding:
        card.add("url").value = after


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

    if before is None:
        _add_linkedin(card, contact.linkedin)
        if contact.website:
            card.add("url").value = contact.website
    else:
        if before.linkedin != contact.linkedin:
            _write_linkedin(card, before.linkedin, contact.linkedin)
            # What the card says now: clearing a profile can bring another address forward.
            before = read_card(card.serialize()) or before
        if before.website != contact.website:
            _write_website(card, before.website, contact.website)

    if before is None or before.tags != contact.tags:
        # Groups a phone keeps for itself (myContacts, starred) are not Twoway's tags: the
        # reader hides them, and writing the tags back keeps them.
        system = [
            value
            for line in _lines(card, "CATEGORIES")
            for value in _categories(line)
            if value.casefold() in _SYSTEM_CATEGORIES
        ]
        for line in _lines(card, "CATEGORIES"):
            _remove(card, line)
        values = unique([*contact.tags, *system])
        if values:
            card.add("categories").value = values
    for line in card.lines():
        if isinstance(line.value, str) and "\\:" in line.value:
            # A colon written escaped ("https\://", as Apple does) is read as a plain one;
            # written back as it was read, the backslash would be doubled and kept.
            line.value = line.value.replace("\\:", ":")
    _set_single(card, "REV", datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
    text: str = card.serialize()
    return text
