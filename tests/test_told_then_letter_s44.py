"""A lead that says whom a writer told ("A has told B that ...", "assured B that ...") and a letter the next
sentence names as the medium of what A said ("In a letter sent on Monday, A said ..."): the letter went to
B. Not when the one told is a medium ("told the BBC") or the telling happened at a meeting; and a quote closed
right after its full stop does not stand as a sentence of its own."""

from __future__ import annotations

import pytest

from test_extract import found_acts

LETTER = (
    "In a letter sent on Monday and published by her office a day later, Berg said that trade would suffer."
)


@pytest.mark.parametrize(
    "lead",
    [
        "President Anna Berg has told Prime Minister Karl Brandt that the border must stay open.",
        "Norland's president, Anna Berg, has assured the prime minister, Karl Brandt, that the border will stay open.",
        "President Anna Berg has informed Karl Brandt, the Sylvanian prime minister, that the border will stay open.",
        "Norland's President, Anna Berg, has told Prime Minister Karl Brandt that the closures \"have shamed those "
        'who ordered them, and nothing will ever clean this shame."',
    ],
)
def test_the_one_told_in_the_lead_is_the_letters_addressee(lead: str) -> None:
    acts = found_acts(lead, LETTER)
    assert acts == [("letter", "Anna Berg", ("Karl Brandt",))], acts


@pytest.mark.parametrize(
    "lead",
    [
        "President Anna Berg told the BBC that the border must stay open.",
        "President Anna Berg told Karl Brandt during their meeting in Vienna that the border must stay open.",
    ],
)
def test_a_medium_or_a_meeting_gives_the_letter_no_addressee(lead: str) -> None:
    acts = found_acts(lead, LETTER)
    assert not any(a[2] for a in acts), acts
