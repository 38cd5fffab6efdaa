"""Whether a description of an office can denote a party the report knows: "the Ostravian ambassador"
is not "Norland's Ambassador", while "the Chinese president" fits a party of China."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span

from .. import names
from .comma_names import _closed
from .mentions import INSTITUTION_HEADS, LEADER_OFFICES, ROLE_HEADS, _head_word, _role_class
from .speech_words import MEDIA_NOUNS
from .syntax import COURIER_HEADS, STAFF_HEADS

if TYPE_CHECKING:
    from .mentions import Party


# Words of persuasion, party or faith, which spaCy tags as it tags nationalities (NORP): one person is
# both "the Conservative MP" and "the British MP", "the Catholic leader" and "the Irish leader".
AFFILIATIONS = frozenset(
    {
        "republican", "republicans", "democrat", "democrats", "democratic", "conservative", "conservatives",
        "liberal", "liberals", "socialist", "socialists", "communist", "communists", "labour", "labor",
        "green", "greens", "tory", "tories", "nationalist", "nationalists", "christian", "christians",
        "muslim", "muslims", "catholic", "catholics", "protestant", "orthodox", "jewish", "sunni", "shia",
        "shiite", "hindu", "buddhist", "islamist", "islamists",
    }
)  # fmt: skip


def _proper_words(text: str) -> set[str]:
    """The capitalised words of a description that are no title ('Norland', 'Ostravian' in "Norland's
    Ambassador", "the Ostravian ambassador"), folded."""
    out = set()
    for w in re.findall(r"[^\W\d_][\w-]*", re.sub(r"['’]s\b", "", text)):
        low = names.fold(w).lower()
        if w[:1].isupper() and low not in names.title_words() and low not in ("the", "a", "an", "of"):
            out.add(low)
    return out


def fits_office(
    np: str, p: Party, nationalities: frozenset[str] = frozenset(), bodies: Sequence[Party] = ()
) -> bool:
    """Whether description ``np`` can denote ``p``. A party known only by an office ("Norland's
    Ambassador", no name) is one holder of that office: a description naming another place or body
    ("the Ostravian ambassador", "Ambassador of Borduria") is someone else. A named person may be
    described by words the report never wrote about them ("Iran's Leader"), but not by another
    nationality than the one the report gives them: "the French president" is not "Vietnamese
    President Nguyen Van An" (``nationalities``: the report's words of nationality, folded; a
    nationality against a country, "French" against "President of France", is not compared)."""
    if lesser_office(np, p) or other_portfolio(np, p) or serves_office(np, p) or _deputy_of(np, p):
        return False  # "the Emir" is not "Deputy Emir A", "the prime minister" not "Culture Minister A"
    if office_of_other_body(np, p, bodies):
        return False  # "the UWF president" is not the country's President A
    if p.name not in p.roles:
        if _other_place(np, p) or _other_state(np, p) or _office_elsewhere(np, p):
            return False  # "the President of Freedonia" is not "President of Sylvania B"
        return True if not nationalities else not _other_nationality(np, p, nationalities)
    known = set().union(*(_proper_words(r) for r in [*p.roles, *p.surfaces]))
    return all(same_stem(w, known) for w in _proper_words(np))


_DEPUTIES = frozenset({"deputy", "vice", "assistant", "under", "acting", "shadow"})


def _deputy_of(np: str, p: Party) -> bool:
    """'the Deputy Prime Minister' is not Prime Minister A: the description says an office second to another
    ("deputy", "vice", "acting", ...) that no form of ``p`` says."""
    said = {
        _SECOND.get(w, w)
        for w in (x.split("-")[0] for x in re.findall(r"[\w-]+", np.lower()))
        if w in _DEPUTIES
    }
    told = {
        _SECOND.get(w, w)
        for w in re.findall(r"[a-z]+", " ".join([*p.roles, *p.surfaces, *p.offices]).lower())
    }
    return bool(said - told)


_SECOND = {"vice": "deputy"}  # "Vice Prime Minister A" ... "the deputy prime minister": one office


def office_of_other_body(np: str, p: Party, bodies: Sequence[Party]) -> bool:
    """The description names a body of the report by its short form ("the UWF president" where "the Union
    of Writers (UWF)" is named) and the office a state's leader holds, ``p`` holds that office by title
    ("President A"), and nothing the report says of ``p`` ties them to that body: the body's president is
    another than the country's. (Of another office, "the AU chairperson", the report may name its holder
    with no word of the body: "Chairperson B", "The bloc's chairman, President C".)"""
    head = _head_office(np)
    if head not in LEADER_OFFICES or not any(head in names.tokens(s) for s in [*p.surfaces, p.name]):
        return False
    forms = " ".join([p.name, *p.roles, *p.surfaces, p.org or ""])
    own = {names.fold(w).lower() for w in re.findall(r"[\w-]+", forms)}
    for word in re.findall(r"\b[A-Z]{2,}\b", np):
        body = next(  # a body whose full name the report gives with its short form
            (b for b in bodies if b.ptype == "org" and word in b.surfaces and len(b.name.split()) >= 2), None
        )
        if body is None or word.lower() in own:
            continue
        full = {names.fold(w).lower() for w in _proper_words(body.name)} - {word.lower()}
        if not full & own:  # no word of the body's name either ("European" of "European Commission")
            return True
    return False


def _head_office(np: str) -> str:
    """The last word of a description, folded: its office ("the UWF president" -> "president")."""
    words = re.findall(r"[\w-]+", np)
    return names.fold(words[-1]).lower() if words else ""


def serves_office(np: str, p: Party) -> bool:
    """Every form of ``p`` that holds the description's office serves it ("the spokesperson for the
    Secretary-General, A", "adviser to the President"): the description is whom A serves, not A."""
    head = _head_office(np)  # an office ("the Minister for Foreign Affairs and Security" is no one served)
    word = (
        re.compile(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])")
        if ROLE_HEADS & set(head.split("-"))
        else None
    )
    served = own = False
    for form in (names.fold(f).lower() for f in [*p.roles, *p.surfaces]):
        if word is None or not word.search(form):
            continue
        m = re.search(r"\s(?:for|to)\s+(?:the\s+)?", form)
        if m and word.search(form[m.end() :]) and not word.search(form[: m.start()]):
            served = True
        else:
            own = True
    return served and not own


