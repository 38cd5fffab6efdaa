"""'B replied in a letter, thanking A for his gifts': the one who answers was not sent A's letter (A wrote to
B's predecessor, say); the participle of addressing names whom B answers, and B's letter answers A's last
letter. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "paragraphs, reply",
    [
        (
            (
                "The letter, dated February 14, 1861, was addressed to President Ana Valdes by King Aldric IV, "
                "but by the time it arrived the palace had a new occupant: Tomas Berger.",
                "Berger replied in a letter dated February 3, 1862, thanking the King for his gifts but declining "
                "the offer.",
            ),
            ("Tomas Berger", ("Aldric IV",), "Aldric IV"),
        ),
        (
            (
                "Queen Mirela sent a message of sympathy to President Ana Valdes on Monday.",
                "Vice-President Oren Falk responded in a message on Friday, thanking the Queen for her kindness.",
            ),
            ("Oren Falk", ("Mirela",), "Mirela"),
        ),
        (
            (
                "King Aldric IV wrote to Governor Ana Valdes in May 1790.",
                "Her successor, Tomas Berger, answered in a letter of 2 July 1790, assuring the King of his "
                "friendship.",
            ),
            ("Tomas Berger", ("Aldric IV",), "Aldric IV"),
        ),
    ],
)
def test_the_one_thanked_wrote_the_letter_answered(
    paragraphs: tuple[str, ...], reply: tuple[str, tuple[str, ...], str]
) -> None:
    assert reply in found_replies(*paragraphs)


def test_thanking_someone_who_wrote_nothing_answers_nothing() -> None:
    found = found_replies(
        "King Aldric IV wrote to President Ana Valdes in 1861.",
        "Tomas Berger replied in a letter dated 3 February 1862, thanking his staff for their work.",
    )
    assert found == [("Aldric IV", ("Ana Valdes",), "")], found
