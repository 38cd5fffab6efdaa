"""The forms in which a report writes a person's name: the name with the words written around it that
belong to the same noun phrase, as a reader would quote them ("Norland's de facto Foreign Minister
Ana Berg", "King Olaf of Ostmark", "President of Norland, Ana Berg", "the Norland president, Ana
Berg"). Every such form is an alias of the person: a search for any of them must find her.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .. import names
from ..datelines import dateline_tokens
from ..meta_byline import POSTNOMINALS
from .disguised import _subject_in_disguise
from .honoured import is_honorific
from .mentions import INSTITUTION_HEADS, ROLE_HEADS, _head_word
from .served import office_over

# Dependents on the left of a name that belong to its noun phrase.
LEFT_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "advmod", "npadvmod"}
# Labels of an "of" complement that places a person ("King Olaf of Ostmark", "Imam Ali of Al-Azhar").
PLACE_LABELS = {"GPE", "ORG", "NORP", "LOC", "FAC"}
MAX_WORDS = 16


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:")


def _no_break(doc_span: Span) -> bool:
    return not any("\n" in t.whitespace_ for t in doc_span[:-1]) and len(doc_span) <= MAX_WORDS


def _left_edge(head: Token, start: int) -> int:
    """Start of the words written before a name that modify it ("Norland PM"), never reaching back over
    a conjunction or a comma: in a bad parse of "President A and Norland's President B" the first
    "President" hangs on B, and with it all that comes between."""
    doc = head.doc
    left = start
    for c in head.lefts:
        if c.dep_ in LEFT_DEPS and c.i < start:
            lo = c.left_edge.i
            stops = [t.i for t in doc[lo:start] if t.dep_ == "cc" or t.text in (",", ";")]
            left = min(left, max(stops) + 1 if stops else lo)
    dated = dateline_tokens(doc)
    while left < start and left in dated:
        left += 1  # "CITY. AGENCY - President A B": the dateline the parser hung on the name is no part of it
    return left


def _of_place_end(head: Token, end: int) -> int:
    doc = head.doc
    if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == head.i:
        pobj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        if pobj is not None and (pobj.ent_type_ in PLACE_LABELS or pobj.pos_ == "PROPN"):
            # the place's own words, not a list hung on it ("B of X and C of Y")
            right = max([pobj.i] + [t.right_edge.i for t in pobj.rights if t.dep_ not in ("cc", "conj")])
            return int(right) + 1
    return end


def _comma_before(ent: Span) -> int:
    """Where the comma before the name would stand: right before it, or before its honorifics ("its chair,
    Sir A B", "the Chair, Dame A B MP"; not an office: "to the Secretary-General, Ambassador A B said")."""
    doc, comma = ent.doc, ent.start - 1
    while (
        comma > 1
        and doc[comma].text[:1].isupper()
        and (
            is_honorific(doc[comma].text)
            or doc[comma].dep_ == "compound"
            and doc[comma].head.i in range(ent.start, ent.end)
            and names.fold(doc[comma].text).lower() not in names.title_words()
        )
        and _head_word(doc[comma]) not in ROLE_HEADS
    ):
        comma -= 1  # and the given name the recogniser left out ("Dame [Ana] Berg")
    return comma


def _role_before_comma(ent: Span) -> int | None:
    """Start of the role written before ", Name" when the name is in apposition to it ("the President
    of Norland, Ana Berg", "his Norland counterpart, Ana Berg", "a former agency scientist, Ana Berg").
    spaCy hangs the name on the role's head or on the last noun of its 'of' phrase: both are accepted
    when every token between the role's head and the comma belongs to the role's noun phrase."""
    doc = ent.doc
    head = ent.root
    comma = _comma_before(ent)
    if comma < 1 or doc[comma].text != ",":
        return None
    if head.dep_ != "appos" or head.head.i >= comma:
        return _role_words_before(ent)
    role = head.head
    for _ in range(2):  # climb 'Republic' -> 'of' -> 'President'; 'X' -> 'for' -> 'the spokesperson'
        up = role.head.head  # (through 'for' and 'to' only to an office: not "a note to her counterpart, A")
        serving = role.head.lower_ in ("for", "to") and _head_word(up) in ROLE_HEADS
        if role.dep_ == "pobj" and (role.head.lower_ == "of" or serving) and up.i < role.head.i:
            role = role.head.head
        else:
            break
    served: set[int] = set()
    if (over := office_over(role)) is not role and over is not role.head.head:
        served = {t.i for t in role.head.subtree}  # "the adviser to the President, A", 'to' hung on the verb
        role = over
    if role.pos_ not in ("NOUN", "PROPN") or not (role.pos_ == "NOUN" or _head_word(role) in ROLE_HEADS):
        return None
    if role.ent_type_ in ("PERSON", "GPE", "DATE", "TIME", "CARDINAL"):
        return None
    left = _left_edge(role, role.i)
    inside = ({t.i for t in role.subtree} | served) - {t.i for t in head.subtree}
    if any(i not in inside for i in range(left, comma)) or comma - left > MAX_WORDS // 2:
        return None
    return left


def _role_words_before(ent: Span) -> int | None:
    """The same form when the parse missed the apposition: the words before ", Name" read as a role
    (articles, possessives, adjectives, nouns, 'of', with a role word among them), standing at the start
    of the sentence or after a preposition or verb, with no verb after the name unless the role opens
    the sentence ("to his Norland counterpart, Ana Berg, on Monday"; not "to the president, Ana Berg said")."""
    doc = ent.doc
    comma = _comma_before(ent)
    i = comma
    while i > 0 and comma - i < 8:
        t = doc[i - 1]
        if "\n" in t.whitespace_ or any(ch.isdigit() for ch in t.text) or t.ent_type_ == "PERSON":
            break
        if t.pos_ in ("DET", "ADJ", "PROPN", "NOUN") or t.lower_ in ("of", "'s", "’s"):
            i -= 1
            if t.pos_ == "DET":
                break
        elif t.lower_ in ("his", "her", "their", "its"):
            i -= 1
            break
        elif t.text == "-" and i >= 2 and not t.whitespace_ and not doc[i - 2].whitespace_:
            i -= 1  # "the president-elect of X, B": a hyphen inside one word
        else:
            break
    span = doc[i:comma]
    if not len(span) or span[-1].pos_ not in ("NOUN", "PROPN") or span[0].lower_ in ("of", "'s", "’s"):
        return None
    if not any(_head_word(t) in ROLE_HEADS for t in span):
        return None
    if len(span) >= 2 and span[-2].lower_ in ("'s", "’s") and _head_word(span[-1]) in INSTITUTION_HEADS:
        return None  # "the Prime Minister's Office, Castle Yard": an office's address, not its holder
    opens = i == 0 or doc[i - 1].is_sent_end or doc[i].is_sent_start or "\n" in doc[i - 1].whitespace_
    if not opens and doc[i - 1].pos_ not in ("ADP", "VERB", "PUNCT", "CCONJ"):  # "to A and the X of Y, B"
        return None
    if not opens and ent.end < len(doc) and doc[ent.end].pos_ in ("VERB", "AUX"):
        return None
    return i


def written_forms(ent: Span) -> list[str]:
    """Every form of the mention ``ent`` (a person's name) as written: with the title, nationality or
    possessive before it, with an 'of' place after it, and with a role in apposition on either side."""
    doc = ent.doc
    head = ent.root
    out: list[str] = []

    def add(a: int, b: int) -> None:
        span = doc[a:b]
        if len(span) and _no_break(span):
            text = _clean(span.text)
            if text and text not in out:
                out.append(text)
            if span[0].lower_ in ("the", "a") and len(span) > 1:
                bare = _clean(doc[a + 1 : b].text)
                if bare and bare not in out:
                    out.append(bare)

    left = min(_left_edge(t, ent.start) for t in ent)  # "Norland PM [Ana Berg]": PM's own modifiers too
    right = _of_place_end(head, ent.end)
    add(left, ent.end)
    add(left, right)
    add(ent.start, right)
    seat = ent.end + (ent.end < len(doc) and doc[ent.end].text in POSTNOMINALS)
    if seat > ent.end:  # "A B TD", "Sinn Fein leader A B TD": the letters after the name, as written
        add(ent.start, seat)
        add(left, seat)
    # "President of Norland, Ana Berg" / "the Norland president, Ana Berg": the role comes first
    role_left = _role_before_comma(ent)
    if role_left is not None:
        add(role_left, ent.end)
    # "Ana Berg, President of Norland": the role follows
    for c in head.rights:
        if c.dep_ == "appos" and c.i > ent.end and doc[ent.end].text == ",":
            if _subject_in_disguise(c):
                break  # "In a letter to Ana Berg, the head of X writes ...": the subject, not her role
            after = c.right_edge.i + 1
            runs_on = (
                after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].ent_type_ in ("", "PERSON")
            )
            named = [
                t for t in doc[c.i : c.right_edge.i + 1] if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
            ]
            if runs_on or any(
                names.fold(t.text).lower().strip(".") not in names.title_words() for t in named
            ):
                break  # "to Ana Berg, President of X Olaf Brandt, ...": the office is the next one's title
            if c.right_edge.i - ent.start < MAX_WORDS:
                add(left, c.right_edge.i + 1)
            break
    return out


def office_words(np: str) -> str:
    """A role's words less an 'of' phrase that quotes ("warned Chancellor of 'hollowed-out' army": what the
    headline says of the army, no part of the office, unlike "Chancellor of the Exchequer")."""
    # a quotation opens at a mark after a space, not at the apostrophe of "the Bishops' Conference"
    return re.split(r"\s+of\s+(?=(?:.*?\s)?['‘’\"“”])", np, maxsplit=1)[0]


def names_no_one(text: str) -> bool:
    """A person's entity whose words name no one: none, titles only ("Mr President"), or a people's word
    ("Bissau-Guinean", its first part tagged a person)."""
    return (
        not text
        or names.is_demonym(text)
        or all(names.fold(w).strip(".") in names.title_words() for w in text.split())
    )
