"""Who signed a letter: 'the letter to B, signed by A and others,', 'the letter, which was also signed
by A', 'A was among the signatories of a letter to B', 'A, the author of a letter to B, said'. A joint
letter keeps the first named signer as its sender. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import D, H, L, Obs, acts, observed
from test_patterns import param as case

CASES = [
    case("signers/letter-to-B-comma-signed-by", "letter H>L",
         f"The letter to {L}, signed by {H} and 40 other leaders, criticized the plan."),
    case("signers/which-was-also-signed-by", "letter H>L",
         f"A letter from dozens of leaders was sent to {L} on Monday. "
         f"The letter, which was also signed by {H} and {D}, criticized the plan."),
    case("signers/among-the-signatories-of", "letter H>L",
         f"{H} and {D} were among the signatories of a letter to {L}."),
    case("signers/one-of-the-signatories", "letter H>L",
         f"{H} was one of the signatories of the letter to {L}."),
    case("signers/the-author-of-a-letter-apposition", "letter H>L",
         f"{H}, the author of a letter to {L}, said the plan was flawed."),
    case("signers/is-the-main-signatory", "letter H>L",
         f"{H} is the main signatory of the letter to {L}."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_the_signer_of_a_letter_sends_it(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        f"{H} was among the critics of a letter to {L}.",
        f"{H}, the author of a book on {L}, said the plan was flawed.",
    ],
)
def test_critics_and_authors_of_other_things_send_nothing(sentence: str) -> None:
    senders = [c.sender for c in run(report(sentence), prefilter=False).extraction.communications if c.sender]
    assert senders == []


@pytest.mark.parametrize(
    "signers, first, published",
    [
        ("Søren Åberg, Leila Farrant and Edvin Sollas", "Søren Åberg", ""),
        ("Magnus Øberg, Leila Farrant and Edvin Sollas", "Magnus Øberg", ""),
        (
            "Ines Varga, Piet Holm and Karl Ostrova",
            "Ines Varga",
            " published in the daily Norland Courant on Saturday",
        ),
        ("Ana Berg, Tomas Varga and Petra Lind", "Ana Berg", ""),
        ("Ines Varga, Piet Holm and Karl Ostrova", "Ines Varga", ""),
    ],
)
def test_those_who_say_it_in_a_fronted_open_letter_sign_it(signers: str, first: str, published: str) -> None:
    sentence = (
        f"In an open letter to Prime Minister Jonas Vell{published}, {signers} said further delay would isolate "
        "the kingdom."
    )
    assert acts(sentence) == [("letter", first, ("Jonas Vell",))]


def test_governors_listed_with_one_tagged_as_a_body_write_jointly() -> None:
    sentence = (
        "Governors Ade Bello, Chinwe Okoro and Musa Danjuma wrote jointly to President Bolaji Adewunmi on Monday "
        "asking for the fuel subsidy to be restored."
    )
    assert acts(sentence) == [("letter", "Ade Bello", ("Bolaji Adewunmi",))]
