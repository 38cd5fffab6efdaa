"""A reproduced letter signed with a shorter form of the writer's name ('Ana Berg' under a letter of
'Ana Maria Berg', 'Marina Zotova' for 'Marina Pavlovna Zotova') is signed by that writer: one letter.
Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "full, signed",
    [("Ana Maria Berg", "Ana Berg"), ("Marina Pavlovna Zotova", "Marina Zotova")],
)
def test_one_letter(full: str, signed: str) -> None:
    acts = found_acts(
        f"Opposition leader {full} wrote on 2 October to Interior Minister Dmitri Kalinin. Her letter reads in full:",
        "Dear Minister Kalinin,\nI demand the immediate release of the seventeen students detained on Friday.",
        signed,
    )
    assert acts == [("letter", full, ("Dmitri Kalinin",))]
