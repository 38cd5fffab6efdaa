"""Small tests the trigger finder asks: is a name a person's, a noun an office, a title a work's, 'a' indefinite?"""

from __future__ import annotations

from spacy.tokens import Token

from .. import names
from ..meta import OUTLET_WORDS
from ..nlp import sent_of
from .apposed_offices import _closes_phrase, closing_apposition
from .described_as import described_object_of
from .idioms import called_to_order
from .lexicon import blocked, cues, noun_kind
from .mentions import INSTITUTION_HEADS, ROLE_HEADS, Party, _head_word
from .speech_words import THANKS_NOUNS
from .stranded import subject_past_stranded


def _first_or_second_person(tok: Token) -> bool:
    """'your message', 'my letter of 3 May' in a letter's own words: another act than the letter
    that speaks of it (the addressee's, or the writer's earlier one)."""
    return any(c.dep_ == "poss" and c.lower_ in ("your", "my", "our") for c in tok.children)


def _predicate_after(name: Token) -> bool:
    """'called X a liar': an indefinite common noun phrase in apposition after the name, the word X
    was called (a phone call has no such complement; "called X, a longtime ally," is one)."""
    return any(
        c.dep_ == "appos"
        and c.i > name.i
        and name.doc[c.left_edge.i - 1].text != ","
        and c.pos_ == "NOUN"
        and _indefinite(c)
        for c in name.children
    )


# Nouns of time after which "called X a ..." still tells of a call ("called X a week later").
_SPANS_OF_TIME = {
    "day", "week", "month", "year", "hour", "minute", "second", "time", "while", "moment", "night",
    "morning", "afternoon", "evening", "fortnight", "few", "couple", "number", "total", "third", "fourth",
    "dozen", "handful", "lot", "decade", "quarter", "half", "record", "century",
}  # fmt: skip


def names_called(verb: Token) -> bool:
    """'called X a liar', 'called Deputy Prime Minister X a "coward"': read left to right, the one called
    (a name, a pronoun, a titled name) and right after it an indefinite common noun that is no span of
    time and no medium: the word X was called, however the parser hung it. So is calling a sitting 'to
    order'."""
    if called_to_order(verb):
        return True
    doc = verb.doc
    end = sent_of(verb).end
    i = verb.i + 1
    while (
        i < end
        and i - verb.i <= 10
        and (
            doc[i].pos_ in ("PROPN", "PRON", "NOUN", "ADJ")
            or doc[i].lower_ == "the"
            or doc[i].text in ("'s", "\u2019s", ",")
            or doc[i].text == "."
            and len(doc[i - 1].text) == 1  # an initial ("Tomas J. Varga")
        )
    ):
        i += 1  # "X", "him", "Interior Minister X", "the deputy prime minister, X,"
    if i == verb.i + 1 or i >= end or doc[i].lower_ not in ("a", "an") or doc[i - 1].text == ",":
        return False  # "called X, a longtime ally, on Monday": an apposition, and a call
    j = i + 1
    while j < end and (doc[j].pos_ == "ADJ" or doc[j].is_quote or doc[j].pos_ == "ADV"):
        j += 1
    if j >= end:
        return False
    noun = doc[j]
    return noun.pos_ == "NOUN" and noun_kind(noun) is None and not span_of_time(noun)


def span_of_time(noun: Token) -> bool:
    """'a week', 'a second time', 'an hour', 'a few', 'a decade': how long or how often, no epithet."""
    return noun.lemma_.lower() in _SPANS_OF_TIME or noun.lower_ in ("call", "phone", "ring", "times")


def _indefinite(noun: Token) -> bool:
    """'a liar', 'an enemy': an indefinite common noun that names no medium."""
    return noun_kind(noun) is None and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children)


def _work_title(tok: Token) -> bool:
    """'Letter to the Nation', 'Message to the People' in running text: a capitalised medium noun whose
    addressee is a capitalised word naming no person or state, the title of a public text."""
    doc = tok.doc
    if not tok.text[:1].isupper() or tok.is_sent_start or tok.i + 3 >= len(doc):
        return False
    to, the, word = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
    return (
        to.lower_ == "to"
        and the.lower_ == "the"
        and word.text[:1].isupper()
        and word.ent_type_ not in ("PERSON", "NORP")
        and not (word.ent_type_ == "GPE" and names.is_state_word(word.text))  # "the People of X": a title
        and (word.i + 1 >= len(doc) or not doc[word.i + 1].text[:1].isupper())
    )


