"""'Norland-Ostmark: the President receives a letter from his counterpart': a topic set before a colon,
which the parser reads as a second subject of the verb after it, is no party. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts

BODY = (
    "On Tuesday, President Aldo Verran of Freedonia received a letter from President Kesi Orlamo of Sylvania."
)
EXPECTED = [("letter", "Kesi Orlamo", ("Aldo Verran",))]


@pytest.mark.parametrize(
    "heading",
    [
        "Freedonia-Sylvania: the President receives a letter from his counterpart",
        "Freedonia-Sylvania: President Verran receives a letter from President Orlamo",
        "Diplomacy: President Verran receives letter from President Orlamo",
    ],
)
def test_the_topic_before_a_colon_is_no_party(heading: str) -> None:
    assert found_acts(heading, BODY) == EXPECTED
    assert found_acts(BODY, headline=heading) == EXPECTED


def test_a_named_subject_after_a_colon_still_writes() -> None:
    got = found_acts(
        "Diplomacy: President Verran writes to Prime Minister Orlamo",
        "On Tuesday, President Aldo Verran of Freedonia wrote to Prime Minister Kesi Orlamo of Sylvania.",
    )
    assert got == [("letter", "Aldo Verran", ("Kesi Orlamo",))]
