"""Datelines that open a line of wire copy ("FREEPORT - ...", "SEOUL, July 8 (Yonhap) --", "Marsk, July 11
/VNA/. ..."): where the story starts after them, so that a dateline is no part of the story's first
sentence (:func:`after_datelines`), and which tokens they hold, so that their place is no party
(:func:`dateline_tokens`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .names import title_words


def _titled(tok: Token) -> bool:
    """A title written right before a name ("President", "King")."""
    return tok.text[:1].isupper() and tok.lower_ in title_words()


_DASHES = {"-", "--", "\u2013", "\u2014"}


def after_datelines(doc: Doc) -> list[int]:
    """Where the story starts after a dateline that opens a line ("FREEPORT - The Alliance ...",
    "MARROW, Norland, March 12 (AP) \u2014 Kettle ...", "FREEPORT: The Prime Minister ..."): a place in
    capitals, then at most eighteen tokens of region, dates or agency, then a spaced dash or a colon and a
    capitalised word. The dateline is no part of the
    sentence: its place is no name of the story's first party."""
    out = []
    for tok in doc:
        credited = _after_leading_credit(doc, tok)  # "(Agency English service) - ROME, MAY 22 - The ..."
        if tok.i and "\n" not in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_ and not credited:
            continue
        if (start := _wire_credit_dateline(doc, tok)) is not None:
            out.append(start)
            continue
        if not (tok.is_alpha and tok.is_upper and len(tok) > 1):
            if (start := _titled_place_dateline(doc, tok)) is not None:
                out.append(start)
            if not _dated_titled_place(doc, tok):
                continue
        for j in range(
            tok.i + 1, min(len(doc) - 1, tok.i + 20)
        ):  # a double date: "X, Ordibehesht 7, 1404 (April 27,
            t = doc[j]
            if "\n" in t.text or "\n" in t.whitespace_:
                break
            if t.text in _DASHES:
                spaced = bool(doc[j - 1].whitespace_ and t.whitespace_)  # not "US-China talks"
                if spaced and doc[j + 1].text[:1].isupper() and doc[j - 1].text not in _DASHES:
                    out.append(j + 1)
                break
            if len(t) > 1 and t.text[-1] in "-\u2013\u2014" and t.text[-2] in ".)" and t.whitespace_:
                if doc[j + 1].text[:1].isupper():  # "MADRID, 16 Feb (EFE).- The President": one token
                    out.append(j + 1)
                break
            if t.text == ":":  # "FREEPORT: The President ...", "FREEPORT, March 3 (Agency): ..."
                if t.whitespace_ and doc[j + 1].text[:1].isupper():
                    out.append(j + 1)
                break
            wire = t.text.startswith("/") and t.text.endswith("/")  # "/PRNewswire/ --": a wire's credit
            if not (
                t.text[:1].isupper() or t.is_digit or t.text in {",", "(", ")", "."} or t.like_num or wire
            ):
                break
    return sorted({*out, *_after_bracketed_credits(doc)})


def _after_leading_credit(doc: Doc, tok: Token) -> bool:
    """``tok`` follows an agency's credit in brackets and a spaced dash that open a line ("(Agency English
    service) - ROME, MAY 22 - ..."): the dateline after it opens the story as if it opened the line."""
    j = tok.i - 1
    if j < 2 or doc[j].text not in _DASHES or not doc[j].whitespace_ or doc[j - 1].text != ")":
        return False
    k = j - 2
    while k >= 0 and j - k <= 8 and doc[k].text != "(":
        if "\n" in doc[k].text + doc[k].whitespace_:
            return False
        k -= 1
    return k >= 0 and doc[k].text == "(" and (k == 0 or "\n" in doc[k - 1].text + doc[k - 1].whitespace_)


_WIRE_CREDIT = re.compile(r"/[A-Z][A-Z-]*[A-Z]/(\.|-{1,2})?")


def _wire_credit_dateline(doc: Doc, tok: Token) -> int | None:
    """'Marsk, July 11 /VNA/. Heads of state ...', 'MARSK, July 11. /VNA/. The President ...': a place
    opening a line, its date, then a wire's credit between slashes, a stop or dash at most, and the story's
    capitalised first word. Returns where the story starts."""
    if not (tok.is_alpha and tok.text[:1].isupper()):
        return None
    for j in range(tok.i + 1, min(len(doc) - 2, tok.i + 10)):
        t = doc[j]
        if "\n" in t.text or "\n" in t.whitespace_:
            return None
        if credit := _WIRE_CREDIT.fullmatch(t.text):
            nxt = j + 1 + (not credit.group(1) and doc[j + 1].text in {".", *_DASHES})
            if nxt < len(doc) and doc[nxt].text[:1].isupper() and any(x.like_num for x in doc[tok.i : j]):
                return nxt
            return None
        if not (t.text[:1].isupper() or t.like_num or t.text in {",", ".", "-"}):
            return None  # "Ulaan-Tolgoi, July 11": a place may have a hyphen
    return None


