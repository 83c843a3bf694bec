"""vCard files as phones, Google, Outlook, Thunderbird and macOS write them."""

from __future__ import annotations

from pathlib import Path

from twoway.core.interop import VCARD, parse_vcards, read_contacts

SAMPLES = Path(__file__).parent / "samples"


def by_name(parsed):
    return {c.name: c for c in parsed.contacts}


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


def test_android_phone_quoted_printable_utf8_with_soft_line_breaks():
    parsed = read_contacts(SAMPLES / "android-2.1.vcf")
    assert parsed.source_format == VCARD
    assert parsed.warnings == []
    ana = by_name(parsed)["Ana Šimić"]
    assert ana.company == "Zagrebačka Tvornica d.o.o."
    assert ana.role == "Product lead"
    assert ana.emails == ["ana.simic@example.hr"]
    # The preferred number first; soft line breaks joined inside words.
    assert ana.phones == ["+385 91 555 0101", "+385 1 555 0102"]
    assert ana.notes == (
        "Met at the Zagreb product meetup. Interested in hiring a designer; "
        "knows half the start-ups in town.\nAsk about the mentoring scheme."
    )


def test_android_card_with_only_a_first_name_and_the_same_number_twice():
    people = by_name(read_contacts(SAMPLES / "android-2.1.vcf"))
    assert people["Mum"].phones == ["+44 7700 900123"]
    # "+234 803 555 0147" and "+2348035550147" are one number written two ways.
    assert people["Chidi Okafor"].phones == ["+234 803 555 0147"]


def test_iphone_grouped_linkedin_url_with_escaped_colon_and_preferred_email_first():
    sofia = by_name(read_contacts(SAMPLES / "iphone-3.0.vcf"))["Sofia Lindqvist"]
    assert sofia.linkedin == "https://www.linkedin.com/in/sofialindqvist/"
    assert sofia.website == ""
    assert sofia.emails == ["sofia@nordlys.example", "sofia.lindqvist@example.se"]
    assert sofia.company == "Nordlys AB"
    assert sofia.role == "Head of Partnerships"


def test_google_contacts_escapes_links_and_groups():
    people = by_name(read_contacts(SAMPLES / "google-3.0.vcf"))
    priya = people["Priya Raman"]
    assert priya.role == "Founder, principal consultant"
    assert priya.linkedin == "linkedin.com/in/priya-raman"
    assert priya.website == "https://raman-consulting.example"
    assert priya.notes == ("Introduced by Tom.\nWants introductions to CFOs in retail, logistics.")
    # Google's own "myContacts" group is not one of the user's tags.
    assert priya.tags == ["Mentors"]
    assert priya.emails == ["priya@raman-consulting.example", "PRIYA.RAMAN@example.com"]


def test_google_card_that_is_only_an_organization_or_only_an_email():
    people = by_name(read_contacts(SAMPLES / "google-3.0.vcf"))
    venue = people["Bright Harbour Co-working"]
    assert venue.company == "Bright Harbour Co-working"
    assert venue.website == "https://brightharbour.example/events"
    assert people["someone.i.emailed@example.org"].emails == ["someone.i.emailed@example.org"]


def test_outlook_windows_1252_file_with_quoted_printable_notes():
    parsed = read_contacts(SAMPLES / "outlook-2.1.vcf")
    assert any("Windows-1252" in warning for warning in parsed.warnings)
    people = by_name(parsed)
    juergen = people["Jürgen Müller"]
    # Only the organization's name; Outlook adds the department after a semicolon.
    assert juergen.company == "Bäckerei Müller GmbH"
    assert juergen.role == "Geschäftsführer"
    assert juergen.website == "http://www.baeckerei-mueller.example/"
    assert juergen.phones == ["+49 30 5550 1234", "+49 170 5550 987"]
    assert juergen.notes == (
        "Sprach über Filialen in München.\nNext step: send the café supplier list."
    )


def test_outlook_quoted_printable_names_in_windows_1252():
    renee = by_name(read_contacts(SAMPLES / "outlook-2.1.vcf"))["Renée François"]
    assert renee.emails == ["renee@atelier-lum.example", "renee.francois@example.fr"]
    assert renee.company == "Atelier Lum"


def test_thunderbird_vcard_4_and_its_older_2_1_export():
    people = by_name(read_contacts(SAMPLES / "thunderbird.vcf"))
    maria = people["María González"]
    assert maria.emails == ["maria.gonzalez@example.es", "mgonzalez@fundacion.example"]
    # A number given as a tel: address loses the scheme.
    assert maria.phones == ["+34 91 555 0110", "+34-600-555-011"]
    assert maria.website == "https://fundacionpuente.example"
    assert maria.notes == "Runs the volunteer mentors programme.\nPrefers mornings."
    assert people["Kenji Watanabe"].company == "Watanabe Design"


