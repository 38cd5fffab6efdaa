"""'A sent a letter to B and another to C', 'wrote one letter to B and another to C', 'a message to B and a
second one to C': a word standing for the noun of the act just told ("another", "a second one", "the
other") with an addressee of its own is a second act from the same sender, not a second addressee of the
first; so is "She also sent one to C" in the sentence after the act."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_of
from .argument_checks import _modal
from .draft import Draft
from .index import PartyIndex
from .lexicon import blocked
from .mentions import Party
from .syntax import sentence_span

# Words that stand for a noun told before: "another", "(a second) one", "the other".
_ELLIPTIC = frozenset({"another", "one", "other"})
_ORDINALS = frozenset({"second", "third", "fourth", "other", "separate", "similar"})


def _stands_for_noun(tok: Token) -> bool:
    """'another' / 'a second one' / 'the other' as a phrase of its own (not 'one letter', 'another letter')."""
    if tok.lower_ not in _ELLIPTIC or tok.dep_ in ("nummod", "det", "amod", "compound", "nsubj", "nsubjpass"):
        return False
    if tok.lower_ == "another":
        return True
    # "one" and "other" need a determiner or an ordinal, or a place in a list: "a second one", "the other",
    # "a letter to B and one to C" (not "one of them")
    return (
        tok.lower_ == "one"
        and tok.dep_ == "conj"
        or any(
            c.dep_ in ("det", "amod") and (c.lower_ in _ORDINALS or c.lower_ in ("a", "the"))
            for c in tok.children
        )
    )


def _objects(word: Token, prep: str) -> list[Token]:
    """The objects of ``prep`` ('to', 'from') that belong to the elliptic ``word``: its own ('a second one
    to C') or, where the parser hangs the phrase on the verb or on the first party, the one written right
    after it."""
    preps = [c for c in word.children if c.dep_ in ("prep", "dative") and c.lower_ == prep]
    if not preps:
        nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        if nxt is not None and nxt.lower_ == prep and nxt.dep_ in ("prep", "dative"):
            preps = [nxt]
    out: list[Token] = []
    for p in preps:
        for g in p.children:
            if g.dep_ == "pobj":
                out.extend([g, *g.conjuncts])
    return out


def _parties(idx: PartyIndex, word: Token, prep: str, other: list[Party]) -> list[Party]:
    out: list[Party] = []
    for g in _objects(word, prep):
        p = idx.party_at(g)
        if p is not None and p not in other and p not in out:
            out.append(p)
    return out


def split_another(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give each 'another (one) to C' after an act its own act from the act's sender, and each 'another
    from C' its own act to the act's addressees."""
    for d in list(drafts):
        if d.sender is None or not d.recipients:
            continue
        for word in sent_of(d.trigger):
            if word.i <= d.trigger.i or not _stands_for_noun(word):
                continue
            to = _parties(idx, word, "to", [d.sender])
            frm = [] if to else _parties(idx, word, "from", d.recipients)
            shared = any(p in d.recipients for p in to)  # the parse gave the first act both addressees
            own = (
                word.head if word.dep_ == "dobj" and word.head.pos_ == "VERB" else d.verb
            )  # "on Saturday sent another"
            if to and len(to) < len(d.recipients) + (0 if shared else 1):
                d.recipients = [r for r in d.recipients if r not in to]
                twin = Draft(d.kind, word, d.sender, to, sentences=list(d.sentences), verb=own)
            elif frm and d.sender not in frm:
                twin = Draft(
                    d.kind, word, frm[0], list(d.recipients), sentences=list(d.sentences), verb=d.verb
                )
            else:
                continue
            twin.distinct = d.distinct = True
            drafts.insert(drafts.index(d) + 1, twin)
            break


_SENDING = frozenset({"send", "write", "address", "dispatch", "pen"})


def sent_another(idx: PartyIndex, drafts: list[Draft]) -> None:
    """'A sent a letter to B on Monday. She also sent one to C.': a sending verb whose object stands for the
    noun of the act just told, with an addressee of its own, is one more act of the same kind from the same
    sender (its subject, or the sender of the act before it when the subject names no one)."""
    for d in list(drafts):
        if d.sender is None or d.kind == "call":
            continue
        sent = sent_of(d.trigger)
        following = sent_of(sent.doc[sent.end]) if sent.end < len(sent.doc) else None
        for s in (sent, following) if following is not None else (sent,):
            for word in s:
                verb = word.head
                if (
                    word.i <= d.trigger.i
                    or word.dep_ != "dobj"
                    or word.lower_ not in ("one", "another")
                    or verb.lemma_.lower() not in _SENDING
                    or any(x.trigger.i == word.i for x in drafts)
                ):
                    continue
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                who = idx.party_at(subj) if subj is not None else None
                if who is not None and who is not d.sender:
                    continue
                to = _parties(idx, word, "to", [d.sender])
                if to and not any(r in d.recipients for r in to):
                    twin = Draft(d.kind, word, d.sender, to, sentences=[sentence_span(word)], verb=verb)
                    twin.distinct = d.distinct = True
                    drafts.insert(drafts.index(d) + 1, twin)


def next_in_series(drafts: list[Draft], d: Draft) -> None:
    """'the second letter' with no parties of its own (``d``, the last of ``drafts``): another letter of the
    series the report told of, from the same sender to the same addressees (never folded into the first)."""
    prev = next(
        (o for o in reversed(drafts[:-1]) if o.kind_class == d.kind_class and o.sender and o.recipients), None
    )
    if prev is None:
        return
    d.sender, d.recipients = prev.sender, list(prev.recipients)
    d.anaphoric, d.distinct = False, True


# Words before a letter that make it an earlier one of a series than the one told ("her first letter").
_EARLIER = frozenset({"first", "earlier", "previous", "prior", "initial", "original"})


def earlier_in_series(drafts: list[Draft], d: Draft) -> None:
    """'A wrote to B on Thursday. Her first letter, sent on Monday, ...', 'his earlier letter': a letter of
    the writer's (``d``, the last of ``drafts``, with a writer and no addressee of its own) that comes
    before the one the report told of is another letter to the same addressees."""
    if d.sender is None or d.recipients or not any(c.lower_ in _EARLIER for c in d.trigger.children):
        return
    if d.trigger.dep_ == "nsubj" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in d.trigger.head.children
    ):
        return  # "Her first letter as president was to C": an addressee of its own
    prev = next(
        (
            o
            for o in reversed(drafts[:-1])
            if o.kind_class == d.kind_class
            and o.sender is not None
            and o.sender.key == d.sender.key
            and (o.recipients or o.distinct)  # (not "In the letter, A said": the told letter again)
        ),
        None,
    )
    if prev is None or not prev.recipients or any(c.lower_ in _EARLIER for c in prev.trigger.children):
        return  # the told letter is no later one ("her first letter ... Her first letter said")
    d.recipients, d.distinct = list(prev.recipients), True


