"""Session 48 review: misfires two helpers found in this session's rules with invented sentences; every test
but the dated reply's (a guard) fails on the code before the mends. Sentences are invented."""

from __future__ import annotations

import datetime as dt

from lettertrace.clean import clean
from lettertrace.extract.datex import find_dates
from lettertrace.meta import extract_metadata
from lettertrace.models import Options, RawReport
from lettertrace.text_view import tokenizer_view
from test_extract import acts, page_acts, report, run


def _published(text: str) -> dt.date | None:
    raw = RawReport(source="mem.txt", sha256="x", raw_text=text, fmt="txt")
    return extract_metadata(raw, clean(raw, Options())).published


def test_a_headline_date_after_a_preposition_does_not_date_the_page() -> None:
    body = "\n\nCarl Moss said he wrote to the Transport Secretary, Ana Berg, on Monday.\n"
    for header in (
        "Talks on Friday 5 May 1972 recalled\n\nFreeport, 14 March 2024 -",
        "Talks on Friday 5 May 1972 recalled",
        "Leaders to meet on Friday 22 March 2024\n\nBy Ann Lee | 14 March 2024",
        "Consultation open until Friday 15 March 2024",
    ):
        assert _published(header + body) in (None, dt.date(2024, 3, 14)), header
    assert _published("House of Commons\nVolume 747: debated on Wednesday 13 March 2024" + body) == dt.date(
        2024, 3, 13
    )


def test_an_act_made_is_not_judged_in_prospect() -> None:
    for sentence in (
        "The call between Tom Reyes and Ana Vidal was possible because the line was restored; they spoke for an hour.",
        "The call between Tom Reyes and Ana Vidal on Monday was inevitable after the border clash.",
        "Tom Reyes's letter to Ana Vidal on Tuesday was necessary to calm markets.",
    ):
        found = acts(sentence)
        assert any(a[1] == "Tom Reyes" and a[2] == ("Ana Vidal",) for a in found), (sentence, found)


def test_thanks_for_what_was_sent_to_another_name_no_message_to_the_thanker() -> None:
    for sentence in (
        "Ana Vidal thanked Tom Reyes for sending a message to the rebels.",
        "Ana Vidal expressed thanks to Tom Reyes for sending a letter to the rebels.",
    ):
        found = acts(sentence)
        assert not any(a[1] == "Tom Reyes" and a[2] == ("Ana Vidal",) for a in found), (sentence, found)


def test_a_three_party_exchange_is_not_cut_to_two() -> None:
    for third in ("the Eastland president", "the Eastland government", "the prime minister"):
        found = acts(f"Tom Reyes, Ana Vidal and {third} exchanged letters on Monday.")
        assert not any({a[1], *a[2]} == {"Tom Reyes", "Ana Vidal"} for a in found), (third, found)


def test_a_journey_in_a_chronology_is_no_letter() -> None:
    page = "KEY EVENTS\n\n2. 2019, April 10. Leaders to Brussels for a summit.\n\n4. 2024, March 2. Paris. Macron to Kyiv.\n"
    page += "\nThe president later wrote a letter.\n"
    found = [(a[1], list(a[2])) for a in page_acts(page)]
    assert not any(r in (["Brussels"], ["Kyiv"]) for _, r in found), found


def test_a_year_first_month_is_no_name() -> None:
    assert find_dates("12. 2019, May wrote to the president.", None) == []
    assert find_dates("3. 2021, June Sarpong wrote to the chairman.", None) == []


def test_a_reply_dated_from_someone_else_is_not_the_addressees() -> None:
    found = acts(
        "Tom Reyes wrote to Ana Vidal on 2 May 2023.",
        "She received a reply dated 9 May from her lawyer, Li Wei.",
    )
    assert not any(a[1] == "Ana Vidal" and a[2] == ("Tom Reyes",) for a in found), found


def _link_of_told(audience: str) -> int | None:
    """The communication a quote told to ``audience`` after a letter is linked to."""
    rep = run(
        report(
            "Jean Dufort wrote to Anne Colbert on 2 March.",
            f'He told {audience}: "We have known hard years."',
        )
    )
    return {q.text: q.communication for q in rep.extraction.quotes}.get("We have known hard years.")


def test_words_told_to_the_addressee_described_stay_the_letters() -> None:
    for audience in ("his old friend", "the government", "the family"):
        assert _link_of_told(audience) == 0, audience


def test_a_date_opening_a_line_is_no_paragraph_number() -> None:
    text = "12.03.23 President Tom Hale wrote to Prime Minister Maria Okafor."
    assert tokenizer_view(text) == text


def test_a_sentence_with_to_is_no_archival_heading_over_a_dated_line() -> None:
    for opening in (
        "On 3 February 2023 Tom Hale wrote to Maria Okafor.",
        "6.4 On 3 February 2023 Tom Hale wrote to Maria Okafor.",
    ):
        found = acts(opening, "She replied on 10 February 2023.")
        assert ("letter", "Maria Okafor", ("Tom Hale",)) in found, (opening, found)


def test_second_review_a_bracketed_date_after_a_name_dates_the_act() -> None:
    for sentence in (
        "President Tom Hale wrote to Prime Minister Maria Okafor (3 March) about the river.",
        "In a letter (3 March), President Tom Hale told Prime Minister Maria Okafor the dam would wait.",
        "On Independence Day (March 3), President Tom Hale sent a message to Prime Minister Maria Okafor.",
    ):
        rep = run(report(sentence))
        assert [str(c.date.earliest) for c in rep.extraction.communications] == ["2024-03-03"], sentence


def test_second_review_more_acts_in_prospect_and_thanks_named_by_name() -> None:
    for sentence in (
        "Direct calls between President Tom Hale and Prime Minister Maria Okafor are unlikely before the summit.",
        "Another letter from President Tom Hale to Prime Minister Maria Okafor is unlikely, aides said.",
        "A phone call between President Tom Hale and Prime Minister Maria Okafor is inevitable, aides said.",
    ):
        assert not acts(sentence), sentence
    found = acts("Prime Minister Maria Okafor thanked President Tom Hale for sending a message to Okafor.")
    assert ("message", "Tom Hale", ("Maria Okafor",)) in found, found


def test_second_review_words_told_to_the_press_are_not_the_letters() -> None:
    for audience in ("the press", "a journalist", "the crowd"):
        assert _link_of_told(audience) is None, audience
