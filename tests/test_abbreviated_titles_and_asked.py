"""US press forms. 'Gov. A B' ... 'the governor' (and 'Sen.', 'Rep.', 'Amb.'): an abbreviated title names the
office its holder is later called by. 'A called B on Wednesday to offer his support, the office said',
which the parser reads as 'A, called B': still A's call. 'A has asked President B for aid. In a letter sent
Monday, A wrote that ...': the letter of the asking went to the one asked. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    ("title", "role"),
    [("Wyoming Gov.", "The governor"), ("Sen.", "The senator"), ("Rep.", "The representative")],
)
def test_the_role_resolves_in_a_reply(title: str, role: str) -> None:
    got = found_replies(
        f"{title} Walter Hark has told the agency the state will not file a plan.",
        f"{role} was responding to a July 1 letter in which EPA Administrator Mira Castell reminded"
        " states of their deadlines.",
    )
    assert ("Mira Castell", ("Walter Hark",), "") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Garrity called Lindahl on Wednesday to offer his support, the governor's office said.",
        "President Tom Garrity called Governor Ana Lindahl on Wednesday, her office said.",
    ],
)
def test_a_call_read_as_naming_is_a_call(sentence: str) -> None:
    acts = found_acts("Governor Ana Lindahl met President Tom Garrity in May.", sentence)
    assert acts == [("call", "Tom Garrity", ("Ana Lindahl",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Ana Lindahl met a man called Tom Garrity in May.",
        "The chief minister called Cyclone Anila the worst storm to hit the coast in two decades.",
    ],
)
def test_naming_is_no_call(sentence: str) -> None:
    assert found_acts("President Tom Garrity spoke in May.", sentence) == []


@pytest.mark.parametrize(
    "asked", ["has asked President Tom Garrity for", "requested President Tom Garrity to grant"]
)
def test_the_letter_of_an_asking_goes_to_the_one_asked(asked: str) -> None:
    acts = found_acts(
        f"Governor Ana Lindahl {asked} a disaster declaration for five counties.",
        "In a letter sent Monday, Lindahl wrote that the fires had destroyed 900 homes.",
    )
    assert acts == [("letter", "Ana Lindahl", ("Tom Garrity",))]


@pytest.mark.parametrize(
    ("asked", "letter"),
    [
        (
            "At Thursday's hearing, Senator Anna Kole asked Secretary Bram Tully about the delays.",
            "In a letter on Friday,",
        ),
        (
            "Senator Anna Kole pleaded with Governor Bram Tully at a rally to keep the plant open.",
            "In a letter on Friday,",
        ),
        (
            "Senator Anna Kole asked Governor Bram Tully to resign on Monday.",
            "In an open letter published Tuesday,",
        ),
    ],
)
def test_an_asking_in_person_addresses_no_letter(asked: str, letter: str) -> None:
    assert found_acts(asked, f"{letter} Kole said the answers were inadequate.") == []


def test_an_acronym_is_no_title() -> None:
    acts = found_acts(
        "SEC Chairman Carl Dunn wrote to Senator Anna Kole on Monday.",
        "Kole wrote to the secretary on Thursday.",
    )
    assert ("letter", "Anna Kole", ("Carl Dunn",)) not in acts
