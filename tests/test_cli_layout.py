"""The CLI's letters table at 80 and 160 columns: names wrapped between words only where the terminal is
too narrow for them, never cut inside a word, and never wider than the terminal."""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.console import Console

from lettertrace.views import MAX_PARTY_WIDTH, comms_table

LONG = "Central Standing Committee of the General Association of Northland Residents Abroad"
NAMES = {"e-long": LONG, "e-ostrova": "Ilsa Ostrova", "e-dahl": "Tomas Dahl"}


def comm(
    cid: str, sender: str, recipients: list[str], basis: str, reply: str | None = None
) -> dict[str, Any]:
    """A communication as the export dicts give it (only what the table reads)."""
    return {
        "id": cid,
        "kind": "message",
        "implied": False,
        "sender": sender,
        "recipients": recipients,
        "date": {"earliest": "2021-05-11", "latest": "2021-05-18", "precision": "month"},
        "date_basis": basis,
        "date_inferred": True,
        "in_reply_to": reply,
        "mentions": [{"document": "r1"}],
        "flags": [],
    }


COMMS = [
    comm("c-0000000001", "e-long", ["e-ostrova"], "recent past: 7 days up to the report date"),
    comm("c-0000000002", "e-dahl", ["e-long", "e-ostrova"], "before the reply", reply="c-0000000001"),
]


def render(width: int) -> list[str]:
    out = io.StringIO()
    Console(width=width, file=out, color_system=None).print(comms_table("Correspondence", COMMS, NAMES))
    return out.getvalue().splitlines()


@pytest.mark.parametrize("width", [80, 100, 160])
def test_no_line_is_wider_than_the_terminal_and_no_word_is_cut(width: int) -> None:
    lines = render(width)
    assert max(len(line) for line in lines) <= width
    words = " ".join(lines).split()
    for word in LONG.split() + ["Ilsa", "Ostrova", "Tomas", "Dahl", "c-0000000001"]:
        assert word in words, word  # whole, never folded across lines


def test_a_long_name_is_on_one_line_at_160_columns() -> None:
    lines = render(160)
    assert any(LONG in line for line in lines)
    assert any(f"-> {LONG}" in line for line in lines)
    assert any("in reply to c-0000000001" in line for line in lines)


def test_a_long_name_is_wrapped_between_words_at_80_columns() -> None:
    lines = render(80)
    assert not any(LONG in line for line in lines)
    # wrapped where MAX_PARTY_WIDTH ends, the rest indented under the name
    first = LONG[: LONG.rindex(" ", 0, MAX_PARTY_WIDTH + 1)]
    assert any(line.rstrip().endswith(first) or f"{first}  " in line for line in lines)
    assert any("   General Association" in line for line in lines)
