"""Answers given in public, not sent: 'In response to A's letter, B told reporters ...', 'B released a
statement in response to A's letter', 'B spoke with A in response to A's letter' (talk, or a call)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cues, noun_kind

# Those a statement is made to: "told reporters" is no reply sent to the writer.
PRESS = frozenset("reporter journalist press media medium correspondent".split())
# Verbs of answering in talk, not in a text sent.
SPOKEN = frozenset("speak talk chat converse confer meet".split())


def _statement_in_response(noun: Token, verb: Token | None) -> bool:
    """'In response to A's letter, B told reporters that ...': a bare 'in response/reply to' (no 'her
    reply') on 'told' the press, with no letter or message of B's named in the clause, tells of what B
    said in public, not of a reply B sent ('In response to A's letter, B said ...' stays a reply); so
    does 'B spoke with A in response to A's letter' (talk, or a call)."""
    if verb is None or noun.head.lower_ != "in" or any(c.dep_ == "poss" for c in noun.children):
        return False
    events = {e.split()[-1] for e in cues()["non_comm_events"]}  # "B released a statement in response to ..."
    objs = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    sent = verb.lemma_.lower() in cues()["post_verbs"] or any(_to_someone(c) for c in verb.children)
    public = not sent and not any(map(noun_kind, objs)) and any(o.lemma_.lower() in events for o in objs)
    if verb.lemma_.lower() in SPOKEN or public:  # (not "B sent a statement to A in response": sent to A)
        return True  # "B spoke with A in response to A's letter": an answer in talk (a call, if by phone)
    told = verb.lemma_.lower() == "tell" and any(
        c.dep_ in ("dobj", "dative") and c.lemma_.lower() in PRESS for c in verb.children
    )
    if not told:
        return False
    answered = {g.i for c in noun.children if c.dep_ == "prep" for g in c.subtree}
    return not any(noun_kind(t) is not None and t.i not in answered for t in verb.subtree if t.i != noun.i)


# Those a statement is read or released to in public: "a statement to reporters / the press / parliament".
_PUBLIC = frozenset({"reporter", "journalist", "press", "media", "parliament", "public", "website", "nation"})


def _to_someone(prep: Token) -> bool:
    """'to A' on the verb, A no public ("sent a statement to A in response": to A; not "to reporters")."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and not any(g.dep_ == "pobj" and g.lemma_.lower() in _PUBLIC | PRESS for g in prep.children)
    )
