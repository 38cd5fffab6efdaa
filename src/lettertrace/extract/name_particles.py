"""Names written with lower-case particles between their capitalised parts ("Ana Maria Soto de la
Vega", "Pieter van der Berg"), which the recogniser often leaves untagged or cuts at the particle."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .. import names
from ..english_words import is_english_word
from ..nlp import NAME_PARTICLES, PATRONYMIC_PARTICLES
from .honoured import is_honorific
from .mentions import INSTITUTION_HEADS, ROLE_HEADS, _head_word

PARTICLES = NAME_PARTICLES | {"la", "las", "los", "le", "y"}


def proper_run(t: Token) -> Span | None:
    """Two to five capitalised proper nouns ending at ``t``, hung on it as its compounds (a hyphen inside
    a surname allowed: the given name of "Miguel Diaz-Canel" hangs on "Diaz"), or None."""
    left = min(
        [t.i]
        + [x.i for c in t.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for x in c.subtree]
    )
    span = t.doc[left : t.i + 1]
    if 2 <= len(span) <= 5 and all(
        x.text[:1].isupper() and x.pos_ == "PROPN" or x.tag_ == "HYPH" and not x.whitespace_ for x in span
    ):
        return span
    return None


def particled_name(t: Token) -> Span | None:
    """'Ana Maria Soto de la Vega', 'Pieter van der Berg': two to four capitalised proper nouns ending at
    ``t`` with lower-case name particles between them, read left from ``t`` (the parser hangs the
    particles anywhere); ``None`` when the run holds no particle or is no such name."""
    doc = t.doc
    i = t.i
    while i - 1 >= 0 and (
        doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() or doc[i - 1].text in PARTICLES
    ):
        i -= 1
    while i < t.i and doc[i].text in PARTICLES:
        i += 1
    span = doc[i : t.i + 1]
    capitals = [x for x in span if x.text[:1].isupper()]
    if not 2 <= len(capitals) <= 4 or len(capitals) == len(span) or not t.text[:1].isupper():
        return None
    if any(x.ent_type_ in ("GPE", "LOC", "DATE") or _head_word(x) in INSTITUTION_HEADS for x in capitals):
        return None
    return span


def patronymic(doc: Doc, k: int, start: int) -> bool:
    """A lower-case patronymic particle inside a name run, between capitalised names ("Turki bin Abdulmajid")."""
    return (
        k > start
        and doc[k].text in PATRONYMIC_PARTICLES
        and k + 1 < len(doc)
        and doc[k + 1].text[:1].isupper()
        and doc[k + 1].pos_ == "PROPN"
    )


def hyphen_tail(doc: Doc, end: int) -> int:
    """'Park Min-jun': a name's last word written with a hyphen, which spaCy splits ("Min", "-", "jun")
    and often cuts its entity at; the hyphen and the syllable after it, written solid, belong to it."""
    if (
        end + 1 < len(doc)
        and doc[end].text in ("-", "\u2010", "\u2011")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end - 1].text[:1].isupper()
    ):
        return end + 2
    return end


def hyphen_head(doc: Doc, start: int) -> int:
    """'Jan-Erik Holm' with spaCy's entity starting at 'Erik': a capitalised part written solid with a hyphen
    before the name's first word belongs to it. So does a capitalised given name the tagger read as a word
    of grammar ('Per' read as the preposition in "the minister, Per Olav Hauge,"): inside a sentence only
    a name is capitalised there."""
    if start >= 2 and _given_name_read_as_grammar(doc[start - 1]):
        return start - 1
    if (
        start >= 2
        and name_hyphen(doc, start - 1)
        and doc[start - 2].is_alpha
        and doc[start - 2].ent_type_ == ""
    ):
        return start - 2
    return start


def given_names_before(doc: Doc, start: int) -> int:
    """Where a person's name starts when spaCy's entity left out its first words: 'Anatoly' before
    "Borisovich Gromov", 'Layla bint' before "Abdullah Al Fahad", 'Nguyen' before "Van Thanh" (a family name
    written first, the part a surname key names). Up to three capitalised proper nouns with no entity of
    their own, or a patronymic particle between two of them, read left from ``start`` inside its sentence,
    never a title, an office, a state's word or a body's head ("Premier", "Sheikh", "Kenyan"), never across
    a line break, nor in a sentence written in capitals word by word (a headline)."""
    sent = doc[start].sent
    words = [w for w in sent if w.is_alpha]
    plain = [w for w in words if w.text.islower() and w.lower_ not in STOP_WORDS]  # "received", "message"
    headline = sum(w.text[:1].isupper() for w in words) > 0.6 * len(words) and not plain
    if headline or not _bare_given_name(doc[start], True):
        return start  # a headline, or an entity opening with a title ("Adviser A": nothing before is a name)
    i = start
    while i - 1 >= sent.start and start - i < 3:
        t = doc[i - 1]
        if t.i == sent.start and not (t.dep_ == "compound" and t.head.i >= start):
            break  # the sentence's first word only as a part of the name ("Read A B's letter": a verb)
        if t.text in PATRONYMIC_PARTICLES and i - 2 > sent.start and _unknown_given_name(doc[i - 2]):
            i -= 2
        elif (
            _unknown_given_name(t)
            or _bare_given_name(t)
            and i - 2 >= sent.start
            and doc[i - 2].text[:1].isupper()
            and is_honorific(doc[i - 2].text)
        ):
            i -= 1  # and any given name after an honorific ("Dame Ana" + "Berg")
        else:
            break
    if i < start and _in_office_complement(doc, i):
        return start  # "Minister of Foreign Affairs A B": 'Affairs' ends the office, not a given name
    if i < start and doc[i - 1].pos_ in ("ADP", "SCONJ"):
        return start  # "On Eid A B received", "Writing on Facebook A B said": the preposition's object
    return i


def _in_office_complement(doc: Doc, i: int) -> bool:
    """The capitalised words before token ``i`` are the complement of an office ("Minister of Foreign
    Affairs", "Minister for Trade and Industry"): read left over capitalised words and the words that
    join them, a preposition or a conjunction comes before any other word."""
    k = i - 1
    sent_start = doc[i].sent.start
    while k >= sent_start and i - k <= 8:
        w = doc[k]
        if w.lower_ in ("of", "for", "and", "&"):
            return True
        if k == i - 1 and names.fold(w.text).strip(".") in names.title_words():
            return False  # "Minister of Foreign Affairs Sheikh A B C": a title opens the name after it
        if not (w.text[:1].isupper() or w.lower_ == "the") or "\n" in w.whitespace_:
            return False
        k -= 1
    return False


def _unknown_given_name(t: Token) -> bool:
    """A given name spaCy left untagged: no common English word ("Public Protector A B": an office)."""
    return _bare_given_name(t) and not is_english_word(t.text)


def _bare_given_name(t: Token, tagged: bool = False) -> bool:
    """A capitalised proper noun that may open a person's name: no entity of its own (unless ``tagged``),
    no title or office, no state's word, no word of an institution or of grammar ('Me' for Maître, 'Will'),
    no line break after it."""
    return (
        (t.pos_ == "PROPN" and t.is_alpha and t.ent_type_ == "" or tagged)
        and t.text[:1].isupper()
        and not t.text.isupper()
        and t.lower_ not in STOP_WORDS
        and "\n" not in t.whitespace_
        and names.fold(t.text) not in names.title_words()
        and _head_word(t) not in ROLE_HEADS | INSTITUTION_HEADS
        and not names.is_state_word(t.text)
    )


def name_tail(doc: Doc, end: int) -> int:
    """Past what a name goes on with after spaCy cut its entity at ``end``: a hyphenated last syllable
    (:func:`hyphen_tail`), or lower-case particles and the capitalised word after them ("Ursula von" +
    "der Leyen", the last word tagged as a place)."""
    k = end
    while k < len(doc) and k - end < 3 and doc[k].lower_ in NAME_PARTICLES and doc[k].text.islower():
        k += 1
    if k > end and k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        if doc[k].ent_type_ in ("", "PERSON", "GPE") and not names.is_state_word(doc[k].text):
            return k + 1
    return hyphen_tail(doc, end)


def address_tail(doc: Doc, end: int) -> int:
    """'Dato Seri' + 'Setia Awang Hamzah Yusof': spaCy's entity holds only words of address, and the
    parse joins it and the capitalised names after it as compounds of the run's last word; the name goes
    on to that word."""
    start = end
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and end - start < 4:
        start -= 1
        if doc[start].ent_iob_ == "B":
            break
    address = names.honorifics()
    if start == end or any(names.fold(t.text).lower().strip(".") not in address for t in doc[start:end]):
        return end
    head = doc[end - 1].head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if doc[end - 1].dep_ != "compound" or not end <= head.i < end + 5:
        return end
    run = doc[end : head.i + 1]
    offices = names.title_words() - address
    if all(
        t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and t.ent_type_ in ("", "PERSON")
        and names.fold(t.text).lower() not in offices
        and not names.is_state_word(t.text)
        for t in run
    ):
        return run.end
    return end


def particle_tail(doc: Doc, end: int) -> int:
    """'Khor al-Nour' with the parse ending the place at 'Khor': a particle written solid with a hyphen
    and the capitalised word after it ("al-Nour") go on with the name before them."""
    if (
        end + 2 < len(doc)
        and doc[end].lower_ in names.particles()
        and not doc[end].whitespace_
        and doc[end + 1].text in ("-", "\u2010", "\u2011")
        and doc[end + 2].text[:1].isupper()
    ):
        return end + 3
    return end


def name_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen joining two capitalised parts of one name ("Arman-Bek")."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def org_is_name(ents: list[Span], tok: Token) -> bool:
    """'President Ana Berg' tagged ORG: an ORG of bare proper nouns, no institution word, right
    after a title is a person's name ("Kazakh President Arman-Bek Serik" tagged as one body too)."""
    ent = next((e for e in ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.label_ not in ("ORG", "WORK_OF_ART", "LAW", "PRODUCT"):
        return False
    doc = tok.doc
    of = next((t.i for t in ent if t.lower_ == "of"), ent.end)  # "King Edmund Hale of Carvania"
    if of < ent.end and not all(t.text[:1].isupper() for t in doc[of + 1 : ent.end]):
        return False
    tw = names.title_words()
    lead = ent.start  # a people's word before the title ("Kazakh President")
    while lead < of - 1 and names.is_demonym(doc[lead].text) and doc[lead + 1].text[:1].isupper():
        lead += 1
    titled = names.fold(doc[lead].text).strip(".") in tw  # "Pope Anselm II" tagged as a law
    hyphens = sum(1 for t in ent if name_hyphen(doc, t.i))  # "Arman-Bek": one word of three tokens
    if of == ent.end and (
        len(ent) - (lead - ent.start) - 2 * hyphens > (4 if titled else 3)
        or ent.label_ != "ORG"
        and not titled
    ):
        return False
    words = [t for t in doc[lead:of] if names.fold(t.text).strip(".") not in tw and not name_hyphen(doc, t.i)]
    return 0 < len(words) - hyphens <= 3 and all(
        t.pos_ == "PROPN" and _head_word(t) not in INSTITUTION_HEADS for t in words
    )


def office_of_body(doc: Doc, i: int) -> bool:
    """'Speaker of the Grand Hural of [X ...]': token ``i`` follows the 'of' of a body's name
    that is itself the 'of' phrase of a capitalised office (the office of a body, of a place)."""
    k = i - 2
    while k > max(i - 9, 0) and (
        doc[k].pos_ == "PROPN"
        and doc[k].text[:1].isupper()
        and doc[k].ent_type_ != "PERSON"
        or doc[k].lower_ in ("and", "&")
        and doc[k + 1].text[:1].isupper()  # "of Foreign Affairs and Trade"
    ):
        k -= 1
    k -= doc[k].lower_ == "the"
    head = doc[k - 1] if k > 0 else doc[k]
    return (
        k < i - 2
        and doc[k].lower_ in ("of", "for")
        and head.text[:1].isupper()
        and _head_word(head) in ROLE_HEADS
    )


def office_as_body(ent: Span) -> bool:
    """'the Grand Imam', 'the Sovereign', 'the Norland Sovereign' tagged as a body: title words, or an office
    with no word but its state's: an office, no organisation."""
    caps = [t for t in ent if t.text[:1].isupper()]
    if all(names.fold(t.text).strip(".") in names.title_words() for t in caps):
        return True
    # "14 opposition MPs" is a group; "Heads of State" tagged as a body are offices, no organisation
    counted = any(t.like_num for t in ent.doc[max(0, ent.start - 3) : ent.end])
    if ent.root.lower_.endswith("s") and ent.root.lower_[:-1] in ROLE_HEADS and not counted:
        return True
    return _head_word(ent.root) in ROLE_HEADS and all(
        names.is_state_word(t.text) or names.is_demonym(t.text) for t in caps if t.i != ent.root.i
    )


def join_of(ents: list[Span]) -> list[Span]:
    """'[the Ministry of Foreign Affairs of] [Norland]': an organisation cut before its 'of' complement
    takes the entity that follows it; one cut after 'and' or 'for', the capitalised words after it."""
    out: list[Span] = []
    skip = -1
    for n, e in enumerate(ents):
        if n == skip:
            continue
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if e.label_ == "ORG" and e[-1].lower_ == "of" and nxt is not None and nxt.start == e.end:
            out.append(Span(e.doc, e.start, nxt.end, label="ORG"))
            skip = n + 1
        elif e.label_ == "ORG" and e[-1].lower_ in ("of", "and", "for", "&"):
            end = (
                e.end
            )  # "... of" + "Norland", "... Affairs and" + "External Trade" that spaCy tagged as nothing
            while (
                end < (nxt.start if nxt is not None else len(e.doc))
                and end - e.end < 4
                and e.doc[end].pos_ == "PROPN"
                and e.doc[end].text[:1].isupper()
            ):
                end += 1
            out.append(Span(e.doc, e.start, end, label="ORG") if end > e.end else e)
        elif e.label_ == "ORG" and (end := _of_place_after(e, nxt)) > e.end:
            out.append(Span(e.doc, e.start, end, label="ORG"))  # "[the Ministry of X and Y] of Costa Serena"
            skip = n + 1 if nxt is not None and nxt.end == end else -1
        else:
            out.append(e)
    return out


def _of_place_after(e: Span, nxt: Span | None) -> int:
    """The end of 'of' and the place's name right after a ministry's or government's name that spaCy cut
    before them ("the Ministry of Foreign Affairs and Worship" + "of Costa Serena"); ``e.end`` when none."""
    doc, k = e.doc, e.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of" or _head_word(e.root) not in INSTITUTION_HEADS:
        return e.end
    if nxt is not None and nxt.start == k + 1:
        return nxt.end if nxt.label_ in ("GPE", "LOC") else e.end  # a place tagged so, not a person
    end = k + 1 + (doc[k + 1].lower_ == "the")
    start = end
    while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        if doc[end].ent_type_ not in ("", "GPE", "LOC"):
            return e.end
        end += 1
    return end if end > start else e.end


def _given_name_read_as_grammar(t: Token) -> bool:
    """A capitalised word tagged as a preposition or an auxiliary ('Per', 'Will'), inside a sentence, after a
    comma, a bracket, a lower-case word or a title, untagged, no title, in a sentence not written in capitals
    word by word (a headline's "Dam Plan Is Dead, Says A B": 'Says' is no name)."""
    prev = t.doc[t.i - 1]
    words = [w for w in t.sent if w.is_alpha]
    if sum(w.text[:1].isupper() for w in words) > 0.6 * len(words):
        return False
    return (
        t.pos_ in ("ADP", "AUX")
        and t.text[:1].isupper()
        and t.text[1:].islower()
        and t.ent_type_ == ""
        and not t.is_sent_start
        and (
            prev.text in (",", "(")
            or prev.text[:1].islower()
            and prev.is_alpha
            or names.fold(prev.text).lower() in names.title_words()  # "Health Minister Per Olav Hauge"
        )
        and names.fold(t.text).lower() not in names.title_words()
    )


# Last words of bodies' names that no holder's name ends in, beyond the heads of institutions the index
# knows ("the International Finance Corporation", "the Global Health Fund").
BODY_TAILS = frozenset(
    {"corporation", "company", "bank", "fund", "foundation", "institute", "authority", "programme", "program"}
)


def one_body(doc: Doc, a: int, b: int) -> bool:
    """'the Director of the International Finance Corporation': the run after 'of' is one body's name, no
    place and holder, when it ends in a word that ends bodies' names and no person's."""
    return b - a >= 2 and doc[b - 1].lower_ in BODY_TAILS
