"""The words a report writes around a person's name: titles and roles just before it ("Iranian
Foreign Minister Ana Berg"), roles in apposition, the body those roles name, and every later place the
report writes the same person's surname with its own titles ("Mr Berg", "Dr. Berg's")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .. import names
from ..nlp import INITIALS_ONLY
from .apposed_offices import apposed_office_text
from .comma_names import role_end, set_off_holder
from .coref import InReportResolution
from .disguised import _subject_in_disguise
from .holders_between import person_between
from .mentions import (
    INSTITUTION_HEADS,
    ROLE_HEADS,
    Party,
    _add_role,
    _head_word,
    _np_text,
)
from .salience import subject_level
from .served import office_over, office_text
from .speech_words import SPEECH_VERBS, TELLING


class TitledForms(InReportResolution):
    """Part of PartyIndex: roles and titled surface forms of the persons it holds."""

    ents: list[Span]

    def _role_of_another(self, ent: Span, appos: Token) -> bool:
        """'A, President of X; President of Y, B': a role past a semicolon, or one followed by a comma and
        another person's name, belongs to that other person."""
        doc = self.doc
        lo, hi = min(ent.end, appos.left_edge.i), max(ent.end, appos.left_edge.i)
        if any(t.text == ";" for t in doc[lo:hi]):
            return True
        if any(self._holder_run_into(t, ent) for t in appos.subtree):
            return True  # "A, President of X B and King C": a list's next item, an office with its holder
        nxt = appos.right_edge.i + 1
        if nxt < len(doc) and self._person_at(nxt) and nxt not in range(ent.start, ent.end):
            return True  # "A, Prime Minister of X B, and C": the office runs on into B's name
        return (
            nxt + 1 < len(doc)
            and doc[nxt].text == ","
            and (doc[nxt + 1].ent_type_ == "PERSON" or self._person_at(nxt + 1))
            and doc[nxt + 1].i not in range(ent.start, ent.end)
        )

    def _person_at(self, i: int) -> bool:
        return i in self.tok2party and self.parties[self.tok2party[i]].ptype == "person"

    def _holder_run_into(self, t: Token, ent: Span) -> bool:
        """``t`` starts another person's name that runs on, with no comma, from a place or body's name
        ("President of the Federation Ivan Petrov"), unlike a name after a title ("envoy of President B")."""
        before = t.doc[t.i - 1]
        return (
            self._person_at(t.i)
            and not self._person_at(t.i - 1)
            and t.i not in range(ent.start, ent.end)
            and before.pos_ == "PROPN"
            and before.text[:1].isupper()
            and names.fold(before.text).strip(".").lower() not in names.title_words()
        )

    def _title_prefix(self, ent: Span) -> str:
        """Title and role words written just before a name ("Iranian Foreign Minister ")."""
        i = ent.start
        toks: list[Token] = []
        while i > 0:
            t = self.doc[i - 1]
            low = t.lower_.strip(".")
            if "\n" in t.whitespace_ or "\n" in t.text or low in ("dear", "striving", "respected"):
                break  # a salutation or the line above is not a title
            mark = self.doc[i - 2].lower_.strip(".") if i >= 3 else ""
            if t.text == ")" and self.doc[i - 3].text == "(" and mark in names.title_words():
                toks[0:0] = list(self.doc[i - 3 : i])  # "Gen. (Rtd) A B": the rank's mark in brackets
                i -= 3
                continue
            if low in names.title_words() and low not in ("the", "he", "his", "her"):
                toks.insert(0, t)
                i -= 1
            elif (
                low in ("his", "her", "the")
                and toks
                and toks[0].lower_
                in ("highness", "majesty", "excellency", "holiness", "amir", "emir", "king", "queen", "late")
            ):
                toks.insert(0, t)  # "His Highness the Amir"
                i -= 1
            elif t.ent_type_ in ("NORP", "GPE") and (toks or t.dep_ in ("amod", "compound")):
                toks.insert(0, t)
                i -= 1
                k = i - 1 - (i >= 1 and self.doc[i - 1].lower_ == "the")
                if k >= 1 and self.doc[k].lower_ == "to" and self.doc[k - 1].lower_ in names.title_words():
                    toks[0:0] = list(self.doc[k:i])  # "envoy to (the) Norland A B": the post's place
                    i = k
            else:
                break
        while (
            toks
            and toks[0].lower_ in ("the", "his", "her")
            and not (len(toks) > 1 and toks[1].lower_ in ("highness", "majesty", "excellency", "holiness"))
        ):
            toks.pop(0)
        lead = self._role_before(i)
        return lead + "".join(t.text_with_ws for t in toks)

    def _role_before(self, i: int) -> str:
        """'Leader of the Islamic Revolution ' written right before a name (no comma between)."""
        j = i - 1
        while j >= 0 and i - j <= 8:
            t = self.doc[j]
            if (
                t.pos_ in ("PUNCT", "VERB", "SCONJ", "PRON")
                or t.lower_ in ("that", "which", "who")  # "told Nortown FM that President A": no office
                or (t.pos_ == "CCONJ" and not _within_title_case(self.doc, j, i))
                or (
                    t.pos_ == "ADP"
                    and t.lower_ != "of"
                    and not (t.lower_ == "for" and _within_title_case(self.doc, j, i))
                )
                or "\n" in t.whitespace_
                or "\n" in t.text  # a line break of its own: the role is on the line above (a heading)
            ):
                return ""
            if (
                t.ent_type_ == "PERSON"
                or j in self.tok2party
                and self.parties[self.tok2party[j]].ptype == "person"
            ):
                return ""  # another person's name: "High Representative A B and Trade Commissioner C D"
            if _head_word(t) in ROLE_HEADS and t.text[:1].isupper() and j < i - 1:
                while (
                    j > 0
                    and names.fold(self.doc[j - 1].text) in names.title_words()
                    and self.doc[j - 1].text[:1].isupper()
                ):
                    j -= 1  # "Prime Minister of Pakistan", not "Minister of Pakistan"
                role = self.doc[j:i]
                joins = [k for k, x in enumerate(role) if x.pos_ == "CCONJ"]
                if joins and not any(x.lower_ in ("for", "of") for x in role[: joins[0]]):
                    return ""  # "High Representative A B and Trade Commissioner": two offices, two people
                return role.text_with_ws
            j -= 1
        return ""

    def _attach_roles(self) -> None:
        for ent in self.ents:
            key = self.tok2party.get(ent.root.i)
            if key is None or self.parties[key].ptype != "person":
                continue
            party = self.parties[key]
            prefix = self._title_prefix(ent).strip()
            if prefix and names.core_tokens(prefix) != names.core_tokens(ent.text):
                _add_role(party, prefix)
            for child in _own_appositions(ent.root, self.ents):
                if (
                    child.dep_ in ("appos", "conj")
                    and child.i not in self.tok2party
                    and not _subject_in_disguise(child)
                    and not self._role_of_another(ent, child)
                    and not (child.pos_ == "PROPN" and child.ent_type_ in ("GPE", "LOC", "FAC"))
                    and child.pos_ not in ("VERB", "AUX", "PRON")  # "A B Papers: What We Found": no office
                    and not _source_clause(child)  # "to A, the Parliament's press office reported": no office
                    and (_set_off(child) or _head_word(child) in ROLE_HEADS)
                ):  # "A (Port Ellery and the Skerries)": a constituency, no role
                    _add_role(party, _np_text(child))
            if apposed := apposed_office_text(ent.root):  # "Prince A, Crown Prince and Prime Minister,"
                _add_role(party, apposed)
            for office in _office_taken(ent.root):  # "A was named party chair"
                if office.i not in self.tok2party:
                    _add_role(party, _np_text(office))
            head = office_over(ent.root.head) if ent.root.dep_ == "appos" else ent.root.head
            if ent.root.dep_ == "appos" and head.i not in self.tok2party and _head_word(head) in ROLE_HEADS:
                if set_off_holder(self.doc, self.tok2party, self.parties, head) not in (None, key):
                    continue  # "the President of X, A, and the President of Y, B": B hung on the first office
                if head.i < ent.start and person_between(
                    self.doc, self.tok2party, self.parties, head.i + 1, ent.start, key
                ):
                    continue  # "to President of X A, President of Y B": the first office is A's
                # "the head of the Council, Ana Berg": the office with its 'of' body
                _add_role(party, office_text(head, ent))
        for t in self.doc:  # "A, who chairs the Home Affairs Committee,": the chair of that committee
            if t.i in self.tok2party and self.parties[self.tok2party[t.i]].ptype == "person":
                for role in _office_by_verb(t):
                    _add_role(self.parties[self.tok2party[t.i]], role)
        for t in self.doc:
            head = t.head
            if (
                t.dep_ == "conj"
                and head.i < t.i
                and head.i not in self.tok2party
                and _head_word(head) in ROLE_HEADS
            ):
                key = set_off_holder(self.doc, self.tok2party, self.parties, head)
                if (
                    key is not None and self.tok2party.get(t.i) == key
                ):  # the name parsed as the role's conjunct
                    _add_role(self.parties[key], _np_text(head, stop_at=t.left_edge.i))
            elif (
                t.i not in self.tok2party
                and t.dep_ != "compound"
                and _head_word(t) in ROLE_HEADS
                and not (
                    t.dep_ == "pobj" and (_head_word(t.head.head) in ROLE_HEADS or office_over(t) is not t)
                )
                # not "the aide to the president, A", "the spokesperson for the Secretary-General, A"
            ):
                # "wrote to the Chairperson of X, Prime Minister A B, on Monday", the name parsed apart
                key = set_off_holder(self.doc, self.tok2party, self.parties, t)
                if key is not None and t.i + 1 < len(self.doc):
                    _add_role(self.parties[key], _np_text(t, stop_at=role_end(t) + 1))
        for p in self.live():
            if p.ptype == "person" and p.org is None:
                p.org = self._org_of_roles(p)

    def _org_of_roles(self, p: Party) -> str | None:
        best: str | None = None
        for r in p.roles:
            for q in self.live():
                if q.ptype != "org" or not re.search(r"[A-Z].*[a-z]|[A-Z]{2,}", q.name) or len(q.name) < 3:
                    continue
                if q.name.endswith(("an", "ian", "ese", "ish")) and " " not in q.name:
                    continue
                if any(s and s in r for s in [q.name, *q.surfaces]) and (
                    best is None or len(q.name) > len(best)
                ):
                    best = q.name
        return best

    def _sweep_surfaces(self) -> None:
        """Every place the report writes a person's surname, with the titles written before it ("Mr
        Berg", "Norland PM Ana Berg's letter", "Dr. Berg" where spaCy tagged no name): each such form is
        an alias of the one person of the report with that surname. A surname two persons here share
        ("Kim" beside two Kims), or a place another party holds, is left alone."""
        doc = self.doc
        by_last: dict[str, list[Party]] = {}
        for p in self.live():
            core = names.core_tokens(p.name) if p.ptype == "person" else []
            if len(core) >= 2:
                by_last.setdefault(core[-1], []).append(p)
        for tok in doc:
            if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
                continue
            hits = by_last.get(names.fold(tok.text).lower())
            if not hits or len(hits) != 1:
                continue
            p = hits[0]
            if _part_of_compound(tok, p.name):
                continue  # "Han" alone is no mention of "Lee Seung-han" (but "Moreau-Laval" is of hers)
            owner = self.tok2party.get(tok.i)
            if owner is not None and self.parties[owner] is not p:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper():
                continue  # the surname is not the end of the name here ("Berg Street", "Ana Berg Lund")
            words = set(names.core_tokens(p.name))
            start = tok.i
            while (
                start > 0
                and doc[start - 1].text[:1].isupper()
                and names.fold(doc[start - 1].text).lower() in words
                and "\n" not in doc[start - 1].whitespace_
            ):
                start -= 1
            span = doc[start : tok.i + 1]
            form = self._title_prefix(span) + span.text
            if form.strip() != span.text or start < tok.i:
                p.add_surface(form)
            if (
                owner is None
                and tok.ent_type_ in ("", "PERSON")
                and not doc[start : tok.i + 1].text.isupper()
            ):
                # "Thaci, for his part, also telephoned B", the surname tagged as no name: a mention of him
                for t in span:
                    self.tok2party[t.i] = p.key
                self.mentions.append((span.start, p.key, subject_level(span.root)))
                self.mentions.sort()
                p.add_surface(span.text)


