"""Calls told twice in one sentence ("telephoned B in separate calls"), several callers each calling,
and a list of partners the parser hung one on another."""

from __future__ import annotations

import pytest

from test_extract import found_acts

BERG_RUIZ_TO_VASS = [("call", "Ana Berg", ("Lena Vass",)), ("call", "Karl Ruiz", ("Lena Vass",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland President Ana Berg and Prime Minister Karl Ruiz telephoned Sudland President Lena Vass on "
        "Monday in separate calls.",
        "In separate calls on Monday, Norland President Ana Berg and Prime Minister Karl Ruiz telephoned "
        "Sudland President Lena Vass.",
        "Norland President Ana Berg and Prime Minister Karl Ruiz separately called Sudland President Lena "
        "Vass on Monday.",
    ],
)
def test_each_of_two_callers_calls(sentence: str) -> None:
    assert found_acts(sentence) == BERG_RUIZ_TO_VASS  # and no call between the two callers


def test_callers_named_by_their_offices_each_call() -> None:
    acts = found_acts(
        "Norland's president and its prime minister telephoned Sudland President Lena Vass on Monday in "
        "separate calls.",
        "Norland President Ana Berg and Prime Minister Karl Ruiz want peace.",
    )
    assert acts == BERG_RUIZ_TO_VASS


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland President Ana Berg phoned Sudland President Lena Vass on Monday in a brief call.",
        "Norland President Ana Berg spoke with Sudland President Lena Vass on Monday during a phone call.",
        "Norland President Ana Berg and Sudland President Lena Vass spoke by phone on Monday.",
    ],
)
def test_a_call_told_by_verb_and_noun_is_one(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ana Berg", ("Lena Vass",))]


def test_joint_callers_without_separately_make_one_call() -> None:
    acts = found_acts(
        "Norland President Ana Berg and Prime Minister Karl Ruiz telephoned Sudland President Lena Vass on Monday."
    )
    assert acts == [("call", "Ana Berg", ("Lena Vass",))]


def test_partners_listed_with_titles_after_with() -> None:
    acts = found_acts(
        "Norland President Ana Berg spoke by phone on Monday with Sudland President Lena Vass and Ostmark "
        "Premier Tomas Varga."
    )
    assert acts == [("call", "Ana Berg", ("Lena Vass",)), ("call", "Ana Berg", ("Tomas Varga",))]
