"""One office is not another of the same head word: 'the Prime Minister' is neither 'Culture Minister
A' nor 'Deputy Prime Minister A'; 'the foreign minister' still fits 'Minister of Foreign Affairs A'.
A form of address with a role and a name beside it ('His Excellency the Prime Minister A B') is one
person, and a name written right after an office with its 'for' phrase holds it even when the parser
hangs it elsewhere. Invented people."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options
from test_extract import found_acts

KING = "The {role} sent a cable to the King of Ostrava, Olav Rendal, on Sunday."


@pytest.mark.parametrize(
    "known, role",
    [
        ("Culture Minister Ana Berg", "Prime Minister"),
        ("the minister of culture, Ana Berg", "prime minister"),
        ("Minister of Culture Sheikh Omar Bel Hadi", "Prime Minister"),
        ("Deputy Prime Minister Ana Berg", "Prime Minister"),
        ("Minister of Culture Ana Berg", "foreign minister"),
    ],
)
def test_another_office_of_the_same_head_word(known: str, role: str) -> None:
    acts = found_acts(f"The ceremony was attended by {known}.", KING.format(role=role))
    assert len(acts) == 1
    assert not any(w in acts[0][1] for w in ("Berg", "Hadi"))


@pytest.mark.parametrize(
    "known, role",
    [
        ("Norland's Minister of Foreign Affairs, Ana Berg,", "foreign minister"),
        ("Foreign Minister Ana Berg", "Norland minister of foreign affairs"),
        ("Defence Minister Ana Berg", "minister of defense"),
        ("Prime Minister Ana Berg", "prime minister"),
        ("Culture Minister Ana Berg", "new minister"),
    ],
)
def test_the_same_office_in_other_words(known: str, role: str) -> None:
    acts = found_acts(f"{known} arrived in Ostrava on Monday.", KING.format(role=role))
    assert [(s, r) for _k, s, r in acts] == [("Ana Berg", ("Olav Rendal",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "His Majesty the King Olav Rendal and His Excellency the Prime Minister Karim Nasr sent similar"
        " cables to the Norland President.",
        "His Majesty the King Olav Rendal and Her Excellency the Prime Minister Mira Sten sent similar"
        " messages to the Norland President.",
        "Her Excellency the Prime Minister Mira Sten and His Majesty the King Olav Rendal sent similar"
        " messages to the Norland President.",
    ],
)
def test_a_form_of_address_with_role_and_name_is_one_sender(sentence: str) -> None:
    acts = found_acts("The ceremony was attended by Minister of Culture Omar Bel Hadi.", sentence)
    assert len(acts) == 2 and not any("Hadi" in s for _k, s, _r in acts)


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 17, Foreign Minister Tomas Vey had a phone conversation with Norland's Minister for"
        " Foreign Affairs Ana Berg, during which the two sides discussed trade.",
        "On March 17, Foreign Minister Tomas Vey had a phone conversation with Norland Minister for"
        " Foreign Affairs Ana Berg, during which the two sides discussed trade.",
        "Norland Minister for Foreign Affairs Ana Berg had a phone conversation with Foreign Minister"
        " Tomas Vey on March 17.",
    ],
)
def test_a_name_right_after_an_office_for_something(sentence: str) -> None:
    acts = found_acts(sentence)
    assert [(k, {s, *r}) for k, s, r in acts] == [("call", {"Tomas Vey", "Ana Berg"})]


def _rehung(text: str, moves: dict[str, tuple[str, str]]) -> Doc:
    """``text`` as the project's model parses it, with some words hung elsewhere (word: (head, label)),
    as the parser does on some sentences."""
    model = nlp.load(Options().spacy_model)
    d = model(text)
    words = [t.text for t in d]
    heads, deps = [t.head.i for t in d], [t.dep_ for t in d]
    for word, (head, dep) in moves.items():
        heads[words.index(word)], deps[words.index(word)] = words.index(head), dep
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in d]
    return Doc(
        model.vocab, words=words, spaces=[bool(t.whitespace_) for t in d], heads=heads, deps=deps,
        pos=[t.pos_ for t in d], tags=[t.tag_ for t in d], lemmas=[t.lemma_ for t in d], ents=ents,
    )  # fmt: skip


def test_the_name_after_an_office_holds_it_when_the_parser_hangs_it_elsewhere() -> None:
    doc = _rehung(
        "Tomas Vey had a phone conversation with Ostravan Minister for Foreign Affairs Lena Vass , during"
        " which they talked .",
        {
            "Vass": ("had", "npadvmod"),
            "Affairs": ("for", "pobj"),
            "Foreign": ("Affairs", "compound"),
            "Lena": ("Vass", "compound"),
            "for": ("Minister", "prep"),
            ",": ("Vass", "punct"),
        },
    )
    held = PartyIndex(doc).party_at(doc[[t.text for t in doc].index("Minister")])
    assert held is not None and held.name == "Lena Vass"
    assert "Ostravan Minister for Foreign Affairs" in held.roles
