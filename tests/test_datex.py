"""Tests for lettertrace.extract.datex: every resolution rule, with invented sentences, plus a corpus sweep."""

from __future__ import annotations

import re
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from lettertrace.extract.datex import DateMention, find_dates, intersect, recent_past, resolve
from lettertrace.models import DateInterval, Span, precision_of

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
REPORT = date(2021, 3, 24)  # a Wednesday
D = date.fromisoformat


def only(text: str, report_date: date | None = REPORT) -> DateMention:
    """The single date mention in ``text``."""
    mentions = find_dates(text, report_date)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


def check(interval: DateInterval, earliest: date | None, latest: date | None, precision: str) -> None:
    assert (interval.earliest, interval.latest, interval.precision) == (earliest, latest, precision)


# ---------------------------------------------------------------- explicit full dates


@pytest.mark.parametrize(
    ("sentence", "written", "day"),
    [
        ("The envoy wrote to the council on April 4, 2018 about the border.", "April 4, 2018", "2018-04-04"),
        ("In a note dated 4 April 2018, the minister asked for talks.", "4 April 2018", "2018-04-04"),
        ("The reply, sent April 4th, 2018, was brief.", "April 4th, 2018", "2018-04-04"),
        ("It was signed on the 4th of April 2018 in the capital.", "4th of April 2018", "2018-04-04"),
        ("The memo of 18 May. 2022 went to every mayor.", "18 May. 2022", "2022-05-18"),
        ("On Aug. 16, 2023, the governor phoned the mayor.", "Aug. 16, 2023", "2023-08-16"),
        ("A cable stamped 2018-04-04 reached the embassy.", "2018-04-04", "2018-04-04"),
        ("The letter, dated 08/04/2015, was made public.", "08/04/2015", "2015-04-08"),
        ("The circular of 30th Sep, 2020 was withdrawn.", "30th Sep, 2020", "2020-09-30"),
        ("A fax sent March 3 2019 was lost.", "March 3 2019", "2019-03-03"),
    ],
)
@pytest.mark.parametrize("report_date", [REPORT, None])
def test_explicit_full_dates_are_one_day(
    sentence: str, written: str, day: str, report_date: date | None
) -> None:
    mention = only(sentence, report_date)
    assert mention.text == written
    assert not mention.relative
    check(mention.interval, D(day), D(day), "day")


def test_numeric_date_is_day_month_year_unless_impossible() -> None:
    assert only("Filed on 05/06/2019 by the clerk.").interval.earliest == D("2019-06-05")
    american = only("Filed on 12/25/2015 by the clerk.").interval
    check(american, D("2015-12-25"), D("2015-12-25"), "day")
    assert "M/D/Y" in american.basis
    assert find_dates("Case 13/13/2015 was closed.", REPORT) == []


@pytest.mark.parametrize("sentence", ["He wrote on February 30, 2019.", "He wrote on 31 April 2018."])
def test_impossible_calendar_dates_are_dropped(sentence: str) -> None:
    assert find_dates(sentence, REPORT) == []


# ---------------------------------------------------------------- day and month without a year


@pytest.mark.parametrize(
    ("sentence", "written", "day"),
    [
        ("The senator replied on March 23.", "March 23", "2021-03-23"),
        ("On 20 July the ministry sent a note.", "20 July", "2020-07-20"),
        ("His October 9 message went unanswered.", "October 9", "2020-10-09"),
        ("The statement (Aug. 16) was short.", "Aug. 16", "2020-08-16"),
        ("The text arrived on March 24.", "March 24", "2021-03-24"),  # the report date itself
        ("The text arrived on March 25.", "March 25", "2020-03-25"),  # never after the report date
    ],
)
def test_day_month_takes_latest_date_not_after_report(sentence: str, written: str, day: str) -> None:
    mention = only(sentence)
    assert mention.text == written
    assert mention.relative
    check(mention.interval, D(day), D(day), "day")


def test_day_month_on_29_february_goes_back_to_a_leap_year() -> None:
    check(only("He wrote on February 29.", D("2021-03-01")).interval, D("2020-02-29"), D("2020-02-29"), "day")


def test_day_month_without_report_date_is_unknown() -> None:
    mention = only("The senator replied on March 23.", None)
    assert mention.relative
    check(mention.interval, None, None, "unknown")


