"""Calls from callers the report names only as a group, told by a spokesman: the spokesman only tells of
them and is no party ("Governor B has received calls from fellow governors, his chief of staff said").
Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tomas Varga has received many phone calls and letters from fellow governors welcoming the "
        "new budget, his chief of staff said on Thursday.",
        "Premier Tomas Varga has received phone calls from foreign leaders hailing the accord, spokeswoman Ilse "
        "Marenko told reporters on Monday.",
        "Mayor Tomas Varga received phone calls from other mayors on Wednesday, an aide said.",
    ],
)
def test_the_spokesman_is_no_caller(text: str) -> None:
    assert not any(s and s != "Tomas Varga" for s, _ in sent_pairs(text))


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        (
            "President Tomas Varga received a call from King Olav Brenn on Tuesday, his spokesman said.",
            "Olav Brenn",
        ),
        ("President Ana Holm said her phone call with Tomas Varga on Tuesday was warm.", "Ana Holm"),
    ],
)
def test_named_callers_stay(text: str, caller: str) -> None:
    assert (caller, "Tomas Varga") in sent_pairs(text)
