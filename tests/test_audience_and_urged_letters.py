"""Two look-alikes of acts. 'Speaking to about 300 supporters' in a report that speaks of phone calls is
a speech to an audience, not a call; a leader speaking to one person there still is. And a letter named
with 'the' in what someone was urged to do ('urged B to accept the proposal in the first letter') is a
letter told before; the urging is no letter of its own."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking to about 300 supporters in a converted mill, President Leo Kranz said he would win. "
        "His rivals made 20,000 phone calls last week.",
        "President Leo Kranz spoke to reporters on Monday. His rivals made 20,000 phone calls last week.",
        "President Leo Kranz spoke to 50 students on Monday. He had earlier taken a phone call from a rival.",
    ],
)
def test_an_audience_is_no_party_to_a_call(sentence: str) -> None:
    got = found_acts(sentence)
    assert not any(
        "supporters" in r or "reporters" in r or "students" in r for _k, _s, rs in got for r in rs
    ), got


def test_one_person_spoken_to_in_a_report_of_calls_is_a_call() -> None:
    got = found_acts("President Leo Kranz spoke to Ana Berg on Monday. His rivals made 20,000 phone calls.")
    assert ("call", "Leo Kranz", ("Ana Berg",)) in got, got


@pytest.mark.parametrize(
    "second",
    [
        "Several members of the council, including Leo Kranz, urged the president to ignore the second letter "
        "and to accept the proposal in the first, more hopeful letter.",
        "Leo Kranz urged the president to accept the offer in the first letter.",
        "Leo Kranz urged Berg to accept the offer in the first letter.",
    ],
)
def test_a_known_letter_in_advice_is_no_new_act(second: str) -> None:
    got = found_acts("Premier Marek Novak wrote to President Ana Berg on Friday.", second)
    assert ("letter", "Marek Novak", ("Ana Berg",)) in got, got
    assert not any(s == "Leo Kranz" for _k, s, _r in got), got
