"""'The Labour Party has written to the Board. The letter, signed by the party's general secretary, A, asks
...', 'In the reply signed on Friday by the Board's chairman, B, the board said ...': a body's letter signed
by a named person is that person's (the one who answers for its words); the signer of the letter a body is
told to have sent, named on that letter or on 'the letter' that takes it up in the next sentences, becomes
its sender. A person's letter signed by another ('signed by C on the Minister's behalf') stays the
principal's: only a body's, a state's or a group's sender gives way ("Three experts wrote ... The letter,
signed by A with B and C": A, its first signer)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_number
from .draft import Draft
from .index import PartyIndex
from .lexicon import blocked, cues, noun_kind
from .mentions import Party
from .merge_writers import role_only

# How many sentences after a body's letter 'the letter' signed by someone may take it up.
REACH = 2


def body_letters_signed(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Make the named signer the sender of the body's letter each signing tells (in place)."""
    for verb in idx.doc:
        if verb.lemma_.lower() != "sign" or verb.tag_ != "VBN" or _cosigned(verb) or blocked(verb):
            continue  # "co-signed by C": one of several, not the first; "was not signed by C"
        noun = _signed_noun(verb)
        signer = _signer(idx, verb)
        if noun is None or signer is None:
            continue
        own = [d for d in drafts if d.trigger.i == noun.i]
        fresh = any(
            d.sender is not None and d.sender.ptype == "person" and d.sender is not signer for d in own
        )
        dated = any(_earlier(t) for t in verb.subtree)  # "signed by C last year": another, older letter
        taken_up = _told_before(drafts, noun) if _definite(noun) and not fresh and not dated else []
        for d in own + taken_up:
            if signer in d.recipients:
                continue
            if (
                d.sender is None
                and d in own
                or d.sender is not None
                and (d.sender.ptype != "person" or d.sender.group)
            ):
                _answers_to(drafts, d, signer)
                d.sender = signer


def _answers_to(drafts: list[Draft], d: Draft, signer: Party) -> None:
    """The replies to ``d`` were sent to its former writer (the body): they go to the signer (in place)."""
    for r in drafts:
        if r.reply_to is d and d.sender is not None:
            r.recipients = [signer if p is d.sender else p for p in r.recipients]


def _signed_noun(verb: Token) -> Token | None:
    """The letter the participle or passive tells signed: 'the letter, signed by A', 'the letter was signed
    by A' (a letter, message or reply noun)."""
    if verb.dep_ == "conj" and verb.head.dep_ in ("acl", "relcl"):
        verb = verb.head  # "the letter, dated 8 March and signed by A": the participles share the letter
    noun = verb.head if verb.dep_ in ("acl", "relcl") else None
    if noun is None:
        noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if noun is None or noun.i == verb.i:
        return None
    return (
        noun
        if noun_kind(noun) in ("letter", "message") or noun.lemma_.lower() in cues()["reply_nouns"]
        else None
    )


def _signer(idx: PartyIndex, verb: Token) -> Party | None:
    """The person the agent of signing names ('by A', 'by the party's secretary, A'), else None (an office
    with no name read at it is no signer: "signed by the Special Rapporteur")."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents:
        return None
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in agents[0].children):
        return None  # "signed by her chief of staff, C": an aide signing for a person, whose letter it stays
    appos = [a for a in agents[0].children if a.dep_ == "appos"]  # "by the board's chairman, A": A
    named = idx.party_at(appos[0]) if appos else None
    who = named if named is not None and named.ptype == "person" else idx.party_at(agents[0])
    return who if who is not None and who.ptype == "person" and not who.group and not role_only(who) else None


def _cosigned(verb: Token) -> bool:
    """'co-signed', 'countersigned' (spaCy splits 'co-signed' into 'co', '-', 'signed')."""
    doc = verb.doc
    return (
        verb.lower_ != "signed"
        or verb.i >= 2
        and doc[verb.i - 1].text == "-"
        and doc[verb.i - 2].lower_ == "co"
    )


def _earlier(tok: Token) -> bool:
    """A word of a date that sets the signing back ('last year', 'two years ago')."""
    return tok.ent_type_ == "DATE" and tok.lower_ in ("last", "ago", "earlier", "previous", "before")


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)


def _told_before(drafts: list[Draft], noun: Token) -> list[Draft]:
    """The last written act told in the sentences just before ``noun`` (or in its own), if a body's."""
    n = sent_number(noun)
    before = [
        d
        for d in drafts
        if d.kind != "call" and d.trigger.i < noun.i and 0 <= n - sent_number(d.trigger) <= REACH
    ]
    last = before[-1] if before else None
    return (
        [last]
        if last is not None
        and last.sender is not None
        and (last.sender.ptype != "person" or last.sender.group)
        else []
    )
