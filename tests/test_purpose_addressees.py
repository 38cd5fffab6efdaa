"""'A telephoned to tell B that ...', 'A wrote on Monday to thank B': the one a purpose clause speaks to is
the one called or written to when the verb names no one; and a reply 'written' or 'signed' by a clerk
answers the last letter."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Prime Minister Karl Ruiz telephoned on Monday to congratulate Norland President Ana Berg.", "call"),
        ("Prime Minister Karl Ruiz called on Monday to ask Ana Berg for help.", "call"),
        ("Prime Minister Karl Ruiz wrote on Monday to thank Ana Berg for her support.", "letter"),
        (
            "Norland MP Ana Berg was at home on 28 October when Prime Minister Karl Ruiz telephoned to tell her "
            "that a submarine had run aground.",
            "call",
        ),
    ],
)
def test_the_object_of_a_purpose_clause_is_the_addressee(sentence: str, kind: str) -> None:
    assert found_acts(sentence) == [(kind, "Karl Ruiz", ("Ana Berg",))]


def test_a_pronoun_in_the_purpose_clause_is_not_the_caller() -> None:
    acts = found_acts(
        "Norland MP Ana Berg was at home on Monday.",
        "Prime Minister Karl Ruiz telephoned to tell her that a submarine had run aground.",
    )
    assert acts == [("call", "Karl Ruiz", ("Ana Berg",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Karl Ruiz called on Monday to urge calm.",
        "Prime Minister Karl Ruiz wrote a book to tell Ana Berg's story.",
    ],
)
def test_no_addressee_without_a_person_told(sentence: str) -> None:
    assert found_acts(sentence) == []


LETTER = "Ana Berg wrote to Prime Minister Karl Ruiz on 3 June."


@pytest.mark.parametrize(
    "reply",
    [
        "The reply was written on 19 August by Lena Vass, the Secretary to the Treasury, on the Prime "
        "Minister's behalf.",
        "The reply was signed by a junior minister, Lena Vass, and dated 21 July.",
    ],
)
def test_a_reply_written_or_signed_by_a_clerk_answers_the_last_letter(reply: str) -> None:
    assert found_acts(LETTER, reply) == [
        ("letter", "Berg", ("Karl Ruiz",)),
        ("letter", "Karl Ruiz", ("Berg",)),
    ]


def test_a_reply_never_written_is_none() -> None:
    assert found_acts(LETTER, "The reply was never written.") == [("letter", "Berg", ("Karl Ruiz",))]
