"""Documents as archival editions and history sites print them: a heading line that names the writer
and the addressee, then the place and date the document was written, then its text.

    Document 41
    The Ambassador in Arland (Moreau) to the Foreign Secretary
    [Telegram]
    Porto Vell, March 3, 1931, 6 p.m.
    The Minister told me this morning ...
    MOREAU

The heading is "<writer> to <addressee>", after an optional number and an optional form of document
("Telegram From ...", "Letter from ...", "Note verbale from ..."); each side is a name, an office with
its holder's name in brackets ("The Minister in Arland (Moreau)"), an office, or a body ("the Embassy in
Arland"). A "to" after an office that takes one ("the Ambassador to Arland", "Assistant to the
President") belongs to the office when another "to" follows or the office stands alone before it. A
heading is read only when a line with a full date (a year in it) follows within a few lines ("Porto
Vell, March 3, 1931", "June 2, 1880"), or when the heading ends in one ("Letter from A to B, June 2,
1880"): a headline "A to B" over a news story has none. A heading that ends in its date is also a
calendar heading (``calendar.py``), which gives the communication; the text read here becomes its full
text.

The text runs to a signature in capitals ("MOREAU", "JOHN SMITH") or to the next heading. A signature
names the writer when the heading gives only an office ("The Foreign Secretary to ..." signed
"PELHAM"). A telegram, cable, note or message is a message; anything else a letter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import names
from ..english_words import is_english_word
from ..meta_byline import bare_words
from ..models import Span
from . import signature as sig
from .mentions import Party, _add_role, clean_np

if TYPE_CHECKING:
    import datetime as dt

    from .fulltext import Block, _Page
    from .index import PartyIndex

# How an edition marks a document's handling before its form ("Personal and Secret Message from A to B").
_MARKS = r"(?:(?i:most|top|personal|secret|private|confidential|strictly|urgent|immediate|and)[ \t]+)*"
_FORMS = r"telegram|cablegram|cable|airgram|message|note\s+verbale|note|circular|letter|despatch|dispatch|memorandum|instruction"
_MESSAGE_FORMS = ("telegram", "cablegram", "cable", "airgram", "message", "note", "circular")
HEADING_RE = re.compile(
    r"^[ \t]*(?:(?i:title)[ \t]*:[ \t]*)?(?:(?i:no|doc(?:ument)?|item)\.?[ \t]*)?(?:\d+[a-z]?[.:)]?[ \t]+)?"
    rf"(?:{_MARKS}(?P<form>(?i:{_FORMS}))s?(?:,|[ \t]+[-\u2013\u2014.])?[ \t]+)?(?:(?i:from)[ \t]+)?"
    r"(?P<rest>(?:(?i:the)[ \t]+)?[A-Z][^\n]{2,200}?)(?:[ \t]*(?:\(\d{1,3}\)|\[\d{1,3}\])|(?<=[)a-z])\d{1,2}|[ \t]+\d{1,2})?"
    r"(?:[ \t]+(?i:(?:personal[ \t]+and[ \t]+|most[ \t]+|top[ \t]+)?(?:secret|confidential|restricted)))?[ \t.]*$"
)  # (a footnote's mark ends an edition's heading: "... to the Department of State(1)", "... (Moreau)1", "B 1";
# so does the grade of secrecy printed under it, run into its line: "A to B 1 top secret")
# Offices that take "to" for the place or person they serve: "the Ambassador to Arland", "Assistant to the
# President", "Envoy to the Conference" (the "to" is no heading's).
_TAKES_TO = {
    "ambassador",
    "ambassadors",
    "representative",
    "envoy",
    "delegate",
    "delegation",
    "mission",
    "assistant",
    "adviser",
    "advisor",
    "counselor",
    "counsellor",
    "minister",
    "consul",
    "commissioner",
    "emissary",
    "observer",
    "attaché",
    "attache",
    "nuncio",
    "legate",
    "secretary",
    "successor",
    "heir",
}
_BODIES = {"embassy", "legation", "consulate", "ministry", "department", "office", "mission", "government"}
# The subject a catalogue's title gives after the addressee ("Cablegram - A to B regarding X", "Telegram, A to
# B, announcing the first flight").
_ABOUT_RE = re.compile(
    r"[ \t]+(?:regarding|concerning|respecting|re:|on the subject of)[ \t]+|,[ \t]+(?=[a-z]{3,}ing[ \t]+(?:the|a|an|his|her|their|its|that)[ \t])"
)
_TO_RE = re.compile(r"[ \t]+to[ \t]+(?=(?:the[ \t]+)?[A-Z])")
_TO_CAPS_RE = re.compile(r"[ \t]+TO[ \t]+(?=[A-Z])")
_HOLDER_RE = re.compile(r"\((?P<name>[A-Z][^()]{1,60})\)[ \t]*$")
_BRACKET_RE = re.compile(r"^\[[^\]]{1,120}\]\.?$")
_PLACED_RE = re.compile(r"[A-Z][\w.'’ -]{1,40},[ \t]")
_YEAR_RE = sig._YEAR_RE  # a year of four figures
_TRAILING_DATE_RE = re.compile(r",[ \t]+(?P<date>[^,]*\d[^,]*(?:,[ \t]*\d{4})?)[ \t.]*$")
MAX_LEAD_LINES = 4  # lines between a heading and its date line ("[Telegram]", a file number, "Secret")
MAX_TEXT_LINES = 60


def heading(line: str) -> tuple[str | None, tuple[int, int], tuple[int, int]] | None:
    """The form of document a heading line names and where its writer and addressee lie in the line,
    or None for a line that is no such heading."""
    if len(line.split()) > 30 or line.rstrip().endswith((":", "?", "!", ",", ";")):
        return None
    m = HEADING_RE.match(line)
    if m is None:
        return None
    rest_s, rest_e = m.span("rest")
    about = _ABOUT_RE.search(line, rest_s, rest_e)  # "... (Churchill) regarding the evacuation of X"
    rest_e = about.start() if about is not None and _TO_RE.search(line, rest_s, about.start()) else rest_e
    rest = line[rest_s:rest_e]
    capitals = not re.search(r"[a-z]", rest)  # "PRINCE A TO THE EMPEROR B", as editions print them
    tos = list((_TO_CAPS_RE if capitals else _TO_RE).finditer(rest))
    for n, to in enumerate(tos):
        left = rest[: to.start()].rstrip(" \t,")
        before = re.findall(r"[\w'’é]+", left)[-1:] if left else []
        words = re.sub(r"^(?i:the)\s+", "", left).split()
        # an office of one word, or of up to three without "The" ("Special Adviser"): not a heading's writer
        bare = len(words) == 1 or len(words) <= 3 and words[0] == left.split()[0]
        if (
            not before
            or before[0].lower() in _TAKES_TO
            and not left.endswith(")")
            and (n + 1 < len(tos) or bare)
        ):
            continue  # "The Ambassador to Arland (Moreau) to ...", "Ambassador to Arland": the office's "to"
        right_s = rest_s + to.end()
        if not sig.title_like(left) or not sig.title_like(line[right_s:rest_e]) or before[0].islower():
            return None  # (not "On 3 February 2023 A wrote to B.": a sentence, its verb before the 'to')
        return m["form"], (rest_s, rest_s + len(left)), (right_s, rest_e)
    return None


def read_heading(page: _Page, k: int, in_title: bool = False) -> Block | None:
    """The document whose heading is line ``k``: its writer, addressee, date and text. A heading that is
    the report's title needs a place before its date ("Porto Vell, March 3, 1931"), a date other than
    the report's own: a headline over a bare date line is a news page's."""
    from .fulltext import Block

    s, _ = page.lines[k]
    line = page.line(k)
    found = heading(line)
    if found is None:
        return None
    form, (ws, we), (as_, ae) = found
    day = None
    trailing = _TRAILING_DATE_RE.search(line[as_:ae])
    if trailing is not None and _YEAR_RE.search(trailing["date"]):
        day = sig.line_date(trailing["date"], page.report_date, page.years)
        if day is not None:
            ae = as_ + trailing.start()
    ks = [j for j in range(k + 1, min(len(page.lines), k + 1 + MAX_TEXT_LINES)) if page.line(j).strip()]
    first = 0  # the first line of the text, after the lines that head it
    for n, j in enumerate(ks[: MAX_LEAD_LINES + 1]):
        lead = page.line(j).strip()
        if _next_heading(page, j, lead):
            break  # the next entry of a list of headings, each ending in its date, is none of this one's
        if form is None and _BRACKET_RE.match(lead):
            form = next(iter(re.findall(rf"(?i:{_FORMS})", lead)), None)  # "[Telegram]"
        year = _YEAR_RE.search(lead)
        dated = year is not None and len(lead.split()) <= 14 and not _BRACKET_RE.match(lead)
        # the hour after the year is left out ("Porto Vell, January 27, 1941—6 p.m.")
        when = sig.line_date(lead[: year.end()], page.report_date, page.years) if year and dated else None
        if when is not None and in_title and (when == page.report_date or not _PLACED_RE.match(lead)):
            return None
        if when is not None:
            day, first = day or when, n + 1
            break
        if not (_BRACKET_RE.match(lead) or len(lead.split()) <= 4 and not sig.is_sentence(lead)):
            break
    if (
        day is None
    ):  # a date or a number above: the heading's two sides must be names or offices, word by word
        day, licensed = _dated_above(page, k, in_title)
        if (
            not licensed
            or not (_named(line[ws:we]) and _named(line[as_:ae]))
            or _verb_led(page, s + as_, s + ae)
        ):
            return None
    writer, addressee = _sides(page, (s + ws, s + we), (s + as_, s + ae))
    if writer is None or addressee is None or "state" in (writer.ptype, addressee.ptype):
        return None
    end, signature = page.lines[ks[first - 1]][1] if first else page.lines[k][1], None
    said, closed = False, False  # the text has begun; a complimentary close ends it
    for j in ks[first:]:
        text = page.line(j).strip()
        if _next_heading(page, j, text) or said and _SOURCE_NOTE_RE.match(text):
            break  # (the edition's source note under a document is none of its text)
        end = page.lines[j][1]
        if said and (sig.caps_name(text) or closed and sig.name_form(text)) and len(bare_words(text)) <= 4:
            signature = page.lines[j]  # (a mark in capitals above the text, "SECRET", is none)
            break  # "MOREAU"; "Sincerely," over "Thomas E. Harwood"
        said = said or len(text.split()) >= 5
        closed = said and sig.is_closing(text)
    if signature is not None:
        signer = sig.signer_at(page.doc, page.idx, *signature)
        if signer is None and writer is not None and _office_only(writer):
            span = page.doc.char_span(*signature, alignment_mode="contract")
            signer = page.idx.name_person(span) if span is not None else None
        if signer is not None and signer is not addressee and _office_only(writer):
            for role in writer.roles or [writer.name]:
                _add_role(signer, role)
            writer = signer
    return Block(
        start=s + len(line) - len(line.lstrip()),
        end=end,
        cue=None,
        signer=writer,
        signature=Span(*signature) if signature is not None else None,
        salutation=None,
        addressee=addressee,
        signed_date=day,
        kind="message" if form and form.lower().split()[0] in _MESSAGE_FORMS else "letter",
    )


# A note an edition prints under a document: "(1) Source: Department of State, Central Files", "Source: ..."
_SOURCE_NOTE_RE = re.compile(r"^(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}\.?)?\s*Source:", re.I)


def _next_heading(page: _Page, k: int, text: str) -> bool:
    """Line ``k`` heads the next document: a heading with a date line below it, or one that ends in
    its own date ("Item 15. Letter from A to B, dated 20 May 1962", the next entry of a list)."""
    found = heading(text)
    if found is None:  # a date line or a number right above the next heading: the next document's
        nxt = next((j for j in range(k + 1, min(len(page.lines), k + 3)) if page.line(j).strip()), None)
        return nxt is not None and heading(page.line(nxt)) is not None and _dated_above(page, nxt)[1]
    trailing = _TRAILING_DATE_RE.search(text[found[2][0] : found[2][1]])
    return trailing is not None and _YEAR_RE.search(trailing["date"]) is not None or _dated_below(page, k)


# A document's number on a line of its own above its heading ("No. 98", "Document 41", "Item 7.").
_NUMBER_RE = re.compile(r"^(?i:no|doc(?:ument)?|item)\.?[ \t]*\d+[a-z]?\.?$")


_NAME_SMALL = frozenset(
    {"of", "the", "and", "to", "in", "for", "at", "on", "de", "da", "del", "al", "bin", "von", "van"}
)


def _named(side: str) -> bool:
    """Every word capitalised but a name's or an office's small words ("the Ambassador in Arland (Moreau)")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", side)
    if not re.search(r"[a-z]", side):
        return (
            False  # "PM WRITES TO CM": a headline in capitals (an edition's are read with their date below)
        )
    return bool(words) and all(w[0].isupper() or w in _NAME_SMALL for w in words)


