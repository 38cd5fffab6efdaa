"""Round-ups of letters: "Letters continue to arrive addressed to B ... A said in his letter ...". The frame
(many letters to one person, from no one named) gives its addressee to each letter told after it with a
writer and no addressee, also to a bare "A wrote:" that opens a quote; not to the addressee's own words,
and not without the frame."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FRAMES = [
    "Congratulatory letters continue to arrive addressed to President of the Republic of Sylvania Omar Haddad "
    "on the occasion of Independence Day.",
    "Letters of congratulation keep arriving for President Omar Haddad ahead of the national holiday.",
    "Letters of greeting continue to come in addressed to the head of state, Omar Haddad.",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(
    "told",
    [
        '"Freedonia will always stand by Sylvania," President of Freedonia Lars Pettersen said in his letter.',
        'In his letter of congratulations, President Lars Pettersen expressed hope that "relations will grow".',
        'President of Freedonia Lars Pettersen wrote: "I highly appreciate our personal friendly relations."',
    ],
)
def test_letters_after_the_frame_go_to_its_addressee(frame: str, told: str) -> None:
    assert ("letter", "Lars Pettersen", ("Omar Haddad",)) in found_acts(frame, told)


def test_the_addressee_own_words_are_no_letter_to_himself() -> None:
    got = found_acts(FRAMES[0], 'President Omar Haddad wrote: "I thank all my colleagues for their words."')
    assert [a for a in got if a[1] == "Omar Haddad"] == []


def test_no_frame_no_addressee() -> None:
    got = found_acts(
        "President Omar Haddad spoke at the parade on Independence Day.",
        'President of Freedonia Lars Pettersen wrote: "I highly appreciate our personal friendly relations."',
    )
    assert [a for a in got if a[1] == "Lars Pettersen"] == []
