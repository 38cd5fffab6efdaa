"""'B has written back to A. The reply, dated 4 March, answers A's letter of 12 February': the reply is B's
letter told again (it carries that letter's date), and A's letter is dated by its own 'of 12 February'.
'The reply' after an act told with 'back' is never a third letter answering it. Invented people; the report
is dated 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, found_replies, report, run

FIRST = [
    "Prime Minister Kenji Mori of Norland has written back to President Tomas Ngira, promising a study of the port.",
    "Prime Minister Kenji Mori of Norland wrote back to President Tomas Ngira, promising a study of the port.",
]


def _dated(*paras: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    comms = run(report(*paras)).extraction.communications
    return {c.sender.name: (c.date.earliest, c.date.latest) for c in comms if c.sender is not None}


@pytest.mark.parametrize("first", FIRST)
@pytest.mark.parametrize(
    "second",
    [
        "The reply, dated March 4, answers Ngira's letter of February 12.",
        "The reply, dated March 4 and released on Thursday, answers the President's letter of February 12.",
    ],
)
def test_the_reply_is_the_letter_written_back(first: str, second: str) -> None:
    assert sorted(found_acts(first, second)) == [
        ("letter", "Kenji Mori", ("Tomas Ngira",)),
        ("letter", "Tomas Ngira", ("Kenji Mori",)),
    ]
    assert ("Kenji Mori", ("Tomas Ngira",), "Tomas Ngira") in found_replies(first, second)
    dates = _dated(first, second)
    assert dates["Kenji Mori"] == (dt.date(2024, 3, 4), dt.date(2024, 3, 4))
    assert dates["Tomas Ngira"] == (dt.date(2024, 2, 12), dt.date(2024, 2, 12))


@pytest.mark.parametrize("first", FIRST)
def test_no_answer_to_the_letter_written_back(first: str) -> None:
    assert found_acts(first, "The reply, dated March 4, arrived in the capital on Friday.") == [
        ("letter", "Kenji Mori", ("Tomas Ngira",))
    ]


def test_a_letter_not_told_as_an_answer_still_gets_its_reply() -> None:
    acts = found_acts(
        "Prime Minister Kenji Mori of Norland wrote to President Tomas Ngira on Monday, asking for a study.",
        "The reply, dated March 13, arrived in the capital on Wednesday.",
    )
    assert ("letter", "Tomas Ngira", ("Kenji Mori",)) in acts