@pytest.mark.parametrize(
    ("sentence", "written", "day", "relative"),
    [
        (
            "The king wrote to the envoy on Christmas Eve, 1940, asking for peace.",
            "Christmas Eve, 1940",
            "1940-12-24",
            False,
        ),
        ("A cable sent on Boxing Day 2004 reached the island.", "Boxing Day 2004", "2004-12-26", False),
        ("On New Year’s Day the president phoned the queen.", "New Year’s Day", "2021-01-01", True),
        ("The pope wrote to the bishop on Christmas Day.", "Christmas Day", "2020-12-25", True),
    ],
)
def test_a_feast_on_a_fixed_day_is_that_day(sentence: str, written: str, day: str, relative: bool) -> None:
    mention = only(sentence)
    assert (mention.text, mention.relative) == (written, relative)
    check(mention.interval, D(day), D(day), "day")


def test_a_christmas_message_is_no_date() -> None:
    assert find_dates("In his Christmas message, the king thanked the nurses.", REPORT) == []


# ---------------------------------------------------------------- months and years


@pytest.mark.parametrize(
    ("sentence", "written", "earliest", "latest", "precision"),
    [
        ("The pact was signed in March 2021.", "March 2021", "2021-03-01", "2021-03-31", "month"),
        ("The pact was signed in March of 2021.", "March of 2021", "2021-03-01", "2021-03-31", "month"),
        ("The two leaders first corresponded in 2017.", "2017", "2017-01-01", "2017-12-31", "year"),
        ("Talks stalled in early 2016 after the vote.", "early 2016", "2016-01-01", "2016-12-31", "year"),
        ("They have exchanged notes since 2016.", "2016", "2016-01-01", "2016-12-31", "year"),
        ("The plan dates from the summer of 2019.", "summer of 2019", "2019-01-01", "2019-12-31", "year"),
    ],
)
@pytest.mark.parametrize("report_date", [REPORT, None])
def test_month_year_and_year(
    sentence: str, written: str, earliest: str, latest: str, precision: str, report_date: date | None
) -> None:
    mention = only(sentence, report_date)
    assert (mention.text, mention.relative) == (written, False)
    check(mention.interval, D(earliest), D(latest), precision)


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest", "precision"),
    [  # the report's own month is clipped to the report date: a range, not the whole month
        ("The council wrote to her in March.", "2021-03-01", "2021-03-24", "range"),
        ("The council wrote to her in April.", "2020-04-01", "2020-04-30", "month"),
        ("The council wrote to her in January.", "2021-01-01", "2021-01-31", "month"),
        ("The council wrote to her last March.", "2020-03-01", "2020-03-31", "month"),
        ("The council wrote to her in early February.", "2021-02-01", "2021-02-28", "month"),
    ],
)
def test_month_without_year_is_latest_such_month(
    sentence: str, earliest: str, latest: str, precision: str
) -> None:
    mention = only(sentence)
    assert mention.relative
    check(mention.interval, D(earliest), D(latest), precision)


def test_month_without_year_needs_a_date_word_and_a_report_date() -> None:
    assert find_dates("Theresa May said it may rain.", REPORT) == []
    assert find_dates("The Long March museum reopened.", REPORT) == []
    check(only("The council wrote to her in March.", None).interval, None, None, "unknown")


@pytest.mark.parametrize(
    "sentence",
    [
        "The mandate (2019-2022) ended quietly.",
        "He chaired it from 2019 to 2022.",
        "He chaired it between 2019 and 2022.",
        "He chaired it in 2019-2022.",
        "The trend began in the 2000s.",
    ],
)
def test_year_ranges_and_decades_are_skipped(sentence: str) -> None:
    assert find_dates(sentence, REPORT) == []


