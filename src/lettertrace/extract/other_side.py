"""Addressees a written act leaves unnamed, read from the acts told before it: the other side of an exchange
("A and B have exchanged letters ... The exchange began with a letter from A") and the one a letter of thanks
or a reply answers ("B's reply, dated 21 March")."""

from __future__ import annotations

from ..nlp import sent_number
from .draft import Draft
from .lexicon import cues
from .mentions import Party


def to_the_other_side(drafts: list[Draft]) -> None:
    """'A and B have exchanged letters ... The exchange began with a letter from A': a written act whose
    writer the report says exchanged letters with one other party, and that names no addressee, went to
    that party (the list is changed in place)."""
    pairs: dict[int, set[int]] = {}
    parties: dict[int, Party] = {}
    for d in drafts:
        if d.distinct and d.verb is not None and d.verb.lemma_.lower() in ("exchange", "trade"):
            for s, r in ((d.sender, x) for x in d.recipients):
                if s is not None:
                    pairs.setdefault(s.key, set()).add(r.key)
                    parties[r.key] = r
    for d in drafts:
        if d.kind_class != "written" or d.sender is None or d.recipients or d.anaphoric:
            continue
        other = pairs.get(d.sender.key, set())
        if len(other) == 1:
            d.recipients = [parties[next(iter(other))]]


def thanks_to_the_thanked(drafts: list[Draft]) -> None:
    """'A expressed his thanks to B for his message. In a letter of thanks dated 1 September, A wrote ...':
    a written act that thanks (a letter of thanks, a thank-you note) and names no addressee went to the one
    who sent its writer the last communication told before it (the list is changed in place). So did a
    reply told only with its date ("B's reply, dated 21 March 1876, is shorter"), after a letter reproduced
    whole."""
    from .answered import _of_thanks

    for d in drafts:
        reply = (
            d.distinct and d.trigger.lemma_.lower() in cues()["reply_nouns"]
        )  # "B's reply, dated 21 March"
        if d.kind_class != "written" or d.sender is None or d.recipients:
            continue
        if not (_of_thanks(d) or reply or _in_return(d)):
            continue
        heads = [t for t in (d.trigger, d.verb) if t is not None]
        if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for t in heads for c in t.children):
            continue  # "sent a letter of thanks to the organisers": written to others, unresolved
        to_writer = [
            e
            for e in drafts
            if e.trigger.i < d.trigger.i
            and e.sender is not None
            and e.sender is not d.sender
            and any(r is d.sender for r in e.recipients)
        ]
        if (
            to_writer
            and not (_of_thanks(d) or reply)  # a letter of thanks answers the last act to its writer
            and not _told_in_the_sentence_before(max(to_writer, key=lambda e: e.trigger.i), d)
        ):
            continue  # "A wrote to B. On 9 May C criticised B. B wrote a letter in response": to C's words
        if to_writer:
            answered = max(to_writer, key=lambda e: e.trigger.i)
            d.recipients = [answered.sender]  # type: ignore[list-item]
            if _in_return(d) and d.reply_to is None and answered.kind_class == "written":
                d.reply_to = answered
        elif (_in_return(d) or reply) and (first := _unaddressed_before(drafts, d)) is not None:
            d.recipients, first.recipients = [first.sender], [d.sender]  # type: ignore[list-item]
            d.reply_to = d.reply_to or first  # "a letter from A proposing X ... B's letter of reply"


def _unaddressed_before(drafts: list[Draft], d: Draft) -> Draft | None:
    """The last written act told before ``d``, in its sentence or the two before, by another writer and
    with no addressee: the one a reply with no addressee answers, and so was sent to the replier."""
    told = [
        e for e in drafts if e.trigger.i < d.trigger.i and e.kind_class == "written" and e.sender is not None
    ]
    last = max(told, key=lambda e: e.trigger.i, default=None)
    if last is None or last.sender is d.sender or last.recipients:
        return None
    return last if sent_number(d.trigger) - sent_number(last.trigger) <= 2 else None


_RETURN_NOUNS = frozenset({"reply", "return", "response", "answer"})


def _in_return(d: Draft) -> bool:
    """'B sent a message in return', 'B's letter in reply, dated 9 May': an act told as an answer, on its
    noun or its verb."""
    heads = [t for t in (d.trigger, d.verb) if t is not None]
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "of")  # "a letter in reply", "her letter of reply"
        and any(g.lemma_.lower() in _RETURN_NOUNS and not list(g.children) for g in c.children)
        for t in heads
        for c in t.children
    )


def _told_in_the_sentence_before(answered: Draft, d: Draft) -> bool:
    """The act answered is told in the sentence of ``d`` or the one before it."""
    sent = d.trigger.sent
    before = d.trigger.doc[sent.start - 1].sent if sent.start > 0 else sent
    return answered.trigger.sent.start in (sent.start, before.start)
