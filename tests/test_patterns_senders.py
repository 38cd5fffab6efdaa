"""Who is not the sender: someone a letter only names ('C was mentioned in an open letter to B'), the
one who signs on the principal's behalf ('In a telegram sent on his behalf by C to B, A said'); and what
is no correspondence ('letters of credence', 'a letter of credit', 'called A of X's bluff').
Invented sentences; helpers and names of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import ENVOY, H, L, Obs, observed
from test_patterns import param as case

CASES = [
    case("behalf/telegram-sent-on-his-behalf-by-a-secretary", "message L>H",
         f"In a telegram sent on his behalf by Cardinal {ENVOY} to {H}, {L} said he was saddened."),
    case("behalf/message-signed-on-her-behalf", "message H>L",
         f"In a message signed on her behalf by an aide, {H} thanked {L} for his support."),
    case("call_verb/called-a-name-of-a-place-s-office", "call H>L", f"{H} called {L}'s office on Tuesday."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_the_principal_sends(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


NOT_SENT = {
    "mentioned-in-an-open-letter": f"The jailed journalist {ENVOY} was mentioned in an open letter to {H} on Tuesday.",
    "named-in-a-letter": f"{ENVOY} was named in a letter to {L} as the likely envoy.",
}


@pytest.mark.parametrize("sentence", list(NOT_SENT.values()), ids=list(NOT_SENT))
def test_someone_a_letter_names_does_not_send_it(sentence: str) -> None:
    senders = [c.sender.name for c in run(report(sentence)).extraction.communications if c.sender]
    assert "Tobias Renn" not in senders


NOT_CORRESPONDENCE = {
    "letters-of-credence": f"The new ambassador, {ENVOY}, presented her letters of credence to {H} on Tuesday.",
    "letter-of-credit": f"{H}'s government opened a letter of credit to {L}'s state bank on Tuesday.",
    "letter-of-intent": f"{H} signed a letter of intent with {L} on the gas pipeline on Tuesday.",
    "called-a-bluff": f"{L} called {H}'s bluff on Tuesday.",
}


@pytest.mark.parametrize("sentence", list(NOT_CORRESPONDENCE.values()), ids=list(NOT_CORRESPONDENCE))
def test_instruments_and_idioms_are_no_correspondence(sentence: str) -> None:
    assert observed(run(report(sentence), prefilter=False)) == []
