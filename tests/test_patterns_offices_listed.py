"""Plural offices of several states in a call: 'The presidents of Dravia and Sola spoke by telephone'
is a call between the two presidents, each the holder the report names, before or after ('Dravian
President A', 'his Solan counterpart B'); 'her counterparts from X, A, and from Y, B' are one call with
each; 'later the same day' is that day; 'the President of Dravia' is the 'Dravian President A' the report
names later. Look-alike: 'the ministers of health and finance' name no states. Invented names; report dated 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, report, run

NAMED = "Dravian President Anton Velikov told his Solan counterpart Maria Cerva that no canal was worth a quarrel."


@pytest.mark.parametrize(
    "lede",
    [
        "The presidents of Dravia and Sola agreed in a telephone call on Tuesday to reopen talks on the river.",
        "The presidents of Dravia and Sola spoke by telephone on Tuesday.",
        "The presidents of Dravia and Sola held a phone call on Tuesday.",
    ],
)
def test_the_presidents_of_two_states_are_their_holders(lede: str) -> None:
    assert found_acts(lede, NAMED) == [("call", "Anton Velikov", ("Maria Cerva",))]


@pytest.mark.parametrize(
    "text, party",
    [
        ("Prime Minister Ana Strahan wrote to the President of Dravia on Monday. Dravian President Anton"
         " Velikov said he would study the letter.", "Anton Velikov"),
        ("Prime Minister Ana Strahan wrote to the president of Dravia on Monday. Anton Velikov, the Dravian"
         " president, said he would study the letter.", "Anton Velikov"),
        ("Prime Minister Ana Strahan phoned the President of Dravia on Monday. Velikov, the Dravian"
         " president, thanked her.", "Velikov"),
    ],
)  # fmt: skip
def test_an_office_of_a_place_is_the_holder_named_by_demonym(text: str, party: str) -> None:
    [(_, sender, recipients)] = found_acts(text)
    assert (sender, recipients) == ("Ana Strahan", (party,))


def test_ministers_of_portfolios_are_no_states() -> None:
    assert found_acts("The ministers of health and finance spoke by telephone on Tuesday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ana Strahan spoke by phone with President Ivo Stan on Tuesday. Strahan also spoke to"
        " her counterparts from Sola, Maria Cerva, and from Dravia, Anton Velikov, later the same day.",
        "Prime Minister Ana Strahan phoned her counterparts from Sola, Maria Cerva, and Dravia, Anton Velikov,"
        " on Tuesday.",
        "Prime Minister Ana Strahan spoke by phone on Tuesday with her counterparts from the Sola Islands,"
        " Maria Cerva, and from the Dravian Federation, Anton Velikov.",
    ],
)
def test_counterparts_listed_by_place_are_one_call_each(sentence: str) -> None:
    rep = run(report(sentence))
    calls = {
        c.recipients[0].name: c.date.earliest
        for c in rep.extraction.communications
        if c.recipients and c.recipients[0].name in ("Maria Cerva", "Anton Velikov")
    }
    assert calls == {"Maria Cerva": dt.date(2024, 3, 12), "Anton Velikov": dt.date(2024, 3, 12)}
    assert all(len(c.recipients) == 1 for c in rep.extraction.communications)
