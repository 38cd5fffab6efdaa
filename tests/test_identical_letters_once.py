"""'Identical letters addressed to A and to the President of X': one letter to both, told again under its
own heading ('Identical letters dated 9 October from ... addressed to the Secretary-General and the
President of X'); a plural of copies is no other act, and merging keeps its two addressees apart.
Invented people."""

from __future__ import annotations

from test_extract import found_acts


def test_identical_letters_told_twice_are_one() -> None:
    got = found_acts(
        "Norland's Permanent Representative to the United Nations, Ambassador Lev Marr, has addressed identical"
        " letters to Secretary-General Ivo Kant and to the President of the Security Council. The letters, dated"
        " 9 October 2023, have been circulated as a document of the Council.",
        "Identical letters dated 9 October 2023 from the Permanent Representative of Norland to the United Nations"
        " addressed to the Secretary-General and the President of the Security Council",
    )
    assert got == [("letter", "Lev Marr", ("Ivo Kant", "President of the Security Council"))]


def test_an_identical_letter_after_one_is_another() -> None:
    got = found_acts(
        "President Ana Ruiz wrote to Chancellor Ivo Kant on Monday. She sent an identical letter to Prime Minister"
        " Lena Marr on Tuesday."
    )
    assert len(got) == 2
