"""Which date a communication gets (extract/dating.py), through the whole pipeline on invented reports.

Every text is invented: made-up leaders of made-up countries. The default dateline puts the report
on Thursday 14 March 2024.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.extract.datex import find_dates, in_year
from lettertrace.extract.intervals import precision_of
from lettertrace.models import CommMention, DateInterval, Options, ProcessedReport, RawReport
from lettertrace.pipeline import process_report

REPORT_DAY = dt.date(2024, 3, 14)
D = dt.date.fromisoformat


def run(*paragraphs: str, dateline: str | None = "Freeport, 14 March 2024 -") -> ProcessedReport:
    parts = (
        ["Freedonia and Sylvania at odds over river"] + ([dateline] if dateline else []) + list(paragraphs)
    )
    raw = RawReport(source="invented.txt", sha256="0" * 64, raw_text="\n\n".join(parts) + "\n", fmt="txt")
    return process_report(raw, Options())


def comms(rep: ProcessedReport) -> list[CommMention]:
    return list(rep.extraction.communications)


def by_sender(rep: ProcessedReport, surname: str) -> CommMention:
    found = [c for c in comms(rep) if c.sender is not None and surname in c.sender.name]
    assert len(found) == 1, [(c.kind, c.sender and c.sender.name) for c in comms(rep)]
    return found[0]


def bounds(x: DateInterval) -> tuple[dt.date | None, dt.date | None, str]:
    return x.earliest, x.latest, x.precision


# ---------------------------------------------------------------- the undated act: a window, honestly labelled


@pytest.mark.parametrize(
    ("sentence", "dateline", "earliest", "latest", "precision"),
    [
        (
            "President Alma Verhoeven has sent a letter to Prime Minister Tomas Kettle about the dam.",
            "Freeport, 14 March 2024 -",
            "2024-03-07",
            "2024-03-14",
            "range",
        ),
        (
            "Prime Minister Tomas Kettle has written to President Alma Verhoeven about the border.",
            "Freeport, 2 October 2020 -",
            "2020-09-25",
            "2020-10-02",
            "range",
        ),
        (
            "Chancellor Ivo Brandt has sent a message to King Otto Marsh on the anniversary.",
            "Freeport, 3 January 2021 -",
            "2020-12-27",
            "2021-01-03",
            "range",
        ),
    ],
)
def test_undated_act_falls_in_the_week_before_the_report_labelled_by_width(
    sentence: str, dateline: str, earliest: str, latest: str, precision: str
) -> None:
    (c,) = comms(run(sentence, dateline=dateline))
    assert bounds(c.date) == (D(earliest), D(latest), precision)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Alma Verhoeven has sent a letter to Prime Minister Tomas Kettle about the dam.",
        "President Alma Verhoeven phoned Prime Minister Tomas Kettle on Tuesday to discuss the dam.",
        "President Alma Verhoeven recently wrote to Prime Minister Tomas Kettle about the dam.",
        "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle last week.",
        "President Alma Verhoeven wrote to Prime Minister Tomas Kettle in February.",
    ],
)
@pytest.mark.parametrize("dateline", ["Freeport, 14 March 2024 -", "Freeport, 1 July 2024 -"])
def test_every_date_is_labelled_by_its_own_width(sentence: str, dateline: str) -> None:
    for c in comms(run(sentence, dateline=dateline)):
        assert c.date.precision == precision_of(c.date.earliest, c.date.latest), c.date


@pytest.mark.parametrize(
    "sentence",
    [
        "President Alma Verhoeven has sent a letter to Prime Minister Tomas Kettle about the dam.",
        "President Alma Verhoeven wrote to Prime Minister Tomas Kettle on Saturday.",
        "President Alma Verhoeven phoned Prime Minister Tomas Kettle yesterday.",
    ],
)
def test_report_without_a_date_never_falls_back_to_today(sentence: str) -> None:
    (c,) = comms(run(sentence, dateline=None))
    assert bounds(c.date) == (None, None, "unknown")


# ---------------------------------------------------------------- explicit and historical dates


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("In 1968, on 5 March, President Alma Verhoeven wrote to Prime Minister Tomas Kettle.", "1968-03-05"),
        ("President Alma Verhoeven wrote to Prime Minister Tomas Kettle on 5 March, in 1968.", "1968-03-05"),
        ("On June 9 of 1947 King Otto Marsh sent a letter to Chancellor Ivo Brandt.", "1947-06-09"),
    ],
)
@pytest.mark.parametrize("dateline", ["Freeport, 14 March 2024 -", None])
def test_yearless_day_takes_the_year_its_sentence_gives(
    sentence: str, day: str, dateline: str | None
) -> None:
    (c,) = comms(run(sentence, dateline=dateline))
    assert bounds(c.date) == (D(day), D(day), "day")


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest"),
    [
        (
            "In 1962, President Alma Verhoeven wrote to Prime Minister Tomas Kettle.",
            "1962-01-01",
            "1962-12-31",
        ),
        ("In May 1939 King Otto Marsh sent a letter to Chancellor Ivo Brandt.", "1939-05-01", "1939-05-31"),
        (
            "Chancellor Ivo Brandt sent King Otto Marsh a letter dated 14 March 1968.",
            "1968-03-14",
            "1968-03-14",
        ),
        ("Chancellor Ivo Brandt sent King Otto Marsh a letter dated 14.3.68.", "1968-03-14", "1968-03-14"),
        ("On 2/11/71 King Otto Marsh wrote to Chancellor Ivo Brandt.", "1971-11-02", "1971-11-02"),
    ],
)
def test_historical_letter_keeps_its_own_date(sentence: str, earliest: str, latest: str) -> None:
    (c,) = comms(run(sentence))
    assert (c.date.earliest, c.date.latest) == (D(earliest), D(latest))


@pytest.mark.parametrize(
    "sentence",
    [
        "King Otto Marsh sent a letter to Chancellor Ivo Brandt asking him to admit abuses committed in 1915.",
        "King Otto Marsh wrote to Chancellor Ivo Brandt about a treaty which was signed in 1921.",
        "King Otto Marsh sent a letter to Chancellor Ivo Brandt about the massacres that happened in 1937.",
    ],
)
def test_date_inside_a_relative_clause_on_another_noun_does_not_date_the_letter(sentence: str) -> None:
    (c,) = comms(run(sentence))
    assert c.date.earliest is None or c.date.earliest.year == REPORT_DAY.year, c.date


@pytest.mark.parametrize(
    "sentence",
    [
        "King Otto Marsh has sent a letter to Chancellor Ivo Brandt urging redress for abuses committed in 1915.",
        "King Otto Marsh has written to Chancellor Ivo Brandt about a treaty that was signed in 1921.",
        "King Otto Marsh has sent a message to Chancellor Ivo Brandt on the massacres that happened in 1937.",
    ],
)
def test_news_of_a_letter_about_the_past_still_falls_before_the_report(sentence: str) -> None:
    (c,) = comms(run(sentence))
    assert (c.date.earliest, c.date.latest) == (REPORT_DAY - dt.timedelta(days=7), REPORT_DAY)


# ---------------------------------------------------------------- in_year, the placement of a yearless word


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("He wrote on 5 March.", "1968-03-05", "1968-03-05"),
        ("He wrote in early May.", "1968-05-01", "1968-05-31"),
        ("He wrote on the 29th of February.", "1968-02-29", "1968-02-29"),
    ],
)
@pytest.mark.parametrize("report_date", [REPORT_DAY, None])
def test_in_year_places_a_yearless_word_in_the_given_year(
    text: str, earliest: str, latest: str, report_date: dt.date | None
) -> None:
    (m,) = find_dates(text, report_date)
    assert m.yearless
    assert (in_year(m, 1968).earliest, in_year(m, 1968).latest) == (D(earliest), D(latest))


@pytest.mark.parametrize(
    "text", ["He wrote on 5 March 2019.", "He wrote in May 2019.", "He wrote yesterday."]
)
def test_in_year_leaves_words_with_their_own_anchor(text: str) -> None:
    (m,) = find_dates(text, REPORT_DAY)
    assert not m.yearless
    assert in_year(m, 1968) == m.interval


# ---------------------------------------------------------------- letters and their replies


@pytest.mark.parametrize(
    ("paragraph", "dateline", "first", "latest"),
    [
        (
            "King Otto Marsh sent a letter to Chancellor Ivo Brandt on Tuesday. Brandt has replied to the letter.",
            "Freeport, 14 March 2024 -",
            "2024-03-12",
            "2024-03-14",
        ),
        (
            "President Alma Verhoeven wrote to Prime Minister Tomas Kettle on 10 March. "
            "Kettle has since responded to Verhoeven's letter.",
            "Freeport, 12 March 2024 -",
            "2024-03-10",
            "2024-03-12",
        ),
        (
            "King Otto Marsh sent a letter to Chancellor Ivo Brandt on 2 July. Brandt has replied to the letter.",
            "Freeport, 5 July 2024 -",
            "2024-07-02",
            "2024-07-05",
        ),
    ],
)
def test_a_reply_is_not_earlier_than_the_letter_it_answers(
    paragraph: str, dateline: str, first: str, latest: str
) -> None:
    letter, reply = sorted(comms(run(paragraph, dateline=dateline)), key=lambda c: c.mentions[0].start)
    assert reply.in_reply_to == 0
    assert bounds(letter.date) == (D(first), D(first), "day")
    assert (reply.date.earliest, reply.date.latest) == (D(first), D(latest))
    assert reply.date.precision == precision_of(reply.date.earliest, reply.date.latest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "In October 1962, King Otto Marsh sent a letter to Chancellor Ivo Brandt. Brandt replied to the letter.",
        "In 1939 Chancellor Ivo Brandt sent a letter to King Otto Marsh. Marsh replied to the letter.",
        "In May 1941 President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle. "
        "Kettle replied to the letter.",
    ],
)
def test_an_undated_reply_in_an_old_exchange_never_takes_the_report_date(paragraph: str) -> None:
    letter, reply = sorted(comms(run(paragraph)), key=lambda c: c.mentions[0].start)
    assert letter.date.latest is not None and letter.date.latest.year < 2000
    assert bounds(reply.date) == (None, None, "unknown")


def test_a_letter_heading_dated_at_its_end_gives_the_letters_date() -> None:
    rep = run(
        "In prison, Chancellor Ivo Brandt wrote many letters to his family. Two extracts follow.",
        "To Otto Marsh, his nephew and a village chief – 14.10.68",
        "My dear nephew, I have received your news with great joy.",
        dateline=None,
    )
    dated = [(c.date.earliest, c.date.precision) for c in comms(rep) if c.recipients]
    assert (dt.date(1968, 10, 14), "day") in dated


# ---------------------------------------------------------------- precision: a calendar unit only when whole


@pytest.mark.parametrize(
    ("sentence", "precision"),
    [
        ("President Alma Verhoeven wrote to Prime Minister Tomas Kettle last week.", "range"),
        ("President Alma Verhoeven recently wrote to Prime Minister Tomas Kettle.", "range"),
        ("President Alma Verhoeven wrote to Prime Minister Tomas Kettle earlier this month.", "range"),
        ("President Alma Verhoeven wrote to Prime Minister Tomas Kettle last month.", "month"),
        ("President Alma Verhoeven wrote to Prime Minister Tomas Kettle in 1971.", "year"),
    ],
)
def test_month_or_year_only_for_a_whole_calendar_month_or_year(sentence: str, precision: str) -> None:
    (c,) = comms(run(sentence))
    assert c.date.precision == precision, c.date


# ---------------------------------------------------------------- a year before the nineteen hundreds


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("In 1862, Queen Ada Lorne of Valdia wrote to Emperor Karl Rusk of Ostmark asking for grain.", 1862),
        ("In 1788 a letter from King Otto Marsh reached Chancellor Ivo Brandt.", 1788),
        ("During 1815, the Valdian queen, Ada Lorne, sent a letter to Emperor Karl Rusk.", 1815),
    ],
)
def test_a_fronted_year_of_any_century_dates_the_act(sentence: str, year: int) -> None:
    (c,) = comms(run(sentence))
    assert bounds(c.date) == (dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


# ---------------------------------------------------------------- the year an account of the past is told in


@pytest.mark.parametrize(
    ("paragraphs", "day"),
    [
        (
            [
                "The crisis of 1921 split the cabinet.",
                "On 3 May, King Otto Marsh wrote to Chancellor Ivo Brandt.",
            ],
            "1921-05-03",
        ),
        (
            [
                "The 1936 floods ruined the harvest. On 9 June, Chancellor Ivo Brandt sent a letter to King Otto Marsh."
            ],
            "1936-06-09",
        ),
        (
            [
                "In 1958 the two states signed a treaty on the river.",
                "Prime Minister Tomas Kettle telephoned President Alma Verhoeven on 20 August about it.",
            ],
            "1958-08-20",
        ),
    ],
)
@pytest.mark.parametrize("dateline", ["Freeport, 14 March 2024 -", None])
def test_a_yearless_day_takes_the_year_of_the_account_before_it(
    paragraphs: list[str], day: str, dateline: str | None
) -> None:
    (c,) = comms(run(*paragraphs, dateline=dateline))
    assert bounds(c.date) == (D(day), D(day), "day")
    assert c.date.basis.startswith("in the year given nearby")  # inferred: the export says so


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Relations have been frozen since 1998.",
            "On 3 May, King Otto Marsh wrote to Chancellor Ivo Brandt.",
        ],
        ["The border was closed in 2023.", "On 3 May, King Otto Marsh wrote to Chancellor Ivo Brandt."],
        [
            "The two states went to war in 1971. On Tuesday the king spoke at the memorial.",
            "On 3 May, King Otto Marsh wrote to Chancellor Ivo Brandt.",
        ],
    ],
)
def test_a_year_that_does_not_govern_leaves_the_day_in_the_news(paragraphs: list[str]) -> None:
    """A state lasting to now, a year the report's date gives anyway, news told in between."""
    (c,) = comms(run(*paragraphs))
    assert bounds(c.date) == (D("2023-05-03"), D("2023-05-03"), "day")


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The crisis of 1921 split the cabinet.", "King Otto Marsh wrote to Chancellor Ivo Brandt about it."],
        [
            "In 1862 the harvest failed.",
            "Queen Ada Lorne of Valdia sent a letter to Emperor Karl Rusk of Ostmark.",
        ],
        ["The 1905 elections were bitter. Chancellor Ivo Brandt telephoned King Otto Marsh to complain."],
    ],
)
def test_an_undated_act_in_an_account_of_the_past_gets_no_recent_date(paragraphs: list[str]) -> None:
    (c,) = comms(run(*paragraphs))
    assert bounds(c.date) == (None, None, "unknown")
    assert "account of" in c.date.basis


