"""'The two men spoke by telephone' after a letter and its reply: the two ends of that exchange, not the
last two people named (a courier or an adviser named in between is no party). Look-alike: with a call
told just before, its pair still wins. Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "text",
    [
        "Khalil Mansour's letter of early August 1993 opened the back channel. Daniel Orbach's reply of 19 August,"
        " carried to Tunis by the Swiss academic Lukas Brenner, accepted recognition. On 13 September the two men"
        " spoke by telephone for the first time.",
        "Khalil Mansour wrote to Daniel Orbach on 2 August 1993; the letter was carried by the academic Lukas"
        " Brenner. On 13 September the two leaders spoke by telephone.",
        "Khalil Mansour wrote to Daniel Orbach on 2 August 1993, and his adviser, Ruth Kessel, followed up with"
        " Orbach's aide Lukas Brenner. On 13 September the two men spoke by telephone.",
    ],
)
def test_the_two_are_the_ends_of_the_exchange(text: str) -> None:
    calls = [(s, r) for kind, s, r in found_acts(text) if kind == "call"]
    assert calls in ([("Khalil Mansour", ("Daniel Orbach",))], [("Daniel Orbach", ("Khalil Mansour",))])


def test_a_call_told_before_still_gives_the_pair() -> None:
    text = (
        "Khalil Mansour wrote to Daniel Orbach on 2 August 1993. Daniel Orbach spoke by telephone with Lukas"
        " Brenner on 3 August. The two men spoke again by telephone on 5 August."
    )
    calls = [(s, r) for kind, s, r in found_acts(text) if kind == "call"]
    assert calls == [("Daniel Orbach", ("Lukas Brenner",))] * 2
