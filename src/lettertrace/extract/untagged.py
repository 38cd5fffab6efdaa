"""Names spaCy's small model misses or mislabels, found by the constructions that carry them: a name
after a title ("King Olaf Brandt"), a name before a role in apposition ("Ana Berg, President of X"),
an office holder's name glued to the end of an organisation ("... Standing Committee Ana Berg") or of
the place of an office ("President of Norland Ana Berg"), a quoted nickname inside a name
('Anna "Annie" Berg')."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .. import names
from ..nlp import PATRONYMIC_PARTICLES, headline_verbs, sent_of
from .comma_names import ends_state_name, office_apposed, role_before, set_off_after_role, split_at_comma
from .held_names import held_name
from .honoured import abbreviated_honorific, honoured_person
from .mentions import INSTITUTION_HEADS, ROLE_HEADS, Party, _head_word
from .name_particles import (
    join_of,
    name_hyphen,
    office_of_body,
    one_body,
    org_is_name,
    particled_name,
    patronymic,
    proper_run,
)
from .nicknames import mend_nicknames
from .portfolios import PORTFOLIO_ENDS, portfolio_of_office
from .syntax import subjectless_verb

# Offices held to a state or a body ("Ambassador to X", "Permanent Representative to the UN").
ENVOY_HEADS = frozenset({"ambassador", "representative", "envoy", "delegate", "observer", "emissary"})

# A name written with its initials glued to it, as some agencies write them ("D.Erdenebold", "V.I.Petrov").
GLUED_INITIAL = re.compile(r"(?:[A-Z]\.){1,2}[A-Z][a-z][\w'-]+")


class UntaggedNames:
    """Mixin of PartyIndex: spans of names to add as persons."""

    doc: Doc
    ents: list[Span]
    tok2party: dict[int, int]
    parties: list[Party]
    mentions: list[tuple[int, int, int]]

    def _people_listed_with_people(self) -> None:
        """'Magnus Oberg, Leila Farrant and Edvin Sollas said': a name of two or three words spaCy tagged as a
        body, in one list of subjects with people it tagged as people, is a person too (never a name with a
        word of an institution or an outlet in it, nor a body set after a person as an apposition ("A, chief
        executive, Kessel Relief Trust"), nor one written to with people: "wrote to A, B and Norland Airways")."""
        from ..meta import OUTLET_WORDS

        for p in self.parties:
            if p.ptype != "org" or self.parties[p.key] is not p or len(p.name.split()) not in (2, 3):
                continue
            toks = [self.doc[i] for i, k in self.tok2party.items() if k == p.key]
            if not toks or any(not t.text[:1].isupper() or t.pos_ != "PROPN" for t in toks):
                continue
            if any(names.fold(w).lower() in INSTITUTION_HEADS | OUTLET_WORDS for w in p.name.split()):
                continue
            root = max(toks, key=lambda t: t.i)
            mates = list(root.conjuncts)  # a list: "A, B and C" (B may hang on A as an apposition)
            if root.dep_ == "appos" and mates:
                mates.append(root.head)
            for a in (c for c in root.children if c.dep_ == "appos" and c.conjuncts):  # "A of X, B of Y and
                mates += [a, *a.conjuncts]  # C of Z" (not "X's Representative, Ambassador A": one person)
            if not any(m.ent_type_ == "PERSON" and self.tok2party.get(m.i) is not None for m in mates):
                continue
            head = root
            while head.dep_ in ("conj", "appos") and head.head.i != head.i:
                head = head.head
            after = max([root, *mates], key=lambda t: t.i).right_edge.i + 1
            signers = head.dep_ in ("nsubj", "nsubjpass") or (
                after < len(self.doc) and subjectless_verb(self.doc[after])
            )  # people who write or say together; not "wrote to A, B and Norland Airways"
            if signers:
                p.ptype = "person"

    def _acting_words(self) -> list[Party]:
        """One-word bodies that act as subjects ("Marcelo sends condolences"): spaCy's misreading of a
        person's given name or surname, when one person here bears it (see ``_single_names``)."""
        out = []
        for k, p in enumerate(self.parties):
            if (
                p.key != k
                or p.ptype != "org"
                or " " in p.name
                or p.name.isupper()
                or not p.name[:1].isupper()
            ):
                continue
            if any(k == p.key and lvl and self.doc[i].dep_ == "nsubj" for i, k, lvl in self.mentions):
                out.append(p)
        return out

    def _split_holders(self, ents: list[Span]) -> list[Span]:
        """'Chairman of the X Standing Committee Ana Berg' tagged as one ORG: the proper nouns after the
        body's head word are the name of the office holder, a person."""
        out: list[Span] = []
        ents = [part for e in mend_nicknames(join_of(ents)) for part in split_at_comma(e)]
        for e in (honoured_person(e) or e for e in ents if not ends_state_name(e)):  # "the Rt Hon A B MP"
            if all(abbreviated_honorific(t) for t in e):
                continue  # "Rt." or "H.E." tagged alone: an honorific, no party
            if (
                len(e) > 1 and e[0].pos_ == "VERB" and e[0].text[:1].islower()
            ):  # "[rang Vilnius]" tagged a person
                rest = e.doc[e.start + 1 : e.end]
                e = Span(
                    e.doc,
                    rest.start,
                    rest.end,
                    label="GPE" if names.state_of_capital(rest.text) else e.label_,
                )
            if e.label_ == "PERSON" and self._office_of(e.start):
                cut = self._place_cut(e.start, e.end)  # "President of [Ostmark Ana Berg]" tagged as one
                out.append(Span(self.doc, cut, e.end, label="PERSON") if cut is not None else e)
                continue
            if e.label_ != "ORG":
                out.append(e)
                continue
            ends = INSTITUTION_HEADS | (PORTFOLIO_ENDS if portfolio_of_office(e) else frozenset())
            heads = [t.i for t in e if _head_word(t) in ends or t.text == ")"]
            cut = heads[-1] + 1 if heads else e.end
            ofs = [t.i for t in e if t.lower_ == "of"]
            opened = (
                ofs[-1] + 1 if ofs else e.start + (e[0].lower_ == "the")
            )  # "Minister of X of [Norland A B]"
            placed = (
                self._place_cut(opened, e.end) if (ofs or not heads) and self._office_of(e.start) else None
            )
            placed = None if placed is None or any(k in heads for k in range(placed, e.end)) else placed
            if not ofs and placed is not None and not _state_named(self.doc[opened:placed].text):
                placed = None  # no 'of' inside: only a state's known name opens the run, not any two words
            cut = placed or cut  # "Chair of [the X Council of Y Ana Berg]": the holder's name after the place
            named, end = held_name(self.doc, cut, e.end) if heads and not placed else (cut, e.end)
            tail = self.doc[named:end]  # ("[X Commission Chair Ana] Berg": the title, the name run on)
            if (
                (heads or placed)
                and 2 <= len(tail) <= 4
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail)
                and not any(names.fold(t.text) in names.title_words() for t in tail)
                and not (end < len(self.doc) and _head_word(self.doc[end]) in ROLE_HEADS)
            ):  # (not "the Union Civil Aviation" before "Minister": the office's portfolio)
                out.append(Span(self.doc, e.start, cut, label="ORG"))
                out.append(Span(self.doc, named, end, label="PERSON"))
            else:
                out.append(e)
        return out

    def _org_is_name(self, tok: Token) -> bool:
        """'President Ana Berg' tagged ORG: see :func:`org_is_name`."""
        return org_is_name(self.ents, tok)

    def _holders_after_place(self) -> list[Span]:
        """'King of Ostmark Olaf Brandt', 'the President of North Norland Ana Berg': an office, 'of', and one
        run of capitalised proper nouns that holds the place and then its holder's name, written without
        a comma (see ``_place_cut`` for where the name starts)."""
        doc = self.doc
        out: list[Span] = []
        for t in doc[:-3]:
            if not self._office_of(t.i + 2):
                continue
            a = t.i + 2 + (doc[t.i + 2].lower_ == "the")
            j = a
            while j < len(doc) and (doc[j].lower_ in STATE_FORMS or doc[j].text in ("'s", "\u2019s")):
                j += 1  # "the Democratic Republic of", "the United States of"
            if a < j < len(doc) - 1 and doc[j].lower_ == "of":
                a = j + 1  # "President of the Republic of Kastoria Emil Varn": the place is Kastoria
            b = a
            while b < len(doc) and (
                doc[b].pos_ == "PROPN"
                and doc[b].text[:1].isupper()
                and "\n" not in doc[b - 1].whitespace_
                and _head_word(doc[b]) not in INSTITUTION_HEADS
                or name_hyphen(doc, b)  # "Arman-Bek": one name
            ):
                b += 1
            if b < len(doc) and (doc[b].lower_ == "of" or doc[b].ent_iob_ == "I") or one_body(doc, a, b):
                continue  # "Speaker of the Grand Hural of X": a body's name; a tagged name runs on past it
            cut = self._place_cut(a, b)
            tagged = [k for k in range(a, b) if doc[k].ent_type_ == "PERSON"]  # "of X Ana [Berg]": cut short
            if cut is not None and all(k > cut for k in tagged):
                if not any(k in self.tok2party and k not in tagged for k in range(cut, b)):
                    out.append(doc[cut:b])
        return out

    def _office_of(self, i: int) -> bool:
        """Whether the words before token ``i`` are a capitalised office and 'of' ("President of ...")."""
        doc = self.doc
        t = doc[i - 2] if i >= 2 else doc[0]
        if i >= 2 and doc[i - 1].lower_ == "to" and _head_word(t) in ENVOY_HEADS and t.text[:1].isupper():
            return True  # "Ambassador to Norland Ana Berg", "Permanent Representative to the UN A B"
        if i < 2 or doc[i - 1].lower_ != "of":
            return False
        return (
            t.text[:1].isupper()
            and (_head_word(t) in ROLE_HEADS or names.fold(t.text).strip(".") in names.title_words())
            or office_of_body(doc, i)
        )

    def _place_cut(self, a: int, b: int) -> int | None:
        """Where the holder's name starts in the run ``doc[a:b]`` of place and name after "Office of":
        after the longest opening that names a known state or that spaCy tagged as a place; failing both,
        the last two words are the name (most names have two). None when the run is no such pair: under
        three words ("Dar al-Nour" is two: spaces part words), a plural ("Armed Forces"), or a name part
        tagged as a place."""
        doc = self.doc
        named = 1 if GLUED_INITIAL.fullmatch(doc[b - 1].text) else 2  # "D.Erdenebold": an initial and a name
        starts = [k for k in range(1, b - a) if doc[a + k - 1].whitespace_]  # where a word starts
        if len(starts) < named or b - a > 6:
            return None
        run = [names.fold(doc[k].text) for k in range(a, b)]
        opening = reversed(starts[: len(starts) - named + 1])
        cut = next((k for k in opening if _state_named(" ".join(run[:k]))), None)
        known = cut is not None  # "of North Norland Ana Berg": a state's name, whatever tags its words bear
        if cut is None:
            place = next((e for e in doc.ents if e.start == a and e.label_ in ("GPE", "LOC")), None)
            cut = place.end - a if place is not None and b - place.end >= named else starts[-named]
        if not known and any(doc[k].tag_ == "NNPS" for k in range(a, b)):
            return None  # "of the Armed Forces A B" (but "of Ukraine Taras Bilenko", 'Taras' tagged a plural)
        # none when a place of its own follows the cut ("[the Republic of X Ana Berg]" as one place is cut)
        places = (
            k for k in range(a + cut, b) if doc[k].ent_type_ in ("GPE", "LOC", "NORP", "FAC") and not known
        )
        if run[-1] in STATE_FORMS or names.is_demonym(run[cut]):
            return None  # "of [the Italian Republic]": a state, no name after a place
        return None if cut < 1 or any(_ent_start(doc, k) >= a + cut for k in places) else a + cut

    def _holder_in_list(self, ent: Span) -> bool:
        """'The prime ministers of Norland, Ana Berg, and Ostmark, Olaf Brandt': a name set off by commas
        right after a place, in a sentence that opened with offices in the plural, is the holder of that
        office for that place, whatever label spaCy gave it."""
        doc = self.doc
        if not (2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)):
            return False
        if any(_head_word(t) in INSTITUTION_HEADS for t in ent) or ent.start < 3:
            return False
        place = doc[ent.start - 2]
        if doc[ent.start - 1].text != "," or place.pos_ != "PROPN" or place.ent_type_ in ("PERSON", "DATE"):
            return False
        if ent.end >= len(doc) or doc[ent.end].text not in (",", "and"):
            return False
        sent = sent_of(ent[0])
        return any(t.tag_ == "NNS" and _head_word(t) in ROLE_HEADS for t in doc[sent.start : ent.start])

    def _named_after_role(self) -> list[Span]:
        """'The head of the Northern Council, Ana Berg, wrote': two or three capitalised proper nouns set off
        by a comma after an office (in apposition to it or to its 'of' body) name its holder, whatever
        label spaCy gave them."""
        doc = self.doc
        out: list[Span] = []
        for t in doc:
            if t.dep_ not in ("appos", "conj", "pobj") or t.pos_ != "PROPN" or t.i in self.tok2party:
                continue
            span = proper_run(t) or particled_name(t)  # "Ana Maria Soto de la Vega"
            if span is None:
                continue
            left = span.start
            if (
                left < 2
                or doc[left - 1].text != ","
                or any(x.ent_type_ in ("GPE", "LOC", "DATE") for x in (span if len(span) <= 3 else span[-1:]))
            ):  # a long name of titles may hold a word tagged a place ("Afioga Tuala X Fonoti"), not at its end
                continue
            if any(_head_word(x) in INSTITUTION_HEADS | ROLE_HEADS for x in span):
                continue
            role = t.head if t.dep_ == "appos" else None
            if role is not None and role.dep_ == "pobj" and role.head.lower_ == "of":
                role = role.head.head
            if role is None or _head_word(role) not in ROLE_HEADS:  # hung on another word: "On 4 June the
                role = role_before(doc[left - 2])  # Chair of X, A,", "a call from the Chair of X, A,"
                if role is None or not set_off_after_role(role, span):
                    continue
            if _head_word(role) in ROLE_HEADS and role.i < left:
                out.append(span)
                out += [x for c in t.conjuncts if c.i > t.i and (x := _name_run(c)) is not None]
        return out  # "The two ministers, Vera Holm and Ilse Marrow, spoke": both hold the office

    def _named_before_role(self) -> list[Span]:
        """'Ines Marlow, President of Ostmark': two to four capitalised proper nouns followed by a comma
        and a capitalised office word name a person, whatever label spaCy gave them."""
        tw = names.title_words()
        doc = self.doc
        out: list[Span] = []
        i = 0
        while i < len(doc):
            j = i
            while (
                j < len(doc)
                and j - i < 4
                and doc[j].pos_ == "PROPN"
                and doc[j].text[:1].isupper()
                and doc[j].ent_type_ not in ("GPE", "DATE", "TIME")
                and names.fold(doc[j].text).strip(".") not in tw
            ):
                j += 1
            if (
                j - i >= 2
                and j + 1 < len(doc)
                and doc[j].text == ","
                and (
                    doc[j + 1].text[:1].isupper()
                    and (_head_word(doc[j + 1]) in ROLE_HEADS or names.fold(doc[j + 1].text) in tw)
                    or office_apposed(doc[j - 1], j + 1)
                )
                and not any(t.i in self.tok2party for t in doc[i:j])
                and (
                    i == 0
                    or not (doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper())
                    or doc[i - 1].ent_type_ == "DATE"
                )
                and (i == 0 or doc[i - 1].lower_ != "the")  # "the United Nations, Foreign Minister A": a body
            ):
                out.append(doc[i:j])
            i = max(j, i + 1)
        return out

    def _titled_names(self) -> list[Span]:
        """Names spaCy left untagged after a title ("King Olaf Brandt", "Emir Said Hamdan"): the run of
        capitalised proper nouns that follows a capitalised title word is a person's name."""
        tw = names.title_words()
        out: list[Span] = []
        doc = self.doc
        i = 0
        while i < len(doc):
            t = doc[i]
            # "... Standing Committee Ana Berg": an office holder named right after the body's name
            body = t.text[:1].isupper() and _head_word(t) in INSTITUTION_HEADS or t.text == ")"
            if (
                not (
                    t.text[:1].isupper()
                    and names.fold(t.text).strip(".") in tw
                    and t.pos_ in ("PROPN", "NOUN")
                    and t.lower_ not in ("the", "his", "her", "he", "a", "an")
                )
                and not body
            ):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and doc[j].text[:1].isupper() and names.fold(doc[j].text).strip(".") in tw:
                j += 1  # "Prime Minister", "His Highness Sheikh"
            if j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in ("elect", "designate"):
                j += 2  # "President-elect Ana Berg"
            portfolio = any(
                x.lower_ in ("of", "for") for x in doc[max(0, i - 2) : i]
            )  # "Minister of Foreign"
            if j < len(doc) and doc[j].tag_ == "NNPS" and portfolio:
                j += 1  # "Minister of Foreign Affairs (Ana Berg)": the portfolio's plural noun is no name
            k = j
            while (
                k < len(doc)
                and k - j - sum(2 for x in doc[j:k] if name_hyphen(doc, x.i))
                < (6 if any(x.text in PATRONYMIC_PARTICLES for x in doc[j:k]) else 4)
                and (
                    doc[k].pos_ == "PROPN"
                    and doc[k].text[:1].isupper()
                    or patronymic(doc, k, j)  # "Prince Turki bin Abdulmajid"
                    or k > j
                    and name_hyphen(doc, k)  # "President Arman-Bek Serik"
                )
                and (
                    doc[k].ent_type_ in ("", "PERSON", "EVENT", "PRODUCT", "WORK_OF_ART")
                    or self._org_is_name(doc[k])
                    or doc[k].ent_type_ == "GPE"
                    and not names.is_state_word(doc[k].text)
                )  # "President-elect Jan Kolar" tagged as a place
                and not doc[k].is_sent_start
                and names.fold(doc[k].text).strip(".") not in tw
                and _head_word(doc[k]) not in INSTITUTION_HEADS
                and "\n" not in doc[k - 1].whitespace_
                and doc[k].lower_ not in headline_verbs()  # "HH the Emir Receives Message": a verb
            ):
                k += 1
            enough = (
                k - j >= 2 if body else k > j
            )  # after a body's name, a single word may be another name part
            if body and k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
                enough = False  # the run stopped inside a longer name of a body
            if k + 1 < len(doc) and doc[k].lower_ == "of" and _head_word(doc[k + 1]) in INSTITUTION_HEADS:
                enough = False  # "the Norland State House of Assembly": a body's name, no title and name
            if enough and not any(t2.i in self.tok2party for t2 in doc[j:k]):
                out.append(doc[j:k])
            i = max(k, i + 1)
        return out

    def _bracketed_nickname(self, end: int) -> str | None:
        """'Joko Widodo (Jokowi)', 'Ana Berg ‘Kessa’': a one-word name in brackets or quotes right after a
        person's name (not one a name goes on after: 'Anna "Annie" Berg')."""
        doc = self.doc
        if end + 2 >= len(doc):
            return None
        if doc[end - 1].is_quote and not doc[end - 1].whitespace_:
            end -= 1  # the recogniser took the opening quote into the name ("Carl Berg ‘" + "Kessa’")
        nick = doc[end + 1]
        bracketed = doc[end].text == "(" and doc[end + 2].text == ")"
        quoted = (
            doc[end].is_quote and doc[end + 2].is_quote and not doc[end].whitespace_ and not nick.whitespace_
        )
        after = doc[end + 3] if end + 3 < len(doc) else None
        if quoted and after is not None and after.pos_ not in ("PUNCT", "VERB", "AUX", "ADP", "CCONJ"):
            return None  # 'Anna "Annie" Berg', "the A ‘Vestria’ plan": no nickname set off after the name
        if nick.ent_type_ in ("GPE", "NORP", "LOC") or names.states_named(nick.text):
            return None  # a country in quotes is no one's nickname
        if (bracketed or quoted) and nick.pos_ == "PROPN" and nick.text[:1].isupper() and nick.text.isalpha():
            return nick.text
        return None

    def _nickname_after(self, end: int) -> str | None:
        """A quoted one-word nickname between given name and surname ('Anna "Annie" Berg')."""
        doc = self.doc
        if end + 3 >= len(doc):
            return None
        q1, nick, q2, last = doc[end], doc[end + 1], doc[end + 2], doc[end + 3]
        if last.lower_ in names.particles() and end + 4 < len(doc):
            last = doc[end + 4]  # 'Luiz "Lula" da Silva'
        if (
            q1.is_quote
            and q2.is_quote
            and nick.text[:1].isupper()
            and last.text[:1].isupper()
            and last.pos_ == "PROPN"
            and not q1.whitespace_
            and not nick.whitespace_
        ):
            return nick.text
        return None


