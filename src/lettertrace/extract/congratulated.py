"""'A has received congratulations from the leaders of neighbouring countries ... B, in a letter of
congratulations sent on Tuesday, said ...': a letter or message of congratulations (or greetings) that names
no addressee went to the one party the report says received such congratulations."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .draft import Draft
from .index import PartyIndex
from .mentions import Party

GREETINGS = frozenset(
    {"congratulation", "congratulations", "greeting", "greetings", "felicitation", "felicitations"}
)
# A sentence that gives the greeting an occasion or a setting of its own ("Separately, C sent a congratulatory
# message to mark the team's victory")
_OWN_OCCASION = re.compile(r"\b(?:[Ss]eparately|to mark|on the occasion of|to celebrate|in honou?r of)\b")
_WISHING = frozenset({"congratulatory", "felicitation", "greeting", "congratulation"})


def _of_greetings(noun: Token) -> bool:
    """'a letter of congratulations', 'a congratulatory message', 'a greetings telegram', 'written
    congratulations'."""
    return noun.lemma_.lower() in GREETINGS or any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lemma_.lower() in GREETINGS for g in c.children)
        or c.dep_ in ("amod", "compound")
        and c.lemma_.lower() in _WISHING
        for c in noun.children
    )


def _receivers(doc: Doc, idx: PartyIndex) -> list[Party]:
    """The parties said to have received congratulations or greetings ('A has received congratulations') or
    to have been congratulated ('C congratulated A')."""
    verbs = (t for t in doc if t.lemma_.lower() == "receive" and t.pos_ in ("VERB", "AUX"))
    greeted = (v for v in verbs if any(c.dep_ == "dobj" and _greetings(c) for c in v.children))
    subjects = [s for v in greeted for c in _subjects(v) for s in (c, *c.conjuncts)]
    congratulating = (
        t for t in doc if t.lemma_.lower() in ("congratulate", "felicitate") and t.pos_ == "VERB"
    )
    subjects += [  # "C congratulated A on his birthday": A receives congratulations
        o for v in congratulating for c in v.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)
    ]
    out: list[Party] = []
    for s in subjects:  # (by name, or by an office with its holder beside it: "the president-elect, A,")
        p = idx.parties[idx.tok2party[s.i]] if s.i in idx.tok2party else idx.party_at(s)
        if p is not None and p not in out:
            out.append(p)
    return out


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, or of the verb it completes ("A continues to receive congratulations")."""
    while True:
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        if own or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return own
        verb = verb.head


def _greetings(obj: Token) -> bool:
    """'congratulations', or a quantity of them ('a wave of congratulations', 'a stream of messages of
    greetings')."""
    return obj.lemma_.lower() in GREETINGS or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in GREETINGS for g in c.children)
        for c in obj.children
    )


def _parties_of(idx: PartyIndex, toks: Iterable[Token]) -> list[Party]:
    """The parties the tokens name, each once, in order."""
    out: list[Party] = []
    for t in toks:
        key = idx.tok2party.get(t.i)
        if key is not None and idx.parties[key] not in out:
            out.append(idx.parties[key])
    return out


# Words of a spoken greeting in its sentence: then the written act is another.
SPOKEN = frozenset(
    {"call", "phone", "telephone", "meeting", "meet", "speech", "visit", "ceremony", "talk", "interview"}
    | {
        "conference",
        "banquet",
        "dinner",
        "rally",
        "session",
        "summit",
        "reception",
        "briefing",
        "say",
        "tell",
    }
)
# Auxiliaries of what is to come or may be ("will congratulate"): no greeting yet.
_MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "could", "can", "must"})


def _greeted(verb: Token) -> bool:
    """A greeting told as done: not negated, to come, refused or hoped for ("did not congratulate B",
    "will thank B", "refused to congratulate B"), nor told in the passive."""
    return verb.dep_ not in ("xcomp", "ccomp", "advcl", "relcl") and not any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS or c.dep_ in ("auxpass", "nsubjpass")
        for c in verb.children
    )


