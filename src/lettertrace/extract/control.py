"""Object control: in "the delay led A to send a letter", "the silence prompted the senator to write
again", the one who acts in the to-clause is the object of the causing verb, not its subject.

Only verbs that say the act was brought about (causatives: lead, prompt, force, drive ...) are read this
way. Verbs that ask for an act ("asked A to write", "urged A to call") tell no act at all; the
extraction's modal blockers keep those out before any party is looked for."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .mentions import ROLE_HEADS, Party, _head_word

# English causative verbs taking an object and a to-infinitive whose act took place ("got A to call B"; "push"
# and "press" are left out: "pushed A to write" is as often pressure that failed).
CAUSATIVES = frozenset(
    {"lead", "prompt", "force", "compel", "cause", "drive", "spur", "move", "oblige", "persuade", "convince",
     "inspire", "provoke", "induce", "impel", "get"}
)  # fmt: skip


def object_controller(clause: Token) -> Token | None:
    """The object of a causative verb that a to-clause ``clause`` (with no subject of its own) hangs on
    ("prompting Whitfield to send a letter": Whitfield); the clause itself, which names no party, when the
    causing is only aimed at ("moved to force A to write": no one is told to write, not the mover either);
    else None."""
    if clause.dep_ != "xcomp" or clause.head.lemma_.lower() not in CAUSATIVES:
        return None
    if clause.head.dep_ == "xcomp":
        return clause
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)


def subject_before(verb: Token) -> Token | None:
    """The name just before a finite verb the parser gave no subject, read into the phrase before it ("On
    Tuesday Berg sent", "Answering A, B sent", "In a letter to the Speaker, Ms A, President B informed
    Parliament": B read as one more of the Speaker's appositions); None when the verb has its subject
    elsewhere (a conjunct verb after 'and' shares its first verb's)."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ == "conj" and _joined_by_and(before):
        return None  # "In a letter to C, A and B asked ...": the signers, read by their own step
    if verb.dep_ == "ROOT" and before.dep_ in ("pobj", "appos", "conj"):
        return before
    if verb.dep_ == "ROOT" and before.text == ",":  # "On Monday A, the X ambassador, sent": the apposed name
        appos = next(
            (
                t
                for t in verb.doc[verb.sent.start : verb.i - 1]
                if t.dep_ == "appos" and t.right_edge.i == verb.i - 2
            ),
            None,
        )
        name = appos.head if appos is not None else verb
        if name.dep_ == "pobj" and name.head.head.i == verb.i and name.head.i == verb.sent.start:
            return name  # (the name the sentence's opening preposition took, on the verb itself)
    finite = verb.tag_ in ("VBZ", "VBD", "VBP")
    if verb.dep_ == "conj" and finite and before.dep_ in ("appos", "conj") and before.pos_ == "PROPN":
        return before
    if finite and verb.dep_ in ("conj", "advcl") and not any(c.dep_ == "cc" for c in verb.head.children):
        # "doubt grew after the chair of a committee wrote to B": the subordinator read as a preposition
        opened = [t for t in verb.sent if t.dep_ == "pobj" and t.head.lower_ in SUBORDINATORS]
        return next((t for t in opened if t.right_edge.i == verb.i - 1), None)
    return None


# Conjunctions of time the parser may read as prepositions when a clause follows ("after A wrote to B").
SUBORDINATORS = frozenset({"after", "before", "since", "until", "once"})


def _joined_by_and(tok: Token) -> bool:
    """``tok`` is a conjunct of a list with an 'and' or 'or' ("A, B and C"), not a run of appositions
    the parser read as conjuncts ("the Speaker, Ms A, President B")."""
    t = tok
    for _ in range(8):
        if any(c.dep_ == "cc" for c in t.children):
            return True
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head
    return False


def counted_two(subj: Token) -> bool:
    """'the two heads of state', 'both presidents': a subject that counts the two leaders, named by no
    name of its own ("The two foreign ministers, A and B", "the two presidents' advisers") and of no
    other body ("the two Presidents of the Senate")."""
    if not any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in subj.children):
        return False
    lem = subj.lemma_.lower()
    lem = lem[:-1] if subj.tag_ == "NNPS" and lem.endswith("s") else lem  # "the two Heads of State"
    if lem not in _LEADERS or any(c.dep_ in ("appos", "poss", "case") for c in subj.children):
        return False
    of = [g for c in subj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return all(g.lemma_.lower() in ("state", "government") for g in of)


def had_by_two(noun: Token) -> bool:
    """'The two leaders had / held a telephone conversation', 'Both presidents held phone talks': the
    object of a verb whose subject counts the two leaders (their names are the pair named before)."""
    return noun.dep_ == "dobj" and any(
        c.dep_ == "nsubj" and (counted_two(c) or _the_leaders(c)) for c in noun.head.children
    )


def _the_leaders(subj: Token) -> bool:
    """'The leaders held a phone conversation': the leaders named just before, counted or not."""
    return (
        subj.tag_ == "NNS"
        and subj.lemma_.lower() in _LEADERS
        and [c.lower_ for c in subj.children] == ["the"]
    )


def leaders_if_counted(noun: Token, pair: list[Party]) -> list[Party]:
    """``pair``, the two named before, unless ``noun`` is had by 'the two leaders' and they do not both hold
    a leader's office ("Opposition leader A criticised it in an interview with journalist B. The two leaders
    had a telephone conversation": not A and B)."""
    from .home_leader import _leads

    if not had_by_two(noun):
        return pair
    return pair if len(pair) >= 2 and all(_leads(p) for p in pair[:2]) else []


# The heads of states and governments, as a report counts two of them ("the two heads of state").
_LEADERS = frozenset({"head", "leader", "president", "premier", "king", "monarch", "sovereign"})


def subject_of_next_clause(conj: Token) -> bool:
    """'I have written to the leaders and the Committee will meet': the parser took the subject of the next
    clause for one more object; a finite verb (a modal or auxiliary first) right after the conjunct's phrase,
    with no subject of its own, is that clause's."""
    nxt = conj.right_edge.i + 1
    if nxt >= len(conj.doc):
        return False
    t = conj.doc[nxt]
    if t.ent_type_:
        return False  # "and President Manuel dos Santos": a particle of the name, tagged a verb
    verb = t.head if t.dep_ in ("aux", "auxpass") else t
    finite = t.tag_ in ("MD", "VBZ", "VBD", "VBP")
    return (
        finite
        and verb.pos_ in ("VERB", "AUX")
        and verb.i >= nxt
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def opened_by(subject: Token) -> bool:
    """The subject the parser read as the object of a conjunction of time ("after the chair wrote")."""
    return subject.head.lower_ in SUBORDINATORS


def closes_fronted(subj: Token, key: int, idx: Any) -> bool:
    """The party ``key`` is the name that closes the fronted phrase the parser joined to the subject ``subj``."""
    from .apposed_offices import closing_apposition

    if subj.dep_ != "conj" or (closed := closing_apposition(subj.head)) is None or closed.i != subj.i:
        return False
    return idx.tok2party.get(subj.head.i) == key


def broken_coordination(tok: Token) -> list[Token]:
    """'Iranian President A and his Turkish counterpart B held a call', parsed as "President" with two
    appositions, the 'and' hung on the first (A) with no conjunct: the apposition after that 'and' is the
    second member of the pair, not another name of the first."""
    appos = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
    out: list[Token] = []
    for first, second in zip(appos, appos[1:], strict=False):
        cc = [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"]
        if cc and not any(c.dep_ == "conj" for c in first.children) and cc[0].i < second.left_edge.i:
            out.append(second)
    return out


def someone_unnamed(tok: Token) -> bool:
    """'A defendant wrote', 'another senator', 'a second petitioner', 'his fellow senator', 'his co-defendant':
    one more holder of a role the report does not name here, never the one it named with that role (unless a
    name is set beside it: "another defendant, A,")."""
    if _head_word(tok) not in ROLE_HEADS and not tok.lower_.startswith("co-"):
        return False
    if any(c.dep_ == "appos" or c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in tok.children):
        return False
    return any(
        c.dep_ == "det"
        and c.lower_ in ("a", "an", "another")
        or c.dep_ == "amod"
        and c.lower_ in ("fellow", "other", "second", "third")
        for c in tok.children
    ) or (tok.lower_.startswith("co-") or tok.i > 1 and tok.doc[tok.i - 2 : tok.i].text.lower() == "co-")