# ---------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("sentence", "written", "day"),
    [
        ("The president wrote to the speaker on Tuesday.", "Tuesday", "2021-03-23"),
        ("The aide confirmed Tuesday that the call took place.", "Tuesday", "2021-03-23"),
        ("Saturday's letter urged calm.", "Saturday's", "2021-03-20"),
        ("In his Saturday letter, the mayor asked for funds.", "Saturday", "2021-03-20"),
        ("She phoned him on Wednesday morning.", "Wednesday morning", "2021-03-24"),  # the report's own day
        ("She phoned him Wednesday afternoon.", "Wednesday afternoon", "2021-03-24"),
        ("The message came Friday evening.", "Friday evening", "2021-03-19"),
        ("Earlier on Monday, the envoy called the palace.", "Monday", "2021-03-22"),
        ("He wrote last Wednesday.", "last Wednesday", "2021-03-17"),
        ("They will talk next Tuesday.", "next Tuesday", "2021-03-30"),
    ],
)
def test_weekday_is_most_recent_on_or_before_report(sentence: str, written: str, day: str) -> None:
    mention = only(sentence)
    assert (mention.text, mention.relative) == (written, True)
    check(mention.interval, D(day), D(day), "day")


def test_weekday_without_report_date_is_unknown() -> None:
    mention = only("The president wrote to the speaker on Tuesday.", None)
    assert mention.relative
    check(mention.interval, None, None, "unknown")


@pytest.mark.parametrize("sentence", ["The Sunday Times printed it.", "They met on Good Friday."])
def test_weekday_inside_a_name_is_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, REPORT) == []


@pytest.mark.parametrize(
    ("sentence", "written", "day", "note"),
    [
        (
            "On Friday evening, October 26, 1962, the premier sent a message.",
            "Friday evening, October 26, 1962",
            "1962-10-26",
            "weekday agrees",
        ),
        (
            "The note went out Wednesday morning (18 May 2022) by courier.",
            "Wednesday morning (18 May 2022)",
            "2022-05-18",
            "weekday agrees",
        ),
        ("He wrote on Tuesday, 4 April 2018.", "Tuesday, 4 April 2018", "2018-04-04", "weekday mismatch"),
        ("He wrote on 4 April 2018 (Wednesday).", "4 April 2018 (Wednesday)", "2018-04-04", "weekday agrees"),
    ],
)
@pytest.mark.parametrize("report_date", [REPORT, None])
def test_weekday_with_explicit_date_yields_explicit_date(
    sentence: str, written: str, day: str, note: str, report_date: date | None
) -> None:
    mention = only(sentence, report_date)
    assert (mention.text, mention.relative) == (written, False)
    check(mention.interval, D(day), D(day), "day")
    assert note in mention.interval.basis


# ---------------------------------------------------------------- relative words

EXACT_DAYS = [
    ("today", 0),
    ("this morning", 0),
    ("this afternoon", 0),
    ("this evening", 0),
    ("tonight", 0),
    ("earlier today", 0),
    ("earlier in the day", 0),
    ("later in the day", 0),
    ("a few hours earlier", 0),
    ("hours ago", 0),
    ("a short while ago", 0),
    ("just a short while ago", 0),
    ("yesterday", 1),
    ("last night", 1),
    ("the day before yesterday", 2),
    ("two days ago", 2),
    ("3 days ago", 3),
    ("ten days ago", 10),
    ("a day earlier", 1),
]
RANGES = [  # "month" and "year" only for a whole calendar month or year: anything else is a range
    ("a few days ago", "2021-03-17", "2021-03-23", "range"),
    ("several days ago", "2021-03-17", "2021-03-23", "range"),
    ("days ago", "2021-03-17", "2021-03-23", "range"),
    ("recently", "2021-03-10", "2021-03-24", "range"),
    ("a while ago", "2021-03-10", "2021-03-24", "range"),
    ("last week", "2021-03-15", "2021-03-21", "range"),
    ("this week", "2021-03-22", "2021-03-24", "range"),
    ("last month", "2021-02-01", "2021-02-28", "month"),
    ("this month", "2021-03-01", "2021-03-24", "range"),
    ("last year", "2020-01-01", "2020-12-31", "year"),
    ("earlier this year", "2021-01-01", "2021-03-24", "range"),
    ("two weeks ago", "2021-03-08", "2021-03-14", "range"),
    ("three months ago", "2020-12-01", "2020-12-31", "month"),
    ("over the weekend", "2021-03-20", "2021-03-21", "range"),
]


@pytest.mark.parametrize(("phrase", "back"), EXACT_DAYS)
def test_relative_words_for_one_day(phrase: str, back: int) -> None:
    mention = only(f"The ministry said the call was made {phrase}, as planned.")
    assert (mention.text, mention.relative) == (phrase, True)
    day = REPORT - timedelta(days=back)
    check(mention.interval, day, day, "day")