_SENT_RE = re.compile(r"(?i:sent|dispatched|despatched|received|written|delivered|dated)\b")


def _dated_above(page: _Page, k: int, in_title: bool = False) -> tuple[dt.date | None, bool]:
    """The day a short date line right above heading ``k`` gives, and whether what stands above makes the
    heading an edition's: a date line of sending ("Sent on January 8, 1942" over "A to B") does; a bare date
    line or a document's number ("No. 23") does only where the page prints a series of headings so, or, for
    a number, names a form of document near it ("Presidential Papers: Telegram" over "No. 23"). A bare date over a
    single "A to B" is a news page's date over a headline, and never over the report's title."""
    lead = _line_above(page, k)
    if _NUMBER_RE.match(lead):
        return None, _series(page) >= 2 or _form_near(page, k) or bool(_GRADED_RE.search(page.line(k)))
    year = _YEAR_RE.search(lead)
    if year is None or len(lead.split()) > 8 or heading(lead) is not None:
        return None, False
    day = sig.line_date(lead[: year.end()], page.report_date, page.years)
    if _SENT_RE.match(lead) or day is not None and not in_title and _series(page) >= 2:
        return day, day is not None
    return None, False


# A grade of secrecy run into a heading's line ("A to B 1 top secret"): an edition's document, not a headline.
_GRADED_RE = re.compile(r"(?i)\b(?:secret|confidential|restricted)[ \t.]*$")


