"""The shape of a letter's lines: salutations, complimentary closes, signatures, role, place and
date lines, addresses, and "on behalf of" lines; and the party such a line names. :mod:`.fulltext`
puts them to use.

A salutation either names its addressee ("Dear Prime Minister Kettle,", "To His Majesty King X",
"Honourable Jane Doe, Secretary-General of ...", "To: ...") or is a bare vocative ("Your
Excellency,", "Mr. President,", "Sir,", "Great and Good Friend:"), whose addressee only the
report's own account of the letter gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from .. import names
from ..clean_lines import is_routing
from ..meta_byline import without_postnominals
from ..names import content_words
from ..nlp import text_of
from . import datex
from .index import PartyIndex
from .mentions import Party, clean_np, strip_titles

_Q = "\"“”'‘’«»„"
_STYLE = r"(?:royal\s+|imperial\s+|serene\s+|most\s+)?"
_HONOUR = r"(?:excellency|excellencies|majesty|highness|holiness|eminence|beatitude|grace|lordship|ladyship|honou?r)"
_OFFICE = (
    r"(?:vice[\s-]+)?(?:president|prime\s+minister|chancellor|secretary(?:[\s-]+general)?|chairman|chairwoman|"
    r"chair|speaker|ambassador|minister|premier|director[\s-]+general|governor|mayor|senator|commissioner)"
)
_KIN = r"(?:friends?|brothers?|sisters?|colleagues?|comrades?|compatriots?|cousin)"
# one vocative: "Your Excellency", "Mr. President", "Sir", "dear brother", "Great and Good Friend"
_ATOM = (
    rf"(?:(?:my\s+)?(?:very\s+)?(?:dear(?:est)?\s+)?(?:{_KIN}|(?:your|his|her)\s+{_STYLE}{_HONOUR}|{_HONOUR}"
    rf"|(?:mr\.?|mister|madam|madame|mrs\.?|ms\.?|monsieur)\s+(?:the\s+)?{_OFFICE}|sirs?|madam|gentlemen"
    rf"|monsieur|madame|messieurs|mesdames"
    rf"|ladies\s+and\s+gentlemen|(?:great\s+and\s+)?good\s+friends?|(?:esteemed|honou?red|respected)\s+{_KIN}))"
)
_BARE_RE = re.compile(rf"{_ATOM}(?:\s*(?:,|and)\s*{_ATOM})*", re.I)
_DEAR_RE = re.compile(r"(?:my\s+)?(?:very\s+)?dear(?:est)?\s+(?P<who>[^,:;!]{1,80}?)\s*(?:[,:;!]|$)", re.I)
# "Respected Smt. A ji,", "Esteemed colleague,": a salutation of respect, with its comma (South Asian letters)
_RESPECT_RE = re.compile(r"(?:respected|esteemed)\s+(?P<who>[^,:;!]{1,80}?)\s*[,:]", re.I)
_HON_RE = re.compile(r"(?:the\s+)?(?:right\s+)?hono(?:u)?rable\s+(?P<who>[^,:;]{3,80})", re.I)
# "Your Highness Sheikh A B,", "Your Excellency Prime Minister A B,": a form of address before a name
_YOUR_RE = re.compile(
    rf"your\s+{_STYLE}{_HONOUR}\s+(?P<who>(?-i:[A-Z])[^,:;!]{{1,80}}?)\s*(?:[,:;!]|$)", re.I
)
_TO_RE = re.compile(
    rf"[Tt]o\s*:\s*(?P<who>.{{2,100}})|[Tt]o\s+(?P<who2>(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+{_STYLE}(?i:{_HONOUR})\s+"
    r"|H\.\s?E\.\s*|the\s+)?[A-Z].{1,100})",
)
_MY_RE = re.compile(
    rf"(?:(?:my|our)\s+(?:very\s+)?(?:dear\s+)?|(?-i:(?=[A-Z]))){_KIN}\s+(?P<who>(?-i:[A-Z])[^,:;!]{{1,60}}?)\s*(?:[,:;!]|$)",
    re.I,
)
_ADDRESS_RE = re.compile(
    rf"(?P<who>(?:(?:his|her|their)\s+{_STYLE}{_HONOUR}|h\.\s?e\.?|s\.\s?e\.?)\s+[A-Z].{{1,100}})", re.I
)
_COURTESY_RE = re.compile(
    rf"(?:to\s*:?\s+|(?:his|her)\s+{_STYLE}{_HONOUR}\b|h\.\s?e\.|mr\.?\s|mrs\.?\s|ms\.?\s|herr\s|frau\s|monsieur\s|"
    r"madame\s|señor\s|signor\s|(?:the\s+)?hon(?:\.|ou?rable)?\s)",
    re.I,
)
_DATE_PREFIX_RE = re.compile(r"^[\d\s./’'-]{4,14}(?:\.\s*|\s+)(?=[A-Z])")
_CLOSING_RE = re.compile(
    r"(?:(?:very\s+)?(?:truly\s+|sincerely\s+|faithfully\s+|cordially\s+|respectfully\s+)?yours(?:\s+(?:sincerely|"
    r"faithfully|truly|respectfully|cordially|fraternally|ever|very\s+truly|in\s+\w+))?"
    r"|ever\s+yours|(?:very\s+)?(?:most\s+)?(?:sincerely|faithfully|respectfully|cordially|fraternally|truly|"
    r"gratefully|warmly)(?:\s+yours)?"
    r"|your(?:s)?\s+(?:(?:sincere|devoted|loving|obedient|humble|faithful|true|affectionate|dear)\s+){0,3}"
    r"(?:friend|brother|sister|servant|colleague|comrade)s?"
    r"|i\s+(?:remain|am)(?:,?\s+.{0,60})?"
    r"|(?:with\s+)?(?:my\s+|our\s+)?(?:very\s+)?(?:best|kind|kindest|warm|warmest|cordial|fraternal|sincere|"
    r"highest|high|deepest|deep|respectful|personal|warm\s+personal)\s+(?:regards|wishes|greetings|consideration|"
    r"esteem|respect|salutations)(?:\s+.{0,60})?"
    r"|with\s+(?:deep\s+|great\s+|sincere\s+)?(?:respect|gratitude|thanks|appreciation|affection|love|"
    r"(?:the\s+)?assurances?\b.{0,100})"
    r"|(?:please\s+)?accept,?\s.{0,160}(?:consideration|esteem|respect|regards|friendship|wishes)"
    r"|regards|thank\s+you|god\s+bless(?:\s+you)?|may\s+god\s+.{0,60}"
    r"|peace(?:\s+and\s+[^,.]{0,40})?\s+be\s+upon\s+(?:you|him|them)|wa-?s+alam\w*|salam"
    # Latin and other languages
    r"|in\s+(?:christo|domino|caritate|corde)(?:\s+\w+){0,2}|(?:fraterne|fraterno|fraternal)\s+in\s+christo"
    r"|cum\s+(?:benedictione|\w+\s+salute)(?:\s+\w+){0,2}|valete?|salutem(?:\s+\w+){0,3}|ave"
    r"|atentamente|cordialement|cordialmente|sinceramente|saludos(?:\s+\w+)?|un\s+(?:fuerte\s+)?abrazo"
    r"|respectueusement|bien\s+(?:à|a)\s+(?:vous|toi)|veuillez\s.{0,160}|amicalement|fraternellement"
    r"|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|hochachtungsvoll|herzliche\s+gr(?:ü|ue)(?:ß|ss)e"
    r"|distinti\s+saluti|cordiali\s+saluti|con\s+(?:stima|affetto)(?:\s+\w+)?|com\s+os\s+melhores\s+cumprimentos)",
    re.I,
)
_BEHALF_RE = re.compile(
    r"(?:^|[\s,(])(?:for\s+and\s+)?(?:on\s+behalf\s+of|in\s+the\s+name\s+of|by\s+order\s+of|p\.\s?p\.?"
    r"|per\s+pro(?:curationem)?)\s+(?P<who>.+?)[\s,.:;)]*$"
    # "For the President of the Republic and by delegation,": the principal, not the delegation
    r"|^for\s+(?P<who2>(?:the\s+)?(?-i:[A-Z]).{1,80}?)(?:,?\s+and\s+by\s+(?:delegation|order|direction))?[\s,.:;]*$",
    re.I,
)
_CAPS_NAME_RE = re.compile(r"[A-Z][A-Z'’-]*\.?(?:\s+[A-Z][A-Z'’-]*\.?){0,4},?")
_NUM_DATE_RE = re.compile(r"(?<!\d)(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-]\s?[’'‘](?P<y>\d{2})(?!\d)")
_YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class Salutation:
    start: int  # offsets inside the line
    end: int
    named: bool  # names its addressee (vs a bare vocative)
    who: tuple[int, int] | None  # where the addressee is named, inside the line


# "(Signed) A B", "Signed: A B", "(Sgd.) A B": the form of a signature copied into a reproduced text.
_FUNCTION_WORDS = frozenset({"of", "the", "and", "to", "for", "in", "on", "at", "by", "with", "from"})
SIGNED_RE = re.compile(r"^\((?:signed|sgd\.?)\)\s*|^(?:signed|sgd\.?)\s*:\s*", re.I)


def unquote(line: str) -> str:
    """A line without its quotation marks and without a copied signature's "(Signed)"."""
    return SIGNED_RE.sub("", line.strip().strip(_Q).strip())


