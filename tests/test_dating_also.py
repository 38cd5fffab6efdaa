"""An act told with 'also' right after a dated one, with no date words of its own, took place on that
day: a round-up tells the acts of one occasion. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _dates(*paragraphs: str) -> dict[tuple[str, str], str]:
    rep = run(report(*paragraphs))
    return {
        (c.sender.name if c.sender else "", c.recipients[0].name if c.recipients else ""): (
            f"{c.date.earliest}/{c.date.latest}"
        )
        for c in rep.extraction.communications
    }


@pytest.mark.parametrize(
    ("first", "then", "pair"),
    [
        (
            "King Olav Brenn on Tuesday sent a cable of congratulations to President Ana Holm.",
            "The King also sent messages to President Tomas Varga and Chancellor Helga Brandt.",
            ("Olav Brenn", "Tomas Varga"),
        ),
        (
            "King Olav Brenn on Tuesday sent a cable of congratulations to President Ana Holm.",
            "King Olav Brenn also received cables of congratulations from President Rui Santos and Prime"
            " Minister Lena Dahl.",
            ("Lena Dahl", "Olav Brenn"),
        ),
        (
            "President Ana Holm spoke by phone with King Olav Brenn on Tuesday.",
            "Holm also phoned Chancellor Helga Brandt, her office said.",
            ("Ana Holm", "Helga Brandt"),
        ),
    ],
)
def test_an_act_told_with_also_takes_the_day_of_the_one_before(
    first: str, then: str, pair: tuple[str, str]
) -> None:
    assert _dates(first, then)[pair] == "2024-03-12/2024-03-12"


def test_also_with_a_date_of_its_own_keeps_it() -> None:
    dates = _dates(
        "King Olav Brenn on Tuesday sent a cable of congratulations to President Ana Holm.",
        "The King also sent a message to President Tomas Varga on Sunday.",
    )
    assert dates[("Olav Brenn", "Tomas Varga")] == "2024-03-10/2024-03-10"


def test_also_after_an_undated_act_is_no_day() -> None:
    dates = _dates(
        "King Olav Brenn on Tuesday sent a cable of congratulations to President Ana Holm.",
        "Chancellor Helga Brandt has written to President Tomas Varga about the dam.",
        "The King also sent a message to President Juan Ortiz.",
    )
    assert dates[("Olav Brenn", "Juan Ortiz")] != "2024-03-12/2024-03-12"


@pytest.mark.parametrize(
    ("then", "pair"),
    [
        (
            "Crown Prince Harald Brenn sent a similar cable to President Ana Holm.",
            ("Harald Brenn", "Ana Holm"),
        ),
        (
            "Prime Minister Lena Dahl likewise sent a message of congratulations to President Ana Holm.",
            ("Lena Dahl", "Ana Holm"),
        ),
        (
            "Prime Minister Lena Dahl similarly cabled President Ana Holm.",
            ("Lena Dahl", "Ana Holm"),
        ),
    ],
)
def test_a_similar_message_takes_the_day_of_the_one_before(then: str, pair: tuple[str, str]) -> None:
    dates = _dates("King Olav Brenn on Tuesday sent a cable of congratulations to President Ana Holm.", then)
    assert dates[pair] == "2024-03-12/2024-03-12"


def test_a_chain_of_similar_messages_keeps_the_day() -> None:
    dates = _dates(
        "King Olav Brenn on Tuesday sent a cable of congratulations to President Ana Holm.",
        "Crown Prince Harald Brenn sent a similar cable to President Ana Holm.",
        "Prime Minister Lena Dahl also sent a similar cable to President Ana Holm.",
    )
    assert dates[("Lena Dahl", "Ana Holm")] == "2024-03-12/2024-03-12"


def test_a_similar_message_after_an_undated_act_is_no_day() -> None:
    dates = _dates(
        "King Olav Brenn on Tuesday sent a cable of congratulations to President Ana Holm.",
        "Chancellor Helga Brandt has written to President Tomas Varga about the dam.",
        "Crown Prince Harald Brenn sent a similar letter to President Juan Ortiz.",
    )
    assert dates[("Harald Brenn", "Juan Ortiz")] != "2024-03-12/2024-03-12"