def _dated_titled_place(doc: Doc, tok: Token) -> bool:
    """'Tehran, Oct 13, IRNA (Mehr 22, 1403) -- Iranian President ...': a place written in title case
    opening a line, a comma, and a day in figures before the dash: read as a dateline in capitals is."""
    if not (tok.is_alpha and tok.text[:1].isupper() and not _titled(tok)) or tok.i + 3 >= len(doc):
        return False
    run = doc[tok.i + 1 : min(len(doc), tok.i + 8)]
    return doc[tok.i + 1].text == "," and any(t.like_num for t in run)


def _titled_place_dateline(doc: Doc, tok: Token) -> int | None:
    """'Vila Serena – The President ...': a place of one to three capitalised words (no title, no
    digit) opening a line, a spaced dash, then the story: a capitalised word and at least six more
    tokens on the line. Returns where the story starts."""
    j = tok.i
    while (
        j < min(len(doc), tok.i + 3) and doc[j].is_alpha and doc[j].text[:1].isupper() and not _titled(doc[j])
    ):
        if "\n" in doc[j].whitespace_:
            return None
        j += 1
    if j == tok.i or j + 7 >= len(doc) or doc[j].text not in _DASHES or not doc[j - 1].whitespace_:
        return None
    story = doc[j + 1 : j + 8]
    if not doc[j].whitespace_ or not story[0].text[:1].isupper() or any("\n" in t.text for t in story):
        return None
    return j + 1


# A day written in figures, day first as agencies outside the United States write it ("19.08.2021", "19/08/2021").
NUMERIC_DATE = r"(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:1[7-9]|20)\d\d"

DATELINE_RE = re.compile(
    r"^[^\n]{0,120}?\((?:[A-Z][\w .&/'-]{1,40})\)\.?\s*[:\-–—]+\s*"  # "MADRID, 16 Feb (EFE).-" too
    # "TEHRAN, Jan. 9 -", "ASUNCION, 4 de junio -" (a translated dispatch keeps its own month)
    r"|^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,'’-]{2,40}(?:,\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+(?:de\s+|of\s+)?[A-Za-z]{3,10}\.?)"
    r"(?:,?\s*(?:de\s+)?\d{4})?|,\s*" + NUMERIC_DATE + r")?\s*(?:/[A-Za-z]+/)?\s*[:\-–—]+\s+"
    # "DUSHANBE, 19.08.2021 /NIAT "Khovar"/.", "Bishkek, 19.08.2021 -": a day written in figures, a credit
    r"|^[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]+){0,2},\s*"
    + NUMERIC_DATE
    + r"\s*(?:/[^/\n]{1,40}/\.?|[:\-–—]+)\s+"
    # "Cityname, July 31, AGENCY-" / "Cityname, 31 July (AGENCY) -": a place, a date, an agency, a dash
    r"|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s*\d{4})?,?\s*(?:\(?[A-Z]{2,8}\)?)?\s*[:\-–—]+\s*"
    # "CITY (AGENCY) -" with the agency name stripped by the capture: "CITY ( -"
    r"|^[A-Z]{3,}(?:[ -][A-Z]{3,})?\s*\([^)\n]{0,40}\)?\s*[:\-–—]+\s*"
    # "Cityname, Rabi II 3, 1442, November 18, 2020, XYZ --": a date in another calendar before the common
    # one (a run of words and numbers with a day and a year, opening with no lowercase word), an agency, a dash
    r"|^[A-Z][\w'’]+(?:[ -](?:[a-z]{1,3}-)?[A-Z][\w'’]+){0,2},\s+(?=[^\n]{0,60}?\b\d{1,2}\b)"
    r"[A-Z0-9][\w'’-]*,?\s+(?:[\w'’-]+,?\s+){0,11}?(?:1[7-9]|20)\d\d\)?,?\s*(?:\(?[A-Z]{2,8}\)?)?\s*[:\-–—]+\s+",
    re.M,
)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A dateline on a line of its own: "Dakar, 2 March 2023 (APS)", "KYIV, March 5, 2024 (UNIAN)", "Buenos Aires,
# Thursday 17 August 2023": a place, a day with its month's name (a weekday before it may be), and a year
# and an agency's credit where the line gives them.
DATELINE_LINE_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2},[ \t]+(?:[A-Z][a-z]+,?[ \t]+)?"
    r"(?:\d{1,2}[ \t]+" + _MONTH + r"|" + _MONTH + r"[ \t]+\d{1,2})(?:,?[ \t]+\d{4}|/\d{4})?"
    r"[ \t]*(?:\([^)\n]{1,60}\))?[ \t]*$",
    re.M,
)


