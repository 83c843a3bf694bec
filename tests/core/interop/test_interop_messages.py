"""What import problems say is a Message: its marked English source and the arguments to
fill in, so the app can show it in the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from twoway.core.interop import VCARD, ImportFileError, parse_csv, parse_vcards, read_contacts
from twoway.core.marks import Message


def refusal(source, fmt=None, mapping=None) -> Message:
    with pytest.raises(ImportFileError) as caught:
        read_contacts(source, fmt, mapping)
    # The error keeps the Message itself; str(error) would be only its English text.
    assert isinstance(caught.value.message, Message)
    return caught.value.message


def test_an_empty_file():
    said = refusal(b"  \n")
    assert (said.source, said.args) == ("The file is empty.", ())


def test_a_folder_names_it_as_an_argument(tmp_path: Path):
    folder = tmp_path / "Contacts"
    folder.mkdir()
    said = refusal(folder)
    assert said.source == "“%1” is a folder, not a file."
    assert said.args == ("Contacts",)
    assert said == "“Contacts” is a folder, not a file."


def test_a_vcf_file_that_is_not_a_vcard(tmp_path: Path):
    path = tmp_path / "people.vcf"
    path.write_text("Name,Email\nAda,ada@example.com\n", encoding="utf-8")
    said = refusal(path, VCARD)
    assert said.source == "This is not a vCard file: it has no BEGIN:VCARD line."


def test_sizes_are_numbers_for_the_locale_to_write():
    said = refusal(b"BEGIN:VCARD\r\n".ljust(21 * 1024 * 1024, b" "))
    assert said.args == (21, 20)
    assert all(isinstance(size, int) for size in said.args)


def test_column_lists_are_messages_too():
    with pytest.raises(ImportFileError) as caught:
        parse_csv("Name,Email\nAda,ada@example.com\n", {"name": "Name", "company": "Employer"})
    said = caught.value.message
    assert said.source == "The file has no column %1. Its columns are %2."
    missing, found = said.args
    assert missing == "“Employer”"
    # "and" is translated with the sentence around it.
    assert isinstance(found, Message)
    assert (found.source, found.args) == ("%1 and %2", ("“Name”", "“Email”"))


def test_notes_on_a_file_are_messages_with_numbers():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lin Yu\r\nstray text\r\nEND:VCARD\r\n"
    (note,) = parse_vcards(text).warnings
    assert isinstance(note, Message)
    assert note.source == "Card %1 (line %2): lines that are not vCard data were left out: %3."
    assert note.args == (1, 1, 1)
