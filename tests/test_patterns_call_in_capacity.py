"""A call 'as president with B': the 'with' names the other party though the parser hangs it on the
role the caller acts in ('held his first phone talks as president with B', 'had a phone call as foreign
minister with B'). Look-alike: 'with' inside another clause ('held a phone call as tensions rose with
Dravia') names no party. Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Park Ji-hoon held his first phone talks as president with Japanese Prime Minister Kurosawa Ichiro on"
        " Wednesday evening.",
        "Chancellor Ana Berg held her first phone call as chancellor with Prime Minister Tomas Lind on Wednesday.",
        "Minister Ana Berg had a long telephone conversation as foreign minister with her counterpart, Tomas Lind, on"
        " Wednesday.",
    ],
)
def test_with_after_the_callers_capacity_names_the_other_party(sentence: str) -> None:
    [(kind, sender, recipients)] = found_acts(sentence)
    assert kind == "call" and len(recipients) == 1 and sender in ("Park Ji-hoon", "Ana Berg")
    assert recipients[0] in ("Kurosawa Ichiro", "Tomas Lind")


def test_with_in_another_clause_names_no_party() -> None:
    assert found_acts("Ana Berg held a phone call as tensions rose with Dravia on Wednesday.") == []
