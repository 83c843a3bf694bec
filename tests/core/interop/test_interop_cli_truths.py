"""What the command line says and leaves behind in the small cases: a dry run into a
folder that does not exist, output cut off by `| head`, a file in Windows-1252, and a
field far larger than any contact can hold."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from twoway.core.interop import read_contacts
from twoway.core.interop.commands import run_export, run_import
from twoway.core.interop.limits import MAX_TEXT_CHARS, record_bytes
from twoway.core.store import Store
from twoway.core.store.layout import MAX_RECORD_BYTES
from twoway.paths import DataPaths

REPO = Path(__file__).resolve().parents[3]


def run(function, *args, **kwargs) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = function(*args, out=out, err=err, **kwargs)
    return code, out.getvalue(), err.getvalue()


def test_a_dry_run_creates_no_data_folder(tmp_path: Path):
    source = tmp_path / "people.csv"
    source.write_text("Name,Email\nAna Lima,ana@example.com\n", encoding="utf-8")
    paths = DataPaths(tmp_path / "not-yet")
    code, out, err = run(run_import, paths, source, None, True)
    assert (code, err) == (0, "")
    assert "Nothing was written." in out.splitlines()[0]
    assert "  add    Ana Lima" in out
    assert not paths.root.exists()


def test_a_dry_run_piped_into_head_ends_quietly(tmp_path: Path):
    source = tmp_path / "people.csv"
    rows = [f"Person {i},p{i}@example.com" for i in range(20000)]
    source.write_text("Name,Email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO / "desktop"))
    command = [sys.executable, "-m", "twoway", "--data-dir", str(tmp_path / "d")]
    twoway = subprocess.Popen(
        [*command, "import", "--dry-run", str(source)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    head = subprocess.run(["head", "-n", "2"], stdin=twoway.stdout, capture_output=True)
    twoway.stdout.close()
    err = twoway.stderr.read().decode()
    twoway.stderr.close()
    assert twoway.wait(timeout=120) == 0
    assert head.stdout.decode().startswith("Dry run: the import would add 20000 contacts")
    assert err == ""  # no BrokenPipeError traceback


def test_the_command_line_does_not_point_to_a_preview_it_does_not_have(tmp_path: Path):
    source = tmp_path / "old.csv"
    source.write_bytes("Name,Company\r\nZoë Ångström,Café Ñandú\r\n".encode("cp1252"))
    code, out, _err = run(run_import, DataPaths(tmp_path / "d"), source, None, False)
    assert code == 0
    assert "preview" not in out
    assert (
        "Note: The file is not UTF-8; it was read as Western European (Windows-1252) text. "
        "Check that accented letters in the names came through right."
    ) in out.splitlines()


def test_an_18_mb_note_is_cut_by_name_and_every_contact_reads_back(tmp_path: Path):
    note = "Lorem ipsum dolor sit amet. " * (18 * 1024 * 1024 // 28)
    source = tmp_path / "huge.vcf"
    source.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nNOTE:"
        + note
        + "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Berg\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert source.stat().st_size > 18 * 1024 * 1024
    paths = DataPaths(tmp_path / "d")
    code, out, err = run(run_import, paths, source, None, False)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Added 2 contacts, merged 0 and skipped 0."
    assert (
        f"Note: “Ana Lima”: the notes were {len(note.strip())} characters long; only the first "
        f"{MAX_TEXT_CHARS} were imported."
    ) in out.splitlines()
    store = Store.open(paths, cache_file=None)
    assert store.problems == []
    (ana,) = [c for c in store.contacts.values() if c.name == "Ana Lima"]
    assert ana.notes == note[:MAX_TEXT_CHARS]
    assert max(f.stat().st_size for f in (paths.root / "contacts").iterdir()) < MAX_RECORD_BYTES
    code, out, _err = run(run_export, paths, "vcard", tmp_path / "out.vcf")
    assert (code, out.split(" to ")[0]) == (0, "Exported 2 contacts")


def test_a_contact_too_large_even_after_cutting_is_left_out_by_name():
    lines = ["Name,Email,Notes,Needs,Offers,How we met,Tags"]
    # Four bytes a character: four long texts, a hundred long tags and as many long
    # addresses are each within their limits, and still add up to more than a record.
    block = "😀" * MAX_TEXT_CHARS
    tags = ", ".join(f"{i}" + "😀" * 990 for i in range(100))
    emails = ", ".join("😀" * 980 + f"{i}@example.com" for i in range(100))
    lines.append(f'Ana Lima,"{emails}","{block}","{block}","{block}","{block}","{tags}"')
    lines.append("Bo Berg,bo@example.com,,,,,")
    parsed = read_contacts(("\n".join(lines) + "\n").encode(), "csv")
    assert [c.name for c in parsed.contacts] == ["Bo Berg"]
    assert (
        "“Ana Lima” holds more text than one contact can keep (over 2 MB) and was left out."
        in parsed.warnings
    )
    assert all(record_bytes(c) < MAX_RECORD_BYTES for c in parsed.contacts)
