"""Every form a report writes a party's name in, with the words of its noun phrase around it: the
titles and descriptions before it ("Indian PM A B", "then prime minister A B", "the Norland envoy to
the UN Sir A B", "C's wife A B"), an office it is set off from ("The President of the Republic, A B";
"A B, Managing Director, Norland Trust") and the body it is "of" ("Grand Mufti A B of Norland").

These are the register's aliases of the party (what the reader may look for), never forms the resolver
matches names by: they are kept apart from the party's aliases (``PartyMention.seen``) and go into the
entity only once the report's party has been resolved."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Span, Token

from .. import names
from ..models import PartyMention
from .lexicon import noun_kind

REACH = 16  # the most words a form reaches either side of the name
_OPEN = {"det", "amod", "compound", "poss", "case", "nmod", "nummod", "advmod", "punct", "npadvmod"}
_LINKS = {"prep", "pobj", "cc", "conj", "appos"}  # inside a description before a name ("envoy to the UN")
_STOPS = {",", ";", ":", "(", ")", "[", "]", "—", "–", '"', "“", "”"}
PERSON = ("PERSON",)
_RELATIONS = {
    "wife",
    "husband",
    "widow",
    "son",
    "daughter",
    "brother",
    "sister",
    "mother",
    "father",
    "spouse",
}
_ARTICLES = {"the", "his", "her", "their", "its", "our", "my"}
_BODY = {"det", "amod", "compound", "poss", "case"}  # the words a body's own name may open with
_TIMES = {"then", "former", "late", "outgoing", "incoming"}


def seen_forms(doc: Doc, runs: list[tuple[int, int]], party: PartyMention) -> tuple[str, ...]:
    """The forms around each run of tokens (start, end) the report names ``party`` by."""
    own = {names.fold(w) for w in names.tokens(party.name)} | {
        names.fold(w) for a in party.aliases for w in names.tokens(a)
    }
    found: list[str] = []
    person = party.ptype == "person"
    for start, end in runs:
        while end > start + 1 and doc[end - 1].dep_ == "case":
            end -= 1  # "A B's letter": the name, not its possessive
        start = max([start] + [i + 1 for i in range(start, end - 1) if _breaks(doc[i])])
        span = doc[start:end]
        if _inside_another_name(span, own) or person and not _all_theirs(span, own):
            continue
        known = [f for f in (party.name, *party.aliases) if f]
        for form in _forms(span, own, person):
            if not any(k in form for k in known):
                continue  # a run the index gave the party that holds none of its names
            if form not in found and form != party.name and form not in party.aliases:
                found.append(form)
    return tuple(found)


def with_seen(party: PartyMention, forms: tuple[str, ...]) -> PartyMention:
    return dataclasses.replace(party, seen=forms) if forms else party


def _inside_another_name(span: Span, own: set[str]) -> bool:
    """'Abe' in 'Akie Abe' is no mention of Shinzo Abe: a person's word next to it that is not theirs."""
    doc = span.doc
    return any(0 <= j < len(doc) and _other_name(doc[j], own) for j in (span.start - 1, span.end))


def _all_theirs(span: Span, own: set[str]) -> bool:
    """Every name word of the run is the person's ('Rahul Gandhi' is no form of Indira Gandhi)."""
    return all(
        _word(t) in own
        or _titling(t)
        or not (t.is_alpha and t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_ in PERSON))
        for t in span
    )


def _other_name(tok: Token, own: set[str]) -> bool:
    """A word of someone else's name: tagged a person, not the party's, no title."""
    word = _word(tok)
    return (
        tok.ent_type_ in PERSON
        and tok.is_alpha
        and word not in own
        and word.strip(".") not in names.title_words() | names.honorifics()
    )


def _word(tok: Token) -> str:
    return names.fold(tok.text)


