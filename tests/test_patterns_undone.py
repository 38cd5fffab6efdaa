"""Acts the sentence says did not (yet) take place: planned, postponed, expected, denied, tried, 'no
call', 'has yet to'. Where such a sentence names an earlier letter ('B has yet to reply to A's
letter'), that letter stays. Invented sentences; helpers and names of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import H, L, Obs, observed
from test_patterns import param as case

UNDONE = {
    "open-letter-expected-to-be-published": f"{H}'s open letter to {L} is expected to be published next week.",
    "call-planned-then-postponed": f"{H}'s phone call to {L}, which had been planned for Tuesday, was postponed.",
    "letter-cancelled": f"The letter from {H} to {L} was cancelled at the last minute.",
    "denied-sending-a-letter": f"{H} denied sending a letter to {L}.",
    "denied-making-a-call": f"{L} denied making a phone call to {H} on Tuesday.",
    "no-call-had-taken-place": f"A spokesman for {H} said no call with {L} had taken place.",
    "there-was-no-letter": f"There was no letter from {H} to {L}, the ministry said.",
    "tried-to-call": f"{H} tried to call {L} several times on Tuesday but could not get through.",
    "attempted-to-phone": f"{L} attempted to phone {H} on Tuesday.",
    "is-yet-to-write": f"{H} is yet to write to {L}.",
}


@pytest.mark.parametrize("sentence", list(UNDONE.values()), ids=list(UNDONE))
def test_an_act_that_did_not_take_place_gives_nothing(sentence: str) -> None:
    assert observed(run(report(sentence), prefilter=False)) == []


CASES = [
    case("undone/yet-to-respond-keeps-the-letter", "letter H>L",
         f"{L} has yet to respond to {H}'s letter of 2 March."),
    case("undone/will-reply-keeps-the-letter", "letter H>L",
         f"{L} will reply to {H}'s letter next week, his office said."),
    case("undone/planned-call-that-took-place", "call H>L",
         f"The phone call between {H} and {L}, which was planned for weeks, took place on Tuesday."),
    case("undone/expected-letter-that-arrived", "letter H>L",
         f"{H}'s letter to {L}, which had been expected for days, arrived on Tuesday."),
    # the answered letter possessed by a long name ("President A of X's letter")
    case("undone/replied-to-a-long-names-letter", "letter H>L; letter L>H re H",
         f"{L} replied to {H}'s letter on Tuesday."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_what_did_take_place_stays(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


# What a letter went through does not unmake it; a refusal to take a call does.
EXISTS = [
    case("undone/a-letter-not-answered-exists", "letter H>L",
         f"{H}'s letter to {L}, sent on 5 March, has not been answered."),
    case("handled/acknowledged-receipt-of-a-letter", "letter H>L",
         f"{L} acknowledged receipt of {H}'s letter on Tuesday."),
    case("note/the-note-sent-by-to", "message H>L",
         f"The note, sent by {H} to {L} on 8 March, was leaked on Tuesday."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", EXISTS)
def test_a_letter_exists_whatever_befell_it(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        f"{L} would not take any call from {H} until the talks resumed.",
        f"{L} refused to take a call from {H} on Tuesday.",
    ],
)
def test_a_call_not_taken_is_none(sentence: str) -> None:
    assert observed(run(report(sentence), prefilter=False)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        f"Aides drafted a letter from {H} to {L}, but it was never sent.",
        f"The letter from {H} to {L} was never sent.",
        f"A letter from {H} to {L} was prepared in January but was not delivered.",
    ],
)
def test_a_letter_never_sent_is_no_act(sentence: str) -> None:
    assert observed(run(report(sentence))) == []


def test_a_reply_never_sent_leaves_the_letter() -> None:
    sentence = f"{H} wrote to {L} on Monday, but the reply was never sent."
    assert [(k, s) for k, s, _r, _a in observed(run(report(sentence)))] == [("letter", "Marta Halvard")]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{H} will set out her terms in a letter to {L} next week.",
        f"{H} plans to raise the dam in a letter to {L}.",
        f"{H} would explain the decision in a letter to {L}, an aide said.",
    ],
)
def test_what_a_letter_will_carry_is_no_letter_yet(sentence: str) -> None:
    assert observed(run(report(sentence))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        f"{H} set out her terms in a letter to {L} on Monday.",
        f"{H} has raised the dam in a letter to {L}.",
        f"{H}, who will retire next year, explained the decision in a letter to {L}.",
    ],
)
def test_what_a_letter_carried_is_a_letter(sentence: str) -> None:
    assert [(k, s) for k, s, _r, _a in observed(run(report(sentence)))] == [("letter", "Marta Halvard")]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{H} tried to calm the row in a letter to {L} on Monday.",
        f"{H} has asked to meet in a letter to {L}.",
        f"{H} refused to apologise in a letter to {L} on Monday.",
    ],
)
def test_what_is_tried_asked_or_refused_in_a_letter_is_done_in_it(sentence: str) -> None:
    assert [(k, s) for k, s, _r, _a in observed(run(report(sentence)))] == [("letter", "Marta Halvard")]
