"""'CM writes to PM' (the Indian press's chief minister) and 'Thiru A B', 'Tmt. C D' (Tamil honorifics of
official releases): an office the headline abbreviates, and titles that are no part of a name."""

from __future__ import annotations

from lettertrace import names
from test_extract import found_acts


def test_tamil_honorifics_are_titles() -> None:
    assert names.same_person("Thiru R. Kannan", "R. Kannan")
    assert names.same_person("Tmt. Meena Sundaram", "Meena Sundaram")


def test_the_cm_of_the_headline_is_the_chief_minister() -> None:
    acts = found_acts(
        "Chief Minister Thiru R. Kannan wrote to Prime Minister Arjun Mehta on 12 June, seeking the release of "
        "water to the State.",
        headline="CM writes to PM seeking release of water",
    )
    assert acts == [("letter", "R. Kannan", ("Arjun Mehta",))]
