"""A publication stamp at the foot of a page, and a date in a field of an HTML byline (invented pages)."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from lettertrace.clean import clean
from lettertrace.meta import extract_metadata
from lettertrace.models import Options, RawReport
from lettertrace.read.html_page import field_date, html_report

BODY = (
    "HARBORVILLE, June 4 (Coastal Wire) -- The governor of Norland wrote to the mayor of Easthaven on "
    "Monday, asking her to reopen the ferry terminal before the summer season.\n\n"
    "The mayor's office said it would study the request.\n\n"
)


def published(text: str) -> dt.date | None:
    raw = RawReport(source="mem.txt", sha256="x", raw_text=text, fmt="txt")
    meta = extract_metadata(raw, clean(raw, Options()))
    if meta.published_span is not None:  # the stamp's span points into the clean text
        start, end = meta.published_span
        assert meta.published is not None and str(meta.published.day) in clean(raw, Options()).text[start:end]
    return meta.published


@pytest.mark.parametrize(
    ("foot", "date"),
    [
        ("Published: 04.06.2021, 14:05", dt.date(2021, 6, 4)),
        ("Published 4 June 2021", dt.date(2021, 6, 4)),
        ("Filed 04/06/2021 16:30 GMT", dt.date(2021, 6, 4)),
        ("2021-06-04 17:48 CET", dt.date(2021, 6, 4)),
        ("First published on June 4, 2021", dt.date(2021, 6, 4)),
        ("(Reporting by A. Stone; Editing by B. Lake)\n\nPosted: June 4, 2021", dt.date(2021, 6, 4)),
        ("Coastal Wire | 04.06.2021 | 18:12", dt.date(2021, 6, 4)),
        ("2021/06/04 14:03 KST", dt.date(2021, 6, 4)),
        ("Harborville bureau / 2021-06-04 / 09:30", dt.date(2021, 6, 4)),
        ("Copyright © Coastal Wire 2021\n\nDate: Friday, 4 June 2021 17:05 WIB", dt.date(2021, 6, 4)),
        ("Date: 4 June 2021", dt.date(2021, 6, 4)),
    ],
)
def test_a_stamp_at_the_foot_dates_the_page(foot: str, date: dt.date) -> None:
    assert published(BODY + foot + "\n") == date


@pytest.mark.parametrize(
    "foot",
    [
        "Geneva, 5 June 2021",  # a date line that may close a reproduced letter: no label, no time
        "Yours sincerely,\nA. Stone\n4 June 2021",
        "The ferry terminal was first opened on 4 June 1961.",  # a sentence, not a stamp
        "Next meeting: 4 June 2021",  # a label that does not name publication
        "Weather desk | 05.06.2021",  # a field without a time of day, under no name of the outlet
        "Sent: 04.06.2021 | 18:12",  # a reproduced e-mail's header
    ],
)
def test_a_foot_line_that_is_not_a_stamp_tells_no_date(foot: str) -> None:
    assert published(BODY + foot + "\n") is None


def test_the_top_of_the_page_wins_over_its_foot() -> None:
    text = "Published 3 June 2021 08:00\n\n" + BODY + "Updated 9 June 2021 10:00\n"
    assert published(text) == dt.date(2021, 6, 3)


def test_a_site_update_at_the_foot_is_used_when_nothing_else_dates_the_page() -> None:
    assert published(BODY + "Last updated: 9 June 2021 10:00\n") == dt.date(2021, 6, 9)


def page(byline: str) -> str:
    return (
        "<html><body><article><h1>Governor writes to mayor over ferry terminal</h1>"
        f"{byline}<p>The governor of Norland wrote to the mayor of Easthaven on Monday, asking her to reopen "
        "the ferry terminal before the summer season. The mayor's office said it would study the request "
        "and answer within a week.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "byline",
    [
        '<p class="byline">Staff Correspondent | HARBORVILLE | Updated: June 4, 2021 08:15 IST</p>',
        '<div class="article-meta">By Ana Stone, Regional Affairs Desk &bull; Published 4 June 2021, 08:15</div>',
        '<span id="pubDate">Coastal Wire Service, Harborville bureau | 04/06/2021 | 08:15 local time</span>',
    ],
)
def test_a_date_in_a_field_of_a_long_byline_dates_an_html_page(byline: str) -> None:
    raw = html_report(page(byline), source="p.html", sha256="x", fmt="html")
    assert raw.published == dt.date(2021, 6, 4)


def test_a_published_field_wins_over_an_updated_field() -> None:
    byline = (
        '<p class="byline">Ana Stone, Harborville bureau | Updated: June 9, 2021 10:00 | Published: June 4, 2021 '
        "08:15 | Harborville</p>"
    )
    assert field_date(lxml.html.fromstring(page(byline))) == dt.date(2021, 6, 4)


@pytest.mark.parametrize(
    "byline",
    [
        '<p class="byline">Ana Stone wrote about the ferry strike of June 4, 2021 for this paper last year.</p>',
        '<p class="summary">Staff | Harborville | Published: June 4, 2021 08:15</p>',  # not a marked element
    ],
)
def test_a_date_inside_a_sentence_or_outside_a_marked_element_does_not_date_the_page(byline: str) -> None:
    assert html_report(page(byline), source="p.html", sha256="x", fmt="html").published is None
