"""spaCy, loaded once per process from the installed model package (offline).

A small component before the parser makes every line break a sentence boundary: the clean
text keeps headlines, datelines, salutations and signatures on their own lines, and the
parser must not glue a headline to the dateline under it. A component after the entity
recogniser joins a person's name it cut in two at a patronymic particle ("Khalid bin Fahd" +
"bin Saud Al Rashed": one name, the son's, not a second person named by his forefathers) and cuts a
verb it took in off a name ("Andrew rang" me).

Hostile text is bounded before and after the parse, offsets unchanged: spaCy reads a view of the
text the same length as it, with long runs of punctuation blanked (the tokenizer's suffix search is
quadratic in the length of a chunk without spaces: 20,000 curly quotes took 32 s), and no sentence
is longer than :data:`MAX_SENT_TOKENS` (a stretch that nothing ends is cut before the parse; a
sentence the parser still leaves longer is parsed again, cut), so every scan over a sentence is
bounded.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

from .body_names import whole_bodies
from .datelines import _titled, after_datelines
from .lazy import hide_torch
from .name_letters import INITIALS_ONLY as INITIALS_ONLY
from .name_letters import _seated_name, letters_only
from .name_starts import PATRONYMIC_PARTICLES as PATRONYMIC_PARTICLES
from .name_starts import function_word_names, given_name_before_particle, halves_of_one_name, particle_tail
from .name_titles import _PERSONAL_OFFICES, _PLACE_HEADS, spaced_dash, titled_name_taken_whole
from .names import _data, honorifics, is_state_name
from .post_place import article_before_one_word, place_before_name
from .text_view import PUNCT_RUN_CAP as PUNCT_RUN_CAP
from .text_view import tokenizer_view

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokenizer import Tokenizer

with hide_torch():  # thinc would import torch (2 s, hundreds of MB); spaCy's English pipeline never uses it
    import spacy
    from spacy.attrs import NORM, ORTH
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

# The longest sentence extraction reads (the annotated corpora's longest is 118 tokens).
MAX_SENT_TOKENS = 250
_CUTS = "lettertrace_cuts"
# Abbreviated titles written before a name that spaCy's English exceptions lack ("Gen.", "Gov.", "Sen.",
# "Rev.", "Dr." and others it has): with the period split off, the parser ends a sentence there.
TITLE_ABBREVIATIONS = (
    "Hon.", "Rt.", "Amb.", "Cdr.", "Cmdr.", "Supt.", "Insp.", "Lt.", "Col.", "Capt.", "Sgt.", "Maj.", "Brig.",
    "Fr.", "Msgr.", "Atty.", "Cpl.", "Pvt.", "Eng.", "Engr.", "Smt.", "Tmt.", "Adv.",
)  # fmt: skip
_AHEAD: dict[tuple[str, str], Doc] = {}  # (text, model) -> its doc, parsed in a batch (see parsed_ahead)


@Language.component("lettertrace_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (and at the cuts of an overlong sentence)."""
    forced = False
    line = 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
            forced = True
            line = tok.i
        elif prev.text in ("-", "\u2013", "\u2014", ":") and timeline_prefix(list(doc[line : prev.i])):
            tok.is_sent_start = False  # "FEB 3 - A replies, ...": a timeline's entry is one sentence
            forced = True
        elif forced:
            tok.is_sent_start = False  # the parser must not split a line right after its first word
            forced = False
        elif prev.text in PATRONYMIC_PARTICLES or tok.text in FAMILY_ARTICLES and prev.text[:1].isupper():
            tok.is_sent_start = False  # no sentence starts inside an Arabic name ("bin Talal Al Muharrami")
        elif tok.text in ('"', "\u201d", "'", "\u2019", ")") and prev.text in ".!?" and not prev.whitespace_:
            tok.is_sent_start = False  # the quote closed right after its last stop ends that sentence
    for i in doc.user_data.get(_CUTS, ()):
        doc[i].is_sent_start = True
    for i in after_datelines(doc):
        doc[i].is_sent_start = True
    return doc


_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december".split()
)


def timeline_prefix(words: Sequence[Token]) -> bool:
    """A line's opening date before a dash or colon ("FEB 3", "2 April", "- 21 March 1958"): one to four
    tokens, each a number, a month or a bullet, with a month or a number among them."""
    kept = [t for t in words if t.text not in ("-", "\u2022", "*")]
    return 1 <= len(kept) <= 4 and all(t.like_num or t.lower_.rstrip(".") in _MONTHS for t in kept)


