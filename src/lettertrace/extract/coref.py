"""In-report resolution: a role description, 'his counterpart', an institution or a pronoun resolves to
the party this report names."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from .. import names
from ..body_names import short_in_brackets
from ..models import PartyType
from ..name_shorts import after_an_article, body_by_initials, short_form_either
from ..names import org_key
from .bodies import body_headed_by, body_named_before
from .byline_roles import from_holder
from .comma_names import role_end, set_off_holder
from .counterparts import CounterpartResolution
from .disguised import _subject_in_disguise
from .family_names import first_of_family
from .first_person import byline_self, labelled_self
from .former_latter import former_or_latter
from .handles import handle_person
from .holders_between import person_between
from .honoured import TOPICAL, posted_holder
from .kin import kin_of_another
from .lexicon import noun_kind
from .mentions import (
    INSTITUTION_HEADS,
    PRONOUNS,
    ROLE_HEADS,
    Party,
    _add_role,
    _head_word,
    _np_text,
    _parenthetical_after,
    strip_titles_article,
)
from .office_initials import initials_holder, office_set_before
from .our_leader import our_leader
from .own_subject import own_subject
from .partners import ABBREVIATED_ADDRESS, HONORIFIC_HEADS, partners_of
from .principals import courier_principal
from .remit_bodies import remit_body
from .reporters import reporter_of
from .role_forms import note_role_form
from .salience import titled
from .speech_words import SPEECH_VERBS, TELLING
from .state_spans import office_place_end
from .styled import styled_holder
from .syntax import COURIER_HEADS, STAFF_HEADS

# Heads of phrases whose possessor is another person than the one they name ("Berg's adviser",
# "the president's wife", "her predecessor").
RELATIONAL_HEADS = frozenset(
    {
        *STAFF_HEADS,
        *COURIER_HEADS,
        "deputy", "successor", "predecessor", "rival", "ally", "friend", "wife", "husband", "son",
        "daughter", "brother", "sister", "father", "mother", "secretary", "assistant", "lawyer",
    }
)  # fmt: skip


# Legislatures a report may name in lower case with no article ("wrote to parliament", "told congress").
_LEGISLATURES = frozenset({"parliament", "congress", "senate"})


class InReportResolution(CounterpartResolution):
    """Resolution of mentions inside one report: roles, counterparts, institutions and pronouns to parties."""

    doc: Doc
    parties: list[Party]
    tok2party: dict[int, int]
    mentions: list[tuple[int, int, int]]
    resolved: dict[int, int]
    new_role_party: Callable[[Token], Party]

    def _find_person(self, text: str, surface: str | None = None) -> Party | None:
        """The person ``text`` names here: of several ("Sheikh Omar" beside "Sheikh Omar bin Ali" and
        "Prince Omar bin Saad"), one the report wrote with the same words before ("Sheikh Omar ..."),
        else the fullest name."""
        one = (
            names.fold(text).lower() if " " not in text.strip() else None
        )  # 'Lula' of 'Luiz "Lula" da Silva'
        cands = [
            p
            for p in self.live()
            if p.ptype == "person"
            and (names.same_person(p.name, text) or one is not None and one in _one_word_forms(p))
        ]
        # "M. K. Gandhi" beside "Mohandas Karamchand Gandhi" (or the other way), 'Vial' of 'Ernesto Vial Correa'
        if not cands:
            people = [p for p in self.live() if p.ptype == "person"]
            fit = [p for p in people if names.initials_either(p.name, text)]
            fit = fit or [p for p in people if names.first_of_two_surnames(text, p.name)]
            if not after_an_article(self.doc, text):  # "Jokowi", "AMLO" (not "the KGB")
                fit = fit or [p for p in people if short_form_either(text, p.name)]
            cands = fit if len(fit) == 1 else []
        if len(cands) > 1 and surface is not None:
            head = names.fold(surface)
            led = [p for p in cands if any(names.fold(s).startswith(head + " ") for s in p.surfaces)]
            cands = led or cands
        if len(cands) > 1:  # "Han" beside "Han Do-yun" and "Lee Seung-han": the one it is a whole word of
            words = names.fold(text).lower().split()
            whole = [p for p in cands if set(words) <= set(names.fold(p.name).lower().split())]
            cands = whole or cands
            cands = [p for p in cands if not kin_of_another(p, cands)] or cands  # "Adams" beside his son
        best = first_of_family(cands, one)  # "Kim" of "Kim A-b" beside spokesman "Kim C-d": the first named
        for p in cands if best is None else []:
            if best is None or len(p.name) > len(best.name):
                best = p
        return best

    def short_of_person(self, text: str, start: int) -> bool:
        """'AMLO' tagged as a body after "Andrés Manuel López Obrador": the short form of one person named."""
        if (
            text.lower().startswith("the ")
            or " " in text.strip()
            or start
            and self.doc[start - 1].lower_ == "the"
        ):
            return False  # "the KGB": a body, whoever's initials spell it
        fit = [p for p in self.live() if p.ptype == "person" and short_form_either(text, p.name)]
        return len(fit) == 1

    def _new(self, name: str, ptype: PartyType, first: int) -> Party:
        p = Party(key=len(self.parties), name=name, ptype=ptype, first=first)
        self.parties.append(p)
        return p

    def _titled_holder(self, tok: Token) -> Party | None:
        """'the 77-year-old Grand Mufti' after 'Grand Mufti Omar Hadi': a title with no name is the one
        person the report names with that title."""
        words = [
            names.fold(c.text).strip(".") for c in tok.lefts if c.dep_ == "compound" and c.text[:1].isupper()
        ] + [names.fold(tok.text).strip(".")]
        if not all(w in names.title_words() for w in words):
            return None
        title = " ".join(words) + " "
        others = partners_of(self.doc, self.tok2party, tok)  # "the Chancellor and Chancellor B": not B
        hits = [
            p
            for p in self.live()
            if p.ptype == "person"
            and p.key not in others
            and any(names.fold(x).startswith(title) for x in p.surfaces)
        ]
        return hits[0] if len(hits) == 1 else None

    def quoted_self(self, tok: Token) -> Party | None:
        """'"I sent a letter to the king," the president said': a speaker's 'I' inside his own quoted words
        is that speaker."""
        from .quotescan import quote_spans
        from .speakers import find_speaker

        cache = self.doc.user_data.setdefault("lettertrace_quotes", {})
        qs = next((q for q in quote_spans(self.doc) if q.start <= tok.idx < q.end), None)
        if qs is None:
            return None
        if qs.start not in cache:
            # a speech verb inside the quote ("I thank him ...") asks again for its speaker: no one yet
            cache[qs.start] = None
            cache[qs.start] = find_speaker(self.doc, self, [], qs)[0]  # type: ignore[arg-type]
        who: Party | None = cache[qs.start]
        return who if who is not None and who.ptype == "person" else None

    def party_at(self, tok: Token) -> Party | None:
        """The party named by the noun phrase headed by ``tok`` (name, role, institution, pronoun)."""
        return note_role_form(self, tok, self._party_at(tok))

    def _party_at(self, tok: Token) -> Party | None:
        if tok.i in getattr(self, "resolved", {}):
            return self.parties[self.resolved[tok.i]]
        if tok.text.startswith("@") and len(tok.text) > 3:
            return handle_person(tok.text, self.parties)  # "a call with @ElenaRuizMX"
        own = self.parties[self.tok2party[tok.i]] if tok.i in self.tok2party else None
        if tok.text.isupper() and tok.lower_ not in ROLE_HEADS and (own is None or own.name == tok.text):
            initialled = initials_holder(
                tok, self.live(), self.tok2party
            )  # "the HR/VP": the office given in full
            if initialled is not None:
                initialled.add_surface(_np_text(tok))
                return initialled
        if own is not None and own.ptype == "person":
            return own
        if (
            tok.lower_ in ("latter", "former")
            and tok.dep_ != "amod"
            and any(c.lower_ == "the" for c in tok.children)
        ):
            return former_or_latter(self, tok)
        if _head_word(tok) in HONORIFIC_HEADS or tok.text.replace(".", "") in ABBREVIATED_ADDRESS:
            # "His Highness the Crown Prince", "HM the King": the role in apposition says who, unless a
            # name in apposition beside it does ("His Highness the Prime Minister Sheikh A B")
            named = _apposed_person(self, tok)
            if named is not None:
                return named
            appos = next((c for c in tok.children if c.dep_ == "appos" and _head_word(c) in ROLE_HEADS), None)
            if appos is not None and _head_word(appos) not in HONORIFIC_HEADS:
                return self.party_at(appos)
        role_head = tok.pos_ in ("NOUN", "PROPN") and _head_word(tok) in ROLE_HEADS
        if role_head:
            inner = self._person_in_subtree(tok) or self._apposed_name(tok) or self._named_right_after(tok)
            if inner is not None:
                return inner
        if own is not None:
            return (self.resolve_role(tok) or self._office_named_before(tok) or own) if role_head else own
        if not role_head and (styled := styled_holder(self, tok)) is not None:
            return styled
        if _head_word(tok) == "counterpart":
            return self.counterpart(tok)
        if (principal := courier_principal(self, tok)) is not None:
            return principal  # "the envoy handed over a message from his principal"
        for child in tok.children:
            if child.dep_ == "appos" and tok.pos_ == "PROPN" and child.conjuncts and not titled(tok):
                continue  # "A, B and C wrote": B and C hang on A as a list, B names no title A is called
            if child.dep_ in ("appos", "compound", "flat") and child.i in self.tok2party:
                p = self.parties[self.tok2party[child.i]]
                if p.ptype == "person" and not person_between(
                    self.doc, self.tok2party, self.parties, tok.i + 1, child.left_edge.i, p.key
                ):
                    _add_role(p, _np_text(tok, stop_at=child.left_edge.i))
                    return p
                if (
                    p.ptype == "org"
                    and child.dep_ == "appos"
                    and tok.text.islower()
                    and _head_word(tok) in INSTITUTION_HEADS
                ):
                    return p  # "the country's largest union, the X Federation of Workers,": the body named
        if tok.lower_ in PRONOUNS:
            return reporter_of(self, tok) or self.salient_person(tok.i, own_subject(self, tok))
        if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass"):
            return self._body_saying(tok)
        aged = (
            tok.lower_.endswith("-year-old")
            or tok.lower_ == "old"
            and any(c.lemma_ == "year" for c in tok.children)
        )  # spaCy splits "71-year-old" into "71 - year - old"
        if aged and tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children):
            return self.salient_person(tok.i)  # "The 71-year-old received a call": an epithet of age
        if tok.lower_ in ("i", "me", "my"):
            return self.quoted_self(tok) or labelled_self(self, tok) or byline_self(self, tok)
        if tok.lower_ == "our" and tok.dep_ == "poss" and noun_kind(tok.head):
            # "In our letter, we asked": the letter of the 'I' who wrote it with others (not in a quote:
            # "Our message to X is simple" is a speech's)
            return labelled_self(self, tok) or byline_self(self, tok)
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not role_head and not body_by_initials(tok):
            known = self._find_person(tok.text)  # a surname spaCy did not tag ("PM Modi had written")
            if known is not None and len(names.core_tokens(known.name)) >= 2:
                self.tok2party[tok.i] = known.key
                known.add_surface(tok.text)
                return known
        if role_head:
            return (
                from_holder(self.doc, self.parties, tok)
                or self.resolve_role(tok)
                or self._office_named_before(tok)
            )
        if tok.text[:1].isupper() and names.fold(tok.text).strip(".") in names.title_words():
            return self._titled_holder(tok)
        if _head_word(tok) in INSTITUTION_HEADS and tok.tag_ != "NNS":
            return self.institution(tok)
        if tok.tag_ == "NN" and tok.text.islower() and [c.lower_ for c in tok.children] == ["the"]:
            return body_headed_by(self.live(), tok)  # "the forum": the Norland Rights Forum named before
        return None

    def _office_named_before(self, tok: Token) -> Party | None:
        """An office the report set before one name alone ("the High Representative ..., A B"), or "the head
        of our state" (the outlet's own leader): the person, where the role resolver found none."""
        live = self.live()
        return office_set_before(tok, _np_text(tok), live, self.tok2party) or our_leader(tok, live)

    def _body_saying(self, tok: Token) -> Party | None:
        """'The ministry said (that) it had sent a note to B': 'it' is the body or state whose statement
        the clause is; so is 'it' in a clause on the main verb's object ("published the letter it sent")."""
        clause = tok.head
        say = clause.head
        if clause.dep_ == "relcl" and say.dep_ in ("dobj", "nsubjpass"):
            say = say.head  # "The association published the letter it had sent to B": the main subject
        elif clause.dep_ != "ccomp" or say.lemma_.lower() not in SPEECH_VERBS | TELLING:
            return None
        subj = next((c for c in say.children if c.dep_ == "nsubj"), say.head if say.dep_ == "acl" else None)
        p = self.party_at(subj) if subj is not None and subj.lower_ != "it" else None
        return p if p is not None and p.ptype in ("org", "state") else None

    def institution(self, tok: Token) -> Party | None:
        """'Egypt's permanent mission to the UN', 'the board of the Spinelli Group': an organisation as party."""
        poss = next((c for c in tok.lefts if c.dep_ == "poss"), None)
        if (
            poss is not None
            and tok.lemma_.lower() == "office"
            and not any(c.dep_ == "prep" for c in tok.rights)
        ):
            if poss.lower_ in ("his", "her"):
                return self.salient_person(
                    poss.i
                )  # "A said his office sent a letter": A's own bureau, A acting
            owner = self.parties[self.tok2party[poss.i]] if poss.i in self.tok2party else None
            if (
                owner is not None
                and owner.ptype == "person"
                and all(c.dep_ in ("poss", "det") for c in tok.lefts)
            ):
                return owner  # "King B's office acknowledged the message": B's own bureau (not "B's press office")
        inside = [self.parties[self.tok2party[t.i]] for t in tok.subtree if t.i in self.tok2party]
        named_by = any(  # "the Ostmark embassy": a proper name modifies the body, whatever spaCy tagged
            c.dep_ in ("compound", "amod", "poss") and c.text[:1].isupper() and c.pos_ in ("PROPN", "ADJ")
            for c in tok.lefts
        )
        titled = (
            tok.text[:1].isupper()
            and any(  # "the Embassy of Vestria": a body's proper name
                c.dep_ == "prep"
                and c.lower_ in ("of", "for")
                and any(g.text[:1].isupper() for g in c.children)
                for c in tok.rights
            )
        )
        if tok.lemma_.lower() in _LEGISLATURES and tok.text.islower() and not list(tok.lefts):
            np = tok.text.capitalize()  # "a letter sent to parliament": the one legislature, as a name
            return body_named_before(self.live(), tok.text, tok.i) or self._org_named(np, tok.i)
        if not any(p.ptype in ("org", "state") for p in inside) and not named_by and not titled:
            bare = [c.lower_ for c in tok.children] == ["the"] and tok.tag_ == "NN"
            return body_named_before(self.live(), tok.text, tok.i) if bare else remit_body(self, tok)
        bracket = short_in_brackets(tok)  # "The Committee on X (CX)": the name stops before its short form
        np = strip_titles_article(
            re.sub(r"['’]s?$", "", _np_text(tok, bracket[0] if bracket else None)).strip()
        )
        if tok.lemma_.lower() == "government":  # "the Norwegian government" is Norway as a party
            state = self._state_named(tok)
            if state is not None:
                state.add_surface(np)
                return state
        p = self._org_named(np, tok.i)
        abbr = bracket[1] if bracket else _parenthetical_after(self.doc[tok.left_edge.i : tok.i + 1])
        if abbr:  # "The Norland Football Association (NFA)"
            p.add_surface(abbr)
            p.add_surface(f"{np} ({abbr})")
        return p

    def _org_named(self, np: str, at: int) -> Party:
        """The organisation of that name the report knows, or a new one first named at token ``at``."""
        key = org_key(np)
        for p in self.live():
            if p.ptype == "org" and org_key(p.name) == key:
                return p
        p = self._new(np, "org", at)
        p.add_surface(np)
        return p

    def _state_named(self, tok: Token) -> Party | None:
        """The state a modifier of ``tok`` names, by its name or the adjective made from it."""
        import os

        for c in tok.lefts:
            if c.dep_ not in ("amod", "compound", "poss") or not c.text[:1].isupper():
                continue
            word = names.fold(c.text.replace("’", "'").split("'")[0])
            for p in self.live():
                if p.ptype != "state":
                    continue
                name = names.fold(p.name)
                if word == name or len(os.path.commonprefix([word, name])) >= max(4, len(name) - 2):
                    return p
        return None

    def _apposed_name(self, tok: Token) -> Party | None:
        """'the Emir of Ostmark, Sheikh Said Hamdan, ...' with the name hung elsewhere by the parser: a person
        named right after the comma that closes the role's phrase."""
        doc = self.doc
        cut = office_place_end(tok)  # "the Prime Minister of Saint Vincent and the Grenadines, A B": the
        i = tok.right_edge.i + 1 if cut is None else cut + 1  # state's name cut, its rest and A B hung apart
        if i >= len(doc) or doc[i].text != ",":
            return None
        if i + 1 >= len(doc) or not (doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN"):
            return None  # ", while X ...", ", who ...": no name in apposition
        for t in doc[i + 1 : i + 7]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "ADP"):
                return None
            key = self.tok2party.get(t.i)
            if key is not None:
                p = self.parties[key]
                end = t.i
                while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                    end += 1
                the = end + 2 < len(doc) and doc[end + 2].lower_ == "the"
                if (
                    end + 2 + the < len(doc)
                    and doc[end + 1].lower_ == "of"
                    and doc[end + 2 + the].pos_ == "PROPN"
                ):
                    end += (
                        2 + the
                    )  # "Ambassador B of (the) Calvera(n Republic) said": past the place he serves
                    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                        end += 1
                if end + 1 < len(doc) and doc[end + 1].pos_ in ("VERB", "AUX"):
                    return None  # "in the name of the pontiff, Cardinal X conveyed": X begins the clause
                return p if p.ptype == "person" else None
        return None

    def _named_right_after(self, tok: Token) -> Party | None:
        """'Minister for Foreign Affairs A B' with the name hung elsewhere by the parser: a person named
        right after the office's own words (written as a title, with an 'of' or 'for' phrase), on the
        same line with nothing between, holds it."""
        end = tok.right_edge.i + 1
        if not tok.text[:1].isupper() or end >= len(self.doc) or end - tok.i < 3:
            return None
        if not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.rights):
            return None
        nxt, last = self.doc[end], self.doc[end - 1]
        if nxt.ent_iob_ != "B" or nxt.ent_type_ != "PERSON" or last.is_punct or "\n" in last.whitespace_:
            return None
        key = self.tok2party.get(nxt.i)
        if key is None or self.parties[key].ptype != "person":
            return None
        _add_role(self.parties[key], _np_text(tok))
        return self.parties[key]

    def _person_in_subtree(self, tok: Token) -> Party | None:
        held = set_off_holder(self.doc, self.tok2party, self.parties, tok)
        if held is not None:  # "between the President of X, A, and the President of Y, B"
            _add_role(self.parties[held], _np_text(tok, stop_at=role_end(tok) + 1))
            return self.parties[held]
        stacked = tok.text[:1].isupper() and not any(c.dep_ == "det" for c in tok.children)
        another = _head_word(tok) in RELATIONAL_HEADS  # "Berg's adviser" is not Berg
        others = {
            t.i
            for c in tok.children
            if c.dep_ in ("relcl", "acl")
            or c.dep_ in ("conj", "cc")
            and not stacked
            or another
            and (c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of")
            for t in c.subtree
        }  # "the Norland president and PM X": X is another party ("General Secretary and President X": one)
        others |= {
            t.i
            for w in tok.subtree
            if w.dep_ == "poss"
            and w.head.pos_ == "NOUN"
            and w.head.dep_ == "pobj"
            and w.head.head.lower_ == "of"
            for t in w.subtree
        }  # "the head of Aalborn's cabinet": Aalborn has the cabinet, another heads it
        others |= {
            t.i for c in tok.children if c.dep_ == "appos" and _subject_in_disguise(c) for t in c.subtree
        }  # "In a letter addressed to the minister, the opposition leader, A, demanded": A is the subject
        named = [
            t for c in tok.rights if c.dep_ in ("appos", "flat", "compound") for t in c.subtree
        ]  # "his Ostmark counterpart Lena Vass": the name in apposition before any modifier on the left
        for t in [*named, *tok.subtree]:
            if t.i in others:
                continue
            if (
                t.dep_ == "prep"
                and t.head.i == tok.i
                and (t.lower_ in TOPICAL or t.lower_ == "on" and tok.text.islower())
            ):
                break  # "his counterpart on the situation in X": X is what they talked of
            if t.dep_ == "prep" and t.lower_ in ("to", "from", "by", "with") and t.head.i == tok.i:
                post = posted_holder(self.doc, self.tok2party, self.parties, t)
                if post is None:
                    break
                p = self.parties[post[0]]  # "Sylvania's envoy to the UN Linda Reed": she holds the post
                _add_role(p, _np_text(tok, stop_at=post[1]))
                return p
            key = self.tok2party.get(t.i)
            if key is not None and self.parties[key].ptype == "person":
                if person_between(self.doc, self.tok2party, self.parties, tok.i + 1, t.left_edge.i, key):
                    return None  # "President of X A, President of Y B": A holds this office, not B
                p = self.parties[key]
                _add_role(p, _np_text(tok, stop_at=t.left_edge.i))
                return p
        return None


def _apposed_person(res: InReportResolution, tok: Token) -> Party | None:
    """The one person named in apposition to a form of address ("His Highness the Prime Minister Sheikh
    A B": the role and the name both hang on "Highness"), when a role is set beside that name: the
    role is the name's title, not a second party."""
    appos = [c for c in tok.children if c.dep_ == "appos"]
    if not any(_head_word(c) in ROLE_HEADS for c in appos):
        return None
    people = {
        res.tok2party[c.i]
        for c in appos
        if c.i in res.tok2party and res.parties[res.tok2party[c.i]].ptype == "person"
    }
    return res.parties[people.pop()] if len(people) == 1 else None


def _one_word_forms(p: Party) -> set[str]:
    """The one-word forms the report writes for ``p`` (a nickname, a surname), folded."""
    return {names.fold(f).lower() for f in p.surfaces if " " not in f.strip()}
