"""'A received a reply from B to his letter': the parser hangs 'to his letter' on 'received'; the letter
answered is A's, to B, and the reply answers it. And 'A letter from A was on Monday delivered to B':
the date between the auxiliary and the verb dates the letter. Invented names; report dated Thursday
14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "President Tomas Varga on Thursday received a reply from President Jan Berg of Sweden to his"
            " letter on the railway.",
            [
                ("letter", "Jan Berg", ("Tomas Varga",), "Tomas Varga"),
                ("letter", "Tomas Varga", ("Jan Berg",), ""),
            ],
        ),
        (
            "President Tomas Varga received a reply from King Olav Brenn to his letter of 3 March.",
            [
                ("letter", "Olav Brenn", ("Tomas Varga",), "Tomas Varga"),
                ("letter", "Tomas Varga", ("Olav Brenn",), ""),
            ],
        ),
        (
            "Chancellor Helga Brandt on Monday received an answer from President Jan Berg to her message"
            " about the border.",
            [
                ("message", "Helga Brandt", ("Jan Berg",), ""),
                ("message", "Jan Berg", ("Helga Brandt",), "Helga Brandt"),
            ],
        ),
    ],
)
def test_a_reply_received_to_ones_own_letter_answers_it(sentence: str, expected: object) -> None:
    assert observed(run(report(sentence))) == expected


def test_the_letter_answered_keeps_its_own_date() -> None:
    rep = run(report("President Tomas Varga received a reply from King Olav Brenn to his letter of 3 March."))
    dates = {c.sender.name: str(c.date.earliest) for c in rep.extraction.communications if c.sender}
    assert dates["Tomas Varga"] == "2024-03-03"
    assert dates["Olav Brenn"] != "2024-03-03"


def test_a_reply_received_with_no_letter_named_answers_nothing_told() -> None:
    rep = run(report("President Tomas Varga on Thursday received a reply from President Jan Berg."))
    assert observed(rep) == [("letter", "Jan Berg", ("Tomas Varga",), "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter from President Tomas Varga was on Monday delivered to President Jan Berg by an envoy.",
        "A letter from President Tomas Varga was delivered on Monday to President Jan Berg by an envoy.",
        "A message from President Tomas Varga was on Monday delivered to President Jan Berg.",
    ],
)
def test_a_date_before_the_passive_verb_dates_the_letter(sentence: str) -> None:
    [comm] = run(report(sentence)).extraction.communications
    assert (str(comm.date.earliest), str(comm.date.latest)) == ("2024-03-11", "2024-03-11")
