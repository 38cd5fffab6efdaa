"""A bare office ("the president") points back to its holder named before, even when another holder of
the same office is named later with a title right before his name; and "re-elected" is the sitting
holder, not one yet to take office (as "newly elected" and "president-elect" are)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "first",
    [
        "The re-elected President of Sola, Graciela Montoya Ferrer, received congratulatory messages from a "
        "dozen leaders, her office said.",
        "The President of Sola, Graciela Montoya Ferrer, received congratulatory messages from a dozen "
        "leaders, her office said.",
        "Sola's President Graciela Montoya Ferrer received congratulatory messages from a dozen leaders, her "
        "office said.",
    ],
)
def test_the_president_is_the_one_named_before(first: str) -> None:
    got = found_acts(
        first,
        "Her defeated rival, Federico Salvatierra Mon, phoned the president to acknowledge his defeat.",
        "The President of Dravia, Luiz Otavio Teles, posted a message of his own.",
    )
    assert ("call", "Federico Salvatierra Mon", ("Graciela Montoya Ferrer",)) in got
