"""Couriers carry, principals send: 'B received envoy C, who conveyed greetings and a message from A',
'A dispatched an envoy bearing a letter to B', 'A sent his adviser, C, to X with a letter for B' (X is
where the adviser went), 'C arrived carrying a message from A for B', and participles joined by 'and'
('The message, addressed to B and signed by A, arrived'). Invented sentences; helpers of test_patterns."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import ENVOY, H, L, Obs, acts, observed
from test_patterns import param as case

CASES = [
    case("courier/received-envoy-who-conveyed-greetings-and-a-message", "message H>L",
         f"{L} received special envoy {ENVOY}, who conveyed greetings and a message from {H}."),
    case("courier/dispatched-an-envoy-bearing-a-letter-to", "letter H>L",
         f"{H} dispatched an envoy bearing a letter to {L}."),
    case("courier/sent-adviser-to-a-place-with-a-letter-for", "letter H>L",
         f"{H} sent her adviser, {ENVOY}, to Vestria with a handwritten letter for {L}."),
    case("courier/arrived-carrying-a-message-from-for", "message H>L",
         f"Foreign Minister {ENVOY} arrived in Vestria on Tuesday carrying a message from {H} for {L}."),
    case("participles/addressed-to-and-signed-by", "message L>H",
         f"The message, addressed to {H} and signed by {L}, arrived on Tuesday."),
    case("courier/state-of-the-ambassador-sends-a-note-verbale", "message W>X",
         f"The Norway ambassador, {ENVOY}, delivered a note verbale to Peru on Tuesday."),
    case("courier/ambassador-of-a-state-handed-a-letter", "letter W>X",
         "The ambassador of Norway handed a letter to Peru on Tuesday."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_couriers_carry_principals_send(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


def test_a_message_for_a_cause_has_no_addressee() -> None:
    comms = run(report(f"{H} sent a message for peace to the crowd on Tuesday.")).extraction.communications
    assert [r.name for c in comms for r in c.recipients] == []


@pytest.mark.parametrize(
    "sentence, sender, recipient",
    [
        ("Ambassador Petra Lind handed a letter from Foreign Minister Anton Berg to Ostravia's Foreign Minister "
         "Tomas Varga on Monday.", "Anton Berg", "Tomas Varga"),
        ("Norland's Ambassador Petra Lind on Monday delivered a note from the Norland Foreign Ministry to the "
         "Ostravian Foreign Office protesting the arrests.", "Norland Foreign Ministry", "Ostravian Foreign Office"),
        ("Envoy Petra Lind on Friday handed a message from President Anton Berg to Chancellor Tomas Varga in "
         "Askara.", "Anton Berg", "Tomas Varga"),
    ],
)  # fmt: skip
def test_who_hands_over_a_text_from_another_is_no_sender(sentence: str, sender: str, recipient: str) -> None:
    [(_kind, got_sender, recipients)] = acts(sentence)
    assert (got_sender, recipients) == (sender, (recipient,))
