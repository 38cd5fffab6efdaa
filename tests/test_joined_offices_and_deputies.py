"""'A and Prime Minister and Foreign Minister B sent cables': offices joined by 'and' that run on into a
name are that name's titles, not other people who hold such offices; and a deputy emir is no emir.
Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FIRST = (
    "The Emir received a written message from Prime Minister Aldo Verran of Freedonia, delivered by Freedonian "
    "Minister of Foreign Affairs Kesi Orlamo."
)


@pytest.mark.parametrize(
    "second",
    [
        "Deputy Emir Sheikh Ivo Stren and Prime Minister and Minister of Foreign Affairs Sheikh Tamar Odo also sent "
        "similar cables of condolences to President Dina Paolu of Sylvania.",
        "Prime Minister and Minister of Foreign Affairs Sheikh Tamar Odo sent a cable of condolences to President "
        "Dina Paolu of Sylvania.",
        "Cables of condolences were sent to President Dina Paolu of Sylvania by Deputy Emir Sheikh Ivo Stren and "
        "Prime Minister and Minister of Foreign Affairs Sheikh Tamar Odo.",
    ],
)
def test_joined_offices_are_the_named_ones(second: str) -> None:
    senders = {who for _, who, to in found_acts(FIRST, second) if to == ("Dina Paolu",)}
    assert "Tamar Odo" in senders
    assert not senders & {"Aldo Verran", "Kesi Orlamo"}


def test_a_deputy_is_not_the_office_he_deputises() -> None:
    got = found_acts(
        FIRST,
        "Deputy Emir Sheikh Ivo Stren sent a cable of condolences to President Dina Paolu of Sylvania.",
    )
    assert ("message", "Aldo Verran", ("Ivo Stren",)) not in got