def _part_of_compound(tok: Token, name: str) -> bool:
    """Whether ``tok`` is only the last syllable of the given name that ends ``name`` ("Han" of "Seung-han")
    rather than that whole name written out."""
    last = name.split()[-1] if name.split() else ""
    if not names.syllabled(last):
        return False
    doc = tok.doc
    written = "".join(t.text + (t.whitespace_ and " ") for t in doc[max(0, tok.i - 2) : tok.i + 1]).strip()
    return names.fold(written).lower() != names.fold(last).lower()


def _own_appositions(root: Token, ents: list[Span]) -> list[Token]:
    """The roles in apposition to the name headed by ``root``. In "A and B, the X prime minister," the
    parser may hang the role on A; a singular role written after B's name is B's (the pair would be "the
    two leaders"), so a role belongs to the nearest person named before it."""
    doc = root.doc

    def owner(appos: Token) -> int:
        appos = appos.head if appos.dep_ == "conj" else appos  # the conjunct's owner is its first office's
        head = appos.head
        if INITIALS_ONLY.match(head.text) and head.dep_ == "appos":
            head = head.head  # "A, K.C.M.G., High Commissioner": the role is A's
        if appos.tag_ in ("NNS", "NNPS"):
            return -1  # "A and B, the two presidents,": a role of neither alone
        if appos.tag_ not in ("NN", "NNP"):
            return head.i
        later = [e for e in ents if head.i < e.start and e.end <= appos.left_edge.i and e.label_ == "PERSON"]
        return max(later, key=lambda e: e.end).root.i if later else head.i

    def appositions(h: Token) -> list[Token]:
        """``h``'s appositions; past letters after a name ("A, K.C.M.G., High Commissioner"), the role."""
        out = []
        for c in h.children:
            if c.dep_ == "appos" and INITIALS_ONLY.match(c.text):
                out += [g for g in c.children if g.dep_ == "appos"]
            elif c.dep_ == "appos":  # and "A, a member of X and Chinese foreign minister,": the second too
                out += [
                    c,
                    *(g for g in c.conjuncts if g.i > c.i and g.tag_ == "NN" and _head_word(g) in ROLE_HEADS),
                ]
        return out

    near = {root.i} | {t.i for t in doc[max(0, root.left_edge.i - 40) : root.i]}
    heads = [doc[i] for i in near if doc[i].ent_type_ == "PERSON" or i == root.i]
    return sorted(
        {c.i: c for h in heads for c in appositions(h) if owner(c) == root.i}.values(),
        key=lambda c: c.i,
    )


