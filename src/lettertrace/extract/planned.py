"""Acts told as still to come: 'will write', 'is to call', 'is going to phone', 'is set to speak', 'a call
is planned for Friday', 'the letter to be sent on Saturday'; their weekdays are the coming ones."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .draft import Draft
from .lexicon import cues

_WILL = ("will", "shall", "'ll", "wo")
_PLAN_HEADS = frozenset("be go plan schedule set due expect intend prepare arrange".split())


def planned(d: Draft) -> bool:
    """The act is told as still to come: 'will write', 'is to call', 'is going to phone', 'is set to
    speak', 'a call is planned for Friday' (a verb or head in the present; 'was to call' is not)."""
    for v in {d.trigger, d.verb if d.verb is not None else d.trigger}:
        if any(c.dep_ == "aux" and c.lower_ in _WILL for c in v.children):
            return True
        if any(c.dep_ in ("acl", "relcl") and _still_to_come(c) for c in v.children):
            return True  # "the letter to be sent on Saturday", "the letter A will send", "... A is sending"
        if v.dep_ in ("xcomp", "nsubjpass", "nsubj") and v.head.lemma_ in _PLAN_HEADS and _present(v.head):
            return v.head.lemma_ != "be" or v.dep_ == "xcomp" or _to_come(v.head)
    return False


def _to_come(be: Token) -> bool:
    """'The call is to take place on Friday', 'the call is due on Friday': 'be' tells of a plan ('the
    letter sent on Saturday is a political drama' does not)."""
    return any(
        c.dep_ == "xcomp"
        or c.dep_ in ("acomp", "attr")
        and c.lemma_ in _PLAN_HEADS | {"due", "likely", "slated"}
        for c in be.children
    )


def _still_to_come(clause: Token) -> bool:
    """A clause on the letter that tells its own sending is to come: 'to be sent', 'that A will send', 'A is
    sending' (not 'a message to thank him', 'a letter that will anger him')."""
    if clause.lemma_.lower() not in _sending():
        return False
    if any(c.dep_ in ("aux", "auxpass") and (c.lower_ in _WILL or c.tag_ == "TO") for c in clause.children):
        return True
    return clause.tag_ == "VBG" and _present(clause)


@cache
def _sending() -> frozenset[str]:
    """Verbs of sending, carrying, writing or holding a communication (cues.yaml)."""
    keys = ("post_verbs", "carry_verbs", "write_verbs", "send_verbs")
    return frozenset(w for k in keys for w in cues().get(k, [])) | {"hold", "make", "place"}


def _present(verb: Token) -> bool:
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBZ", "VBP") or c.lower_ in _WILL)
        for c in verb.children
    )