@pytest.mark.parametrize(("phrase", "earliest", "latest", "precision"), RANGES)
def test_relative_words_for_a_range(phrase: str, earliest: str, latest: str, precision: str) -> None:
    mention = only(f"The ministry said the call was made {phrase}, as planned.")
    assert (mention.text, mention.relative) == (phrase, True)
    check(mention.interval, D(earliest), D(latest), precision)


def test_recent_letter() -> None:
    mention = only("In a recent letter to the board, she asked for a vote.")
    assert mention.text == "recent"
    check(mention.interval, D("2021-03-10"), D("2021-03-24"), "range")


@pytest.mark.parametrize(
    ("report_date", "phrase", "precision"),
    [
        (D("2021-04-03"), "a few days ago", "range"),  # crosses a month
        (D("2021-01-03"), "a few days ago", "range"),  # crosses a year
        (D("2021-04-03"), "last month", "month"),  # the whole of March
        (D("2021-01-03"), "last year", "year"),  # the whole of 2020
    ],
)
def test_precision_is_a_calendar_unit_only_when_the_bounds_are_one_whole(
    report_date: date, phrase: str, precision: str
) -> None:
    interval = only(f"He wrote {phrase}.", report_date).interval
    assert interval.precision == precision
    assert interval.precision == precision_of(interval.earliest, interval.latest)


@pytest.mark.parametrize("phrase", [p for p, _ in EXACT_DAYS] + [r[0] for r in RANGES])
def test_relative_words_without_report_date_are_unknown(phrase: str) -> None:
    mention = only(f"The ministry said the call was made {phrase}, as planned.", None)
    assert mention.relative
    check(mention.interval, None, None, "unknown")


@pytest.mark.parametrize(
    "sentence",
    [
        "The army will withdraw in about ten days.",
        "A reply is due within ten days.",
        "He served as governor for 15 years.",
        "Veterans of the 12-day war marched.",
        "It is the 13th tenure of the assembly.",
        "They marked his 75th birth anniversary.",
        "Pilgrims fill the mosque in the 10 last days of Ramadan.",
        "The calendar reads Juche 106.",
        "The vote closed at 18:31 and the hall emptied at 09:00 PM.",
        "See document S/2017/628 before the COP26 and G20 meetings.",
        "Fossils from 66 million years ago were shown.",
    ],
)
def test_spans_durations_ordinals_times_and_symbols_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, REPORT) == []


# ---------------------------------------------------------------- spans, offsets, several dates


def test_offsets_and_spans() -> None:
    text = "On Monday he wrote; on 2 April 2019 she replied."
    mentions = find_dates(text, REPORT, offset=100)
    assert [m.text for m in mentions] == ["Monday", "2 April 2019"]
    for m in mentions:
        assert text[m.span.start - 100 : m.span.end - 100] == m.text
        assert m.interval.span == m.span
    assert mentions[1].span == Span(123, 135)


def test_longest_expression_wins() -> None:
    assert only("It happened the day before yesterday.").text == "the day before yesterday"
    assert only("It happened on April 4, 2018.").text == "April 4, 2018"


# ---------------------------------------------------------------- resolve, intersect, recent_past


def test_resolve_one_expression() -> None:
    check(resolve("April 4, 2018", None), D("2018-04-04"), D("2018-04-04"), "day")
    check(resolve("yesterday", REPORT), D("2021-03-23"), D("2021-03-23"), "day")
    check(resolve("yesterday", None), None, None, "unknown")
    check(resolve("the morning after", REPORT), None, None, "unknown")


def test_intersect_narrows_a_vague_date_to_a_known_day() -> None:
    report = D("2018-04-10")
    recent = resolve("recently", report)
    answered = resolve("April 4, 2018", report)
    assert intersect(recent, answered) == answered
    before_reply = DateInterval(None, D("2018-04-04"), "unknown", None, "before the reply")
    check(intersect(recent, before_reply) or DateInterval(), D("2018-03-27"), D("2018-04-04"), "range")


