"""Offices as headlines and wire copy abbreviate them: "Chilean FM" is Chile's foreign minister, whom
the report names further down, and "his Kenyan counterpart" of a foreign minister is Kenya's foreign
minister rather than its president. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("headline", "body", "want"),
    [
        # a call, the abbreviation as the headline's subject
        (
            "Chilean FM holds phone talks with Kenyan counterpart",
            "Chilean Foreign Minister Lin Wei held a phone conversation with Kenyan Foreign Minister "
            "Abdi Kamau on Thursday. Lin said ties were good.",
            [("call", "Lin Wei", ("Abdi Kamau",))],
        ),
        # a letter, the office worded 'Minister of Foreign Affairs' in the body
        (
            "Chilean FM writes to Kenyan counterpart",
            "Chile's Minister of Foreign Affairs, Lin Wei, sent a letter to Kenyan Foreign Minister "
            "Abdi Kamau on Thursday.",
            [("letter", "Lin Wei", ("Abdi Kamau",))],
        ),
        # passive headline: the abbreviation as the agent
        (
            "Kenyan counterpart phoned by Chilean FM",
            "Chilean Foreign Minister Lin Wei phoned Kenyan Foreign Minister Abdi Kamau on Thursday.",
            [("call", "Lin Wei", ("Abdi Kamau",))],
        ),
    ],
)
def test_an_abbreviated_foreign_minister_is_the_one_named_below(
    headline: str, body: str, want: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert found_acts(headline, body) == want  # the headline as a report's first line


def test_a_foreign_ministers_counterpart_is_no_president() -> None:
    acts = found_acts(
        "Chilean FM holds phone talks with Kenyan counterpart",
        "Chilean Foreign Minister Lin Wei held a phone conversation with Kenyan Foreign Minister Abdi Kamau "
        "on Thursday. Kenyan President Daniel Otieno was abroad.",
    )
    assert acts == [("call", "Lin Wei", ("Abdi Kamau",))]


def test_a_prime_minister_headline_still_reads_as_before() -> None:
    acts = found_acts(
        "Chilean PM holds phone talks with Kenyan counterpart",
        "Chilean Prime Minister Ravi Menon held a phone conversation with Kenyan Prime Minister Abdi Kamau "
        "on Thursday.",
    )
    assert acts == [("call", "Ravi Menon", ("Abdi Kamau",))]