def salutation(line: str) -> Salutation | None:
    """The salutation a line opens with, if any (a date glued before it is skipped)."""
    raw = line
    lead = len(raw) - len(raw.lstrip(" \t" + _Q))
    body = raw[lead:].rstrip()
    m = _DATE_PREFIX_RE.match(body)
    if m and re.search(r"\d", m.group(0)):
        lead += m.end()
        body = body[m.end() :]
    if not body or len(body.split()) > 30:
        return None
    bare = _BARE_RE.match(body)
    if bare and _ends_vocative(body, bare.end()):
        return Salutation(lead, lead + _voc_end(body, bare.end()), False, None)
    for rx in (_DEAR_RE, _MY_RE, _HON_RE, _YOUR_RE, _RESPECT_RE):
        m = rx.match(body)
        if m and _ends_vocative(body, m.end("who")):
            named = bool(re.search(r"\b[A-Z][a-z]", m.group("who"))) and not _BARE_RE.fullmatch(
                m.group("who")
            )
            who = (lead + m.start("who"), lead + m.end("who")) if named else None
            end = len(body) if rx is _HON_RE else _voc_end(body, m.end("who"))
            return Salutation(lead, lead + end, named, who)
    m = _TO_RE.match(body)
    if m and len(body.split()) <= 20 and not body.endswith((".", "?")) and not re.search(r",\s+[a-z]", body):
        g = "who" if m.group("who") else "who2"
        return Salutation(lead, lead + len(body), True, (lead + m.start(g), lead + m.end(g)))
    return None


