"""When a note is a communication: "a diplomatic note", "the note, sent by A to B", "sent a note to B",
"answered with a note"; not a note of music, a footnote or a banknote."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..names import _data


def _is_comm_note(tok: Token) -> bool:
    cues = _data("cues.yaml")
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None  # (the parser may hang 'to' elsewhere)
    if any(c.dep_ == "poss" for c in tok.children) and (
        any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
        or after is not None
        and after.lower_ == "to"
        and any(_named(g) for g in after.children)
    ):
        return True  # "A's Tuesday note to the budget committee": a note written to someone
    if _diplomatic(tok) or any(c.lower_ in ("handwritten", "hand-written") for c in tok.children):
        return True  # "a handwritten note to B", "a note of protest": a note someone wrote, whatever the verb
    if any(c.dep_ == "acl" and c.lemma_ in cues["send_verbs"] for c in tok.children):
        return True  # "The note, sent by A to B on 8 March, was leaked"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "receipt":
        return True  # "I acknowledge the receipt of your note of the 28th": a note received
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ in cues["reply_verbs"]:
        return True  # "The embassy answered with a note": the answer is a note
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in cues["reply_verbs"]:
        return True  # "The note responds to a note of 3 May": what a note answers is a note
    if (
        tok.dep_ == "dobj"
        and head.lemma_ == "answer"
        or tok.dep_ == "nsubj"
        and head.lemma_ in cues["reply_verbs"]
    ):
        return True  # "answering the note", "The note responds to ..."
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.ent_type_ == "DATE" for g in c.subtree)
        for c in tok.children
    ):
        return True  # "I have your note of Thursday", "Rhys's note of 7 December": a dated note
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None  # (the parser may hang it on the verb)
    if nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "prep" and any(_named(g) for g in nxt.children):
        # "followed up with a note to the President of the Senate, B" (not "a note to clients")
        return _told_done(tok)
    if any(c.dep_ == "acl" and c.lower_ in ("dated", "addressed") for c in tok.children):
        return True  # "a note dated 3 May", "a note addressed to the minister": a document someone wrote
    if tok.dep_ == "pobj" and head.lower_ == "in" and _addressing(head.head, cues["purpose_verbs"]):
        return True  # "In a note, A asked B to ...": a note in which someone is addressed
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.text == "Note" and nxt is not None and nxt.lower_.rstrip(".") in ("no", "number"):
        return True  # "Note No. 112/2024": a numbered diplomatic note
    idiom = head.lemma_ in ("take", "strike", "sound", "hit", "end") or head.lower_ == "on"  # "took note of"
    if not idiom and any(
        t.lower_ == "verbale" or t.lemma_ == "note" and _diplomatic(t) for t in tok.doc[: tok.i]
    ):
        return True  # "a note verbale ... In its note, the ministry states": the note told before
    if tok.dep_ == "npadvmod" and head.tag_ == "VBG":
        up = head.head  # "sent B a note expressing concern": the parser hangs the note on the participle, and
        verb = up.head if head.dep_ == "amod" and up.dep_ == "dobj" else up  # that on the verb or its object
        if verb.lemma_ in cues["send_verbs"] and verb.i < tok.i:
            return True
    return head.lemma_ in cues["send_verbs"] and tok.dep_ == "dobj" and head.lemma_ != "exchange"


def _told_done(tok: Token) -> bool:
    """The clause the note is told in says it was sent: a past verb, not negated ("will follow up with a
    note", "did not follow up with a note": none)."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might")
        for c in verb.children
    )


def _named(tok: Token) -> bool:
    """A 'to' phrase's object that names a party: a name, or an office ("the President of the Senate")."""
    from .mentions import ROLE_HEADS

    return tok.dep_ == "pobj" and (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        or tok.ent_type_ in ("PERSON", "ORG", "GPE")
        or tok.lemma_.lower() in ROLE_HEADS
        and tok.tag_ in ("NN", "NNP")
    )


def _addressing(verb: Token, verbs: list[str]) -> bool:
    """A verb of asking or telling ('asked', 'urged', 'informed') whose object is a named party or an
    office ('A asked Vice President B', 'urged the minister'), not a crowd ('urged investors')."""
    from .mentions import ROLE_HEADS

    return verb.lemma_.lower() in verbs and any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and not c.ent_type_ or c.lemma_.lower() in ROLE_HEADS
        )
        for c in verb.children
    )


def letter_by_another_name(tok: Token, lem: str) -> bool:
    """A letter named otherwise: "your favour of the 12th ultimo" (in the style of the time), or
    "correspondence" from or to someone ("The letter follows correspondence from the chairman earlier this
    month"; not "in correspondence with", "the correspondence between them", the practice or the file)."""
    if lem in ("favor", "favour"):
        return dated_favour(tok)
    if lem == "request":
        return sent_request(tok)
    if lem != "correspondence" or tok.head.lower_ in ("in", "into") and tok.dep_ == "pobj":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("from", "to") and any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    ) or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("send", "receive", "address", "forward"))


