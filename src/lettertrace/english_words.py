"""The common words of English that spaCy's own lemmatizer knows (its index of lemmas by part of speech):
a capitalised word among them is a word before it is a name ("Public Protector", "Foreign Affairs")."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def english_lemmas() -> frozenset[str]:
    """Every lemma in the installed pipeline's lemma index, lower case (empty without a rule lemmatizer)."""
    from . import nlp
    from .models import Options

    pipeline = nlp.load(Options().spacy_model)
    if "lemmatizer" not in pipeline.pipe_names:
        return frozenset()
    lookups = pipeline.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    if "lemma_index" not in lookups.tables:
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w.lower() for key in index for w in index[key])


def is_english_word(word: str) -> bool:
    """``word`` (any case) is a common English word the lemmatizer indexes."""
    return word.lower() in english_lemmas()


@cache
def english_adverbs() -> frozenset[str]:
    """The lemmas the installed pipeline's lemma index lists as adverbs, lower case."""
    from . import nlp
    from .models import Options

    pipeline = nlp.load(Options().spacy_model)
    if "lemmatizer" not in pipeline.pipe_names:
        return frozenset()
    lookups = pipeline.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    index = lookups.get_table("lemma_index") if "lemma_index" in lookups.tables else None
    return frozenset(w.lower() for w in (index.get("adv", []) if index is not None else []))


def fronted_adverb(tok: Token) -> bool:
    """'Below is the full text', 'Here are the letters': an adverb opening its sentence before a form of
    'be' (the subject comes after it), tagged a proper noun for its capital: no one's name."""
    doc = tok.doc
    return (
        bool(tok.is_sent_start)
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].lemma_.lower() == "be"
        and tok.lower_ in english_adverbs()
    )