# The article of an Arabic family name, capitalised ("bin Talal Al Muharrami", "bin Zayed Al Nahyan").
FAMILY_ARTICLES = frozenset({"Al", "El", "Āl"})
# Lower-case particles inside a name ("Manuel dos Santos Kiala", "Ana de la Vega"), which the recogniser
# may leave outside the two halves it tags.
NAME_PARTICLES = PATRONYMIC_PARTICLES | {
    "da",
    "das",
    "de",
    "del",
    "della",
    "den",
    "der",
    "di",
    "do",
    "dos",
    "du",
    "la",
    "las",
    "le",
    "los",
    "van",
    "von",
}
# Turkic words of descent between a father's given name and the family name ("A B oglu C": A, son of B)
NAME_PARTICLES |= {"oglu", "oğlu", "ogly", "qizi", "gizi", "kyzy", "gyzy", "uulu"}


@Language.component("lettertrace_name_chains")
def name_chains(doc: Doc) -> Doc:
    """Join two person names the recogniser left side by side when the second opens with a lower-case
    patronymic particle: "Prince Khalid bin Fahd" + "bin Saud Al Rashed" is one name, as is a patronymic
    name and the family name after it ("Badr bin Talal" + "Al Muharrami"); and cut off a
    lower-case verb it took in at a name's end ("Andrew rang"); and part two names set side by side in
    columns ("A B        C D" under a joint letter)."""
    ents = list(doc.ents)
    out: list[Span] = []
    trimmed = False
    if added := function_word_names(doc):  # "Party chief To Lam"
        taken = {i for a in added for i in range(a.start, a.end)}
        ents = sorted(
            [e for e in ents if not taken & set(range(e.start, e.end))] + added, key=lambda e: e.start
        )
        trimmed = True
    for ent in ents:
        if letters_only(ent):  # "Sir A B, K.C.M.G., High Commissioner", "A B MSP": letters after a name
            trimmed = True
            continue
        if (seated := _seated_name(ent)) is not None:
            ent, trimmed = seated, True  # "A B TD" tagged whole, or "B TD" tagged a body
        if ent.label_ == "PERSON" and len(ent) >= 2 and is_state_name(ent.text):
            ent, trimmed = Span(doc, ent.start, ent.end, label="GPE"), True  # "Solomon Islands" is no one
        if lead := titled_name_taken_whole(ent):  # "Taoiseach A B" tagged a body whole: the office, a person
            ent, trimmed = Span(doc, ent.start + lead, ent.end, label="PERSON"), True
        if _titled_name_as_place(ent) or _role_apposed_name_as_place(ent):
            ent, trimmed = Span(doc, ent.start, ent.end, label="PERSON"), True  # "Mr Molapo", "King Ulf"
        if headline_verb(ent[0]):  # "President Sends Letter To B": "Sends Letter" tagged a name is none
            trimmed = True
            continue
        cut = next((t.i for t in ent[1:] if headline_verb(t) or t.lower_ in ("who", "whose", "whom")), None)
        if cut is not None:  # "Holm Holds Phone Talks with Varga", "Lawyer Whose Letter Defied": no name on
            ent, trimmed = Span(doc, ent.start, cut, label=ent.label_), True
        end = ent.end
        while end - ent.start > 1 and (_verb_not_name(doc[end - 1]) or doc[end - 1].is_space):
            end -= 1  # "Andrew rang" (me): the verb after a name is no part of it, nor the spaces
        if (start := _after_opening_participle(ent)) != ent.start:
            ent, trimmed = Span(doc, start, end, label=ent.label_), True
            end = ent.end
        of = next((t.i for t in ent[1:] if t.lower_ == "of"), None) if ent.label_ == "PERSON" else None
        if of is not None and of < end and ent.start > 0 and _titled(doc[ent.start - 1]):
            end = of  # "President Traore of Cote d'Ivoire" taken in whole: the name stops at 'of'
        if end != ent.end:
            ent, trimmed = Span(doc, ent.start, end, label=ent.label_), True
        if (start := given_name_before_particle(ent, out)) != ent.start:  # "Prince Turki" + "bin Saud"
            ent, trimmed = Span(doc, start, ent.end, label="PERSON"), True
        if article_before_one_word(ent):  # "in the Sahel" tagged a person: a person's name takes no 'the'
            trimmed = True
            continue
        if (place := place_before_name(ent)) != ent.start:  # "ambassador to Kenya Jane Marriott"
            out.append(Span(doc, ent.start, place, label="GPE"))
            ent, trimmed = Span(doc, place, ent.end, label="PERSON"), True
        if (dash := next((t.i for t in ent[1:-1] if spaced_dash(t)), None)) is not None:
            out.append(Span(doc, ent.start, dash, label=ent.label_))  # "Norland - A B": a list, then a name
            trimmed = True
            if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"):
                continue  # "Friday 12 May - Xs Warning Y": the day, then a phrase the tagger did not name
            rest = doc[dash + 1 : ent.end]
            named = 2 <= len(rest) <= 3 and all(t.is_alpha and t.is_title for t in rest)
            ent = Span(doc, dash + 1, ent.end, label="PERSON" if named else ent.label_)
        if (tail := particle_tail(ent)) != ent.end:  # "Sidi Ould Cheikh" + "El Moctar"
            ent, trimmed = Span(doc, ent.start, tail, label="PERSON"), True
        gap = next((t.i for t in ent[1:-1] if _column_gap(t)), None)
        if gap is not None and ent.label_ == "PERSON":  # "A B        C D": two names set in columns
            out.append(Span(doc, ent.start, gap, label="PERSON"))
            ent, trimmed = Span(doc, gap + 1, ent.end, label="PERSON"), True
        prev = out[-1] if out else None
        if prev is not None and halves_of_one_name(prev, ent):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")  # "General Tadeo" + "Fuentes Aranda"
            continue
        between = doc[prev.end] if prev is not None and prev.end + 1 == ent.start else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and (
                prev.end == ent.start
                and (
                    ent[0].text in PATRONYMIC_PARTICLES
                    or ent[0].text in FAMILY_ARTICLES  # "Badr bin Talal" + "Al Muharrami": one name
                    and any(t.text in PATRONYMIC_PARTICLES for t in prev)
                )
                or between is not None
                and between.text in NAME_PARTICLES  # "Manuel" + "dos" + "Santos Kiala": one name
                and "\n" not in between.whitespace_
            )
            and "\n" not in prev[-1].whitespace_
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    out, whole = whole_bodies(doc, out)  # "the UN Committee" + "on the Elimination of ..."
    if len(out) != len(ents) or trimmed or whole:
        doc.ents = out
    return doc