# Verbs by which a person takes or holds an office their complement names ("was named party chair",
# "became prime minister", "was elected president of X", "was sworn in as president").
_TAKING = frozenset(
    {"name", "elect", "appoint", "become", "choose", "inaugurate", "swear", "install", "re-elect"}
)


def _office_taken(name: Token) -> list[Token]:
    """The office heads of the complement of a verb of taking office whose subject is ``name``, or of a
    relative clause on it that says what the person is or was ("A, who was Governor of X from 1957,")."""
    if taken := _taking_noun(name):
        return taken  # "congratulated A on his election as chancellor", "A's installation as King"
    verb = name.head
    held = next(
        (c for c in name.children if c.dep_ == "relcl" and c.lemma_ in ("be", *_TAKING) and _who_subject(c)),
        None,
    )
    copula = name.dep_ == "nsubj" and verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and held is None
    if held is not None:
        verb = held
    elif name.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _TAKING and not copula:
        return []
    if copula and not _holds_now(verb):
        return []  # "A is not the president", "A was president until 2019": not the office's holder now
    out = []
    for c in verb.children:
        if c.dep_ in ("attr", "oprd", "xcomp", "acomp") and _head_word(c) in ROLE_HEADS:
            if copula and not _defining(c):
                continue  # "A is a former minister", "A was the first leader to call B": no office held now
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as":
            out.extend(g for g in c.children if g.dep_ == "pobj" and _head_word(g) in ROLE_HEADS)
    return out


