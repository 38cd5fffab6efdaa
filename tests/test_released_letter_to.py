"""'A released a letter addressed to B', 'A published a letter to B': making public a letter to someone,
with no other writer named on it, is its writer's act. A letter named with its writer ('a letter from
C to B', 'C's letter to B') stays C's; a paper printing a letter to its editor names no party."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 24, President Marek Novak released a letter addressed to Sylvanian leader Ana Berg calling off "
        "the summit.",
        "President Marek Novak published a letter to Ana Berg on Monday.",
        "President Marek Novak on Monday released a letter to Ana Berg about the summit.",
    ],
)
def test_the_one_who_releases_it_wrote_it(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Marek Novak", ("Ana Berg",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry released a letter from President Leo Kranz to Ana Berg on Monday.",
        "The ministry released Leo Kranz's letter to Ana Berg on Monday.",
    ],
)
def test_a_letter_named_with_its_writer_stays_his(sentence: str) -> None:
    got = found_acts(sentence)
    assert len(got) == 1 and got[0][1] == "Leo Kranz", got


def test_a_letter_to_the_editor_names_no_party() -> None:
    assert found_acts("The newspaper published a letter to the editor on Monday.") == []
