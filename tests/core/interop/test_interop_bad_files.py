"""Files that cannot be imported get one clear sentence, and encodings are read with care."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from twoway.core.interop import MAX_IMPORT_BYTES, ImportFileError, read_contacts

VCARD_TEXT = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nORG:Café Ñandú\r\nEND:VCARD\r\n"


def message(source, fmt=None) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_contacts(source, fmt)
    return caught.value.message


def test_empty_file(tmp_path: Path):
    path = tmp_path / "contacts.vcf"
    path.write_bytes(b"")
    assert message(path) == "The file is empty."
    assert message(b" \r\n\t\n") == "The file is empty."


def test_hundred_megabyte_file_is_refused_without_being_read(tmp_path: Path):
    path = tmp_path / "huge.vcf"
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(100 * 1024 * 1024)
    try:
        assert message(path) == (
            "The file is too large to be a contact list (100 MB; "
            "Twoway imports files of up to 20 MB)."
        )
    finally:
        path.unlink()


def test_data_over_the_limit_given_as_bytes():
    data = b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n".ljust(MAX_IMPORT_BYTES + 1, b" ")
    assert message(data).startswith("The file is too large to be a contact list")


def test_excel_workbook_picked_by_mistake():
    workbook = b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(range(256)) * 4
    assert message(workbook) == (
        "This is not a text file: it looks like a zip archive or an Excel workbook; "
        "save the sheet as CSV first."
    )


def test_image_and_other_binary_files():
    assert message(b"\x89PNG\r\n\x1a\n" + bytes(200)) == (
        "This is not a text file: it looks like an image."
    )
    noise = bytes((i * 97 + 13) % 256 for i in range(4000))
    assert message(noise) == "This is not a text file. Twoway imports vCard (.vcf) and CSV files."


def test_utf16_with_byte_order_mark_little_and_big_endian():
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        (person,) = read_contacts(bom + VCARD_TEXT.encode(codec)).contacts
        assert (person.name, person.company) == ("Zoë Ångström", "Café Ñandú")


def test_utf8_with_byte_order_mark_csv_header_is_recognised():
    data = codecs.BOM_UTF8 + "Name,Company\r\nZoë Ångström,Café Ñandú\r\n".encode()
    parsed = read_contacts(data)
    assert parsed.source_format == "csv"
    assert parsed.contacts[0].company == "Café Ñandú"
    assert parsed.warnings == []


def test_windows_1252_csv_is_read_with_a_warning():
    parsed = read_contacts("Name,Company\r\nZoë Ångström,Café Ñandú\r\n".encode("cp1252"))
    assert parsed.contacts[0].name == "Zoë Ångström"
    assert parsed.warnings == [
        "The file is not UTF-8; it was read as Western European (Windows-1252) text. "
        "Check accented letters in the preview."
    ]


def test_vcard_4_must_be_utf8():
    data = VCARD_TEXT.replace("3.0", "4.0").encode("cp1252")
    assert message(data) == (
        "The file is not UTF-8 text, which this format requires. "
        "Save it again as UTF-8 and import that copy."
    )


def test_bytes_no_known_encoding_can_read():
    # 0x81 and 0x8D are neither UTF-8 nor defined in Windows-1252.
    assert message(b"Name,Company\r\nA\x81\x8d,B\r\n") == (
        "The file's characters are in an encoding Twoway cannot read. "
        "Save it again as UTF-8 and import that copy."
    )


def test_utf16_marker_on_damaged_content():
    assert message(codecs.BOM_UTF16_LE + b"N\x00a\x00\x00\xd8") == (
        "The file says it is UTF-16 text but parts of it are not; it may be damaged."
    )


def test_text_that_is_neither_vcard_nor_contacts_csv():
    letter = b"Dear Sam,\nThanks for the call yesterday, it was great.\nBest, Kim\n"
    assert message(letter) == (
        "Twoway cannot tell what kind of file this is. It imports vCard (.vcf) files, "
        "LinkedIn's Connections.csv and CSV files with a header row."
    )


def test_csv_forced_as_vcard():
    assert message(b"Name,Email\nA,a@example.com\n", "vcard") == (
        "This is not a vCard file: it has no BEGIN:VCARD line."
    )


def test_vcard_whose_every_card_is_unreadable():
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:only a note\r\nEND:VCARD\r\n"
    assert message(data) == "No contact in this file could be read."


def test_missing_file_and_folder(tmp_path: Path):
    assert message(tmp_path / "nowhere.vcf") == "There is no file called “nowhere.vcf”."
    assert message(tmp_path) == f"“{tmp_path.name}” is a folder, not a file."