def address_line(line: str) -> tuple[int, int] | None:
    """An addressee line of a letter's head or foot ("H.E. Mr Jan Kowal", "His Majesty King X"): the name."""
    body = unquote(line)
    if len(body.split()) > 16 or body.endswith(("?", "!")):
        return None
    m = _ADDRESS_RE.fullmatch(body.rstrip(",."))
    if m is None:
        return None
    off = line.find(body)
    return (off + m.start("who"), off + m.end("who"))


def courteous(line: str) -> bool:
    """A line opening with a courtesy title for someone else ("To", "H.E.", "Mr", "Herr")."""
    return _COURTESY_RE.match(unquote(line)) is not None


def _ends_vocative(body: str, end: int) -> bool:
    rest = body[end:].strip()
    if not rest:
        return True
    if rest[0] in ",:;!":
        tail = rest[1:].strip()
        # "Dear friend, a warm greeting." / "Mr President and dear brother,"
        return not tail or (len(tail.split()) <= 6 and not re.search(r"\b(?:I|we|you|is|are|was)\b", tail))
    return False


def _voc_end(body: str, end: int) -> int:
    rest = body[end:]
    m = re.match(r"\s*[,:;!]", rest)
    return end + (m.end() if m else 0)


def is_closing(line: str) -> bool:
    """A complimentary close, in English, Latin or another language."""
    body = unquote(line).rstrip(",.;:!—- ")
    if unquote(line).rstrip().endswith(",") and _WITH_CLOSE.fullmatch(body):
        return True  # "With sincere condolences,", "With deepest sympathy and respect,": a line of its own
    return 0 < len(body) <= 200 and _CLOSING_RE.fullmatch(body) is not None


