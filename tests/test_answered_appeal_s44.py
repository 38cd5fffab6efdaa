"""'A has replied to B's appeal ... In a letter signed last Friday, A promised ...': the letter that tells
what the writer answered goes to the one whose appeal, request or invitation it answers. Not when the answer
was given in a speech or the answered thing is nobody's."""

from __future__ import annotations

import pytest

from test_extract import found_acts

LETTER = "In a letter signed last Friday and released on Sunday, Kanzo promised that Norland would work with the other creditors."


@pytest.mark.parametrize(
    "lead",
    [
        "Prime Minister Hideo Kanzo has replied to President Kwame Adu's appeal on the debt talks.",
        "Prime Minister Hideo Kanzo has responded to President Kwame Adu's request for help.",
        "Prime Minister Hideo Kanzo answered President Kwame Adu's invitation on Monday.",
    ],
)
def test_letter_goes_to_the_one_whose_appeal_it_answers(lead: str) -> None:
    acts = found_acts(lead, LETTER)
    assert ("letter", "Hideo Kanzo", ("Kwame Adu",)) in acts, acts


@pytest.mark.parametrize(
    "lead",
    [
        "In a speech on Monday, Prime Minister Hideo Kanzo replied to President Kwame Adu's appeal.",
        "Prime Minister Hideo Kanzo has replied to the criticism of the debt talks.",
    ],
)
def test_no_addressee_from_a_speech_or_nobodys_thing(lead: str) -> None:
    acts = found_acts(lead, LETTER)
    assert not any("Kwame Adu" in a[2] for a in acts), acts
