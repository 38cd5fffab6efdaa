"""Parties of a letter told before and now told in the passive ("The letters were conveyed by the
ambassador ... to the Secretary General"): its agent writes it unless a courier carried it, and the last
'to' under the verb names its addressees (part of the argument filler)."""

from __future__ import annotations

from spacy.tokens import Token

from .clause_readers import ClauseReader
from .lexicon import cues
from .lists import party_list_after
from .mentions import Party
from .prep_lists import SOURCE_WORDS
from .syntax import COURIER_HEADS, _head_word_of, _is_courier, _uniq


class PassiveAnaphora(ClauseReader):
    """Part of the argument filler: a letter told before, in the passive."""

    def _passive_anaphor(self, verb: Token) -> tuple[Party | None, list[Party]]:
        """'The letters were conveyed by the ambassador ... to the Secretary General': couriers are not senders;
        nor is whoever carried a letter told before ('The missive was delivered in hand by the foreign
        minister': a carry verb's agent is the letter's bearer, whatever his office)."""
        if verb.lemma_.lower() in cues()["carry_verbs"]:
            return None, self._passive_anaphor_to(verb)
        agent = self._prep_party(verb, ("by",))
        agent_tok = next(
            (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
        )
        if agent_tok is not None and _head_word_of(agent_tok) in COURIER_HEADS:
            agent = None
        return agent, self._passive_anaphor_to(verb)

    def _passive_anaphor_to(self, verb: Token) -> list[Party]:
        """The parties of the last 'to' under the verb naming a non-courier ("to A and B"); an envoy's 'to' names
        his post, no addressee, unless it names a person ("by the ambassador to X", "envoy C, to B")."""
        tos = [t for t in verb.subtree if t.dep_ in ("prep", "dative") and t.lower_ == "to"]
        for prep in reversed([t for t in tos if t.head.lower_ not in SOURCE_WORDS]):
            listed = party_list_after(self.doc, self.idx, prep)  # the parse of "to A and B" may lose A
            parties = [p for p in _uniq([*listed, *self._pobj_parties(prep)]) if not _is_courier(p)]
            if prep.head.lower_ in COURIER_HEADS:
                parties = [p for p in parties if p.ptype == "person"]
            if parties:
                return parties
        return []
