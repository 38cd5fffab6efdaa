"""'Luiz "Lula" da Silva': a quoted nickname before a surname with a particle is read with the whole
name, and the bare nickname anywhere in the report (the headline before the name included) is that
person. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        ('The president of Norland, Joao "Jango" de Lima, sent a letter to President Omar Haddi on Monday.',),
        (
            'The president of Norland, Joao "Jango" de Lima, sent a letter to President Omar Haddi on Monday.',
            "Jango also wrote to Haddi on Tuesday.",
        ),
    ],
)
def test_the_nickname_is_the_whole_name(paragraphs: tuple[str, ...]) -> None:
    senders = {s for _k, s, _r in found_acts(*paragraphs)}
    assert senders == {"Joao de Lima"}


def test_a_headline_nickname_before_the_name() -> None:
    acts = found_acts(
        'The president of Norland, Joao "Jango" de Lima, sent a letter to President Omar Haddi on Monday.',
        headline="Jango writes to Haddi",
    )
    assert {s for _k, s, _r in acts} == {"Joao de Lima"}
