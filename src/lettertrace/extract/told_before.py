"""'This came in a letter from the King to B, welcoming ... . B had sent a letter to the King on Tuesday
recognizing ...': a letter told in the past perfect right after one the other way, from its addressee to
its writer, is the letter it answers (the report tells the answer first, then the background)."""

from __future__ import annotations

from ..nlp import sent_number
from .draft import Draft
from .reply_shapes import told_as_background

# How many sentences after the answer its background may be told.
BACKGROUND_SPAN = 3


def link_told_before(drafts: list[Draft]) -> None:
    """Set ``reply_to`` of a letter whose earlier counterpart is told right after it in the past perfect."""
    written = [d for d in drafts if d.kind != "call" and d.sender is not None and len(d.recipients) == 1]
    answered = {id(d.reply_to) for d in drafts if d.reply_to is not None}
    for d in written:
        if d.reply_to is not None or id(d) in answered:
            continue
        here, writer = sent_number(d.trigger), d.sender
        if writer is None:
            continue
        later = [
            e
            for e in written
            if e is not d
            and e.trigger.i > d.trigger.i
            and 0 < sent_number(e.trigger) - here <= BACKGROUND_SPAN
            and e.sender is not None
            and e.sender.key == d.recipients[0].key
            and e.recipients[0].key == writer.key
        ]
        again = [o for o in written if o is not d and o.sender is writer and o.recipients == d.recipients]
        if again or _dated_by_year(d):
            continue  # "A wrote to B on Friday. He wrote to her again on Sunday": which one answers is unknown
        if (
            len(later) == 1
            and told_as_background(later[0])
            and later[0].reply_to is None
            and _plain(later[0])
        ):
            d.reply_to = later[0]
            answered.add(id(later[0]))


# Words by which a report moves to another matter, or doubts or denies a letter ("Separately, B had
# written ...", "reports that B had written ... were false", "no such letter").
_ASIDE = frozenset(
    "separately meanwhile unrelated also earlier previously once never not no false deny denied denies claim"
    " claimed claims reportedly allegedly wish wished if whether rumour rumor crossed same too times".split()
)


def _plain(d: Draft) -> bool:
    """The background letter is told plainly in its own sentence: no year or span of years ("in 1998", "a
    decade earlier", "years ago": an older matter), no word of another matter, of doubt or denial."""
    return not any(t.lower_ in _ASIDE for t in d.trigger.sent) and not _dated_by_year(d)


def _dated_by_year(d: Draft) -> bool:
    """The act's sentence gives a year or a span of years ("in 1998", "a decade earlier", "years ago")."""
    return any(
        t.ent_type_ == "DATE" and (t.like_num and len(t.text) == 4 or t.lemma_ in ("year", "decade", "ago"))
        for t in d.trigger.sent
    )
