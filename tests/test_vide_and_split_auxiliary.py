"""Official English: 'vide his letter dated ...' (by way of) is a preposition of the letter, and 'The
committee had, in (vide) a letter dated X, invited B' sets the auxiliary apart from its participle."""

from __future__ import annotations

import pytest

from lettertrace.nlp import tokenizer_view
from test_extract import found_acts


def test_vide_is_read_as_with_and_keeps_offsets() -> None:
    text = "Vide his letter No. 12 dated 3 May, the minister, vide D.O. letter, replied; video evidence."
    view = tokenizer_view(text)
    assert len(view) == len(text)
    assert view.startswith("With his letter") and "minister, with D.O. letter" in view and "video" in view


@pytest.mark.parametrize("prep", ["in", "vide", "through"])
def test_a_split_auxiliary_takes_the_participle_after_the_phrase(prep: str) -> None:
    acts = found_acts(
        f"Ms Ana Berg told the House that the Standing Committee on Energy had, {prep} a letter dated 12th "
        "September 2024, invited the Cabinet Secretary, Karl Ruiz, to appear before it."
    )
    assert acts == [("letter", "Standing Committee on Energy", ("Karl Ruiz",))]
