"""The view of a text spaCy reads: the same length as the text, so an offset into the view is the same
offset into the text (``nlp`` parses it)."""

from __future__ import annotations

import re

# The longest run of punctuation spaCy sees (the annotated corpora hold none over 3 characters).
PUNCT_RUN_CAP = 16
_PUNCT_RUN = re.compile(rf"(?:[^\w\s]|_){{{PUNCT_RUN_CAP + 1},}}")


def tokenizer_view(text: str) -> str:
    """``text`` with each run of punctuation past :data:`PUNCT_RUN_CAP` characters blanked after its
    first ones, the official 'vide' ("vide his letter dated ...": by way of) read as 'with', which the
    parser knows as a preposition, and a paragraph's number opening a line ("6.4", "[12]") and a footnote's
    mark glued to a word blanked, and the dash after a catalogue title's form of document read as a stop
    ("Title: Cablegram - A to B", which the recogniser would take for one name "Cablegram - A"), and an office
    set in capitals before a name ("PRESIDENT Amina Tarala", "PRIME MINISTER Kobe": a lede's opening words in
    capitals, which the recogniser reads as no name) written as a title ("President Amina Tarala"), and a wire's
    label opening a headline ("UPDATE 2-", "EXCLUSIVE-") and a record's field label set off by wide space
    ("Description:    Despatch from A to B ...", which the parser would read as one phrase) blanked: the same
    length, so an offset into the view is the same offset into ``text``."""
    text = _VIDE.sub(lambda m: "With" if m[0][0] == "V" else "with", text)
    text = _FOOTNOTE_MARK.sub(lambda m: " " * len(m[0]), text)
    text = _PARAGRAPH_NUMBER.sub(lambda m: " " * len(m[0]), text)
    text = _FORM_DASH.sub(lambda m: m[1] + ".", text)
    text = _CAPS_TITLE.sub(_title_case_office, text)
    text = _WIRE_LABEL.sub(_blank_label, text)
    text = _FIELD_LABEL.sub(_blank_field, text)
    return _PUNCT_RUN.sub(lambda m: m[0][:PUNCT_RUN_CAP] + " " * (len(m[0]) - PUNCT_RUN_CAP), text)


# A footnote's mark glued to the word before it ("to the Department of State(1)"): blanked, as the tokenizer
# would keep "State(1" one word.
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z])(?:\(\d{1,3}\)|\[\d{1,3}\])(?=[\s.,;:]|$)")
# A section's or paragraph's number opening a line of a report, an inquiry or a judgment ("6.4 On 3 February
# A wrote ...", "[12] The minister replied ..."): blanked, as the parser would take the number for the subject.
_PARAGRAPH_NUMBER = re.compile(
    r"(?m)^(?:(?!\d{1,2}\.\d{1,2}\.\d\d)\d{1,3}(?:\.\d{1,3})+\.?|\[\d{1,3}\])(?=[ \t]+[A-Z\"“(])"
)  # (not a date: "12.03.23 A wrote ...")
# "Vide his letter No. 12 dated ...", "replied vide D.O. letter": South Asian and East African official English.
_VIDE = re.compile(r"\b[Vv]ide(?=\s+(?:his|her|its|their|our|my|a|an|the|letter|D\.O\.|[Nn]o\.|[A-Z]))")
# A catalogue title's form of document and the dash before its "A to B" ("Title: Cablegram - A to B").
_FORM_DASH = re.compile(
    r"(?im)^((?:title:[ \t]*)?(?:telegram|cablegram|cable|letter|note|memorandum|despatch|dispatch|message)s?[ \t]+)"
    r"[-\u2013\u2014](?=[ \t]+[A-Z])"
)


# A run of capitalised words before a name written in lower case ("PRESIDENT Amina ...", "PRIME MINISTER Kobe
# ..."): a lede whose first words a paper sets in capitals.
_CAPS_TITLE = re.compile(r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,})*(?=[ \t]+[A-Z][a-z])")


def _title_case_office(m: re.Match[str]) -> str:
    """The run in title case where each of its words is an office or honorific of four letters or more
    (not an abbreviation such as "CM" or "HRH", which stays as written)."""
    from .names import title_words

    words = m[0].split()
    if all(len(w) >= 4 and w.lower() in title_words() for w in words):
        return re.sub(r"[A-Z]+", lambda w: w[0].capitalize(), m[0])
    return m[0]


# A wire's label glued by a dash to the headline it opens ("UPDATE 2-A writes to B", "EXCLUSIVE-A ..."):
# common English words in capitals, the first of five letters or more, and the version's number.
_WIRE_LABEL = re.compile(r"(?m)^[A-Z]{5,}(?: [A-Z]{2,})*(?: \d{1,2})?-(?=[A-Z][a-z])")


def _blank_label(m: re.Match[str]) -> str:
    from .english_words import is_english_word

    words = re.findall(r"[A-Z]+", m[0])
    return " " * len(m[0]) if all(is_english_word(w) for w in words) else m[0]


# A catalogue record's field label opening a line, its value set off by two spaces or more or a tab
# ("Description:      Letter from A to B ..."); a mail header's label stays (headers are read by it).
_FIELD_LABEL = re.compile(r"(?m)^[A-Z][a-z]+(?: [a-z]+){0,2}:(?=(?: {2,}|\t)[ \t]*[A-Z\"“])")
_HEADER_LABELS = frozenset({"from", "to", "cc", "bcc", "sent", "date", "subject", "re", "attn", "attention"})


def _blank_field(m: re.Match[str]) -> str:
    return m[0] if m[0][:-1].lower() in _HEADER_LABELS else " " * len(m[0])
