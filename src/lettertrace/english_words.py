"""The common words of English that spaCy's own lemmatizer knows (its index of lemmas by part of speech):
a capitalised word among them is a word before it is a name ("Public Protector", "Foreign Affairs")."""

from __future__ import annotations

from functools import cache


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
