"""Who is who inside one report: people, organisations and states named by spaCy's entities, their
roles (titles, appositions) and every surface form, clustered by the name rules of lettertrace.names."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .. import names
from ..datelines import dateline_tokens, past_clock_zone
from ..models import PartyType
from ..names import content_words, org_key
from .argument_names import argument_names
from .bodies import body_named_before, fold_short_names, no_party_of_people
from .byline_roles import byline_roles
from .capitals import capital_state
from .comma_names import a_collection, a_named_day
from .groups import acronym
from .held_names import placed_name
from .kin import kin_owner
from .late_names import told_dead
from .mastheads import masthead_tokens
from .mentions import (
    INSTITUTION_HEADS,
    ORG_LABELS,
    PERSON_LABELS,
    ROLE_HEADS,
    STATE_LABELS,
    Party,
    _acronym_of,
    _countries,
    _head_word,
    _is_late,
    _juxtaposed,
    _np_text,
    _parenthetical_after,
    _role_class,
    clean_np,
    name_text,
    strip_titles,
    strip_titles_article,
    title_variants,
)
from .name_particles import address_tail, given_names_before, hyphen_head, name_tail, office_as_body
from .office_fit import (
    body_named_end,
    demonym_before_title,
    holder_apposed,
    lesser_office,
    nationality_of_counterpart,
    office_of,
    place_of_office,
    role_held,
    serves_office,
)
from .office_places import nationality_of_office, offices_span, place_before_title
from .owners import letter_owners
from .person_bodies import bodies_called_he_or_she, persons_tagged_as_bodies, titled_of_body
from .phrase_shapes import (
    _name_continues,
    _name_word,
    _of_state_after,
    _office_alone,
    _office_of_place,
    _office_only,
    _one_state_apart,
    _through_of,
    holds_name,
)
from .portfolios import holders_after_portfolio, portfolio_part
from .salience import subject_level
from .seats import place_tail
from .set_off_titles import fold_set_off_titles
from .surfaces import names_no_one, office_words, written_forms
from .titles import TitledForms
from .unnamed import UnnamedParties
from .untagged import UntaggedNames, _titled_name
from .urged import roles_of_the_urged


class PartyIndex(UnnamedParties, UntaggedNames, TitledForms):
    """Parties of one report, with lookups from tokens to parties."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.parties: list[Party] = []
        self.tok2party: dict[int, int] = {}
        self.mentions: list[tuple[int, int, int]] = []  # (token index, party key, subject level)
        self._build()

    def _build(self) -> None:
        self.ents = self._split_holders([s for e in self.doc.ents if (s := past_clock_zone(e))])  # no "GMT"
        dated = dateline_tokens(self.doc) | masthead_tokens(self.doc)  # "PUERTO SALINAS, 29 Oct (AIN).-"
        persons = [e for e in self.ents if e.label_ in PERSON_LABELS and not all(t.i in dated for t in e)]
        for ent in persons:
            if (
                not _juxtaposed(ent, persons)
                and not nationality_of_counterpart(ent)
                and not names.is_demonym(ent.text)
            ):
                self._add_person(ent)
        for span in (
            self._titled_names()
            + self._named_before_role()
            + self._named_after_role()
            + self._holders_after_place()
            + holders_after_portfolio(
                self.doc, {i for i, k in self.tok2party.items() if self.parties[k].ptype == "person"}
            )
            + letter_owners(self.doc)
        ):
            self._add_person(span)
        for span in argument_names(self.doc, set(self.tok2party)):
            self._add_person(span)
        for ent in self.ents:  # a holder in a list of places; a name tagged a place in a list of people
            listed = ent.label_ == "ORG" and self._holder_in_list(ent) or placed_name(ent, self._person_at)
            if listed and not self._covered(ent):
                self._add_person(ent)
        for ent in self.ents:
            if ent.label_ in ORG_LABELS | STATE_LABELS and not self._covered(ent):
                self._add_org(ent)
        self._people_listed_with_people()
        byline_roles(self.doc, self.parties, self.tok2party)  # "From: Prime Minister's Office and A MP"
        self._attach_roles()
        fold_short_names(self)  # "Abc" for "... Residents (Abc)"; "the Assembly" of "the House of Assembly"
        fold_set_off_titles(self)  # "the Llywydd, A B, said ...": each "the Llywydd" is A B
        roles_of_the_urged(self)  # "wrote to A B, urging the prime minister to act": A B holds it
        persons_tagged_as_bodies(self.parties)  # "Marcus Hall" (ORG) ... "Mr Hall" (PERSON): one person
        bodies_called_he_or_she(self.parties, self.mentions, self.doc)  # "A B is eighty-one; he still writes"
        self._single_names()
        self._attach_offices()
        self._sweep_surfaces()  # before the pronouns: "B answered ... in which he said" may mean a bare "B"
        self.mentions.sort()
        self._coref_pass()

    def _single_names(self) -> None:
        """'Sheikh Omar' and 'Omar Al-Rashid' in one report: a one-word name that is a word of exactly one
        longer name here is that person ("Xi" after "Xi Jinping"; "Kim" beside two Kims stays apart)."""
        persons = [p for p in self.live() if p.ptype == "person"]
        for p in persons + self._acting_words():  # "Marcelo sends condolences", 'Marcelo' tagged a body
            core = names.core_tokens(p.name)
            if not core or p.roles and p.roles[0] == p.name or self.parties[p.key] is not p:
                continue
            hits = [
                q
                for q in persons
                if q is not p
                and self.parties[q.key] is q
                and (
                    names.runs_within(p.name, q.name)
                    or core == names.core_tokens(q.name)  # the same name, once tagged a body
                    or names.initials_fit(p.name, q.surfaces)  # "M. K. Doe" beside "Mark Karl Doe"
                    or len(core) == 1
                    and any(names.core_tokens(s) == core for s in q.surfaces if " " not in s)
                )
            ]  # or the one nickname of a longer name ('Joko "Jokowi" Widodo', then "Jokowi")
            if len(hits) != 1:
                continue
            q = hits[0]
            for s in p.surfaces:
                q.add_surface(s)
            for r in p.roles:
                if r not in q.roles:
                    q.roles.append(r)
            self._fold_into(p, q)

    def _fold_into(self, p: Party, q: Party) -> None:
        """Every mention of ``p`` is a mention of ``q``; ``p``'s key now names ``q``."""
        self.parties[p.key] = q
        q.first = min(q.first, p.first)  # named as early as either was
        self.tok2party.update({i: q.key for i, k in self.tok2party.items() if k == p.key})
        self.mentions = [(i, q.key if k == p.key else k, lvl) for i, k, lvl in self.mentions]

    def _attach_offices(self) -> None:
        """Offices the alias file knows for the people named here ("Prime Minister of Australia")."""
        from ..actors import known_offices

        for p in self.live():
            if p.ptype == "person":
                p.offices = known_offices(p.name)

    def _coref_pass(self) -> None:
        """Resolve subject pronouns and role descriptions in reading order, so salience follows the text."""
        self.resolved: dict[int, int] = {}
        for tok in self.doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i in self.tok2party:
                continue
            if tok.lower_ in ("he", "she") or tok.pos_ in ("NOUN", "PROPN") and _head_word(tok) in ROLE_HEADS:
                p = self.party_at(tok)
                if p is not None:
                    self.resolved[tok.i] = p.key
                    self.note_mention(tok, p, True)
        self._role_aliases()

    def _role_aliases(self) -> None:
        """Role descriptions used as names anywhere ("Iran's Leader"): aliases of their only possible holder."""
        for tok in self.doc:
            if (
                tok.i in self.tok2party
                or tok.i in self.resolved
                or tok.dep_ == "compound"
                or tok.tag_ == "NNS"
            ):
                continue
            if tok.pos_ in ("NOUN", "PROPN") and _head_word(tok) in ROLE_HEADS:
                left = min(
                    [tok.i]
                    + [c.left_edge.i for c in tok.lefts if c.dep_ in ("poss", "amod", "compound", "det")]
                )
                np = clean_np(self.doc[left : tok.i + 1].text)
                holder = self._role_match(np, tok) if len(np.split()) >= 2 else None
                if holder is not None:
                    holder.add_surface(np)

    def _role_match(self, np: str, tok: Token) -> Party | None:
        words = {_role_class(w) for w in content_words(np)}
        head = _role_class(_head_word(tok))
        hits = [
            p for p in self.live() if p.ptype == "person" and not _is_late(p) and role_held(p, head, words)
        ]
        one = hits[0] if len(hits) == 1 else None  # (not "the spokesperson for the X, A" for "the X"):
        return None if one is None or lesser_office(np, one) or serves_office(np, one) else one

    def _covered(self, ent: Span) -> bool:
        return all(t.i in self.tok2party for t in ent)

    def _add_person(self, ent: Span) -> None:
        ent = _through_of(ent)  # "Angolan Head of" + "State": spaCy cut the office short
        ent = self.doc[ent.start : address_tail(self.doc, ent.end)]  # "Dato Seri" + "Setia A B"
        if _office_alone(ent) or a_named_day(ent) or a_collection(ent):
            return  # "Angolan Head of State" tagged a person: an office, resolved to its holder; "Australia Day"
        if len(ent) == 1 and names.is_state_word(ent.text) and self._find_person(ent.text) is None:
            return  # "a Moldovan delegation", "leave Malawi alone" with the state's word tagged a person
        if offices_span(ent) and self._find_person(ent.text) is None:
            return  # "the Pontiff", "Nuncio" tagged as a name: an office, resolved as one (but "Bishop" after "Ana Bishop")
        if (end := body_named_end(ent)) is not None:  # a body's name tagged a person's: "X's Dar movement"
            return self._add_org(Span(self.doc, ent.start, end, label="ORG"))
        if (
            (place_before_title(ent) or place_of_office(ent) or demonym_before_title(ent) or office_of(ent))
            and self._find_person(ent.text) is None
            or nationality_of_office(ent)
        ):
            return  # "Ostravia's Prime Minister Tomas Varga", "the Tajik ambassador": the place tagged a person
            # (but "Berg's deputy Piet Okoro" after "Ana Berg": the person named before)
        end = ent.end
        while end < len(self.doc) and end - ent.end < 2 and _name_continues(self.doc[end]):
            end += 1  # "Ursula von der" + "Leyen": spaCy cut the name short
        end = name_tail(self.doc, end)
        start = given_names_before(self.doc, hyphen_head(self.doc, ent.start))
        nxt = self.doc[end] if end < len(self.doc) else None
        if (
            nxt is not None
            and ent.root.dep_ == "compound"
            and ent.root.head.i == nxt.i
            and nxt.pos_ == "PROPN"
            and nxt.text[:1].isupper()
            and nxt.ent_type_ in ("NORP", "ORG", "GPE")
            and names.fold(nxt.text) not in _countries()
            and not names.fold(nxt.text).endswith(
                ("ian", "ean", "ese", "ish", "ch", "ic", "i")
            )  # a nationality
        ):
            end += 1  # "Ana Berg Lindqvist" with the surname tagged as something else: the name's head
        ent = self.doc[start:end]
        inner = next(
            (t.i for t in ent[1:-3] if self._nickname_after(t.i) is not None and t.i > ent.start), None
        )
        if inner is not None:  # 'Anna "Annie" Berg' tagged as one name: read it without its nickname
            ent = self.doc[ent.start : inner]
            end = inner
        text = name_text(ent.text)
        if names_no_one(text):
            return  # titles only, or "his Bissau-Guinean counterpart" with "Bissau" tagged a person
        if _office_of_place(ent):
            return  # "the King of Ostmark": an office, resolved to its holder where the report names one
        nick = self._nickname_after(end)
        if nick is not None:  # 'Anna "Annie" Berg', 'Anna "Annie" B. Berg': the name goes on past it
            stop = end + 3
            while stop < len(self.doc) and stop - end < 6 and _name_word(self.doc, stop):
                stop += 1  # 'Luiz "Lula" da Silva': a particle before a capitalised word goes on too
            text = " ".join([text, *(t.text for t in self.doc[end + 3 : stop])])
            ent = self.doc[ent.start : stop]
        surface = self._title_prefix(ent) + text
        party = self._find_person(text, surface)
        kin = kin_owner(self.doc, ent.start)  # "Adams's son John Quincy Adams": another person
        owner = self._find_person(kin[0]) if kin is not None else None
        if party is None or owner is not None and owner is party:
            party = self._new(strip_titles(text), "person", ent.start)
            party.roles += [f"{kin[1]} of {owner.name}"] if kin is not None and owner is not None else []
        for variant in title_variants(surface):
            party.add_surface(variant)
        if told_dead(ent):  # "the late President A"
            party.roles.insert(0, "the late " + strip_titles(text))
        party.add_surface(surface)
        party.add_surface(text)
        if nick is not None:
            party.add_surface(nick)
        for form in written_forms(ent):
            party.add_surface(form)
        bracketed = self._bracketed_nickname(ent.end)
        if bracketed is not None and names.fold(bracketed) not in {names.fold(w) for w in text.split()}:
            party.add_surface(bracketed)
        if len(names.core_tokens(text)) > len(names.core_tokens(party.name)):
            party.name = strip_titles(text)
        self._register(ent, party)

    def _holder_set_off(self, ent: Span) -> bool:
        """A person's name follows the phrase, set off by a comma ("Minister of Health, A B,")."""
        i = ent.end
        return i + 1 < len(self.doc) and self.doc[i].text == "," and self._person_at(i + 1)

    def _person_at(self, i: int) -> bool:
        k = self.tok2party.get(i)
        return k is not None and self.parties[k].ptype == "person"

    def _add_org(self, ent: Span) -> None:
        if any(self.parties[self.tok2party[t.i]].ptype == "person" for t in ent if t.i in self.tok2party):
            return  # "King of Ostmark Olaf Brandt" tagged as one ORG: the person in it is the party
        if nationality_of_counterpart(ent):
            return
        if _head_word(ent[ent[0].lower_ == "the"]) in ROLE_HEADS and (
            _office_of_place(ent) or self._holder_set_off(ent)
        ):
            return  # "the King of Ostmark", "Minister of Health and Care, A," tagged ORG: an office
        if _of_state_after(ent):
            return  # "the Permanent Representative" + "of Brazil": an office of the state named after it
        text = re.sub(r"\s*['’]s$", "", clean_np(ent.text))  # "the X Union's letter": the union
        if not text or (len(text.split()) == 1 and text[:1].islower()):
            return
        if _titled_name(ent) or self.short_of_person(ent.text, ent.start):
            self._add_person(ent)  # "Count Ferdinand Rusk" tagged as a body: a titled person; "AMLO"
            return
        if holder_apposed(ent):  # "the sports minister, Ana Lopez-Vidal" with "Lopez-Vidal" tagged a body
            start = ent.start
            while (
                start > 0
                and self.doc[start - 1].pos_ == "PROPN"
                and self.doc[start - 1].head.i in range(ent.start, ent.end)
            ):
                start -= 1
            self._add_person(self.doc[start : ent.end])
            return
        if office_as_body(ent) or portfolio_part(ent) or a_collection(ent):
            return  # "the Grand Imam", "the Sovereign" tagged as a body (resolved to the one holder named with it)
        if ent.label_ == "NORP" and no_party_of_people(ent):
            return  # "the Malaysian prime minister", "with Uzbek, Kazakh counterparts": a nationality is no party
        if ent.label_ == "GPE" and ent.root.dep_ == "compound" and _head_word(ent.root.head) in ROLE_HEADS:
            return  # "the US president": the state names the office, the party is its holder
        core = names.core_tokens(text)
        # one word, hyphenated or not ("Berg", "Saint-Fleur"), after a full name
        one_word = len(core) == 1 or " " not in text and "-" in text
        person = self._find_person(text) if one_word and text[:1].isupper() else None
        if person is None and len(core) >= 2 and all(t.pos_ == "PROPN" for t in ent):
            # the name of a person already named here, tagged ORG this time
            person = next(
                (p for p in self.live() if p.ptype == "person" and names.core_tokens(p.name) == core), None
            )
        if person is not None and (ent.label_ != "GPE" or names.fold(text) not in _countries()):
            person.add_surface(text)
            self._register(ent, person)
            return
        if capital := capital_state(ent):
            party = self._find_org(capital) or self._new(capital, "state", ent.start)
            party.add_surface(text)  # "assured Washington", "a letter to Moscow": the capital for its state
            return self._register(ent, party)
        ptype: PartyType = "state" if ent.label_ in STATE_LABELS or names.is_state_name(text) else "org"
        state = self._state_of(ent) if ptype == "org" else None
        if state is not None:  # "India's Ministry of External Affairs": the body is named with its state
            text = f"{state}'s {strip_titles_article(text)}"
        party = self._find_org(text) or self._new(strip_titles_article(text), ptype, ent.start)
        if state is not None and state not in party.name and party.ptype == "org":
            party.name = text
        party.add_surface(text)
        short = _parenthetical_after(ent)
        if short:
            party.add_surface(short)
            party.add_surface(f"{text} ({short})")
        self._register(ent, party)

    def _find_org(self, text: str) -> Party | None:
        key = org_key(text)
        for p in self.live():
            if p.ptype in ("org", "state") and any(org_key(s) == key for s in [p.name, *p.surfaces]):
                return p
            if p.ptype == "org" and _acronym_of(text, p.name):
                return p
        # "the Ministry of X" after "Norland's Ministry of X": one body, one state apart
        for p in self.live():
            if p.ptype == "org" and any(
                _one_state_apart(key, org_key(s), self._states()) for s in [p.name, *p.surfaces]
            ):
                return p
        return None

    def _states(self) -> set[str]:
        """Folded names of states: known ones and the places spaCy tagged in this report."""
        from .mentions import _countries

        return set(_countries()) | {
            names.fold(e.text) for e in self.ents if e.label_ == "GPE" and len(e) == 1
        }

    def _state_of(self, ent: Span) -> str | None:
        """The state written possessively before a ministry or embassy, left out of its entity ("X's Ministry")."""
        doc = self.doc
        if ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s"):
            return None
        if not any(_head_word(t) in INSTITUTION_HEADS for t in ent):
            return None
        gpe = next((e for e in self.ents if e.end == ent.start - 1 and e.label_ == "GPE"), None)
        return gpe.text if gpe is not None and len(gpe) <= 3 else None

    def _register(self, ent: Span, party: Party) -> None:
        for t in ent:
            self.tok2party[t.i] = party.key
        self.mentions.append((ent.start, party.key, subject_level(ent.root)))
        party.first = min(party.first, ent.start)  # a form read after a later one ("President A ... A")

    def note_mention(self, tok: Token, party: Party, is_subject: bool) -> None:
        """Record a resolved mention (role or pronoun) for later pronoun resolution."""
        self.mentions.append((tok.i, party.key, subject_level(tok) if is_subject else 0))
        self.mentions.sort()

    def name_person(self, span: Span) -> Party | None:
        """The person ``span`` names: the one the index knows there, or a new one when spaCy tagged the
        words as no person ('To Olaf Brandt' with the given name read as a nationality)."""
        known = self.party_at(span[-1])
        if known is None or known.ptype != "person":
            self._add_person(span)
        who = self.party_at(span[-1])
        return who if who is not None and who.ptype == "person" else None

    def named_person(self, tok: Token) -> Party:
        """A person whose name spaCy did not tag ("Lula declared"): the proper-noun phrase at ``tok``."""
        left = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"])
        text = name_text(tok.doc[left : tok.i + 1].text)
        if _office_only(tok.doc[left : tok.i + 1]) or offices_span(tok.doc[left : tok.i + 1]):
            # "Norland's Ambassador said", "Sylvania Ambassador said": a capitalised office with the place
            # it serves, no name; one holder per office it names
            p = self.new_role_party(tok)
            self.tok2party[tok.i] = p.key
            return p
        p = self._find_person(text) or self._new(strip_titles(text), "person", tok.i)
        p.add_surface(text)
        self.tok2party[tok.i] = p.key
        return p

    def named_party(self, tok: Token) -> Party:
        """A proper-noun phrase spaCy did not tag, acting as a party: an organisation when it reads like one."""
        left = min([tok.i] + [c.left_edge.i for c in tok.lefts if c.dep_ in ("compound", "flat", "amod")])
        right = tok.i
        for c in tok.rights:
            if (
                c.dep_ == "prep"
                and c.lower_ in ("for", "of")
                and all(
                    t.text[:1].isupper() or t.lower_ in ("the", "of", "and", "for")
                    for t in c.subtree
                    if t.i != c.i
                )
            ):
                right = c.right_edge.i  # "the Movement for Northern Unity"
        if right > tok.i and (person := titled_of_body(self, tok, left, right)) is not None:
            return person  # "Patriarch A of the X Church": A, the patriarch of that church
        text = name_text(self.doc[left : right + 1].text)
        short = _parenthetical_after(self.doc[left : right + 1])
        titled = strip_titles(text) != text and len(strip_titles(text).split()) <= 3  # "Governors Ana Berg"
        orgish = short is not None or len(text.split()) >= 3 and not titled or left == right and acronym(tok)
        state = names.is_state_name(text)  # "Nepal on Monday sent a note": the state, left untagged
        if not orgish and not state:
            return self.named_person(tok)
        p = self._find_org(text) or self._new(text, "state" if state else "org", tok.i)
        p.add_surface(text)
        if short:
            p.add_surface(short)
            p.add_surface(f"{text} ({short})")
        for i in range(left, right + 1):
            self.tok2party[i] = p.key
        return p

    def new_role_party(self, tok: Token) -> Party:
        """A party known only by a role description, with no name in the report."""
        np = office_words(strip_titles_article(re.sub(r"^(?i:both) |['’]s?$", "", _np_text(tok)).strip()))
        tail = place_tail(tok.doc, tok.right_edge.i + 1)
        if tail > tok.right_edge.i + 1 and tok.doc[tok.right_edge.i + 1 : tail].text not in np:
            np = f"{np} {tok.doc[tok.right_edge.i + 1 : tail].text}"  # "Member" + "for Eastfield"
        m = re.fullmatch(r"(.+ of) the (\w+)", np)
        body = body_named_before(self.live(), m.group(2), tok.i) if m else None
        np = f"{m.group(1)} the {body.name}" if m and body else np  # "president of the council"
        for p in self.live():
            if p.ptype == "person" and p.name == np:
                return p
        p = self._new(np, "person", tok.i)
        p.add_surface(np)
        if not holds_name(tok):
            p.roles.append(np)  # role only: no name in the phrase
        self.mentions.append((tok.i, p.key, subject_level(tok)))
        self.mentions.sort()
        return p
