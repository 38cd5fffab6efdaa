"""Names the small model leaves untagged, or tags as a thing (a work of art, a place), read as persons where a
communication's construction puts a party: the subject of "sent", the "to" / "from" of a letter, the
object of "phoned". Bodies and places keep their shape: an article, a place's or a body's head word, a
verb with a particle ("sign up to"). Invented people."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.extract.argument_names import argument_names
from lettertrace.models import Options
from test_extract import found_acts


def _spans(text: str) -> list[str]:
    return [s.text for s in argument_names(nlp.parse(text, Options().spacy_model), set())]


@pytest.mark.parametrize(
    ("text", "sender", "recipient"),
    [
        ("Tupou Vainikolo sent a letter to Sefo Leavasa on Monday.", "Vainikolo", "Leavasa"),
        ("A letter from Yerlan Sultanbekov was delivered to Dastan Orozbekov.", "Sultanbekov", "Orozbekov"),
        ("Sefo Leavasa received a letter from Tupou Vainikolo on Monday.", "Vainikolo", "Leavasa"),
        ("Dastan Orozbekov was sent a letter by Yerlan Sultanbekov.", "Sultanbekov", "Orozbekov"),
    ],
)
def test_name_in_a_party_slot_is_a_person(text: str, sender: str, recipient: str) -> None:
    acts = found_acts(text)
    assert len(acts) == 1
    kind, s, rs = acts[0]
    assert kind == "letter" and sender in s and len(rs) == 1 and recipient in rs[0]


def test_names_read_in_the_slots() -> None:
    # "Yerlan Sultanbekov" is tagged a person already; "Dastan Orozbekov" a place
    assert _spans("A letter from Yerlan Sultanbekov was delivered to Dastan Orozbekov.") == [
        "Dastan Orozbekov"
    ]


def test_plural_title_before_the_names_is_left_out() -> None:
    spans = _spans("Foreign Ministers Lucia Ferrando of Norland and Tomas Ibarra of Vestria spoke by phone.")
    assert "Foreign Ministers Lucia Ferrando" not in spans
    assert all("Ministers" not in s for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Readers can sign up to First Edition, our morning newsletter.",
        "The crews of Central Pierce Fire & Rescue responded to a call on Main Street.",
        "The convoy sent supplies to the Gaza Strip and a message to the West Bank.",
        "She wrote to Downing Street and to Buckingham Palace.",
        "The minister wrote to Lake Victoria Basin Commission officials.",
    ],
)
def test_bodies_and_places_are_no_names(text: str) -> None:
    spans = _spans(text)
    assert not any(
        w in s for s in spans for w in ("Edition", "Fire", "Strip", "Bank", "Street", "Palace", "Lake")
    )