def _column_gap(tok: Token) -> bool:
    """Three spaces or more, or a tab, inside a line: a gap between columns (two spaces are a typo)."""
    return tok.is_space and "\n" not in tok.text and (len(tok.text) >= 2 or "\t" in tok.text)


def _after_opening_participle(ent: Span) -> int:
    """Where a name starts in an entity the recogniser opened with the sentence's participle and its
    preposition ("Replying to Quiroga's" tagged as one organisation): at the first capitalised word after
    them; the entity's own start otherwise."""
    doc, i = ent.doc, ent.start
    if doc[i].tag_ != "VBG":
        return i
    i += 1
    while i < ent.end and doc[i].pos_ in ("ADP", "PART", "DET"):
        i += 1
    return i if i < ent.end and doc[i].text[:1].isupper() else ent.start


# Words of address and offices written before a person's name only ("Mr", "Chief", "King"), never before
# a place's or a body's: honorifics less the possessives and epithets among them.
_NOT_PERSONAL = {
    "the",
    "his",
    "her",
    "he",
    "dear",
    "grand",
    "late",
    "royal",
    "supreme",
    "respected",
    "striving",
}


def _titled_name_as_place(ent: Span) -> bool:
    """A name of one to three words the recogniser took for a place or a body right after a personal title
    ("Mr Molapo", "Chief Molapo", "Queen Victoria", "President Elmer Halden" tagged a facility): a person's
    name, unless it ends in the head word of a place ("Prince Edward Island")."""
    if ent.label_ not in ("GPE", "ORG", "NORP", "LOC", "FAC") or not 1 <= len(ent) <= 3:
        return False
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.text.isupper() for t in ent):
        return False
    if ent.start == 0 or ent[-1].lower_ in _PLACE_HEADS:
        return False
    prev = ent.doc[ent.start - 1]
    word = prev.lower_.rstrip(".")
    personal = (honorifics() - _NOT_PERSONAL) | _PERSONAL_OFFICES
    return prev.text[:1].isupper() and word in personal and "\n" not in prev.whitespace_


# Offices whose holder a report names in apposition ("the Governor of the Central Bank, A B").
_APPOSED_OFFICES = _PERSONAL_OFFICES | set(
    "minister secretary ambassador chairman chairwoman chair director head speaker mayor envoy commissioner"
    " chancellor premier leader spokesman spokeswoman spokesperson ceo judge".split()
)


