"""What the parser strands: a party's name, 'a telegram sent by General A B to President C' parsed with 'by' left
without an object and A B hung on the telegram as an apposition, the 'to' phrase on A B."""

from __future__ import annotations

from spacy.tokens import Token

from ..datelines import _titled
from .lexicon import cues


def _in_title(tok: Token) -> bool:
    """A title word, or a capitalised word compounded onto one ("Finance" of "Finance Minister")."""
    return _titled(tok) or (
        tok.dep_ == "compound" and tok.head.i > tok.i and tok.text[:1].isupper() and _titled(tok.head)
    )


def subject_past_stranded(subj: Token) -> Token:
    """'In a letter sent to B, a Social Democrat, A set out ...' parsed with B the subject and A in apposition
    to B: B is the object the bare 'to' before it lost, and the person set off last, right before the verb,
    is the subject; else ``subj``."""
    verb = subj.head
    last = [c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i < verb.i][-1:]
    if not last or last[0].right_edge.i + 1 != verb.i or subj.dep_ != "nsubj":
        return subj
    doc = subj.doc
    bare = (t for t in doc[verb.sent.start : subj.i] if t.lower_ in ("to", "by", "from") and t.pos_ == "ADP")
    return last[0] if any(stranded_object(t) == subj for t in bare) else subj


def stranded_object(prep: Token) -> Token | None:
    """'a telegram sent by General A B to President C': the parser may leave 'by' with no object and hang
    the name after it elsewhere (as an apposition of the telegram). The head word of the person's or
    body's name that starts right after the bare preposition (titles included), when so; else None."""
    doc = prep.doc
    if prep.lower_ not in ("by", "to", "from") or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    j = prep.i + 1
    if j >= len(doc) or doc[j].ent_type_ not in ("PERSON", "ORG") and not _titled(doc[j]):
        return None
    while j < len(doc) and j - prep.i <= 4 and _in_title(doc[j]) and doc[j].ent_type_ != "PERSON":
        j += 1  # "by Deputy Prime Minister A B", "to Finance Minister A B" ('Finance' tagged a body)
    if j >= len(doc) or doc[j].ent_type_ not in ("PERSON", "ORG") or doc[j].ent_iob_ != "B":
        return None
    end = j
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    head = doc[end]
    return head if head.head.i != prep.i and head.pos_ == "PROPN" else None


def preps_on_stranded(noun: Token) -> list[Token]:
    """'a telegram sent by A to B' parsed with A an apposition of the telegram: the 'to' phrase hung on A
    (:func:`stranded_object`) is the telegram's; so is a 'between' or 'with' phrase hung on its time, and the
    'to' of a participle the parser joined to the noun's preposition."""
    out = []
    for a in noun.children:
        if a.dep_ == "appos" and any(
            stranded_object(p) == a
            for acl in noun.children
            if acl.dep_ == "acl" and acl.i < a.i
            for p in acl.children
            if p.dep_ in ("agent", "prep")
        ):
            out += [c for c in a.children if c.dep_ == "prep" and c.lower_ == "to"]
    if noun.dep_ == "pobj":  # "In a letter dated X and addressed to A and B", 'addressed' a conjunct of 'In'
        for v in noun.head.conjuncts:
            if (
                v.pos_ == "VERB"
                and v.tag_ in ("VBD", "VBN")
                and v.lemma_.lower() in ("address", "send", "direct")
            ):
                out += [c for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    for p in noun.children:  # "a conversation on the afternoon of 9 May between A and B": hung on its time
        for t in (
            g for g in p.children if p.dep_ == "prep" and g.dep_ == "pobj" and g.ent_type_ in ("TIME", "DATE")
        ):
            out += [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("between", "with")]
    if noun.dep_ == "dobj":  # "sent letters on the same day to A and B": the 'to' hung on the day is theirs
        for p in noun.head.children:
            for t in (g for g in p.children if p.dep_ == "prep" and g.dep_ == "pobj" and _time_word(g)):
                out += [c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"]
    return out


def _time_word(tok: Token) -> bool:
    """A day or time: tagged so, or the noun 'date' or 'day' ("of the same date")."""
    return tok.ent_type_ in ("TIME", "DATE") or tok.lemma_.lower() in ("date", "day")


def fronted_participle(verb: Token) -> bool:
    """'Answering the message he had received from A, B sent ...': a participle clause set before the
    subject and a comma, which the parser reads as the clausal subject of the main verb (a true one takes
    no comma: "Answering the letter took a week")."""
    doc = verb.doc
    main = verb.head.lemma_.lower()
    sending = main in {*cues()["send_verbs"], *cues()["write_verbs"], *cues()["call_verbs"], "call", "reply"}
    # "Answering the message his father (Prime Minister C) had received from A, B ...": not B's to answer
    others = any(
        s.dep_ == "nsubj" and s.pos_ != "PRON"
        for o in verb.children
        for r in o.children
        if r.dep_ == "relcl"
        for s in r.children
    )
    return (
        verb.dep_ == "csubj"
        and verb.tag_ == "VBG"
        and verb.i < verb.head.i
        and sending  # not "Answering the message ..., B said in a speech", "B received the envoy"
        and not others
        and any(t.text == "," for t in doc[verb.i : verb.head.i])
    )


def to_after_from(verb: Token) -> list[Token]:
    """'was written by A from his quarters to B', 'wrote from Paris to B': the parser hangs the 'to' phrase
    on the 'from' phrase of the place the writer wrote from. Those objects of that 'to'."""
    return [
        o
        for f in verb.children
        if f.dep_ == "prep" and f.lower_ == "from"
        for t in (*f.children, *(g for p in f.children if p.dep_ == "pobj" for g in p.children))
        if t.dep_ == "prep" and t.lower_ == "to"
        for o in t.children
        if o.dep_ == "pobj"
    ]
