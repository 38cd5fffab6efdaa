"""'Kestrian President Arman-Bek Oralov' tagged as one body, or the title's name with a hyphenated given name cut
at the hyphen: a people's word and a title before bare proper nouns written with a hyphen make a person's
name. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier this month, Oskar Brenner held phone talks with Kyrgyz President Arman-Bek Oralov.",
        "Oskar Brenner sent a letter to Uzbek President Arman-Bek Oralov on Monday.",
        "President Arman-Bek Oralov and President Oskar Brenner discussed trade over the phone on Monday.",
    ],
)
def test_the_hyphenated_name_after_the_title_is_a_person(sentence: str) -> None:
    rep = run(report(sentence))
    people = {
        e.name
        for c in rep.extraction.communications
        for e in (c.sender, *c.recipients)
        if e and e.ptype == "person"
    }
    assert "Arman-Bek Oralov" in people, [(c.sender, c.recipients) for c in rep.extraction.communications]
    assert len(found_acts(sentence)) == 1
