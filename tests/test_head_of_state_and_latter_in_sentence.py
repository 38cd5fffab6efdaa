"""'The Head of State' in a report that names its own president ('The President of the Republic, A') and a
foreign one ('his Togolese counterpart, B'): the own one, tied to no state. 'the latter' within its own
sentence: the last of the people named before it there ('received a special envoy of his counterpart, B,
bearer of a message from the latter': B). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FIRST = (
    "The President of the Republic, His Excellency Jean Mbemba, received on Tuesday a special envoy of his"
    " Togolese counterpart, Komlan Agbodjan, bearer of a message from the latter."
)


def test_the_latter_in_its_own_sentence() -> None:
    assert found_acts(FIRST) == [("message", "Komlan Agbodjan", ("Jean Mbemba",))]


@pytest.mark.parametrize(
    "second",
    [
        "The Head of State entrusted the emissary with a written reply to the message.",
        "The Head of State later sent a telegram to President Agbodjan.",
    ],
)
def test_the_head_of_state_is_the_report_s_own(second: str) -> None:
    acts = found_acts(FIRST, second)
    assert ("message", "Komlan Agbodjan", ("Jean Mbemba",)) in acts
    assert any(s == "Jean Mbemba" and r == ("Komlan Agbodjan",) for _k, s, r in acts)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg wrote to Prime Minister Tomas Ngira, and the latter replied on Friday.",
        "President Ana Berg met Prime Minister Tomas Ngira in May, and she wrote to the latter on Friday.",
    ],
)
def test_the_latter_after_two_people_in_one_sentence(sentence: str) -> None:
    acts = found_acts(sentence)
    assert any(s == "Ana Berg" and r == ("Tomas Ngira",) for _k, s, r in acts)
    assert not any(r == ("Ana Berg",) and s == "Ana Berg" for _k, s, r in acts)
