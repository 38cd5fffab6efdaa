"""Tests for lettertrace.meta: title, publication date, dateline place and outlet.

Corpus tests read the shared sample reports and their gold in place (never copied here); unit
tests use short texts invented for the purpose (made-up places, outlets and people).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from lettertrace.clean import clean
from lettertrace.meta import choose_date, credit_name, extract_metadata, find_dates, parse_dateline
from lettertrace.meta_dates import time_next_to, url_date
from lettertrace.models import Options, RawReport, ReportMeta

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"sample corpus not found at {CORPUS}")
TRAIN_PUBLISHED_FLOOR = 37  # of 38: the one miss (tB03) has its date only in its URL
# of 40: three have their date only in their URL (not in a .txt file); one has only a site-wide update stamp
TRAIN2_PUBLISHED_FLOOR = 36


def meta_of(text: str, **fields: object) -> ReportMeta:
    """Clean an in-memory text and extract its metadata."""
    raw = RawReport(source="mem.txt", sha256="x", raw_text=text, fmt="txt", **fields)  # type: ignore[arg-type]
    return extract_metadata(raw, clean(raw, Options()))


def meta_and_text(text: str) -> tuple[ReportMeta, str]:
    """Metadata and the clean text it points into."""
    raw = RawReport(source="mem.txt", sha256="x", raw_text=text, fmt="txt")
    ct = clean(raw, Options())
    return extract_metadata(raw, ct), ct.text


def file_meta(path: Path) -> ReportMeta:
    """Read a corpus file in place, clean it and extract its metadata."""
    raw = RawReport(source=str(path), sha256="x", raw_text=path.read_text(encoding="utf-8"), fmt="txt")
    return extract_metadata(raw, clean(raw, Options()))


BODY = "The minister wrote to her counterpart on Monday to propose new talks on the river treaty.\n"


# ---------------------------------------------------------------- corpus


@needs_corpus
@pytest.mark.parametrize(
    ("prefix", "published"),
    [
        ("000", None),
        ("001", dt.date(2018, 4, 5)),
        ("002", dt.date(2021, 5, 18)),
        ("003", None),
        ("004", None),
    ],
)
def test_dev_publication_dates(prefix: str, published: dt.date | None) -> None:
    path = next((CORPUS / "dev").glob(f"{prefix}*.txt"))
    assert file_meta(path).published == published


@needs_corpus
def test_dev_date_spans_point_into_the_clean_text() -> None:
    for prefix in ("001", "002"):
        path = next((CORPUS / "dev").glob(f"{prefix}*.txt"))
        raw = RawReport(source=str(path), sha256="x", raw_text=path.read_text(encoding="utf-8"), fmt="txt")
        ct = clean(raw, Options())
        meta = extract_metadata(raw, ct)
        assert meta.published_span is not None and meta.published is not None
        found = find_dates(ct.text[slice(*meta.published_span)])
        assert [d.date for d in found] == [meta.published]


@needs_corpus
@pytest.mark.parametrize(
    ("corpus", "size", "floor"),
    [("train", 38, TRAIN_PUBLISHED_FLOOR), ("train2", 40, TRAIN2_PUBLISHED_FLOOR)],
)
def test_published_dates_match_gold(corpus: str, size: int, floor: int) -> None:
    folder = CORPUS / corpus
    if not (folder / "gold.json").is_file():
        pytest.skip(f"no gold for {corpus}")
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["documents"]
    right, misses = 0, []
    for name, doc in sorted(gold.items()):
        got = file_meta(folder / name).published
        expected = doc.get("published")
        if expected is None or (got.isoformat() if got else None) == expected:
            # a report whose gold leaves its date open is not scored, as score.py does not score it: tA07's
            # dateline "April 3" with "confirmed Monday" and the year 2022 named is Monday 3 April 2023
            right += 1
        else:
            misses.append((name, got, expected))
    assert len(gold) == size
    assert right >= floor, misses


@needs_corpus
def test_train_datelines_and_outlets() -> None:
    found = {p.name: file_meta(p) for p in sorted((CORPUS / "train").glob("*.txt"))}
    places = [m.dateline_place for m in found.values() if m.dateline_place]
    outlets = [m.outlet for m in found.values() if m.outlet]
    assert len(places) >= 12 and all(p.split()[0][0].isupper() for p in places)
    assert len(outlets) >= 12


# ---------------------------------------------------------------- dateline styles (invented)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Aldoria sends letter to Belmark\n\nMay 3, 2020 - 10:15\n\n" + BODY, dt.date(2020, 5, 3)),
        ("Aldoria sends letter\n\nMonday 2 March 2020 - 09:30\n\n" + BODY, dt.date(2020, 3, 2)),
        ("The minister's reply to a letter by the mayor - 7\n/Jun/ 2019\n\n" + BODY, dt.date(2019, 6, 7)),
        (" date 2020-01-31 Ministers meet on the bridge\n\n" + BODY, dt.date(2020, 1, 31)),
        ("Ministers meet\n\nLast Updated: Tue, Jan 7th, 2020, 08:00:00hrs\n\n" + BODY, dt.date(2020, 1, 7)),
        ("Ministers meet\n\nJane Roe Published March 5, 2021 | 10:00 PM\n\n" + BODY, dt.date(2021, 3, 5)),
        ("Thursday, 6 February 2020\n\nMinisters meet on the bridge\n\n" + BODY, dt.date(2020, 2, 6)),
        ("Ministers meet on the bridge\n\n19:17 March 03, 2021\n\n" + BODY, dt.date(2021, 3, 3)),
        (
            "Ministers meet\n\n03/02/2019The minister wrote to the mayor on Monday about the flooding.",
            dt.date(2019, 2, 3),
        ),
        (
            "Ministers meet\n\n03/25/2019The minister wrote to the mayor on Monday about the flooding.",
            dt.date(2019, 3, 25),
        ),
        ("PM call with President Doe of Aldoria: 6 July 2020\n" + BODY, dt.date(2020, 7, 6)),
        ("Aldoria asks to join\n\n  • 18 May. 2021 -\n  • |\n\n" + BODY, dt.date(2021, 5, 18)),
        ("Mission letters sent\nLisbon, 27th September 2022\n" + BODY, dt.date(2022, 9, 27)),
        ("calendar>>June 16. 2018 Example 7\nMessage to the president\n" + BODY, dt.date(2018, 6, 16)),
        ("Ministers meet\n\nNorthport, 12 October 2021 (XYZ): " + BODY, dt.date(2021, 10, 12)),
        ("Ministers meet\n\nOSLO (Example News / Wire - 5th May, 2023) " + BODY, dt.date(2023, 5, 5)),
        ("Ministers meet\n\nKESSEL, Norland, June 3, 2023 (Example Wire) - " + BODY, dt.date(2023, 6, 3)),
        ("Ministers meet\n\nPort Ilane, Calvera, 3 June 2023 - " + BODY, dt.date(2023, 6, 3)),
        ("Ministers meet\n\nASKARA, North Ostmark, June 3, 2023 (AP) \u2014 " + BODY, dt.date(2023, 6, 3)),
    ],
)
def test_dateline_styles(text: str, published: dt.date) -> None:
    assert meta_of(text).published == published


def test_weekday_checked_dateline_beats_a_disagreeing_stamp() -> None:
    text = " date 2020-03-07 Council writes to the mayor\n\nFriday 6 March 2020 - " + BODY
    assert meta_of(text).published == dt.date(2020, 3, 6)


def test_last_update_stamp_loses_to_the_article_dateline() -> None:
    text = (
        "Last Update 9:5\nThursday, 2 May 2019\n\nMinisters meet on the bridge\n\n"
        "Daily Example , Monday 3 Feb 2020\n" + BODY
    )
    meta = meta_of(text)
    assert meta.published == dt.date(2020, 2, 3)
    assert meta.outlet == "Daily Example"


def test_dates_inside_body_sentences_are_not_publication_dates() -> None:
    text = (
        "Treaty anniversary\n\nThe accord was signed on January 3, 2020 in the capital by both ministers.\n\n"
        "It was ratified on March 23, 1999 after long talks between the two governments.\n"
    )
    assert meta_of(text).published is None


def test_dateline_without_year_gives_no_date() -> None:
    meta = meta_of(
        "OSLO, May 2 (NTB) -- The prime minister wrote to the mayor of the city about the flooding.\n"
    )
    assert meta.published is None
    assert meta.dateline_place == "OSLO"
    assert meta.outlet == "NTB"


def test_weather_widget_date_is_not_a_publication_date() -> None:
    assert meta_of("18 C\nNorthport\nMay 6, 2021\nMinisters meet on the bridge\n" + BODY).published is None


def test_tweet_date_after_the_lead_is_ignored() -> None:
    text = "Leaked memos\n\n" + BODY + "\n— Jane Roe (@janeroe) July 6, 2019\n"
    assert meta_of(text).published is None


def test_published_span_names_the_date_in_the_clean_text() -> None:
    meta, text = meta_and_text("Ministers meet\n\nMay 3, 2020 - 10:15\n\n" + BODY)
    assert meta.published_span is not None
    assert text[slice(*meta.published_span)] == "May 3, 2020"


def test_stamp_has_no_clean_span() -> None:
    meta = meta_of(" date 2020-01-31 Ministers meet on the bridge\n\n" + BODY)
    assert meta.published == dt.date(2020, 1, 31) and meta.published_span is None


def test_format_metadata_wins() -> None:
    meta = meta_of(
        "May 3, 2020\n\n" + BODY, published=dt.date(2020, 5, 4), title="Format title", outlet="Example Post"
    )
    assert (meta.published, meta.published_span) == (dt.date(2020, 5, 4), None)
    assert meta.title == "Format title" and meta.title_span is None
    assert meta.outlet == "Example Post"


def test_url_date_is_a_last_resort() -> None:
    meta = meta_of(BODY, url="https://example.org/news/2020/04/05/ministers-meet")
    assert meta.published == dt.date(2020, 4, 5)
    assert meta_of(BODY, url="https://example.org/news/ministers-meet").published is None


def test_no_date_no_invention() -> None:
    assert meta_of(BODY).published is None


# ---------------------------------------------------------------- place, outlet, title (invented)


@pytest.mark.parametrize(
    ("opening", "place", "outlet"),
    [
        ("NORTHPORT - The minister wrote", "NORTHPORT", None),
        ("VALLETTA: The president received a letter", "VALLETTA", None),
        ("KARACHI, JAN 5 /DNA/ – The prime minister called", "KARACHI", "DNA News Agency"),
        ("OSLO, May 2 (Yonhap) -- The president sent", "OSLO", "Yonhap News Agency"),
        ("OSLO (Example News / Wire - 5th May, 2023) The king sent", "OSLO", "Example News"),
        ("PORT LOUIS, Mauritius (XYZ) — The minister", "PORT LOUIS", "XYZ"),
        ("Lisbon, 2 May 2022 (ABC1): The minister", "Lisbon", "ABC1"),
        ("Hue (VNA) – The leader sent", "Hue", "Vietnam News Agency"),
        ("(Valley Post) The minister wrote to the mayor", None, "Valley Post"),
        ("US President Jane Doe wrote", None, None),
        ("NATO Secretary General wrote", None, None),
        ("BREAKING: The minister wrote", None, None),
        ("However, the minister wrote", None, None),
    ],
)
def test_dateline_place_and_credit(opening: str, place: str | None, outlet: str | None) -> None:
    meta = meta_of(opening + " a long letter to the mayor of the city about the flooding of the river.\n")
    assert meta.dateline_place == place
    assert meta.outlet == outlet


def test_unknown_and_known_credits() -> None:
    assert credit_name("Reuters") == "Reuters"
    assert credit_name("XYZ") == "XYZ"
    assert credit_name("UNITED KINGDOM") is None
    assert credit_name("Example News / Wire - 5th May, 2023") == "Example News"
    assert parse_dateline("The minister wrote.") is None


def test_outlet_name_line_and_title() -> None:
    meta, text = meta_and_text(
        "Example News\n\nMinister says talks with Belmark were warm\n\nBy Jane Roe\n" + BODY
    )
    assert meta.outlet == "Example News"
    assert meta.title == "Minister says talks with Belmark were warm"
    assert meta.title_span is not None and text[slice(*meta.title_span)] == meta.title


def test_title_skips_breadcrumbs_date_lines_and_bylines() -> None:
    text = (
        "Home / World / Talks\nNEWS\nMay 3, 2020\nBy Jane Roe\nAldoria and Belmark resume river talks\n"
        + BODY
    )
    assert meta_of(text).title == "Aldoria and Belmark resume river talks"


def test_title_drops_a_trailing_dateline() -> None:
    assert (
        meta_of("Minister replies to the mayor - 7/Jun/ 2019\n\n" + BODY).title
        == "Minister replies to the mayor"
    )


def test_section_prefix_before_a_repeated_headline_is_dropped() -> None:
    text = "World Politics Ministers trade letters\n\nMinisters trade letters\n\n" + BODY
    assert meta_of(text).title == "Ministers trade letters"


def test_no_headline_when_the_page_opens_with_prose() -> None:
    assert meta_of(BODY).title is None


def test_find_dates_and_choice() -> None:
    found = find_dates("Friday 6 March 2020, then Thu 5 March 2020 and 2020-13-01")
    assert [(d.date, d.weekday_ok) for d in found] == [
        (dt.date(2020, 3, 6), True),
        (dt.date(2020, 3, 5), True),
    ]
    assert find_dates("May 31") == [] and find_dates("31/02/2020") == []
    assert choose_date([]) is None


# ---------------------------------------------------------------- stamps glued or below the header (invented)

COOKIE_NOTICE = (
    "Please enable cookies\n\nThis site uses cookies to give you a better experience, and some of its "
    "pages may not work without them.\n\n"
)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Tuesday Mar 3, 202009:15 AM GMT", dt.date(2020, 3, 3)),
        ("May 5, 201907:45 PM", dt.date(2019, 5, 5)),
        ("Sat 12 June 202111:00 UTC", dt.date(2021, 6, 12)),
        ("12/06/202111:00", dt.date(2021, 6, 12)),
    ],
)
def test_year_glued_to_the_time_is_still_a_date(stamp: str, published: dt.date) -> None:
    assert meta_of(stamp + "\nAldoria writes to Belmark\n\n" + BODY).published == published


def test_a_glued_year_needs_a_clock_time() -> None:
    assert find_dates("Mar 3, 20201 and Mar 3, 2020123 and Mar 3, 202012") == []
    assert [d.date for d in find_dates("Mar 3, 2020 09:15")] == [dt.date(2020, 3, 3)]


@pytest.mark.parametrize(
    "stamp_line",
    [
        "Rivertown  /  Wed, March 4, 2020  /  07:10 pm",
        "Example Herald | Wednesday 4 March 2020 | 19:10",
        "Wed, 4 Mar 2020 7:10PM",
        "19:10, 4 March 2020",
        "Wednesday, March 4, 2020",
        "Published: Wed, 4 Mar 2020 7:10PM",
    ],
)
def test_stamp_line_below_a_boilerplate_paragraph(stamp_line: str) -> None:
    text = (
        COOKIE_NOTICE
        + "Example Herald\n\nAldoria writes to Belmark\n\nJane Roe\n\n"
        + stamp_line
        + "\n\n"
        + BODY
    )
    meta, clean_text = meta_and_text(text)
    assert meta.published == dt.date(2020, 3, 4)
    assert meta.published_span is not None and "4" in clean_text[slice(*meta.published_span)]


def test_stamp_line_after_the_lead_paragraph() -> None:
    text = "Aldoria writes to Belmark\n\n" + BODY + "Sat Apr 4, 2020 5:12PM\n\n" + BODY
    assert meta_of(text).published == dt.date(2020, 4, 4)


@pytest.mark.parametrize(
    "line",
    [
        "5 December 1971",  # a reproduced letter's own date line: no time, no weekday
        "Rivertown, December 5, 1971",
        "Monday, 4 March 2020",  # the weekday disagrees with the date
        "Talks set for Wed, March 4, 2020 at 10:00",  # a date inside a sentence-like line
        "Sent: Wednesday, March 4, 2020 10:12 AM",  # the header of a reproduced e-mail
        "Date: Wed, 4 Mar 2020 10:12:00",
    ],
)
def test_date_lines_in_the_openings_without_stamp_signs_are_not_publication_dates(line: str) -> None:
    text = (
        "Aldoria writes to Belmark\n\nThe full text of the letter follows, as the ministry released it "
        "on its website this week.\n\n" + line + "\n\nDear Mr President,\n\n" + BODY
    )
    assert meta_of(text).published is None


def test_update_stamp_line_loses_to_a_header_date() -> None:
    text = "Ministers meet\n\nMay 3, 2020\n\n" + BODY + "Updated / Sat Apr 4, 2020 / 5:12PM\n\n" + BODY
    assert meta_of(text).published == dt.date(2020, 5, 3)


def test_time_next_to_a_date() -> None:
    for text in (
        "May 3, 2020 - 10:15",
        "May 3, 2020 at 9.30 a.m.",
        "08:00 GMT, May 3, 2020",
        "May 3, 2020 12pm",
    ):
        assert time_next_to(text, find_dates(text)[0]), text
    for text in ("May 3, 2020 - 10 people", "In 2019 May 3, 2020 was"):
        assert not time_next_to(text, find_dates(text)[0]), text


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://example.org/world/2019/10/09/ministers-meet/", dt.date(2019, 10, 9)),
        ("https://example.org/987/2024/07/31", dt.date(2024, 7, 31)),
        ("https://example.org/nation/2024/Dec/23/ministers-meet", dt.date(2024, 12, 23)),
        ("http://reader.example.net/paper/20170810/281500000000", dt.date(2017, 8, 10)),
        ("https://example.org/news/2023-09-28-ministers-meet.html", dt.date(2023, 9, 28)),
        ("https://example.org/2023/11/ministers-meet.html", None),  # a month alone
        ("https://example.org/2019/13/40/ministers-meet", None),
        ("https://example.org/item/20140430195928-abc/", None),  # a long id, not a date
        ("https://news2019-10-09.example.org/ministers-meet", None),  # the host is not the path
        (None, None),
    ],
)
def test_url_date_formats(url: str | None, published: dt.date | None) -> None:
    assert url_date(url) == published


@pytest.mark.parametrize(
    "top, expected",
    [
        # a byline that carries the date after a separator
        (
            "District drops letter grades\n\nBy Tasha Green | Aug. 30, 2022 at 5:15 p.m.\n\n",
            dt.date(2022, 8, 30),
        ),
        ("District drops letter grades\n\nBy Tasha Green, Updated: 30 August 2022\n\n", dt.date(2022, 8, 30)),
        # a date alone on its line under a byline, under a standfirst
        (
            "CULTURE\n\nRivers of ink\n\nAn exhibition at the city library traces how a scholar's work crossed"
            " the sea twice.\n\nBy Kari Olsen\n8 April 2021\n\n",
            dt.date(2021, 4, 8),
        ),
        (
            "INTERVIEW\n\n'A cable is a letter nobody wants'\n\nAfter 38 years in the foreign service, a former"
            " ambassador talks about telegrams and tact.\n\n3 October 2024\n\n",
            dt.date(2024, 10, 3),
        ),
        # a clock time before 'on' and the date: a stamp
        (
            "Politics\n\nMinister under fire over slip repairs\n\n5:41 pm on 10 April 2024\nShare this\n\n",
            dt.date(2024, 4, 10),
        ),
    ],
)
def test_dates_beside_a_byline_under_a_standfirst_or_after_a_time(top: str, expected: dt.date) -> None:
    assert meta_of(top + BODY + BODY).published == expected


@pytest.mark.parametrize(
    "between",
    [
        "The ministry released the full text of the letter this week. It reads:\n\n5 December 1971\n\n",
        "By Kari Olsen\n\nThe full text follows, as the ministry released it this week.\n\n5 December 1971\n\n"
        "Your Excellency,\n\n",
        "The talks were set to resume on 10 April 2024 at the earliest, officials said.\n\n",
    ],
)
def test_a_letters_own_date_line_or_a_date_in_a_sentence_is_no_publication_date(between: str) -> None:
    assert meta_of("Aldoria writes to Belmark\n\n" + between + BODY + BODY).published is None