# A close of 'with' and a few lower-case words, set on a line of its own and ended by a comma.
_WITH_CLOSE = re.compile(r"(?i:with)\s+(?:[a-z]+\s+){0,3}[a-z]+")


def caps_name(line: str) -> bool:
    """A name in capitals ("JOHN A. SMITH", "FRANCISCUS")."""
    body = unquote(line)
    return _CAPS_NAME_RE.fullmatch(body) is not None and sum(c.isalpha() for c in body) >= 4


def name_form(line: str) -> bool:
    """A short line shaped like a person's name ("M. K. Gandhi", "Jane Q. Doe", "JOHN SMITH")."""
    body = unquote(line).rstrip(",")
    words = body.split()
    if not 1 <= len(words) <= 6 or caps_name(body):
        return bool(words) and caps_name(body)
    return all(
        re.fullmatch(r"(?:[A-Z][\w.'’-]*|al-\w+|bin|ibn|de|da|van|von|der|del|la|le|el-\w+)", w)
        for w in words
    )


def title_like(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’.-]*", line)
    if not words:
        return False
    small = ("of", "the", "and", "al", "bin", "de", "to", "for", "on", "in")
    caps = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return caps / len(words) >= 0.75


def routing(line: str) -> bool:
    """A letter's routing or copy line ("Through: C", "cc: D"): no signer (a head's "Through" line is part
    of the address; a foot's "cc" ends the signature)."""
    return is_routing(unquote(line))


def behalf(line: str) -> tuple[int, int] | None:
    """Where a line names the principal someone signs for ("on behalf of President X", "For the President:")."""
    m = _BEHALF_RE.search(line.rstrip())
    if m is None:
        return None
    g = "who" if m.group("who") else "who2"
    return (m.start(g), m.end(g))


def is_sentence(line: str) -> bool:
    """Running text rather than a letter's furniture: long, or ending like a sentence with a verb in it."""
    body = unquote(line)
    return len(body.split()) > 16 or (
        body.endswith((".", "?", "!")) and len(body.split()) > 6 and not title_like(body)
    )


def century_years(text: str) -> list[int]:
    """Four-digit years a text mentions, for resolving a two-digit year ("23.7.'39")."""
    return [int(y) for y in _YEAR_RE.findall(text)]


def line_date(line: str, report_date: dt.date | None, years: list[int]) -> dt.date | None:
    """The day a short date line (or a date glued to a salutation) gives, if any."""
    if len(line.split()) > 14:
        return None
    line = _DUAL.sub(r"\g<new>", line)  # "30 January/11 February 1859", "7/19 August": the New Style day
    for m in datex.find_dates(line, report_date):
        if m.interval.precision == "day" and not m.relative and m.interval.earliest is not None:
            return m.interval.earliest
    n = _NUM_DATE_RE.search(line)
    if n is None:
        return None
    year = _expand_year(int(n["y"]), report_date, years)
    if year is None:
        return None
    try:
        return dt.date(year, int(n["m"]), int(n["d"]))
    except ValueError:
        return None


