"""Acts the writer of a reproduced letter tells of in the first person: "I wrote to President B by the last
post", "I have written to the Governor", "I telephoned the minister yesterday". Inside a reproduced letter
'I' is its signer (or the principal a secretary signs for), so the act is the signer's, to the party the
clause names. Only acts told as done (past or present perfect, not "I shall write", "I would have
written", "I did not write", "I never wrote", "Had I written", "I wish I had written"), to a party the report
names other than the letter's own addressee ("I wrote to you": the letter itself or one the addressee holds,
which answered.py reads).

Acts between two others that a reproduced text tells of ("Foreign Minister A said that on Monday he had sent
a message to Prime Minister B", in an ambassador's telegram) are acts of their own: :func:`told_of_others`
keeps them when the text's own phrases are dropped (fulltext.find_full_texts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .draft import Draft
from .lexicon import cues, noun_kind
from .mentions import Party
from .partners import HONORIFIC_HEADS
from .syntax import by_phone, sentence_span

if TYPE_CHECKING:
    from .fulltext import Block
    from .index import PartyIndex

_SELF = frozenset({"i"})
_DONE_TAGS = frozenset({"VBD", "VBN"})
_UNDONE = frozenset({"never", "almost", "nearly", "hardly", "scarcely"})
_WISHES = frozenset({"wish", "hope", "want", "plan", "intend", "mean", "regret"})
_NOT_DONE = frozenset(
    {"will", "shall", "would", "should", "may", "might", "could", "can", "must", "not", "n't"}
)


def acts_of_the_writer(
    doc: Doc, idx: PartyIndex, blocks: list[Block], attached: list[Draft | None] | None = None
) -> list[Draft]:
    """A draft for each first-person act of writing or calling told inside a reproduced letter (its writer
    the block's signer, else that of the letter the report says it is, ``attached``)."""
    out: list[Draft] = []
    for b, att in zip(blocks, attached or [None] * len(blocks), strict=False):
        span = doc.char_span(b.start, b.end, alignment_mode="expand")
        out += _letters_named(idx, b, att, span)
        sender = b.sender
        if sender is None:
            continue
        for verb in span if span is not None else []:
            kind = _kind(verb)
            if kind is None or not _told_as_done(verb):
                continue
            heads = [verb, *(a for a in verb.children if a.dep_ == "aux")]  # "I have by this Packet wrote"
            if not any(c.dep_ == "nsubj" and c.lower_ in _SELF for h in heads for c in h.children):
                continue
            to = _addressees(idx, verb, kind)
            to = [p for p in to if p.key != sender.key and (b.addressee is None or p.key != b.addressee.key)]
            reader = _reader(b, att)
            if not to and reader is not None and reader.key != sender.key and _to_you_before(verb, b):
                to = [reader]  # "As I wrote to you on March 3, ...": an earlier letter to the addressee
            if len(to) == 1:
                d = Draft(kind, verb, sender, to, verb=verb)
                d.distinct = True  # another act than the letter that tells of it
                d.sentences.append(sentence_span(verb))
                out.append(d)
    return out


def _reader(b: Block, att: Draft | None) -> Party | None:
    """The reproduced text's addressee, else the one addressee of the letter the report says it is."""
    return b.addressee or (att.recipients[0] if att is not None and len(att.recipients) == 1 else None)


def _letters_named(idx: PartyIndex, b: Block, att: Draft | None, span: Span | None) -> list[Draft]:
    """'my letter dated 22 August addressed to C', 'our letter of 5 May to C': the writer's letter to the third
    party it names (the addressee's own letters, "your letter of ...", are read where the text answers them)."""
    out: list[Draft] = []
    writer = b.sender or (att.sender if att is not None else None)
    reader = _reader(b, att)
    if span is None or writer is None:
        return out
    for noun in span:
        kind = noun_kind(noun)
        poss_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
        poss = poss_tok.lower_ if poss_tok is not None else None
        if kind is None or kind == "call" or noun.tag_ != "NN" or poss_tok is None:
            continue
        if poss not in ("my", "our"):
            out += _to_the_writer(idx, noun, kind, poss_tok, writer, reader)
            continue
        heads = [
            noun
        ]  # the noun, or a participle of sending right after its phrase the parser hung elsewhere
        after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
        heads += [a for a in [after] if a is not None and a.lemma_.lower() in ("address", "send", "write")]
        named = [
            p
            for h in heads
            for t in h.subtree
            if t.lower_ == "to"
            and (t.head.i == noun.i or t.head.lemma_.lower() in ("address", "send", "write"))
            for g in t.children
            if g.dep_ == "pobj" and (p := idx.party_at(g)) is not None and p is not writer and p is not reader
        ]
        if not named:
            continue
        d = Draft(kind, noun, writer, list({p.key: p for p in named}.values()))
        d.distinct = True
        d.sentences.append(sentence_span(noun))
        d.anchors.append(noun.i)
        out.append(d)
    return out


def _to_the_writer(
    idx: PartyIndex, noun: Token, kind: str, poss: Token, writer: Party, reader: Party | None
) -> list[Draft]:
    """'a copy of his letter to me', 'General B's note to us': a third party's letter to the writer (the
    addressee's own, "your letter to me", is the one answered.py reads)."""
    doc, e = noun.doc, noun.right_edge.i
    right_after = e + 2 < len(doc) and doc[e + 1].lower_ == "to" and doc[e + 2].lower_ in ("me", "us")
    if poss.lower_ in ("your", "its", "their") or not (
        right_after  # "his letter to me": the parser may hang the 'to' on the verb
        or any(t.lower_ == "to" and any(g.lower_ in ("me", "us") for g in t.children) for t in noun.children)
    ):
        return []
    who = idx.party_at(poss)
    if who is None or who.ptype != "person" or who is writer or who is reader or who.key == writer.key:
        return []
    if reader is not None and who.key == reader.key:
        return []
    d = Draft(kind, noun, who, [writer])
    d.distinct = True
    d.sentences.append(sentence_span(noun))
    d.anchors.append(noun.i)
    return [d]


def _to_you_before(verb: Token, b: Block) -> bool:
    """'I wrote to you on March 3', 'I telephoned you last week': the writer's act to the addressee on a day
    the clause names, other than the day the text is dated."""
    if not any(t.lower_ == "to" and any(g.lower_ == "you" for g in t.children) for t in verb.children):
        if not any(c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children):
            return False
    dated = [
        t for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree if t.ent_type_ == "DATE"
    ]
    if not dated:
        return False
    said = " ".join(t.text for t in dated).lower()
    day = b.signed_date
    return day is None or not (day.strftime("%B").lower()[:3] in said and str(day.day) in said.split())


def _address_form(p: Party) -> bool:
    """'Lordship', 'His Excellency', 'Your Majesty': a form of address standing for a person."""
    return any(w in HONORIFIC_HEADS or w == "lordship" for w in p.name.lower().split())


def _kind(verb: Token) -> str | None:
    lem = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    if lem in cues()["send_verbs"] and (noun := _sent_noun(verb)) is not None:
        return noun_kind(noun)  # "I addressed a note to the Basha"
    if lem in cues()["write_verbs"]:
        return "letter"
    if lem in cues()["call_verbs"]:
        return "call"
    if lem in cues()["medium_verbs"]:
        return str(cues()["medium_verbs"][lem])
    phoned = any(c.dep_ == "prep" and by_phone(c) for c in verb.children)
    return "call" if phoned and lem in ("tell", "inform", "assure", "brief", "say", "speak") else None


def _told_as_done(verb: Token) -> bool:
    if verb.tag_ not in _DONE_TAGS:
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "neg") and c.lower_ in _NOT_DONE for c in verb.children):
        return False
    if any(c.dep_ in ("advmod", "neg") and c.lower_ in _UNDONE for c in verb.children):
        return False  # "I never wrote to B", "I almost telephoned B"
    subj = next((c.i for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and any(c.dep_ == "aux" and c.i < subj for c in verb.children):
        return False  # "Had I written to B, ...", "Never have I written to B": a condition, a denial
    return verb.head.lemma_.lower() not in _WISHES or verb.head.i == verb.i  # not "I wish I had written"


def _sent_noun(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj" and noun_kind(c) is not None), None)


def _addressees(idx: PartyIndex, verb: Token, kind: str) -> list[Party]:
    """The parties a 'to' phrase names ("wrote to B", "addressed a note to B"), or the object of a verb of
    calling ("telephoned B")."""
    heads = [verb, *([n] if (n := _sent_noun(verb)) is not None else [])]
    tos = [c for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    if not tos and len(heads) == 2:  # "addressed a note on the 2nd instant to B": 'to' hung on the day
        tos = [t for t in verb.subtree if t.lower_ == "to" and t.dep_ == "prep" and _near(t, verb)][:1]
    objs = [g for c in tos for g in c.children]
    if kind != "letter" and len(heads) == 1:
        objs += [c for c in verb.children if c.dep_ == "dobj"]
    found: list[Party] = []
    for o in objs:
        if o.lower_ in ("you", "him", "her", "them", "it"):
            continue
        p = idx.party_at(o)
        if p is not None and p not in found:
            found.append(p)
    return found


def told_of_others(d: Draft, b: Block) -> bool:
    """A draft inside a reproduced text that tells of an act between others, both named ("Vassal said that
    on Monday he had sent a message to Prime Minister Macmillan", in an ambassador's telegram): an act of
    its own, not the text itself nor a phrase of it ("this letter", "I write to you")."""
    if d.sender is None or not d.recipients or d.anaphoric or d.implied:
        return False
    if d.verb is not None and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in d.verb.children):
        return False  # the writer's own act: acts_of_the_writer reads it
    if any(_address_form(p) for p in (d.sender, *d.recipients)):
        return False  # "your Lordship's despatch": the letter's addressee, named by a form of address
    ends = {p.key for p in (b.sender, b.signer, b.addressee) if p is not None}
    return d.sender.key not in ends and all(r.key not in ends for r in d.recipients)


def _near(prep: Token, verb: Token) -> bool:
    """``prep`` hangs on ``verb`` through at most two phrases and no other verb."""
    h = prep.head
    for _ in range(3):
        if h.i == verb.i:
            return True
        if h.pos_ in ("VERB", "AUX"):
            return False
        h = h.head
    return False
