"""Written greetings sent to a group that the next sentence names one by one: "A sent congratulatory
telegrams to the leaders of neighbouring countries. On Thursday, the President congratulated B, C and D." The
verb of greeting says what the texts said, and its objects are the group's members: one message from A to
each of them, in place of the message to the group. Only a plural ("telegrams", "messages") sent to a group,
and only a verb whose subject is the writer (by name, office or pronoun), in one of the two sentences after
it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import names
from .draft import Draft
from .index import PartyIndex
from .mentions import Party
from .merge_writers import role_only

_GREETING_VERBS = frozenset({"congratulate", "greet", "felicitate"})
_REACH = 2  # sentences after the group's


def greeted_members(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> None:
    """Replace each written act to a group by one act to each member a verb of greeting names after it
    (the list is changed in place)."""
    for g in list(drafts):
        if not _to_a_group(g):
            continue
        people = _greeted_after(doc, idx, g)
        if not people:
            continue
        drafts.remove(g)
        for tok, p, verb in people:
            new = Draft(g.kind, tok, g.sender, [p], verb=verb)
            new.sentences.extend([*g.sentences, (tok.sent.start_char, tok.sent.end_char)])
            new.anchors.extend([g.trigger.i, *g.anchors])
            drafts.append(new)


def _to_a_group(d: Draft) -> bool:
    return (
        d.kind_class == "written"
        and d.sender is not None
        and bool(d.recipients)
        and all(r.group or role_only(r) for r in d.recipients)
        and d.trigger.tag_ in ("NNS", "NNPS")
    )


def _greeted_after(doc: Doc, idx: PartyIndex, g: Draft) -> list[tuple[Token, Party, Token]]:
    """The people a verb of greeting whose subject is the writer names as its objects, in one of the two
    sentences after the group act's (each with the token that names them and the verb); [] when any object
    is a body, a group or the writer."""
    sent = g.trigger.sent
    at = sent.end
    for _ in range(_REACH):
        if at >= len(doc):
            break
        nxt = doc[at].sent
        for v in nxt:
            if v.pos_ != "VERB" or v.lemma_.lower() not in _GREETING_VERBS:
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None or not _the_writer(idx, subj, g):
                continue
            found: dict[int, tuple[Token, Party, Token]] = {}
            for o in (t for c in v.children if c.dep_ == "dobj" for t in c.subtree):
                p = idx.party_at(o)  # (the state a president is "of" is no addressee)
                if p is not None and p.ptype != "state" and id(p) not in found:
                    found[id(p)] = (o, p, v)
            if found and all(
                p.ptype == "person" and not p.group and p is not g.sender for _, p, _ in found.values()
            ):
                return list(found.values())
        at = nxt.end
    return []


def _the_writer(idx: PartyIndex, subj: Token, g: Draft) -> bool:
    """The subject is the group act's writer: by name, office or pronoun, or an office the report gives
    no holder ("the Norland President" after "Head of State A sent telegrams")."""
    p = idx.party_at(subj)
    if p is not None:
        return p is g.sender
    return (
        subj.lower_.strip(".") in names.title_words()
        and any(c.lower_ == "the" for c in subj.children)
        and not any(t.ent_type_ == "PERSON" for t in subj.subtree)
    )
