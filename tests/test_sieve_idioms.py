"""The second stage's idioms of "note": a tone or heed is no message, a note sent or addressed is.

Invented sentences about invented people; each look-alike holds a word of sending near the note (which
alone would pass it), so it is the idiom that drops it.
"""

from __future__ import annotations

import pytest

from lettertrace import sieve
from lettertrace.extract import prefilter


@pytest.mark.parametrize(
    "text",
    [
        # active, passive, nominal, with a role instead of a name
        "Ostrova sent a note to Kettle on Friday.",
        "A note was sent to Chancellor Ostrova by the governor on Friday.",
        "Kettle received a brief note from the governor.",
        "The minister's note to the council of Marrow was delivered on Monday.",
        "The ministry sent a strongly worded note to the Zemblan embassy.",
        # a note in the places the idioms take, but addressed or sent
        "The claim rests on a note sent to the embassy by Minister Orrin.",
        "The demands were set out on a note to the embassy from Minister Orrin.",
        "The claim rests on a Foreign Ministry note sent on Monday by Orrin.",
        "The embassy took a diplomatic note to the ministry in Marrow.",
    ],
)
def test_a_note_sent_or_addressed_passes(text: str) -> None:
    assert prefilter.has_cue(text)
    assert sieve.may_state_communication(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania ended the season on a sour note when Kettle was sent off for a foul.",
        "On a more personal note, Governor Pell said she had sent her staff home.",
        "On that note, Minister Orrin sent the delegates home.",
        "Chancellor Ostrova struck a conciliatory note in Marrow, sending her regards to the farmers.",
        "President Marr sounded a note of caution as envoys delivered the news to Marrow.",
        "Governor Pell took note of the proposal the council sent her.",
        "Nothing of note was sent to Senator Vask from the archive.",
    ],
)
def test_a_note_of_tone_or_heed_is_dropped(text: str) -> None:
    assert prefilter.has_cue(text), "the first stage passes these; the second stage is what drops them"
    assert not sieve.may_state_communication(text)


def test_another_cue_in_the_sentence_still_passes() -> None:
    assert sieve.may_state_communication("Minister Orrin took note of the letters sent by the farmers.")
