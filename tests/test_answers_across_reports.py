"""An act one report tells as an answer ("A wrote back to B", "in reply, A ...") to nothing that report
tells answers the latest act from its addressee to its writer that another report tells, dated before it
and within months. Every text and name is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files
from lettertrace.models import Options
from lettertrace.store import open_store

FIRST = """Lind sends condolences to Dorn over floods

Norvik, 3 June 2024 -

President Ana Lind on Monday sent a message of condolence to Prime Minister Piet Dorn after the floods in the north of Kessel.

"Norland stands with the people of Kessel in these days of grief," Lind wrote.
"""
SECOND = """Dorn thanks Lind

Kessel City, {day} -

{sentence}

"The support of our neighbours has given strength to our relief efforts," the letter reads.
"""


def _replies(tmp_path: Path, day: str, sentence: str) -> list[tuple[str, str | None]]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND.format(day=day, sentence=sentence), encoding="utf-8")
    store = open_store(tmp_path / "r.db")
    ingest_files(store, sorted(folder.glob("*.txt")), Options())
    reg = register_dict(store)
    names = {e["id"]: e["name"] for e in reg["entities"]}
    by_id = {c["id"]: names.get(c["sender"]) for c in reg["communications"]}
    return sorted((names.get(c["sender"]) or "", by_id.get(c["in_reply_to"])) for c in reg["communications"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Piet Dorn has written back to President Ana Lind, thanking her for standing with Kessel.",
        "Prime Minister Piet Dorn replied to President Ana Lind in a letter on Thursday, thanking her for her solidarity.",
        "In a reply message to President Ana Lind on Thursday, Prime Minister Piet Dorn thanked Norland.",
    ],
)
def test_an_answer_answers_the_act_another_report_tells(tmp_path: Path, sentence: str) -> None:
    found = _replies(tmp_path, "10 June 2024", sentence)
    assert ("Piet Dorn", "Ana Lind") in found, found


@pytest.mark.parametrize(
    ("day", "sentence"),
    [
        (
            "10 June 2024",
            "Prime Minister Piet Dorn wrote to President Ana Lind on Thursday about the floods.",
        ),
        ("1 June 2024", "Prime Minister Piet Dorn has written back to President Ana Lind, thanking her."),
        (
            "10 December 2024",
            "Prime Minister Piet Dorn has written back to President Ana Lind, thanking her.",
        ),
    ],
)
def test_no_answer_without_a_word_of_answering_or_out_of_time(
    tmp_path: Path, day: str, sentence: str
) -> None:
    found = _replies(tmp_path, day, sentence)
    assert ("Piet Dorn", None) in found and ("Piet Dorn", "Ana Lind") not in found, found


def test_an_answer_told_in_the_headline_is_the_letter_the_body_tells(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(
        "Dorn writes back to Lind and Vos, thanks them for solidarity\n\nKessel City, 10 June 2024 -\n\n"
        "In letters dated 6 June 2024, Prime Minister Piet Dorn thanked President Ana Lind of Norland and "
        "President Jan Vos of Arland individually, officials said.\n",
        encoding="utf-8",
    )
    store = open_store(tmp_path / "r.db")
    ingest_files(store, sorted(folder.glob("*.txt")), Options())
    reg = register_dict(store)
    names = {e["id"]: e["name"] for e in reg["entities"]}
    senders = {c["id"]: names.get(c["sender"]) for c in reg["communications"]}
    dated = [c for c in reg["communications"] if c["date"]["earliest"] == "2024-06-06"]
    to_lind = [c for c in dated if [names.get(r) for r in c["recipients"]] == ["Ana Lind"]]
    assert to_lind and senders.get(to_lind[0]["in_reply_to"]) == "Ana Lind", reg["communications"]
