"""'The President of the Republic, A, sent on Tuesday a message to B': with the office, the name in
apposition and the day before the object, the parser reads 'sent' as a participle of the subject; the
subject sends all the same. A true participle ("a letter to B from the President, A, signed on Tuesday")
is unchanged."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The President of the Republic, Oona Vale, sent on Tuesday a message of condolences to his Estmark "
        "counterpart, Armindo Nhaluma, after the cyclone.",
        "The President of the Republic, Oona Vale, addressed on Tuesday a letter to Armindo Nhaluma, President of "
        "Estmark.",
        "The Prime Minister, Oona Vale, dispatched on Tuesday a cable to her counterpart, Armindo Nhaluma.",
    ],
)
def test_the_subject_sends(sentence: str) -> None:
    got = found_acts(sentence)
    assert [(s, r) for _, s, r in got] == [("Oona Vale", ("Armindo Nhaluma",))]
