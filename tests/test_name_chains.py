"""The recogniser's cut person names, joined again at a patronymic particle (nlp.name_chains)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from lettertrace import nlp
from lettertrace.models import Options


def _doc(words: list[str], ents: list[tuple[int, int, str]], pos: list[str] | None = None) -> Doc:
    vocab = nlp.load(Options().spacy_model).vocab
    doc = Doc(vocab, words=words, pos=pos)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


@pytest.mark.parametrize("particle", ["bin", "ibn", "bint"])
def test_a_name_cut_at_its_patronymic_particle_is_one_name(particle: str) -> None:
    words = ["Prince", "Khalid", "bin", "Fahd", particle, "Saud", "Al", "Rashed", "wrote", "."]
    doc = nlp.name_chains(_doc(words, [(0, 4, "PERSON"), (4, 8, "PERSON")]))
    assert [(e.text, e.label_) for e in doc.ents] == [
        (f"Prince Khalid bin Fahd {particle} Saud Al Rashed", "PERSON")
    ]


@pytest.mark.parametrize(
    "words, ents",
    [
        # a comma between two people: a list, not one name
        (["Khalid", "bin", "Fahd", ",", "bin", "Saud", "Al", "Rashed"], [(0, 3, "PERSON"), (4, 8, "PERSON")]),
        # a capitalised given name "Ben" opens a second person
        (["Khalid", "bin", "Fahd", "Ben", "Carter"], [(0, 3, "PERSON"), (3, 5, "PERSON")]),
        # an organisation beside a person
        (["Rashed", "Holdings", "bin", "Saud"], [(0, 2, "ORG"), (2, 4, "PERSON")]),
    ],
)
def test_neighbouring_names_that_are_not_one_stay_two(
    words: list[str], ents: list[tuple[int, int, str]]
) -> None:
    doc = nlp.name_chains(_doc(words, ents))
    assert len(doc.ents) == 2


def test_the_pipeline_joins_names_after_the_recogniser() -> None:
    names = nlp.load(Options().spacy_model).pipe_names
    assert names.index("lettertrace_name_chains") == names.index("ner") + 1


@pytest.mark.parametrize("verb", ["rang", "called", "wrote"])
def test_a_verb_taken_into_a_name_is_cut_off(verb: str) -> None:
    words = ["Andrew", verb, "me", "today", "."]
    doc = nlp.name_chains(_doc(words, [(0, 2, "PERSON")], ["PROPN", "VERB", "PRON", "NOUN", "PUNCT"]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Andrew", "PERSON")]


def test_lower_case_name_particles_stay_in_the_name() -> None:
    words = ["Ludwig", "van", "Beethoven", "wrote", "."]
    doc = nlp.name_chains(_doc(words, [(0, 3, "PERSON")], ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]))
    assert [e.text for e in doc.ents] == ["Ludwig van Beethoven"]


def test_a_caller_named_by_a_given_name_in_a_quote_is_the_caller() -> None:
    doc = nlp.parse(
        'Ana Berg has taken the stage. "Andrew rang me a few minutes ago and he was gracious, as I always'
        ' knew he would be," she tells the crowd.',
        Options().spacy_model,
    )
    assert "Andrew" in [e.text for e in doc.ents if e.label_ == "PERSON"]


def _tagged_doc(words: list[str], tags: list[str], pos: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = _doc(words, ents, pos)
    for tok, tag in zip(doc, tags, strict=True):
        tok.tag_ = tag
    return doc


@pytest.mark.parametrize(
    "words, tags, pos, name",
    [
        (
            ["Replying", "to", "Quiroga", "'s", "letter"],
            ["VBG", "IN", "NNP", "POS", "NN"],
            ["VERB", "ADP", "PROPN", "PART", "NOUN"],
            "Quiroga 's",
        ),
        (
            ["Answering", "the", "Ostmark", "Council", "'s", "note"],
            ["VBG", "DT", "NNP", "NNP", "POS", "NN"],
            ["VERB", "DET", "PROPN", "PROPN", "PART", "NOUN"],
            "Ostmark Council 's",
        ),
        (
            ["Writing", "to", "Ana", "Ruiz"],
            ["VBG", "IN", "NNP", "NNP"],
            ["VERB", "ADP", "PROPN", "PROPN"],
            "Ana Ruiz",
        ),
    ],
)
def test_an_opening_participle_is_no_part_of_the_name(
    words: list[str], tags: list[str], pos: list[str], name: str
) -> None:
    end = len(words) - 1 if words[-1].islower() else len(words)
    doc = nlp.name_chains(_tagged_doc(words, tags, pos, [(0, end, "ORG")]))
    assert [e.text for e in doc.ents] == [name]


def test_a_name_that_opens_with_a_participle_and_no_capital_after_keeps_its_start() -> None:
    words, tags = ["Breaking", "news", "desk"], ["VBG", "NN", "NN"]
    doc = nlp.name_chains(_tagged_doc(words, tags, ["VERB", "NOUN", "NOUN"], [(0, 3, "ORG")]))
    assert [e.text for e in doc.ents] == ["Breaking news desk"]


@pytest.mark.parametrize("wh", ["Whose", "Who", "whom"])
def test_a_relative_pronoun_ends_a_name(wh: str) -> None:
    # "Ana Berg, Lawyer Whose Letter Defied a Dictator, Dies at 86": a title-case headline's clause
    words = ["Ana", "Berg", ",", "Lawyer", wh, "Letter", "Defied", "a", "Dictator"]
    doc = nlp.name_chains(_doc(words, [(0, 2, "PERSON"), (3, 7, "PERSON")]))
    assert ("Lawyer " + wh + " Letter Defied", "PERSON") not in [(e.text, e.label_) for e in doc.ents]
    assert ("Ana Berg", "PERSON") in [(e.text, e.label_) for e in doc.ents]
