"""The year an account of the past is told in reaches over a quote set on its own and up to two
paragraphs of prose; and the day a verb of sitting down or setting out is dated is the day of the
letter written 'to' do so."""

from __future__ import annotations

from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report

PAGE = """On this day

Thursday 31 March 2016

On 31 March 1776, at home in Braintree, Ana Holm sat down to write to her friend, Karl Berg, who was in Philadelphia.

"I long to hear that you have declared the river free," she wrote.

She went further, and asked him to remember the farmers of the valley.

Karl Berg wrote back from Philadelphia on 14 April. He did not take the point seriously.
"""


def _dates(text: str) -> dict[str, tuple[str | None, str | None]]:
    rep = process_report(RawReport(source="x.txt", sha256="0" * 64, raw_text=text, fmt="txt"), Options())
    out = {}
    for c in rep.extraction.communications:
        d = c.date
        out[c.sender.name if c.sender else ""] = (
            d.earliest.isoformat() if d.earliest else None,
            d.latest.isoformat() if d.latest else None,
        )
    return out


def test_a_yearless_day_after_a_quote_and_a_paragraph_takes_the_accounts_year() -> None:
    assert _dates(PAGE)["Karl Berg"] == ("1776-04-14", "1776-04-14")


def test_the_day_she_sat_down_to_write() -> None:
    assert _dates(PAGE)["Ana Holm"] == ("1776-03-31", "1776-03-31")


def test_a_news_day_far_from_the_year_named_takes_the_reports_year() -> None:
    far = PAGE.replace(
        "Karl Berg wrote back from Philadelphia on 14 April.",
        "Farmers marched in Braintree last week.\n\nThe museum opened a new wing in January.\n\n"
        "Its director, Karl Berg, wrote to the mayor on 14 March.",
    )
    assert _dates(far)["Karl Berg"] == ("2016-03-14", "2016-03-14")
