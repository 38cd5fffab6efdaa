"""The register does not depend on the order reports were ingested, on their file names, nor on the
process's string-hash seed; nor does the linking of invented mentions depend on their order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lettertrace import link
from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.link import RMention, cluster_mentions
from lettertrace.models import CommMention, DateInterval, Options, PartyMention, ProcessedReport, RawReport
from lettertrace.pipeline import process_report
from lettertrace.read import sidecar_urls
from lettertrace.resolve import Member, resolve_entities
from lettertrace.store import open_store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "train2"

# ---------------------------------------------------------------- invented mentions


VERHOEVEN = PartyMention("Alma Verhoeven", role="His Excellency President", org="Freedonia")
KETTLE = PartyMention("Tomas Kettle", role="His Excellency Prime Minister", org="Sylvania")


def _mention(
    report: str,
    local: int,
    kind: str = "letter",
    quotes: tuple[str, ...] = (),
    day: dt.date | None = None,
    content: str | None = None,
) -> RMention:
    date = DateInterval(day, day, "day") if day else DateInterval()
    comm = CommMention(kind, VERHOEVEN, (KETTLE,), date, ())  # type: ignore[arg-type]
    body = " ".join(quotes) if content is None else content
    return RMention(
        report,
        f"/in/{report}.txt",
        local,
        comm,
        "e-verhoeven",
        ("e-kettle",),
        list(quotes),
        body,
        digest="d-" + report,
        party_words=link._party_words(comm),
    )


def _groups(ms: list[RMention]) -> set[frozenset[tuple[str, int]]]:
    return {frozenset(ms[i].key for i in g) for g in cluster_mentions(ms)}


SHARED = "We ask the river commission to meet before the spring floods reach the valley towns"


def test_a_tie_between_two_equally_good_partners_is_decided_the_same_in_every_order() -> None:
    # one report quotes a line that two letters of another report both quote: two links of equal score,
    # and a report gives one mention per communication, so only one of them can be taken
    ms = [
        _mention("r1", 0, quotes=(SHARED,)),
        _mention("r2", 0, quotes=(SHARED,)),
        _mention("r2", 1, quotes=(SHARED,)),
    ]
    outcomes = {frozenset(_groups(list(p))) for p in itertools.permutations(ms)}
    assert len(outcomes) == 1
    (groups,) = outcomes
    # the canonical order decides: the first letter of the second report (by digest, then position)
    assert frozenset({("r1", 0), ("r2", 0)}) in groups
    assert frozenset({("r2", 1)}) in groups


def test_greedy_merging_with_a_date_conflict_is_order_free() -> None:
    # a chain a~b (same day), b~c (same quote), a and c on different days: whichever link is taken
    # first decides what the other may join; every order must give the same answer
    day, other = dt.date(2024, 5, 2), dt.date(2024, 5, 9)
    ms = [
        _mention("ra", 0, day=day, quotes=(SHARED,)),
        _mention("rb", 0, day=day, quotes=(SHARED,)),
        _mention("rc", 0, day=other, quotes=(SHARED,)),
        _mention("rd", 0, quotes=(SHARED,)),
    ]
    outcomes = {frozenset(_groups(list(p))) for p in itertools.permutations(ms)}
    assert len(outcomes) == 1
    (groups,) = outcomes
    assert all(len({k[0] for k in g}) == len(g) for g in groups)  # one mention per report
    assert frozenset({("ra", 0), ("rb", 0), ("rd", 0)}) in groups  # the strongest links first
    assert frozenset({("rc", 0)}) in groups


def test_cosine_is_symmetric_and_leaves_the_parties_names_out() -> None:
    a = (
        "His Excellency President Alma Verhoeven of Freedonia yesterday sent a cable to His Excellency Prime "
        "Minister Tomas Kettle of Sylvania, offering condolences over the storm"
    )
    b = (
        "His Excellency President Alma Verhoeven of Freedonia yesterday sent a written letter to His Excellency "
        "Prime Minister Tomas Kettle of Sylvania, inviting him to visit"
    )
    assert link.cosine(a, b) == link.cosine(b, a)
    assert link.cosine(a, b) >= link.SAME_CONTENT  # the names alone make them look alike
    ma, mb = _mention("r1", 0, content=a), _mention("r2", 0, content=b)
    ignore = ma.party_words | mb.party_words
    assert link.cosine(a, b, ignore) == link.cosine(b, a, ignore) < link.SAME_CONTENT


def test_two_undated_accounts_of_different_kinds_are_not_merged_on_their_parties_alone() -> None:
    # nothing but the parties in common (no content, no date): a cable and a letter stay two acts
    assert len(_groups([_mention("r1", 0, kind="message"), _mention("r2", 0, kind="letter")])) == 2
    # the same kind, the only correspondence between the two: one act told twice
    assert len(_groups([_mention("r1", 0, kind="letter"), _mention("r2", 0, kind="letter")])) == 1
    # different kinds, but the same known day on both sides
    day = dt.date(2024, 7, 30)
    assert (
        len(_groups([_mention("r1", 0, kind="message", day=day), _mention("r2", 0, kind="letter", day=day)]))
        == 1
    )


def test_entity_resolution_is_order_free() -> None:
    names = [
        ("ra", "Lena Škoda"),
        ("rb", "Lena Skoda"),
        ("rc", "Skoda"),
        ("ra", "Omar bin Yusuf Al Rashed"),
        ("rb", "Khalid bin Omar bin Yusuf Al Rashed"),
        ("rc", "Khalid bin Omar"),
        ("rd", "Tomas Kettle"),
        ("re", "Tomas Kettle"),
    ]
    members = [Member(r, PartyMention(n), digest="d-" + r) for r, n in names]
    base = resolve_entities(members)
    for seed in range(6):
        shuffled = members[:]
        random.Random(seed).shuffle(shuffled)
        ents, mapping = resolve_entities(shuffled)
        assert mapping == base[1]
        assert [(e.id, e.name, sorted(e.aliases)) for e in ents] == [
            (e.id, e.name, sorted(e.aliases)) for e in base[0]
        ]
    mapping = base[1]
    assert mapping[("ra", "Lena Škoda")] == mapping[("rb", "Lena Skoda")] == mapping[("rc", "Skoda")]
    # father and son share every token of the father's name, in order: two people
    assert (
        mapping[("ra", "Omar bin Yusuf Al Rashed")] != mapping[("rb", "Khalid bin Omar bin Yusuf Al Rashed")]
    )
    assert mapping[("rb", "Khalid bin Omar bin Yusuf Al Rashed")] == mapping[("rc", "Khalid bin Omar")]
    # equal spellings: the one with diacritics names the entity, whichever report comes first
    assert {e.name for e in base[0] if e.id == mapping[("rb", "Lena Skoda")]} == {"Lena Škoda"}


# ---------------------------------------------------------------- a real corpus, read in place


@pytest.fixture(scope="module")
def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (the order test reads ../shared/corpus/train2 in place)")
    files, _skipped = list_inputs([CORPUS])
    if len(files) < 4:
        pytest.skip(f"too few reports in {CORPUS}")
    return files


class _Processed:
    """Process each report once (by content); later ingests reuse it under their own source path."""

    def __init__(self) -> None:
        self.done: dict[str, ProcessedReport] = {}

    def __call__(self, raw: RawReport, options: Options) -> ProcessedReport:
        if raw.sha256 not in self.done:
            self.done[raw.sha256] = process_report(raw, options)
        return dataclasses.replace(self.done[raw.sha256], raw=raw)


@pytest.fixture(scope="module")
def processed() -> _Processed:
    return _Processed()


@pytest.fixture(scope="module")
def sorted_register(
    corpus_files: list[Path], processed: _Processed, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, Any]]:
    db = tmp_path_factory.mktemp("order") / "sorted.db"
    store = open_store(db)
    summary = ingest_files(store, corpus_files, Options(), process=processed)
    assert not summary.failed, summary.failed
    return db, register_dict(store)


def test_reverse_and_incremental_ingestion_give_the_same_register(
    corpus_files: list[Path],
    processed: _Processed,
    sorted_register: tuple[Path, dict[str, Any]],
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "reversed.db")
    files = corpus_files[::-1]
    half = len(files) // 2
    for part in (files[:half], files[half:]):  # two runs: the register is relinked after each
        assert not ingest_files(store, part, Options(), process=processed).failed
    reg = register_dict(store)
    assert any(len(c["mentions"]) > 1 for c in reg["communications"])  # the corpus has merged accounts
    assert reg == sorted_register[1]


def test_renamed_copies_give_the_same_register_up_to_names(
    corpus_files: list[Path],
    processed: _Processed,
    sorted_register: tuple[Path, dict[str, Any]],
    tmp_path: Path,
) -> None:
    # the same reports under shuffled file names, so that path order and content order disagree
    names = [f"{n:03d}{p.suffix}" for n, p in enumerate(corpus_files)]
    random.Random(7).shuffle(names)
    folder = tmp_path / "renamed"
    folder.mkdir()
    copies = []
    sources = ["file\turl"]  # the crawl's list of sources is renamed with the files
    for p, name in zip(corpus_files, names, strict=True):
        shutil.copyfile(p, folder / name)
        copies.append(folder / name)
        url = sidecar_urls(str(p.parent)).get(p.name)
        if url:
            sources.append(f"{name}\t{url}")
    (folder / "SOURCES.tsv").write_text("\n".join(sources) + "\n", encoding="utf-8")
    store = open_store(tmp_path / "renamed.db")
    assert not ingest_files(store, copies, Options(), process=processed).failed
    assert _by_content(register_dict(store)) == _by_content(sorted_register[1])


def _by_content(reg: dict[str, Any]) -> Any:
    """The register with report ids replaced by content digests and communication ids by their mentions'
    places, every list sorted (lists ordered by an id follow the file names): what must not depend on
    file names."""
    text = json.dumps(reg, sort_keys=True)
    for d in reg["documents"]:
        text = text.replace(d["id"], "sha:" + d["sha256"])
    digest = {d["id"]: d["sha256"] for d in reg["documents"]}
    for c in reg["communications"]:
        places = sorted(f"{digest[m['document']]}@{m['start']}" for m in c["mentions"])
        text = text.replace(c["id"], "comm:" + "+".join(places))
    out = json.loads(text)
    for d in out["documents"]:
        d.pop("source")
    return _sorted_lists(out)


def _sorted_lists(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _sorted_lists(v) for k, v in x.items()}
    if isinstance(x, list):
        return sorted((_sorted_lists(v) for v in x), key=lambda v: json.dumps(v, sort_keys=True))
    return x


RELINK_SCRIPT = """
import json, random, sys
from lettertrace import link
from lettertrace.export.register_data import register_dict
from lettertrace.store import open_store
src, dst, out = open_store(sys.argv[1]), open_store(sys.argv[2]), sys.argv[3]
ids = [r["id"] for r in src.iter_reports()]
random.Random(int(sys.argv[4])).shuffle(ids)
for rid in ids:
    dst.save_report(src.load_report(rid))
link.relink(dst)
dst.mark_linked()
with open(out, "w", encoding="utf-8") as fh:
    json.dump(register_dict(dst), fh)
"""


def test_another_hash_seed_and_storage_order_give_the_same_register(
    sorted_register: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    # the stored reports, saved in a shuffled order into a fresh register and linked by a process whose
    # string hashes (set and dict order of strings) differ from this one's
    db, expected = sorted_register
    out = tmp_path / "relinked.json"
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    args = [sys.executable, "-c", RELINK_SCRIPT, str(db), str(tmp_path / "relinked.db"), str(out), "3"]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert json.loads(out.read_text(encoding="utf-8")) == expected
