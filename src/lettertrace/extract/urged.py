"""'A wrote to B, urging the prime minister to act': the one a letter urges, asks or warns in a clause on
the letter is its addressee, so a bare office there ("the prime minister") is B's office, and each later
"the prime minister" is B. The report often names the addressee without the title it uses afterwards."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from ..names import fold, title_words
from ..nlp import sent_number
from .lexicon import noun_kind
from .mentions import ROLE_HEADS, Party, _add_role, _head_word
from .offices import _office_head

# Verbs by which a letter addresses a demand or a warning to its addressee ("urging B to", "calling on
# B to", "telling B that").
URGING = frozenset(
    {"urge", "ask", "call", "implore", "press", "beg", "tell", "remind", "warn", "invite", "encourage"}
)
_WRITING = frozenset({"write", "send", "address", "pen", "deliver"})


class _Index(Protocol):
    doc: Doc
    parties: list[Party]
    tok2party: dict[int, int]


def roles_of_the_urged(idx: _Index) -> None:
    """Give the addressee of a letter the office a participle on that letter urges ("wrote to B, urging
    the prime minister to ..."), when the letter names one person as its addressee."""
    for verb in idx.doc:
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.lemma_.lower() not in URGING:
            continue
        role = _urged_role(verb)
        if role is None or role.i in idx.tok2party:
            continue
        addressees = _addressees(idx, verb.head)
        if len(addressees) == 1 and not _titled(addressees[0]):
            _add_role(addressees[0], " ".join(t.text for t in role.subtree if t.i <= role.i))


def _urged_role(verb: Token) -> Token | None:
    """'urging the prime minister to', 'calling on the president to': a bare office led by 'the'."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in c.children]
    for o in objs:
        if (
            _head_word(o) in ROLE_HEADS
            and o.tag_ != "NNS"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
        ):
            if not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children):
                return o  # "the prime minister", not "the president of X" (a place settles that one)
    return None


def _addressees(idx: _Index, head: Token) -> list[Party]:
    """The persons a letter verb or noun ``head`` (or the letter it sends) is written 'to'."""
    heads = [head] + [c for c in head.children if c.dep_ == "dobj" and noun_kind(c) is not None]
    if noun_kind(head) is None and fold(head.lemma_).lower() not in _WRITING:
        return []
    out: list[Party] = []
    for h in heads:
        for prep in (c for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                key = idx.tok2party.get(obj.i)
                if key is not None and idx.parties[key].ptype == "person":
                    p = idx.parties[key]
                    out += [p] if p not in out else []
    return out


def _told_as_done(verb: Token) -> bool:
    """'has told B that ...', not 'has not told B', 'would tell B', 'said he would tell B', nor 'told B that he
    would write to C' (the letter then is C's)."""
    if any(
        c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "never", "would", "will", "to")
        for c in verb.children
    ):
        return False
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in (
        "say",
        "plan",
        "promise",
        "want",
        "intend",
    ):
        return False
    return not any(t.lemma_.lower() in ("write", "send") for t in verb.subtree if t.i > verb.i)


def _person_told(obj: Token) -> bool:
    """'told Hamas leader B', 'told the prime minister': a person or an office, not 'told the BBC'."""
    return obj.ent_type_ == "PERSON" or obj.ent_type_ == "" and _head_word(obj) in ROLE_HEADS


def _titled(p: Party) -> bool:
    """The report gives the person an office already ("Speaker A", "Labour Minister A", "A, the finance
    minister"): the office the letter urges is someone else's ("wrote to Speaker A, calling on the prime
    minister to appear")."""
    first = p.name.split()[0]
    for form in p.surfaces:
        words = form.split()
        at = words.index(first) if first in words else -1
        if at > 0 and fold(words[at - 1]).lower().strip(".,") in title_words():
            return True  # "Speaker Tomas Velde"
    return any(_office_head(r) in ROLE_HEADS for r in p.roles)


# Verbs of telling a person something: "A has told B that ...", "assured B that ...", "informed B that ...".
TELLS = {"tell": (), "assure": (), "inform": ()}
# Verbs of requesting and the preposition of the one asked ("asked B for aid", "pleaded with B to act"), and
# of telling: what the letter told after them is the request or the news.
REQUESTS = {"ask": (), "request": (), "plead": ("with",), **TELLS}


def letter_request(verb: Token, letter: Token) -> bool:
    """'A has asked President B for a disaster declaration. In a letter sent Monday, A wrote ...': a request
    (for something, or to do something) told in the letter's sentence or the one before, at no event ('asked
    B about the delays at a hearing', 'pleaded with B at a rally'), to be made in a letter not open to all."""
    from .links import NON_COMM_EVENT  # (links reads the index, which reads this module)

    if verb.lemma_.lower() not in REQUESTS or any(c.lower_ == "open" for c in letter.children):
        return False
    told = verb.lemma_.lower() in TELLS  # "has told B that ...": B a person the report names, not a medium
    asked = any(
        c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" or told and c.dep_ == "ccomp"
        for c in verb.children
    )
    if told and (
        not any(c.dep_ == "dobj" and _person_told(c) for c in verb.children) or not _told_as_done(verb)
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in letter.children):
        return False  # "In a letter to parliament, A said": the letter names its own addressee
    near = 0 <= sent_number(letter) - sent_number(verb) <= 1
    return asked and near and NON_COMM_EVENT.search(verb.sent.text) is None
