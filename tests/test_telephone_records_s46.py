"""Session 46: the record of a telephone call kept as a document ("Memorandum of Telephone Conversation",
its date line, its participants one to a line) is the call between the two participants, of that day; a
memorandum of a conversation held in person is no call. Texts are invented."""

from __future__ import annotations

import datetime as dt

from test_extract import run

_RECORD = """Papers of the Northern Department, Volume XII

Document 212

212. Memorandum of Telephone Conversation

Freeport, March 3, 1965, 10:15 a.m.

PARTICIPANTS
Foreign Minister Carl Tolland
Ambassador Ruth Ellery (in Marsk)

The Minister said he had read the Prime Minister's note and wanted the Ambassador's reading of it.
Ambassador Ellery said that it should be taken as a personal appeal rather than a government position.
"""


def _calls(text: str) -> list[tuple[set[str], dt.date | None, dt.date | None]]:
    return [
        ({c.sender.name if c.sender else "", *(r.name for r in c.recipients)}, c.date.earliest, c.date.latest)
        for c in run(text).extraction.communications
        if c.kind == "call"
    ]


def test_record_of_a_telephone_conversation_is_the_call() -> None:
    day = dt.date(1965, 3, 3)
    assert _calls(_RECORD) == [({"Carl Tolland", "Ruth Ellery"}, day, day)]
    telcon = _RECORD.replace("212. Memorandum of Telephone Conversation", "Telcon")
    assert _calls(telcon) == [({"Carl Tolland", "Ruth Ellery"}, day, day)]
    listed = _RECORD.replace("PARTICIPANTS\n", "Participants: ")
    assert _calls(listed) == [({"Carl Tolland", "Ruth Ellery"}, day, day)]


def test_memorandum_of_a_conversation_in_person_is_no_call() -> None:
    assert _calls(_RECORD.replace("Memorandum of Telephone Conversation", "Memorandum of Conversation")) == []
