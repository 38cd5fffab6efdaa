"""'The X Association published the letter (that) it had sent to B': 'it' in a relative clause on the
main verb's object is the body that acts in the main clause. Invented bodies and people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

BAR = "Norland Bar Association"


@pytest.mark.parametrize(
    "sentence, body",
    [
        (f"The {BAR} published on Wednesday the letter it had sent to Justice Minister Ana Berg.", BAR),
        (f"The {BAR} on Wednesday published the letter that it had sent to Justice Minister Ana Berg.", BAR),
        (
            "The Norland Farmers Union released the letter it had written to Justice Minister Ana Berg on Monday.",
            "Norland Farmers Union",
        ),
    ],
)
def test_the_body_wrote_it(sentence: str, body: str) -> None:
    assert [(s, r) for _k, s, r in found_acts(sentence)] == [(body, ("Ana Berg",))]


def test_a_person_publishing_his_own_letter() -> None:
    acts = found_acts(
        "Minister Omar Haddi on Wednesday published the letter he had sent to Justice Minister Ana Berg."
    )
    assert acts == [("letter", "Omar Haddi", ("Ana Berg",))]
