"""Small pieces shared by the importers and exporters: the parse result, tidy text and
LinkedIn addresses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import SplitResult, unquote, urlsplit

from twoway.core.records import Contact
from twoway.core.workflow.search import fold

VCARD = "vcard"
LINKEDIN = "linkedin"
CSV = "csv"
IMPORT_FORMATS = (VCARD, LINKEDIN, CSV)


@dataclass
class ParsedFile:
    """What a file holds, before anything is compared with or written to the user's data."""

    source_format: str
    contacts: list[Contact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_SPACES = re.compile(r"\s+")


def one_line(text: object) -> str:
    """A single tidy line: surrounding space removed, inner runs of space made one."""
    return _SPACES.sub(" ", str(text or "")).strip()


def tidy_block(text: object) -> str:
    """Multi-line text with uniform newlines and no trailing space."""
    lines = str(text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def unique(values: list[str], key: Callable[[str], str] = str.casefold) -> list[str]:
    """Non-empty values in their first order, without repeats under `key`."""
    seen: set[str] = set()
    kept = []
    for value in values:
        value = one_line(value)
        marker = key(value)
        if value and marker not in seen:
            seen.add(marker)
            kept.append(value)
    return kept


def phone_digits(phone: str) -> str:
    """The digits of a phone number (and a leading +), for spotting the same number twice."""
    digits = re.sub(r"[^0-9+]", "", phone)
    return digits[:1] + digits[1:].replace("+", "")


@lru_cache(maxsize=65536)  # names and companies recur across a large import's rows
def fold_text(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name or company, for matching."""
    words = _NOT_WORDS_RE.sub(" ", fold(text))
    return " ".join(words.split())


# A profile address with nothing to decode or strip but an optional trailing slash.
_PLAIN_PROFILE_RE = re.compile(
    r"https?://(?:[a-z0-9-]+\.)?linkedin\.com/in/([A-Za-z0-9_.~-]+)/?\Z", re.ASCII
)
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_NOT_WORDS_RE = re.compile(r"[\W_]+")


def _split_url(url: str) -> SplitResult:
    url = url.strip()
    if not _SCHEME_RE.match(url):
        url = "https://" + url
    return urlsplit(url)


def is_linkedin_url(url: str) -> bool:
    if "linkedin" not in url.casefold():
        return False  # the quick answer for most addresses
    try:
        host = (_split_url(url).hostname or "").lower()
    except ValueError:
        return False
    return host == "linkedin.com" or host.endswith(".linkedin.com")


@lru_cache(maxsize=65536)  # asked for each contact several times while planning an import
def normalize_linkedin_url(url: str) -> str:
    """One spelling for each LinkedIn profile: no scheme, www, country prefix, query or slash.

    `https://uk.linkedin.com/in/Jane-Doe/?locale=en` -> `linkedin.com/in/jane-doe`.
    Returns "" for anything that is not a LinkedIn address.
    """
    plain = _PLAIN_PROFILE_RE.match(url)
    if plain:  # the usual address, as LinkedIn's own export writes it: no parsing needed
        return f"linkedin.com/in/{plain[1].casefold()}"
    if not is_linkedin_url(url):
        return ""
    parts = [p for p in unquote(_split_url(url).path).casefold().split("/") if p]
    if parts[:1] == ["in"]:
        parts = parts[:2]  # drop language suffixes such as /in/jane-doe/fr
    return "/".join(["linkedin.com", *parts])


def split_name(name: str) -> tuple[str, str]:
    """(given, family) for formats that want them apart; the last word is taken as family."""
    words = one_line(name).split(" ")
    if len(words) < 2:
        return words[0], ""
    return " ".join(words[:-1]), words[-1]
