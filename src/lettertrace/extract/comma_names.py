"""Names that spaCy tags as one entity across a comma: "Responding to a letter from Halvorsen, Okafor wrote"
(two names), "The President of the Republic, KOLO Ida Andry, had a call" (a place and its holder); and a
name after a state's possessive that the parser cut off from it ("to Vietnam's To Lam")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import names
from ..meta_byline import POSTNOMINALS
from .documents_named import document_name
from .mentions import INSTITUTION_HEADS, ROLE_HEADS, Party, _head_word

NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "inc", "ltd", "llc", "plc", "co", "corp"}


def split_at_comma(e: Span) -> list[Span]:
    """'Responding to a letter from Halvorsen, Okafor wrote': spaCy tags 'Halvorsen, Okafor' as one name
    across the comma that ends a fronted clause. Two names are read when each side holds proper nouns
    only and the side after the comma hangs on neither the side before nor its head word ("Ana Berg,
    Jr." and "Paris, Texas" stay one)."""
    if e.label_ == "GPE":
        return _holder_after_place(e)
    if e.label_ not in ("PERSON", "ORG"):
        return [e]
    if e.label_ == "PERSON" and (at := _between_names(e, "to")) is not None:  # "Queen Victoria to Gladstone"
        return [Span(e.doc, e.start, at, label="PERSON"), Span(e.doc, at + 1, e.end, label="PERSON")]
    commas = [t.i for t in e if t.text == ","]
    if len(commas) != 1:
        return [e]
    k = commas[0]
    left, right = e.doc[e.start : k], e.doc[k + 1 : e.end]
    if not len(left) or not len(right) or right[0].lower_.strip(".") in NAME_SUFFIXES:
        return [e]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in [*left, *right]):
        return [e]
    lr, rr = left.root, right.root
    if _office_of(e) and 2 <= len(right) <= 4 and rr.dep_ in ("conj", "appos"):
        # "the mayor of Lindau, Tobias Lechner, and ...": the place of the office, then its holder
        return [Span(e.doc, e.start, k, label="GPE"), Span(e.doc, k + 1, e.end, label="PERSON")]
    if rr.head.i in range(left.start, left.end) or lr.head.i in range(right.start, right.end):
        return [e]  # one hangs on the other: an apposition or a place with its region
    return [Span(e.doc, e.start, k, label=e.label_), Span(e.doc, k + 1, e.end, label=e.label_)]


def _between_names(e: Span, word: str) -> int | None:
    """Where a lower-case ``word`` stands inside a name between capitalised proper nouns on both sides (a
    heading's "Queen Victoria to Gladstone" tagged as one person): two people, not one."""
    at = [t.i for t in e if t.text == word]
    if len(at) != 1 or at[0] in (e.start, e.end - 1):
        return None
    sides = [*e.doc[e.start : at[0]], *e.doc[at[0] + 1 : e.end]]
    return at[0] if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in sides) else None


def _holder_after_place(e: Span) -> list[Span]:
    """'The President of the Republic, KOLO Ida Andry, had a call': spaCy tags 'the Republic, KOLO Ida
    Andry' as one place. The proper nouns after the comma, set in apposition to the title before the
    place, are the title's holder, a person; the place stays a place."""
    commas = [t.i for t in e if t.text == ","]
    if len(commas) != 1:
        return [e]
    k = commas[0]
    right = e.doc[k + 1 : e.end]
    title = right.root.head
    if not (
        2 <= len(right) <= 4
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in right)
        and right.root.dep_ == "appos"
        and title.i < e.start
        and names.fold(title.text).lower() in names.title_words()
    ):
        return [e]
    return [Span(e.doc, e.start, k, label=e.label_), Span(e.doc, k + 1, e.end, label="PERSON")]


def _office_of(e: Span) -> bool:
    """The entity follows 'of' on an office ("the mayor of", "the Governor of")."""
    of = e.doc[e.start - 1] if e.start > 0 else None
    return (
        of is not None
        and of.lower_ == "of"
        and of.head.pos_ in ("NOUN", "PROPN")
        and _head_word(of.head) in ROLE_HEADS
    )


def set_off_after_role(role: Token, span: Span) -> bool:
    """'between the President of X, Ana Berg, and the President of Y': a name parsed as the role's conjunct
    is its holder when commas set it off right after the role's phrase."""
    doc = span.doc
    end = span.end + (span.end < len(doc) and doc[span.end].text in POSTNOMINALS)  # "A B MSP,", "A B TD,"
    return role_end(role) == span.start - 2 and end < len(doc) and _closed(doc, end)