def test_intersect_detects_conflicts_and_handles_open_bounds() -> None:
    assert intersect(resolve("March 2021", None), resolve("April 2021", None)) is None
    after = DateInterval(D("2020-01-01"), None, "unknown", None, "after")
    before = DateInterval(None, D("2020-06-30"), "unknown", None, "before")
    check(intersect(after, before) or DateInterval(), D("2020-01-01"), D("2020-06-30"), "range")
    unknown = DateInterval()
    assert intersect(unknown, after) == after
    assert intersect(unknown, unknown) == unknown


@pytest.mark.parametrize(
    ("report_date", "earliest"),
    [
        (D("2021-03-24"), D("2021-03-17")),  # the week lies inside the report's month: still no "month"
        (D("2020-10-02"), D("2020-09-25")),  # early in a month: the window reaches back a month
        (D("2021-01-03"), D("2020-12-27")),  # early in January: it crosses a year
        (D("2024-07-01"), D("2024-06-24")),
    ],
)
def test_recent_past_is_a_window_labelled_a_range(report_date: date, earliest: date) -> None:
    interval = recent_past(report_date)
    check(interval, earliest, report_date, "range")
    assert interval.basis.startswith("recent past")


def test_recent_past_without_report_date_is_unknown() -> None:
    check(recent_past(None), None, None, "unknown")


# ---------------------------------------------------------------- the real corpus, read in place


def corpus_sentences() -> list[str]:
    """Every sentence-ish piece of every corpus line (read in place; nothing is copied)."""
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    files = sorted(f for part in ("dev", "train", "background") for f in (CORPUS / part).glob("*.txt"))
    if not files:
        pytest.skip(f"no corpus files under {CORPUS}")
    pieces = (re.split(r"(?<=[.!?])\s+", line) for f in files for line in f.read_text("utf-8").splitlines())
    return [s for group in pieces for s in group if s.strip()]


def test_corpus_without_report_date_never_resolves_relative_words() -> None:
    sentences = corpus_sentences()
    start = time.perf_counter()
    for sentence in sentences:
        mentions = find_dates(sentence, None)
        for m in mentions:
            assert sentence[m.span.start : m.span.end] == m.text
            assert not (m.relative and m.interval.known), (m.text, m.interval)
            if m.interval.earliest is not None and m.interval.latest is not None:
                assert m.interval.earliest <= m.interval.latest, (m.text, m.interval)
        assert all(a.span.end <= b.span.start for a, b in zip(mentions, mentions[1:], strict=False))
    assert (time.perf_counter() - start) / len(sentences) < 0.002  # generous; typically well under 0.2 ms


def test_corpus_with_report_date_gives_ordered_bounds() -> None:
    for sentence in corpus_sentences():
        for m in find_dates(sentence, REPORT):
            interval = m.interval
            if interval.earliest is not None and interval.latest is not None:
                assert interval.earliest <= interval.latest, (m.text, interval)
            if m.relative and interval.latest is not None and "after report" not in interval.basis:
                assert interval.latest <= REPORT, (m.text, interval)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("- 14.10.68", "1968-10-14"),  # the century that keeps the day before the report (2021)
        ("on 4/2/19", "2019-02-04"),
        ("dated 1.12.99", "1999-12-01"),
    ],
)
def test_day_month_two_digit_year(text: str, day: str) -> None:
    check(only(text).interval, D(day), D(day), "day")


@pytest.mark.parametrize("text", ["version 1.2.3", "rule 3.1.24.5", "2.5.2021.4"])
def test_numbered_sections_are_no_dates(text: str) -> None:
    assert [m.text for m in find_dates(text, REPORT) if m.interval.precision == "day"] == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The queen wrote to him in 1862.", 1862),
        ("By 1788 the two courts were writing to each other.", 1788),
        ("The treaty signed during 1815 still held.", 1815),
    ],
)
def test_a_year_of_an_earlier_century_after_a_preposition(sentence: str, year: int) -> None:
    check(only(sentence).interval, date(year, 1, 1), date(year, 12, 31), "year")


@pytest.mark.parametrize(
    "sentence",
    ["The troops were to be in place by 1800 hours.", "The call ended at 1730 GMT.", "He left by 1900 hrs."],
)
def test_a_time_of_day_in_hours_is_no_year(sentence: str) -> None:
    assert find_dates(sentence, REPORT) == []
