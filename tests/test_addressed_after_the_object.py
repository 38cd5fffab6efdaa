"""'The family received a letter from A addressed to C': the participle of addressing right after the
letter's phrase names its addressee, whatever the parser hung it on; the one who received it only holds
it. Not a verb of its own ('..., addressed the crowd')."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The family received a letter from President Jonas Petraitis addressed to Maria Kalnina.",
        "Her son Karlis Kalnins received a letter from President Jonas Petraitis, addressed to his mother "
        "Maria Kalnina.",
        "The family said they had received a handwritten letter from President Jonas Petraitis addressed to "
        "Maria Kalnina, his widow.",
        "The museum was given a letter from the president, Jonas Petraitis, addressed to Maria Kalnina.",
    ],
)
def test_the_addressee_is_who_it_was_addressed_to(sentence: str) -> None:
    got = found_acts(sentence)
    assert [a[1:] for a in got] == [("Jonas Petraitis", ("Maria Kalnina",))], got


@pytest.mark.parametrize(
    "sentence",
    [
        "Karlis Kalnins received a letter from President Jonas Petraitis, written in his own hand.",
        "Karlis Kalnins received a letter from President Jonas Petraitis, addressed the crowd and left.",
    ],
)
def test_no_participle_of_addressing_leaves_the_receiver(sentence: str) -> None:
    got = found_acts(sentence)
    assert ("letter", "Jonas Petraitis", ("Karlis Kalnins",)) in got, got
