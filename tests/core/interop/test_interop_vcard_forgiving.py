"""vCards as real clients write them, not only as the specification allows: unescaped
commas (Gmail and others), an older Address Book export vobject refuses, UTF-16 without
a byte-order mark, and lines folded in odd places. The sample files were written for
these tests after each habit."""

from __future__ import annotations

from pathlib import Path

from twoway.core.interop import read_contacts
from twoway.core.interop.vcard_lines import components, parse_line, text

SAMPLES = Path(__file__).parent / "samples"


def test_unescaped_commas_in_name_org_title_and_note_are_kept():
    parsed = read_contacts(SAMPLES / "gmail-commas.vcf")
    assert parsed.warnings == []
    chidi, _maja = parsed.contacts
    assert chidi.name == "Okafor, Chidi"
    assert chidi.company == "Brightwater Analytics, Inc."
    assert chidi.role == "Director, Data Partnerships"
    assert chidi.notes == (
        "Met at the Lisbon meetup, wants intros to fintech, offers mentoring. Follow up in May."
    )
    assert chidi.tags == ["Mentors"]  # CATEGORIES is a list by nature: split at commas


def test_a_structured_name_keeps_a_written_comma_and_joins_listed_names():
    maja = read_contacts(SAMPLES / "gmail-commas.vcf").contacts[1]
    # "Lindqvist, Jr." is one family name written with a comma; "Maja,Elin" lists two.
    assert maja.name == "Dr. Maja Elin Lindqvist, Jr."
    assert maja.notes == "Likes sailing, chess, and long walks\nSecond line, with a comma"


def test_an_older_address_book_export_is_read_whole():
    parsed = read_contacts(SAMPLES / "addressbook-old.vcf")
    assert parsed.warnings == []
    (camille,) = parsed.contacts
    assert camille.name == "Camille Moreau"
    assert camille.company == "Atelier Moreau"
    assert camille.emails == ["camille@atelier-moreau.example"]
    assert camille.phones == ["+33 1 23 45 67 89"]
    assert camille.linkedin == "http://www.linkedin.com/in/camille-moreau"
    assert camille.notes == "Prefers mornings, speaks French and English."


def test_utf16_without_a_byte_order_mark_is_read():
    (zoe,) = read_contacts(SAMPLES / "addressbook-utf16.vcf").contacts
    assert (zoe.name, zoe.company) == ("Zoé Moreau", "Atelier Moreau")


def test_folds_inside_a_name_parameters_and_a_character_are_joined():
    parsed = read_contacts(SAMPLES / "folded-odd.vcf")
    assert parsed.warnings == []  # read as UTF-8, no line left out
    (irene,) = parsed.contacts
    assert irene.name == "Irène Favre"
    assert irene.emails == ["irene.favre@example.ch"]
    assert irene.notes == "Rencontrée à Genève, très sympathique."


def test_the_forgiving_line_reader_keeps_what_was_meant():
    line = parse_line('item3.EMAIL ;type=INTERNET; TYPE="WORK,pref" :a@example.com')
    assert (line.name, line.group) == ("EMAIL", "item3")
    assert line.params == {"TYPE": ["INTERNET", "WORK", "pref"]}
    assert line.value == "a@example.com"
    qp = parse_line("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=x-unknown:Caf=C3=A9, th=C3=A9")
    assert qp.value == "Café, thé"
    assert parse_line("not a property") is None
    assert text(r"a\, b, c\nd\\e") == "a, b, c\nd\\e"
    assert components(r"Doe\; Sons;Jane;;;") == ["Doe; Sons", "Jane", "", "", ""]
