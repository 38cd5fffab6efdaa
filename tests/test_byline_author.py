"""The 'I' of an opinion piece outside quotes is the author its byline names ('By Dr A ... Last November I
wrote to the health minister, B'); a staff or agency credit names no author, a quoted 'I' is the speaker's,
and the reporter's own calls for comment are no correspondence. Invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.meta_byline import byline_author
from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report


class Line:
    def __init__(self, text: str) -> None:
        self.text = text


def acts(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    raw = RawReport(source="i.txt", sha256="0" * 64, raw_text=text, fmt="txt", published=dt.date(2024, 3, 14))
    comms = process_report(raw, Options()).extraction.communications
    return sorted(
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)) for c in comms
    )


@pytest.mark.parametrize(
    "line, author",
    [
        ("By Dr Amara Nwosu", "Amara Nwosu"),
        ("Written by Tomas Vell", "Tomas Vell"),
        ("By Ines Marlow-Berg, former health minister", "Ines Marlow-Berg"),
        ("By Reuters Staff", None),
        ("By our correspondent", None),
        ("By AGENCY DESK", None),
        ("Bystanders Watched The Fire", None),
    ],
)
def test_a_byline_names_its_author(line: str, author: str | None) -> None:
    assert byline_author([Line("Headline of the day"), Line(line)]) == author


@pytest.mark.parametrize(
    "body",
    [
        "Last November I wrote to the health minister, Dr Chidi Okafor, warning of shortages. I got no reply.",
        "In March I sent a letter to Health Minister Chidi Okafor about the shortages.",
        "I e-mailed Health Minister Chidi Okafor in March about the shortages.",
    ],
)
def test_the_opinion_writers_i_is_the_author(body: str) -> None:
    found = acts(f"Opinion: Our hospitals cannot wait\n\nBy Dr Amara Nwosu\n\n{body}\n")
    assert [(s, r) for _, s, r in found] == [("Amara Nwosu", ("Chidi Okafor",))]


@pytest.mark.parametrize(
    "text",
    [
        "Hospitals under strain\n\nBy Reuters Staff\n\nLast November I wrote to Health Minister Chidi Okafor.\n",
        "Ministry under pressure\n\nBy Tomas Vell\n\nOn Monday I called the spokesman, Ana Ruiz, for comment.\n",
        'Ward closes\n\nBy Tomas Vell\n\n"I wrote to the minister," said nurse Ada Bello on Monday.\n',
    ],
)
def test_no_author_or_no_correspondence(text: str) -> None:
    assert all(s != "Tomas Vell" for _, s, _ in acts(text))
    assert all(s == "" or "Reuters" not in s for _, s, _ in acts(text))


def test_the_register_keeps_the_byline_author(tmp_path: object) -> None:
    import hashlib
    import sqlite3
    from pathlib import Path

    from lettertrace.store import open_store

    body = "Opinion: Our hospitals cannot wait\n\nBy Dr Amara Nwosu\n\nI wrote to Health Minister Chidi Okafor.\n"
    raw = RawReport(
        source="oped.txt", sha256=hashlib.sha256(body.encode()).hexdigest(), raw_text=body, fmt="txt"
    )
    db = Path(str(tmp_path)) / "register.db"
    open_store(db).save_report(process_report(raw, Options()))
    with sqlite3.connect(db) as con:
        assert [r[0] for r in con.execute("SELECT author FROM reports")] == ["Amara Nwosu"]
