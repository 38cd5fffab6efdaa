"""Letters after a name written as initials with stops ("Sir Roland Ashwin, K.C.M.G., Her Majesty's High
Commissioner") are honours, never a person: the role after them is the named man's, and "the High
Commissioner" later is he."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize("letters", ["K.C.M.G.", "G.C.B.", "O.B.E."])
def test_the_role_after_the_letters_is_the_named_man_s(letters: str) -> None:
    got = found_acts(
        f"On 12 June 1895 Chief Motsamai Sekhobe wrote to Sir Roland Ashwin, {letters}, Her Majesty's High Commissioner "
        "for South Africa, asking for protection.",
        "On 3 July the High Commissioner replied to the Chief.",
    )
    assert ("letter", "Motsamai Sekhobe", ("Roland Ashwin",)) in got
    assert all(
        letters.rstrip(".") not in s and all(letters.rstrip(".") not in x for x in r) for _, s, r in got
    )