def _closed(doc: Doc, i: int) -> bool:
    """A comma closes the set-off name at ``i``, or does (or the sentence's end) after the body the name is
    'of' ("the committee chair, Kari Nesse of the Centre Party, who ...")."""
    if doc[i].text == ",":
        return True
    if doc[i].lower_ != "of":
        return False
    for t in doc[i + 1 : i + 8]:
        if t.text in (",", ".", ";") or t.is_sent_end and t.is_punct:
            return t.i > i + 1  # "..., A of X, who", "... to the chair, A of X."
        if not (t.text[:1].isupper() or t.lower_ in ("the", "of", "and", "for", "&")):
            return False
    return False


def role_end(role: Token) -> int:
    """The last token of a role's own phrase ("the President of X" of "the President of X, A, and B")."""
    own = [
        c.right_edge.i
        for c in role.children
        if c.i > role.i and c.dep_ not in ("conj", "cc", "punct", "appos")
    ]
    end, doc = max([role.i, *own]), role.doc
    while end + 2 < len(doc) and doc[end].text[:1].isupper() and doc[end + 1].text in PLACE_PARTICLES:
        if not (doc[end + 2].pos_ == "PROPN" and doc[end + 2].text[:1].isupper()):
            break
        end += 2  # "the governor of Rio Grande do Sul": a place's name goes on past its particle
    close = next((t.i for t in doc[end + 2 : end + 6] if t.text == ")"), None)
    if end + 1 < len(doc) and doc[end + 1].text == "(" and close is not None:
        end = close  # "the Prime Minister of the Government of National Unity (GNU), A": its short name too
    return end


# Lower-case words inside a place's name ("Rio Grande do Sul", "Castilla y León").
PLACE_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "del", "y"})


def set_off_holder(doc: Doc, tok2party: dict[int, int], parties: list[Party], role: Token) -> int | None:
    """The key of the person whose name commas set off right after the phrase of ``role`` ("the President
    of X, Ana Berg, and ..."), however the parser hung the name."""
    end = role_end(role)
    first = end + 2
    while first < min(end + 6, len(doc)) and first not in tok2party and _title_word(doc[first]):
        first += 1  # "the Chairperson of X, Prime Minister Ana Berg,": her own title before her name
    run = []
    for t in doc[first : first + 4]:
        if t.i not in tok2party:
            break
        run.append(t)
    if not run or doc[end + 1].text != "," or not set_off_after_role(role, doc[end + 2 : run[-1].i + 1]):
        return None
    key = tok2party[run[0].i]
    return key if parties[key].ptype == "person" and all(tok2party[t.i] == key for t in run) else None


def role_before(last: Token) -> Token | None:
    """The office whose phrase ends at ``last`` ("Chile" of "the President of Chile")."""
    t = last
    while _head_word(t) not in ROLE_HEADS and t.dep_ in ("pobj", "prep") and t.head.i < t.i:
        t = t.head
    return t if _head_word(t) in ROLE_HEADS and role_end(t) == last.i else None


def in_state_name(doc: Doc, i: int) -> bool:
    """The 'and' at ``i`` joins a state's own name ("Bosnia and Herzegovina", "Trinidad and Tobago")."""
    if doc[i].lower_ != "and":
        return False
    spans = ((i - a, i + b + 1) for a in (1, 2) for b in (1, 2) if i - a >= 0 and i + b < len(doc))
    return any(names.is_state_name(doc[x:y].text) for x, y in spans)


def and_in_body(t: Token) -> bool:
    """The 'and' inside one body's name the recogniser tagged whole ("the Minister of the Interior and
    Administration", "the Ministry of Trade and Industry"): no break between two items."""
    return t.lower_ == "and" and t.ent_iob_ == "I" and t.ent_type_ in ("ORG", "FAC")


def ends_state_name(ent: Span) -> bool:
    """'Antigua and [Barbuda]', 'Trinidad and [Tobago]': a 'name' right after 'and' that completes a state's
    own name with the words before it (spaCy may tag the second part a person)."""
    return ent.start >= 2 and in_state_name(ent.doc, ent.start - 1)


