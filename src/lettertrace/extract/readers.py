"""The parties a phrase names, read from the dependency parse: a token's party, a verb's subjects,
the objects of its prepositions, its indirect object, the conjuncts of a name. The lookups every
argument step (extract/arguments.py) is built on."""

from __future__ import annotations

from functools import partial

from spacy.tokens import Doc, Token

from .. import names
from ..datelines import clock_zone
from ..english_words import fronted_adverb
from ..nlp import headline_verbs
from .apposed_offices import (
    apposed_offices,
    bare_title_before_name,
    further_title,
    held_office,
    joint_office_holder,
    listed_office,
    named_subjects,
)
from .call_media import hung_on_medium_or_day
from .comma_names import a_collection, dated_owner, in_state_name, name_after_state, set_off_holder
from .control import (
    broken_coordination,
    closes_fronted,
    counted_two,
    object_controller,
    opened_by,
    someone_unnamed,
    subject_before,
    subject_of_next_clause,
)
from .group_members import among_named, first_to
from .groups import (
    _addressed_group,
    _addressee_name,
    _counted_group,
    _offices_of_states,
    counted_members,
    led_by,
    mass_count,
    role_plural,
)
from .honoured import abbreviated_honorific, honorific_head, honoured_one, titled_past_bracket
from .index import PartyIndex
from .lexicon import blocked, noun_kind
from .lists import subject_list
from .member_bodies import members_and_ties, members_as_body, members_of_group, quoted_owner
from .mentions import Party, _add_role
from .misread_to import names_read_as_infinitive
from .name_particles import particle_tail
from .noun_groups import described_plural
from .offices import QUANTIFIERS
from .owners import officers_apposed, owner_before_of
from .participles import participle_after_time, verb_read_as_participle
from .partners import named_before_and
from .phrase_shapes import absolute_with, relative_read_as_main
from .place_lists import named_by_place
from .prep_lists import listed_after_prep, office_holders_listed, to_past_partner
from .principals import holders_respectively, titled_to
from .reader_objects import ObjectReader
from .seats import place_tail
from .served import served_holders, serving_prep
from .stranded import fronted_participle, stranded_object
from .syntax import (
    _acts_for_another,
    _collective,
    _date_word,
    _is_role_noun,
    _uniq,
    named_before_day,
)
from .trigger_checks import (
    _kicker,
    detached_holder,
    misread_dated,
    subject_tokens,
)
from .untagged import _name_run

# Nouns naming the people who wrote or signed a text ("the signatories of the letter").
AUTHOR_NOUNS = {"signatory", "cosignatory", "co-signatory", "signer", "co-signer", "author", "co-author"}
# What one puts to a text to sign it ("put his signature to a letter", "added their names to it").
SIGNATURE_NOUNS = {"signature", "name", "hand", "seal", "mark", "initials", "autograph"}


# What a head of state calls a fellow one ("his Sudland brother, President B"): the one named after it.
FELLOW_WORDS = ("brother", "sister", "colleague", "friend")