# Nouns of taking an office ("his election as chancellor", "A's installation as King").
_TAKING_NOUNS = frozenset(
    {"election", "re-election", "appointment", "installation", "inauguration", "accession", "investiture"}
)


def _taking_noun(name: Token) -> list[Token]:
    """The office a noun of taking office names for ``name``: its possessor ("A's election as X"), or the
    object of the verb its 'on' phrase hangs on, with a pronoun possessor ("congratulated A on his
    election as X", "sent a letter to A on her appointment as X")."""
    nouns = [name.head] if name.dep_ == "poss" else []
    to = name.dep_ == "pobj" and name.head.lower_ == "to"  # "sent a letter to A on her appointment as X"
    if name.dep_ == "dobj" or to:
        nouns += [
            g
            for h in ([name.head] if not to else [name.head.head, name])
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children
            if g.dep_ == "pobj" and any(p.dep_ == "poss" and p.lower_ in ("his", "her") for p in g.children)
        ]
    nouns = [n for n in nouns if n.lemma_.lower() in _TAKING_NOUNS]
    verb = name.head.head if to else name.head
    hosts = [*nouns, *([verb] if nouns and (name.dep_ == "dobj" or to) else [])]  # "as X" parsed on the verb
    return [
        o
        for n in hosts
        for c in n.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for o in c.children
        if o.dep_ == "pobj" and _head_word(o) in ROLE_HEADS
    ]


