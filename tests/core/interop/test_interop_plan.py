"""The import preview: who is added, who is merged (and what changes), who is skipped."""

from __future__ import annotations

import copy

from twoway.core.interop import SKIP, plan_import
from twoway.core.records import Contact


def changed_fields(merge) -> dict:
    return {change.field: change.after for change in merge.changes}


def test_same_email_in_another_case_merges_and_fills_only_empty_fields():
    existing = Contact(
        name="Jane Doe",
        company="Acme",
        emails=["Jane@Example.com"],
        notes="Likes long walks.",
    )
    incoming = Contact(
        name="Jane D.",
        company="Acme Robotics",
        role="VP Engineering",
        emails=["jane@example.com", "jane.doe@home.example"],
        phones=["+1 202 555 0101"],
        notes="Imported note",
    )
    plan = plan_import([existing], [incoming])
    assert plan.added == [] and plan.skipped == []
    (merge,) = plan.merged
    assert merge.reason == "the same email address"
    result = merge.result
    # The user's own name, company and notes stay; gaps are filled, lists grow.
    assert (result.name, result.company, result.notes) == ("Jane Doe", "Acme", "Likes long walks.")
    assert result.role == "VP Engineering"
    assert result.emails == ["Jane@Example.com", "jane.doe@home.example"]
    assert changed_fields(merge) == {
        "role": "VP Engineering",
        "emails": ["Jane@Example.com", "jane.doe@home.example"],
        "phones": ["+1 202 555 0101"],
    }
    assert result.id == existing.id


def test_linkedin_profile_written_differently_is_the_same_person():
    existing = Contact(name="Wei Chen", linkedin="https://www.linkedin.com/in/WeiChen88/")
    variants = [
        "http://linkedin.com/in/weichen88",
        "linkedin.com/in/weichen88?trk=public_profile",
        "https://uk.linkedin.com/in/weichen88/fr",
    ]
    for variant in variants:
        incoming = Contact(name="Chen Wei", linkedin=variant, company="Dataflow")
        (merge,) = plan_import([existing], [incoming]).merged
        assert merge.reason == "the same LinkedIn profile"
        assert merge.result.company == "Dataflow"


def test_same_name_and_company_ignoring_case_and_accents():
    existing = Contact(name="José Núñez", company="ACME, Inc.")
    incoming = Contact(name="jose nunez", company="Acme Inc", role="CFO")
    (merge,) = plan_import([existing], [incoming]).merged
    assert merge.reason == "the same name and company"
    assert merge.result.role == "CFO"


def test_same_name_at_another_company_is_someone_else():
    plan = plan_import(
        [Contact(name="Sam Lee", company="Acme")], [Contact(name="Sam Lee", company="Globex")]
    )
    assert [c.company for c in plan.added] == ["Globex"]


def test_same_name_with_different_linkedin_profiles_are_two_people():
    existing = Contact(name="John Smith", linkedin="https://www.linkedin.com/in/jsmith1")
    incoming = Contact(name="John Smith", linkedin="https://www.linkedin.com/in/jsmith2")
    assert len(plan_import([existing], [incoming]).added) == 1


def test_same_name_without_company_and_different_emails_are_two_people():
    existing = Contact(name="Alex Kim", emails=["alex@one.example"])
    other = Contact(name="Alex Kim", emails=["alex@two.example"])
    same = Contact(name="Alex Kim", phones=["+1 202 555 0177"])
    assert [c.emails for c in plan_import([existing], [other]).added] == [["alex@two.example"]]
    (merge,) = plan_import([existing], [same]).merged
    assert merge.reason == "the same name"
    assert merge.result.phones == ["+1 202 555 0177"]


def test_someone_listed_twice_in_the_file_is_added_once_with_both_details():
    first = Contact(name="Amara Nwosu", emails=["amara@nwosu.example"])
    again = Contact(
        name="Amara Nwosu", emails=["AMARA@nwosu.example"], linkedin="linkedin.com/in/amara"
    )
    plan = plan_import([], [first, again])
    (added,) = plan.added
    assert added.emails == ["amara@nwosu.example"]
    assert added.linkedin == "linkedin.com/in/amara"
    (skip,) = plan.skipped
    assert skip.reason == (
        "listed earlier in the file with the same email address; details combined"
    )


