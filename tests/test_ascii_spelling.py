"""A name written in letters that lose more than their accents in plain ASCII ('Đ', 'ı', 'Ł', 'ø',
Cyrillic) also has its plain spelling among the entity's aliases, so that a reader or a tool comparing
names in ASCII finds 'Dang Van Hung' or 'Yildirim'. Names whose accents alone differ get none. Every
name here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files
from lettertrace.models import Options, PartyMention
from lettertrace.resolve import Member, ascii_spelling, resolve_entities
from lettertrace.store import open_store


@pytest.mark.parametrize(
    ("form", "plain"),
    [
        ("Đặng Văn Hùng", "Dang Van Hung"),
        ("Selin Yıldırımoğlu", "Selin Yildirimoglu"),
        ("Łucja Wróbel", "Lucja Wrobel"),
        ("Søren Dahlgaard", "Soren Dahlgaard"),
        ("Þóra Ægisdóttir", "Thora Aegisdottir"),
        ("Ирина Котова", "Irina Kotova"),
    ],
)
def test_letters_beyond_accents_get_a_plain_spelling(form: str, plain: str) -> None:
    assert ascii_spelling(form) == plain


@pytest.mark.parametrize(
    "form",
    [
        "José Peña",
        "Renée Müller",
        "Egypt’s mission",
        "Ana Berg",
        # scripts a letter-by-letter spelling does not serve, and letters with no plain form
        "王小明",
        "محمد حداد",
        "Παπαδόπουλος",
        "ǃKung elder Toma Ngani",
        "Hawaiʻi Governor Keoni Kahale",
        # a name already written in both scripts
        "Irina Kotova Ирина Котова",
    ],
)
def test_accents_and_punctuation_alone_get_none(form: str) -> None:
    assert ascii_spelling(form) is None


def test_the_plain_spelling_is_an_alias_of_the_entity() -> None:
    ents, _ = resolve_entities([Member("r1", PartyMention("Đặng Văn Hùng", "person"))])
    (ent,) = ents
    assert ("Dang Van Hung", "ascii", "r1") in [tuple(a) for a in ent.aliases]


def test_an_ingested_report_exports_the_plain_spellings(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(
        "Prime Minister Đặng Văn Hùng sent a letter to President Selin Yıldırımoğlu on 3 May 2021.\n",
        encoding="utf-8",
    )
    store = open_store(tmp_path / "r.db")
    assert not ingest_files(store, [src], Options()).failed
    reg = register_dict(store)
    aliases = {a for e in reg["entities"] for a in e["aliases"]}
    assert {"Dang Van Hung", "Selin Yildirimoglu"} <= aliases
