"""A plural object sent by a list of people ('A, B and C have all sent messages to D': one each, however the
parse hangs the list), a correction's withdrawn account ('An earlier version of this story said that A called
B on Sunday'), and an office to be taken up ('the prime minister-elect' is not the one in office). Sentences
are invented."""

from __future__ import annotations

import datetime as dt

from test_extract import acts, report, run


def test_each_person_listed_before_the_verb_sent_one() -> None:
    found = acts(
        "Congratulations are pouring in. Spain's Prime Minister Pablo Serra, Brazil's President Luiz Amaro and"
        " European Commission President Jan Decker have all sent messages to Sofia Matos this morning."
    )
    for sender in ("Pablo Serra", "Luiz Amaro", "Jan Decker"):
        assert ("message", sender, ("Sofia Matos",)) in found, found
    joint = acts("Prime Minister Ana Berg and President Tom Hale sent a joint message to Sofia Matos.")
    assert ("message", "Tom Hale", ("Sofia Matos",)) not in joint, joint


def test_a_withdrawn_account_neither_tells_nor_dates_the_act() -> None:
    rep = run(
        report(
            "Outgoing prime minister Tom Hale phoned Sofia Matos to concede defeat, his office said.",
            "UPDATE: An earlier version of this blog said that Hale called Matos on Sunday evening. His office"
            " has since clarified that the call took place in the early hours of Monday.",
            dateline="Lisbon, 11 March 2024 (Tuesday) -",
        )
    )
    calls = [c for c in rep.extraction.communications if c.kind == "call"]
    assert len(calls) == 1, calls
    assert calls[0].date.earliest != dt.date(2024, 3, 10), calls[0].date
    assert not acts("An earlier version of this story said that President Tom Hale wrote to Ana Berg.")


def test_an_office_to_be_taken_up_is_not_the_one_in_office() -> None:
    found = acts(
        "Outgoing prime minister Tom Hale conceded defeat on Sunday.",
        "President Ana Berg has sent a message to the prime minister-elect.",
    )
    assert ("message", "Ana Berg", ("Tom Hale",)) not in found, found
