"""The address book both ways, against a real Radicale server read back by a second
client: changes cross in both directions, properties Twoway does not use survive, what
only Twoway knows stays in Twoway, an edit on both sides is a listed conflict."""

from __future__ import annotations

from radicale_server import make_collection
from sync_helpers import Peer, add_account

from twoway.core.records import Contact
from twoway.core.store import Store
from twoway.core.sync.engine import sync_all
from twoway.paths import DataPaths, state_dir

PHOTO = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


def _card(uid: str, name: str, email: str, extra: str = "") -> str:
    given, family = name.split(" ", 1)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"UID:{uid}",
        f"FN:{name}",
        f"N:{family};{given};;;",
        f"EMAIL;TYPE=WORK:{email}",
        "ORG:Navy",
        f"PHOTO;ENCODING=b;TYPE=PNG:{PHOTO}",
        "ADR;TYPE=HOME:;;1 Main Street;Arlington;VA;22201;USA",
        "BDAY:1906-12-09",
    ]
    if extra:
        lines.append(extra)
    return "\r\n".join([*lines, "END:VCARD", ""])


def _sync(data_dir):
    paths = DataPaths(data_dir)
    return sync_all(paths, state_dir(paths))


def _store(data_dir) -> Store:
    return Store.open(DataPaths(data_dir))


def _by_name(store: Store, name: str) -> list[Contact]:
    return [c for c in store.contacts.values() if c.name == name]


def _setup(radicale, data_dir):
    book = make_collection(radicale, "contacts", "addressbook")
    add_account(data_dir, radicale)
    return book, Peer(radicale)


def test_a_contact_added_on_the_server_arrives_and_an_edit_in_twoway_keeps_photo_address_birthday(
    radicale, data_dir
):
    book, peer = _setup(radicale, data_dir)
    peer.put_card(book, "grace.vcf", _card("grace-1", "Grace Hopper", "grace@navy.example"))
    report = _sync(data_dir)
    assert report.problems == [] and report.added == 1
    store = _store(data_dir)
    [grace] = _by_name(store, "Grace Hopper")
    assert (grace.emails, grace.company) == (["grace@navy.example"], "Navy")

    grace.role = "Rear Admiral"
    grace.phones = ["+1 555 0100"]
    grace.offers = "An introduction to COBOL"  # Twoway's own: stays here
    store.put_contact(grace)
    store.flush()
    report = _sync(data_dir)
    assert report.updated == 1
    [card] = peer.cards(book).values()
    assert "TITLE:Rear Admiral" in card and "+1 555 0100" in card
    assert PHOTO[:40] in card.replace("\n ", "")
    assert "1 Main Street" in card and "BDAY:1906-12-09" in card
    assert "COBOL" not in card
    peer.close()


def test_an_edit_on_the_server_arrives_and_twoway_only_fields_are_kept(radicale, data_dir):
    book, peer = _setup(radicale, data_dir)
    peer.put_card(book, "grace.vcf", _card("grace-1", "Grace Hopper", "grace@navy.example"))
    _sync(data_dir)
    store = _store(data_dir)
    [grace] = _by_name(store, "Grace Hopper")
    grace.needs = "Funding for the compiler"
    store.put_contact(grace)
    store.flush()
    _sync(data_dir)

    peer.put_card(
        book, "grace.vcf", _card("grace-1", "Grace Hopper", "grace@yale.example", "TITLE:Professor")
    )
    report = _sync(data_dir)
    assert report.updated == 1 and report.conflicts == []
    [grace] = _by_name(_store(data_dir), "Grace Hopper")
    assert grace.emails == ["grace@yale.example"]
    assert grace.role == "Professor"
    assert grace.needs == "Funding for the compiler"
    peer.close()


def test_a_twoway_contact_goes_up_and_a_server_copy_of_it_is_not_doubled(radicale, data_dir):
    book, peer = _setup(radicale, data_dir)
    store = _store(data_dir)
    store.put_contact(Contact(name="Alan Turing", emails=["alan@npl.example"], offers="Chess"))
    store.put_contact(Contact(name="Ada Lovelace", emails=["ada@engine.example"]))
    store.flush()
    # Ada is already in the address book (same email): matched, not added twice.
    peer.put_card(book, "ada.vcf", _card("ada-1", "Ada Lovelace", "ada@engine.example"))
    report = _sync(data_dir)
    assert report.problems == []
    store = _store(data_dir)
    assert len(store.contacts) == 2
    cards = peer.cards(book)
    assert len(cards) == 2
    alan = next(text for text in cards.values() if "Alan Turing" in text)
    assert "alan@npl.example" in alan and "Chess" not in alan
    # A second sync with nothing new changes nothing.
    again = _sync(data_dir)
    assert (again.added, again.updated, again.removed) == (0, 0, 0)
    peer.close()


def test_an_edit_on_both_sides_keeps_both_and_lists_a_conflict(radicale, data_dir):
    book, peer = _setup(radicale, data_dir)
    peer.put_card(book, "grace.vcf", _card("grace-1", "Grace Hopper", "grace@navy.example"))
    _sync(data_dir)
    store = _store(data_dir)
    [grace] = _by_name(store, "Grace Hopper")
    grace.role = "Commodore"
    store.put_contact(grace)
    store.flush()
    peer.put_card(
        book,
        "grace.vcf",
        _card("grace-1", "Grace Hopper", "grace@navy.example", "TITLE:Rear Admiral"),
    )

    report = _sync(data_dir)
    assert len(report.conflicts) == 1
    assert "Grace Hopper" in report.conflicts[0] and "both versions are kept" in report.conflicts[0]
    roles = sorted(c.role for c in _by_name(_store(data_dir), "Grace Hopper"))
    assert roles == ["Commodore", "Rear Admiral"]
    cards = peer.cards(book)
    assert sorted("Commodore" in t for t in cards.values()) == [False, True]
    assert any("TITLE:Rear Admiral" in t for t in cards.values())
    peer.close()


