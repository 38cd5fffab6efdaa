"""An Iberian compound surname ("Moura da Costa", "Ibáñez del Río") is often cut to the word that opens
it: "Moura" alone, after "Paulo Sérgio Moura da Costa", is that person, also in a headline the recogniser
left untagged. The first word of a name before a particle stays a given name as before. Every sentence here
is invented."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import found_acts


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Paulo Sérgio Moura da Costa", "Moura"),
        ("Carlos Ibáñez del Río", "Ibáñez"),
        ("Ana Maria Ferreira dos Santos", "Ferreira"),
    ],
)
def test_the_head_of_a_compound_surname(full: str, short: str) -> None:
    assert names.same_person(full, short)


def test_a_given_name_is_no_surname_head() -> None:
    assert not names.same_person("Paulo Sérgio Moura da Costa", "Sérgio Lopes")


@pytest.mark.parametrize(
    "headline",
    [
        "Ferreira receives calls from Berg and other leaders",
        "Ferreira gets a call from Berg after the vote",
        "Berg calls Ferreira after the vote",
    ],
)
def test_the_headline_short_name_is_the_body_s_person(headline: str) -> None:
    acts = found_acts(
        "President-elect Ana Maria Ferreira dos Santos received a telephone call on Monday from Chancellor "
        "Olaf Berg, who congratulated her.",
        headline=headline,
    )
    assert len(acts) == 1 and acts[0][1] == "Olaf Berg", acts
    assert [r.endswith("Ferreira dos Santos") for r in acts[0][2]] == [True], acts
