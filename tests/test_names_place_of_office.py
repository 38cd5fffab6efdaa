"""A one-word name right after 'of' that an office governs is the office's place, though spaCy tags it a
person: in 'The mayor of Oskar, Hannah Brill, said she had received a letter', 'she' is Hannah Brill, and no
person 'Oskar' enters the register. Look-alike: 'the envoy of Hamad', whose envoy acts for a person."""

from __future__ import annotations

import pytest

from test_extract import found_acts, report, run


@pytest.mark.parametrize(
    "sentence, recipient",
    [
        ("The mayor of Oskar, Hannah Brill, said she had received a letter from Paul Decker.", "Hannah Brill"),
        ("Hannah Brill, the mayor of Oskar, said she had received a letter from the minister, Paul Decker.",
         "Hannah Brill"),
        ("The governor of Lanta, Tom Reyes, said he had received a letter from the minister, Paul Decker.",
         "Tom Reyes"),
    ],
)  # fmt: skip
def test_the_place_of_an_office_is_no_person(sentence: str, recipient: str) -> None:
    assert found_acts(sentence) == [("letter", "Paul Decker", (recipient,))]
    parties = run(report(sentence)).extraction.parties
    assert not any(p.name in ("Oskar", "Lanta") and p.ptype == "person" for p in parties)


def test_one_who_acts_for_a_person_keeps_the_person() -> None:
    sentence = "Paul Decker received the envoy of Hamad, who handed him a letter from Hamad on Monday."
    assert [s for _, s, _ in found_acts(sentence)] == ["Hamad"]