def _role_apposed_name_as_place(ent: Span) -> bool:
    """A name of two or three words the recogniser took for a place or a body, set after a comma in
    apposition to an office ("the Governor, A B", "the Governor of the Central Bank, A B"): a person's
    name. Not when it renames a common noun the office hangs on ("the governor of the province, Kessel
    Vale": the province), nor when it ends in the head word of a place."""
    if ent.label_ not in ("GPE", "ORG", "NORP", "LOC", "FAC") or not 2 <= len(ent) <= 3:
        return False
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.text.isupper() for t in ent):
        return False
    if ent.start < 2 or ent.doc[ent.start - 1].text != "," or ent[-1].lower_ in _PLACE_HEADS:
        return False
    root = ent.root
    if root.dep_ != "appos" or root.head.i >= ent.start:
        return False
    if root.head.lower_ in _APPOSED_OFFICES:
        return True
    # "the Governor of the Central Bank, A B" (A B hung on the bank, or on the letter before the office):
    # the word before the comma already names a body or place (not "the province"), and an office governs it
    t = ent.doc[ent.start - 2]
    if t.pos_ != "PROPN" or t.ent_type_ not in ("ORG", "GPE", ""):
        return False
    for _ in range(4):
        if t.dep_ not in ("pobj", "prep", "compound") or t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in _APPOSED_OFFICES:
            return True
    return False


def headline_verb(tok: Token) -> bool:
    """A verb of exchange in the third person, capitalised, before another capitalised word, as a headline
    in title case writes it ("A Holds Phone Talks with B", "A Sends Greetings to B")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.text[:1].isupper()
        and tok.text[1:].islower()
        and tok.lower_ in headline_verbs()
        and nxt is not None
        and nxt.text[:1].isupper()
    )


@cache
def headline_verbs() -> frozenset[str]:
    """The third-person forms of the verbs of communicating (``cues.yaml``) and of those a headline tells one
    with, as a headline in title case writes them with a capital ("President Receives Letter", "Emir Sends
    Message", "King Thanks Leaders", "PM Replies", "A Holds Phone Talks with B")."""
    cues = _data("cues.yaml")
    verbs = {
        *cues["write_verbs"],
        *cues["call_verbs"],
        *cues["send_verbs"],
        *cues["receive_verbs"],
        *cues["reply_verbs"],
        *cues["contact_verbs"],
        *("call", "thank", "congratulate", "hold", "discuss", "welcome", "urge"),
        *("exchange", "speak", "talk", "message", "greet"),
    }
    return frozenset(_third_person(v) for v in verbs)


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _verb_not_name(tok: Token) -> bool:
    """A lower-case verb the recogniser took into a name ("Andrew rang")."""
    return tok.pos_ in ("VERB", "AUX") and tok.text[:1].islower()


# Words official correspondence writes before a file or reference number ("our letter Ref. CG/087 of 14
# February", "Note No. 12/2024", "your letter Ref: ..."): abbreviations, never the end of a sentence.
REFERENCE_ABBREVIATIONS = ("Ref.", "ref.", "Refs.", "Reg.", "Vol.", "vol.", "Ser.")
OFFICE_ABBREVIATIONS = ("a.i.",)  # "Charge d'affaires a.i.": ad interim, part of the office before it


@cache
def load(model: str) -> Language:
    """The spaCy pipeline named ``model`` (a PyPI package carrying its weights)."""
    nlp = spacy.load(model)
    forms = [s + end for s in ("e-mail", "E-mail", "E-Mail") for end in ("", "s", "ed", "ing")]
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]
    for form in forms:  # one word, as "email" is, not "e", "-", "mail"
        tokenizer.add_special_case(form, [{ORTH: form, NORM: form.replace("-", "").lower()}])
    for abbr in (
        *TITLE_ABBREVIATIONS,
        *REFERENCE_ABBREVIATIONS,
        *OFFICE_ABBREVIATIONS,
    ):  # "Hon. A B", "our letter Ref. 12/2024":
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])  # an abbreviation, not the end of a sentence
    if "attribute_ruler" in nlp.pipe_names:  # the lemmatizer's rules would make "e-mailed" "e-maile"
        ruler: AttributeRuler = nlp.get_pipe("attribute_ruler")  # type: ignore[assignment]
        ruler.add([[{"ORTH": {"IN": forms}}]], {"LEMMA": "e-mail"})
    if "lettertrace_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("lettertrace_line_breaks", before="parser")
    if "ner" in nlp.pipe_names and "lettertrace_name_chains" not in nlp.pipe_names:
        nlp.add_pipe("lettertrace_name_chains", after="ner")
    return nlp


