"""Merging drafts that state one real-world act (anaphora, repeats, the headline) and the validity test."""

from __future__ import annotations

import os
from collections import defaultdict

from .. import names
from ..names import content_words
from ..nlp import sent_number, sent_of
from .capitals import destination_only, sent_to_capital
from .draft import Draft
from .mentions import Party
from .merge_anaphora import (
    _copy_of,
    _handed_over,
    _named_medium,
    _said_in_call,
    _signed_for_body,
    _to_persons_of_body,
    officer_told_next,
)
from .merge_days import _also, _dated_as, _openness, dated_forms, lend_summary, told_apart, told_as_before
from .merge_generic import generic_plural, unnamed_before
from .merge_generic import indefinite as _indefinite
from .merge_states import _named_after, _of_state
from .merge_writers import another_leader, head_of_body, name_writers, note_named
from .merge_writers import role_only as _role_only
from .office_fit import _other_place, officer_of_state, state_side, without_state_sides
from .syntax import COUNTED, _definite, _named_in, _uniq
from .written_again import told_again

# How many of the acts kept so far a draft is compared with, latest first: a repeat or an anaphor
# names one of the last acts the report told of (the annotated corpora keep at most 14 acts in a
# report). Without a bound, merging is quadratic in the drafts (13,000 "another letter"s).
MERGE_LOOKBACK = 100


def _compatible(a: Party | None, b: Party | None) -> bool:
    if a is None or b is None:
        return True
    if a is b or a.group or b.group:
        return True  # "40 MPs signed a letter ... initiated by A": the named one is of the group
    if a.ptype == "person" and b.ptype == "person":
        if _role_only(a) and _role_only(b):  # "the prime minister" and "the finance minister": two offices
            wa, wb = content_words(a.name), content_words(b.name)
            return wa <= wb or wb <= wa
        office, person = (a, b) if _role_only(a) else (b, a)  # not "Scotland's First Minister" and Wales's
        placed = any(_other_place(f, person) for f in [office.name, *office.surfaces])
        return _role_only(office) and not another_leader(a, b) and not placed  # not "the President" and PM B
    if a.ptype != "person" and b.ptype != "person":
        return _org_within(a, b) or _org_within(b, a)
    if a.ptype == "person" and b.ptype != "person":
        a, b = b, a
    if a.ptype != "person" and b.ptype == "person":
        text = " ".join([*(b.roles or []), b.org or "", *b.offices]).lower()
        return any(s.lower() in text for s in [a.name, *a.surfaces] if s)
    return False


def _org_within(a: Party, b: Party) -> bool:
    """'the Central Committee of the Union of X' and 'the Union of X' (or its short name): one body speaking."""
    for x in [a.name, *a.surfaces]:
        wx = content_words(x)
        if len(wx) >= 2 and any(wx <= content_words(y) for y in [b.name, *b.surfaces]):
            return True
    short = {s for s in [a.name, *a.surfaces] if len(s.split()) == 1 and s[:1].isupper()}
    return any(s in b.surfaces for s in short) or _of_state(a, b)


def _same_parties(a: Draft, b: Draft) -> bool:
    """Both drafts have a sender, compatible, and recipients compatible where both name some."""
    if a.sender is None or b.sender is None or not _compatible(a.sender, b.sender):
        return False
    return (
        not a.recipients
        or not b.recipients
        or any(_compatible(x, y) for x in a.recipients for y in b.recipients)
    )


def _rank(d: Draft) -> str | None:
    """The ordinal a draft's noun is told with ("second" of "a second letter"), if any."""
    return next((c.lower_ for c in d.trigger.children if c.lower_ in ("second", "third", "fourth")), None)


def _order(d: Draft) -> str | None:
    """'first' for an act told as the first ("A first wrote to B", "her first letter"), 'later' for one told
    as a later one ("a second letter", "wrote again"), else None."""
    heads = [t for t in (d.trigger, d.verb) if t is not None]
    if _rank(d) is not None or told_again(*heads):  # "A wrote to B again on Tuesday ... A first wrote"
        return "later"
    first = any(c.lower_ == "first" and c.dep_ in ("amod", "advmod") for t in heads for c in t.children)
    return "first" if first else None