def test_news_told_in_the_present_perfect_after_an_old_year_keeps_its_window() -> None:
    (c,) = comms(
        run("The treaty of 1921 still stands.", "King Otto Marsh has written to Chancellor Ivo Brandt.")
    )
    assert bounds(c.date) == (REPORT_DAY - dt.timedelta(days=7), REPORT_DAY, "range")


# ---------------------------------------------------------------- dates counted from another date


@pytest.mark.parametrize(
    ("paragraphs", "earliest", "latest"),
    [
        (
            [
                "On 3 May 1921 the cabinet fell. The following day, King Otto Marsh wrote to Chancellor Ivo Brandt."
            ],
            "1921-05-04",
            "1921-05-04",
        ),
        (
            [
                "The treaty was signed on 12 June 1938.",
                "Two days later Chancellor Ivo Brandt sent a letter to King Otto Marsh.",
            ],
            "1938-06-14",
            "1938-06-14",
        ),
        (
            [
                "King Otto Marsh opened the bridge on Tuesday. A day earlier, he had phoned Chancellor Ivo Brandt."
            ],
            "2024-03-11",
            "2024-03-11",
        ),
        (
            ["On 1 April 1950 the river flooded. A week later Queen Ada Lorne wrote to Emperor Karl Rusk."],
            "1950-04-08",
            "1950-04-08",
        ),
        (
            ["The summit ended on 9 July 1955. Days later, Queen Ada Lorne wrote to Emperor Karl Rusk."],
            "1955-07-10",
            "1955-07-16",
        ),
    ],
)
def test_a_date_counted_from_the_day_named_before(paragraphs: list[str], earliest: str, latest: str) -> None:
    (c,) = comms(run(*paragraphs))
    assert (c.date.earliest, c.date.latest) == (D(earliest), D(latest))
    assert c.date.precision == precision_of(c.date.earliest, c.date.latest)


