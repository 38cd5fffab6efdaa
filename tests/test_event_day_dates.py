"""A date in brackets after the name of an occasion ("the National Day of Norland (August 15)") is the
occasion's day, not the day the message was sent; a date in brackets after a weekday dates the act.
Sentences are invented."""

from __future__ import annotations

from test_extract import report, run


def test_an_occasions_day_in_brackets_does_not_date_the_message() -> None:
    rep = run(
        report(
            "On the occasion of the National Day of Norland (August 15), President Tom Hale on August 14 sent a"
            " congratulatory message to Norland's President Ana Berg.",
            dateline="Freeport, August 14, 2021 -",
        )
    )
    found = [(c.sender.name if c.sender else "", str(c.date.earliest)) for c in rep.extraction.communications]
    assert found == [("Tom Hale", "2021-08-14")], found
    rep = run(
        report("President Tom Hale wrote to Prime Minister Ana Berg on Monday (March 11) about the dam.")
    )
    assert [str(c.date.earliest) for c in rep.extraction.communications] == ["2024-03-11"]