class PartyReader(ObjectReader):
    """Lookups from tokens to the parties of a report's :class:`PartyIndex`."""

    doc: Doc
    idx: PartyIndex
    dateline: set[int]

    def _compound_person(self, tok: Token) -> Party | None:
        """'the Trump letter', 'President Trump Letter To Erdogan': a person named as modifier is the sender."""
        for child in tok.children:
            if child.dep_ == "compound" and child.i in self.idx.tok2party:
                p = self.idx.parties[self.idx.tok2party[child.i]]
                if p.ptype == "person" and len(names.core_tokens(p.name)) >= 2:
                    return p
        return None

    def _poss(self, tok: Token) -> Party | None:
        for child in tok.children:  # not "New Year's greeting cards", "Monday's letter": a time, no writer
            if (
                child.dep_ == "poss"
                and not dated_owner(child, self.idx.party_at(child))
                and not quoted_owner(child)
            ):
                return owner_before_of(self.idx, child) or self._party(child)
        return None

    def _party(self, tok: Token) -> Party | None:
        if tok.i in self.dateline or counted_two(tok):  # "the two Heads of State": the pair named before
            return None
        tok = named_before_day(tok, self.idx.tok2party) or name_after_state(tok, self.idx.tok2party) or tok
        tok = honorific_head(tok) or tok  # "the Rt. Hon. Foreign Secretary" parsed with 'Hon.' as its head
        if abbreviated_honorific(tok) and tok.i not in self.idx.tok2party:
            return None  # "Rt.", "Hon.", "H.E.": a form of address of someone named beside it
        addressed = tok.dep_ == "pobj" and tok.head.lower_ == "to"  # "wrote to all 31 local councils"
        acting = tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent" or addressed
        if acting and _counted_group(tok):
            if addressed and mass_count(tok):
                return None  # "sent reminder letters to some 120,000 taxpayers": a mailing
            return self.idx.group_party(tok)  # "40 MPs signed a letter", "signed by 1,000 doctors"
        if acting and (members := counted_members(tok)) is not None:
            return self.idx.group_party(members)  # "A group of 40 scientists wrote to B"
        if tok.i not in self.idx.tok2party and _addressed_group(tok):
            return self.idx.group_party(tok)  # "wrote to lawmakers", "e-mailed council members"
        if tok.dep_ == "nsubj" and _offices_of_states(tok):
            return self.idx.first_holder(tok) or self.idx.group_party(tok)  # "The foreign ministers of X, Y"
        of_body = (
            (tok.tag_ == "NNS" or bool(members_of_group(tok)))
            and tok.i not in self.idx.tok2party
            and (not _is_role_noun(tok) or members_as_body(tok))
        )
        if of_body and (body := self._body_of_members(tok)):  # not "the prime ministers of X and Y"
            return body  # "a letter from teachers and students of X School": X School
        if _collective(tok) and tok.i not in self.idx.tok2party:  # not "Tavares" tagged as a plural noun
            return None
        if tok.i not in self.idx.tok2party and (noun_kind(tok) is not None or someone_unnamed(tok)):
            return None  # "Letters were sent to B by A": no party to itself; "another defendant wrote": not C
        p = titled_past_bracket(self.idx, tok)  # "to General (retired) B", "CEC Justice (retd) B": B
        p = (
            p or self.idx.party_at(tok) or honoured_one(self.idx, tok)
        )  # "His Excellency" alone: one named before
        if p is None and tok.pos_ in ("NOUN", "PROPN") and _is_role_noun(tok) and not role_plural(tok):
            indefinite = any(
                c.dep_ == "det" and c.lower_ in QUANTIFIERS | {"a", "an"} for c in tok.children
            )  # "every Norland president has written": no one either
            p = None if indefinite else self.idx.new_role_party(tok)  # not "to a foreign sovereign": no one
        agent = tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by")
        if (
            p is None
            and tok.pos_ == "PROPN"
            and (
                tok.dep_ in ("nsubj", "nsubjpass")
                or agent
                or self._joint_subject(tok)
                or _addressee_name(tok)
            )
            and tok.ent_type_ not in ("GPE", "NORP")
            and not names.is_demonym(tok.text)  # "from Lao Prime Minister B": a people's word, no name
            and not (_date_word(tok) or fronted_adverb(tok))  # "Below is the full text of ..."
            and not clock_zone(tok.doc[tok.i : tok.i + 1])  # "13:20 GMT - A and B speak"
            and tok.lower_ not in headline_verbs()  # "Emir Receives Message": a headline's verb
            and not role_plural(tok)
            and not described_plural(tok)
            and not a_collection(tok.doc[tok.left_edge.i : tok.i + 1])  # "the X Proclamation took effect"
        ):
            p = self.idx.named_party(tok)  # a subject spaCy left untagged ("Scientists Warning Europe (SWE)")
        if p is not None and tok.i not in self.idx.tok2party:
            self.idx.note_mention(tok, p, tok.dep_ in ("nsubj", "nsubjpass"))
        return p

    def _body_of_members(self, tok: Token) -> Party | None:
        """'teachers and students of X School', 'pupils of the Y Academy': people named only as members of
        one body act as that body (an organisation, not a state, whose offices are holders)."""
        for t, preps in members_and_ties(tok):  # "a group of students from X School" (not "of critics of X")
            for of in (c for c in t.children if c.dep_ == "prep" and c.lower_ in preps):
                for g in (c for c in of.children if c.dep_ == "pobj"):
                    named = [c for c in g.children if c.dep_ == "compound"]  # "of the X Friends association"
                    key = self.idx.tok2party.get(g.i, self.idx.tok2party.get(named[-1].i) if named else None)
                    if key is not None and self.idx.parties[key].ptype == "org":
                        return self.idx.parties[key]
        return None

    def _joint_subject(self, tok: Token) -> bool:
        """'Vera Holm and Ilse Marrow held a call': the second of two subjects spaCy left untagged is a
        person too when the first is one; so is either of two names joined after 'between' or 'with' ('a
        call between Ilse Marrow and Vera Holm', the first left untagged) when it reads as a name."""
        first = tok.head
        if tok.dep_ == "conj" and first.dep_ in ("nsubj", "nsubjpass") and first.i in self.idx.tok2party:
            return self.idx.parties[self.idx.tok2party[first.i]].ptype == "person"
        pair = [first] if tok.dep_ == "conj" else [c for c in tok.children if c.dep_ == "conj"]
        lead = first if tok.dep_ == "conj" else tok
        if lead.dep_ != "pobj" or lead.head.lower_ not in ("between", "with") or _name_run(tok) is None:
            return False
        return any(
            c.i in self.idx.tok2party and self.idx.parties[self.idx.tok2party[c.i]].ptype == "person"
            for c in pair
        )

    def _subjects(self, verb: Token) -> list[Party]:
        v = verb
        for _ in range(3):
            subs = officers_apposed(self.idx, named_subjects(subject_tokens(v)))  # "X's Commissioner, A,"
            if v.dep_ == "relcl" and subs and all(s.lower_ == "who" for s in subs):
                p = self._party(v.head)  # "A, who spoke to B by phone on Tuesday, said ..."
                return [p] if p else among_named(self, v.head)
            leader = led_by(v, subs, self._conj_parties)
            if leader is not None:
                return [leader]
            if not subs and (before := subject_before(v)) is not None:  # "Answering A, B sent"
                known = before.i in self.idx.tok2party  # else "after the chair of X wrote": the role resolved
                p = self.idx.party_at(before) if known else self._party(before) if opened_by(before) else None
                if p is not None and p.ptype == "person" and before.head.i < before.i:
                    return [p]
            if not subs and participle_after_time(v):
                v = v.head.head  # "A has this afternoon spoken to B": the time read as the object of 'has'
                continue
            if not subs and verb_read_as_participle(v) and not fronted_participle(v):
                p = self._party(v.head)  # "The President of X, A, sent on Tuesday a message to B"
                return [p] if p else []
            if subs:
                found = _uniq(
                    [p for s in subs for p in self._conj_parties(s) if not closes_fronted(s, p.key, self.idx)]
                )
                return (
                    sorted(found, key=lambda p: p.ptype != "person")
                    if any(p.ptype == "person" for p in found) and any(p.ptype == "org" for p in found)
                    else found
                )
            if (ctl := object_controller(v)) is not None:
                return self._conj_parties(ctl)  # "the delay led A to write to B": A writes
            if (
                v.dep_ in ("conj", "xcomp", "advcl", "relcl")
                and v.head.i != v.i
                or fronted_participle(v)
                or relative_read_as_main(v)
            ):  # "A, who had sent B a message, also phoned her" with the relative read as the main clause
                if v.dep_ == "relcl":
                    ranked = first_to(self, v.head)  # "A was the first (leader) to call B"
                    p = None if ranked else self._party(v.head)
                    return [p] if p else ranked
                v = v.head
            elif v.dep_ in ("pcomp", "pobj") and v.tag_ == "VBG" and v.head.lower_ in GERUND_PREPS:
                up = next((a for a in v.head.ancestors if a.pos_ == "VERB"), None)
                if up is None:
                    break
                v = up  # "A led a coalition in sending a letter to B", "After receiving B's letter, A ..."
            else:
                break
        return []

    def _signers(self, tok: Token) -> list[Party]:
        """'A and B were among the signatories of a letter to C', 'A was one of the signers of the letter',
        'A is the author of the letter', 'A, the author of a letter to C, said': the people a copula or an
        apposition makes the letter's authors (a joint letter: the first named signs first). Also the
        subject who puts a signature to it ('A put his signature to a letter to C', 'forty deputies have
        added their names to a letter')."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "to"):
            return []
        holder = tok.head.head
        if (
            tok.head.lower_ == "to"
            and holder.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in SIGNATURE_NOUNS for c in holder.children)
        ):
            return [] if blocked(holder) else self._subjects(holder)  # not "refused to put his name to"
        if holder.lemma_.lower() not in AUTHOR_NOUNS:
            return []
        if holder.dep_ == "appos":
            return [p for p in [self._party(holder.head)] if p is not None]
        up = holder
        if holder.dep_ == "pobj" and holder.head.lower_ in ("of", "among"):
            up = holder.head.head  # "one of the signatories", "among the signatories"
        cop = up.head if up.dep_ == "attr" else up if up.lemma_ == "be" else None
        if cop is None or cop.lemma_ != "be":
            return []
        subs = [c for c in cop.children if c.dep_ == "nsubj"]
        return _uniq([p for c in subs for p in self._conj_parties(c)])

    def _subject_persons(self, verb: Token) -> list[Party]:
        out: list[Party] = []
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        subs = (
            subs[1:] if len(subs) >= 2 and _kicker(subs[0], subs[1]) else subs
        )  # "Secretary A: On Monday, B"
        for c in subs:
            if _acts_for_another(c):
                continue  # "Aides to A and B spoke by phone": the people named are not the speakers
            for t in c.subtree:
                key = self.idx.tok2party.get(t.i)
                if key is not None and self.idx.parties[key].ptype == "person" and t.i not in self.dateline:
                    out.append(self.idx.parties[key])
        return _uniq(out)

    def _conj_parties(self, tok: Token) -> list[Party]:
        if (titled := bare_title_before_name(tok)) is not None and (
            holder := self._party(titled)
        ) is not None:
            return [holder]  # "Forum chair and Prime Minister A": A's two offices
        if len(held := holders_respectively(self.idx, tok)) >= 2:
            return held  # "the presidents of X and Y, A and B", "her counterparts in X and Y, A and B"
        offices = self.idx.offices_of_places(tok) or self.idx.governments_of(
            tok
        )  # "the Prime Ministers of X, Y"
        if offices:
            return offices
        if joint := joint_office_holder(tok, self.idx.live()):  # "the Crown Prince and Prime Minister"
            return [joint]
        if len(held := named_by_place(self.idx, tok)) >= 2:
            return held  # "her counterparts from X, A, and from Y, B"
        if len(held := self.idx.counterparts(tok)) >= 2:  # "with her X and Y counterparts"
            return held
        listed = self._members(tok)  # "members of X, including A": A, not the role "members"
        first = None if any(listed) else self._held_or_party(tok)
        if (
            first is not None
            and first.group
            and any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in tok.children)
        ):
            first = None  # "to two senators, A and B": the names, not the count
        if first is not None and first.ptype == "person" and _is_role_noun(tok) and tok.ent_type_ != "PERSON":
            named = self._name_after_comma(tok)  # "The Prefect of X County, B,": B, whoever else is called so
            comma = next((t.i for t in self.doc[tok.i :] if t.text == ","), tok.i)
            if any(t.ent_type_ == "PERSON" for t in self.doc[tok.i + 1 : comma]):  # "to Leader of X A B, C,"
                named = None  # the office has its holder's name before the comma
            if named is not None and named.ptype == "person" and not self._subject_after(tok, named):
                first = named
        out: list[Party | None] = [first] if first is not None else listed
        if first is None:  # "the chief medical officer, B": the person in apposition
            out += [
                self._party(a)
                for a in tok.children
                if a.dep_ == "appos" and a.i > tok.i and a.pos_ == "PROPN"
            ]
        apposed = apposed_offices(tok)  # "A, Crown Prince and Prime Minister,": A's offices, no one else
        for c in [*tok.conjuncts, *broken_coordination(tok)]:  # "A and the Prime Minister of X, B,": B
            if subject_of_next_clause(c) or c in apposed or further_title(c):
                continue  # "written to the leaders and the Committee will meet": a clause's subject
            if c.left_edge.i > 0 and in_state_name(self.doc, c.left_edge.i - 1):
                continue  # "the Prime Minister of Trinidad and Tobago": the rest of a state's name
            named = self._name_after_comma(c) if c.i not in self.idx.tok2party else None
            if named is not None and self._subject_after(c, named):
                named = None  # "In a letter to X and the Chair of Y, B protested": B wrote it
            if named is not None:
                comma = next(
                    (t.i for t in self.doc[c.i : c.right_edge.i + 1] if t.text == ","), c.right_edge.i + 1
                )
                _add_role(named, self.doc[c.left_edge.i : comma].text)
            out.append(named or self._held_or_party(c))
        for of in tok.children:  # "to B of X and C of Y": spaCy hangs C on the place X
            if of.dep_ == "prep" and of.lower_ == "of" and not (first is not None and first.group):
                for place in of.children:
                    if place.dep_ == "pobj":
                        out += [p for c in place.conjuncts if (p := self._party(c)) and p.ptype == "person"]
        out[:0] = named_before_and(tok, self.idx)  # "A and Xian President B"
        for ap in tok.children:  # "His Highness the Crown Prince and His Highness the Prime Minister"
            if ap.dep_ == "appos" and not subject_list(ap):
                joint = joint_office_holder(ap, self.idx.live())  # "His Highness the Crown Prince and PM"
                more = [c for c in ap.conjuncts if c.i > tok.i and not held_office(c)]  # not B's office
                out += [joint] if joint else [self._held_or_party(c) for c in more]
                if not joint and listed_office(tok, ap, first, partial(self._party, ap)):  # "to the S-G, the
                    out.append(self._party(ap))  # President of X and the President of Y"
        return [p for p in out if p is not None]

    def _held_or_party(self, tok: Token) -> Party | None:
        """'Norland Prime Minister and Foreign Minister Sheikh B': an office no one here holds, run on into a
        name, is that person's title."""
        return self.idx.title_of_name_after(tok) or self._party(tok)

    def _members(self, tok: Token) -> list[Party | None]:
        """'leaders including A and B', 'heads of state such as A and B', 'officials like A': a plural
        common noun that names no party stands for the members it lists."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
            return []
        out: list[Party | None] = []
        for c in tok.children:
            such_as = c.lower_ == "as" and any(s.lower_ == "such" for s in c.children if s.i < c.i)
            such_as = such_as or (c.lower_ == "as" and self.doc[c.i - 1].lower_ == "such")
            if c.dep_ == "prep" and (c.lower_ in ("including", "like") or such_as):
                out += [p for g in c.children if g.dep_ == "pobj" for p in self._conj_parties(g)]
        return out

    def _pobj_parties(self, prep: Token) -> list[Party]:
        out: list[Party] = []
        for c in prep.children:
            if c.dep_ == "pobj" and any(
                d.dep_ == "det" and d.lower_ in ("neither", "no") for d in c.children
            ):
                continue  # "had written to neither leader", "to no minister": no one
            if c.dep_ == "pobj":
                held = detached_holder(c)  # "with Ontario Premier B", B hung on the verb
                out += self._conj_parties(held if held is not None else c)
                named = self._name_after_comma(c)
                role = not out or out[0].roles[:1] == [out[0].name]  # "the chair of X, B": the holder
                body = out and (
                    out[0].ptype == "org" or out[0].name.lower().removeprefix("the ").startswith(c.lower_)
                )
                fellow = c.lower_ in FELLOW_WORDS  # "from his Sudland brother, President B": B
                if named is not None and (
                    role or fellow or body and _is_role_noun(c)
                ):  # "the Emir of X, B" too
                    # "between the President of X, A, and the President of Y, B": the conjuncts stay
                    set_off = set_off_holder(self.doc, self.idx.tok2party, self.idx.parties, c) == named.key
                    out = [named, *(p for p in out[1:] if p.key != named.key)] if set_off else [named]
            elif c.dep_ == "pcomp" and c.tag_ == "VBG":
                # "has written to B demanding an inquiry": spaCy makes B the subject of the participle
                out += [p for s in c.children if s.dep_ == "nsubj" for p in self._conj_parties(s)]
        if not out and (misread := misread_dated(prep) or stranded_object(prep)) is not None:
            out = self._conj_parties(misread)  # "a letter to B dated 8 February" read as "B dated ..."
        return _uniq(out or office_holders_listed(self, prep))  # "to his counterparts in X and Y, A and B"

    def _name_after_comma(self, role: Token) -> Party | None:
        """The person named in apposition right after a role ("the chair of the committee, B,", "the
        President of X (Mr B)")."""
        if not _is_role_noun(role) and role.lower_ not in ("counterpart", *FELLOW_WORDS):
            return None
        doc = self.doc
        end = particle_tail(doc, role.right_edge.i + 1)  # "the Emir of Khor al-Nour, B" parsed apart
        comma = next((t.i for t in doc[role.i + 1 : end] if t.text == ","), None)
        if comma is not None and all(
            t.pos_ in ("ADP", "DET", "PROPN") or t.text == "-" or t.tag_ == "POS"
            for t in doc[role.i + 1 : comma]
        ):
            end = comma  # "his counterpart from X, B" with B hung on the place X
        end = place_tail(
            doc, end, ("for", "of", "from")
        )  # "the Member for Eastfield, B", "counterpart from X, B"
        if end + 1 >= len(doc) or doc[end].text not in (",", "("):
            return None
        first = end + 1
        while (
            first < len(doc) - 1
            and first - end <= 3
            and (names.fold(doc[first].text).strip(".") in names.title_words() or doc[first].text == ".")
        ):
            first += 1  # "the President of X (Mr B)", "the Member for Y, Rt. Hon. B"
        if first > end + 1 and (held := titled_past_bracket(self.idx, doc[first - 1])) is not None:
            return held  # "the federation's president, Brigadier (Rtd) B"
        key = self.idx.tok2party.get(first)
        if key is None or self.idx.parties[key].ptype != "person":
            run = first
            while (
                run < len(doc)
                and run - first < 3
                and doc[run].pos_ == "PROPN"
                and doc[run].text[:1].isupper()
            ):
                run += 1  # "his counterpart from X, B C" with "X, B C" tagged as one organisation
            if not 2 <= run - first <= 3 or run < len(doc) and doc[run].text not in (",", ".", ";", ")"):
                return None
            who = self.idx.name_person(doc[first:run])
            key = who.key if who is not None else None
        if key is None:
            return None
        stop = first
        while stop < len(doc) and self.idx.tok2party.get(stop) == key:
            stop += 1
        if stop < len(doc) and doc[stop].text not in (",", ".", ";", ")") and doc[stop].pos_ != "ADP":
            return None  # "to the chair, B said": B is the subject of what follows
        return self.idx.parties[key]

    def _prep_parties(self, verb: Token, preps: tuple[str, ...]) -> list[Party]:
        out: list[Party] = []
        for c in verb.children:
            if c.lower_ == "to" and (titled_to(self.doc, c) or serving_prep(c)):  # the one served (but not
                out += served_holders(c, self.idx.tok2party, self.idx.parties) if "to" in preps else []  # the
                continue  # holder set off after it); "signed by the Secretary to the Commission"
            if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps and not absolute_with(c):
                again = [w for w in [*c.conjuncts, *verb.children] if w.lower_ == c.lower_ in ("with", "to")]
                again = [
                    w for w in again if w.i > c.i and not serving_prep(w)
                ]  # "to A and to B", maybe on the verb
                out += [p for w in (c, *again) for p in self._pobj_parties(w)]
                out += listed_after_prep(self, c)  # "with A and B", the parser hanging A on B
            if c.dep_ == "prep" and c.lower_ == "with" and "to" in preps:  # "wrote with B, of X, to C"
                out += [p for t in to_past_partner(c) for p in self._pobj_parties(t)]
            elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "over", "on", "in"):
                out += [p for w in hung_on_medium_or_day(c, preps, bool(out)) for p in self._pobj_parties(w)]
                again = [w for w in c.conjuncts if w.lower_ in preps] if out and "to" in preps else []
                out += [p for w in again for p in self._pobj_parties(w)]  # "to A, on his election, and to B"
        out += (
            names_read_as_infinitive(self.idx, verb) if not out and "to" in preps else []
        )  # "on 10 May to A"
        return _uniq(out)


# Prepositions whose gerund's subject is the subject of the verb the phrase hangs on ("in sending",
# "after receiving", "upon reading", "before calling").
GERUND_PREPS = frozenset({"in", "after", "upon", "on", "before", "since", "while", "by"})
