"""'the Ugandan leader' is no vice-president ("Vice President A"); 'a phone conversation with B, during
which the two leaders discussed ...' is held by the subject, not by the last pair the report named;
'House' is no spelling of 'Hassan' (a variant adds an ending in a vowel, as 'Francis' -> 'Francisco').
Invented people."""

from __future__ import annotations

import pytest

from lettertrace import names
from lettertrace.extract.mentions import Party
from lettertrace.extract.office_fit import lesser_office
from test_extract import found_acts


def _person(name: str, *forms: str) -> Party:
    p = Party(key=0, name=name, ptype="person", first=0)
    for f in forms:
        p.add_surface(f)
    return p


@pytest.mark.parametrize(
    "description, forms, lesser",
    [
        ("the Norland leader", ("Vice President Ana Berg", "Ana Berg"), True),
        ("the Norland leader", ("Deputy Prime Minister Ana Berg",), True),
        ("the Norland leader", ("President Ana Berg",), False),
    ],
)
def test_a_leader_is_no_deputy(description: str, forms: tuple[str, ...], lesser: bool) -> None:
    assert lesser_office(description, _person("Ana Berg", *forms)) is lesser


@pytest.mark.parametrize(
    "call",
    [
        "Separately, President Ana Berg on Monday held a phone conversation with President Omar Haddi, during"
        " which the two leaders discussed the summit.",
        "Separately, Berg on Monday had a telephone conversation with President Omar Haddi, in which the two"
        " leaders discussed the summit.",
    ],
)
def test_the_two_leaders_of_a_during_which_clause_are_the_calls_own(call: str) -> None:
    acts = found_acts(
        "President Ana Berg has received a special message from President Tomas Vey of Ostrava on Tuesday.",
        call,
    )
    assert ("call", "Ana Berg", ("Omar Haddi",)) in acts
    assert not any(k == "call" and s == "Tomas Vey" for k, s, _r in acts)


def test_an_unnamed_subject_is_not_taken_from_the_pair_before() -> None:
    acts = found_acts(
        "President Ana Berg has received a special message from President Tomas Vey of Ostrava on Tuesday.",
        "Separately, the Norland leader on Monday held a phone conversation with President Omar Haddi, during"
        " which the two leaders discussed the summit.",
    )
    calls = [(s, r) for k, s, r in acts if k == "call"]
    assert len(calls) == 1 and calls[0][0] != "Tomas Vey" and calls[0][1] == ("Omar Haddi",)


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("house", "hassan", False),
        ("court", "curti", True),
        ("francis", "francisco", True),
        ("ahmad", "ahmadi", True),
        ("hussein", "husayn", True),
    ],
)
def test_a_variant_adds_an_ending_in_a_vowel(a: str, b: str, same: bool) -> None:
    assert names.token_match(a, b) is same