# "Abuja, June 5, 2024 (NAN) President A ...", "Havana, Jul 5 (Prensa Latina) The minister ...": a place, a day
# with its month's name, a year where given, an agency's credit in brackets and, with no dash, the story.
BRACKETED_CREDIT_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2},[ \t]+"
    r"(?:\d{1,2}[ \t]+" + _MONTH + r"|" + _MONTH + r"[ \t]+\d{1,2})(?:,?[ \t]+\d{4}|/\d{4})?"
    r"[ \t]*\([A-Z][^)\n]{1,40}\)[ \t]+(?=[A-Z])",
    re.M,
)


def bracketed_credits(text: str) -> list[re.Match[str]]:
    """The :data:`BRACKETED_CREDIT_RE` datelines of ``text`` where a dateline stands: under no more than
    the lines of a page's head (a headline, a date line, an agency's or a section's name: at most six lines
    that hold words, none of them a paragraph of more than twenty words; or any two lines), not a paragraph
    that opens with a time ("Last Friday, 8 March (Women's Day) the Queen wrote", "Yesterday, 13 March")."""
    out = []
    for m in BRACKETED_CREDIT_RE.finditer(text):
        lines = [ln for ln in text[: m.start()].split("\n") if ln.strip()]
        head = len(lines) <= 2 or len(lines) <= 6 and all(len(ln.split()) <= 20 for ln in lines)
        if head and not _WHEN.match(m.group(0)):
            out.append(m)
    return out


_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)  # a month's name or its abbreviation, whole ("Marrowdale" is no March)
_WHEN = re.compile(  # a time, not a place ("Friday, 8 March (Women's Day) the Queen wrote"), or no place
    r"(?:last|this|next|on|early|late|since|in|yesterday|today|tomorrow|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + _MONTH_WORD + r")\b",
    re.I,
)


def _after_bracketed_credits(doc: Doc) -> list[int]:
    """Where the story starts after each :data:`BRACKETED_CREDIT_RE` dateline of ``doc``."""
    from .nlp import text_of  # nlp imports this module to start sentences after datelines

    out = []
    for m in bracketed_credits(text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and span.end < len(doc):
            out.append(span.end)
    return out


# "Luanda - The President", "Monrovia, Liberia - Sunday", "(Cityname, ST) – The President": a place written as
# names are, in brackets or not, then a spaced dash (its first word must not be tagged a person: see
# dateline_tokens).
_PLACE = r"[A-Z][\w’'.]+(?:[ -][A-Z][\w’'.]+){0,2}(?:,\s+[A-Z][\w’'.]+(?: [A-Z][\w’'.]+){0,2})?"
PLACE_DASH_RE = re.compile(r"^(?:" + _PLACE + r"|\(" + _PLACE + r"\))\s+[-–—]+\s+(?=[A-Z])", re.M)


def dateline_tokens(doc: Doc) -> set[int]:
    """Token indices of datelines opening paragraphs ("SEOUL, July 8 (Yonhap) --", "TEHRAN -"), once per doc."""
    from .nlp import text_of  # nlp imports this module to start sentences after datelines

    cached = doc.user_data.get("lettertrace_dateline")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: set[int] = set()
    text = text_of(doc)
    for m in [
        *(m for rx in (DATELINE_RE, DATELINE_LINE_RE) for m in rx.finditer(text)),
        *bracketed_credits(text),
    ]:
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None:
            out.update(t.i for t in span)
    for m in PLACE_DASH_RE.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and span[0].ent_type_ != "PERSON":  # "Luanda - The President ...": a place
            out.update(t.i for t in span)
    for tok in doc:
        if tok.i == 0 or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_:
            start = _wire_credit_dateline(doc, tok)
            if start is not None:  # "Marsk, July 11 /VNA/. The President ...": the place and credit
                out.update(range(tok.i, start))
    doc.user_data["lettertrace_dateline"] = out
    return out


# A time zone written after a clock time ("13:20 GMT", "2024-10-02 18:47 KST", "9.30am ET") names no one.
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$|^[ap]\.?m\.?$|^\d{1,2}[ap]m$", re.I)


def clock_zone(ent: Span) -> bool:
    """The entity is one word in capitals of two to five letters right after a clock time."""
    if len(ent) != 1 or not ent.text.isalpha() or not ent.text.isupper() or not 2 <= len(ent.text) <= 5:
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and _CLOCK.match(before.text) is not None


def past_clock_zone(ent: Span) -> Span | None:
    """The entity without a time zone it opens with after a clock time ("09:15 BST - A", tagged as one body):
    what follows the zone, or None when nothing does."""
    if not clock_zone(ent[0:1]):
        return ent
    start = ent.start + 1
    while start < ent.end and ent.doc[start].is_punct:
        start += 1
    return Span(ent.doc, start, ent.end, label=ent.label_) if start < ent.end else None
