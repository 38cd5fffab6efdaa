"""A call told as the setting of a verb ("discussed the crisis with B in a phone call"): the 'with' that
names the other party may hang on the verb's object (the topic) rather than on the verb. Not when the
object is an event of its own ("her meeting with C"), when the call names its party itself ("in a call
with B, A discussed ties with C"), or when the 'with' names no person ("cooperation with Sola")."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ilsa Varnek discussed the crisis with Prime Minister Joran Kessel in a phone call on Tuesday.",
        "In a telephone conversation on Tuesday, President Ilsa Varnek discussed bilateral relations with "
        "Prime Minister Joran Kessel.",
        "President Ilsa Varnek shared her concerns with Prime Minister Joran Kessel during a phone call on "
        "Tuesday.",
        "During their phone call, the president, Ilsa Varnek, reviewed trade ties with Prime Minister Joran "
        "Kessel.",
    ],
)
def test_with_on_the_topic_names_the_other_party(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ilsa Varnek", ("Joran Kessel",))]


def test_a_meeting_with_someone_is_not_the_call_party() -> None:
    got = found_acts(
        "In a phone call on Tuesday, President Ilsa Varnek discussed her meeting with Chancellor Mira Osk."
    )
    assert ("call", "Ilsa Varnek", ("Mira Osk",)) not in got


def test_the_call_naming_its_party_keeps_it_alone() -> None:
    got = found_acts(
        "In a phone call with Prime Minister Joran Kessel, President Ilsa Varnek discussed cooperation with "
        "Chancellor Mira Osk."
    )
    assert got == [("call", "Ilsa Varnek", ("Joran Kessel",))]


def test_a_country_on_the_topic_is_no_call_party() -> None:
    got = found_acts("In a phone call on Tuesday, President Ilsa Varnek discussed cooperation with Sola.")
    assert all("Sola" not in recips for _, _, recips in got)
