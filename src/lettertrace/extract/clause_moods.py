"""Clauses whose mood says an act did not (yet) happen: a headline's future ("A to call B"), a condition
opened by its auxiliary ("Had A called B"), a yes-no question ("Did A receive a letter from B?")."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_of


def _headline_future(verb: Token) -> bool:
    """'A to call B': an infinitive with no finite verb in its sentence, a headline's future."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and _no_finite_verb(verb)


def _no_finite_verb(verb: Token) -> bool:
    """No finite verb in the sentence but a trailing attribution ("A to call B, says aide")."""
    sent = sent_of(verb)
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not _attribution(t, verb) for t in sent)


def _attribution(t: Token, verb: Token) -> bool:
    """'..., says aide', '..., sources say': a verb of saying after a comma, after the act's verb."""
    comma = any(x.text == "," for x in t.doc[verb.i : t.i])
    return t.i > verb.i and comma and t.lemma_.lower() in ("say", "tell", "report", "claim")


def _inverted_condition(verb: Token, aux: Token) -> bool:
    """'Had A called B', 'Were A to write', 'Should A phone B': the auxiliary opens the clause before its
    subject, as a condition does."""
    if aux.dep_ != "aux" or aux.lower_ not in ("had", "were", "should"):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = aux.doc[aux.i - 1] if aux.i > 0 else None
    opens = before is None or before.is_sent_start is None or aux.is_sent_start or before.is_punct
    return subj is not None and aux.i < subj.i and bool(opens)


def _yes_no_question(verb: Token, aux: Token) -> bool:
    """'Did A receive a letter from B?', 'Has the minister spoken to B since?': the auxiliary comes before
    the subject in a sentence that ends in a question mark, with no question word before it ('When did A
    call B?' asks about a call that took place)."""
    if aux.dep_ not in ("aux", "auxpass") or aux.lemma_.lower() not in ("do", "have", "be"):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or aux.i > subj.i:
        return False
    sent = sent_of(verb)
    last = next((t for t in reversed(sent) if not (t.is_quote or t.is_space or t.text in ")]")), None)
    if last is None or last.text != "?":
        return False
    return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sent if t.i < aux.i)


# What one says of an act that may or may not come: "a call is unlikely", "a letter would be premature".
PROSPECTS = frozenset(
    "possible impossible likely unlikely realistic unrealistic feasible premature imminent inevitable necessary"
    " conceivable".split()
)


def judged_possible(noun: Token) -> bool:
    """'A call between the two leaders was not realistic at this stage', 'a letter would be premature': an
    indefinite noun ('a call', no owner, no date of its own) is the subject of 'be' with an adjective of
    prospect, a judgement on an act not (yet) made ('the call on Monday was possible because ...' was made)."""
    head = noun.head
    return (
        noun.dep_ == "nsubj"
        and head.lemma_ == "be"
        and (
            any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any") for c in noun.children)
            or noun.tag_ == "NNS"
            and not any(c.dep_ in ("det", "poss") for c in noun.children)
        )  # "a call", "another letter", "direct calls"
        and not any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)
        and any(c.dep_ == "acomp" and c.lemma_.lower() in PROSPECTS for c in head.children)
        and not any(
            c.dep_ in ("advcl", "prep") and c.i > head.i and c.lower_ in ("because", "after", "thanks")
            for c in head.children
        )
    )