def _held_role(tok: Token) -> bool:
    """'Ostravia's leader', 'his counterpart': an office with its holder's state or owner."""
    return (
        tok.pos_ == "NOUN" and _head_word(tok) in ROLE_HEADS and any(c.dep_ == "poss" for c in tok.children)
    )


def _personal(p: Party) -> bool:
    """A person, or a name of two or three capitalised words spaCy took for a body or a place ("Vera Holm"
    tagged ORG), but no body, place or newspaper ("Reuters", "the Senate", "the Kessel Herald")."""
    if p.ptype == "person":
        return not p.group  # not "about 300 supporters": an audience
    words = p.name.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and names.fold(w) not in INSTITUTION_HEADS | OUTLET_WORDS | {"the", "of"}
        for w in words
    )


# Words that put two people in one place: their talk there was no call.
# Words that put a meeting still to come: "look forward to seeing each other at the summit later this year".
AHEAD_VERBS = {"look", "hope", "plan", "expect", "agree", "prepare", "invite", "propose", "schedule"}
AHEAD_WORDS = {"next", "upcoming", "forthcoming", "future", "later"}


def meeting_to_come(t: Token) -> bool:
    """A meeting word that tells of a meeting still to come, or not held: no sign the parties met."""
    clause = t
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "will meet at the summit next month": the words of the summit's clause
    if blocked(t) or blocked(clause) or any(w.lower_ in AHEAD_WORDS for w in clause.subtree):
        return True
    return any(a.lemma_.lower() in AHEAD_VERBS for a in t.ancestors if a.sent == t.sent)


def finite_after_apposition(verb: Token) -> Token | None:
    """'The Mongolian president, X, called Y on Monday', 'X, the Mongolian president, called Y': the
    parser hangs the verb on the apposition as a participle ('a man called Smith') and leaves the
    sentence without a finite verb. A participle right after the apposition's closing comma, in a
    sentence whose root is a noun, is the sentence's verb: its subject is that root."""
    if verb.dep_ not in ("acl", "amod") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    root = sent_of(verb).root
    if root.pos_ in ("VERB", "AUX") or root.i > verb.i:
        return None
    return root


def _shifted_past_phrase(tok: Token) -> Token | None:
    """'published on the front page of his paper an open letter to B': a new object after a phrase on its
    verb, which the parser hung on the subject as an apposition."""
    start = tok.left_edge.i
    if start < 2 or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None
    prev = tok.doc[start - 1]
    for p in (prev, *prev.ancestors):
        if p.dep_ == "prep" and p.head.pos_ == "VERB" and p.head.i < p.i and p.right_edge.i == start - 1:
            return None if any(c.dep_ == "dobj" for c in p.head.children) else p.head
    return None


def displaced_verb(tok: Token) -> Token | None:
    """'B received on Wednesday (15), at the palace, a letter from A': an object set off from its verb by
    commas, which the parser hangs on the verb as an adverbial noun or an apposition, or as an apposition
    of the place before it; 'B received on Tuesday cables from A', the day taken as the noun's modifier.
    Returns the verb, which has no other object."""
    head = tok.head
    if (held := described_object_of(tok)) is not None:  # "held what was described as a cordial call"
        return held
    if tok.dep_ == "dobj" and head.dep_ == "dative" and head.head.pos_ == "VERB" and head.i < tok.i:
        # "A sent Chancellor B an email": the object parsed on the person it went to
        return None if any(c.dep_ == "dobj" for c in head.head.children) else head.head
    if tok.dep_ == "appos" and (verb := _shifted_past_to(tok) or _shifted_past_phrase(tok)) is not None:
        return verb
    if (
        tok.dep_ == "pobj"
        and head.lower_ in ("on", "since")
        and any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in tok.children)
    ):
        head = (
            head.head
        )  # "B received on Tuesday cables of condolences", "has received since Monday messages":
        # the day read as the noun's modifier
        return head if head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in head.children) else None
    if tok.dep_ == "appos" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return None  # "at the palace, the seat of government": a true apposition
        head = head.head.head
        for _ in range(2):  # "received, in his office in the capital, a letter": the place of a place
            if head.dep_ != "pobj" or head.head.dep_ != "prep":
                break
            head = head.head.head
    elif tok.dep_ not in ("npadvmod", "appos"):
        return None
    if tok.dep_ == "npadvmod" and head.tag_ == "VBG" and head.i > tok.i:
        # "sent B a note expressing concern": the note hung on the participle after it, the participle on
        # the verb or read as a modifier of its object ("a note-expressing concern")
        up = head.head
        if head.dep_ == "amod" and up.dep_ == "dobj" and up.head.pos_ == "VERB" and up.head.i < tok.i:
            return up.head
        head = up if up.i < tok.i else head
    if head.pos_ != "VERB" or head.i > tok.i or tok.ent_type_ in ("DATE", "TIME"):
        return None
    return None if any(c.dep_ == "dobj" for c in head.children) else head


