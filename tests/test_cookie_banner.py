"""Cookie banners at the top of a captured page are furniture: "Cookies on <site>", "We use some essential
cookies ...", "Accept additional cookies  Reject additional cookies". Gone from the clean text, they no
longer stand for the page's title nor hide its date line; a sentence of the story that speaks of cookies
in passing stays."""

from __future__ import annotations

import pytest

from lettertrace.clean import clean
from lettertrace.meta import extract_metadata
from lettertrace.models import Options, RawReport

BANNERS = [
    "Cookies on Example.gov",
    "We use some essential cookies to make this website work.",
    "We'd like to set additional cookies to understand how you use the site.",
    "This website uses cookies to improve your experience.",
    "Accept additional cookies   Reject additional cookies   View cookies",
]
PAGE = "\n".join(
    [
        *BANNERS,
        "",
        "Press release",
        "Minister's call with the Chancellor of Dravia: 12 May 2022",
        "",
        "Published 12 May 2022",
        "",
        "The Minister spoke to the Chancellor of Dravia this morning about trade.",
        "",
        "The bakery at the summit served cookies that the two delegations praised.",
        "",
    ]
)


def _raw(text: str) -> RawReport:
    return RawReport(source="page.txt", sha256="0" * 64, raw_text=text, fmt="txt")


@pytest.mark.parametrize("banner", BANNERS)
def test_cookie_banner_lines_are_gone(banner: str) -> None:
    assert banner not in clean(_raw(PAGE), Options()).text


def test_a_story_sentence_about_cookies_stays() -> None:
    assert "served cookies that the two delegations praised" in clean(_raw(PAGE), Options()).text


def test_title_and_date_are_read_below_the_banner() -> None:
    raw = _raw(PAGE)
    meta = extract_metadata(raw, clean(raw, Options()))
    assert meta.title == "Minister's call with the Chancellor of Dravia: 12 May 2022"
    assert str(meta.published) == "2022-05-12"