# A date in both styles, Old (Julian) first, as chanceries wrote them until the 20th century.
_DUAL = re.compile(r"\b\d{1,2}(?:\s+[A-Z][a-z]+)?\s*/\s*(?P<new>\d{1,2}\s+[A-Z][a-z]+)\b")


def _expand_year(yy: int, report_date: dt.date | None, years: list[int]) -> int | None:
    same = [y for y in years if y % 100 == yy]
    if same:
        return Counter(same).most_common(1)[0][0]
    if years:
        century = Counter(y // 100 for y in years).most_common(1)[0][0]
        return century * 100 + yy
    if report_date is not None:
        year = report_date.year - (report_date.year - yy) % 100
        return year
    return None


def has_person(doc: Doc, idx: PartyIndex, s: int, e: int) -> bool:
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    return any(t.ent_type_ == "PERSON" for t in span) or any(
        t.i in idx.tok2party and idx.parties[idx.tok2party[t.i]].ptype == "person" for t in span
    )


def party_in(
    doc: Doc, idx: PartyIndex, s: int, e: int, exclude: Party | None = None, persons: bool = False
) -> Party | None:
    """The party a stretch of a line names: a token the index resolved, else a person whose name's
    core tokens the words match ("HERR HITLER", "FRANCISCUS"), else a person whose role it spells."""
    span = doc.char_span(s, e, alignment_mode="expand")
    found: list[Party] = []
    if span is not None:
        found = [idx.parties[idx.tok2party[t.i]] for t in span if t.i in idx.tok2party]
    found = [p for p in found if p is not exclude and (p.ptype == "person" or not persons)]
    person = next((p for p in found if p.ptype == "person"), None)
    if person is not None or found:
        return person or found[0]
    words = [names.fold(w) for w in re.findall(r"[\w'’-]+", text_of(doc)[s:e]) if len(w) > 1]
    best, score = None, 0
    for p in idx.live():
        if p.ptype != "person" or p is exclude:
            continue
        hits = sum(
            1
            for t in names.core_tokens(p.name)
            if t not in _FUNCTION_WORDS and any(names.token_match(w, t) for w in words)
        )  # ("of" is no name: "the King of X" names no "President of Y")
        if hits > score:
            best, score = p, hits
    if best is not None:
        return best
    role = content_words(clean_np(text_of(doc)[s:e]))
    if role:
        for p in idx.live():
            if p.ptype == "person" and p is not exclude and role <= p.role_words():
                return p
    return None


COLUMN_GAP = re.compile(r"\S( {3,}|\t+)\S")  # signatures set side by side


def signer_at(doc: Doc, idx: PartyIndex, s: int, e: int) -> Party | None:
    """The one who signs on the line ``text[s:e]``; of names set side by side in columns ("A B      C D"),
    the first (who signs first)."""
    gap = COLUMN_GAP.search(text_of(doc)[s:e])
    if gap is not None:
        e = s + gap.start(1)
    party = party_in(doc, idx, s, e, persons=True)
    line = unquote(text_of(doc)[s:e]).rstrip(",")
    whole = name_form(line) and len(line.split()) >= 2
    if party is not None and whole:
        theirs, mine = set(names.core_tokens(party.name)), set(names.core_tokens(line))
        if theirs <= mine and len(theirs) < len(mine):  # "A" of "A B": the tagger cut the name short
            found = idx._find_person(strip_titles(line))
            party = found if found is not None and set(names.core_tokens(found.name)) >= mine else None
        elif (
            not theirs <= mine
            and not (mine < theirs and names.same_person(party.name, line))
            and not any(names.initials_match(line, f) for f in party.surfaces)  # "M. K. Doe" signs
        ):
            party = None  # a name the tagger made of the copy mark ("(Sgd.) A B"); "A B" signs for "A X B"
    if party is not None or not whole:
        return party
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    name = line.title() if caps_name(line) else line
    p = idx._new(" ".join(without_postnominals(strip_titles(name).split())), "person", span.root.i)
    p.add_surface(name)
    return p