def parse(text: str, model: str) -> Doc:
    """Tokens, sentences, entities and dependency parse of ``text`` (of its :func:`tokenizer_view`).

    A text parsed ahead (:func:`parsed_ahead`) is handed out from there, once."""
    ahead = _AHEAD.pop((text, model), None)
    if ahead is not None:
        return ahead
    nlp = load(model)
    doc, cuts = _first_doc(nlp, text)
    doc = _run_pipeline(nlp, doc, cuts)
    more = _overlong_cuts(doc)
    if not more:
        return doc
    # the parser still left a sentence too long: again, each one cut into pieces it must keep
    return _run_pipeline(nlp, nlp.make_doc(tokenizer_view(text)), sorted({*cuts, *more}))


@contextmanager
def parsed_ahead(texts: list[str], model: str, batch_size: int = 16) -> Iterator[None]:
    """Inside the block, :func:`parse` hands out each of ``texts`` parsed together with the others
    (``nlp.pipe``: one pass of each component over a batch, the same analyses as one text at a time);
    what the block did not ask for is dropped at its end. A text the parser leaves with an overlong
    sentence is not kept: :func:`parse` parses it again, cut, on its own."""
    keys = []
    try:
        if texts:
            nlp = load(model)
            docs = [_with_cuts(*_first_doc(nlp, text)) for text in texts]
            for text, doc in zip(texts, nlp.pipe(docs, batch_size=batch_size), strict=True):
                if not _overlong_cuts(doc):
                    keys.append((text, model))
                    _AHEAD[keys[-1]] = doc
        yield
    finally:
        for key in keys:
            _AHEAD.pop(key, None)


def _first_doc(nlp: Language, text: str) -> tuple[Doc, list[int]]:
    """The tokens of ``text``'s :func:`tokenizer_view`, with the cuts of its unstopped stretches."""
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    doc = nlp.make_doc(tokenizer_view(text))
    return doc, _unstopped_cuts(doc)


def _with_cuts(doc: Doc, cuts: list[int]) -> Doc:
    """``doc`` with the cuts the line-break component makes sentence starts."""
    if cuts:
        doc.user_data[_CUTS] = cuts
    return doc


def _overlong_cuts(doc: Doc) -> list[int]:
    return [c for s in doc.sents if len(s) > MAX_SENT_TOKENS for c in _cuts(s.start, s.end, len(doc))]


def _run_pipeline(nlp: Language, doc: Doc, cuts: list[int]) -> Doc:
    doc = _with_cuts(doc, cuts)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def _unstopped_cuts(doc: Doc) -> list[int]:
    """Cuts every :data:`MAX_SENT_TOKENS` tokens in a stretch with no line break and no token ending
    in a full stop, question or exclamation mark (no annotated sentence comes near: 118 tokens at
    most); cutting before the parse spares a second one ("letter letter letter ...")."""
    cuts, start = [], 0
    for tok in doc:
        if tok.text.endswith((".", "!", "?")) or "\n" in tok.text or "\n" in tok.whitespace_:
            start = tok.i + 1
        elif tok.i - start >= MAX_SENT_TOKENS:
            cuts.append(tok.i)
            start = tok.i
    return cuts


def _cuts(start: int, end: int, length: int) -> list[int]:
    """Where an overlong sentence is cut: at its ends and every :data:`MAX_SENT_TOKENS` tokens."""
    return [i for i in [*range(start, end, MAX_SENT_TOKENS), end] if 0 < i < length]


def sent_of(tok: Token) -> Span:
    """The sentence of a token, from a per-document index (spaCy's ``Token.sent`` rescans the doc)."""
    doc = tok.doc
    index = doc.user_data.get("lettertrace_sent_index")
    if index is None:
        sents = list(doc.sents)
        index = [0] * len(doc)
        for n, s in enumerate(sents):
            for i in range(s.start, s.end):
                index[i] = n
        doc.user_data["lettertrace_sents"] = sents
        doc.user_data["lettertrace_sent_index"] = index
    return doc.user_data["lettertrace_sents"][index[tok.i]]  # type: ignore[no-any-return]


def sent_number(tok: Token) -> int:
    """The number of a token's sentence in its document (from the index :func:`sent_of` keeps)."""
    sent_of(tok)
    return int(tok.doc.user_data["lettertrace_sent_index"][tok.i])


def text_of(doc: Doc) -> str:
    """The document's text, computed once (spaCy's ``Doc.text`` re-joins every token on each access)."""
    cached = doc.user_data.get("lettertrace_text")
    if cached is None:
        cached = doc.text
        doc.user_data["lettertrace_text"] = cached
    return cached  # type: ignore[no-any-return]
