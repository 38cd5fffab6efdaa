"""A subject pronoun means the subject of its own sentence even when that subject is a bare surname the
tagger did not mark ("Nhaluma answered on Wednesday with a message in which he said ..."): the report's
surnames are swept before pronouns are resolved, so "he" is Nhaluma, not the king of the sentence before."""

from __future__ import annotations

import pytest

from test_extract import report, run


@pytest.mark.parametrize(
    "second",
    [
        'Nhaluma answered on Wednesday with a message in which he said "we are grateful to the brother people of '
        'Norland".',
        'Nhaluma answered on Wednesday with a message in which he thanks "the solidarity of the brother people of '
        'Norland".',
        'Nhaluma replied on Wednesday in a message in which he wrote that "the people of Norland are our brothers '
        'in grief".',
    ],
)
def test_the_pronoun_is_the_bare_surname_subject(second: str) -> None:
    first = "King Otto Brandt sent a message of condolences to Armindo Nhaluma on Tuesday. "
    ex = run(report(first + second)).extraction
    assert [q.speaker.name if q.speaker else None for q in ex.quotes] == ["Armindo Nhaluma"]
    reply = [c for c in ex.communications if c.sender is not None and c.sender.name == "Armindo Nhaluma"]
    assert len(reply) == 1 and [r.name for r in reply[0].recipients] == ["Otto Brandt"]
    assert ex.quotes[0].communication == ex.communications.index(reply[0])
