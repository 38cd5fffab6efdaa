"""Two constructions of telling where a text went.

- A cleft sentence fronts the letter or call of the verb in its 'that' clause: "It was in a letter to B that
  A set out her terms", "It is in a letter addressed to B, and dated 15 November, that A ...".
- An answer given in talk is no letter: "B spoke with A in response to A's letter" (a call, when by phone).
"""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "It is in a letter addressed to the prime minister, Arlen Dusk, and dated November 15, that Premier "
            "Lise Garneau set down her conditions.",
            "letter",
        ),
        (
            "It was in a letter to Prime Minister Arlen Dusk that Premier Lise Garneau first set out her terms.",
            "letter",
        ),
        (
            "It was through a letter that Premier Lise Garneau informed Prime Minister Arlen Dusk of her decision.",
            "letter",
        ),
        (
            "It was in a phone call on Monday that Premier Lise Garneau told Prime Minister Arlen Dusk of her terms.",
            "call",
        ),
    ],
)
def test_a_cleft_fronts_the_act_of_its_that_clause(sentence: str, kind: str) -> None:
    assert (kind, "Lise Garneau", ("Arlen Dusk",)) in found_acts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is clear in the letter to Prime Minister Arlen Dusk that Premier Lise Garneau wants a new deal.",
        "It was in a letter to Prime Minister Arlen Dusk that the plan was first mentioned.",
        "It was not in a letter to Prime Minister Arlen Dusk that Premier Lise Garneau set out her terms.",
    ],
)
def test_no_sender_from_what_is_no_cleft(sentence: str) -> None:
    assert all(sender != "Lise Garneau" for _, sender, _ in found_acts(sentence))


LETTER = "Premier Lise Garneau wrote to Prime Minister Arlen Dusk on 15 November."


@pytest.mark.parametrize(
    "answer",
    [
        "Prime Minister Arlen Dusk today spoke with the Premier, Lise Garneau, in response to the Premier's "
        "letter of November 15.",
        "In response to her letter, Prime Minister Arlen Dusk met Premier Lise Garneau on Friday.",
        "Prime Minister Arlen Dusk talked with Garneau in reply to her letter.",
    ],
)
def test_an_answer_in_talk_is_no_letter(answer: str) -> None:
    got = found_replies(LETTER, answer)
    assert got == [("Lise Garneau", ("Arlen Dusk",), "")]


def test_an_answer_by_phone_is_a_call_that_answers() -> None:
    got = found_acts(
        LETTER,
        "Prime Minister Arlen Dusk today spoke by phone with the Premier, Lise Garneau, in response to the "
        "Premier's letter of November 15.",
    )
    assert ("call", "Arlen Dusk", ("Lise Garneau",)) in got
    assert ("letter", "Arlen Dusk", ("Lise Garneau",)) not in got


def test_an_answer_written_is_still_a_letter() -> None:
    got = found_replies(
        LETTER,
        "Prime Minister Arlen Dusk wrote to the Premier in response to her letter of November 15.",
    )
    assert ("Arlen Dusk", ("Lise Garneau",), "Lise Garneau") in got
