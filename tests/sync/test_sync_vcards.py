"""A contact written into a card the address book already holds reads back the same: the
shared details as Twoway has them, and what Twoway does not use (Apple's labels, social
profiles, the phone's own groups) as the card had it."""

from __future__ import annotations

import re

import pytest

from twoway.core.sync.vcards import card_with, read_card, shared

# As an iPhone or iCloud writes a card: the LinkedIn profile in X-SOCIALPROFILE and again in
# a labelled URL, colons escaped, the home page labelled, and the phone's own groups.
APPLE = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//iOS 17.0//EN",
        "N:Lovelace;Ada;;;",
        "FN:Ada Lovelace",
        "EMAIL;type=INTERNET;type=pref:ada@engine.example",
        "X-SOCIALPROFILE;type=linkedin;x-user=ada:http\\://www.linkedin.com/in/ada",
        "X-SOCIALPROFILE;type=twitter;x-user=ada:http\\://twitter.com/ada",
        "item1.URL:https\\://www.linkedin.com/in/ada/",
        "item1.X-ABLabel:LinkedIn",
        "item3.URL;type=pref:https\\://ada.example.org",
        "item3.X-ABLabel:_$!<HomePage>!$_",
        "item4.URL:https\\://notes.example.org",
        "item4.X-ABLabel:blog",
        "CATEGORIES:myContacts,starred,Friends",
        "UID:apple-1",
        "END:VCARD",
        "",
    ]
)


def _unfolded(card: str) -> str:
    return card.replace("\r\n ", "").replace("\n ", "")


def test_the_apple_card_reads_as_twoway_shows_it():
    ada = read_card(APPLE)
    assert (ada.linkedin, ada.website, ada.tags) == (
        "http://www.linkedin.com/in/ada",
        "https://ada.example.org",
        ["Friends"],
    )


@pytest.mark.parametrize(
    ("linkedin", "website", "tags"),
    [
        ("https://www.linkedin.com/in/ada-new", "https://ada.example.org", ["Friends"]),
        ("http://www.linkedin.com/in/ada", "https://ada.example.net", ["Friends"]),
        ("https://www.linkedin.com/in/ada-new", "https://ada.example.net", ["Friends", "Maths"]),
        ("", "https://ada.example.org", []),
        ("https://www.linkedin.com/in/ada-new", "https://ada.example.org", ["Maths"]),
    ],
)
def test_an_edit_in_twoway_reads_back_the_same_and_keeps_what_twoway_does_not_use(
    linkedin, website, tags
):
    ada = read_card(APPLE)
    ada.linkedin, ada.website, ada.tags = linkedin, website, tags

    card = card_with(ada, APPLE)

    assert shared(read_card(card)) == shared(ada)
    text = _unfolded(card)
    categories = next(line for line in text.splitlines() if line.startswith("CATEGORIES:"))
    assert "myContacts" in categories and "starred" in categories  # the phone's own groups
    assert "X-SOCIALPROFILE;TYPE=twitter" in text and "http://twitter.com/ada" in text
    assert "item3.URL;TYPE=pref:" + website in text  # the home page keeps its label
    assert "item3.X-ABLABEL:_$!<HomePage>!$_" in text
    assert "item4.URL:https://notes.example.org" in text
    assert "\\\\:" not in text  # an escaped colon is not turned into a backslash
    # Read again and written again unchanged, it stays the same.
    again = read_card(card)
    assert shared(read_card(card_with(again, card))) == shared(ada)


def test_a_new_linkedin_profile_replaces_the_one_apple_keeps_with_its_user_name():
    ada = read_card(APPLE)
    ada.linkedin = "https://www.linkedin.com/in/ada-new"

    text = _unfolded(card_with(ada, APPLE))

    assert "X-SOCIALPROFILE;TYPE=linkedin;X-USER=ada-new:https://www.linkedin.com/in/ada-new" in (
        text
    )
    assert "item1.URL:https://www.linkedin.com/in/ada-new" in text  # the repeat follows
    assert not re.search(r"/in/ada/?$", text, re.MULTILINE)  # the old profile is gone


def test_a_cleared_linkedin_profile_leaves_the_card_with_its_label():
    ada = read_card(APPLE)
    ada.linkedin = ""

    text = _unfolded(card_with(ada, APPLE))

    assert "linkedin" not in text.casefold()
    assert "item1." not in text  # the label went with its address