def _line_above(page: _Page, k: int) -> str:
    """The nearest line that holds words within three lines above line ``k`` ("" if none)."""
    j = next((j for j in range(k - 1, max(-1, k - 4), -1) if page.line(j).strip()), None)
    return page.line(j).strip() if j is not None else ""


def _plain_above(page: _Page, k: int) -> bool:
    """A number or a short date line right above line ``k``."""
    lead = _line_above(page, k)
    return bool(_NUMBER_RE.match(lead) or _YEAR_RE.search(lead) and len(lead.split()) <= 8)


def _series(page: _Page) -> int:
    """How many heading lines of the page have a number or a date line right above them (once per page)."""
    got = page.doc.user_data.get("lettertrace_archival_series")
    if got is None:
        got = sum(
            1 for k in range(len(page.lines)) if heading(page.line(k).strip()) and _plain_above(page, k)
        )
        page.doc.user_data["lettertrace_archival_series"] = got
    return int(got)


def _form_near(page: _Page, k: int) -> bool:
    """A form of document ("Telegram") named in the three lines that hold words above heading ``k``."""
    above = [j for j in range(max(0, k - 8), k) if page.line(j).strip()][-3:]
    return any(re.search(rf"(?i:\b(?:{_FORMS})\b)", page.line(j)) for j in above)