@pytest.mark.parametrize(
    "sentence",
    [
        "The following day, King Otto Marsh wrote to Chancellor Ivo Brandt.",
        "Two days later Chancellor Ivo Brandt sent a letter to King Otto Marsh.",
        "The next morning President Alma Verhoeven telephoned Prime Minister Tomas Kettle.",
    ],
)
def test_a_date_counted_forward_from_nothing_is_never_after_the_report(sentence: str) -> None:
    (c,) = comms(run(sentence))
    assert c.date.latest is None or c.date.latest <= REPORT_DAY
    assert "counted from" not in c.date.basis


# ---------------------------------------------------------------- "since": from then up to the report


@pytest.mark.parametrize(
    ("paragraphs", "earliest"),
    [
        (
            ["It was the first phone call between King Otto Marsh and Chancellor Ivo Brandt since May."],
            "2023-05-01",
        ),
        (["King Otto Marsh has written to Chancellor Ivo Brandt every month since 2016."], "2016-01-01"),
        (
            ["Ever since 3 January, President Alma Verhoeven has phoned Prime Minister Tomas Kettle daily."],
            "2024-01-03",
        ),
    ],
)
def test_since_a_date_runs_up_to_the_report_date(paragraphs: list[str], earliest: str) -> None:
    (c,) = comms(run(*paragraphs))
    assert bounds(c.date) == (D(earliest), REPORT_DAY, "range")


