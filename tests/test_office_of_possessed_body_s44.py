"""An office of a body a state's possessive names, then the holder's name set off by commas ("the head of
Norland's General Intelligence Service, Major General A, phoned B"): the parser hangs the name on the body;
the holder acts, not the body."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Also on Thursday, the head of Norland's General Intelligence Service, Major General Hatem Ghaffar, "
        "phoned Munir Saadi.",
        "The director of Norland's State Security Service, General Hatem Ghaffar, wrote to Munir Saadi on Monday.",
        "Munir Saadi received a call on Thursday from the head of Norland's General Intelligence Service, Major "
        "General Hatem Ghaffar.",
    ],
)
def test_holder_named_after_a_possessed_body(sentence: str) -> None:
    acts = found_acts(sentence)
    assert len(acts) == 1 and acts[0][1] == "Hatem Ghaffar" and acts[0][2] == ("Munir Saadi",), acts