def _shifted_past_to(tok: Token) -> Token | None:
    """'A addressed to B, Mr C, the letter which ...', 'sent to her counterpart, C, a long letter': the object
    set after the addressee and its apposition, parsed as one more apposition of it. The sending verb, with
    its 'to' before the object and no other object."""
    h = tok.head
    for _ in range(4):
        if h.pos_ == "VERB":
            break
        if h.dep_ not in ("appos", "npadvmod", "pobj", "prep", "dative") or h.head.i == h.i:
            return None
        h = h.head
    if h.pos_ != "VERB" or h.lemma_.lower() not in cues()["send_verbs"] or h.i > tok.i:
        return None
    to = [c for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i < tok.i]
    return h if to and not any(c.dep_ == "dobj" for c in h.children) else None


GRATEFUL_WORDS = frozenset({"grateful", "thankful", "appreciative"})


def grateful_verb(tok: Token) -> Token | None:
    """The verb whose subject is grateful for the communication ``tok``: 'A expressed her gratitude for the
    message B had sent', 'A voiced appreciation for B's letter', 'A said she was grateful for B's
    condolence message', 'A appreciated B's letter', 'A thanked B for the message he sent'. Who is grateful
    for a letter received it."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "appreciate":
        return tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    word = tok.head.head
    lem = word.lemma_.lower()
    if lem in THANKS_NOUNS and word.dep_ == "dobj" and word.head.pos_ == "VERB":
        return word.head
    if word.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in THANKS_NOUNS for c in word.children
    ):
        return word  # "voiced his appreciation for the letter": 'for' hung on the verb
    if lem in GRATEFUL_WORDS and word.dep_ == "acomp":
        return word.head
    if lem == "thank" and word.pos_ == "VERB":
        return word  # "A wrote to B, thanking him for the message B sent": A received it
    return None


def in_which_clause(tok: Token) -> Token | None:
    """The verb of ', in which A urged B to act' after the letter ``tok``, wherever the parser hangs it
    ("a letter from A dated 3 May, in which he urged B": on the date): the nearest 'in which' clause
    after the letter's phrase with no other communication noun between."""
    own = {t.i for t in tok.subtree}
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.lower_ == "which" and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB":
            return t.head.head
        if t.lower_ not in ("in", "dated") and t.i not in own and t.ent_type_ != "DATE" and not t.is_punct:
            return None  # past the letter's own phrase and its date
        if noun_kind(t):
            return None  # another letter's clause
    return None


def talked_at_a_place(verb: Token) -> bool:
    """A place phrase on the talk ("talked with B in Kellby"): the talk was held there, in person."""
    return any(
        t.dep_ == "prep"
        and t.lower_ in ("in", "at")
        and any(g.ent_type_ in ("GPE", "FAC", "LOC") for g in t.children)
        and _at_the_talk(t, verb)
        for t in sent_of(verb)
    )


def _at_the_talk(prep: Token, verb: Token) -> bool:
    """A place phrase of the talk itself: on the verb, or on the one talked with ("spoke with B in X"), not
    on a topic or a clause of its own ("about the floods in X", "the fighting in X")."""
    h = prep.head
    while h.dep_ == "appos":
        h = h.head  # "with B, the minister, in X"
    if h.i == verb.i:
        return True
    return h.dep_ == "pobj" and h.head.lower_ in ("with", "to") and h.head.head.i == verb.i


def detached_holder(place: Token) -> Token | None:
    """'discussed the letter with Ontario Premier Graham Tessel', 'wrote to Cook Islands Prime Minister B':
    the parser may end the 'with' or 'to' phrase at the place and hang the titled name after it on the verb. The name's head word, when the place stands bare
    and a run of proper nouns right after it heads away from it; else None."""
    doc = place.doc
    if place.pos_ != "PROPN" or any(c.dep_ != "compound" or c.i > place.i for c in place.children):
        return None  # the place's own words before it only ("Solomon Islands", "New Zealand")
    if place.i + 2 >= len(doc):
        return None
    j = place.i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].dep_ == "compound" and doc[j].head.i > j:
        j += 1
    root = doc[j]
    if j == place.i + 1 or root.pos_ != "PROPN" or root.dep_ not in ("npadvmod", "appos", "dobj", "nsubj"):
        return None
    if root.head.i == place.i or root.ent_type_ != "PERSON":
        return None
    return root


