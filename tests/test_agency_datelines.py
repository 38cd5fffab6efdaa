"""Agency datelines in the Spanish and Italian house styles: "CITY, 16 Feb (AGENCY).-" (a stop before
the dash) and a place in capitals with accented letters ("SANTA INÉS, 16 Feb -"). The dateline is no
party: the writer is the one the sentence names."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "opening",
    [
        "SANTA INÉS, 16 Feb (XNA).- ",
        "PORTO BELÉM, 3 Mar (XNA).- ",
        "TELMAR, 16 Feb (XNA).- ",
        "SÃO ROQUE, 16 Feb - ",
    ],
)
def test_the_dateline_is_no_party(opening: str) -> None:
    got = found_acts(
        opening
        + "President Ilsa Varnek answered on Wednesday the letter in which King Otto Brandt offered help."
    )
    assert ("letter", "Ilsa Varnek", ("Otto Brandt",)) in got
    assert all(opening.split(",")[0] not in (s, *r) for _, s, r in got)


def test_the_story_starts_after_a_stop_dash_dateline() -> None:
    got = found_acts(
        "TELMAR, 29 Oct (XNA).- The re-elected President of Sola, Graciela Montoya Ferrer, received "
        "congratulatory messages from a dozen leaders on Monday.",
        "Her defeated rival, Federico Salvatierra Mon, phoned the president to acknowledge his defeat.",
    )
    assert ("call", "Federico Salvatierra Mon", ("Graciela Montoya Ferrer",)) in got
    assert all("Oct" not in (s, *r) for _, s, r in got)