def _verb_led(page: _Page, s: int, e: int) -> bool:
    """The addressee's side opens with a verb: "Premier A to Meet President B" is a headline's plan."""
    span = page.doc.char_span(s, e, alignment_mode="expand")
    words = [t for t in span if t.lower_ != "the"] if span is not None else []
    first = words[0] if words else None
    return first is not None and first.tag_.startswith("VB") and first.lower_ not in names.title_words()


def _dated_below(page: _Page, k: int) -> bool:
    after = [j for j in range(k + 1, min(len(page.lines), k + 12)) if page.line(j).strip()]
    return any(
        _YEAR_RE.search(page.line(j)) and len(page.line(j).split()) <= 14 for j in after[:MAX_LEAD_LINES]
    )


def _sides(page: _Page, w: tuple[int, int], a: tuple[int, int]) -> tuple[Party | None, Party | None]:
    """The writer and the addressee a heading names. Holders in brackets come first: the parse may hang
    the whole heading on one of them ("The Foreign Secretary to the Ambassador in Arland (Moreau)"), and
    the other side is then someone else, whose office is no form of the holder's name."""
    held_w, held_a = _holder(page, *w), _holder(page, *a)
    writer = held_w or _side(page, *_unheld(page, *w), exclude=held_a)
    addressee = held_a or _side(page, *_unheld(page, *a), exclude=writer)
    for p, other in ((writer, a), (addressee, w)):
        core = clean_np(re.sub(r"^(?i:the)\s+", "", page.text[slice(*_unheld(page, *other))]))
        if p is not None and core:
            p.roles = [r for r in p.roles if core not in r]
            p.surfaces = [x for x in p.surfaces if core not in x] or p.surfaces
    return writer, addressee