# Words of a state's formal name before "of" ("the Republic of X", "the Kingdom of X").
STATE_FORMS = {
    "republic", "kingdom", "state", "states", "federation", "principality", "emirate", "sultanate",
    "commonwealth", "grand", "duchy", "islamic", "democratic", "people", "peoples", "federal", "union", "united",
    "arab", "socialist", "plurinational", "co-operative", "cooperative",
}  # fmt: skip


def _state_named(text: str) -> bool:
    """A state's whole name, from the alias files or the CLDR ("Sierra Leone", "North Macedonia")."""
    from .mentions import _countries

    return text in _countries() or names.is_state_name(text)


def _ent_start(doc: Doc, k: int) -> int:
    """Where the entity holding token ``k`` begins."""
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k


def _name_run(t: Token) -> Span | None:
    """The two or three capitalised proper nouns ending at ``t`` ("Ilse Marrow"), if that is all they are."""
    left = min([t.i] + [c.i for c in t.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"])
    span = t.doc[left : t.i + 1]
    if not 2 <= len(span) <= 3 or not all(x.text[:1].isupper() and x.pos_ == "PROPN" for x in span):
        return None
    if any(x.ent_type_ in ("GPE", "LOC", "DATE") or _head_word(x) in INSTITUTION_HEADS for x in span):
        return None
    return span


def _titled_name(ent: Span) -> bool:
    """'Count Ferdinand Rusk', 'Baroness Ada Lorne': a title of a person, then one to three capitalised
    proper nouns none of which names an institution."""
    words = [names.fold(t.text).strip(".").lower() for t in ent]
    rest = ent[1:]
    return (
        words[0] in names.honorifics()
        and words[0] not in ("the", "his", "her", "he")
        and 1 <= len(rest) <= 3
        and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and _head_word(t) not in INSTITUTION_HEADS
            for t in rest
        )
    )
