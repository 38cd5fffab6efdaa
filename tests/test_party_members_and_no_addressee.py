"""'Sen. A, a California Democrat, and Rep. B, a Texas Republican,', 'the subcommittee's ranking Democrat,
Rep. C': one member of a political group set beside a person names no party (the group's word is a
description of that person). 'She had written to neither leader', 'to no minister': no one was written to.
Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "FAA Administrator Curt Vandam wrote back to Sen. Margaret Ellis, a California Democrat, on Tuesday.",
        "Sen. Margaret Ellis, a California Democrat, wrote to FAA Administrator Curt Vandam on Tuesday.",
        "The subcommittee's ranking Democrat, Rep. Angela Norr, wrote to FAA Administrator Curt Vandam on Tuesday.",
    ],
)
def test_a_member_is_no_party(sentence: str) -> None:
    rep = run(
        report(
            sentence,
            "The subcommittee's ranking Democrat, Rep. Angela Norr, said the chairman was \"more interested in"
            ' headlines than in housing" and asked for a hearing.',
        )
    )
    names = {
        p.name for c in rep.extraction.communications for p in [c.sender, *c.recipients] if p is not None
    }
    names |= {q.speaker.name for q in rep.extraction.quotes if q.speaker is not None}
    assert "Democrat" not in names
    assert len(rep.extraction.communications) == 1


@pytest.mark.parametrize("addressee", ["neither leader", "no minister"])
def test_no_one_written_to(addressee: str) -> None:
    acts = found_acts(
        "Premier Gordon Hale wrote to Prime Minister Daniel Bell on 20 February.",
        f"Opposition Leader Carla Sin said she had written to {addressee} but called on both to stop.",
    )
    assert acts == [("letter", "Gordon Hale", ("Daniel Bell",))]