# ---------------------------------------------------------------- acts still to come, and dates of other events


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("President Alma Verhoeven is to call Prime Minister Tomas Kettle on Friday.", "2024-03-15"),
        ("President Alma Verhoeven is going to phone Prime Minister Tomas Kettle on Saturday.", "2024-03-16"),
        (
            "A phone call between King Otto Marsh and Chancellor Ivo Brandt is planned for 2 March.",
            "2025-03-02",
        ),
    ],
)
def test_an_act_still_to_come_is_never_dated_to_a_past_day(sentence: str, day: str) -> None:
    for c in comms(run(sentence)):  # whether such acts are kept is the extractor's call; if kept, not past
        assert bounds(c.date) == (D(day), D(day), "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "King Otto Marsh wrote to Chancellor Ivo Brandt, praising the courage of the rescuers in the floods of May.",
        "King Otto Marsh sent a letter to Chancellor Ivo Brandt, urging him to attend the summit on Monday.",
        "Chancellor Ivo Brandt phoned King Otto Marsh, asking him to join the parade in January.",
    ],
)
def test_a_date_of_another_event_in_a_clause_below_the_act_does_not_date_it(sentence: str) -> None:
    (c,) = comms(run(sentence))
    assert c.date.basis.startswith("recent past"), c.date


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter from King Otto Marsh to Chancellor Ivo Brandt, sold at auction on Monday, shows he warned him.",
        "A letter from King Otto Marsh to Chancellor Ivo Brandt was discovered in the archives on Monday.",
        "Builders found a letter from Queen Ada Lorne to Emperor Karl Rusk in a wall on Monday.",
    ],
)
def test_a_letter_coming_to_light_is_not_dated_by_its_discovery(sentence: str) -> None:
    (c,) = comms(run(sentence))
    assert bounds(c.date) == (None, None, "unknown"), c.date


