"""Letters told by what happened to them and answers told in a participle: 'B rejected/tore up/welcomed
A's letter' (B was its addressee), 'A's office said a message had been received from B', 'the exchange of
letters between A and B' (one each way), 'Responding to a letter dated 1 March from A, B wrote' and the
bare-name 'Responding to a letter from Halvard, Lindqvist wrote' (two names across the comma, not one).
Invented sentences; helpers and names of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import D, H, L, Obs, observed
from test_patterns import param as case

CASES = [
    case("handled/rejected-a-letter", "letter H>L", f"{L} rejected {H}'s letter on Tuesday."),
    case("handled/tore-up-a-long-names-letter", "letter H>L",
         f"{L} tore up {H}'s letter in front of the cameras on Tuesday."),
    case("handled/welcomed-a-letter", "letter H>L", f"{L} welcomed the letter from {H} on Tuesday."),
    case("received/office-said-a-message-had-been-received-from", "message D>H",
         f"{H}'s office said a message of support had been received from {D}."),
    case("exchange/nominal-exchange-of-letters-between", "letter H>L; letter L>H",
         f"The exchange of letters between {H} and {L}, released on Tuesday, shows how close they came to a deal."),
    case("exchange/nominal-exchange-of-calls-between", "call H>L",
         f"An exchange of phone calls between {H} and {L} took place on Tuesday."),
    case("reply_verb/responding-to-a-letter-dated-from", "letter H>L; letter L>H re H",
         f"Responding to a letter dated 1 March from {H}, {L} wrote that the sluices would stay shut."),
    case("reply_verb/responding-bare-names-across-a-comma", "letter H>L; letter L>H re H",
         f"{H} and {L} disagree over the dam.",
         "Responding to a letter from Halvard, Lindqvist wrote that Vestria would not reopen the sluices."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_letters_told_by_what_happened_to_them(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        f"The exchange of prisoners between {H} and {L} was agreed in talks on Tuesday.",
        f"{L} rejected {H}'s plan on Tuesday.",
    ],
)
def test_look_alikes_give_nothing(sentence: str) -> None:
    assert observed(run(report(sentence), prefilter=False)) == []
