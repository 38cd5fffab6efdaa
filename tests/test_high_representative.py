"""A "High Representative" heads a body's foreign policy and writes and is written to in her own right; an
envoy, ambassador or representative of someone only carries what another writes. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The joint letter, dated 3 March and drafted by Foreign Minister Ana Berg, is addressed to High "
        "Representative Olaf Brandt and Trade Commissioner Piet Okoro.",
        "Foreign Minister Ana Berg has sent a letter to High Representative Olaf Brandt and Commissioner "
        "Piet Okoro on the tariffs.",
        "A letter from Foreign Minister Ana Berg to High Representative Olaf Brandt and Trade Commissioner Piet "
        "Okoro was published on Monday.",
    ],
)
def test_the_high_representative_is_written_to(sentence: str) -> None:
    acts = found_acts(sentence, headline="Ministers urge action")
    assert [(a[0], a[1], set(a[2])) for a in acts] == [
        ("letter", "Ana Berg", {"Olaf Brandt", "Piet Okoro"})
    ], acts


def test_an_envoy_only_carries() -> None:
    acts = found_acts(
        "Premier Tomas Varga has written to Chancellor Olaf Brandt. The letter was handed to Brandt by Special "
        "Representative Piet Okoro on Monday.",
        headline="Varga writes",
    )
    assert acts == [("letter", "Tomas Varga", ("Olaf Brandt",))], acts