# Words before an office that say its holder does not hold it now, or holds another's ("the shadow minister").
_NOT_HELD = frozenset(
    "a an former ex first last only late shadow erstwhile next designate likely possible future would-be".split()
)
# Words on a copula that say what it tells is not so now ("if A were", "A is no longer", "A would be").
_NOT_NOW = frozenset(
    "not never until till formerly previously once if would could might may will should must longer whether".split()
)


def _holds_now(verb: Token) -> bool:
    """The copula (in the present: "A was foreign minister" tells a past office) tells a fact of now: no
    negation, modal, condition, 'no longer', 'until', and no date or number on it ("is minister since 2019"
    reads as it should without one)."""
    if any(c.lower_ in _NOT_NOW or c.dep_ == "neg" for c in verb.children):
        return False
    return not any(
        t.ent_type_ in ("DATE", "TIME") or t.like_num
        for c in verb.children
        if c.dep_ == "prep"
        for t in c.subtree
    )


def _defining(role: Token) -> bool:
    """'A is the foreign minister of X': a copula's complement that names the office the subject holds: no
    indefinite article, no 'former' or rank ("a former minister", "the first leader to ..."), no clause on
    it, no other office inside ("the foreign minister's chief of staff", "the father of the minister")."""
    return (
        not any(
            c.dep_ in ("det", "amod", "advmod", "compound") and c.lower_ in _NOT_HELD for c in role.children
        )
        and not any(c.dep_ in ("relcl", "acl") for c in role.children)
        and not any(t.i != role.i and _head_word(t) in ROLE_HEADS for t in role.subtree if t.dep_ != "conj")
    )


def _who_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children)


def _within_title_case(doc: Doc, j: int, name: int) -> bool:
    """'for' or 'and' inside an office written in title case before the name at ``name`` ("Secretary of
    State for Wales A", "Minister for Foreign and Diaspora Affairs A"): words in title case on both
    sides, no name after it ("the Governor and A B" joins two people)."""
    return (
        0 < j < name - 1
        and doc[j - 1].text.istitle()
        and doc[j + 1].text.istitle()
        and doc[j + 1].ent_type_ != "PERSON"
    )


def _set_off(appos: Token) -> bool:
    """The apposition is set off from the name by a comma, a bracket, a dash, a colon or a line break;
    a bare noun phrase run on after the name ("wished A a speedy recovery") is the verb's second object,
    which the parser may hang on the name, and no office of it."""
    before = appos.doc[appos.left_edge.i - 1] if appos.left_edge.i else None
    return before is None or before.is_punct or "\n" in before.whitespace_


def _source_clause(appos: Token) -> bool:
    """The apposition is the subject of a verb of telling hung on it ("..., A, the ministry's press office
    reported on Thursday"): the report's source, no office of the name before it."""
    return any(
        c.dep_ in ("acl", "relcl") and c.i == appos.i + 1 and c.lemma_.lower() in SPEECH_VERBS | TELLING
        for c in appos.children
    )


# Verbs that say one holds the office over what they take: "who chairs X" is the chair of X.
_HOLDING_VERBS = {
    "chair": "chair",
    "head": "head",
    "lead": "leader",
    "direct": "director",
    "convene": "convener",
}


def _office_by_verb(name: Token) -> list[str]:
    """'A, who chairs the Home Affairs Committee,' -> 'chair of the Home Affairs Committee' (also 'heads',
    'leads', 'directs', 'convenes'): a relative clause of holding an office over a body, told now."""
    return [
        f"{_HOLDING_VERBS[c.lemma_.lower()]} of {_np_text(o)}"
        for c in name.children
        if c.dep_ == "relcl"
        and c.lemma_.lower() in _HOLDING_VERBS
        and c.tag_ in ("VBZ", "VBP")
        and _who_subject(c)
        for o in c.children
        if o.dep_ == "dobj" and _head_word(o) in INSTITUTION_HEADS  # a body, not "leads the race"
    ]
