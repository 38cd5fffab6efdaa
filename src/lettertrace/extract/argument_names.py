"""Names spaCy's small model left untagged, or tagged as a thing (a work of art, a place, a product), found
where a communication's construction puts a party: the subject of "wrote" or "phoned", the object of
"phoned", the "to" / "from" / "with" / "by" of a communication verb or noun ("sent a letter to Sefo
Leavasa", "a letter from Yerlan Sultanbekov was delivered to Dastan Orozbekov", "spoke by phone with Ana
Berg", "Tupou Vainikolo sent a letter"). There, a run of two to four capitalised proper nouns with no
article before it, none of them a title, a word of an institution or a place, a state's name or a calendar
word, is a person's name: a body or a place would carry its head word ("Port Moresby" no, "Downing Street"
no) or an article ("the Gaza Strip")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import names
from ..nlp import _PLACE_HEADS
from .dated import is_calendar_name
from .lexicon import cues, noun_kind
from .mentions import INSTITUTION_HEADS, ROLE_HEADS

# Entity labels a party's name may wrongly carry in the small model; a name tagged a person, a body or a
# state is read by the index already.
THING_LABELS = frozenset({"", "WORK_OF_ART", "LOC", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})

# Last words of bodies' names that are no institution's head ("Open Society", "Kessel Trust").
BODY_WORDS = frozenset(
    {"society", "trust", "fund", "network", "forum", "club", "league", "initiative", "watch"}
)

# Prepositions that bring in a party of a communication verb or noun.
PARTY_PREPS = frozenset({"to", "from", "with", "by"})


def _verbs() -> frozenset[str]:
    c = cues()
    words = [*c["send_verbs"], *c["write_verbs"], *c["call_verbs"], *c["receive_verbs"], *c["reply_verbs"]]
    return frozenset([*words, *c["medium_verbs"], *c["contact_verbs"], "speak", "talk"])


def _object_verbs() -> frozenset[str]:
    """Verbs whose direct object is the other party ("phoned Ana Berg", "contacted Ana Berg")."""
    c = cues()
    return frozenset([*c["call_verbs"], *c["contact_verbs"]])


def _slots(t: Token, verbs: frozenset[str], objects: frozenset[str]) -> list[Token]:
    """The heads of the noun phrases where ``t`` (a communication verb or noun) names its parties."""
    heads: list[Token] = []
    if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs:
        if any(c.dep_ == "prt" for c in t.children):
            return heads  # "sign up to", "write off": another verb
        heads += [c for c in t.children if c.dep_ == "nsubj"]
        if t.lemma_.lower() in objects:
            heads += [c for c in t.children if c.dep_ == "dobj"]
    elif noun_kind(t) is not None:
        heads += [c for c in t.children if c.dep_ == "poss"]
    else:
        return heads
    for prep in t.children:
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in PARTY_PREPS:
            heads += [c for c in prep.children if c.dep_ == "pobj"]
    # "wrote to his counterpart Marcel Ciolacu": the name in apposition to the party's role
    return heads + [a for h in heads for a in h.children if a.dep_ == "appos" and a.pos_ == "PROPN"]


def _name_chain(head: Token) -> Span | None:
    """The run of proper nouns ending in ``head`` ("Sefo" + "Leavasa"), when it reads as a person's name."""
    if head.pos_ != "PROPN":
        return None
    start = head.i
    while start > 0 and head.doc[start - 1].dep_ == "compound" and head.doc[start - 1].head.i == head.i:
        start -= 1
    if start > 0 and head.doc[start - 1].lower_ in ("the", "a", "an"):
        return None
    tw = names.title_words()
    while start < head.i and _title(head.doc[start].text, tw):
        start += 1  # "Foreign Ministers Ana Berg of X and Piet Okoro of Y": the plural title is no name
    span = head.doc[start : head.i + 1]
    if not 2 <= len(span) <= 4 or span[0].ent_iob_ == "I":
        return None  # (not the tail of a longer tagged name: "Good Morning Britain")
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is not None and (after.text == "&" or after.pos_ == "PROPN" and after.text[:1].isupper()):
        return None  # "Central Pierce Fire & Rescue": a longer name, of a body
    for w in span:
        word = names.fold(w.text).lower().strip(".")
        if (
            w.pos_ != "PROPN"
            or not w.text[:1].isupper()
            or w.text.isupper()
            or not w.text.replace("-", "").replace("'", "").isalpha()
            or w.ent_type_ not in THING_LABELS
            or _title(w.text, tw)
            or word in INSTITUTION_HEADS
            or word in _PLACE_HEADS
            or word in BODY_WORDS
            or is_calendar_name(w.text)
            or names.is_state_word(w.text)
        ):
            return None
    return span


def argument_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Spans of persons' names in the party slots of communication verbs and nouns, none of whose tokens
    ``taken`` already holds."""
    verbs, objects = _verbs(), _object_verbs()
    out: list[Span] = []
    for t in doc:
        for head in _slots(t, verbs, objects):
            span = _name_chain(head)
            if span is not None and not any(w.i in taken for w in span) and span not in out:
                out.append(span)
    return out


def _title(word: str, titles: frozenset[str]) -> bool:
    """A title or the head of an office, singular or plural ("Minister", "Ministers", "Patriarch")."""
    w = names.fold(word).lower().strip(".")
    return any(x in titles or x in ROLE_HEADS for x in (w, w[:-1] if w.endswith("s") else w))
