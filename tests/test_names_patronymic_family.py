"""Arabic names with a patronymic and a family name: "Sultan Badr bin Talal Al Muharrami" (which the
recogniser cuts into "Badr bin Talal" and "Al Muharrami") and "Prince Turki bin Abdulmajid" (which it may
leave untagged after the title) are one person's whole name."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        (
            "His Majesty Sultan Badr bin Talal Al Muharrami today sent a cable of condolences to President "
            "Abdelkader Benyamina.",
            "Badr bin Talal Al Muharrami",
        ),
        (
            "His Royal Highness Prince Turki bin Abdulmajid, Crown Prince and Deputy Prime Minister, sent a cable to "
            "President Abdelkader Benyamina on Monday.",
            "Turki bin Abdulmajid",
        ),
        (
            "Sheikh Hamad bin Khalid Al Fayez sent a message to President Abdelkader Benyamina on Monday.",
            "Hamad bin Khalid Al Fayez",
        ),
    ],
)
def test_the_whole_name(sentence: str, sender: str) -> None:
    assert [s for _, s, _ in found_acts(sentence)] == [sender]