def lesser_office(np: str, p: Party) -> bool:
    """Every form of ``p`` that holds the description's last word says a lesser office before it
    ("Deputy Emir", "Vice President", "former President"), and the description says none ("the then
    Prime Minister" is the late Prime Minister A of those days)."""
    words = [w.lower() for w in re.findall(r"[\w-]+", np)]
    if not words or any(w in names.SECOND_TO or w.startswith("vice-") for w in words):
        return False
    heads = {words[-1]} | (LEADER_OFFICES if words[-1] == "leader" else set())  # "the Xian leader"
    lesser = names.SECOND_TO - ({"former", "ex", "late"} if "then" in words else set())
    forms = [*p.roles, *p.surfaces]
    held = [
        f.lower().split()
        for f in forms
        if heads & set(f.lower().split()) and not any(g != f and g.endswith(" " + f) for g in forms)
    ]  # "Minister Ana Berg", the tail of "Deputy Prime Minister Ana Berg", says no office of its own
    return bool(held) and all(
        any(w in lesser or w.startswith("vice-") for w in f[: min(f.index(h) for h in heads if h in f)])
        for f in held
    )


# Words before an office that say when or how it is held, not which office it is ("the new minister",
# "the acting president").
_NOT_SPECIFYING = frozenset(
    {
        "new", "former", "then", "acting", "interim", "outgoing", "incoming", "current", "late", "veteran",
        "sitting", "serving", "newly", "elected", "elect", "designate", "caretaker", "de", "facto", "ex",
    }
)  # fmt: skip