@pytest.mark.parametrize(
    ("paragraph", "letter_day", "reply_day"),
    [
        (
            "On 13 March, President Alma Verhoeven wrote to Prime Minister Tomas Kettle. "
            "Kettle replied to the letter on 12 March.",
            "2024-03-13",
            "2024-03-12",
        ),
        (
            "In a letter dated 3 June 1950, Queen Ada Lorne wrote to Emperor Karl Rusk. "
            "Rusk's reply, dated 2 May 1950, refused the grain.",
            "1950-06-03",
            "1950-05-02",
        ),
        (
            "On 9 October 1911 King Otto Marsh wrote to Chancellor Ivo Brandt. "
            "Brandt replied to Marsh's letter on 8 October 1911.",
            "1911-10-09",
            "1911-10-08",
        ),
    ],
)
def test_a_letter_keeps_its_stated_day_when_its_reply_is_dated_before_it(
    paragraph: str, letter_day: str, reply_day: str
) -> None:
    letter, reply = sorted(comms(run(paragraph)), key=lambda c: c.mentions[0].start)
    assert bounds(letter.date) == (D(letter_day), D(letter_day), "day")
    assert bounds(reply.date) == (D(reply_day), D(reply_day), "day")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "In response to Prime Minister Tomas Kettle's letter of 2 March, President Alma Verhoeven wrote "
            "that the border would stay closed.",
            "2024-03-02",
        ),
        (
            "Answering Chancellor Ivo Brandt's letter of 4 March, King Otto Marsh wrote that the dam would open.",
            "2024-03-04",
        ),
        (
            "In her reply to Prime Minister Tomas Kettle's message of 5 March, President Alma Verhoeven "
            "rejected the plan.",
            "2024-03-05",
        ),
    ],
)
def test_the_date_of_the_letter_answered_does_not_date_the_reply(sentence: str, day: str) -> None:
    original, reply = sorted(comms(run(sentence)), key=lambda c: c.in_reply_to is not None)
    assert reply.in_reply_to is not None
    assert bounds(original.date) == (D(day), D(day), "day")
    assert reply.date.earliest != D(day) or reply.date.latest != D(day), reply.date