def letters_told_to_group(drafts: list[Draft], d: Draft, others: list[Party]) -> Draft | None:
    """'A wrote to his counterparts in X, Y and Z. The letters were addressed to B (X), C (Y) and D (Z)':
    the letters ``d`` (plural, told before, no writer of their own, addressed to several) are those of the
    last act of their kind told before, when that act went to some of them (a group of places read as the
    one holder the report names of one): it is the first one's and keeps only its addressee (``d``'s), the
    ``others`` are the same writer's, dated as it is."""
    if d.sender is not None or d.trigger.tag_ not in ("NNS", "NNPS") or len(d.recipients) != 1:
        return None
    told = next(
        (
            o
            for o in reversed(drafts)
            if o is not d and o.kind_class == d.kind_class and o.trigger.i < d.trigger.i
        ),
        None,
    )  # the last act told: "A wrote to them. All three replied. The letters went to ...": the replies
    if told is None or told.sender is None or told.sender in d.recipients or not _to_several(told):
        return None  # (the letters are those of an act told to several: "wrote to her counterparts")
    if any(t.dep_ == "agent" for t in d.trigger.sent) or not any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "his", "her", "their")
        for c in d.trigger.children
    ):
        return None  # "Letters were addressed to B, C and D by E": other letters, E's
    if any(o is not told and o.trigger.i == told.trigger.i for o in drafts):
        return None  # "A and C handed in their letters. The letters were conveyed to B": each one's
    listed = {p.key for p in [*d.recipients, *others]}
    named = [p.key in listed for p in told.recipients]
    if not any(named) or any(not n and not p.group for n, p in zip(named, told.recipients, strict=True)):
        return None  # "A wrote to B. The letters were addressed to C and D": other letters (and letters told
        # to a group only take their addressees when merged, as do those of several writers)
    told.recipients = list(d.recipients)
    d.sender = told.sender  # the first one's letter is the act told (one each to the others)
    return told


