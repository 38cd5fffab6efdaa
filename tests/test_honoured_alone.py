"""A form of address with no name after it ("a phone call with His Excellency", "a cable to His Majesty") is
no party of its own: it stands for the person the report named before with it, else for the person the
report is about. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs


@pytest.mark.parametrize(
    ("paragraphs", "pair"),
    [
        (
            (
                "President Ana Holm took several calls on Monday from heads of state marking the holiday.",
                "President Tomas Varga of Ostmark spoke by phone with His Excellency on Tuesday and wished "
                "Norland well.",
            ),
            ("Tomas Varga", "Ana Holm"),
        ),
        (
            (
                "His Majesty King Olav Brenn opened the new bridge on Monday.",
                "President Tomas Varga sent a cable of congratulations to His Majesty on Tuesday.",
            ),
            ("Tomas Varga", "Olav Brenn"),
        ),
        (
            (
                "Her Excellency President Ana Holm arrived in Freeport on Monday.",
                "Prime Minister Tomas Varga wrote to Her Excellency on Tuesday about the dam.",
            ),
            ("Tomas Varga", "Ana Holm"),
        ),
    ],
)
def test_address_alone_is_the_one_named_before(paragraphs: tuple[str, ...], pair: tuple[str, str]) -> None:
    pairs = sent_pairs(*paragraphs)
    assert pair in pairs
    assert not any(r.startswith(("His ", "Her ")) for _, r in pairs)


def test_address_alone_with_no_one_named_before_is_no_party() -> None:
    pairs = sent_pairs("King Olav Brenn sent a cable to His Majesty on Tuesday.")
    assert not any(r.startswith("His ") for _, r in pairs)
