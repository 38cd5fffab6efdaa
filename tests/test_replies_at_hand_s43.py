"""Replies told two ways agency and archive reports use: a bare 'replied that' whose quoted words close
before a comma ('B replied that the ministry "has no money," but offered help': a written reply, not a turn
of talk framed by a quote), and a reply a file or a lot holds ('The documents also contain B's reply, dated
August 4')."""

from __future__ import annotations

import pytest

from test_extract import found_acts, report, run

LETTER = (
    "Mayor Jitka Vana wrote to Transport Minister Karel Novak on Friday asking the state to fund the tram."
)
FOUND = [("letter", "Jitka Vana", ("Karel Novak",)), ("letter", "Karel Novak", ("Jitka Vana",))]


@pytest.mark.parametrize(
    "sentence",
    [
        'Novak replied on Monday that the ministry "has no budget line for trams, however popular they are," '
        "but offered to help the city apply for European funds.",
        "Novak replied on Monday that the ministry “has no budget line for trams,” but offered to help the city.",
    ],
)
def test_a_reply_whose_quote_closes_before_a_comma_is_a_reply(sentence: str) -> None:
    assert found_acts(LETTER, sentence) == FOUND


@pytest.mark.parametrize(
    "sentence",
    [
        'Novak replied on Monday, "The ministry has no budget line for trams."',
        '"The ministry has no budget line for trams," Novak replied when asked by reporters on Monday.',
    ],
)
def test_a_reply_framing_a_quote_is_a_turn_of_talk(sentence: str) -> None:
    assert found_acts(LETTER, sentence) == FOUND[:1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The documents also contain Mr Novak's reply, dated August 4, in which he writes that the fund is empty.",
        "The lot also included Novak's reply, dated 2 April 1838, in which he promises a proof of every page.",
        "The file holds Novak's reply of 4 August, in which he writes that the fund is empty.",
    ],
)
def test_a_reply_a_file_holds_is_a_reply(sentence: str) -> None:
    assert found_acts(LETTER, sentence) == FOUND


def test_a_file_that_holds_no_reply_holds_none() -> None:
    assert found_acts(LETTER, "The file holds no reply from Novak.") == FOUND[:1]


def test_the_pronoun_of_an_in_which_clause_on_a_reply_is_its_writer() -> None:
    rep = run(
        report(
            "Foreign Minister Alison Hart wrote to her counterpart Jan Borek in July urging him to sign the pact.",
            "The documents also contain Mr Borek's reply, dated August 4, in which he writes that his country "
            '"will not be rushed into an agreement that our parliament has not seen."',
        )
    )
    comms = rep.extraction.communications
    (q,) = rep.extraction.quotes
    assert q.speaker is not None and q.speaker.name == "Jan Borek"
    assert q.communication is not None and comms[q.communication].sender.name == "Jan Borek"  # type: ignore[union-attr]
