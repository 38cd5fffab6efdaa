"""A headline that restates the report's act in headline shorthand is that act, not a second one: 'PM
writes to Vestrian CM' above 'Prime Minister A wrote to Chief Minister B of Vestria' (acronyms of the
titles, the state's adjective, a bare title), with the headline's sentence one more place stating it; a
headline naming someone the body's act does not name stays an act of its own. And greetings the two
parties of a call exchanged are what they said in that call, not two messages. Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import H, L, Obs, observed
from test_patterns import param as case

V = "Prime Minister Rakel Osvald"  # of Vestria, in the body
C = "Chief Minister Anton Brekke of Tessal"

HEADLINED = [
    ("PM writes to Tessal CM over dam",
     f"{V} on Wednesday wrote to {C}, urging him to release the water.", "letter Osvald>Brekke"),
    ("Vestrian PM sends letter to Tessal chief minister",
     f"A letter from {V} of Vestria was delivered to {C} on Wednesday.", "letter Osvald>Brekke"),
    ("Norland's president calls Vestrian premier",
     f"{H} spoke by telephone with {L} on Tuesday about the harbour.", "call Halvard>Lindqvist"),
    ("Norlandic president holds phone call with Vestrian premier",
     f"{L} received a telephone call from {H} on Tuesday.", "call Halvard>Lindqvist"),
    ("President receives message from Vestrian Prime Minister",
     f"{H} received a message from {L} on Tuesday about the harbour.", "message Lindqvist>Halvard"),
    ("Premier writes to president",
     f"In a letter sent on Monday, {L} asked {H} to reopen the border.", "letter Lindqvist>Halvard"),
    # a capital or a state for whoever governs there
    ("Envoy carries Lindqvist's letter to Askara",
     f"The envoy delivered a letter from {L} to {H} in Askara on Monday.", "letter Lindqvist>Halvard"),
    ("Vestrian PM writes to Paris over fishing rights",
     f"{V} wrote to Chief Minister Anton Brekke on Monday about fishing rights.", "letter Osvald>Brekke"),
    ("Lindqvist sends message to Norland",
     f"{L} sent a message to {H} on Tuesday about the harbour.", "message Lindqvist>Halvard"),
]  # fmt: skip

NAMES = {
    "Osvald": "Rakel Osvald",
    "Brekke": "Anton Brekke",
    "Halvard": "Marta Halvard",
    "Lindqvist": "Jonas Lindqvist",
}


def spec(s: str) -> list[Obs]:
    kind, pair = s.split()
    sender, recipient = pair.split(">")
    return [(kind, NAMES[sender], (NAMES[recipient],), "")]


@pytest.mark.parametrize("headline, body, expected", HEADLINED)
def test_a_headline_in_shorthand_restates_the_body_act(headline: str, body: str, expected: str) -> None:
    rep = run(report(body, headline=headline))
    assert observed(rep) == spec(expected)
    (comm,) = rep.extraction.communications
    assert any(m.start < len(headline) for m in comm.mentions)  # the headline states it too


def test_a_headline_naming_another_sender_stays_its_own_act() -> None:
    body = f"{H} received a letter from {L} on Monday about the border."
    rep = run(report(body, headline="Brandt writes to Halvard"))
    assert ("letter", "Jonas Lindqvist", ("Marta Halvard",), "") in observed(rep)
    assert len(observed(rep)) == 2


def test_a_headline_role_of_another_body_stays_apart() -> None:
    """'president' is no word the body gives the Senate: the headline's planned letter is no body act."""
    headline = "Premier to write to president"
    body = f"{L} said on Wednesday he would write to the president next week. On Monday he sent a letter to the Senate."
    rep = run(report(body, headline=headline))
    assert ("letter", "Jonas Lindqvist", ("Senate",), "") in observed(rep)
    senate = next(c for c in rep.extraction.communications if [r.name for r in c.recipients] == ["Senate"])
    assert all(m.start > len(headline) for m in senate.mentions)


GREETINGS = [
    case("call-greetings/the-two-leaders-exchanged-greetings", "call H>L",
         f"{H} phoned {L} on Monday.", "The two leaders exchanged greetings on the occasion of the New Year."),
    case("call-greetings/they-exchanged-greetings-and-discussed", "call H>L",
         f"{L} received a telephone call from {H} on Monday.",
         "They exchanged greetings for the harvest festival and discussed trade."),
    case("call-greetings/during-the-call-the-pair-exchanged-greetings", "call H>L",
         f"{H} held a telephone conversation with {L} on Monday.",
         "During the call, Halvard and Lindqvist exchanged greetings on the holiday."),
    case("call-greetings/messages-named-stay-messages", "call H>L; message H>L; message L>H",
         f"{H} phoned {L} on Monday.", "On Friday the two leaders exchanged messages of greetings on the New Year."),
    case("call-greetings/no-call-greetings-are-messages", "message H>L; message L>H",
         f"{H} and {L} exchanged New Year greetings on Monday."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", GREETINGS)
def test_greetings_exchanged_in_a_call(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Halvard to propose talks in letter to Lindqvist",
        "Halvard to set out dam terms in letter to Vestrian premier",
        "Norland president to raise harbour row in letter to Lindqvist",
    ],
)
def test_a_headline_of_what_a_letter_will_say_is_no_letter(headline: str) -> None:
    body = (
        f"{H} said on Tuesday that talks were needed with Vestria, whose premier Jonas Lindqvist was silent."
    )
    assert observed(run(report(body, headline=headline))) == []