def _to_several(d: Draft) -> bool:
    """An act told as going to several: a plural noun, several addressees or a group, or a plural after its
    'to' ("wrote to his counterparts in X, Y and Z", read as the one of them the report names)."""
    heads = [t for t in (d.trigger, d.verb) if t is not None]
    plural = any(
        g.tag_ in ("NNS", "NNPS") for t in heads for c in t.children if c.lower_ == "to" for g in c.children
    )
    return (
        plural
        or d.trigger.tag_ in ("NNS", "NNPS")
        or len(d.recipients) > 1
        or any(p.group for p in d.recipients)
    )


def dated_as_told(twin: Draft, told: Draft | None) -> None:
    """One of the letters :func:`letters_told_to_group` found told again was written when the act told
    was: that act's sentences and words date it too."""
    if told is not None:
        twin.sentences += [s for s in told.sentences if s not in twin.sentences]
        twin.anchors += [t.i for t in (told.trigger, told.verb) if t is not None]


def add_implied(drafts: list[Draft], d: Draft) -> None:
    """'A sent B a second letter': the first one, implied, is an act too."""
    earlier = Draft(d.kind, d.trigger, d.sender, list(d.recipients), implied=True, distinct=True)
    earlier.sentences.append(sentence_span(d.trigger))
    drafts.append(earlier)


_ALIKE = frozenset({"similar", "identical", "parallel", "same"})
# "A second letter, sent the same day to C": one more of the same writer's, when it names no writer.
_ONE_MORE = frozenset({"second", "third", "fourth", "another", "separate", "further"})


def similar_from_same(drafts: list[Draft]) -> None:
    """'A sent a warning letter to B. A similar letter was issued the same day to C', 'An identical letter
    went to C', 'Messages were also sent to C and D': a letter like the one just told, or one more told in
    the passive with 'also', to addressees of its own and no writer named, is the same writer's (the last
    written act told before it)."""
    written = {o.trigger.i for o in drafts if o.sender is not None}
    for n, d in enumerate(drafts):
        if d.sender is not None or not d.recipients or d.kind == "call" or d.implied:
            continue  # (not the first letter "a second letter" implies: whose it was, is unknown)
        alike = any(c.dep_ == "amod" and c.lower_ in _ALIKE for c in d.trigger.children) or any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(a.lower_ in _ALIKE for g in c.children for a in g.children)
            for c in d.trigger.children
        )  # "Letters with similar content were sent the same day to C and to D"
        also = d.trigger.dep_ == "nsubjpass" and any(c.lower_ == "also" for c in d.trigger.head.children)
        one_more = any(c.dep_ in ("amod", "det") and c.lower_ in _ONE_MORE for c in d.trigger.children)
        if one_more and (blocked(d.trigger.head) or _modal(d.trigger.head)):
            continue  # "A second letter, addressed to C, is still being drafted": not sent
        also = also or one_more
        if not alike and not also:  # "Messages were also sent to C and D"
            continue
        if d.trigger.i in written or _told_writer(d.trigger):
            continue  # read with its writer already; "Protesters sent a similar letter", "... by the unions"
        before = [o for o in drafts[:n] if o.sender is not None and o.trigger.i < d.trigger.i]
        like = (
            [o for o in before if o.kind == d.kind] if alike else []
        )  # "similar letters": like the last letter
        last = like[-1] if like else before[-1] if before else None
        if last is not None and last.kind != "call" and all(r is not last.sender for r in d.recipients):
            d.sender = last.sender


def _told_writer(noun: Token) -> bool:
    """The sentence gives the letter a writer of its own, a party or not: a subject of the verb it is the
    object of ("Protesters sent a similar letter"), or an agent ("... were also sent to B by the unions")."""
    verb = noun.head
    return any(c.dep_ == "agent" for c in verb.children) or (
        noun.dep_ == "dobj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
