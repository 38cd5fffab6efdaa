"""Passages a review of this session's readings built to break them (invented, like every sentence here):
a prime minister's counterpart is no foreign minister by the word 'minister' alone, a radio station's
name before 'that' is no office, and the ASCII spelling and the written forms keep to what they are."""

from __future__ import annotations

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options
from test_extract import found_acts


def test_a_prime_ministers_counterpart_is_not_the_foreign_minister() -> None:
    acts = found_acts(
        "Norland PM phones Sudland counterpart",
        "Norland Prime Minister Ana Ruiz phoned Sudland Chancellor Karl Weiss on Monday. Sudland Foreign "
        "Minister Tomas Lind was present.",
    )
    assert acts == [("call", "Ana Ruiz", ("Karl Weiss",))]


def test_a_station_called_fm_before_that_is_no_office() -> None:
    idx = PartyIndex(
        nlp.parse(
            "The station manager told Nortown FM that President Ana Ruiz wrote to Karl Weiss.",
            Options().spacy_model,
        )
    )
    ruiz = next(p for p in idx.live() if p.name == "Ana Ruiz")
    assert not any("that" in r.split() for r in ruiz.roles)
