"""'Norland's leaders on Friday sent messages of congratulations to Vestria's newly elected leaders. Party
chief A and President C extended their congratulations to B. Speaker D congratulated E.': after a round-up
of messages from unnamed many to unnamed many, each of the sentences right after it whose subject is a
person holding an office and whose verb greets a party named in it ("congratulated E", "extended (their)
congratulations to B", "conveyed greetings to B") tells one of the messages: from each such subject to that
party. The run ends at the first sentence of another kind or after a few sentences."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import names
from .congratulated import SPOKEN, _of_greetings
from .congratulated import _greeted as _greeted_verb
from .draft import Draft
from .greeting_read import _party
from .index import PartyIndex
from .lexicon import cues
from .mentions import INSTITUTION_HEADS, Party
from .roundups import _one_of, _sent_one, unnamed_many
from .told_in import GREETING_THINGS

# Verbs of greeting whose object is the one greeted, and verbs that extend greetings 'to' someone.
_GREETING = frozenset({"congratulate", "felicitate", "condole"})  # (not "greet": met at the airport)
_EXTENDING = frozenset({"extend", "convey", "send", "express", "offer"})
MAX_SENTENCES = 6


def _unnamed(d: Draft) -> bool:
    """Acts in the plural from no one named to no one named ("leaders sent messages to leaders"), by the
    parties read or by the words: a plural subject of the verb and a plural after its 'to'."""
    if (
        d.kind not in ("message", "letter")
        or d.trigger.tag_ not in ("NNS", "NNPS")
        or not _of_greetings(d.trigger)
    ):
        return False
    if d.trigger.dep_ == "dobj" and d.trigger.head.lemma_.lower() not in cues()["send_verbs"]:
        return False  # "received messages from", "exchanged messages": no round-up of sending
    many = [p for p in [d.sender, *d.recipients] if p is not None]
    if all(p.group or unnamed_many(p) for p in many):
        return True
    verb = d.trigger.head if d.trigger.dep_ == "dobj" else None
    if verb is None:
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    subj += [
        a for c in subj for a in c.children if a.dep_ == "appos"
    ]  # "X Party, State and Assembly leaders"
    tos = [g for c in d.trigger.subtree if c.lower_ == "to" and c.dep_ == "prep" for g in c.children]
    tos += [g for c in verb.children if c.lower_ == "to" for g in c.children]
    return any(s.tag_ == "NNS" for s in subj) and any(t.tag_ == "NNS" and t.dep_ == "pobj" for t in tos)


def roundup_pairs(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One message from each greeting subject told right after a round-up between unnamed many."""
    out: list[Draft] = []
    for d in [d for d in drafts if _unnamed(d)]:
        sent = d.trigger.sent
        for _ in range(MAX_SENTENCES):
            if sent.end >= len(doc):
                break
            if "\n" in doc[sent.end - 1].whitespace_ or doc[sent.end].is_space:
                break  # the run stays in the round-up's paragraph
            sent = doc[sent.end].sent
            pairs = _greeted(idx, sent)
            if not pairs:
                break
            for writer, greeted in pairs:
                one = _one_of(d, writer, sent.start_char, sent.end_char, sent.root)
                one.recipients = [greeted]
                if not _sent_one(writer, one, drafts, out):
                    out.append(one)
                    d.sender, d.recipients = None, []  # told one by one: the round-up names no act of its own
    return out


# Words of greetings said in person, besides those of congratulated.SPOKEN.
_IN_PERSON = frozenset({"person", "address", "funeral", "inauguration", "airport", "ceremony", "visit"})


def _up_to(tok: Token, top: Token) -> list[Token]:
    """The tokens from ``tok`` up to (not including) ``top``."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _greeted(idx: PartyIndex, sent: Span) -> list[tuple[Party, Party]]:
    """(writer, greeted) for each titled subject of the sentence's greeting verb, or [] for a sentence of
    another kind."""
    root = sent.root
    lemma = root.lemma_.lower()
    if (
        root.pos_ != "VERB"
        or not _greeted_verb(root)
        or any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children)
    ):
        return []  # not negated, to come, earlier ("had congratulated"), nor told in the passive
    if any(t.lemma_.lower() in SPOKEN | _IN_PERSON or t.is_quote for t in sent):
        return []  # greeted at a meeting, in a speech or aloud
    objects = [c for c in root.children if c.dep_ == "dobj"]
    if lemma in _GREETING:
        targets = objects
    elif lemma in _EXTENDING and any(o.lemma_.lower() in GREETING_THINGS for o in objects):
        targets = [
            g for c in root.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children
        ]
    else:
        return []
    greeted = [p for t in targets if (p := _party(idx, t)) is not None]
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or len(greeted) != 1:
        return []
    titled = any(names.fold(t.text).lower() in names.title_words() for t in subj.subtree)
    writers: list[Party] = []  # the persons the subject names ("A; and President C extended ...")
    for t in sent.doc[subj.left_edge.i : root.i]:
        aside = any(a.dep_ in ("poss", "appos", "prep", "advcl", "npadvmod") for a in _up_to(t, root))
        named = t.i in idx.tok2party or t.dep_ in ("nsubj", "conj") and t.pos_ == "PROPN"
        p = _party(idx, t) if named and not aside else None
        if p is not None and p not in writers:
            writers.append(p)
    writers = [
        p
        for p in writers
        if p.ptype == "person"
        and not p.group
        and p is not greeted[0]
        and p.name.split()[-1].lower() not in INSTITUTION_HEADS  # ("Central Committee" taken for a name)
    ]
    return [(w, greeted[0]) for w in writers] if titled else []
