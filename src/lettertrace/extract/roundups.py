"""Round-ups of messages or letters: "Congratulatory messages poured in for B ... In his message, A described
the election as ...", "Letters continue to arrive addressed to B ... A said in his letter". Once a report
tells of many messages (or letters) to one person (a plural noun with its addressee and no sender), each
message (letter) it then tells of with a sender and no addressee is one of them: to that person."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import MOTION_VERBS, _greeting
from .draft import Draft
from .mentions import Party

_ARRIVING = frozenset({*MOTION_VERBS, "continue", "keep", "begin", "start"})  # "continue to arrive"


def roundup_addressees(drafts: list[Draft]) -> None:
    """Give the round-up's addressee to the messages told after it with a sender and no addressee."""
    roundup: Draft | None = None
    addressees: list[Party] = []
    for d in sorted(drafts, key=lambda d: d.trigger.i):
        if _is_roundup(d):
            # "sent messages to B and C" is split into one draft per addressee: the messages told after
            # it went to both
            same = roundup is not None and roundup.trigger.i == d.trigger.i
            addressees = [*addressees, *d.recipients] if same else list(d.recipients)
            roundup = d
        elif (
            roundup is not None
            and d.kind == roundup.kind
            and d.sender is not None
            and not d.recipients
            and d.sender not in addressees
            and not d.anaphoric
        ):
            d.recipients = list(addressees)


def _is_roundup(d: Draft) -> bool:
    """Many messages to one person, from no one named: "Messages of congratulations pour in for B"; letters
    only as greetings or arriving ("Congratulatory letters continue to arrive addressed to B"; "carried
    letters to B" is no round-up)."""
    if d.kind == "letter" and not (_greeting(d.trigger) or d.trigger.head.lemma_.lower() in _ARRIVING):
        return False
    return (
        d.kind in ("message", "letter")
        and (d.sender is None or d.sender.group)  # "Heads of state of a number of countries have sent ..."
        and len(d.recipients) == 1
        and d.recipients[0].ptype == "person"
        and d.trigger.tag_ in ("NNS", "NNPS")
    )


def in_roundup(verb: Token, drafts: list[Draft], writer: Party) -> list[Party]:
    """'Letters continue to arrive addressed to B ... A wrote: "..."': a bare 'wrote' that opens a quote,
    told after a round-up of letters, is one of them (to B); [] elsewhere."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.text not in (":", ",") or not any(d.trigger.i < verb.i for d in drafts):
        return []
    frame = next((d for d in reversed(drafts) if d.trigger.i < verb.i and _is_roundup(d)), None)
    if frame is None or frame.kind != "letter" or writer in frame.recipients:
        return []
    return list(frame.recipients)
