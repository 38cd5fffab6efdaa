"""A dateline written as names are ("Monrovia, Liberia - Sunday, March 2: ...", "Valeton - The President
...") is a place, never the first party of the story it opens. Invented names and places."""

from __future__ import annotations

import pytest

from test_extract import run
from test_patterns import observed


@pytest.mark.parametrize(
    "opening",
    [
        "Monrovia, Liberia - Sunday, March 2, 2025: President Tomas Varga on Saturday telephoned his"
        " counterpart, Maria Holm, to thank her for her response.",
        "Valeton - President Tomas Varga on Saturday telephoned his counterpart, Maria Holm, to thank her.",
        "Port Alder, Norland - President Tomas Varga on Saturday telephoned his counterpart, Maria Holm.",
    ],
)
def test_a_title_case_dateline_is_no_party(opening: str) -> None:
    page = f"Presidents speak by phone\n\nPublished 3 March 2025\n\n{opening}\n\nThe two discussed fishing.\n"
    assert observed(run(page)) == [("call", "Tomas Varga", ("Maria Holm",), "")]
