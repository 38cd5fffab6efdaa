"""Plural acts told as a group and then name by name, before and after merging:

- 'A sent letters on Tuesday to the heads of three agencies. The letters went to B, C and D.': each named
  draft of the definite retelling takes the group act's writer and date words; the group act goes
  (:func:`spread_group_acts`);
- 'letters to the chief executives of two firms, B and C': the group beside the names is no addressee;
- 'Senators A and B wrote to C ... the two senators sent letters to D and E': A writes (the joint writers
  told last, of the office named);
- 'B and C received shorter letters', after letters to each: one letter each;
- 'A has written to the leaders of X, Y and Z' followed by named acts of A: the named acts stand for it
  (:func:`fold_group_acts`)."""

from __future__ import annotations

from dataclasses import replace

from ..nlp import sent_number
from .draft import Draft
from .intervals import NUMBER_WORDS
from .lexicon import noun_kind
from .mentions import Party
from .merge_days import told_apart
from .merge_writers import role_only
from .syntax import _definite

_PLURAL = ("NNS", "NNPS")
_REACH = 2  # sentences between the group act and its retelling
_TELLING = frozenset({"write", "reply", "respond", "answer", "send"})  # verbs of another letter told between


def spread_group_acts(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each group act replaced by the named letters a definite plural lists after it, and
    a plural received by several ('B and C received shorter letters') told as one letter each."""
    drafts = [d for d in drafts if not _group_beside_names(drafts, d)]
    for d in drafts:
        d.sender = d.sender or _counted_writers(drafts, d)
    gone: set[int] = set()
    for d in drafts:
        listed = [x for x in drafts if x.trigger.i == d.trigger.i]
        if d.sender is not None or len(listed) < 2 or len(d.recipients) != 1 or not _retold_plural(d):
            continue
        group = _group_act(drafts, d)
        if group is None:
            continue
        d.sender = group.sender
        d.anchors += [i for i in [group.trigger.i, *group.anchors] if i not in d.anchors]
        if group.verb is not None and group.verb.i not in d.anchors:
            d.anchors.append(group.verb.i)
        d.sentences[:0] = [s for s in group.sentences if s not in d.sentences]
        d.distinct = True
        gone.add(id(group))
    drafts = [d for d in drafts if id(d) not in gone]
    return [x for d in drafts for x in _each_received(drafts, d)]


def _retold_plural(d: Draft) -> bool:
    """'the letters', 'these messages': a plural told again with its article (not "the leaked letters")."""
    t = d.trigger
    return t.tag_ in _PLURAL and _definite(t) and not any(c.dep_ in ("amod", "compound") for c in t.children)


def _group_act(drafts: list[Draft], d: Draft) -> Draft | None:
    """The plural act just before ``d``, with a writer and no addressee but a group or an office no name
    holds ("to the heads of three agencies", "to several governors")."""
    n = sent_number(d.trigger)
    told = [t.i for t in d.trigger.doc[: d.trigger.i] if noun_kind(t) or t.lemma_.lower() in _TELLING]
    before = [
        o
        for o in drafts
        if o.trigger.i < d.trigger.i
        and o.kind_class == d.kind_class
        and o.sender is not None
        and (o.trigger.tag_ in _PLURAL or all(r.group for r in o.recipients))  # "has written to the leaders"
        and 0 < n - sent_number(o.trigger) <= _REACH
        and (bool(o.recipients) or sum(x.trigger.i == o.trigger.i for x in drafts) == 1)
        # (not "A and B handed in their letters. The letters went to C": each writer's own)
        and all(r.group or role_only(r) for r in o.recipients)
        and not any(o.trigger.sent.end <= i for i in told)
        and not told_apart(o, d)  # (not "Last year, her letters went to B and C")
    ]  # (no other letter told after its sentence: "All three agencies replied. The letters went to ...")
    return before[-1] if before else None


def _each_received(drafts: list[Draft], d: Draft) -> list[Draft]:
    """'B and C received shorter letters' after letters to each: a plural with no writer named and several
    addressees, each written to before, is one letter to each (not 'a joint letter', 'identical letters')."""
    t = d.trigger
    if d.sender is not None or len(d.recipients) < 2 or d.kind_class == "call" or t.tag_ not in _PLURAL:
        return [d]
    earlier = [o for o in drafts if o.trigger.i < t.i and o.sender is not None]
    if sum(x.trigger.i == t.i for x in drafts) > 1 or not all(
        any(r in o.recipients for o in earlier) for r in d.recipients
    ):
        return [d]
    if any(c.lower_ in ("identical", "joint", "same") for c in t.children):
        return [d]
    out = []
    for r in d.recipients:
        one = replace(
            d, recipients=[r], sentences=list(d.sentences), anchors=list(d.anchors), flags=list(d.flags)
        )
        out.append(one)
    return out


def fold_group_acts(drafts: list[Draft]) -> list[Draft]:
    """'A has written to the leaders of X, Y and Z ... The letters went to B, C and D': an act to a group no
    name holds, told again within a few sentences as two or more acts of the same writer to named people,
    is those acts; it gives them its sentences and goes (not when they are told as other acts: "also")."""
    from .merge_days import _also, told_apart

    out = list(drafts)
    for g in drafts:
        if g.sender is None or not g.recipients or not all(r.group for r in g.recipients):
            continue
        n = sent_number(g.trigger)
        named = [
            d
            for d in out
            if d is not g
            and d.sender is g.sender
            and d.kind_class == g.kind_class
            and d.recipients
            and not any(r.group for r in d.recipients)
            and 0 < sent_number(d.trigger) - n <= 3
            and not _also(d)
            and not told_apart(g, d)  # (not "Last year, similar letters went to B and C")
            and not any(c.lower_ in ("similar", "other", "earlier", "further") for c in d.trigger.children)
        ]
        if len(named) < 2:
            continue
        for d in named:
            d.sentences[:0] = [s for s in g.sentences if s not in d.sentences]
        out.remove(g)
    return out


def _counted_writers(drafts: list[Draft], d: Draft) -> Party | None:
    """'Senators A and B wrote to C. ... The two senators also sent letters to D and E': writers told as
    "the two senators" are the pair whose joint letter the report told last (its first-named writer
    leads, as a joint letter's does)."""
    if d.kind_class == "call" or d.verb is None:
        return None
    subj = next((c for c in d.verb.children if c.dep_ == "nsubj"), None)
    if (
        subj is None
        or subj.tag_ != "NNS"
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    ):
        return None
    n = next((NUMBER_WORDS.get(c.lower_) for c in subj.children if c.dep_ == "nummod"), None)
    if n is None or n < 2:
        return None
    for o in reversed([o for o in drafts if o.trigger.i < d.trigger.i and o.sender is not None]):
        writers = next(
            (c for c in (o.verb.children if o.verb is not None else []) if c.dep_ == "nsubj"), None
        )
        if o.kind_class == d.kind_class and writers is not None and len(writers.conjuncts) + 1 == n:
            held = {w.lower().rstrip("s") for w in o.sender.role_words(forms=False)} if o.sender else set()
            if subj.lemma_.lower().rstrip("s") in held:  # "Senators A and B" (not "the two firms", "mayors")
                return o.sender
    return None


def _group_beside_names(drafts: list[Draft], d: Draft) -> bool:
    """'letters to the chief executives of two firms, A and B': of the drafts one list split at one trigger,
    the group that the names after it spell out is no addressee of its own."""
    if not d.recipients or not all(r.group for r in d.recipients):
        return False
    named = [
        x
        for x in drafts
        if x.trigger.i == d.trigger.i and x.recipients and not any(r.group for r in x.recipients)
    ]
    return len(named) >= 2