def _forms(span: Span, own: set[str], person: bool) -> list[str]:
    doc, root = span.doc, span.root
    ends = [span.end_char]
    set_after: set[int] = set()  # the ends of phrases set off after the name by a comma
    for child in root.rights:
        if child.i < span.end or any(_other_name(t, own) for t in doc[span.end : child.right_edge.i + 1]):
            continue  # "A B, President, C D, Secretary": another person's name is no part of A B's form
        if (
            child.dep_ == "prep"
            and child.text == "of"
            and _body_named(doc[child.i + 1 : child.right_edge.i + 1])
        ):
            ends.append(child.right_edge.idx + len(child.right_edge))  # "A B of Norland"
        elif (
            child.dep_ == "appos"
            and doc[span.end].text == ","
            and (_office(child) or len(ends) > 1)
            and _plain(doc[span.end : child.right_edge.i + 1], commas=True)
        ):
            ends.append(child.right_edge.idx + len(child.right_edge))  # "A B, Managing Director, C"
            set_after.add(ends[-1])
    # a name that only qualifies a noun ("the A administration") takes no words of that noun's phrase
    qualifies = root.dep_ == "compound" and root.head.i >= span.end
    starts = [span.start_char]
    j = span.start - 1
    while j >= max(0, span.start - REACH):
        tok = doc[j]
        if _breaks(tok) or _other_name(tok, own):
            break
        if not person and (_titling(tok) and not names.is_demonym(tok.text) or tok.dep_ not in _BODY):
            break  # "Secretary of the A Party" is a person's office, not a form of the party
        if not _titling(tok) and (
            qualifies
            or root not in tok.ancestors
            or tok.dep_ not in _OPEN | _LINKS
            or tok.lower_ in ("a", "an")
        ):
            break
        if _opens(tok, span) and not _inside_complement(tok, root):
            starts.append(tok.idx)
        j -= 1
    if (
        j + 1 < span.start
        and _opens(doc[j + 1], span, leftmost=True)
        and not _inside_complement(doc[j + 1], root)
    ):
        starts.append(doc[j + 1].idx)
    first = doc[j + 1] if j + 1 < span.start else span[0]
    if first.i > 0 and doc[first.i - 1].lower_ in _TIMES and names.fold(first.text) in names.title_words():
        starts.append(doc[first.i - 1].idx)  # "then prime minister A B": 'then' belongs to the office
    set_off = -1
    if root.dep_ == "appos" and root.head.i < span.start and root.i >= span.start:
        head = root.head  # "The President of the Republic, A B": the office the name is set off from
        left = head.left_edge
        if (
            (person and _described(head) or head.lemma_.lower() in _RELATIONS)  # no body is a "Minister, B"
            and span.start - left.i <= REACH
            and _plain(doc[left.i : span.start], commas=True)
        ):
            starts.append(left.idx)
            set_off = left.idx
    text = doc.text
    out = []
    for s in starts:
        for e in [e for e in ends if s != set_off or e not in set_after]:  # one side set off, not both
            form = re.sub(r"\s+", " ", text[s:e]).strip().rstrip(":;,")
            if form:
                out.append(form)
    return out


def _opens(tok: Token, span: Span, leftmost: bool = False) -> bool:
    """A word a form can open on: a title, a description, an article before them, or the whole name of
    a body that qualifies the office ("MEA spokesperson A B"); never the middle of a phrase ("Korea A
    B", "Affairs Adviser A B") nor an article on the bare name ("the A administration")."""
    if tok.dep_ in ("case", "cc", "prep", "punct") or tok.ent_iob_ == "I":
        return False
    if tok.lower_ in _ARTICLES:
        return tok.i + 1 < span.start
    return (
        _titling(tok)
        or tok.lower_ in _TIMES
        or tok.pos_ == "ADJ"
        or tok.dep_ == "poss"
        or leftmost
        and tok.ent_iob_ == "B"
    )


def _body_named(words: Span) -> bool:
    """The words after 'of' name a body or a place ("of Norland", "of the Norland Greens", "of al-Azhar
    University in Cairo"), not a topic or an object ("of the need for talks", "of Sudland's support")."""
    if not len(words) or len(words) > REACH or not _plain(words):
        return False
    heads = [t for t in words if t.head.i < words.start or t.head.i >= words.end]
    return all(
        t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP", "LOC", "FAC") for t in heads
    ) and not any(t.pos_ == "CCONJ" or t.dep_ == "case" and t.head.pos_ != "PROPN" for t in words)


def _inside_complement(tok: Token, root: Token) -> bool:
    """A word right after an 'of', 'for', 'to' or 'and' of the name's phrase (``root`` its head) opens no
    form: it is inside an office's complement ("Secretary of State A B" gives no "State A B", "Minister
    for Foreign Affairs A B" no "Foreign ..."); not after a 'to' outside it ("wrote to Indian PM A B")."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_ in ("of", "for", "to", "and", "&") and root in prev.ancestors


def _described(head: Token) -> bool:
    """A description a person's name is set off from: an office, or a singular noun that is no letter
    ("the Icelandic poet A B", "his Lao counterpart A B"; not "the letter from the chief, A B")."""
    return _office(head) or head.pos_ == "NOUN" and head.tag_ != "NNS" and noun_kind(head) is None


def _office(tok: Token) -> bool:
    """The head of an office set off beside a name: a title, not a plural ("the leaders of ...")."""
    return tok.tag_ != "NNS" and _titling(tok) and not names.is_demonym(tok.text)


def _breaks(tok: Token) -> bool:
    """A word no title or description before a name holds: a verb, a number, a date, a stop."""
    return (
        tok.text in _STOPS
        or tok.is_space
        or tok.is_punct
        and tok.text != "."
        or tok.pos_ in ("VERB", "AUX", "NUM")
        or tok.like_num
        or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT")
    )


def _titling(tok: Token) -> bool:
    """A word of a title before a name whatever the parse made of it ("Indian PM", "Sir", "Dr.")."""
    word = names.fold(tok.text).strip(".")
    return word in names.title_words() | names.honorifics() or names.is_demonym(tok.text)


def _plain(span: Span, commas: bool = False) -> bool:
    """A stretch of words with no verb, no sentence break and (unless ``commas``) no comma in it."""
    if not len(span) or len(span) > REACH:
        return False
    for tok in span:
        if tok.pos_ in ("VERB", "AUX") or tok.is_sent_start and tok.i != span.start:
            return False
        if tok.text == "," and commas:
            continue
        if _breaks(tok) and tok.text not in ("-", "."):
            return False
    return True