def test_chain_of_duplicates_in_the_file_becomes_one():
    a = Contact(name="Lena Vogel", emails=["lena@example.de"])
    b = Contact(name="L. Vogel", emails=["lena@example.de"], linkedin="linkedin.com/in/lvogel")
    c = Contact(name="Lena V", linkedin="https://www.linkedin.com/in/lvogel/", role="CTO")
    plan = plan_import([], [a, b, c])
    assert len(plan.added) == 1
    assert plan.added[0].role == "CTO"
    assert len(plan.skipped) == 2


def test_nothing_new_is_skipped_not_merged():
    existing = Contact(name="Kai Müller", emails=["kai@example.de"], company="Nordwind")
    incoming = Contact(name="Kai Müller", emails=["kai@example.de"])
    plan = plan_import([existing], [incoming])
    assert plan.merged == [] and plan.added == []
    (skip,) = plan.skipped
    assert skip.reason == "already in your contacts with nothing new: the same email address"
    assert not plan.changes_anything


def test_skip_policy_never_touches_existing_contacts():
    existing = Contact(name="Ruth Tan", emails=["ruth@example.sg"])
    incoming = Contact(name="Ruth Tan", emails=["ruth@example.sg"], role="Partner")
    plan = plan_import([existing], [incoming, Contact(name="New Person")], on_duplicate=SKIP)
    assert plan.merged == []
    assert [c.name for c in plan.added] == ["New Person"]
    assert plan.skipped[0].reason == "already in your contacts: the same email address"
    assert plan.skipped[0].existing.id == existing.id


def test_two_entries_matching_one_contact_in_different_ways_make_one_merge():
    existing = Contact(name="Ivo Petrov", company="Balkan Soft", emails=["ivo@balkansoft.example"])
    by_email = Contact(name="Ivo", emails=["ivo@balkansoft.example"], role="CEO")
    by_name = Contact(name="Ivo Petrov", company="Balkan Soft", phones=["+359 2 555 0100"])
    (merge,) = plan_import([existing], [by_email, by_name]).merged
    assert merge.result.role == "CEO"
    assert merge.result.phones == ["+359 2 555 0100"]
    assert len(merge.incoming) == 2


def test_planning_changes_neither_the_existing_contacts_nor_the_imported_ones():
    existing = [Contact(name="Ada", emails=["ada@example.com"])]
    imported = [Contact(name="Ada", emails=["ada@example.com"], role="Engineer")]
    before = copy.deepcopy((existing, imported))
    plan_import(existing, imported)
    assert (existing, imported) == before


def test_tags_and_phones_are_joined_without_repeats():
    existing = Contact(
        name="Noor Haddad", company="Sahel", tags=["Mentor"], phones=["+971 4 555 0100"]
    )
    incoming = Contact(
        name="Noor Haddad",
        company="Sahel",
        tags=["mentor", "Investor"],
        phones=["+97145550100", "+971 50 555 0199"],
    )
    (merge,) = plan_import([existing], [incoming]).merged
    assert merge.result.tags == ["Mentor", "Investor"]
    assert merge.result.phones == ["+971 4 555 0100", "+971 50 555 0199"]


def test_plain_profile_addresses_get_the_same_spelling_as_any_other(monkeypatch):
    import re

    from twoway.core.interop import common

    addresses = [
        "https://www.linkedin.com/in/WeiChen88/",
        "https://uk.linkedin.com/in/wei-chen_88.x~y",
        "http://linkedin.com/in/weichen88",
        "https://linkedin.com/in/..",
        "https://www.linkedin.com/in/wei%20chen",
        "https://www.notlinkedin.com/in/weichen88",
        "https://www.linkedin.com.evil.example/in/weichen88",
        "https://www.linkedin.com/company/dataflow",
    ]
    normalize = common.normalize_linkedin_url.__wrapped__  # each time afresh, not cached
    quick = [normalize(address) for address in addresses]
    monkeypatch.setattr(common, "_PLAIN_PROFILE_RE", re.compile(r"(?!)"))  # never matches
    assert [normalize(address) for address in addresses] == quick
    assert quick[0] == "linkedin.com/in/weichen88"


def test_a_plan_knows_whether_the_contacts_it_was_made_against_changed():
    from twoway.core.interop.plan import contacts_state

    ana = Contact(name="Ana Souza", emails=["ana@example.com"])
    contacts = [ana, Contact(name="Ravi")]
    plan = plan_import(contacts, [Contact(name="Noor")])
    assert plan.based_on == contacts_state(contacts)
    ana.updated = ana.updated.replace(year=ana.updated.year + 1)  # saved since
    assert plan.based_on != contacts_state(contacts)
    assert plan.based_on != contacts_state([*contacts[1:], Contact(name="Ana Souza")])
