"""'B also called Çavuşoğlu and wished a speedy recovery': the parser may read 'called X' as naming (X an
object predicate, tagged a work of art); a person the report names elsewhere is the one called. 'was
called X' and 'called X a liar' still name."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FIRST = (
    "Foreign Minister Gordan Horvat spoke by phone with his Turkish counterpart Mevlüt Çavuşoğlu on Friday."
)


@pytest.mark.parametrize(
    "second",
    [
        "Kosovo's Foreign Minister Meliza Haradinaj-Stublla also called Çavuşoğlu and wished a speedy recovery "
        "to the injured.",
        "Meliza Haradinaj-Stublla, Kosovo's foreign minister, also called Çavuşoğlu and offered help.",
    ],
)
def test_the_person_named_before_is_called(second: str) -> None:
    got = found_acts(FIRST, second)
    assert any(s.endswith("Haradinaj-Stublla") and r == ("Mevlüt Çavuşoğlu",) for _k, s, r in got), got


@pytest.mark.parametrize(
    "second",
    [
        "The new bridge was called Çavuşoğlu after the minister.",
        "President Ana Berg called Prime Minister Leo Kranz a liar in parliament.",
    ],
)
def test_naming_is_no_call(second: str) -> None:
    got = found_acts(FIRST, second)
    assert len(got) == 1, got