def sent_request(tok: Token) -> bool:
    """'The Commission sent a request for information to the State': a request sent to a party is a letter
    (not "a request for comment", a press query, nor "a request for proposals", a call for tenders)."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SENDING:
        return False
    if any(
        c.lower_ == "for" and any(g.lemma_.lower() in _NOT_LETTERS for g in c.children) for c in tok.children
    ):
        return False
    hung = [*verb.children, *tok.subtree]  # ("a request for information to the State": 'to' on 'information')
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in hung)


_SENDING = frozenset({"send", "address", "transmit", "forward", "dispatch"})
# What a request of the press or of trade asks for: "a request for comment", "a request for proposals".
_NOT_LETTERS = frozenset({"comment", "reaction", "response", "proposal", "quote", "tender", "bid", "fund"})


def _diplomatic(tok: Token) -> bool:
    return any(c.lower_ in ("diplomatic", "protest", "verbale") for c in tok.children) or _of_protest(tok)


def _of_protest(tok: Token) -> bool:
    """'a note of protest'."""
    return any(c.lower_ == "of" and any(g.lemma_ == "protest" for g in c.children) for c in tok.children)


def love_letter(tok: Token) -> bool:
    """'The film is a quiet love letter to Lagos', 'a love letter to the city': the praise a work sings of a
    place or a thing, no letter sent (one to a person, 'a love letter to his wife', stays a letter)."""
    if tok.lemma_.lower() != "letter" or not any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("love", "valentine") for c in tok.children
    ):
        return False
    tos = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return tok.dep_ == "attr" or any(g.ent_type_ != "PERSON" for g in tos)


def bare_text(tok: Token) -> bool:
    """'text' that names no message sent ("the text of the bill", "the full text"), unlike a text message
    called "a text": one sent or received ("sent B a text", "received a text from A") or the medium of what
    was said ("in a text to B")."""
    if tok.lemma_.lower() != "text" or tok.dep_ == "compound":
        return False
    a = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    head = tok.head.lemma_.lower()
    sent = tok.dep_ == "dobj" and head in ("send", "receive", "fire", "get")
    told_in = (
        tok.dep_ == "pobj"
        and head in ("in", "by", "via")
        and any(c.dep_ == "prep" and c.lower_ in ("to", "from") for c in tok.children)
    )
    return not (a and not of and (sent or told_in))


def greeting_card(tok: Token, occasions: list[str]) -> bool:
    """A card of greeting: a word of greeting or an occasion in the words before it ("New Year's greeting
    cards", "a birthday card"), not "a yellow card"."""
    before = " ".join(t.lower_ for t in tok.subtree if t.i < tok.i).replace(" 's", "'s")
    return any(re.search(rf"\b{re.escape(o)}\b", before) for o in occasions)


_OWNERS = frozenset({"your", "my", "his", "her", "our", "their"})
_MONTH_WORDS = frozenset({"ultimo", "ult", "instant", "inst", "proximo", "prox"})


def dated_favour(tok: Token) -> bool:
    """'your favour of the 12th ultimo', 'his favor of 3 May', 'Mr A's favour of yesterday': a letter, as
    the letters of past centuries name the one they answer; owned and dated by an 'of' phrase (not "in
    your favour", "a favour to ask", "ruled in favor of")."""
    owned = any(c.dep_ == "poss" and (c.lower_ in _OWNERS or c.pos_ == "PROPN") for c in tok.children)
    dated = any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.ent_type_ in ("DATE", "ORDINAL")
            or g.lower_.strip(".") in _MONTH_WORDS
            or g.lower_ == "yesterday"
            for g in c.subtree
        )
        for c in tok.children
    )
    return owned and dated and tok.head.lower_ != "in"


def _governed_by(tok: Token, lemmas: list[str]) -> bool:
    """The noun is what a verb of ``lemmas`` sends, as its object or in a clause on it ("the greetings
    that A had sent him")."""
    head = tok.head
    sent = any(c.dep_ in ("relcl", "acl") and c.lemma_ in lemmas and not _future(c) for c in tok.children)
    return sent or head.lemma_ in lemmas and tok.dep_ in ("dobj", "nsubjpass", "pobj")


def _future(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") for a in verb.children)


def posted_wishes(tok: Token) -> bool:
    """'Congratulations were sent to B by A', 'A also sent written congratulations': wishes that a verb of
    posting sends, in the passive or called written (not "sent condolences to the people of X", which a
    post or a statement does as well; not "a condolence message", "offered condolences")."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ == "compound":
        return False
    if any(c.lower_ == "written" for c in tok.children):
        return True  # "Written congratulations also arrived from A", "A also sent written congratulations"
    return (
        tok.dep_ == "nsubjpass"
        and _governed_by(tok, _data("cues.yaml")["post_verbs"])
        and not any(t.lower_ == "behalf" for t in tok.head.subtree)
    )  # (an envoy who sent them "on behalf of her government" only carried them)