def misread_dated(prep: Token) -> Token | None:
    """'a letter to Finance Minister B dated 8 February': the parser may read 'B dated 8 February' as a
    clause with B its subject, leaving 'to' with no object. B's head word, when so; else None."""
    doc = prep.doc
    if prep.lower_ != "to" or any(c.dep_ == "pobj" for c in prep.children) or prep.i + 1 >= len(doc):
        return None
    t = doc[prep.i + 1]
    while t.dep_ == "compound" and t.head.i > t.i:
        t = t.head
    verb = t.head
    if t.dep_ != "nsubj" or verb.lemma_.lower() not in ("date", "sign") or verb.i != t.i + 1:
        return None
    return t


def fronted_appos_subject(verb: Token) -> Token | None:
    """'In his reply of Thursday to A, the head of government, B, rejected ...': the parser may hang the
    subject after a fronted phrase on that phrase's last name as an apposition, leaving the verb no subject.
    The apposition that ends right before the verb's comma, when the phrase it hangs in is the verb's own."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    a = doc[verb.i - 2]
    while a.dep_ in ("compound", "flat") and a.head.i > a.i:
        a = a.head
    if a.dep_ != "appos" or a.ent_type_ != "PERSON" or a.head.dep_ != "pobj":
        return None
    t = a.head
    while t.dep_ in ("pobj", "prep") and t.head.i != t.i:
        t = t.head
        if t.i == verb.i:
            return a
    return None


def named_after_counterpart(subj: Token) -> Token | None:
    """'In a letter to his counterpart B, the Prime Minister wrote': the parser may take the name written right
    after 'counterpart' for the verb's subject and the office after its comma for an apposition of it. The
    name is the counterpart's; the office or name set off by a comma before the verb is the subject."""
    doc = subj.doc
    start = subj.left_edge.i
    if start == 0 or doc[start - 1].lower_ not in ("counterpart", "counterparts") or subj.pos_ != "PROPN":
        return None
    if doc[start - 1].dep_ not in ("pobj", "dobj", "appos") or not doc[start - 1].whitespace_:
        return None
    return next(
        (
            a
            for a in subj.children
            if a.dep_ == "appos" and subj.i < a.i < subj.head.i and doc[a.left_edge.i - 1].text == ","
        ),
        None,
    )


def subject_tokens(v: Token) -> list[Token]:
    """The tokens of a verb's subject, the parse mended where it often goes wrong (see the functions used)."""
    subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.dep_ != "expl"]
    subs = [named_after_counterpart(s) or s for s in subs]  # "to his counterpart B, the PM wrote"
    subs = [closing_apposition(s) or s for s in subs]  # "In a letter signed by the Chair of X, C, A wrote"
    subs = [subject_past_stranded(s) for s in subs]  # "In a letter sent to B, a Social Democrat, A set out"
    if len(subs) >= 2 and _closes_phrase(subs[0]) and subs[0].right_edge.i < subs[1].left_edge.i:
        subs = subs[1:]  # the same with both names read as subjects
    if len(subs) >= 2 and (_kicker(subs[0], subs[1]) or _vocative(subs[0], subs[1])):
        subs = subs[1:]  # "Norland-Ostmark: the President receives ...": a heading's topic, no subject
    if len(subs) == 1:  # "Madam Speaker, the Ministry wrote": the subject read as the vocative's apposition
        subs = [
            a
            for a in subs[0].children
            if a.dep_ == "appos" and a.right_edge.i + 1 == v.i and _vocative(subs[0], a)
        ] or subs
    # "In her reply, Moretti-Duval assures B": a name misparsed as a compound of the verb
    subs = subs or [
        c for c in v.children if v.pos_ == "VERB" and c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < v.i
    ]
    # "A had over the weekend written to B": the parse hangs the subject on the auxiliary the phrase split off
    subs = subs or [
        s for a in v.children if a.dep_ == "aux" and a.i < v.i for s in a.children if s.dep_ == "nsubj"
    ]
    subs = subs or [a for a in [fronted_appos_subject(v)] if a is not None]  # "In X to A, B, rejected"
    subs = subs or [a for a in [after_fronted_day(v)] if a is not None]
    return _stranded_first_subject(v, subs) + subs


