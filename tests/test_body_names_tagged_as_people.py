"""A body's name that spaCy tags as a person's ("Sudland's Dar al-Nour movement", "the Dar al-Nour leader",
"Dar al-Nour chief" in a headline) is no party of its own: the person named as its leader is. Invented
names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs

REPLY = "President Ana Holm has replied to a letter from the leader of Sudland's Dar al-Nour movement, Omar Haddad."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (REPLY,),
        ("President Ana Holm to Dar al-Nour chief: the border will open", REPLY),
        (
            REPLY,
            "In his Saturday letter, the Dar al-Nour leader had congratulated President Holm on her election.",
        ),
    ],
)
def test_the_leader_named_after_a_body_is_the_party(paragraphs: tuple[str, ...]) -> None:
    pairs = sent_pairs(*paragraphs)
    assert ("Omar Haddad", "Ana Holm") in pairs
    assert ("Ana Holm", "Omar Haddad") in pairs
    assert not any("Nour" in a or "Nour" in b for a, b in pairs)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "The head of the Bayt al-Hikma party, Omar Haddad, wrote to President Ana Holm on Monday.",
            "Omar Haddad",
        ),
        (
            "Omar Haddad, leader of the Dar al-Nour party, wrote to President Ana Holm on Monday.",
            "Omar Haddad",
        ),
        ("Omar al-Nour wrote to President Ana Holm on Monday.", "Omar al-Nour"),
    ],
)
def test_a_person_stays_the_sender(text: str, sender: str) -> None:
    assert {a for a, _ in sent_pairs(text)} == {sender}
