"""Misfires a reviewer found in rules of this session, each on invented sentences: the rule must not fire."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _acts(*paragraphs: str, dateline: str | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    text = report(*paragraphs) if dateline is None else report(*paragraphs, dateline=dateline)
    return [
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in run(text).extraction.communications
    ]


@pytest.mark.parametrize(
    "body", ["the state oil company", "the state railway company", "the government commission on floods"]
)
def test_the_head_of_a_state_body_is_no_head_of_state(body: str) -> None:
    found = _acts(
        "President Ana Lind of Freedonia toured the port on Monday.",
        f"On Tuesday, Governor Bob Marsh wrote to the head of {body} about the spill.",
    )
    assert not any(r == ("Ana Lind",) for _, _, r in found)


def test_a_world_agencys_head_of_state_is_not_the_datelines() -> None:
    found = _acts(
        "Kazakh President Nurlan Abdykadyrov, on a state visit to Uzbekistan, met Uzbek President Ravshan"
        " Tursunov on Thursday.",
        "Later, the head of state sent a message of condolences to the Emir of Qatar, the Kazakh presidential"
        " press service said.",
        dateline="TASHKENT, 14 March 2024 (Reuters) -",
    )
    assert not any(s == "Ravshan Tursunov" for _, s, _ in found)


def test_a_letter_one_has_ready_is_none_received() -> None:
    found = _acts(
        'In a letter to Senator Bob Marsh on Monday, Minister Ana Lind wrote: "I have your letter of resignation'
        ' ready for you to sign."'
    )
    assert found == [("letter", "Ana Lind", ("Bob Marsh",))]


@pytest.mark.parametrize("body", ["Amnesty International", "The Chamber of Commerce"])
def test_a_body_of_no_tie_to_the_addressee_answers_nothing(body: str) -> None:
    found = _acts(
        "Senator Bob Marsh wrote to President Ana Lind on Monday urging a tariff cut.",
        f"{body} responded to the letter on Tuesday, saying the senator was wrong.",
    )
    assert not any(r == ("Bob Marsh",) for _, _, r in found)


def test_the_two_leaders_are_no_pair_of_others() -> None:
    found = _acts(
        "President Ana Lind of Freedonia and President Bob Marsh of Sylvania met on Monday.",
        "Opposition leader Tom Berg criticised the meeting in an interview with journalist Carl Sand.",
        "The two leaders had a telephone conversation on Wednesday.",
    )
    assert ("call", "Tom Berg", ("Carl Sand",)) not in found


def test_a_letter_of_agreement_is_a_letter() -> None:
    found = _acts(
        "Governor Ana Lind sent a letter of agreement to Mayor Tom Berg on Monday, accepting his proposal."
    )
    assert ("letter", "Ana Lind", ("Tom Berg",)) in found


def test_congratulations_for_another_occasion_go_to_no_one_said() -> None:
    found = _acts(
        "President Ana Lind has received congratulations from the leaders of neighbouring countries on her"
        " re-election.",
        "Separately, King Carl Sand sent a congratulatory message on Tuesday to mark the national football"
        " team's victory.",
    )
    assert not any(s == "Carl Sand" and r == ("Ana Lind",) for _, s, r in found)
