"""'A sent identical letters to B and to C': one text to both (as the United Nations circulates it), one
act with two addressees, whatever the verb ('sent', 'dispatched', 'addressed'); 'similar' or 'separate'
letters to B and C are one act each. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize("verb", ["sent", "dispatched"])
@pytest.mark.parametrize("to", ["to Secretary-General Ivo Kant and to", "to Secretary-General Ivo Kant and"])
def test_identical_letters_are_one(verb: str, to: str) -> None:
    acts = found_acts(
        f"Ambassador Ofer Levi on Monday {verb} identical letters {to} the President of the Security Council."
    )
    assert acts == [("letter", "Ofer Levi", ("Ivo Kant", "President of the Security Council"))]


@pytest.mark.parametrize("kind", ["separate", "similar"])
def test_separate_letters_are_one_each(kind: str) -> None:
    acts = found_acts(
        f"Ambassador Ofer Levi on Monday sent {kind} letters to Secretary-General Ivo Kant and to the President of"
        " the Security Council."
    )
    assert sorted(acts) == [
        ("letter", "Ofer Levi", ("Ivo Kant",)),
        ("letter", "Ofer Levi", ("President of the Security Council",)),
    ]
