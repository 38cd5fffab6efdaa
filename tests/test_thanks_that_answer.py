"""A communication that thanks its addressee answers what the addressee sent before: 'a message of
thanks', 'a letter of gratitude', 'a thank-you note', 'wrote back', 'sent a letter to A, thanking her'.
Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import found_replies

FIRST = (
    "On Monday, President Aldo Verran of Freedonia sent a letter to Prime Minister Kesi Orlamo of Sylvania."
)
ANSWERED = [("Aldo Verran", ("Kesi Orlamo",), ""), ("Kesi Orlamo", ("Aldo Verran",), "Aldo Verran")]


@pytest.mark.parametrize(
    "thanks",
    [
        "On Wednesday, Orlamo sent a message of thanks to Verran.",
        "On Wednesday, a message of gratitude was sent by Orlamo to Verran.",
        "On Wednesday, Orlamo sent Verran a thank-you letter.",
        "On Wednesday, Orlamo wrote back to Verran, thanking him for his support.",
        "On Wednesday, Orlamo sent a letter to Verran, thanking him for the invitation.",
        "On Wednesday, the Sylvanian prime minister sent a letter of appreciation to the Freedonian president.",
    ],
)
def test_thanks_answer_the_addressees_letter(thanks: str) -> None:
    assert found_replies(FIRST, thanks) == ANSWERED


def test_thanks_to_one_of_several_addressees_answers_the_message_to_him() -> None:
    got = found_replies(
        "President Aldo Verran of Freedonia sent congratulatory messages to Kesi Orlamo, Dina Paolu and Ivo Stren "
        "after their election on Sunday.",
        "On Wednesday, Orlamo sent a message of gratitude to Verran, thanking him for the kind words.",
    )
    assert ("Kesi Orlamo", ("Aldo Verran",), "Aldo Verran") in got


@pytest.mark.parametrize(
    "paragraphs",
    [
        # nothing came before from the one thanked
        [
            "Prime Minister Kesi Orlamo of Sylvania sent a message of thanks to President Aldo Verran of Freedonia."
        ],
        # the thanks go to a third party
        [
            FIRST,
            "On Wednesday, Orlamo sent a letter of thanks to the Sylvanian Red Cross for its relief work.",
        ],
        # the letter is no thanks
        [FIRST, "On Wednesday, Orlamo sent a letter to Verran about fishing rights."],
    ],
)
def test_no_answer_without_thanks_to_an_earlier_writer(paragraphs: list[str]) -> None:
    assert all(answered == "" for _, _, answered in found_replies(*paragraphs))
