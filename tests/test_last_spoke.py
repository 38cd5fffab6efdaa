"""'A spoke with B today ... The two leaders last spoke by telephone in September 2022': an act told with
'last' or 'previously' is an earlier one than the news, never the act just told (it took that act's
place and its date). Invented people; the report is dated Thursday 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run


def _acts(*paras: str) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    comms = run(report(*paras)).extraction.communications
    return sorted(
        ((c.kind, c.sender.name if c.sender else "", c.date.earliest, c.date.latest) for c in comms), key=str
    )


@pytest.mark.parametrize(
    "later",
    [
        "The two leaders last spoke by telephone in September 2022, after the business forum.",
        "Varga and Berg last spoke by phone in September 2022.",
        "Varga had previously spoken by telephone with Berg in September 2022.",
    ],
)
def test_last_call_is_an_earlier_call(later: str) -> None:
    got = _acts(
        "Prime Minister Tomas Varga today spoke by telephone with President Ana Berg of Norland.", later
    )
    assert [(k, a, b) for k, _s, a, b in got] == [
        ("call", dt.date(2022, 9, 1), dt.date(2022, 9, 30)),
        ("call", dt.date(2024, 3, 14), dt.date(2024, 3, 14)),
    ]


def test_previously_written_is_an_earlier_letter() -> None:
    got = _acts(
        "Prime Minister Tomas Varga wrote to President Ana Berg on Tuesday about the dam.",
        "Varga had previously written to Berg in January.",
    )
    assert [(k, a) for k, _s, a, _b in got] == [
        ("letter", dt.date(2024, 1, 1)),
        ("letter", dt.date(2024, 3, 12)),
    ]
