"""'In the letter, dated 14 May and addressed to Finance Minister C, the Speaker said ...': the participle
of addressing joined to one of dating after the letter names its addressee, whatever the parser hung the
pair on; told with 'the' in the sentence right after a letter to a body, it is that letter, sent to the
person at the body."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "In the letter, dated 14 May and addressed to Finance Minister Ana Berg, Speaker Leo Kranz said the "
        "funds were late.",
        "The letter, dated 14 May and addressed to Finance Minister Ana Berg, was signed by Speaker Leo Kranz.",
        "Speaker Leo Kranz sent a letter, dated 14 May and addressed to Finance Minister Ana Berg, on Monday.",
    ],
)
def test_the_addressee_of_a_dated_letter(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Leo Kranz", ("Ana Berg",))]


def test_the_letter_to_a_body_told_again_with_its_addressee_is_one() -> None:
    got = found_acts(
        "Speaker Leo Kranz wrote to the Treasury on Monday.",
        "In the letter, dated 14 May and addressed to Finance Minister Ana Berg, the Speaker said the funds "
        "were late.",
    )
    assert len(got) == 1 and got[0][1] == "Leo Kranz" and "Ana Berg" in got[0][2], got


def test_a_letter_with_its_own_to_stays_apart() -> None:
    got = found_acts(
        "Speaker Leo Kranz wrote to the Treasury on Monday.",
        "The letter to Finance Minister Ana Berg, however, was never sent.",
    )
    assert got == [("letter", "Leo Kranz", ("Treasury",))], got
