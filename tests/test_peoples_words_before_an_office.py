"""'a letter from Lao Prime Minister A': a people's word English does not form from the state's name
('Lao', 'Khmer', 'Swazi', 'Basotho', 'Omani') qualifies the office; it is no sender of its own. Names are
invented; the peoples are real."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        (
            "The same day, PM Kesi Orlamo received a letter from Lao Prime Minister Bounmy Khamvong, dated June 10, "
            "expressing thanks for the support.",
            "Bounmy Khamvong",
        ),
        (
            "On Tuesday, PM Kesi Orlamo received a message from Khmer King Norodom Sakhet, expressing thanks for "
            "the support.",
            "Norodom Sakhet",
        ),
        (
            "On Tuesday, PM Kesi Orlamo received a letter from Basotho Prime Minister Thabo Lekhanya expressing "
            "thanks for the support.",
            "Thabo Lekhanya",
        ),
    ],
)
def test_the_holder_sends_not_the_peoples_word(sentence: str, sender: str) -> None:
    assert [(kind, who) for kind, who, _ in found_acts(sentence)] in (
        [("letter", sender)],
        [("message", sender)],
    )


@pytest.mark.parametrize("word", ["Lao", "Khmer", "Swazi", "Omani", "Bahraini", "Thai", "Motswana"])
def test_peoples_words(word: str) -> None:
    assert names.is_demonym(word)


@pytest.mark.parametrize("word", ["Turkey", "Holland", "Mali", "Fiji", "Oman", "Laos", "Kesi"])
def test_names_of_states_and_people_are_no_peoples_words(word: str) -> None:
    assert not names.is_demonym(word)
