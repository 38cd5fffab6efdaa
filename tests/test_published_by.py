"""Government readouts name their speaker only on the page's "From:" line ("From: Prime Minister's Office,
10 Downing Street and The Rt Hon A MP") and call him by his office in the story ("The Prime Minister
spoke to ..."): a bare office the publishing body is named after is that person. Not an office the body
is not named after, nor when the line names several people; and thanks told "by thanking" are the
subject's ("He began by thanking B for her message": B's message to him)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


def readout(from_line: str, *story: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return found_acts(
        from_line, "Published 14 March 2024", *story, headline="Readout of a call: 14 March 2024"
    )


@pytest.mark.parametrize(
    ("from_line", "sentence", "speaker"),
    [
        (
            "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Alan Brisk MP",
            "The Prime Minister spoke to Chancellor Mira Osk of Dravia this morning.",
            "Alan Brisk",
        ),
        (
            "From: Foreign Secretary's Office and The Rt Hon Ann Vale MP",
            "The Foreign Secretary spoke to Chancellor Mira Osk of Dravia this morning.",
            "Ann Vale",
        ),
        (
            "From: Prime Minister's Office and Right Honourable Alan Brisk KC MP",
            "The Prime Minister held a call with Chancellor Mira Osk of Dravia this morning.",
            "Alan Brisk",
        ),
    ],
)
def test_the_bare_office_is_the_publisher(from_line: str, sentence: str, speaker: str) -> None:
    assert readout(from_line, sentence) == [("call", speaker, ("Mira Osk",))]


def test_an_office_the_body_is_not_named_after_is_not_the_publisher() -> None:
    got = readout(
        "From: Foreign Office and The Rt Hon Ann Vale MP",
        "The Prime Minister spoke to Chancellor Mira Osk of Dravia this morning.",
    )
    assert all(sender != "Ann Vale" for _, sender, _ in got)


def test_two_people_on_the_line_name_no_publisher() -> None:
    got = readout(
        "From: Prime Minister's Office, The Rt Hon Alan Brisk MP and The Rt Hon Ann Vale MP",
        "The Prime Minister spoke to Chancellor Mira Osk of Dravia this morning.",
    )
    assert all(sender not in ("Alan Brisk", "Ann Vale") for _, sender, _ in got)


def test_thanks_told_by_a_gerund_are_the_subjects() -> None:
    got = found_acts(
        "President Ilsa Varnek spoke to King Otto Brandt on Monday.",
        "She began by thanking King Brandt for his kind message of condolence following the floods.",
    )
    assert ("message", "Otto Brandt", ("Ilsa Varnek",)) in got


@pytest.mark.parametrize(
    "named",
    [
        "the Rt Hon Rhys Pennington MP",
        "the Right Honourable Rhys Pennington",
        "the Rt Hon Rhys Pennington KC MP",
    ],
)
def test_an_honoured_name_is_a_person_without_its_letters(named: str) -> None:
    got = found_acts(
        f"President Ilsa Varnek held a call with the Prime Minister of Ostmark, {named}, on Monday."
    )
    assert got == [("call", "Ilsa Varnek", ("Rhys Pennington",))]


def test_a_page_headed_by_an_honoured_name_is_its_i() -> None:
    got = found_acts(
        "The Hon Kate Dunmore MP",
        "Media release",
        "This evening I held a call with the Prime Minister of Ostmark, the Rt Hon Rhys Pennington MP.",
        headline="Prime Minister of Sola",
    )
    assert ("call", "Kate Dunmore", ("Rhys Pennington",)) in got
