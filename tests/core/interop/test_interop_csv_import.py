"""LinkedIn's Connections.csv and generic CSV files with a column mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from twoway.core.interop import (
    CSV,
    LINKEDIN,
    VCARD,
    ImportFileError,
    csv_headers,
    detect_format,
    file_headers,
    guess_mapping,
    parse_csv,
    read_contacts,
)

SAMPLES = Path(__file__).parent / "samples"


def test_linkedin_connections_after_the_notes_lines():
    parsed = read_contacts(SAMPLES / "Connections.csv")
    assert parsed.source_format == LINKEDIN
    names = [c.name for c in parsed.contacts]
    assert names == ["Jane Doe", "Tomás Ó Briain", "Wei Chen", "Amara Nwosu"]
    jane = parsed.contacts[0]
    assert jane.linkedin == "https://www.linkedin.com/in/jane-doe-4a1b2c"
    assert jane.emails == ["jane.doe@example.com"]
    assert jane.company == "Acme Robotics"
    assert jane.role == "VP Engineering"
    assert jane.met_how == "Connected on LinkedIn, 5 March 2024"


def test_linkedin_rows_lacking_email_or_company():
    people = {c.name: c for c in read_contacts(SAMPLES / "Connections.csv").contacts}
    assert people["Tomás Ó Briain"].emails == []
    assert people["Tomás Ó Briain"].company == "Harbour & Sons, Ltd."
    wei = people["Wei Chen"]
    assert (wei.company, wei.role, wei.emails) == ("", "", [])
    assert wei.met_how == "Connected on LinkedIn, 2 January 2025"
    assert people["Amara Nwosu"].role == "Designer, illustrator"


def test_linkedin_row_without_a_name_is_reported():
    parsed = read_contacts(SAMPLES / "Connections.csv")
    assert parsed.warnings == ["Line 9 has no name and was left out."]


def test_linkedin_date_in_another_spelling_is_kept_as_written():
    text = (
        "First Name,Last Name,URL,Connected On\nAi,Tanaka,https://linkedin.com/in/ai,2024-03-05\n"
    )
    parsed = read_contacts(text.encode(), "linkedin")
    assert parsed.contacts[0].met_how == "Connected on LinkedIn, 2024-03-05"


def test_linkedin_forced_on_a_file_without_its_columns():
    with pytest.raises(ImportFileError) as caught:
        read_contacts(b"Name,Email\nAi Tanaka,ai@example.jp\n", "linkedin")
    assert caught.value.message == (
        "This does not look like LinkedIn's Connections.csv: no row has the columns "
        "“First Name” and “Last Name”."
    )


def test_format_is_detected_from_the_content():
    assert detect_format((SAMPLES / "Connections.csv").read_text("utf-8")) == LINKEDIN
    assert detect_format((SAMPLES / "google-contacts.csv").read_text("utf-8")) == CSV
    assert detect_format("\n\nbegin:vcard\nFN:x\nend:vcard\n") == VCARD


def test_google_contacts_csv_with_guessed_mapping():
    parsed = read_contacts(SAMPLES / "google-contacts.csv")
    priya, luca = parsed.contacts
    assert priya.name == "Priya Raman"
    assert priya.company == "Raman Consulting"
    assert priya.role == "Founder"
    assert priya.emails == ["priya@raman-consulting.example", "priya.raman@example.com"]
    assert priya.phones == ["+91 98450 55501"]
    assert priya.website == "https://raman-consulting.example"
    assert priya.tags == ["Mentors"]
    assert priya.notes == "Introduced by Tom.\nWants introductions to CFOs."
    # Google puts several addresses in one cell with " ::: ".
    assert luca.emails == ["luca@bianchi.example", "l.bianchi@example.it"]


def test_outlook_csv_title_is_a_courtesy_title_not_the_job():
    headers = csv_headers((SAMPLES / "outlook-contacts.csv").read_bytes().decode("cp1252"))
    mapping = guess_mapping(headers)
    assert mapping["role"] == "Job Title"
    assert mapping["first_name"] == "First Name"
    assert mapping["phones"] == ["Business Phone", "Mobile Phone"]
    parsed = read_contacts(SAMPLES / "outlook-contacts.csv")
    aase = parsed.contacts[0]
    assert aase.name == "Åse Berg"
    assert aase.role == "Chief Data Officer"
    assert aase.tags == ["Analytics", "Oslo"]


def test_explicit_mapping_with_several_columns_for_one_field():
    text = (
        "Who,Work mail,Home mail,Org,Remarks\n"
        "Nia Brown,nia@work.example,nia@home.example,Brown & Co,Met at the library talk\n"
    )
    mapping = {
        "name": "Who",
        "emails": ["Work mail", "Home mail"],
        "company": "Org",
        "notes": "Remarks",
    }
    (nia,) = parse_csv(text, mapping).contacts
    assert nia.emails == ["nia@work.example", "nia@home.example"]
    assert nia.company == "Brown & Co"
    assert nia.notes == "Met at the library talk"


def test_mapping_naming_a_column_the_file_lacks():
    with pytest.raises(ImportFileError) as caught:
        parse_csv("Name,Email\nA,a@example.com\n", {"name": "Name", "company": "Employer"})
    assert caught.value.message == (
        "The file has no column “Employer”. Its columns are “Name” and “Email”."
    )


def test_csv_without_a_name_column():
    with pytest.raises(ImportFileError) as caught:
        read_contacts(b"Email,Phone\na@example.com,+1 555 0100\n", "csv")
    assert caught.value.message.startswith("The file has no column for names")
    assert "“Email” and “Phone”" in caught.value.message


def test_semicolon_separated_csv_from_a_european_spreadsheet():
    text = "Nom;Prénom;Société;E-mail\r\nDurand;Élodie;Café Lumière;elodie@example.fr\r\n"
    mapping = {"last_name": "Nom", "first_name": "Prénom", "company": "Société", "emails": "E-mail"}
    (elodie,) = read_contacts(text.encode("cp1252"), "csv", mapping).contacts
    assert elodie.name == "Élodie Durand"
    assert elodie.company == "Café Lumière"
    assert elodie.emails == ["elodie@example.fr"]


@pytest.mark.parametrize(
    ("text", "name", "company", "email", "phones"),
    [
        (
            "Vorname;Nachname;Firma;E-Mail-Adresse;Mobiltelefon;Telefon geschäftlich\r\n"
            "Jonas;Weber;Weber & Co;jonas@example.de;+49 170 1;+49 30 2\r\n",
            "Jonas Weber",
            "Weber & Co",
            "jonas@example.de",
            ["+49 170 1", "+49 30 2"],
        ),
        (
            "Nom;Prénom;Société;Adresse de messagerie;Téléphone mobile\r\n"
            "Durand;Élodie;Café Lumière;elodie@example.fr;+33 6 1\r\n",
            "Élodie Durand",
            "Café Lumière",
            "elodie@example.fr",
            ["+33 6 1"],
        ),
        (
            "Nombre;Apellidos;Empresa;Correo electrónico;Teléfono móvil\r\n"
            "Lucía;García López;Olivo Digital;lucia@example.es;+34 6 1\r\n",
            "Lucía García López",
            "Olivo Digital",
            "lucia@example.es",
            ["+34 6 1"],
        ),
    ],
)
def test_german_french_and_spanish_column_titles_are_recognised(text, name, company, email, phones):
    (person,) = read_contacts(text.encode("cp1252"), "csv").contacts
    assert (person.name, person.company, person.emails, person.phones) == (
        name,
        company,
        [email],
        phones,
    )


def test_rows_without_any_name_company_or_email_are_reported():
    parsed = read_contacts(b"Name,Phone\n,+1 555 0100\nKai,\n", "csv")
    assert [c.name for c in parsed.contacts] == ["Kai"]
    assert parsed.warnings == ["Line 2 has no name, company or email and was left out."]


def test_spreadsheet_safety_apostrophe_is_removed_on_import():
    text = "Name,Phone,Notes\n'=Not a formula,'+44 20 7946 0000,'It's fine\n"
    (person,) = read_contacts(text.encode(), "csv").contacts
    assert person.name == "=Not a formula"
    assert person.phones == ["+44 20 7946 0000"]
    assert person.notes == "'It's fine"  # an ordinary apostrophe stays


def test_header_only_file_has_no_contacts():
    with pytest.raises(ImportFileError) as caught:
        read_contacts(b"Name,Email\n", "csv")
    assert caught.value.message == "The file has a header row but no contacts under it."


def test_tags_separated_by_commas_or_semicolons():
    text = 'Name,Tags\nA,"Mentor, Investor"\nB,"Food, drink; Investor"\n'
    a, b = read_contacts(text.encode(), "csv").contacts
    assert a.tags == ["Mentor", "Investor"]
    # With semicolons present, a comma belongs to the tag.
    assert b.tags == ["Food, drink", "Investor"]


def test_file_headers_for_choosing_a_mapping(tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes('\r\n"Full name";Firma;Télé\r\nA;B;C\r\n'.encode("cp1252"))
    headers = file_headers(path)
    assert headers == ["Full name", "Firma", "Télé"]
    assert guess_mapping(headers) == {"name": "Full name", "company": "Firma"}
