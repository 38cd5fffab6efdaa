"""Sentence-embedding similarity of two contents (draft: chunker only)."""

from __future__ import annotations

import re

CHUNK_WORDS = 60
MIN_WORDS = 8

_SENT = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"'”’)\]])\s+")
_PARA = re.compile(r"\n\s*\n")


def chunks(text: str, max_words: int = CHUNK_WORDS) -> list[str]:
    """``text`` cut into pieces of whole sentences, at most about ``max_words`` words each.

    A piece never spans two paragraphs; a piece shorter than ``MIN_WORDS`` words (a salutation,
    a signature) is joined to the one before it, so that no tiny piece can match by accident.
    """
    out: list[list[str]] = []
    for para in _PARA.split(text):
        cur: list[str] = []
        for sent in _SENT.split(para):
            words = sent.split()
            while len(words) > max_words:  # an over-long sentence: cut it
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