def _specifiers(form: str, head: str) -> set[str]:
    """The content words of an office other than its head and words of when or how it is held."""
    return {w for w in names.content_words(form) if w != head and w not in _NOT_SPECIFYING}


def other_portfolio(np: str, p: Party) -> bool:
    """The description says which office of its head word it is by words before it ("the prime
    minister", "the foreign minister"), every form of ``p`` holding that head word says which by others
    ("Minister of Culture A", "Culture Minister A"), and no word is shared: another office. Capitalised
    words of the description that are no title (a place or a nationality) do not count here."""
    words = names.tokens(np)
    before_of = words[: words.index("of")] if "of" in words else words
    head = next((w for w in reversed(before_of) if w in ROLE_HEADS), None)
    if head is None:
        return False
    said = _specifiers(np, head) - _proper_words(np)
    if not said:
        return False
    held = [f for f in [*p.roles, *p.surfaces] if head in names.tokens(f)]
    theirs = set().union(*(_specifiers(f, head) for f in held)) - set(names.tokens(p.name))
    return bool(theirs) and not any(same_stem(w, theirs) for w in said)


# Words after "of" in an office that name no particular place ("the President of the Republic").
GENERIC_PLACES = frozenset(
    {"republic", "nation", "country", "state", "government", "union", "kingdom", "federation"}
)
_OF_PLACE = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][\w-]*\s*)+)")


def _places_of(text: str) -> set[str]:
    """The capitalised words after 'of' in an office ("President of Sylvania": 'sylvania'), or before its
    possessive ("Scotland's First Minister": 'scotland'), folded."""
    words = {names.fold(w).lower() for m in _OF_PLACE.finditer(text) for w in m.group(1).split()}
    words |= {names.fold(m.group(1)).lower() for m in _OWNER_PLACE.finditer(text)}
    return words - GENERIC_PLACES - names.title_words()


# The place that owns an office, written first: "Scotland's First Minister", "Ontario’s premier".
_OWNER_PLACE = re.compile(r"(?:^|\s)(?:the\s+)?([A-Z][a-z]+)['’]s?\s")


def _other_place(np: str, p: Party) -> bool:
    """The description is an office 'of' a place or body, the person holds one 'of' others, and none of
    them is the description's."""
    said = _places_of(np)
    theirs = set().union(*(_places_of(r) for r in [*p.roles, *p.surfaces]))
    if any(w.isupper() and any(_initials_run(w, r) for r in [*p.roles, *p.surfaces]) for w in np.split()):
        return False  # "the head of the UN" for "the Secretary-General of the United Nations"
    return bool(said) and bool(theirs) and not any(same_stem(w, theirs) for w in said)


def _other_state(np: str, p: Party) -> bool:
    """The description names a state ("the US president", "the Slovenian premier"), the person's roles name
    others, and none of them is the description's ("President of Slovenia A" is not "the US president")."""
    said = names.states_named(np)
    if not said:
        return False
    theirs = states_of(p)
    return bool(theirs) and not said & theirs


# "the head of state", "the Chief of State", "head of government" (not "the chief of state police"): group 1
# says which head.
HEAD_OF = re.compile(r"(?i:\b(?:head|chief) of (?:our |the )?(state|government)\b)(?! (?!of)[a-z])")


def _office_elsewhere(np: str, p: Party) -> bool:
    """The description names a state ("Iran's Supreme Leader") and every office the alias file gives the
    person is of other states ("Supreme Leader of North Korea"), the report tying them to none."""
    said, held = names.states_named(np), frozenset().union(*(names.states_named(o) for o in p.offices))
    return bool(said) and bool(held) and not said & held and not states_of(p)


