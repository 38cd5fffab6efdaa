"""'B, who had written to him': the object pronoun of a relative clause on B is not B (the one 'who' is)
but the other person its sentence named before it (coref._own_subject, salience._in_who_clause).
Invented sentences."""

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        (
            "A reply letter from Prime Minister Le Quang Vinh was received on Friday by Governor Meena"
            " Shrestha, who had written to him in August.",
            ("letter", "Meena Shrestha", ("Le Quang Vinh",)),
        ),
        (
            "A letter from Prime Minister Le Quang Vinh reached Governor Meena Shrestha, who had written"
            " to him in August.",
            ("letter", "Meena Shrestha", ("Le Quang Vinh",)),
        ),
        (
            "Prime Minister Le Quang Vinh on Friday met Governor Meena Shrestha, who had phoned him on Monday.",
            ("call", "Meena Shrestha", ("Le Quang Vinh",)),
        ),
        (
            "Prime Minister Ana Berg said Governor Meena Shrestha, who had written to her in August, would attend.",
            ("letter", "Meena Shrestha", ("Ana Berg",)),
        ),
    ],
)
def test_the_pronoun_is_the_other_person(sentence: str, earlier: tuple[str, str, tuple[str, ...]]) -> None:
    assert earlier in found_acts(sentence)
