"""A sentence whose opening phrase swallowed its subject: 'On 4 May 1925 A, the X envoy, cabled B' parsed
with A as the object of 'On' and the verb as A's participle, or 'On Monday A, the X ambassador, sent a
letter to B' with the verb left without a subject. The name set off by the apposition acts."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "On 4 May 1925 Ramón Ortega Lagos, the envoy to the commission, cabled Foreign Minister Karl Ruiz "
            "from the port.",
            "message",
        ),
        (
            "On Monday Piet Okoro, the Norwegian ambassador, sent a letter to Foreign Minister Karl Ruiz.",
            "letter",
        ),
        ("In March Piet Okoro, the ambassador of Norway, wrote to Foreign Minister Karl Ruiz.", "letter"),
    ],
)
def test_the_name_after_the_opening_preposition_acts(sentence: str, kind: str) -> None:
    acts = found_acts("Two telegrams nearly wrecked the talks.", sentence)
    assert [(k, s, r) for k, s, r in acts if r] == [(kind, acts[0][1], ("Karl Ruiz",))]
    assert acts[0][1].endswith(("Lagos", "Okoro"))


def test_a_name_inside_a_letter_phrase_is_not_the_writer() -> None:
    acts = found_acts(
        "The talks stalled.",
        "On Monday, in a letter to Foreign Minister Karl Ruiz, the ambassador of Norway, Piet Okoro, asked for "
        "talks.",
    )
    assert acts == [("letter", "Piet Okoro", ("Karl Ruiz",))]
