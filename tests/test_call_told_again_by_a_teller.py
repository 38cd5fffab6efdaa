"""A call told again without its caller ("the call with B focused on trade") is the call with B told just
before, not a call of whoever reports it afterwards ("..., her spokesman said"). And "the head of state" is
never the head of an office ("Head of the Press Bureau C"); with two presidents named, it is left
unresolved.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts

CALLS = (
    "President Ana Valdes received telephone calls from Prime Minister Tomas Berger of Malta and President "
    "Karl Mett of Peru on Tuesday."
)


@pytest.mark.parametrize(
    "told",
    [
        "In the conversation with Berger, Valdes spoke of a visit, while the call with Mett was about fishing, "
        "Head of the Press Bureau Oren Falk said.",
        "The call with Mett dealt with fishing rights, spokesman Oren Falk told reporters.",
        "The phone call with Mett was warm, Oren Falk, the presidential spokesman, said on Wednesday.",
    ],
)
def test_the_teller_is_no_side_of_the_call(told: str) -> None:
    acts = found_acts(CALLS, told)
    assert sorted(a[1:] for a in acts) == [
        ("Karl Mett", ("Ana Valdes",)),
        ("Tomas Berger", ("Ana Valdes",)),
    ], acts


@pytest.mark.parametrize(
    "letter",
    [
        "Separately, the nuncio, Archbishop Piero Lenti, delivered on Tuesday a letter from Pope Clement to the "
        "head of state.",
        "Later, the head of state received a letter from Pope Clement, delivered by the nuncio.",
    ],
)
def test_the_head_of_state_is_no_head_of_an_office(letter: str) -> None:
    acts = found_acts(CALLS, "Head of the Press Bureau Oren Falk said both calls went well.", letter)
    letters = [a for a in acts if a[0] == "letter"]
    assert len(letters) == 1 and letters[0][1] == "Clement" and "Oren Falk" not in letters[0][2], acts