def _same_act(a: Draft, b: Draft) -> bool:
    if a.kind_class != b.kind_class or a.implied or b.implied:
        return False
    if b.reply_to is a or a.reply_to is b:
        return False
    if (
        b.reply_to is not None
        and b.reply_to.reply_to is a
        or a.reply_to is not None
        and a.reply_to.reply_to is b
    ):
        return False  # a reply to the answer to A's letter is not A's letter: "her reply answers none of my questions"
    if b.distinct and not b.anaphoric or generic_plural(a) or generic_plural(b) or unnamed_before(a, b):
        return False
    told_again = _definite(b.trigger) or any(
        c.dep_ == "poss" for c in b.trigger.children
    )  # "A's letter also says"
    if _also(b) and not told_again and sent_number(b.trigger) != sent_number(a.trigger):
        return False  # "A wrote to B about trade. A also wrote to B about fish": another letter
    if {_order(a), _order(b)} == {"first", "later"}:
        return False  # "a second letter from A ... A first wrote to B on 3 March": two letters
    if {_openness(a), _openness(b)} == {"open", "private"}:
        return False  # "an open letter to B ... A first raised it in a private letter to B": two letters
    if not a.anaphoric and not b.anaphoric and told_as_before(a) != told_as_before(b):
        return False  # "A spoke with B today ... The two leaders last spoke in September 2022": two calls
    texts = [f for f in (a.full_text, b.full_text) if f is not None and f.signed_date is not None]
    if len(texts) == 2 and texts[0].signed_date != texts[1].signed_date:
        return False  # two texts printed whole under two dates: "A to B, 8 May ... A to B, 9 May"
    da, db = dated_forms(a), dated_forms(b)
    if da and db and not da & db:
        return False  # "Letter dated 12 March from A ... I have received a letter dated 7 March from C"
    if told_apart(a, b):
        return False  # "A and B talked on 2 July ... A conversation between them took place on 4 April"
    if a.kind_class == "call":  # either may have placed it
        pa = [p for p in [a.sender, *a.recipients] if p]
        pb = [p for p in [b.sender, *b.recipients] if p]
        if a.sender is not None and b.sender is not None and a.sender.key == b.sender.key:
            # the same caller: an office no name holds may be the one named in the other telling
            return _within(b.recipients, a.recipients) or _within(a.recipients, b.recipients)
        one = sent_number(a.trigger) == sent_number(b.trigger)  # "A spoke with B, in a call initiated by X"
        keys_a = {state_side(p, pb) if one else p.key for p in pa}
        keys_b = {state_side(p, pa) if one else p.key for p in pb}
        return not pb or not pa or keys_b <= keys_a or keys_a <= keys_b or _office_for_name(pa, pb)
    if not _compatible(a.sender, b.sender):
        return False
    ra, rb = a.recipients, b.recipients
    if destination_only(a, rb) or destination_only(b, ra):
        return True  # "A wrote (separately) to B ... the letter, which was sent to Bern": where it went
    if (_also(a) or _also(b)) and ra and rb and not {x.key for x in ra} & {y.key for y in rb}:
        return False  # "A wrote to X. A also wrote to a senator of X": another letter
    if officer_told_next(a, b):
        return True
    return (
        not ra
        or not rb
        or any(_compatible(x, y) or officer_of_state(x, y) for x in ra for y in rb)
        or told_again
        and any(head_of_body(x, y) for x in ra for y in rb)  # "... the authority had received A's letter"
    )


def _office_for_name(pa: list[Party], pb: list[Party]) -> bool:
    """'A spoke to B on Friday ... "The Prime Minister spoke to B this evening"': the same two, one told by
    the office no name holds in this report: the parties other than those both tell fit one to one."""
    shared = {p.key for p in pa} & {p.key for p in pb}
    xs, ys = [p for p in pa if p.key not in shared], [p for p in pb if p.key not in shared]
    if not shared or len(xs) != 1 or len(ys) != 1:
        return False
    role = xs[0] if _role_only(xs[0]) else ys[0]  # "the Prime Minister", not "the Canadian prime minister"
    return _role_only(role) and not names.states_named(role.name) and _compatible(xs[0], ys[0])


