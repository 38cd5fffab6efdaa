"""'The Norland president, Maria Holm, called Prime Minister Haakon Dahl on Monday': the parser hangs
'called' on the apposition as a participle ('a man called Smith') and leaves the sentence without a
finite verb; right after the apposition's closing comma it is the sentence's verb, and a call.
Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Maria Holm, the Norland president, called Prime Minister Haakon Dahl on Monday.",
            ("call", "Maria Holm", ("Haakon Dahl",), ""),
        ),
        (
            "The Norland president, Maria Holm, called Prime Minister Haakon Dahl on Monday.",
            ("call", "Maria Holm", ("Haakon Dahl",), ""),
        ),
        (
            "Janis Ozols, the Latvian prime minister, called President Juan Ortiz on Monday.",
            ("call", "Janis Ozols", ("Juan Ortiz",), ""),
        ),
        (
            "The Latvian prime minister, Janis Ozols, called President Juan Ortiz on Monday to offer"
            " condolences.",
            ("call", "Janis Ozols", ("Juan Ortiz",), ""),
        ),
    ],
)
def test_called_after_an_apposition_is_the_sentences_verb(sentence: str, expected: object) -> None:
    rep = run(report(sentence))
    assert observed(rep) == [expected]
    assert str(rep.extraction.communications[0].date.earliest) == "2024-03-11"


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister, Rui Santos, called Prime Minister Haakon Dahl a coward on Monday.",
        "A ferry, the Aurora, called at Freeport on Monday.",
        "The new party, called Forward Together, was registered on Monday.",
        "The former president, a man called Santos, said the deal was dead.",
    ],
)
def test_a_name_given_or_a_port_of_call_is_no_call(sentence: str) -> None:
    assert observed(run(report(sentence))) == []
