"""The fit check: which of my needs a contact may meet, and which of theirs I may."""

from __future__ import annotations

from twoway.core.records import Agenda, AgendaItem, Contact
from twoway.core.workflow.fit import Advice, Direction, fit_check, keywords, stem


def agenda(needs=(), offers=()) -> Agenda:
    return Agenda(
        goal="Move from retail analytics into market research",
        needs=[AgendaItem(text) for text in needs],
        offers=[AgendaItem(text) for text in offers],
    )


def test_related_word_forms_share_a_stem():
    assert stem("hiring") == stem("hire") == stem("hires")
    assert stem("companies") == stem("company")
    assert stem("Résumé") == stem("resume")


def test_small_words_do_not_count_but_acronyms_do():
    words = keywords("An intro to the HR team at a bank")
    assert set(words.values()) == {"intro", "HR", "team", "bank"}


def test_a_need_matches_what_they_offer_and_their_company():
    contact = Contact(
        name="Ines Duarte",
        company="Fabrikam",
        role="Head of market research",
        offers="Introductions to researchers in consumer goods",
    )
    report = fit_check(
        contact,
        agenda(
            needs=[
                "An introduction at Fabrikam",
                "An informational interview with a market researcher",
                "Feedback on my pricing deck",
            ]
        ),
    )
    matched = {m.item.text: m.words for m in report.of(Direction.THEY_HELP_ME)}
    assert set(matched) == {
        "An introduction at Fabrikam",
        "An informational interview with a market researcher",
    }
    assert "Fabrikam" in matched["An introduction at Fabrikam"]
    assert "Introductions" in matched["An introduction at Fabrikam"]
    assert set(matched["An informational interview with a market researcher"]) == {
        "researchers",
        "market",
    }


def test_my_offer_matches_their_need():
    contact = Contact(name="Tom Berg", needs="Looking to hire two data analysts this spring")
    report = fit_check(contact, agenda(offers=["Can refer strong analysts from my old team"]))
    [match] = report.matches
    assert match.direction is Direction.I_HELP_THEM
    assert "analysts" in match.words


def test_advice_follows_how_many_ways_it_fits():
    contact = Contact(
        name="Ana Lima",
        offers="Pricing workshops for retailers",
        needs="A designer for the new shop",
    )
    both = fit_check(contact, agenda(needs=["pricing advice"], offers=["design reviews"]))
    assert both.advice is Advice.MEET
    one = fit_check(contact, agenda(needs=["pricing advice"], offers=["tax help"]))
    assert one.advice is Advice.SHORT
    none = fit_check(contact, agenda(needs=["a plumber"], offers=["tax help"]))
    assert none.advice is Advice.DECLINE_OK
    assert none.matches == ()


def test_done_agenda_items_are_not_matched():
    contact = Contact(name="Ana Lima", offers="Pricing workshops")
    needs = agenda(needs=["pricing advice"])
    needs.needs[0].done = True
    assert fit_check(contact, needs).matches == ()


def test_rank_words_in_a_title_are_not_a_match_but_the_field_is():
    designer = Contact(name="Maya Okafor", role="Founder and design lead")
    leads = agenda(needs=["Leads on food brands hiring researchers"])
    assert fit_check(designer, leads).matches == ()
    head = Contact(name="Ines Duarte", role="Head of consumer research")
    interview = agenda(needs=["An informational interview with a head of consumer research"])
    [match] = fit_check(head, interview).matches
    assert set(match.words) == {"consumer", "research"}


def test_short_prefixes_do_not_match_unrelated_words():
    contact = Contact(name="Lee Park", offers="Art classes")
    assert fit_check(contact, agenda(needs=["A partner for the artisan market"])).matches == ()


def test_small_words_of_german_spanish_and_french_are_no_match_but_their_subjects_are():
    cases = [
        (
            "Feedback für meine Fallstudie und ein Kontakt zu Einkäufern im Einzelhandel",
            "Kaffee und Kuchen für alle; kennt viele Einkäufer im Einzelhandel",
            {"Einkäufer", "Einzelhandel"},
        ),
        (
            "Una introducción con el equipo de investigación para mi proyecto",
            "Investigación de mercado para marcas con una red de contactos",
            {"Investigación"},
        ),
        (
            "Des retours sur mon étude de cas pour une équipe de recherche",
            "Recherche qualitative pour les marques avec des panels",
            {"Recherche"},
        ),
    ]
    for need, offers, expected in cases:
        contact = Contact(name="X", offers=offers)
        (match,) = fit_check(contact, agenda(needs=[need])).matches
        assert set(match.words) == expected, need
