"""'the Head of State' among several named heads of state is the one of the state whose capital opens the
dateline: an agency's own president (invented wire copy)."""

from __future__ import annotations

import pytest

from test_extract import run

STORY = (
    "Head of State holds phone talks\n\n"
    "{dateline}President of Kazakhstan Nurlan Abdykadyrov had a telephone conversation with President of"
    " Uzbekistan Ravshan Tursunov on 14 May, the press service reports.\n\n"
    "Earlier, on Sunday, the head of state congratulated President of Tanzania Amina Salum on her birthday in"
    " a telegram.\n"
)


def _senders_to_salum(text: str) -> set[str]:
    rep = run(text)
    return {
        c.sender.name
        for c in rep.extraction.communications
        if c.sender is not None and [r.name for r in c.recipients] == ["Amina Salum"]
    }


@pytest.mark.parametrize(
    ("dateline", "own"),
    [
        ("ASTANA. 14 May 2024. KAZINFORM - ", "Nurlan Abdykadyrov"),
        ("ASTANA (Wire) - ", "Nurlan Abdykadyrov"),
        ("TASHKENT, May 14 (UzA) - ", "Ravshan Tursunov"),
    ],
)
def test_the_head_of_state_is_the_datelines(dateline: str, own: str) -> None:
    assert _senders_to_salum(STORY.format(dateline=dateline)) == {own}


@pytest.mark.parametrize(
    "dateline",
    [
        "ALMATY, May 14 (Wire) - ",  # a city that is no capital: no state told
        "BISHKEK, May 14 (Wire) - ",  # the capital of a state neither president is tied to
        "",
    ],
)
def test_no_head_of_state_chosen_without_the_datelines_state(dateline: str) -> None:
    assert not _senders_to_salum(STORY.format(dateline=dateline)) & {"Nurlan Abdykadyrov", "Ravshan Tursunov"}


@pytest.mark.parametrize(
    ("dateline", "own"),
    [
        ("Tashkent, 16 May 2024 (UzA)\n", "Ravshan Tursunov"),
        ("Astana, 16 May 2024 (Wire)\n", "Nurlan Abdykadyrov"),
    ],
)
def test_the_head_of_our_state_is_the_datelines(dateline: str, own: str) -> None:
    text = (
        f"Presidents hold phone talks\n{dateline}On Tuesday, President of Uzbekistan Ravshan Tursunov held a"
        " telephone conversation with President of Kazakhstan Nurlan Abdykadyrov.\n\n"
        "On Wednesday, the Head of our state sent a telegram of condolences to President of Tanzania Amina"
        " Salum in connection with the floods.\n"
    )
    assert _senders_to_salum(text) == {own}
