"""Descriptions of an office that a report gives a party it names ("his Sudland counterpart", "the
Ostmark leader") are aliases of that party, wherever they stand."""

from __future__ import annotations

from test_extract import report, run


def aliases_of(name: str, *paragraphs: str) -> set[str]:
    rep = run(report(*paragraphs))
    found = [p for p in rep.extraction.parties if p.name == name]
    assert found, [p.name for p in rep.extraction.parties]
    return set(found[0].aliases)


LETTER = "Norland President Ana Berg wrote to Sudland President Tomas Varga on Monday about the dam."


def test_a_counterpart_told_something_outside_the_letter() -> None:
    forms = aliases_of(
        "Tomas Varga", LETTER, "Berg then told her Sudland counterpart that the river was shared."
    )
    assert "her Sudland counterpart" in forms


def test_a_leader_of_a_nationality_in_a_possessive() -> None:
    forms = aliases_of("Tomas Varga", LETTER, "Critics scorned the Sudland leader's reply to the plan.")
    assert "the Sudland leader" in forms


def test_the_office_with_an_adjective_of_its_own() -> None:
    forms = aliases_of(
        "Tomas Varga",
        "Norland President Ana Berg wrote to Sudland Prime Minister Tomas Varga on Monday about the dam.",
        "The letter reached the new prime minister on his first day in office.",
    )
    assert "the new prime minister" in forms


def test_no_alias_from_a_quantified_or_someone_elses_office() -> None:
    forms = aliases_of(
        "Ana Berg",
        LETTER,
        "Every Norland president has written such letters, and Ana Berg's foreign minister agreed.",
    )
    assert not {f for f in forms if "minister" in f.lower() or f.lower().startswith("every")}


def test_no_alias_for_an_office_the_party_does_not_hold() -> None:
    forms = aliases_of("Tomas Varga", LETTER, "The Sudland ambassador was summoned on Tuesday.")
    assert "The Sudland ambassador" not in forms
