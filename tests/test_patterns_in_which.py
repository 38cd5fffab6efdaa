"""', in which A urged B to act' after a letter names its writer and addressee, wherever the parser hangs
the clause ('a letter from A dated 3 November 1956, in which he urged B': on the date); a role that sends
it ('the Soviet leader') is the writer the clause names. Look-alike: an 'in which' clause of another
noun ('the summit, in which A urged B') after the letter's own phrase is not the letter's. Invented
names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, writer, addressee",
    [
        ("The file contains a letter from Nikita Korov dated 3 November 1956, in which he urged Marshal Anton"
         " Brezic to intervene.", "Nikita Korov", "Anton Brezic"),
        ("The file contains a letter from the Soviet leader dated 3 November 1956, in which Korov urged Brezic"
         " to intervene.", "Korov", "Brezic"),
        ("The archive holds a telegram from Marshal Anton Brezic dated 4 May 1961, in which the marshal"
         " asked President Ivo Stan to mediate.", "Anton Brezic", "Ivo Stan"),
    ],
)  # fmt: skip
def test_an_in_which_clause_names_writer_and_addressee(sentence: str, writer: str, addressee: str) -> None:
    assert found_acts(sentence) == [("letter" if "letter" in sentence else "message", writer, (addressee,))]


def test_an_in_which_clause_of_another_noun_is_not_the_letters() -> None:
    acts = found_acts(
        "Marshal Anton Brezic sent a letter on Monday about the summit of 1956, in which Korov urged President"
        " Ivo Stan to act."
    )
    assert all(r != ("Ivo Stan",) for _, _, r in acts)
