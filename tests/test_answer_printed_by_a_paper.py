"""'He sent his answer to the Herald ... The text reads in full: ... Hon. B: Dear Sir. ...': a letter printed
by a newspaper is addressed to the one its address line names; the address line 'Hon. B:' ending with a
colon heads the letter (it is no 'The letter reads:'), and the letter goes to B."""

from __future__ import annotations

from test_extract import found_acts

LETTER = (
    "Executive Mansion,\nFreeport, August 22, 1862.",
    "Hon. Ana Berg:\nDear Madam.",
    "I have just read yours of the 19th, addressed to myself through the Freeport Tribune. I would save the "
    "Union, and I would save it the shortest way.",
    "Yours,\nMarek Novak.",
)


def test_the_printed_answer_goes_to_the_one_addressed() -> None:
    got = found_acts(
        "President Marek Novak did not reply privately. He sent his answer to the Freeport Herald, which "
        "printed it on 23 August. The text reads in full:",
        *LETTER,
    )
    assert any(s == "Marek Novak" and "Ana Berg" in r for _k, s, r in got), got


def test_sent_to_a_body_the_letter_also_goes_to_the_one_addressed() -> None:
    got = found_acts(
        "President Marek Novak sent his answer to the Freeport Institute on Monday. The text reads in full:",
        *LETTER,
    )
    assert any(s == "Marek Novak" and "Ana Berg" in r for _k, s, r in got), got
