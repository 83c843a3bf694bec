"""Deciding, before anything is written, what an import will add, merge and skip.

A person is the same person when they share an email address, a LinkedIn profile, or
their name and company (compared without case, accents or punctuation). A merge only
fills what is empty and adds new emails, phones and tags: what the user already wrote
is never overwritten. People listed twice in the same file are combined first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from twoway.core.interop.common import fold_text, normalize_linkedin_url, phone_digits
from twoway.core.records import Contact
from twoway.core.store.collector import collector_paused

MERGE = "merge"
SKIP = "skip"

# Filled in only when empty on the existing contact.
_TEXT_FIELDS = ("company", "role", "linkedin", "website", "met_how", "offers", "needs", "notes")
# Joined: new entries are added after the existing ones.
_LIST_FIELDS = {
    "emails": str.casefold,
    "phones": phone_digits,
    "tags": str.casefold,
}
# What the user sees as a change; bookkeeping fields are left out.
_COMPARED_FIELDS = (*_TEXT_FIELDS, *_LIST_FIELDS, "last_interaction")


class Match(StrEnum):
    """How an imported person was recognized as someone already known; the values are
    the command line's words (the window has its own, translated, for each)."""

    EXPORTED_ID = "the same contact, exported from Twoway"
    EMAIL = "the same email address"
    LINKEDIN = "the same LinkedIn profile"
    NAME_AND_COMPANY = "the same name and company"
    NAME = "the same name"


class SkipWhy(StrEnum):
    LISTED_EARLIER = "listed earlier in the file"  # combined with the earlier entry
    ALREADY_THERE = "already in your contacts"  # left as it is (duplicates: skip)
    NOTHING_NEW = "already in your contacts with nothing new"


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: object
    after: object


@dataclass
class Merge:
    """An imported person who is already a contact, and what the import adds to them."""

    existing: Contact  # as it was when the plan was made
    incoming: list[Contact]  # the imported entries that matched it
    result: Contact  # the existing contact with the new details filled in
    changes: list[FieldChange]
    match: Match

    @property
    def reason(self) -> str:
        return str(self.match)


@dataclass
class Skip:
    incoming: Contact
    why: SkipWhy
    match: Match
    existing: Contact | None = None

    @property
    def reason(self) -> str:
        """In the command line's words: "already in your contacts: the same name"."""
        if self.why is SkipWhy.LISTED_EARLIER:
            return f"{self.why} with {self.match}; details combined"
        return f"{self.why}: {self.match}"


@dataclass
class ImportPlan:
    added: list[Contact] = field(default_factory=list)
    merged: list[Merge] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    on_duplicate: str = MERGE
    based_on: int | None = None  # contacts_state() of the contacts it was made against

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.merged)


def contacts_state(contacts: Iterable[Contact]) -> int:
    """A fingerprint of the contacts a plan is made against: a contact added, removed or
    saved since (every save stamps `updated`) changes it, so a plan still fits exactly
    when the fingerprint is the same."""
    return hash(frozenset((contact.id, contact.updated) for contact in contacts))


def absorb(target: Contact, extra: Contact) -> None:
    """Fill `target`'s empty fields from `extra` and add its new list entries, in place."""
    for name in _TEXT_FIELDS:
        if not getattr(target, name).strip() and getattr(extra, name).strip():
            setattr(target, name, getattr(extra, name))
    for name, key in _LIST_FIELDS.items():
        current = getattr(target, name)
        seen = {key(value) for value in current}
        for value in getattr(extra, name):
            if key(value) not in seen:
                current.append(value)
                seen.add(key(value))
    if target.last_interaction is None:
        target.last_interaction = extra.last_interaction


def copy_contact(contact: Contact) -> Contact:
    """A copy whose lists can change without touching the original.

    A contact holds only text, dates and lists of text, so copying its fields and its
    three lists is a deep copy, made without the general machinery (tens of thousands
    are copied in a large import).
    """
    result = object.__new__(Contact)
    result.__dict__.update(contact.__dict__)
    result.emails = list(contact.emails)
    result.phones = list(contact.phones)
    result.tags = list(contact.tags)
    return result


def merged_contact(base: Contact, extra: Contact) -> Contact:
    result = copy_contact(base)
    absorb(result, extra)
    return result


def changes_between(before: Contact, after: Contact) -> list[FieldChange]:
    return [
        FieldChange(name, getattr(before, name), getattr(after, name))
        for name in _COMPARED_FIELDS
        if getattr(before, name) != getattr(after, name)
    ]


def contact_content(contact: Contact) -> dict[str, Any]:
    """Everything about a contact except its bookkeeping timestamps."""
    skip = {"created", "updated"}
    return {f.name: getattr(contact, f.name) for f in fields(contact) if f.name not in skip}


