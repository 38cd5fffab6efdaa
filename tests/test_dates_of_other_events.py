"""'wrote to B ahead of the council session of 6 May', 'before the vote of 2 March': a date on the noun of another
event, set against the act by "ahead of", "before", "after", "following", is that event's, never the
act's. A date right on the act stays its own. Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import only_comm, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Ana Berg wrote to Chancellor Olaf Brandt before the council session of 2 March for support.",
        "Premier Ana Berg sent a letter to Chancellor Olaf Brandt ahead of the trade talks of 2 March.",
        "Premier Ana Berg sent a letter to Chancellor Olaf Brandt after the elections of 2 March.",
    ],
)
def test_date_of_the_other_event(sentence: str) -> None:
    c = only_comm(run(report(sentence)))
    assert dt.date(2024, 3, 2) not in (c.date.earliest, c.date.latest), c.date


def test_date_on_the_act() -> None:
    c = only_comm(run(report("Premier Ana Berg wrote to Chancellor Olaf Brandt on 4 March, after the vote.")))
    assert (c.date.earliest, c.date.latest) == (dt.date(2024, 3, 4), dt.date(2024, 3, 4)), c.date