def _thanked_before(doc: Doc, verb: Token, before: int) -> bool:
    """'A has thanked B for its support ... "...," said A in the letter': thanks told as done in the letter's
    paragraph or the two before, in no spoken setting nor words quoted as said, and no time of its own set
    before the letter's sentence ("In March, A said in a letter": another occasion)."""
    text = doc[verb.i : before + 1].text
    if text.count("\n") > 4 or not _greeted(verb):
        return False
    opens = doc[before].sent[0]
    after = doc[opens.i + 1] if opens.i + 1 < len(doc) else opens
    if opens.ent_type_ in ("DATE", "TIME") or opens.lower_ in ("in", "on") and after.ent_type_ == "DATE":
        return False
    return not any(t.lemma_.lower() in SPOKEN or t.is_quote for t in verb.sent)


def _congratulated_by(doc: Doc, idx: PartyIndex, writer: Party, before: int) -> list[Party]:
    """The parties ``writer`` is told, before token ``before``, to have congratulated or thanked ('A has
    congratulated B on his election', 'A felicitated B', 'A thanked B for its support')."""
    verbs = [
        v
        for v in doc[:before]
        if v.pos_ == "VERB"
        and (
            v.lemma_.lower() in ("congratulate", "felicitate")
            or v.lemma_.lower() == "thank"
            and _thanked_before(doc, v, before)
        )
    ]
    by = [v for v in verbs if _parties_of(idx, (c for c in v.children if c.dep_ == "nsubj"))[:1] == [writer]]
    return _parties_of(
        idx, (o for v in by for c in v.children if c.dep_ == "dobj" for o in (c, *c.conjuncts))
    )


def to_the_congratulated(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give each written act of congratulations with a writer and no addressee the one receiver of
    congratulations the report names; and a message with no addressee whose writer the report told before
    to have congratulated one party, that party ("A has congratulated B on his election. In a message
    conveyed on Monday, A said ...") (the list is changed in place)."""
    for d in drafts:
        if d.kind_class == "written" and d.sender is not None and not d.recipients and _plain(d.trigger):
            told = _congratulated_by(doc, idx, d.sender, d.trigger.i)
            between = [o for o in drafts if o.sender is d.sender and o is not d and o.trigger.i < d.trigger.i]
            if len(told) == 1 and told[0] is not d.sender and not between:
                d.recipients = [told[0]]  # (no other act of the writer told between: "also sent a message")

    pending = [
        d
        for d in drafts
        if d.kind_class == "written"
        and d.sender is not None
        and not d.recipients
        and _of_greetings(d.trigger)
        and not _OWN_OCCASION.search(d.trigger.sent.text)
    ]
    if not pending:
        return
    receivers = _receivers(doc, idx)
    if len(receivers) != 1:
        return
    for d in pending:
        if d.sender is not receivers[0]:
            d.recipients = [receivers[0]]


def _plain(noun: Token) -> bool:
    """A message of no other occasion or kind: not "a message of condolence", "a separate message", nor
    one whose sentence gives it an occasion of its own ("Separately, ...", "to mark ...")."""
    other = any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and not any(g.lemma_.lower() in GREETINGS for g in c.children)
        or c.lower_ in ("separate", "another", "second", "other", "open")
        or c.dep_ == "prep"
        and c.lower_ == "to"  # "a letter to the editor": its own addressee, whatever it names
        for c in noun.children
    )
    occasion = any(t.lemma_.lower() in _OTHER_OCCASIONS for t in noun.sent)
    return not other and not occasion and not _OWN_OCCASION.search(noun.sent.text)


# Words of another occasion or of a public post in a message's sentence ("offered his condolences", "on the
# anniversary of", "a message posted on social media", "in a message on X"): no letter to the congratulated.
_OTHER_OCCASIONS = frozenset(
    {
        "condolence",
        "condolences",
        "anniversary",
        "post",
        "social",
        "media",
        "facebook",
        "x",
        "twitter",
        "video",
    }
)