def office_apposed(name: Token, start: int) -> bool:
    """'Mats Engqvist, Norland's president,': the parser hangs an office's phrase that starts at ``start`` on
    the name as its apposition, a comma closing it (never a body's name: "A B Airways, the carrier,")."""
    doc = name.doc
    if name.left_edge.i > 0 and doc[name.left_edge.i - 1].text == ",":
        return False  # "to the President of X, A B, the Y envoy, ...": whose name it is the parse cannot say
    for c in name.children:
        if c.dep_ == "appos" and c.left_edge.i == start and _head_word(c) in ROLE_HEADS and c.tag_ != "NNS":
            if any(
                t.i != c.i
                and _head_word(t) in ROLE_HEADS  # "A B, the president's envoy,": another's office
                or t.lower_ in ("former", "ex", "elect", "designate", "late", "acting")
                or t.ent_type_ in ("DATE", "TIME")  # "A B, president from 2001 to 2005,"
                for t in c.subtree
            ):
                return False
            end = c.right_edge.i + 1
            words = [names.fold(t.text).lower() for t in doc[name.left_edge.i : name.i + 1]]
            return end < len(doc) and doc[end].text == "," and not set(words) & INSTITUTION_HEADS
    return False


def _title_word(t: Token) -> bool:
    """A capitalised word of a title ("Prime", "Minister", "Dr")."""
    return t.text[:1].isupper() and (
        _head_word(t) in ROLE_HEADS or names.fold(t.text).lower().strip(".") in names.title_words()
    )


def left_subject(verb: Token) -> Token | None:
    """'..., Father A B, secretary of the C of D, said it "..."' parsed without a subject: the person
    whose apposition ends right before the verb."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.tag_ != "VBD":
        return None
    t = verb.doc[verb.i - 1]
    for _ in range(12):
        if t.dep_ not in ("pobj", "prep", "compound", "amod", "det") or t.head.i >= verb.i or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ != "appos" or t.head.i >= t.i:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
        return t  # "In answer to a question about X, a senior official said": a subject of its own
    head = t.head
    return head if head.pos_ == "PROPN" and head.ent_type_ == "PERSON" else None


def name_after_state(tok: Token, tok2party: dict[int, int]) -> Token | None:
    """'sent a message to Vietnam's To Lam', parsed with the state as the object of 'to' and the name hung
    elsewhere: the person named right after the state's possessive is the one meant (a parse that reads
    the state as the name's possessive makes the name the object itself)."""
    doc = tok.doc
    if tok.ent_type_ != "GPE" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in ("'s", "’s"):
        return None
    name = doc[tok.i + 2]
    if name.ent_iob_ != "B" or name.ent_type_ != "PERSON" or name.head.i == tok.i:
        return None
    end = name.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return next((t for t in doc[name.i : end + 1] if t.i in tok2party), None)


def dated_owner(tok: Token, owner: Party | None) -> bool:
    """A possessive that names a time ("New Year's greeting cards", "Monday's letter"), no writer; not a
    person's surname the recogniser took for a date ("Senator Tom August ... August's letter")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.label_ not in ("DATE", "EVENT", "TIME"):
        return False
    return owner is None or owner.name == ent.text.removesuffix("'s").removesuffix("’s")


_DAY_WORDS = frozenset({"day", "year", "eve", "night", "week", "anniversary", "holiday", "festival"})


def a_named_day(span: Span) -> bool:
    """A day's or a feast's name ("Australia Day", "New Year"): tagged a date or time throughout, or an event
    whose last word is a word of time (not "His Holiness Movses II", which the recogniser may tag an event)."""
    if all(t.ent_type_ in ("DATE", "TIME") for t in span):
        return True
    return all(t.ent_type_ == "EVENT" for t in span) and span[-1].lemma_.lower() in _DAY_WORDS


# Last words of the name of a body of papers kept by an archive ("the Gladstone Papers", "the Harlow Family
# Letters", "the Vell Collection"): named after a person, and no correspondent.
_COLLECTION_WORDS = frozenset(
    {"papers", "collection", "archive", "archives", "diaries", "letters", "manuscripts"}
)


def a_collection(span: Span) -> bool:
    """A collection's name tagged as a person's ("Gladstone Papers", "Gladstone Papers - Catalogue"): a
    capitalised word of papers kept stands in it after its first word, or right after it; or a document's
    name ("the Vestria Doctrine": ``documents_named``)."""
    doc = span.doc
    words = list(span[1:]) + ([doc[span.end]] if span.end < len(doc) else [])
    return any(t.text[:1].isupper() and t.lower_ in _COLLECTION_WORDS for t in words) or document_name(span)
