"""'B wrote to A in August. She received a reply on Friday': a reply no one is named the author of,
received by one who wrote to one addressee before, is that addressee's answer
(replies._answerer_of_receiver). Invented sentences."""

import pytest

from test_extract import found_acts, found_replies

BOTH = [
    ("letter", "Ana Berg", ("Meena Shrestha",)),
    ("letter", "Meena Shrestha", ("Ana Berg",)),
]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Governor Meena Shrestha, who had written to Prime Minister Ana Berg in August, received a reply on Friday.",
        ),
        (
            "Governor Meena Shrestha wrote to Prime Minister Ana Berg in August. She received a reply on Friday.",
        ),
        (
            "Governor Meena Shrestha wrote to Prime Minister Ana Berg in August.",
            "She said she had received a reply last week.",
        ),
    ],
)
def test_the_reply_is_the_addressees(paragraphs: tuple[str, ...]) -> None:
    assert found_acts(*paragraphs) == BOTH
    assert ("Ana Berg", ("Meena Shrestha",), "Meena Shrestha") in found_replies(*paragraphs)


@pytest.mark.parametrize(
    "second",
    [
        "She has yet to receive a reply.",
        "She never received a reply.",
    ],
)
def test_no_reply_received_is_none(second: str) -> None:
    acts = found_acts("Governor Meena Shrestha wrote to Prime Minister Ana Berg in August. " + second)
    assert acts == [("letter", "Meena Shrestha", ("Ana Berg",))]


def test_a_letter_to_two_leaves_the_reply_unknown() -> None:
    acts = found_acts(
        "Governor Meena Shrestha wrote to Prime Minister Ana Berg and to President Ivo Dral in August."
        " She received a reply on Friday."
    )
    assert acts == [("letter", "Meena Shrestha", ("Ana Berg", "Ivo Dral"))]


def test_a_named_author_is_kept() -> None:
    acts = found_acts(
        "Governor Meena Shrestha wrote to Prime Minister Ana Berg in August.",
        "On Friday she received a reply from the minister of health, Ivo Dral.",
    )
    assert ("letter", "Ivo Dral", ("Meena Shrestha",)) in acts
