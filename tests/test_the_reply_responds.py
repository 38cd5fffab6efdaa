"""'A wrote to B on Tuesday. The (five-page) reply responds to B's June 7 letter': a definite reply
noun of no one stands for the letter told last, which answers B's letter; B's letter is an act. Invented
people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    "second",
    [
        "The five-page reply responds to Haddi's June 7 letter demanding an accounting of the money.",
        "The reply responds to Haddi's letter of June 7.",
        "The letter responds to Haddi's June 7 letter demanding an accounting of the money.",
    ],
)
def test_the_reply_answers_the_letter_named(second: str) -> None:
    first = "Secretary Ana Berg wrote to Chairman Omar Haddi on Tuesday."
    assert sorted(found_acts(first, second)) == [
        ("letter", "Ana Berg", ("Omar Haddi",)),
        ("letter", "Omar Haddi", ("Ana Berg",)),
    ]
    assert ("Ana Berg", ("Omar Haddi",), "Omar Haddi") in found_replies(first, second)


def test_a_reply_of_someone_named_is_not_the_letter_told() -> None:
    acts = found_acts(
        "Secretary Ana Berg wrote to Chairman Omar Haddi on Tuesday.",
        "King Olav Rendal's reply responds to a letter from President Lena Vass.",
    )
    assert ("letter", "Ana Berg", ("Omar Haddi",)) in acts
    assert not any(s == "Omar Haddi" for _k, s, _r in acts)
