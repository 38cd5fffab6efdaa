"""Object control: in "the delay led A to send a letter", "the silence prompted the senator to write
again", the one who acts in the to-clause is the object of the causing verb, not its subject.

Only verbs that say the act was brought about (causatives: lead, prompt, force, drive ...) are read this
way. Verbs that ask for an act ("asked A to write", "urged A to call") tell no act at all; the
extraction's modal blockers keep those out before any party is looked for."""

from __future__ import annotations

from spacy.tokens import Token

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
    if verb.dep_ == "ROOT" and before.dep_ in ("pobj", "appos", "conj"):
        return before
    finite = verb.tag_ in ("VBZ", "VBD", "VBP")
    if verb.dep_ == "conj" and finite and before.dep_ in ("appos", "conj") and before.pos_ == "PROPN":
        return before
    return None
