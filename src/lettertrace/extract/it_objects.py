"""A letter taken up again by a pronoun: 'A drafted a letter and persuaded B to sign it', 'C drew up a
message and B sent it to D'. The verb of sending or signing whose object is 'it' tells who sent the
letter and to whom, where the noun's own sentence does not (a draft, a letter written by aides). The
pronoun's letter is the nearest communication noun before it, in its sentence or the one before. Not
a letter sent back ('sent it back to A': returned, not sent by its writer), nor a carrier's verb
('forwarded it', 'handed it over': the one who carries it is no sender)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_number
from .arguments import ArgumentFiller
from .draft import Draft
from .lexicon import blocked, noun_kind

IT_VERBS = frozenset({"send", "sign", "dispatch", "mail", "address", "cable", "telegraph", "post"})


class ItObjects(ArgumentFiller):
    def _letters_taken_up(self) -> None:
        for it in self.doc:
            if it.lower_ != "it" or it.dep_ != "dobj" or it.head.lemma_.lower() not in IT_VERBS:
                continue
            verb = it.head
            if blocked(verb) or any(c.lower_ == "back" for c in verb.children):
                continue
            noun = _antecedent(it)
            if noun is None:
                continue
            subj = self._subjects(verb)
            sender = subj[0] if subj else None
            to = [p for p in self._prep_parties(verb, ("to",)) if p is not sender]
            d = next((x for x in self.drafts if x.trigger.i == noun.i), None)
            if d is None and sender is not None:
                kind = noun_kind(noun) or "letter"
                d = self._add(Draft(kind=kind, trigger=noun, sender=sender, recipients=to))
            elif d is not None and d.kind != "call":
                if d.sender is None and sender is not None and sender not in d.recipients:
                    d.sender = sender
                if not d.recipients and to:
                    d.recipients = to
            if d is not None:
                d.anchors.append(verb.i)


def _antecedent(it: Token) -> Token | None:
    """The nearest written communication named before the pronoun, in its sentence or the one before."""
    doc, n = it.doc, sent_number(it)
    for t in reversed(doc[: it.i]):
        if sent_number(t) < n - 1:
            return None
        if t.pos_ in ("NOUN", "PROPN") and (kind := noun_kind(t)) is not None:
            return t if kind != "call" and t.head.i != it.head.i else None
    return None
