"""A body named in full and then by its initials in capitals is one party ("the U.S. Food and Drug
Administration ... the FDA"), so a register user finds its letters under either. Invented sentences."""

from __future__ import annotations

from lettertrace.extract.bodies import acronym_of
from test_extract import report, run


def test_initials_of_a_name() -> None:
    assert acronym_of("FDA", "U.S. Food and Drug Administration")
    assert acronym_of("NFA", "Norland Food Agency")
    assert acronym_of("ECB", "the European Central Bank")
    assert not acronym_of("NSA", "Norland Food Agency")
    assert not acronym_of("Fda", "Food and Drug Administration")


def test_the_acronym_is_an_alias_of_the_body() -> None:
    rep = run(
        report(
            "The Norland Food Agency has sent a warning letter to Vestria Mining over its labels.",
            "The NFA said the labels were misleading.",
        )
    )
    agency = next(p for p in rep.extraction.parties if p.name == "Norland Food Agency")
    assert "NFA" in agency.aliases


def test_a_body_by_its_initials_in_a_description() -> None:
    from lettertrace.extract.mentions import Party
    from lettertrace.extract.office_fit import _other_place

    head = Party(
        key=0, name="Ana Berg", ptype="person", first=0, roles=["the Secretary-General of the United Nations"]
    )
    assert not _other_place("the head of the UN", head)
    assert _other_place("the head of the Norland Council", head)