def states_of(p: Party) -> frozenset[str]:
    """The states the report ties person ``p`` to in forms other than the name ("X's Prime Minister A",
    "President A of X", "the Xian leader")."""
    own = set(names.tokens(p.name))  # (nor in a short form of it: "Al-Sudani" is no Sudan)

    def unnamed(form: str) -> str:
        return " ".join(w for w in form.replace(p.name, " ").split() if not set(names.tokens(w)) <= own)

    return frozenset().union(*(names.states_named(unnamed(f)) for f in [*p.roles, *p.surfaces]))


def _other_nationality(np: str, p: Party, nationalities: frozenset[str]) -> bool:
    """The description names a nationality, the person's roles name others, and none of them fits it."""
    said = _proper_words(np) & nationalities
    if not said:
        return False
    name = set(names.tokens(p.name))
    theirs = {w for r in [*p.roles, *p.surfaces] for w in _proper_words(r) if w in nationalities} - name
    return bool(theirs) and not any(same_stem(w, theirs) for w in said)


def nationality_fits(np: str, p: Party, nationalities: frozenset[str]) -> bool:
    """The description's nationality is the person's state as the report gives it: "the Nigerian leader"
    fits "President A of Nigeria" and "Nigerian President A", not a person the report ties to no state
    or to another."""
    said = _proper_words(np) & nationalities
    name = set(names.tokens(p.name))
    theirs = {
        w
        for r in [*p.roles, *p.surfaces]
        for w in _proper_words(r)
        if w not in name and (w in nationalities or names.is_state_word(w))
    }
    return bool(said) and all(same_stem(w, theirs) for w in said)


def same_stem(word: str, known: set[str]) -> bool:
    """'chinese' fits 'china', 'turkish' fits 'turkey': a known word sharing all but the last two
    letters of the shorter one (four at least)."""
    for k in known:
        n = 0
        while n < min(len(k), len(word)) and k[n] == word[n]:
            n += 1
        if k == word or n >= max(4, min(len(k), len(word)) - 2):
            return True
    return False


def place_of_office(ent: Span) -> bool:
    """A 'name' of up to three words (a hyphen is none) right after 'of' that an office governs ("the mayor of Oskar", "the
    Mayor of Port Ellery", "the President of Dravia, Omar Haddi"), tagged as a person: the place whose
    office it is. Not after a title of its own ("the envoy of King Hamad") nor after one who acts for a
    person ("the envoy of Hamad", "the chief of staff of Berg")."""
    root = ent.root
    prep = root.head
    if (
        sum(not t.is_punct for t in ent) > 3
        or root.dep_ != "pobj"
        or prep.lower_ != "of"
        or prep.i != ent.start - 1
    ):
        return False
    office = prep.head
    if office.lower_ in GENERIC_PLACES and office.dep_ == "pobj" and office.head.lower_ == "of":
        office = office.head.head  # "the Emir of the State of X": the office is the Emir's
    head = _head_word(office)
    return (
        office.pos_ in ("NOUN", "PROPN")
        and head in ROLE_HEADS
        and head not in COURIER_HEADS | STAFF_HEADS | _ACTING_FOR
        and not any(
            c.dep_ == "compound" and names.fold(c.text).strip(".") in names.title_words() for c in ent
        )
    )


# Role heads that also name one who acts for a person ("the secretary of A", "the chief of staff of B").
_ACTING_FOR = frozenset({"secretary", "chief", "head", "official", "assistant", "deputy"})


def holder_apposed(ent: Span) -> bool:
    """A name spaCy tagged as a body, set beside a person's office in lowercase ("the sports minister,
    Losa Fiame-Toleafoa", "its chairman, Ana Berg"): the office's holder, a person. Not a body's name
    ("the minister's party, People's Front": 'party' is no office)."""
    office = ent.root.head
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].text == "," and ent.root.dep_ != "appos":
        if not (ent.end >= len(doc) or _closed(doc, ent.end)):
            return False  # "wrote to the chairman, A B of the Daily reported": a source, not the holder
        office = doc[ent.start - 2]  # "replies to the committee chair, A B of X, who": hung elsewhere
    words = [t for t in ent if not t.is_punct]
    return (
        ent.label_ == "ORG"
        and (ent.root.dep_ == "appos" or office.i == ent.start - 2)
        and office.pos_ == "NOUN"
        and office.text.islower()
        and _head_word(office) in ROLE_HEADS
        and 2 <= len(words) <= 4
        and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and _head_word(t) not in INSTITUTION_HEADS
            for t in words
        )
    )