def _name_key(contact: Contact) -> str:
    return f"{fold_text(contact.name)}|{fold_text(contact.company)}"


class _Index:
    """Finds a contact sharing an id, email, LinkedIn profile, or name and company."""

    def __init__(self, contacts: Iterable[Contact] = ()) -> None:
        self._by: dict[str, dict[str, list[Contact]]] = {
            "id": {},
            "email": {},
            "linkedin": {},
            "name": {},
        }
        for contact in contacts:
            self.add(contact)

    @staticmethod
    def _keys(contact: Contact) -> dict[str, list[str]]:
        linkedin = normalize_linkedin_url(contact.linkedin)
        return {
            "id": [contact.id],
            "email": [e.strip().casefold() for e in contact.emails if e.strip()],
            "linkedin": [linkedin] if linkedin else [],
            "name": [_name_key(contact)] if fold_text(contact.name) else [],
        }

    def add(self, contact: Contact, keys: dict[str, list[str]] | None = None) -> None:
        for kind, values in (keys or self._keys(contact)).items():
            for key in values:
                bucket = self._by[kind].setdefault(key, [])
                if not any(known is contact for known in bucket):
                    bucket.append(contact)

    def find(
        self, contact: Contact, keys: dict[str, list[str]] | None = None
    ) -> tuple[Contact, Match] | None:
        keys = keys or self._keys(contact)
        for kind, match in (
            ("id", Match.EXPORTED_ID),
            ("email", Match.EMAIL),
            ("linkedin", Match.LINKEDIN),
        ):
            for key in keys[kind]:
                if key in self._by[kind]:
                    return self._by[kind][key][0], match
        for key in keys["name"]:
            for known in self._by["name"].get(key, []):
                if _same_person_by_name(known, contact):
                    return known, Match.NAME_AND_COMPANY if contact.company else Match.NAME
        return None


def _same_person_by_name(a: Contact, b: Contact) -> bool:
    """A shared name is not enough when other details clearly tell two people apart."""
    a_profile, b_profile = normalize_linkedin_url(a.linkedin), normalize_linkedin_url(b.linkedin)
    if a_profile and b_profile and a_profile != b_profile:
        return False
    if not fold_text(a.company):
        # With no company to go on, differing email addresses mean different people.
        a_mail = {e.casefold() for e in a.emails}
        b_mail = {e.casefold() for e in b.emails}
        if a_mail and b_mail and not a_mail & b_mail:
            return False
    return True


@collector_paused()  # thousands of contacts compared and copied (see collector.py)
def plan_import(
    existing_contacts: Iterable[Contact],
    imported: Iterable[Contact],
    on_duplicate: str = MERGE,
) -> ImportPlan:
    """What importing `imported` would do; `on_duplicate` is MERGE or SKIP.

    Nothing given is modified: the plan holds copies.
    """
    if on_duplicate not in (MERGE, SKIP):
        raise ValueError(f"on_duplicate must be {MERGE!r} or {SKIP!r}")
    existing_contacts = list(existing_contacts)
    plan = ImportPlan(on_duplicate=on_duplicate, based_on=contacts_state(existing_contacts))

    # People listed twice in the file become one entry first.
    distinct: list[Contact] = []
    in_file = _Index()
    keys_of: dict[int, dict[str, list[str]]] = {}  # each entry's keys, worked out once
    for contact in imported:
        contact = copy_contact(contact)
        keys = _Index._keys(contact)
        hit = in_file.find(contact, keys)
        if hit is None:
            distinct.append(contact)
            in_file.add(contact, keys)
            keys_of[id(contact)] = keys
            continue
        first, match = hit
        absorb(first, contact)
        keys_of[id(first)] = _Index._keys(first)
        in_file.add(first, keys_of[id(first)])  # it may have gained keys to be found by
        plan.skipped.append(Skip(contact, SkipWhy.LISTED_EARLIER, match))

    known = _Index(existing_contacts)
    merges: dict[str, Merge] = {}
    for contact in distinct:
        hit = known.find(contact, keys_of[id(contact)])
        if hit is None:
            plan.added.append(contact)
            continue
        existing, match = hit
        if on_duplicate == SKIP:
            plan.skipped.append(Skip(contact, SkipWhy.ALREADY_THERE, match, copy_contact(existing)))
            continue
        merge = merges.get(existing.id)
        if merge is None:
            merge = Merge(copy_contact(existing), [], copy_contact(existing), [], match)
            merges[existing.id] = merge
        merge.incoming.append(contact)
        absorb(merge.result, contact)
        merge.changes = changes_between(merge.existing, merge.result)

    for merge in merges.values():
        if merge.changes:
            plan.merged.append(merge)
        else:
            for contact in merge.incoming:
                plan.skipped.append(Skip(contact, SkipWhy.NOTHING_NEW, merge.match, merge.existing))
    return plan
