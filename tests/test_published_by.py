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