def demonym_before_title(ent: Span) -> bool:
    """A one-word 'name' right before a capitalised title that a name follows ("Kestrian Chancellor
    Maarten van der Linde", "Solan President Ana Berg"), tagged as a person: the holder's nationality
    or place, not a person."""
    doc = ent.doc
    i = ent.end
    if len(ent) != 1 or i >= len(doc):
        return False
    tw = names.title_words()
    j = i
    while j < len(doc) and doc[j].text[:1].isupper() and names.fold(doc[j].text).strip(".").lower() in tw:
        j += 1  # "Federal Chancellor", "Prime Minister"
    return j > i and j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()


def body_named_end(ent: Span) -> int | None:
    """Where the body a 'person' tag names ends: after the head word of :func:`names_a_body` ("the Dar
    al-Nour Party"), or at the tag's end where an officer's title and name follow ("[Norland Gas] CEO [Dean
    Kovac]": the employer); None for a person."""
    doc = ent.doc
    if ent.start and doc[ent.start - 1].is_lower and doc[ent.start - 1].lemma_ in MEDIA_NOUNS - {"news"}:
        return ent.end  # "the newspaper Le Figaro", "the weekly Die Zeit": an outlet's name
    if ent.end + 1 < len(doc) and doc[ent.end + 1].ent_iob_ == "B" and doc[ent.end + 1].ent_type_ == "PERSON":
        title = names.fold(doc[ent.end].text).lower().strip(".")
        if title in names.title_words() and "\n" not in doc[ent.end].whitespace_:
            return ent.end
    return ent.end + 1 if names_a_body(ent) else None


def names_a_body(ent: Span) -> bool:
    """A 'person' whose name stands before the head word of a body ("Sudland's Dar al-Nour movement", "the
    Dar al-Nour Party"): the body's name, tagged as a person's. Not a person's name before a body of their
    own ("the Ana Berg Foundation" is named after her, but a foundation is no head word here)."""
    head = ent.root.head
    return (
        ent.root.dep_ in ("compound", "nmod")
        and head.i == ent.end
        and head.pos_ == "NOUN"
        and head.lower_ in INSTITUTION_HEADS
    )


def nationality_of_counterpart(ent: Span) -> bool:
    """'his Tarovan counterpart' with 'Tarovan' tagged as a person or a body: the word before 'counterpart' says
    whose counterpart, never who holds the office; so does such a word before a lower-case office with its
    'of' ("Tarovan member of the Presidency A B")."""
    r = ent.root.head if ent.root.dep_ == "conj" else ent.root  # "her X and Y counterparts"
    if r.dep_ in ("compound", "amod", "nmod") and r.head.lower_ in ("counterpart", "counterparts"):
        return True
    # "X member of the Presidency A B": a people's or a party's word before a lower-case office
    office = r.head
    return (
        len(ent) == 1
        and r.dep_ in ("compound", "amod")
        and office.i == r.i + 1
        and office.text.islower()
        and office.lower_ in ROLE_HEADS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in office.children)
    )


def office_of(ent: Span) -> bool:
    """A 'name' the report writes elsewhere as the place of an office ("the people of X" in a report that
    names "the Emir of X" or "the President of the Republic of X"): the place again."""
    if len(ent) > 5 or not ent.text[:1].isupper():
        return False
    found = re.finditer(
        rf"\b([A-Z][a-z]+)\s+of\s+(?:the\s+[A-Z][a-z]+\s+of\s+)?{re.escape(ent.text)}\b", ent.doc.text
    )
    others = COURIER_HEADS | STAFF_HEADS | _ACTING_FOR  # "the envoy of Omar Haddad" is his, not a place's
    return any(m.group(1).lower() in ROLE_HEADS and m.group(1).lower() not in others for m in found)


