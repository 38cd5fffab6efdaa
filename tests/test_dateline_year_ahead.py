"""'BRUSSELS, June 20 (Reuters) - ... due to expire on June 30, 2024': a dateline without its year takes the
year of a full date the text looks ahead to within weeks; never that of a date in the past (an anniversary
piece's 'June 6, 1944')."""

from __future__ import annotations

import datetime as dt

from test_extract import run

HEAD = "EU tells U.S. it will not drop steel safeguard\n\nBRUSSELS, June 20 (Reuters) - "


def _published(body: str) -> dt.date | None:
    return run(HEAD + body).meta.published


def test_a_deadline_ahead_gives_the_year() -> None:
    body = (
        "The trade chief, Ana Berg, wrote to Karl Ruiz on June 18. The safeguard is due to expire on "
        "June 30, 2024, and talks resume on July 3, 2024."
    )
    assert _published(body) == dt.date(2024, 6, 20)


def test_a_date_in_the_past_gives_no_year() -> None:
    body = "Ana Berg wrote to Karl Ruiz on June 18, recalling the landings of June 6, 1944."
    assert _published(body) is None


def test_dates_ahead_that_disagree_give_no_year() -> None:
    body = (
        "Ana Berg wrote to Karl Ruiz on June 18. A vote is due on July 1, 2024 and a review on July 2, 2025."
    )
    assert _published(body) is None


def test_the_year_turns_between_december_and_january() -> None:
    HEAD2 = "Talks go on\n\nGENEVA, December 20 (Reuters) - "
    body = "Ana Berg wrote to Karl Ruiz on December 18. The deadline falls on January 15, 2025."
    assert run(HEAD2 + body).meta.published == dt.date(2024, 12, 20)
