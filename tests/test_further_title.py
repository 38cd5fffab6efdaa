"""A second title after an apposition ("A and B, general secretary of X and president of Y, exchanged
messages"): the parser may hang "president" on the subject as a third conjunct; it is B's title, no one
else. The parse is built by hand (words and arcs as the small English model gives them for such sentences),
since whether the parser errs depends on the words; the readings around it are parsed."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from lettertrace.extract.apposed_offices import further_title
from test_extract import found_acts

_NLP = spacy.blank("en")


def _doc(words: list[str], heads: list[int], deps: list[str], persons: list[tuple[int, int]]) -> Doc:
    doc = Doc(_NLP.vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in persons]
    return doc


#         0      1     2     3    4     5   6  7        8          9  10   11  12 13  14  15 16       17  18 19
WORDS = "Adam Krol and Jan Sobota , general secretary of the Party ( NP ) and president of Sylvania , exchanged".split()
HEADS = [1, 20, 1, 4, 1, 4, 7, 4, 7, 10, 8, 1, 10, 1, 1, 1, 15, 16, 20, 20]
DEPS = "compound nsubj cc compound conj punct amod appos prep det pobj punct appos punct cc conj prep pobj punct ROOT"


def test_the_office_after_and_closing_an_apposition_is_a_second_title() -> None:
    words = [*WORDS, "messages"]
    doc = _doc(words, [*HEADS, 20], [*DEPS.split(), "dobj"], [(0, 2), (3, 5)])
    assert [t.text for t in doc[1].conjuncts if further_title(t)] == ["president"]
    assert not further_title(doc[4])  # the second name is a conjunct of its own


def test_an_office_with_an_article_or_no_apposition_before_is_someone() -> None:
    words = WORDS[:15] + ["the"] + WORDS[15:] + ["messages"]
    heads = (
        [h + 1 if h >= 15 else h for h in HEADS[:15]] + [16] + [h + 1 if h >= 15 else h for h in HEADS[15:]]
    )
    heads += [21]
    deps = DEPS.split()
    doc = _doc(words, heads, [*deps[:15], "det", *deps[15:], "dobj"], [(0, 2), (3, 5)])
    assert not further_title(doc[16])  # "and the president of Sylvania": a third person
    plain = _doc(
        "Adam Krol and president of Sylvania , exchanged messages".split(),
        [1, 7, 1, 1, 3, 4, 7, 7, 7],
        "compound nsubj cc conj prep pobj punct ROOT dobj".split(),
        [(0, 2)],
    )
    assert not further_title(plain[3])  # no apposition closes before 'and'


def test_titles_after_a_name_leave_the_pair() -> None:
    assert found_acts(
        "President Adam Krol and Jan Sobota, general secretary of the Norland Labour Party (NLP) and president "
        "of the State Council of Norland, on Sunday exchanged congratulatory messages on the anniversary."
    ) == [
        ("message", "Adam Krol", ("Jan Sobota",)),
        ("message", "Jan Sobota", ("Adam Krol",)),
    ]