def _holder(page: _Page, s: int, e: int) -> Party | None:
    """The holder in brackets after an office ("The Minister in Arland (Moreau)"), with that office."""
    text = page.text[s:e]
    holder = _HOLDER_RE.search(text)
    if holder is None:
        return None
    span = page.doc.char_span(s + holder.start("name"), s + holder.end("name"), alignment_mode="expand")
    person = page.idx.name_person(span) if span is not None else None
    if person is not None:
        _add_role(person, text[: holder.start()].strip())
    return person


def _unheld(page: _Page, s: int, e: int) -> tuple[int, int]:
    holder = _HOLDER_RE.search(page.text[s:e])
    return (s, s + len(page.text[s : s + holder.start()].rstrip())) if holder is not None else (s, e)


def _side(page: _Page, s: int, e: int, exclude: Party | None = None) -> Party | None:
    """The party one side of a heading names with no holder in brackets: a party the report knows there,
    a person whose name the words are, else the office or body itself."""
    text = page.text[s:e]
    if ":" in text:
        return None  # "Oral Answers to Questions: Home Department": a record's heading, no side
    if not re.search(r"[a-z]", text) and (named := caps_name(page.idx, text, s)) is not None:
        return named  # "PRINCE A B", "THE EMPEROR C III"
    found = sig.party_in(page.doc, page.idx, s, e, exclude=exclude)
    if found is not None and found.ptype == "org" and all(is_english_word(w) for w in found.name.split()):
        if not _office_words(found.name):
            found = None  # "Oral Answers": common words, no body
    words = text.split()
    if found is not None and re.search(rf"(?i)\b(?:{_FORMS})\b", found.name):
        found = page.idx._find_person(
            text
        )  # "Cablegram - Haddad" tagged as one name: Haddad, named elsewhere
    if found is not None and found.ptype != "state" and _apart(found.name, text) and not _office_words(text):
        found = None  # "to Margaret Pardoe" read into "the Pardoe Family Papers": the person the words name
    if found is not None and (found.ptype != "state" or not _office_words(text)):
        return found  # (but "the Embassy in Arland" is the embassy, not Arland)
    span = page.doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words):
        person = page.idx.name_person(span)  # "President Ashdown", "King Leopold"
        if person is not None and person is not exclude:
            return person
    np = clean_np(re.sub(r"^(?i:the)\s+", "", text))
    body = bool(_office_words(np) & _BODIES)
    if not np or not _office_words(np):
        return None  # "Road to Recovery": no office, no body, no one the report knows
    for p in page.idx.live():
        if p.name == np and p is not exclude:
            return p
    p = page.idx._new(np, "org" if body else "person", span.start)
    p.add_surface(np)
    if not body:
        p.roles.append(np)
    return p


def _apart(name: str, text: str) -> bool:
    """Neither the name's words nor the heading side's words hold the other's ("Pardoe Family Papers" and
    "Margaret Pardoe"): another party than the one the side names."""
    a, b = set(names.fold(name).lower().split()), set(names.fold(text).lower().split()) - {"the"}
    return not (a <= b or b <= a)


def caps_name(idx: PartyIndex, text: str, start: int) -> Party | None:
    """The person a side written in capitals names: its words less the article and the titles, written as
    a name ("THE EMPEROR NAPOLEON III" -> "Napoleon III", with the role "Emperor"); None when what is left
    is no name ("THE SECRETARY OF STATE")."""
    words = text.split()
    titles = [w for w in words if names.fold(w).strip(".,").lower() in names.title_words()]
    core = [w for w in words if w not in titles and w.lower() != "the"]
    if not 1 <= len(core) <= 4 or any(not w.isalpha() or w.lower() in _SMALL for w in core):
        return None
    name = " ".join(w if _ROMAN.fullmatch(w) else w.capitalize() for w in core)
    p = idx._find_person(name) or idx._find_person(" ".join(core)) or idx._new(name, "person", start)
    if p.name.isupper():
        p.name = name  # the recogniser's party, named in capitals
    p.add_surface(text.strip())
    if titles:
        _add_role(p, " ".join(w.capitalize() for w in titles))
    return p


_SMALL = frozenset({"of", "in", "for", "to", "and", "at", "on"})
_ROMAN = re.compile(r"[IVXL]+")


def _office_words(text: str) -> set[str]:
    words = {names.fold(w).strip(".,").lower() for w in text.split()}
    return words & (_BODIES | names.title_words())


def _office_only(p: Party) -> bool:
    return p.ptype == "person" and bool(p.roles) and p.name in p.roles
