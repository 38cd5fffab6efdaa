"""Whose a date word is, by where it sits in the sentence: on the act's own words or a clause of them,
in a relative clause's commas, after a preposition hung elsewhere, inside an opening participle's phrase,
after 'dated', before the subject of two joined verbs, described by a clause of 'when'; and a day of the
month told alone after the letter it answers. Used by :mod:`dating`."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span as TSpan
from spacy.tokens import Token

from .. import names
from ..models import DateInterval, Span
from . import intervals
from .draft import Draft
from .lexicon import DAY_OF_MONTH, cues, noun_kind
from .reduced import zero_relative_noun


def _in_relative(tok: TSpan, d: Draft) -> bool:
    """'A, who wrote to the minister, B, in January, says ...': a date between the act's relative clause
    and the main verb, set off by the clause's commas, is the clause's (the parser hangs it on the main
    verb or on its subject)."""
    v = d.verb if d.verb is not None else d.trigger
    if v.dep_ != "relcl":
        return False
    main = next((a for a in v.head.ancestors if a.pos_ in ("VERB", "AUX")), None)  # the clause it hangs in
    if main is None:
        return False
    doc = v.doc
    prep = tok.root.head
    start = prep.i if prep.dep_ == "prep" and prep.i == tok.start - 1 else tok.start  # "in January"
    return (
        v.i < start
        and tok.end < main.i
        and doc[start - 1].text == ","
        and [t.text for t in doc[tok.end : main.i]] == [","]
    )


def _after_preposition(tok: TSpan, anchors: set[int]) -> bool:
    """'wrote to B on 2 March proposing talks': the parser may hang the date on the participle after it;
    the preposition right before the date hangs on the act."""
    prep = tok.doc[tok.start - 1] if tok.start > 0 else None
    return prep is not None and prep.dep_ == "prep" and prep.lower_ in ("on", "in") and prep.head.i in anchors


def _phrase_owner(tok: TSpan) -> int | None:
    """'Responding to a letter from A last week, B wrote back on Monday': a date inside a participle's
    phrase that opens the sentence, after a communication noun of that phrase, dates that noun (the
    parser often hangs it on the main verb). Returns the noun's index."""
    sent = tok.sent
    first = sent[0]
    if first.tag_ != "VBG" or first.dep_ != "advcl":
        return None
    comma = next((t.i for t in sent if t.text == "," and t.i > first.i), None)
    if comma is None or not first.i < tok.start < comma or comma >= first.head.i:
        return None
    nouns = [t.i for t in tok.doc[first.i : tok.start] if t.pos_ == "NOUN" and noun_kind(t) is not None]
    return nouns[-1] if nouns else None


def _day_of_month(d: Draft, original: DateInterval) -> DateInterval | None:
    """'A wrote to B on 3 March 1848. B replied on the 9th': a day of the month told alone is the next such
    day on or after the answered letter's, when that letter is dated to its day."""
    v = d.verb if d.verb is not None else d.trigger
    days = [
        g
        for p in v.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for g in p.children
        if g.dep_ == "pobj" and DAY_OF_MONTH.match(g.text)
    ]
    base = original.earliest
    if not days or base is None or original.latest != base:
        return None
    n = int(re.match(r"\d+", days[0].text).group())  # type: ignore[union-attr]
    month = base.replace(day=1)
    for _ in range(2):  # this month, or the next when the day has passed
        try:
            day = month.replace(day=n)
        except ValueError:
            return None
        if day >= base:
            g = days[0]
            return intervals.interval(
                day, day, "day of the month after the answered letter", Span(g.idx, g.idx + len(g))
            )
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return None


