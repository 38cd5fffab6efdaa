"""Sentence-embedding similarity of two contents (draft: chunker only)."""

from __future__ import annotations

import re

CHUNK_WORDS = 60

_SENT = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"'”’)\]])\s+|\n\s*\n")


def chunks(text: str, max_words: int = CHUNK_WORDS) -> list[str]:
    """Consecutive sentences of ``text`` grouped into pieces of at most about ``max_words`` words."""
    out: list[str] = []
    cur: list[str] = []
    n = 0
    for sent in _SENT.split(text):
        words = sent.split()
        if not words:
            continue
        while len(words) > max_words:  # one over-long sentence: cut it
            if cur:
                out.append(" ".join(cur))
                cur, n = [], 0
            out.append(" ".join(words[:max_words]))
            words = words[max_words:]
        if n + len(words) > max_words and cur:
            out.append(" ".join(cur))
            cur, n = [], 0
        cur += words
        n += len(words)
    if cur:
        out.append(" ".join(cur))
    return out
