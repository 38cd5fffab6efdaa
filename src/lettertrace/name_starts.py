"""Where a person's name starts when the recogniser cut it short: a given name left outside a name the
recogniser opened with a patronymic particle ("Prince Turki" + "bin Saud"), a title and given name it
tagged as a body right before the rest of the name ("General Tadeo" + "Fuentes Aranda"), and a family name
spelt like an English function word after a title ("Party chief To Lam", "Vice Premier He Lifeng")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .datelines import _titled
from .english_words import is_english_word
from .names import honorifics, particles, title_words

# Lower-case particles that continue an Arabic (or Hebrew) name with a forefather's: "bin Saud".
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "Ould", "ould"})  # "ould": son of (Hassaniya)


def given_name_before_particle(ent: Span, out: list[Span]) -> int:
    """'Prince Turki bin Saud' with only "bin Saud" tagged: a name never opens with a lower-case patronymic
    particle, so the capitalised given name right before it on the line (no title, no place, not the
    sentence's first word), itself right after a capitalised title or honorific, is the name's start
    ("Crown Prince bin Saud" keeps its title out; "From Amman bin Nasser wrote" takes no place in)."""
    doc, i = ent.doc, ent.start - 1
    if ent.label_ != "PERSON" or ent[0].text not in PATRONYMIC_PARTICLES or i < 0 or len(ent) < 2:
        return ent.start
    tok = doc[i]
    if (
        tok.pos_ == "PROPN"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and not _titled(tok)
        and tok.lower_ not in honorifics()
        and not tok.is_sent_start  # "Yesterday bin Saud wrote"
        and tok.ent_type_ in ("", "PERSON")
        and "\n" not in tok.whitespace_
        and not (out and out[-1].end > i)
        and i > 0
        and doc[i - 1].text[:1].isupper()
        and (_titled(doc[i - 1]) or doc[i - 1].lower_.rstrip(".") in honorifics())
    ):
        return i
    return ent.start


def halves_of_one_name(prev: Span, ent: Span) -> bool:
    """Two tags that are one person's name: a title and a given name before the name (see
    :func:`title_and_given_name`), or a name that ends in a lower-case particle run into a capitalised word
    tagged as something else ("Ursula von der" + "Leyen" tagged a place)."""
    if ent.label_ == "PERSON":
        return title_and_given_name(prev, ent) or _honorifics_before_name(prev, ent)
    return (
        prev.label_ == "PERSON"
        and prev.end == ent.start
        and prev[-1].text in _RUN_ON_PARTICLES
        and len(ent) <= 2
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)
        and "\n" not in prev[-1].whitespace_
    )


def _honorifics_before_name(prev: Span, ent: Span) -> bool:
    """'Dr the' tagged a person, then 'Right Honourable' untagged, then 'A B': one person's name given with
    its honorifics (the first tag holds honorifics only, and so do the words between, on one line)."""
    doc = ent.doc
    between = doc[prev.end : ent.start]
    return (
        prev.label_ == "PERSON"
        and len(between) <= 3
        and all(_honorific(t) for t in prev)
        and all(_honorific(t) or t.lower_ in ("right", "rt", "rt.") for t in between)
        and any(t.lower_.strip(".") in ("hon", "honourable", "honorable") for t in between)
        and not any("\n" in t.whitespace_ for t in (*prev, *between))
    )


def _honorific(tok: Token) -> bool:
    return tok.lower_.strip(".") in honorifics()


# Lower-case particles a name does not end with ("Ursula von der", "Ana de la"): the family name follows.
_RUN_ON_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "la", "del", "della", "di", "da", "dos", "du"}
)


def title_and_given_name(prev: Span, ent: Span) -> bool:
    """'General Tadeo' tagged a body right before 'Fuentes Aranda' tagged a person: a title and a given
    name the recogniser cut from the rest of the name (a title, then one or two capitalised proper nouns
    that are no titles, on one line, touching the person's name)."""
    return (
        prev.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC")
        and prev.end == ent.start
        and 2 <= len(prev) <= 3
        and _titled(prev[0])
        and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and not _titled(t) and not is_english_word(t.text)
            for t in prev[1:]
        )  # a given name, no word of English ("Grand Mufti" + "A B": an office)
        and "\n" not in "".join(t.whitespace_ for t in prev)
    )


_CLOSED_CLASS = frozenset({"ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART", "AUX"})
# Function words that are also family names ("To Lam", "He Lifeng", "Do Hung", "Le Drian"); not the words of
# an office written in title case ("Minister Of Finance", "Minister For Health").
_NAME_LIKE = frozenset({"to", "he", "do", "ha", "an", "so", "le", "la", "lo", "da", "du"})


def function_word_names(doc: Doc) -> list[Span]:
    """Names opening with a word spelt like an English function word ("To Lam", "He Lifeng", "Do Hung"):
    in a sentence in lower case, such a word capitalised right after a title ("Party chief To Lam") or a
    state's possessive ("Vietnam's To Lam") and before a capitalised name word opens a person's name; the
    parser reads it as the preposition or the pronoun, the recogniser tags nothing or only the rest."""
    titles = title_words()
    out = []
    for tok in doc[1:-1]:
        if (
            tok.pos_ not in _CLOSED_CLASS
            or tok.lower_ not in _NAME_LIKE
            or not tok.is_title
            or tok.is_sent_start
        ):
            continue
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        after_title = (
            prev.lower_ in titles or prev.text in ("'s", "’s") and doc[prev.i - 1].ent_type_ == "GPE"
        )
        if not (nxt.is_title and nxt.pos_ == "PROPN") or nxt.lower_ in titles or tok.tag_ == "PRP$":
            continue  # not "President His Highness Sheikh A": a form of address
        if not any(t.is_lower and t.pos_ in ("NOUN", "VERB") for t in tok.sent):
            continue  # a headline in title case ("Message Sent To Lund")
        end = nxt.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and end - tok.i < 4:
            end += 1
        # or set off by an office after it: "A and To Minh, general secretary of X, exchanged messages"
        apposed = (
            end + 1 < len(doc)
            and doc[end].text == ","
            and (doc[end + 1].is_lower or doc[end + 1].lower_ in titles)
        )
        if after_title or apposed and tok.pos_ != "PRON":
            out.append(Span(doc, tok.i, end, label="PERSON"))
    return out


# Particles written in lower case inside a name that are no English word ("de Vries", "bin Salman").
_LOWER_PARTICLES = frozenset(
    {"de", "da", "das", "dos", "del", "di", "du", "van", "von", "der", "den", "bin", "ibn"}
)


def particle_tail(ent: Span) -> int:
    """Where a person's name ends when the recogniser stopped it before a family name's particle and the
    capitalised word after it ("Sidi Ould Cheikh" + "El Moctar", "Ana Berg" + "de Vries"), neither
    tagged: after that word; the entity's own end otherwise."""
    doc, i = ent.doc, ent.end
    if ent.label_ != "PERSON" or i + 1 >= len(doc) or doc[i].lower_ not in particles() or doc[i].ent_type_:
        return ent.end
    if not doc[i].text[:1].isupper() and doc[i].text not in _LOWER_PARTICLES:
        return ent.end  # "A B at Mar-a-Lago", "A B as president": English words
    nxt = doc[i + 1]
    if "\n" in doc[i - 1].whitespace_ + doc[i].whitespace_ or not doc[i - 1].whitespace_:
        return ent.end
    named = nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and not nxt.ent_type_
    return i + 2 if named else ent.end
