"""'B has received a stream of congratulatory calls ... Outgoing President A was among the first to call. In a
brief telephone conversation, A congratulated his successor': a call with no one named at its other end,
after a round-up of calls to one person, is one of those calls."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FRAME = (
    "Chile's president-elect Ana Berg has received a stream of congratulatory calls and messages from regional and world leaders since "
    "her victory was confirmed, her team said on Tuesday."
)


@pytest.mark.parametrize(
    "second",
    [
        "Outgoing President Karl Ruiz was among the first to call. In a brief telephone conversation on Monday, "
        "Ruiz congratulated his successor.",
        "In a brief phone call on Monday, outgoing President Karl Ruiz congratulated his successor.",
        "The outgoing president, Karl Ruiz, congratulated his successor in a telephone conversation on Monday.",
    ],
)
def test_a_call_in_the_roundup_goes_to_its_person(second: str) -> None:
    acts = found_acts(FRAME, second)
    assert ("call", "Karl Ruiz", ("Ana Berg",)) in acts


def test_no_roundup_no_addressee() -> None:
    acts = found_acts(
        "Chile's president-elect Ana Berg met reporters on Tuesday.",
        "In a brief telephone conversation on Monday, outgoing President Karl Ruiz congratulated his successor.",
    )
    assert ("call", "Karl Ruiz", ("Ana Berg",)) not in acts
