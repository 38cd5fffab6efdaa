"""'Her second letter, sent in June to thank him', 'a letter written by A to congratulate B': the one a
letter's participle of sending or writing means to thank, congratulate or urge (an infinitive of purpose)
is its addressee. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "A letter written by President Ana Berg to congratulate Prime Minister Tomas Ngira arrived on Friday.",
            ("letter", "Ana Berg", ("Tomas Ngira",)),
        ),
        (
            "A letter sent by President Ana Berg in June to thank Prime Minister Tomas Ngira is still quoted.",
            ("letter", "Ana Berg", ("Tomas Ngira",)),
        ),
        (
            "The message, sent by President Ana Berg on Monday to urge Prime Minister Tomas Ngira to act, was"
            " published.",
            ("message", "Ana Berg", ("Tomas Ngira",)),
        ),
    ],
)
def test_the_one_a_letter_was_sent_to_thank_is_its_addressee(sentence: str, act: tuple) -> None:
    assert found_acts(sentence) == [act]


@pytest.mark.parametrize(
    "then",
    [
        "Kato's second letter, sent in June to thank him, is still quoted in the ministry.",
        "Kato's second letter, written in June to thank the latter, is still quoted in the ministry.",
    ],
)
def test_a_second_letter_sent_to_thank_the_one_who_answered(then: str) -> None:
    acts = found_acts(
        "As director-general, Kato Mariko wrote to her Chinese counterpart, Liang Wenbo, on 7 May 2019. The"
        " latter answered a week later, on 14 May.",
        then,
    )
    assert acts.count(("letter", "Kato Mariko", ("Liang Wenbo",))) == 2


def test_a_purpose_that_names_no_one_gives_no_addressee() -> None:
    assert (
        found_acts("A letter sent by President Ana Berg in June to explain the tariff was published.") == []
    )
