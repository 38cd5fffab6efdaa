"""A letter just told without its addressee, then answered: the one who answers it received it ('A's
letter of early August opened the back channel; B's reply of 19 August accepted' - A wrote to B).
Look-alikes: a letter to someone named stays theirs ('A wrote to C ... B's reply' leaves A's letter to C),
and a letter told in someone's quoted words gets no inferred addressee.
Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "text",
    [
        "Khalil Mansour's handwritten letter of early August 1993 opened the back channel; Daniel Orbach's"
        " reply of 19 August, carried by a Swiss academic, accepted recognition as a principle.",
        "Khalil Mansour's letter of early August 1993 opened the back channel. Daniel Orbach's reply of 19"
        " August accepted recognition as a principle.",
        "Khalil Mansour's secret letter, drafted in August 1993, proposed talks. Daniel Orbach's reply of 19 August"
        " accepted the offer.",
    ],
)
def test_the_one_who_answers_received_the_letter(text: str) -> None:
    assert found_replies(text) == [
        ("Daniel Orbach", ("Khalil Mansour",), "Khalil Mansour"),
        ("Khalil Mansour", ("Daniel Orbach",), ""),
    ]


def test_a_letter_to_someone_named_stays_theirs() -> None:
    text = (
        "Khalil Mansour wrote to Ana Berg in August 1993. Daniel Orbach's reply of 19 August accepted the"
        " offer."
    )
    assert ("Khalil Mansour", ("Ana Berg",), "") in found_replies(text)
    assert ("Khalil Mansour", ("Daniel Orbach",), "") not in found_replies(text)


def test_a_letter_in_someones_quoted_words_is_not_completed() -> None:
    """Inside quotes who wrote and who received is told by a speaker's 'I' and 'we' (a post's "Received the
    letter of B" names its receiver as the subject it leaves out): no addressee is inferred there."""
    text = 'Tomas Lind said on Monday: "We sent a letter last week." Dravia\'s reply arrived on Friday.'
    assert ("Tomas Lind", ("Dravia",), "") not in found_replies(text)
