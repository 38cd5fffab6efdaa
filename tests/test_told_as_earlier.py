"""An act told with 'earlier' in the past perfect ("He had earlier written to B on 2 September") is an
earlier act than the one the report is about, not that act told again; without 'earlier' the past
perfect alone may tell the same act. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts

ONE = ("letter", "Bijoy Patra", ("Rajendra Kashi",))


@pytest.mark.parametrize(
    "later",
    [
        "He had earlier written to Kashi on September 2 seeking a special package.",
        "Patra had earlier written to the Prime Minister on September 2.",
        "Patra had earlier sent Kashi a letter on 2 September seeking a package.",
        "Earlier, Patra had phoned Kashi about the floods.",
    ],
)
def test_an_earlier_act_in_the_past_perfect_is_another(later: str) -> None:
    acts = found_acts(
        "Chief Minister Bijoy Patra on Wednesday wrote to Prime Minister Rajendra Kashi seeking funds. "
        + later
    )
    assert len(acts) == 2 and ONE in acts, acts


@pytest.mark.parametrize(
    "later",
    [
        # the same letter told in a clause, in reported speech, or with no day of its own
        "Patra made public the letter he had earlier written to Kashi.",
        "Patra said he had earlier written to Kashi and was awaiting a reply.",
        "Patra had earlier written to Kashi, officials said.",
    ],
)
def test_the_same_letter_told_with_earlier_stays_one(later: str) -> None:
    acts = found_acts(
        "Chief Minister Bijoy Patra on Wednesday wrote to Prime Minister Rajendra Kashi seeking funds. "
        + later
    )
    assert acts == [ONE], acts


def test_the_past_perfect_alone_tells_the_same_letter() -> None:
    acts = found_acts(
        "Chief Minister Bijoy Patra on Wednesday wrote to Prime Minister Rajendra Kashi seeking funds. Patra "
        "had written to Kashi after the floods, officials said."
    )
    assert acts == [ONE]
