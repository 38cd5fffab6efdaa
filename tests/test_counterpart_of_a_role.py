"""'The Sudland premier thanked his counterpart': the subject is a role the report's holder of it answers
to, so 'his counterpart' is the other person, never the subject again (which left the act with its writer
as his own addressee, and none)."""

from __future__ import annotations

import pytest

from test_extract import found_acts

OPENING = "Ostmark Prime Minister Anna Berzina spoke by phone with her Sudland counterpart Jonas Petraitis on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sudland prime minister thanked his counterpart for the congratulatory letter she had sent.",
        "The Sudland premier thanked his counterpart for her letter of last week.",
        "In the call, the Sudland prime minister thanked his counterpart for her message.",
        "The Sudland prime minister also thanked his counterpart for the letter sent on his birthday.",
    ],
)
def test_the_counterpart_of_a_role_subject_is_the_other(sentence: str) -> None:
    got = found_acts(OPENING, sentence)
    written = [a for a in got if a[0] != "call"]
    assert written and all(a[1:] == ("Anna Berzina", ("Jonas Petraitis",)) for a in written), got


def test_the_named_subject_still_reads_as_before() -> None:
    got = found_acts(OPENING, "Petraitis thanked his counterpart for the letter she had sent.")
    assert ("letter", "Anna Berzina", ("Jonas Petraitis",)) in got
