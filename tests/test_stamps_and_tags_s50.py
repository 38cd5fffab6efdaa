"""Session 50: American page stamps and datelines, names the recogniser ran into a body's tag, a body tagged
as a person before its officer's title, and writers told back as "the two senators". Sentences, names and
pages are invented; each test but the guards fails on the code before the session."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.clean import clean
from lettertrace.meta import dateline_prefix_ok, extract_metadata
from lettertrace.meta_dates import find_dates
from lettertrace.models import Options, RawReport
from test_extract import acts


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("09/05/2024 04:30 PM EDT", dt.date(2024, 9, 5)),
        ("By Ana Berg - 04/03/24 9:40 AM ET", dt.date(2024, 4, 3)),
        ("03/14/2024 06:12 AM EST", dt.date(2024, 3, 14)),
        ("12/05/2024 10:00 CET", dt.date(2024, 5, 12)),  # a guard: a European clock, day first
        ("09/05/2024", dt.date(2024, 5, 9)),  # a guard: no clock, day first as before
    ],
)
def test_a_numeric_date_before_a_us_clock_is_month_first(stamp: str, day: dt.date) -> None:
    assert [d.date for d in find_dates(stamp)] == [day]


def _published(page: str) -> dt.date | None:
    raw = RawReport(source="page.txt", sha256="0" * 64, raw_text=page, fmt="txt")
    return extract_metadata(raw, clean(raw, Options())).published


def test_a_us_byline_stamp_dates_the_page() -> None:
    page = "Senators press agency on staffing\n\nBY ANA BERG - 04/03/24 9:40 AM ET\n\nTwo senators wrote on Tuesday.\n"
    assert _published(page) == dt.date(2024, 4, 3)


@pytest.mark.parametrize(
    "prefix", ["ALBUQUERQUE, N.M. (AP) — ", "SALEM, Ore. (AP) - ", "DOVER, Del. (AP) — "]
)
def test_an_ap_dateline_with_a_shortened_state_opens_the_story(prefix: str) -> None:
    assert dateline_prefix_ok(prefix)
    page = f"Postal chief answers senator\n\n{prefix}Thursday, March 28, 2024 — The postmaster wrote to a senator.\n"
    assert _published(page) == dt.date(2024, 3, 28)


def test_an_opening_phrase_is_no_dateline() -> None:
    assert not dateline_prefix_ok("Last week, Mr. ")  # a guard


def test_a_holders_name_run_into_a_bodys_tag_is_a_person() -> None:
    for sentence in (
        "Senator Ann Cole also sent a separate letter today to Federal Trade Commission Chair Lorraine Obi "
        "asking the commission to examine prices.",
        "Senator Ann Cole wrote today to Federal Trade Commission Chair Lorraine Obi about prices.",
    ):
        assert ("letter", "Ann Cole", ("Lorraine Obi",)) in acts(sentence), sentence


def test_a_body_tagged_as_a_person_before_its_officers_title_is_the_employer() -> None:
    found = acts(
        "Senator Ann Cole sent letters to the chief executives of two firms, Northstar Propane CEO Dean Kowalczyk "
        "and Prairie Fuel Cooperative CEO Janet Eide, asking for records."
    )
    assert {to for _, _, to in found} == {("Dean Kowalczyk",), ("Janet Eide",)}, found


def test_the_two_senators_are_the_joint_writers_told_last() -> None:
    found = acts(
        "Senators Ann Cole and Tom Pruett sent a letter to Energy Secretary Naomi Feld on Monday.",
        "In addition, the two senators sent separate letters to the chief executives of two propane distributors, "
        "Dean Kowalczyk and Janet Eide, asking for records.",
    )
    assert found == {
        ("letter", "Ann Cole", ("Naomi Feld",)),
        ("letter", "Ann Cole", ("Dean Kowalczyk",)),
        ("letter", "Ann Cole", ("Janet Eide",)),
    }, found


def test_a_name_ending_in_a_particle_runs_into_the_family_name_tagged_apart() -> None:
    from spacy.tokens import Span

    from lettertrace import nlp

    doc = nlp.parse("President Ursula von der Leyen wrote to Tom Kettle.", Options().spacy_model)
    doc.ents = [
        Span(doc, 1, 4, label="PERSON"),
        Span(doc, 4, 5, label="GPE"),
        Span(doc, 7, 9, label="PERSON"),
    ]
    assert [(e.text, e.label_) for e in nlp.name_chains(doc).ents] == [
        ("Ursula von der Leyen", "PERSON"),
        ("Tom Kettle", "PERSON"),
    ]
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 4, 5, label="GPE")]  # a guard: no particle between
    assert [e.text for e in nlp.name_chains(doc).ents] == ["Ursula von", "Leyen"]


def test_a_with_clause_of_circumstance_is_no_partner_of_an_exchange() -> None:
    found = acts(
        "Prime Minister Robert Fico and President Ana Berg exchanged letters last week over the plan to end "
        "imports of gas by 2027, with Bratislava warning of serious consequences for its economy."
    )
    assert found == {("letter", "Robert Fico", ("Ana Berg",)), ("letter", "Ana Berg", ("Robert Fico",))}, (
        found
    )


def test_a_bodys_name_cut_after_and_takes_the_words_after_it() -> None:
    found = acts(
        "The Embassy of Norland in Ostra has sent a diplomatic note to the Ministry of Foreign Affairs and "
        "External Trade protesting against a planned visit."
    )
    assert any("Ministry of Foreign Affairs and External Trade" in to for _, _, to in found), found


def test_a_colon_opens_the_list_of_a_group_and_a_name_tagged_a_place_in_it_is_a_person() -> None:
    found = acts(
        "Speaker Ronald Beck sent congratulatory letters on Wednesday to the three members sworn in this spring: "
        "Renee Clair, Owen Fairbanks and Lydia Munoz."
    )
    assert {to for _, _, to in found} == {("Renee Clair",), ("Owen Fairbanks",), ("Lydia Munoz",)}, found
    places = acts("Ana Berg sent messages to the leaders of three states: Norland, Ostmark and South Sudan.")
    assert all(len(to) == 1 for _, _, to in places)  # a guard: states listed stay states


def test_a_greeting_line_under_the_salutation_is_no_signature_and_a_bracketed_name_signs() -> None:
    page = (
        "Minister writes to Chief Minister on school funds\n\nPosted On: 12 MAR 2025\n\n"
        "Union Minister Ravi Prasad has written to the Chief Minister of Norland, Thiru Arun Velu, on school funds. "
        "The text of the letter is reproduced below:\n\n10th March, 2025\n\nDear Thiru Velu ji,\n\nVanakkam.\n\n"
        "I write regarding the release of funds to the State of Norland.\n\n"
        "I would be happy to meet you at your convenience.\n\nYours sincerely,\n\n(Ravi Prasad)\n"
    )
    raw = RawReport(source="invented.txt", sha256="0" * 64, raw_text=page, fmt="txt")
    from lettertrace.pipeline import process_report

    comms = process_report(raw, Options()).extraction.communications
    assert [(c.sender.name if c.sender else "", [r.name for r in c.recipients]) for c in comms] == [
        ("Ravi Prasad", ["Arun Velu"])
    ], [(c.sender and c.sender.name, [r.name for r in c.recipients]) for c in comms]
