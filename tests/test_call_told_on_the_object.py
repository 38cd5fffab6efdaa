"""'A and B discussed the summit in a phone call': the parser hangs 'in a phone call' on the object (or on
a noun inside it, 'the preparations for the meeting'); the call is the subjects' all the same. And 'HH the
Amir and President B discussed ...': an honorific written short before 'the' and an office, the office
parsed inside B's phrase, is the office's holder, the other side. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

AMIR = (
    "DOHA, Jan 5 (QNA) - HH the Amir Sheikh Hamad bin Khalid Al Nuaimi received a written message from"
    " President Ousmane Sarr of Senegal."
)


@pytest.mark.parametrize(
    "told",
    [
        "Prime Minister Ana Berg and President Ousmane Sarr discussed the summit in a phone call on Monday.",
        "Prime Minister Ana Berg and President Ousmane Sarr discussed the preparations for the summit in a phone"
        " call on Monday.",
        "Prime Minister Ana Berg and President Ousmane Sarr reviewed the state of their ties over the phone on"
        " Monday.",
        "Prime Minister Ana Berg discussed the preparations for the summit with President Ousmane Sarr in a"
        " telephone conversation on Monday.",
    ],
)
def test_a_call_hung_on_the_object_is_the_subjects(told: str) -> None:
    assert found_acts(told) == [("call", "Ana Berg", ("Ousmane Sarr",))]


@pytest.mark.parametrize(
    "told",
    [
        "HH the Amir and President Sarr discussed the summit in a phone call in December.",
        "The message comes a month after HH the Amir and President Sarr discussed, in a phone call in December,"
        " the preparations for the meeting.",
        "HH the Amir and President Sarr held a phone call in December.",
    ],
)
def test_an_honorific_before_an_office_is_its_holder(told: str) -> None:
    assert ("call", "Hamad bin Khalid Al Nuaimi", ("Ousmane Sarr",)) in found_acts(AMIR, told)


def test_discussing_a_call_is_no_call() -> None:
    got = found_acts(
        "Prime Minister Ana Berg and President Ousmane Sarr discussed the leaked phone call on Monday."
    )
    assert got == []