def _within(xs: list[Party], ys: list[Party]) -> bool:
    """Each of ``xs`` is one of ``ys``, or an office no name holds beside a person of ``ys``."""
    return all(any(x.key == y.key or _role_only(x) and _compatible(x, y) for y in ys) for x in xs)


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Fold drafts that state one real-world act into one (anaphora, repeats, headline)."""
    out: list[Draft] = []
    answering: defaultdict[int, list[Draft]] = defaultdict(list)  # id of a draft -> drafts replying to it
    stated: dict[int, set[tuple[int, int]]] = {}  # id of a kept draft -> its sentences, for look-ups
    named: dict[int, Party | None] = {}  # an office no name holds -> the person merging named it
    for d in drafts:
        if d.reply_to is not None:
            answering[id(d.reply_to)].append(d)
    for d in drafts:
        target = _merge_target(out[-MERGE_LOOKBACK:], d)
        if target is None:
            out.append(d)
            continue
        if d.implied and not target.implied:  # "A wrote to B on 3 March ... A sent B a second letter":
            _second_of(out, d, target)  # the first, told already
            continue
        if target.implied and not d.implied:  # the first letter a "second letter" implied, now told: it leads
            out[next(i for i, o in enumerate(out) if o is target)] = d  # by identity: drafts compare by value
            target, d = d, target
            stated.pop(id(d), None)
        if id(target) not in stated:
            stated[id(target)] = set(target.sentences)
        told = (target.sender, d.sender)
        _absorb(target, d, stated[id(target)])
        note_named(named, told, target.sender)
        if target.reply_to is not None:
            answering[id(target.reply_to)].append(target)
        for other in answering.pop(id(d), []):  # a reply to the absorbed draft answers the act it joined
            if other.reply_to is d:
                other.reply_to = target
                answering[id(target)].append(other)
    name_writers(out, named)
    lend_summary(out)
    for d in out:
        s = d.reply_to.sender if d.reply_to is not None else None
        if s is not None and s.ptype == "person" and not _role_only(s) and s is not d.sender:
            # "In a reply, B assured the Lusvan leader ...": an office no name holds, told as the one
            # answered, is the writer of the letter answered; a reply with no addressee goes to that writer
            d.recipients = [s if _role_only(r) and _compatible(r, s) else r for r in d.recipients]
            d.recipients = _uniq(d.recipients) or [s]  # the writer the merge named: "A's reply was curt"
        answered = [r for r in d.reply_to.recipients if r.ptype == "person"] if d.reply_to is not None else []
        if (
            d.sender is not None
            and _role_only(d.sender)
            and len(answered) == 1
            and not _role_only(answered[0])
        ):
            if _compatible(d.sender, answered[0]) and answered[0] not in d.recipients:
                note_named(named, (d.sender,), answered[0])
                d.sender = answered[0]  # "A wrote to B ... The minister's reply ...": the one A wrote to
    name_writers(
        out, named
    )  # what the replies named: "He had telephoned the Prime Minister" (the one answering)
    for d in out:  # "wrote to the Norland government": the place the body is named after is no addressee
        d.recipients = [
            r for r in d.recipients if not any(o is not r and _named_after(r, o) for o in d.recipients)
        ]
    return out


def _second_of(out: list[Draft], implied: Draft, first: Draft) -> None:
    """'A wrote to B ... with a second letter from A': the later letter of a series goes to whom the first
    went when it names no addressee (and is from whom it came when it names no sender)."""
    for d in (o for o in out if o.trigger.i == implied.trigger.i and not o.implied):
        d.recipients = d.recipients or list(first.recipients)
        d.sender = d.sender or first.sender


def fold_headlines(drafts: list[Draft]) -> list[Draft]:
    """A headline restates the report's act in its own shorthand ("PM writes to state CM over dam" above
    "Prime Minister A wrote to Chief Minister B of the state"): a headline act that merging kept apart
    is that act when the body tells one of its kind whose parties the headline's words fit (titles,
    acronyms, the state's name or adjective, the body's own words for them); the headline's sentence
    becomes one more place that states it. A headline naming someone the body's act does not name
    ("Dahl writes to Quell" over a letter from Verhoeven to Quell) stays an act of its own."""
    body = [d for d in drafts if not d.from_title and not d.implied]
    out: list[Draft] = []
    for h in drafts:
        target = None
        if h.from_title and not h.implied and h.reply_to is None:
            target = next((b for b in body if b.kind_class == h.kind_class and _restates(h, b)), None)
        if target is None:
            out.append(h)
            continue
        target.sender = target.sender or h.sender
        target.recipients = target.recipients or list(h.recipients)
        for s in h.sentences:
            if s not in target.sentences:
                target.sentences.append(s)
        target.anchors += [h.trigger.i] + ([h.verb.i] if h.verb is not None else [])
        target.flags += h.flags
        target.full_text = target.full_text or h.full_text
        for d in drafts:
            if d.reply_to is h:
                d.reply_to = target
    return out


def _restates(h: Draft, b: Draft) -> bool:
    """Whether headline act ``h`` may be body act ``b`` told in headline words (not a letter of another
    date: "Letter dated 12 March from A" above "I have received a letter dated 7 March from C")."""
    if (dh := _dated_as(h)) and (db := _dated_as(b)) and dh != db:
        return False
    if h.kind_class == "call":  # either may have placed the call
        hs = [p for p in [h.sender, *h.recipients] if p]
        bs = [p for p in [b.sender, *b.recipients] if p]
        return bool(bs) and all(any(_fits(x, y) for y in bs) for x in hs)
    if h.sender is not None and b.sender is not None and not _fits(h.sender, b.sender):
        return False
    return not b.recipients or all(
        any(_fits(x, y) for y in b.recipients) or x.ptype == "state" and h.sender is not None
        for x in h.recipients
    )  # "A's letter to Askara", "PM writes to Paris": a capital, or a state, for whoever governs there


def _fits(h: Party, b: Party) -> bool:
    """Whether headline party ``h`` may name body party ``b``: compatible as merging judges, or every
    word of it is one the body gives ``b`` (its name, titles, roles, body, the words the press uses for
    its office), the adjective made from one ("Norlandic" for "Norland"), or an acronym of its title
    ("PM" for a prime minister); a group of its office-holders ("Gulf Foreign Ministers") by the office."""
    if _compatible(h, b):
        return True
    own = {names.fold(w) for w in content_words(b.name) | b.role_words()}  # roles, surfaces, body, offices
    titles = [r.split() for r in [*b.roles, *b.surfaces, *b.offices]]
    initials = {
        "".join(w[0] for w in t[i:j]).upper()
        for t in titles
        for i in range(len(t))
        for j in range(i + 2, len(t) + 1)
    }
    words = [w.strip(".,:;") for w in h.name.replace("\u2019s", "").replace("'s", "").split()]
    last = names.fold(words[-1]) if words and words[-1] else ""
    if len(words) > 1 and last.endswith("s") and last[:-1] in own:
        words = words[
            -2:
        ]  # "Arab Foreign Ministers" for one of the ministers: the region qualifies the group
    for word in (w for w in words if w):
        w = names.fold(word)
        if w in own or w in {"the", "of"} or (word.isupper() and word in initials):
            continue
        if not any(len(os.path.commonprefix([w, o])) >= max(4, min(len(w), len(o)) - 2) for o in own):
            return False
    return True


def _merge_target(out: list[Draft], d: Draft) -> Draft | None:
    if (medium := _named_medium(out, d)) is not None:
        return medium
    body = _signed_for_body(out, d)
    if body is not None and body.sender is None:
        d.recipients = []  # "... wrote to B. The letter, signed by C, asked X to ...": C's to B
        return body
    if body is not None:
        d.sender = None  # "A body wrote to B. The letter, signed by its president C, ...": the body's letter
        return body
    called = _said_in_call(out, d)
    if called is not None:
        return called  # "A phoned B. B thanked him for the condolences": said in that call
    handed = _handed_over(out, d)
    if handed is not None:
        d.recipients = []  # the one it was handed to received it for the addressee
        return handed
    if d.recipients and _copy_of(d):  # "He copied the letter to C": his own, told just before
        n = sent_number(d.trigger)
        sent = [
            o
            for o in out
            if o.kind_class == d.kind_class
            and o.sender is not None
            and (d.sender is None or d.sender is o.sender)
            and not o.implied
            and n - sent_number(o.trigger) <= 2  # the letter just told of, not one far back
        ]
        if sent:  # "A copy of the letter was sent to C": C is one more addressee of that letter
            return sent[-1]
    if d.sender is None and d.recipients and _definite(d.trigger):
        waiting = [o for o in out if o.kind_class == d.kind_class and not o.recipients and not o.implied]
        waiting = [
            o for o in waiting if not any(_compatible(o.sender, r) for r in d.recipients)
        ]  # not to oneself
        if waiting:
            n = 2 if d.trigger.tag_ == "NNS" else 1
            for o in waiting[-n:]:
                o.recipients = list(d.recipients)
            return waiting[-1]
    body = _to_persons_of_body(out, d)
    if body is not None:
        body.recipients = []
        return body
    if d.anaphoric and d.sender is None and not d.recipients:
        same = [o for o in out if o.kind_class == d.kind_class and not o.implied]
        same = [o for o in same if o.kind == d.kind] or same  # "the letter" is a letter before a message
        same = [o for o in same if not o.from_title] or same  # the body's own, not the headline's
        if not same:
            return None
        named = {t.text for t in sent_of(d.trigger)}
        return max(
            reversed(same), key=lambda o: _named_in(o, named)
        )  # "the call" where its parties are named
    rank = _rank(d)
    if (
        rank is not None and not d.implied
    ):  # "a second letter from A ... In a second letter sent on Monday, A"
        ranked = [o for o in out if not o.implied and o.kind_class == d.kind_class and _rank(o) == rank]
        same = [o for o in ranked if _compatible(o.sender, d.sender)]
        if same:
            return same[-1]
        if _indefinite(d.trigger):
            return None  # "A wrote to B on 3 March ... A sent B a second letter": not the letter told
    if d.implied or _order(d) == "first":  # the first letter a "second letter" implies, told once more
        implied = [
            o
            for o in out
            if (o.implied or d.implied and _order(o) == "first")
            and o.kind_class == d.kind_class
            and _same_parties(o, d)
        ]
        if implied:
            return implied[-1]
        told = [o for o in out if not o.implied and _rank(o) is None and o.trigger.i < d.trigger.i]
        twin = next((o for o in out if o.trigger.i == d.trigger.i and not o.implied), None)
        told = [
            o
            for o in told
            if d.implied
            and (_indefinite(d.trigger) or twin is not None and told_apart(o, twin))
            and o.kind_class == d.kind_class
        ]  # ("Kato's second letter, sent in June": the one told of May is the first)
        told = [o for o in told if _same_parties(o, d)]  # not "It was A's second letter": the one told
        if told:
            return told[-1]  # the first letter a "second letter" implies is the one told before it
    if d.implied or d.distinct and not d.anaphoric:
        return None  # never the same act as an earlier one (see _same_act)
    # a letter before a message, a text's own telling before one after its signature ("Letter to B" over the
    # text, not "I received this kind letter" in an account below it), the body's act before the headline's
    end, own = (d.full_text.span.end if d.full_text else 1 << 30), not d.from_title
    for o in sorted(
        reversed(out), key=lambda o: (o.kind != d.kind, o.trigger.idx >= end, o.from_title and own)
    ):
        if _same_act(o, d):
            return o
    return None


def _absorb(target: Draft, d: Draft, stated: set[tuple[int, int]]) -> None:
    """Fold ``d`` into ``target``; ``stated`` holds the target's sentences."""
    for s in d.sentences:
        if s not in stated:
            stated.add(s)
            target.sentences.append(s)
    target.anchors.extend(i for i in d.anchors if i not in target.anchors)  # a heading's date words
    target.dated_told |= dated_forms(d)
    target.stamped = target.stamped or d.stamped  # a post's day
    sender: Party | None = d.sender
    recipients = d.recipients
    if (
        target.kind_class == "call"
        and sender is not None
        and not _compatible(sender, target.sender)
        and (any(_compatible(sender, r) for r in target.recipients) or not target.recipients)
    ):  # a call has no direction a later telling keeps: "During the call, B said" names B, the other end
        # (and a headline's "A, B discuss X in phone call" read with B alone is B's end of it)
        recipients = [sender, *(r for r in recipients if not _compatible(r, target.sender))]
        sender = None
    if target.kind_class == "call":  # "a call initiated by Ottawa": Canada's side is the Canadian named
        sender, recipients = without_state_sides([target.sender, *target.recipients], sender, recipients)
    target.sender = _better(target.sender, sender)
    if destination_only(target, recipients):
        target.recipients = []  # the capital the retold letter went to gives way to its addressees
    for r in recipients:
        if sent_to_capital(d, r) and any(x.ptype == "person" for x in target.recipients):
            continue
        if any(head_of_body(r, x) for x in target.recipients):  # the body gives way to its head
            keep = [x for x in target.recipients if not (x.ptype == "org" and head_of_body(r, x))]
            target.recipients = keep + [r] * (r.ptype == "person")
        elif any(officer_of_state(r, x) for x in target.recipients):  # the state gives way to its officer
            keep = [x for x in target.recipients if not (x.ptype == "state" and officer_of_state(r, x))]
            target.recipients = keep + [r] * (r.ptype == "person")
        elif all(not _compatible(r, x) for x in target.recipients):
            target.recipients.append(r)
        elif any(x.key == r.key for x in target.recipients):
            continue  # one it holds already: "the Secretary-General and the President of X" stay two
        else:
            target.recipients = [(_better(x, r) or x) if _compatible(r, x) else x for x in target.recipients]
    if target.kind == "message" and d.kind == "letter":
        target.kind = "letter"
    target.reply_to = target.reply_to or d.reply_to
    target.full_text = target.full_text or d.full_text
    target.flags += d.flags
    target.anchors += [d.trigger.i] + ([d.verb.i] if d.verb is not None else [])
    target.from_title = target.from_title and d.from_title
    if d.verb is not None and target.verb is None:
        target.verb = d.verb


def _strength(p: Party) -> int:
    return -1 if p.group else 0 if p.ptype != "person" else (1 if _role_only(p) else 2)


def _better(a: Party | None, b: Party | None) -> Party | None:
    """Of two compatible parties, the one with a name (recording the other's role on it)."""
    if a is None or b is None:
        return a or b
    if a is b:
        return a
    sa, sb = _strength(a), _strength(b)
    if sa == sb and a.ptype == b.ptype:  # "the Foreign ministry" (a headline), "the Foreign Ministry of X"
        sb += len(content_words(b.name)) > len(content_words(a.name))
    weak, strong = (a, b) if sb > sa else (b, a)
    if _role_only(weak) and weak.name not in strong.roles:
        strong.roles.append(weak.name)
        strong.add_surface(weak.name)
    return strong


def valid(d: Draft) -> bool:
    """A communication needs identifiable parties on both ends."""
    if d.sender is None or not d.recipients:
        return False
    if d.kind == "call" and COUNTED.match(d.sender.name):
        return False  # "Four heads of government phoned her this week": calls of no one named
    if any(r is d.sender for r in d.recipients):
        d.recipients = [r for r in d.recipients if r is not d.sender]
    return bool(d.recipients)