def test_macos_social_profile_labelled_links_and_folded_note():
    people = by_name(read_contacts(SAMPLES / "macos-3.0.vcf"))
    folake = people["Dr. Folake Adeyemi"]
    assert folake.linkedin == "https://www.linkedin.com/in/folakeadeyemi"
    assert folake.website == "https://greenline.example"
    assert folake.tags == ["Logistics", "Speakers"]
    note, _, other = folake.notes.partition("\n\n")
    assert note.startswith("We spoke after the panel on sustainable supply chains;")
    assert note.endswith("offered to review my deck.")
    assert "  " not in note  # the fold joined without a stray space
    # A link that is neither the website nor LinkedIn is kept, not lost.
    assert other == "Other links: https://calendly.example/folake"


def test_macos_company_card():
    studio = by_name(read_contacts(SAMPLES / "macos-3.0.vcf"))["Northwind Studio"]
    assert studio.company == "Northwind Studio"
    assert studio.emails == ["hello@northwind.example"]


def test_name_built_from_n_when_fn_is_missing():
    parsed = parse_vcards(card("N:Okoro;Ngozi;Ada;Dr.;PhD"))
    assert [c.name for c in parsed.contacts] == ["Dr. Ngozi Ada Okoro, PhD"]


def test_one_file_with_all_three_versions():
    text = (
        card("FN:Two One", "EMAIL;INTERNET:a@example.com", version="2.1")
        + card("FN:Three", "EMAIL;TYPE=INTERNET:b@example.com")
        + card("FN:Four", "EMAIL:c@example.com", version="4.0")
    )
    parsed = parse_vcards(text)
    assert [c.emails for c in parsed.contacts] == [
        ["a@example.com"],
        ["b@example.com"],
        ["c@example.com"],
    ]


def test_many_cards_in_one_file():
    text = "".join(card(f"FN:Person {n}", f"EMAIL:p{n}@example.com") for n in range(500))
    parsed = parse_vcards(text)
    assert len(parsed.contacts) == 500
    assert parsed.contacts[499].emails == ["p499@example.com"]


def test_a_card_vobject_refuses_is_still_read_the_forgiving_way():
    text = card("FN:Before") + card("FN:Broken", "END:VCARD and more") + card("FN:After")
    parsed = parse_vcards(text)
    assert [c.name for c in parsed.contacts] == ["Before", "Broken", "After"]
    assert parsed.warnings == []


def test_a_card_with_nothing_readable_costs_only_that_card():
    text = card("FN:Before") + card("N:", "ORG:;;") + card("FN:After")
    parsed = parse_vcards(text)
    assert [c.name for c in parsed.contacts] == ["Before", "After"]
    assert parsed.warnings == [
        "Card 2 (line 5) has no name, organization, email or phone and was left out."
    ]


def test_stray_lines_are_left_out_with_a_warning():
    parsed = parse_vcards(card("FN:Lin Yu", "this line is not vCard", "TITLE:Editor"))
    assert parsed.contacts[0].role == "Editor"
    assert parsed.warnings == ["Card 1 (line 1): lines that are not vCard data were left out: 1."]


def test_unfolded_photo_data_is_dropped_silently():
    text = card(
        "FN:Photo Owner",
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEASABIAAD",
        "HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL",
        "",
        "TEL;CELL:+1 202 555 0188",
        version="2.1",
    )
    parsed = parse_vcards(text)
    assert parsed.warnings == []
    assert parsed.contacts[0].phones == ["+1 202 555 0188"]


def test_unknown_character_set_falls_back_with_a_warning():
    parsed = parse_vcards(
        card("FN;CHARSET=X-MAC-UNKNOWN;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9e", version="2.1")
    )
    assert parsed.contacts[0].name == "Renée"
    assert parsed.warnings == [
        "Card 1 (line 1): the character set “X-MAC-UNKNOWN” is not one Twoway knows; read as UTF-8."
    ]


def test_quoted_printable_without_charset_in_windows_1252():
    parsed = parse_vcards(card("FN;ENCODING=QUOTED-PRINTABLE:Jos=E9 N=FA=F1ez", version="2.1"))
    assert parsed.contacts[0].name == "José Núñez"


def test_card_with_nothing_to_call_the_person_is_left_out():
    parsed = parse_vcards(card("NOTE:just a note") + card("FN:Kept"))
    assert [c.name for c in parsed.contacts] == ["Kept"]
    assert parsed.warnings == [
        "Card 1 (line 1) has no name, organization, email or phone and was left out."
    ]


def test_several_urls_linkedin_goes_to_linkedin_others_to_website():
    parsed = parse_vcards(
        card(
            "FN:Ola Nordmann",
            "URL:https://ola.example",
            "URL:https://no.linkedin.com/in/olanordmann",
        )
    )
    ola = parsed.contacts[0]
    assert ola.linkedin == "https://no.linkedin.com/in/olanordmann"
    assert ola.website == "https://ola.example"
    assert ola.notes == ""


def test_a_file_cut_off_inside_a_card_keeps_what_it_has():
    text = card("FN:Complete") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\nEMAIL:cut@exa"
    parsed = parse_vcards(text)
    assert [c.name for c in parsed.contacts] == ["Complete", "Cut Off"]
    assert parsed.contacts[1].emails == ["cut@exa"]
    assert parsed.warnings == ["The file ends inside card 2; what that card holds was read."]