def test_deletions_cross_over_and_go_to_twoways_trash(radicale, data_dir):
    book, peer = _setup(radicale, data_dir)
    peer.put_card(book, "grace.vcf", _card("grace-1", "Grace Hopper", "grace@navy.example"))
    peer.put_card(book, "ada.vcf", _card("ada-1", "Ada Lovelace", "ada@engine.example"))
    _sync(data_dir)
    peer.delete(f"{book}grace.vcf")
    report = _sync(data_dir)
    assert report.removed == 1
    store = _store(data_dir)
    assert _by_name(store, "Grace Hopper") == []
    trashed = store.list_trash()
    assert len(trashed) == 1
    assert store.restore_from_trash(trashed[0]) is None
    assert len(_by_name(store, "Grace Hopper")) == 1

    [ada] = _by_name(store, "Ada Lovelace")
    store.delete_contact(ada.id)
    store.flush()
    _sync(data_dir)
    assert not any("Ada Lovelace" in t for t in peer.cards(book).values())
    peer.close()


def test_a_conflict_on_a_card_twoway_made_keeps_both_on_the_server_and_later_edits_follow(
    radicale, data_dir
):
    book, peer = _setup(radicale, data_dir)
    store = _store(data_dir)
    alan = Contact(name="Alan Turing", emails=["alan@npl.example"])
    store.put_contact(alan)
    store.flush()
    assert _sync(data_dir).problems == []
    [(href, text)] = peer.cards(book).items()  # the card Twoway made, at the contact's id
    store = _store(data_dir)
    mine = store.contacts[alan.id]
    mine.role = "Cryptanalyst"
    store.put_contact(mine)
    store.flush()
    peer.put_card(
        book, href.rsplit("/", 1)[1], text.replace("END:VCARD", "TITLE:Mathematician\r\nEND:VCARD")
    )

    report = _sync(data_dir)
    assert report.problems == [] and len(report.conflicts) == 1
    cards = peer.cards(book)
    assert len(cards) == 2  # both versions, as the conflict says
    assert "TITLE:Mathematician" in cards[href] and "Cryptanalyst" not in cards[href]
    [(new_href, new_text)] = [(h, t) for h, t in cards.items() if h != href]
    assert "TITLE:Cryptanalyst" in new_text
    uids = {line for t in cards.values() for line in t.splitlines() if line.startswith("UID:")}
    assert len(uids) == 2

    # Twoway's version stays in step with its own card; the other is left alone.
    store = _store(data_dir)
    mine = store.contacts[alan.id]
    mine.emails = ["alan@bletchley.example"]
    store.put_contact(mine)
    store.flush()
    report = _sync(data_dir)
    assert report.problems == [] and report.updated == 1
    cards = peer.cards(book)
    assert len(cards) == 2
    assert "alan@bletchley.example" in cards[new_href] and "Cryptanalyst" in cards[new_href]
    assert "alan@bletchley.example" not in cards[href]
    again = _sync(data_dir)
    assert (again.added, again.updated, again.removed, again.problems) == (0, 0, 0, [])
    peer.close()


APPLE_ADA = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//iOS 17.0//EN",
        "N:Lovelace;Ada;;;",
        "FN:Ada Lovelace",
        "EMAIL;type=INTERNET;type=pref:ada@engine.example",
        "X-SOCIALPROFILE;type=linkedin;x-user=ada:http\\://www.linkedin.com/in/ada",
        "item3.URL;type=pref:https\\://ada.example.org",
        "item3.X-ABLabel:_$!<HomePage>!$_",
        "CATEGORIES:myContacts,starred,Friends",
        "UID:apple-1",
        "END:VCARD",
        "",
    ]
)


def test_a_linkedin_edit_on_an_apple_card_stays_after_the_phone_edits_it_and_its_groups_stay(
    radicale, data_dir
):
    book, peer = _setup(radicale, data_dir)
    peer.put_card(book, "ada.vcf", APPLE_ADA)
    _sync(data_dir)
    store = _store(data_dir)
    [ada] = _by_name(store, "Ada Lovelace")
    ada.linkedin = "https://www.linkedin.com/in/ada-new"
    store.put_contact(ada)
    store.flush()
    assert _sync(data_dir).updated == 1
    [card] = peer.cards(book).values()
    unfolded = card.replace("\n ", "")
    assert "myContacts" in unfolded and "starred" in unfolded  # the phone's own groups
    assert "https://www.linkedin.com/in/ada-new" in unfolded
    assert "www.linkedin.com/in/ada\n" not in unfolded

    # The phone then adds a note (nothing Twoway shares): Twoway's edit stays as it was.
    peer.put_card(
        book, "ada.vcf", card.replace("END:VCARD", "NOTE:met at the conference\r\nEND:VCARD")
    )
    report = _sync(data_dir)
    assert report.problems == [] and report.conflicts == []
    [ada] = _by_name(_store(data_dir), "Ada Lovelace")
    assert (ada.linkedin, ada.website, ada.tags) == (
        "https://www.linkedin.com/in/ada-new",
        "https://ada.example.org",
        ["Friends"],
    )
    peer.close()
