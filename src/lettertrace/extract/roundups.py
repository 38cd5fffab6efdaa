"""Round-ups of messages: "Congratulatory messages poured in for B ... In his message, A described the
election as ...". Once a report tells of many messages to one person (a plural message noun with its
addressee and no sender), each message it then tells of with a sender and no addressee is one of them: to
that person."""

from __future__ import annotations

from .draft import Draft


def roundup_addressees(drafts: list[Draft]) -> None:
    """Give the round-up's addressee to the messages told after it with a sender and no addressee."""
    roundup: Draft | None = None
    for d in sorted(drafts, key=lambda d: d.trigger.i):
        if _is_roundup(d):
            roundup = d
        elif (
            roundup is not None
            and d.kind == "message"
            and d.sender is not None
            and not d.recipients
            and d.sender not in roundup.recipients
            and not d.anaphoric
        ):
            d.recipients = list(roundup.recipients)


def _is_roundup(d: Draft) -> bool:
    """Many messages to one person, from no one named: "Messages of congratulations pour in for B"."""
    return (
        d.kind == "message"
        and d.sender is None
        and len(d.recipients) == 1
        and d.recipients[0].ptype == "person"
        and d.trigger.tag_ in ("NNS", "NNPS")
    )
