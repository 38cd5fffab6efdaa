"""'A sent a letter to B and a message to C': each object with its own 'to' is an act of its own, from
the one subject, whatever its word of correspondence ('a cable of condolence to B and a letter of
invitation to C'). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        (
            "President Ana Berg sent a letter to King Olav Rendal and a message to President Omar Haddi on Monday.",
            ("letter", "message"),
        ),
        (
            "Sheikha Noura Al Qasimi sent a cable of condolence to King Olav Rendal and a letter of invitation to"
            " Foreign Minister Omar Haddi on 9 January.",
            ("message", "letter"),
        ),
    ],
)
def test_each_object_to_its_own_addressee(sentence: str, kinds: tuple[str, str]) -> None:
    acts = sorted(found_acts(sentence), key=lambda a: a[2])
    assert [(k, r) for k, _s, r in acts] == [(kinds[0], ("Olav Rendal",)), (kinds[1], ("Omar Haddi",))]
    assert len({s for _k, s, _r in acts}) == 1