def officer_of_state(a: Party, b: Party) -> bool:
    """One addressee a state, the other its head of state or government or its foreign minister, as the
    report ties them ("assured Washington", "wrote to US Secretary of State B"): one letter (not for senders:
    a state's note and its minister's letter are two acts; not for any senator, envoy or citizen of it)."""
    if a.ptype == "person":
        a, b = b, a
    if a.ptype != "state" or b.ptype != "person" or not names.states_named(a.name) & states_of(b):
        return False
    words = {w.lower() for r in [*b.roles, *b.surfaces] for w in re.findall(r"[A-Za-z]+", r)}
    foreign = "foreign" in words and "minister" in words or {"secretary", "state"} <= words
    return foreign or leader_words(words)


def leader_words(words: set[str]) -> bool:
    """The words of a person's offices hold a leader's ("president", "king", "prime minister"; not the
    "Prime Cabinet Secretary"): shared by the home leader and the officer of a state."""
    return bool(words & (LEADER_OFFICES - {"prime"})) or {"prime", "minister"} <= words


def state_side(p: Party, others: list[Party]) -> int:
    """The key a call's party counts as: a state the other telling's one person of it stands for ("A spoke
    with his Canadian counterpart B, in a call initiated by Ottawa": Canada's side is B)."""
    if p.ptype != "state":
        return p.key
    of_it = [o for o in others if o.ptype == "person" and names.states_named(p.name) & states_of(o)]
    return of_it[0].key if len(of_it) == 1 else p.key


def without_state_sides(
    held: list[Party | None], sender: Party | None, recipients: list[Party]
) -> tuple[Party | None, list[Party]]:
    """A call's telling folded into one that names the person of a state it names: the state gives way."""
    persons = [p for p in held if p is not None]
    if sender is not None and state_side(sender, persons) != sender.key:
        sender = None
    return sender, [r for r in recipients if state_side(r, persons) == r.key]


def body_led(np: str, p: Party) -> set[str]:
    """'the PIJ leader', 'the Hamas leader': a leader of the body the description names, by its name or its
    initials, is the one whose role heads it ("the Secretary-General of the Palestinian Islamic Jihad"). The
    description's words the role so holds, and 'leader'; nothing when a body named is not in his roles."""
    skip = names.title_words() | {"the", "a", "an"}
    named = [w for w in re.findall(r"[^\W\d_][\w-]*", np) if w[:1].isupper() and w.lower() not in skip]
    roles = [r for r in p.roles if _HEADS_BODY.search(r)]
    if not named or not roles:
        return set()
    for w in named:
        if w.isupper() and len(w) >= 2:
            if not any(_initials_run(w, r) for r in roles):
                return set()
        elif not any(same_stem(names.fold(w).lower(), set(names.tokens(r))) for r in roles):
            return set()
    return {"leader", *(names.fold(w).lower() for w in named)}


# Offices that head a body: "Secretary-General of X", "head of X's political bureau", "chairman of X".
_HEADS_BODY = re.compile(
    r"(?i)\b(?:secretary[\s-]general|head|chair(?:man|woman|person)?|president|leader)\b.*\bof\b"
)


def _initials_run(acronym: str, text: str) -> bool:
    """'PIJ' in "the Palestinian Islamic Jihad movement": the initials of a run of capitalised words (a
    two-letter one must be the whole run)."""
    runs = "".join(w[0] if w[0].isupper() else " " for w in re.findall(r"[A-Za-z][\w-]*", text)).split()
    return any(acronym == run or len(acronym) >= 3 and acronym in run for run in runs)


def role_held(p: Party, head: str, words: set[str]) -> bool:
    """The person's role words hold the office ``head`` and every word of the description."""
    rw = {_role_class(w) for w in p.role_words()}
    return head in rw and words <= rw | {head}
