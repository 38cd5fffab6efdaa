"""Transcripts whose turns are labelled by a surname in capitals ("VALDIVIESO: ... I wrote to ...") or open
with a time code ("[00:01:11] ROGER BELMONT: ... I rang ..."): the "I" of a turn is the person the label
names. And a name after a call verb that the parser reads as a second subject is its object."""

from __future__ import annotations

import pytest

from test_extract import found_acts

INTRO = (
    "Ignacio Valdivieso was Norland's foreign minister from 2012 to 2014. His memoir comes out this month."
)


@pytest.mark.parametrize(
    "turn",
    [
        "VALDIVIESO: Because that letter was honest. On 2 April 2013 I wrote to the Sylvanian foreign minister, "
        "Hernan Quispe, privately.",
        "VALDIVIESO: On 2 April 2013 I sent a private letter to Hernan Quispe, the Sylvanian foreign minister.",
        "Valdivieso: Because that letter was honest. On 2 April 2013 I wrote to Hernan Quispe.",
    ],
)
def test_surname_label_speaks_the_turn(turn: str) -> None:
    acts = found_acts(
        INTRO, "Q: Your book opens with a letter. Why?", turn, "Q: And then?", "VALDIVIESO: Nothing."
    )
    assert ("letter", "Ignacio Valdivieso", ("Hernan Quispe",)) in acts, acts


@pytest.mark.parametrize(
    "turn",
    [
        "[00:01:11] ROGER BELMONT: At about ten that night I rang Klaus Hartung, the Ruritanian finance minister, "
        "because we had heard the news.",
        "[00:01:11] ROGER BELMONT: That night I phoned Klaus Hartung, the Ruritanian finance minister.",
    ],
)
def test_time_coded_labels_speak_their_turns(turn: str) -> None:
    acts = found_acts(
        "[00:00:12] MAYA OKONJO: Welcome back. Roger Belmont, thank you for coming in.",
        "[00:00:19] ROGER BELMONT: Thank you for having me.",
        "[00:01:05] MAYA OKONJO: Where were you on the Sunday?",
        turn,
    )
    assert ("call", "Roger Belmont", ("Klaus Hartung",)) in acts, acts


def test_name_read_as_a_second_subject_is_the_one_called() -> None:
    acts = found_acts(
        "At about ten that night Roger Belmont rang Klaus Hartung, the Ruritanian finance minister, because "
        "the news had come."
    )
    assert acts == [("call", "Roger Belmont", ("Klaus Hartung",))], acts
