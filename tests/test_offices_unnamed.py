"""People a report knows only by an office and the place it serves ("Norland's Ambassador", "the
Ostravian ambassador", "Ambassador of Borduria"): each a holder of their own (issue 11: one entity
'Ambassador' spoke for six envoys, and a nationality was typed as a person), kept to their report.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options, PartyMention, RawReport
from lettertrace.pipeline import process_report
from lettertrace.resolve import Member, resolve_entities

MODEL = Options().spacy_model
ENVOYS = """Chief Minister meets envoys

Freeport, 14 March 2024 -

Chief Minister Karl Vint met ambassadors from several countries on Sunday.

Norland's Ambassador said that he was popular because of his hard work.

The Ostravian ambassador said that the end of the power cuts was an incredible achievement.

Ambassador of Borduria further added that Vint had been working hard for his people.

Sylvania Ambassador said that the province was moving forward.

Marovian Ambassador said that he had witnessed the progress himself.

Ruritania's ambassador told the minister that he was impressed by his speech.
"""


def speakers() -> list[str]:
    rep = process_report(
        RawReport(source="envoys.txt", sha256="0" * 64, raw_text=ENVOYS, fmt="txt"), Options(prefilter=False)
    )
    return [p.speaker.name for p in rep.extraction.paraphrases if p.speaker is not None]


def test_each_envoy_is_a_speaker_of_their_own() -> None:
    said = speakers()
    assert len(said) == 6, said
    assert len(set(said)) == 6, said
    for place in ("Norland", "Ostravian", "Borduria", "Sylvania", "Marovian", "Ruritania"):
        assert sum(place in s for s in said) == 1, (place, said)


@pytest.mark.parametrize("people", ["Tamil", "Hutu"])
def test_a_nationality_before_an_office_is_no_person(people: str) -> None:
    """spaCy tags some nationalities as a person's name: 'the X ambassador' is an envoy, not X."""
    idx = PartyIndex(nlp.parse(f"The {people} ambassador said that the new bridge was a great feat.", MODEL))
    assert people not in [p.name for p in idx.live()]


def test_an_office_of_one_report_joins_no_office_holder_of_another() -> None:
    """'Norland's Ambassador' in one report is not 'the Emir of Norland' of another (both named by the
    place alone once their titles are set aside)."""
    members = [
        Member("r1", PartyMention("Norland’s Ambassador", role="Norland’s Ambassador"), digest="d1"),
        Member("r2", PartyMention("Emir of Norland", role="Emir of Norland"), digest="d2"),
        Member("r3", PartyMention("Sylvania Ambassador", role="Sylvania Ambassador"), digest="d3"),
        Member("r4", PartyMention("Sylvania Ambassador", role="Sylvania Ambassador"), digest="d4"),
    ]
    _, mapping = resolve_entities(members)
    assert mapping[("r1", "Norland’s Ambassador")] != mapping[("r2", "Emir of Norland")]
    assert mapping[("r3", "Sylvania Ambassador")] != mapping[("r4", "Sylvania Ambassador")]