def _stranded_first_subject(v: Token, subs: list[Token]) -> list[Token]:
    """'Sylvania Rising and 400 groups have sent a letter': the parser may make the first name the
    sentence's root and the verb its conjunct, leaving the second for the only subject; the root, a
    proper name with no verb of its own, is the first subject (before the 'and' the verb hangs on)."""
    head = v.head
    if v.dep_ != "conj" or head.dep_ != "ROOT" or head.pos_ != "PROPN" or not subs or head.i > subs[0].i:
        return []
    cc = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < subs[0].left_edge.i]
    own = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass")]
    return [head] if cc and not own and head.doc[cc[0].i + 1 : subs[0].left_edge.i].text == "" else []


def _vocative(first: Token, second: Token) -> bool:
    """'Hon. Speaker, the Ministry wrote to B': the one a speech turns to opens the sentence, a comma alone
    between it and the subject."""
    between = first.doc[first.i + 1 : second.left_edge.i]
    own = first.doc[first.left_edge.i : first.i + 1]  # "Hon. Speaker", "Madam Chair" (not "Mr Holm, the ...")
    addressed = _head_word(first) in ROLE_HEADS and not any(t.ent_type_ == "PERSON" for t in own)
    return addressed and first.left_edge.i == sent_of(first).start and [t.text for t in between] == [","]


def _kicker(first: Token, second: Token) -> bool:
    """A colon stands between two subjects of one verb: the first is a heading's topic before it."""
    between = first.doc[first.i + 1 : second.left_edge.i]
    return first.i < second.i and any(t.text == ":" for t in between)


def after_fronted_day(verb: Token) -> Token | None:
    """'On 4 June the President of X, A, spoke with B': the parser may hang the subject written right after a
    fronted date (no comma between) on the date's phrase, leaving the verb no subject. The phrase that
    follows the date there is the subject."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.i != sent_of(verb).start:
            continue
        day = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")), None)
        if day is None:
            continue
        end = day.i
        while (
            end + 1 < verb.i and doc[end + 1].ent_type_ in ("DATE", "TIME") and doc[end + 1].ent_iob_ == "I"
        ):
            end += 1
        return next(
            (
                t
                for t in prep.subtree
                if t.i > end
                and t.left_edge.i == end + 1
                and t.dep_ in ("appos", "pobj", "conj")
                and t.pos_ in ("NOUN", "PROPN")
                and t.ent_type_ not in ("DATE", "TIME")
            ),
            None,
        )
    return None


def each_side(verb: Token, others: list[Party]) -> bool:
    """'spoke by phone with A and B', 'spoke with A and with B': one talk with each, unless the sentence
    makes it one talk of all ("a joint call", "a three-way video conference")."""
    if len(others) < 2:
        return False
    return not any(t.lower_ in JOINT_WORDS or t.lemma_.lower() in JOINT_WORDS for t in sent_of(verb))


# Words that make one call of several sides ("a joint call", "a trilateral video conference").
JOINT_WORDS = frozenset(
    {"joint", "jointly", "three-way", "trilateral", "together", "conference", "videoconference"}
)


def made_known(verb: Token) -> bool:
    """'made public the letter', 'made the letter available': making known what another wrote, no sending."""
    return verb.lemma_.lower() == "make" and any(
        c.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and c.lower_ in ("public", "available", "known")
        for c in [*verb.children, *(g for o in verb.children if o.dep_ == "dobj" for g in o.children)]
    )


def one_text_to_all(noun: Token) -> bool:
    """'identical letters to B and C': one text to both; not 'near-identical' or 'nearly identical' ones,
    each its own letter."""
    for c in noun.children:
        if c.lower_ == "identical":
            before = [t for t in noun.doc[max(c.i - 2, 0) : c.i] if t.text != "-"]
            return not (before and before[-1].lower_ in ("near", "nearly", "almost", "largely", "virtually"))
    return False


def inverted_report(verb: Token) -> bool:
    """'The minister, writes the ambassador, "was calm"': a verb of writing set off by commas between a
    subject and its predicate, with the writer after it (which the parser reads as its object or a second
    subject): the writer tells what the subject did, writing to no one the clause names."""
    doc, i = verb.doc, verb.i
    if i < 2 or doc[i - 1].text != ",":
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.right_edge.i in (i - 2, i - 1) and c.i < i]
    obj = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > i]
    if not subj or not obj:
        return False
    after = obj[0].right_edge.i + 1  # (and "in her memoirs" after the writer: "wrote A in her memoirs,")
    after = max([after, *(c.right_edge.i + 1 for c in verb.children if c.dep_ == "prep" and c.i == after)])
    return after < len(doc) and doc[after].text == "," and all(t.text not in ".;" for t in doc[i + 1 : after])
