"""Line features for cleaning: what one stripped line of a report reads as (prose, a salutation, a
complimentary close, a date line, a signature), each a small test on the line's text alone."""

from __future__ import annotations

import re

# (with the abbreviations of letters of past centuries: "Jany.", "Feby.", "Augt.", "Septr.", "Octr.", "Novr.")
MONTH = (
    r"(?:Jan(?:uary|y)?|Feb(?:ruary|y)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust|t)?"
    r"|Sep(?:t(?:ember|r)?)?|Oct(?:ober|r)?|Nov(?:ember|r)?|Dec(?:ember|r)?)"
)
WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]*]*$")
ELLIPSIS_END = re.compile(r"(\.\.\.|…|\[…\]|\[\.\.\.\])[\"'”’»)\]]*$")
_SALUTATION = re.compile(
    r"(?:(?:my )?dear|(?:your|his|her) (?:excellency|majesty|highness|holiness)|excellency"
    r"|(?:mr\.?|madam|madame) (?:president|prime minister|secretary|chairman|speaker)"
    r"|(?:ladies and )?gentlemen|sirs?|madam|salam|greetings)\b"
    r"(?!\s+(?:were|was|are|is|have|has|had|will|would)\b).{0,100}",  # not "Greetings were also sent to"
    re.IGNORECASE,
)
_TO_SALUTATION = re.compile(
    r"To (?:His|Her|Their|Your|the|H\.\s?E\.|HE|Mr|Mrs|Ms|Dr|President|Prime|King|Queen|Crown|Grand"
    r"|Sheikh|Ayatollah|Pope|General|Secretary|Chancellor|Excellency|Emir|Amir|Sultan)\b[^.!?]{0,100}"
)
_CLOSING = re.compile(
    r"(?:peace(?: and [^,.]{0,40})? be upon (?:you|him|them)|(?:yours )?sincerely(?: yours)?"
    r"|yours(?: (?:faithfully|truly|respectfully|ever|fraternally))?|respectfully(?: yours)?"
    r"|(?:with )?(?:best|kind|warm|warmest|kindest|fraternal) (?:regards|wishes|greetings)|(?:with )?regards"
    r"|cordially|fraternally|wassalam|with (?:respect|gratitude|thanks|highest consideration)"
    r"|thank you|god bless(?: you)?)\W*",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    rf"(?:[A-Z][\w .'’-]{{0,40}},\s*)?(?:{WEEKDAY}\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d)\.?",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(
    r"(?:[A-Z][\w.'’-]*|al-\w+|bin|ibn|de|da|van|von|der|of|the|and|el-\w+)[,”\"]?", re.UNICODE
)
FUNCTION_WORDS = frozenset(
    "a an the of to in on at for with by from into onto upon about over under between among through "
    "and or but nor that which who whom whose whether as than his her its their our your my this these "
    "those is are was were be been being has have had will would shall should can could may might must "
    "not no very also such said".split()
)


def ends_sentence(text: str) -> bool:
    """True when the line ends with sentence-final punctuation (possibly inside closing quotes)."""
    return SENTENCE_END.search(text) is not None


def is_prose(text: str) -> bool:
    """True for a line that reads as running text: a full sentence of some length, or a long line."""
    if len(text) >= 200:
        return True
    return len(text.split()) >= 8 and ends_sentence(text) and not ELLIPSIS_END.search(text)


def is_salutation(text: str) -> bool:
    """True for the opening line of a letter ("Dear ...", "To His Excellency ...", "Your Excellency,")."""
    if len(text) > 130 or (ends_sentence(text) and not text.endswith("!")):
        return False
    if _TITLE_LED.match(text) and len(text.split()) > 4 and not text.rstrip().endswith((",", ":", "!")):
        return False  # "Sir Edward Pryce, MP for X, wrote to the Home": a sentence led by a knight's title
    return bool(_SALUTATION.fullmatch(text) or _TO_SALUTATION.fullmatch(text) or _RESPECT.fullmatch(text))


# A salutation of respect, ending in its comma: "Respected Smt. A ji,", "Hon'ble Prime Minister,", "Esteemed
# colleague," (South Asian and formal English; not a sentence that opens with the word).
_RESPECT = re.compile(
    r"(?:most )?(?:respected|hon'?ble|honou?rable|esteemed)\s+[^!?,]{1,80}[,:]", re.IGNORECASE
)


_TITLE_LED = re.compile(r"(?i:sirs?|madam|madame|dame)\b")


def is_closing(text: str) -> bool:
    """True for a complimentary close ("Sincerely,", "Peace be upon you", "With best regards")."""
    return len(text) <= 80 and _CLOSING.fullmatch(text) is not None


def is_date_line(text: str) -> bool:
    """True for a line that is only a date, possibly after a place ("From Rome, 3 March 2019")."""
    return len(text) <= 80 and _DATE_LINE.fullmatch(text) is not None or is_labelled_date_line(text)


# A date after a page's label and a bar or colon ("History | 14 August 2025", "Published: 3 May 2024").
_LABELLED = re.compile(r"[A-Z][\w .'’&-]{0,30}\s*[|:]\s*(?P<date>.+)")


def is_labelled_date_line(text: str) -> bool:
    """True for a page's label and a date on a line of their own: never a line of the text before it."""
    m = _LABELLED.fullmatch(text.strip())
    return m is not None and len(text) <= 80 and _DATE_LINE.fullmatch(m.group("date")) is not None


# The routing and copy lines of an official letter ("Through: C, Regional Administrator", "cc: D"): lines
# of their own, whatever case they start with.
ROUTING_RE = re.compile(r"^(?:through|thru|via|attn|attention|cc|bcc|copy to|copies to)\s*:", re.I)
_SIGNS_FOR = re.compile(r"^for\s+(?:the\s+)?[A-Z]")


def is_routing(text: str) -> bool:
    """True for a letter's routing or copy line ("Through: C", "cc: D")."""
    return ROUTING_RE.match(text.strip()) is not None


def signs_for(prev: str, nxt: str) -> bool:
    """'Chief of Staff to the Governor' / 'for Teodoro Quintana, Governor': under a signature's title line
    (short, every word but the small ones capitalised), 'for <Name>' names the principal on a line of its
    own, not a wrapped sentence."""
    words = prev.split()
    small = {"of", "the", "to", "and", "for", "on", "in"}
    titled = 0 < len(words) <= 8 and all(w[:1].isupper() or w in small for w in words)
    return titled and not ends_sentence(prev) and _SIGNS_FOR.match(nxt) is not None


def is_signature(text: str) -> bool:
    """True for a short name-like line without a final period ("Jane Q. Doe,", "IOANNES")."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or text.endswith("."):
        return False
    if is_salutation(text) or is_closing(text) or is_date_line(text):
        return False
    if not words[0][:1].isupper():
        return False
    return all(_NAME_WORD.fullmatch(w) for w in words)


def _last_word(text: str) -> str:
    tail = text.rsplit(None, 1)[-1] if text.split() else ""
    return tail.rsplit("-", 1)[-1].lower()


def ends_with_function_word(text: str) -> bool:
    """True when the line ends with an article, preposition, conjunction or auxiliary ("... of"); a
    capitalised last word after others is a name or a month ("Letter in early May"), not "may"."""
    words = text.split()
    if len(words) > 1 and words[-1][:1].isupper():
        return False
    return _last_word(text) in FUNCTION_WORDS
