"""'In a letter dated 30 October, she addressed President B directly': the person the writer addressed in
the letter is its addressee (not "addressed the nation in a televised message"); and a title-case headline's
"Lawyer Whose Letter Defied a Dictator" is no one's name (a relative pronoun ends a name)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg was a young lawyer when, in a letter dated Oct. 30, 1979, she addressed President Karl Brandt "
        "directly.",
        "In a letter on Monday, Ana Berg addressed President Karl Brandt directly.",
        "In an open letter, Ana Berg addressed Prime Minister Karl Brandt by name.",
    ],
)
def test_person_addressed_in_a_letter(sentence: str) -> None:
    acts = found_acts(sentence)
    assert len(acts) == 1 and acts[0][1].endswith("Berg") and acts[0][2] == ("Karl Brandt",), acts


def test_nation_addressed_in_a_message_is_no_addressee() -> None:
    acts = found_acts("In a televised message, President Karl Brandt addressed the nation.")
    assert acts == [], acts


def test_relative_pronoun_ends_a_headline_name() -> None:
    acts = found_acts(
        "Ana Berg died on Jan. 17. She was 86.",
        "In 1979 Ms. Berg wrote to President Karl Brandt, asking him to free 112 students.",
        headline="Ana Berg, Lawyer Whose Letter Defied a Dictator, Dies at 86",
    )
    assert acts and all(a[1] == "Ana Berg" for a in acts), acts