def _dated_owner(tok: TSpan) -> int | None:
    """'in a letter to the leaders of the member states dated 4 March': 'dated' dates the communication
    noun before it, wherever the parser hangs the participle."""
    dated = _dated_word(tok)
    if dated is None:
        return None
    nouns = [  # "a letter ... dated 4 March", "B's reply, dated Rochdale, 15 October"
        t
        for t in tok.doc[tok.sent.start : dated.i]
        if t.pos_ == "NOUN" and (noun_kind(t) is not None or t.lemma_.lower() in cues()["reply_nouns"])
    ]
    if not nouns or dated.i - nouns[-1].i > 12:
        return None
    noun = nouns[
        -1
    ]  # only when all between is the noun's own phrase, no clause ("which cited a decree dated")
    inner = {t.i for t in noun.subtree}
    between = tok.doc[noun.i + 1 : dated.i]
    if any(t.i not in inner and not _name_word(t) or t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return noun.i


def _name_word(t: Token) -> bool:
    """A word of a writer's name and title set off by commas, which the parser may hang outside the
    letter's phrase ("a letter from the Mayor of X, Councillor Ana Reyes, dated 12 May")."""
    return (
        t.is_punct
        or t.ent_type_ == "PERSON"
        or t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and t.i + 1 < len(t.doc)
        and t.doc[t.i + 1].ent_type_ == "PERSON"
    )


def _dated_word(tok: TSpan) -> Token | None:
    """The 'dated' right before a date, perhaps with the letter's own heading between them, quoted or
    not: 'dated "Lisbon, 3rd March 1921"', 'dated Lisbon, 3 March 1921' (a place, a comma, quote marks)."""
    i = tok.start - 1
    while i >= max(tok.sent.start, tok.start - 7) and _heading_word(tok.doc[i]):
        i -= 1
    return tok.doc[i] if i >= 0 and tok.doc[i].lower_ == "dated" else None


def _heading_word(t: Token) -> bool:
    """A word of a letter's heading between 'dated' and its date: quote marks, a comma, a place (tagged as
    one, or a capitalised name the recogniser left untagged or took for a body: "dated Rochdale, 15 October")."""
    if t.is_quote or t.text == "," or t.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("PERSON", "DATE")


def _fronted(tok: TSpan, d: Draft) -> bool:
    """'In October 1998, A picked up the phone and called B': a date before the subject dates every verb
    of the clause, the second of two joined verbs too."""
    v = d.verb if d.verb is not None else d.trigger
    first = v.head
    if v.dep_ != "conj" or first.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    own = any(  # its own subject, tense ("has since written") or date ("and on Wednesday she wrote")
        c.dep_ in ("nsubj", "nsubjpass", "aux")
        or c.dep_ == "prep"
        and c.lower_ in ("on", "in", "at", "during")
        and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        or c.dep_ == "npadvmod"
        and c.ent_type_ in ("DATE", "TIME")
        for c in v.children
    )
    return not own and subj is not None and tok.end <= subj.i and _attached(tok.root, {first.i})


def opening_swallowed(tok: TSpan, anchors: set[int]) -> bool:
    """'On 14 August 1925 A, the X envoy, cabled B': the parser takes A as the object of the opening 'On'
    and the verb as A's participle; the date of that opening phrase is the verb's."""
    doc = tok.doc
    for a in anchors:
        v = doc[a]
        name = v.head
        if (
            v.dep_ == "acl"
            and name.dep_ == "pobj"
            and name.head.i == v.sent.start
            and name.head.i <= tok.start
        ):
            if tok.end <= name.left_edge.i + len(list(name.lefts)) + 1 and tok.root.i in [
                t.i for t in name.subtree
            ]:
                return True
    return False


# Words that open a clause of time or circumstance set off by commas ("soon after the court ruled ...").
_SUBORDINATORS = frozenset({"after", "before", "when", "as", "while", "once", "since", "following", "until"})


def _preposed(tok: TSpan, anchors: set[int]) -> bool:
    """'On Monday night, soon after the court ruled on the appeal, B took calls from A': a date
    that opens the sentence, before a clause of time set off by commas, dates the main clause after it,
    wherever the parser hangs it (often on the inner clause's verb)."""
    doc, sent = tok.doc, tok.sent
    if tok.start - sent.start > 1:
        return False  # only "On" before it
    k = tok.end
    while k < sent.end and k - tok.end < 2 and doc[k].ent_type_ in ("DATE", "TIME"):
        k += 1  # "Monday" + "evening"
    if k >= sent.end or doc[k].text != ",":
        return False
    k += 1
    if k < sent.end and doc[k].pos_ == "ADV":
        k += 1  # "shortly", "soon", "just"
    if k >= sent.end or doc[k].lower_ not in _SUBORDINATORS:
        return False
    close = next((t.i for t in doc[k : sent.end] if t.text == ","), None)
    if close is None or any(t.text == ";" or t.ent_type_ in ("DATE", "TIME") for t in doc[close : sent.end]):
        return False  # (a main clause with a date of its own keeps it)
    return any(close < a < sent.end for a in anchors)


def _when_of(tok: TSpan, anchors: set[int]) -> bool:
    """'in 1989, when A wrote to B', 'It was March 2019 when A sent B a letter': the date a clause of 'when'
    describes is the time of that clause's act (the parser hangs the clause on the date or on the verb)."""
    doc, at = tok.doc, tok.end + (tok.end < len(tok.doc) and tok.doc[tok.end].text == ",")
    if at >= len(doc) or doc[at].lower_ != "when":
        return False
    clauses = [c for c in tok.root.children if c.dep_ in ("relcl", "advcl", "acl") and c.i > at]
    return doc[at].head.i in anchors or any(c.i in anchors for c in clauses)


def _heads_trigger(tok: TSpan, d: Draft) -> bool:
    """'To Ana Berg, his daughter - 4.2.69': a heading whose address hangs on the date it ends with."""
    return d.trigger.lower_ == "to" and tok.start <= d.trigger.head.i < tok.end


def _attached(tok: Token, anchors: set[int], others: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether the date word ``tok`` dates the communication: it hangs on one of its ``anchors``.

    A date on a noun of a clause below the act dates that noun's event, not the act ("wrote to him,
    praising the talks of the leaders in May"); so does a date in what the act asks for ("wrote,
    urging him to attend the summit on Monday": a to-clause under a clause of the act).
    """
    if _swallowed_by_attribution(tok, anchors):
        return True
    t, on_noun = tok, False
    for _ in range(6):
        if t.i in anchors:
            return True
        if t.head.i == t.i or t.i in others:
            return False
        if t.pos_ == "VERB" and (noun := zero_relative_noun(t)) is not None:
            return noun.i in anchors  # "the letter A sent her last week": a relative clause dates its noun
        if t.pos_ == "VERB" and not on_noun and _carried_past_party(t, anchors):
            return True
        if _dated_on_name(t):
            return _dates_act_before(t, anchors)
        if (
            t.pos_ == "VERB"
            and t.dep_ in ("acl", "relcl")
            and t.i not in anchors
            and _of_other_thing(t, anchors)
        ):
            return False  # "paid tribute to the treaty signed on 13 March": the treaty's date
        if t.pos_ in ("VERB", "AUX") and t.i not in anchors and (on_noun or not _passes(t, anchors)):
            return False
        if t.dep_ == "xcomp" and t.head.i not in anchors and any(c.lower_ == "to" for c in t.children):
            return False
        if on_noun and t.lower_ in EVENT_LINKS and not (t.lower_ == "during" and t.head.i in anchors):
            return False  # "a letter to B ahead of the meeting of 6 March": the date of that meeting
            # (but "received the letter during a meeting with C on Saturday": the act's own time)
        if t.pos_ in ("VERB", "AUX") and t.i not in anchors and _event_clause(t):
            return False  # "their first talk since A took the oath in May": the oath's date
        on_noun = on_noun or (t.i != tok.i and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _TIME_ENTS)
        t = t.head
    return False


# Verbs of a trailing attribution ("..., her office confirms", "..., the ministry said").
_ATTRIBUTING = frozenset({"say", "confirm", "report", "tell", "announce", "add", "state", "note", "reveal"})


def _swallowed_by_attribution(tok: Token, anchors: set[int]) -> bool:
    """'A has written to B tonight, her office confirms': the parser hangs a date set right after the act,
    before the comma of a trailing attribution, on the attribution's verb, the act its clause; it dates
    the act."""
    head = tok.head
    if head.lemma_.lower() not in _ATTRIBUTING or head.i in anchors or head.i < tok.i:
        return False
    acts = [c for c in head.children if c.dep_ == "ccomp" and c.i in anchors and c.i < tok.i]
    return bool(acts) and any(t.text == "," for t in tok.doc[tok.i + 1 : head.i])


def _dated_on_name(t: Token) -> bool:
    """'dated' hung on a name ("a letter from A to B, dated 2 June 1927"): a person or a body is not
    dated; the parse hung the letter's participle on the last name before it."""
    return (
        t.lemma_.lower() == "date"
        and t.dep_ == "acl"
        and (t.head.pos_ == "PROPN" or t.head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
    )


def _dates_act_before(dated: Token, anchors: set[int]) -> bool:
    """The act's noun or verb comes before ``dated`` in its sentence with only its parties between them
    (names, titles, 'from', 'to', 'of'): the participle tells of that act, not of a thing the act is about
    ("wrote to B about the Treaty of Norland, dated 1990")."""
    before = [i for i in anchors if dated.sent.start <= i < dated.i]
    if not before:
        return False
    between = dated.doc[max(before) + 1 : dated.i]
    return not any(
        noun_kind(t) is not None
        or t.pos_ in ("VERB", "AUX")
        or t.pos_ == "ADP"
        and t.lower_ not in _PARTY_LINKS
        or t.pos_ == "NOUN"  # "to B, author of the X Report, dated": the report's date
        and t.text.islower()
        and names.fold(t.text).lower() not in names.title_words()
        for t in between
    )


_PARTY_LINKS = frozenset({"from", "to", "of"})  # "a letter from A of X to B, dated ..."


def _of_other_thing(clause: Token, anchors: set[int]) -> bool:
    """The participle or relative clause ``clause`` tells of a noun that is neither the act nor any letter,
    message or call (a merged act's other mention may stand there: "the message sent on 2 March")."""
    head = clause.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i in anchors:
        return False  # "a telegram of condolence sent on Sunday": the telegram's
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False  # "a message to King B, delivered by his envoy on Sunday": the parse hung it on a party
    return head.i not in anchors and noun_kind(head) is None


# Words that set an act in time against another event ("ahead of the council session of 6 May", "after the vote on
# Monday"): a date on that event's noun is not the act's.
EVENT_LINKS = frozenset({"ahead", "before", "after", "prior", "since", "until", "following", "during"})
_TIME_ENTS = ("DATE", "TIME")  # "in the early hours of 3 March": a time noun is no event of its own


def _event_clause(verb: Token) -> bool:
    """A clause of another event that sets the act in time ("since A took office last week")."""
    return any(c.dep_ == "mark" and c.lower_ in EVENT_LINKS for c in verb.children) or (
        verb.head.lower_ in EVENT_LINKS and verb.dep_ in ("pcomp", "pobj")
    )


def _passes(verb: Token, anchors: set[int]) -> bool:
    """Whether a date on this verb may still date the communication above it.

    Adverbial, complement and coordinated clauses share the communication's time ("wrote on
    Monday, urging ..."); a relative clause dates the noun it describes, so only one on the
    communication itself ("the letter, sent on Monday") passes ("crimes committed in 1900" do not),
    and not one that tells of the letter coming to light ("the letter, sold at auction on Monday").
    """
    if verb.dep_ in ("acl", "relcl"):
        head = verb.head  # "a telegram of condolence sent on Sunday": on the noun after 'of'
        of_noun = (
            verb.dep_ == "acl"
            and head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.i in anchors
        )
        return (head.i in anchors or of_noun) and verb.lemma_.lower() not in SURFACING
    return verb.dep_ in ("advcl", "xcomp", "conj") and verb.lemma_.lower() not in RECALLING


# Verbs whose object is an earlier event: "wrote to B, recalling the relations established in 1970" dates
# the relations, not the letter.
RECALLING = frozenset({"recall", "remember", "recollect", "commemorate", "evoke", "hark"})


def _carried_past_party(verb: Token, anchors: set[int]) -> bool:
    """'received a message from President A of X, delivered by his envoy on Sunday': a participle of
    sending or carrying after the act's 'from' or 'to' phrase is the letter's, though the parser hangs it
    on the last name of that phrase (two prepositions up at most: 'from the President of X')."""
    if verb.dep_ != "acl" or verb.lemma_.lower() not in CARRYING or verb.i < verb.head.i:
        return False
    if verb.head.pos_ != "PROPN" and not verb.head.ent_type_:
        return False  # "paid tribute to the treaty on the border signed on 13 March": hung on a thing
    t = verb.head
    for _ in range(2):
        if t.dep_ != "pobj" or t.head.dep_ not in ("prep", "dative"):
            return False
        if t.head.head.i in anchors:
            return t.head.lower_ in ("from", "to", "by")
        t = t.head.head
    return False


# Verbs of sending or carrying a letter ("sent", "delivered", "handed over", "conveyed").
CARRYING = frozenset({*cues()["send_verbs"], *cues()["carry_verbs"]})

# Verbs that tell of a letter coming to light long after it was sent, or of a reporter getting hold of it
# ("a letter seen by Reuters on Tuesday"): their time is not the letter's.
SURFACING = frozenset(
    "auction sell unearth discover rediscover find uncover declassify surface emerge exhibit display"
    " see obtain review".split()
)


def _right_after_act(tok: TSpan, d: Draft) -> bool:
    """'phoned her Vestrian counterpart, Tomas Varga, late on Friday after ...': a date read left to right
    right after the act's verb and its objects (no other verb, clause word, quote or preposition but
    'to' and 'with' between, twelve tokens at most, after 'on', 'in', 'late', 'early' or a comma) dates the
    act, however the parser hung it."""
    verb = d.verb if d.verb is not None else d.trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() in SURFACING or not verb.i < tok.start <= verb.i + 12:
        return False
    between = verb.doc[verb.i + 1 : tok.start]
    if len(between) and between[-1].lower_ not in ("on", "in", "late", "early", ","):
        return False  # "wrote to B about the crisis of 1 March": the date of what the act is about
    return not any(
        t.pos_ in ("VERB", "AUX")
        or t.lower_ in CLAUSE_WORDS
        or (t.pos_ == "ADP" and t.lower_ not in ("to", "with") and t.i < tok.start - 1)
        or t.is_quote
        or t.text in (";", ":")
        for t in between
    )


# Words that open another clause or event between an act and a date ("after the talks on Friday").
CLAUSE_WORDS = {
    "after",
    "before",
    "since",
    "when",
    "while",
    "that",
    "which",
    "who",
    "whom",
    "until",
    "during",
}


def opening_before_clause(tok: TSpan, anchors: set[int]) -> bool:
    """'On June 5, 1967, a few hours after war had broken out, A telephoned B': the parser hangs the opening
    date on the clause of time that follows it; a date phrase that opens the sentence before that clause's
    conjunction dates the main clause, whose verb (the act's) governs that clause."""
    sent = tok.sent
    top = tok.root
    while top.head.i != top.i and top.head.pos_ not in ("VERB", "AUX"):
        top = top.head  # "At 7:47 on the morning of June 5": up to the phrase that opens the sentence
    if top.dep_ != "prep" or top.left_edge.i != sent.start or top.head.i == top.i:
        return False
    clause = top.head
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is None or mark.i < tok.end:
        return False
    if clause.dep_ == "ROOT":  # the clause of time read as the sentence's root, the main clause as its object
        return any(c.i in anchors and c.dep_ in ("ccomp", "conj") and c.i > mark.i for c in clause.children)
    return clause.dep_ in ("advcl", "ccomp") and clause.head.i in anchors
