"""A cheap test over the text: does it mention any letter, message or call at all?

Reports with no cue skip spaCy and the extraction stages entirely, so the test errs on the side
of passing a report. A report passes when it holds:

- a communication noun of ``data/cues.yaml`` (singular or plural), or a noun naming a medium of
  written or spoken exchange (e-mail, fax, correspondence, communiqué, voicemail);
- an inflected form of a writing or calling verb of ``data/cues.yaml`` ("wrote", "penned",
  "rang", "dialled"), of a verb named after its medium ("cabled", "faxed", "emailed", "texted",
  "messaged"), or a condolence or congratulation word;
- a card of greeting ("Christmas cards", "New Year's greeting cards"); getting in touch told by "reached out
  to" or "reaching out by";
- a singular e-mail, reply or response with its writer or addressee named ("an email from Minister A",
  "a reply from B"; not "email to a friend"), or a reply, response or answer after a capitalised
  possessive ("Lund's reply", "the King's prompt answer") or told as a text ("a handwritten reply", "a
  reply dated 9 March"); the heading of a record of a telephone call ("Memorandum of Telephone
  Conversation", "Telcon"); an e-mail as a medium ("in an email", "an email sent at
  11pm", "sent B an email"); a text message by its acronym ("an SMS"); a reproduced e-mail or memo header ("From: A" and
  "To: B" lines); a reproduced letter's salutation on a line of its own ("Your Majesty,", "Dear Mr
  President,");
- a written text that is sent to someone, in either order: a noun of a written text followed by a
  sending verb and "to" ("a document sent to hospitals", "the notice was addressed to
  residents"), or a sending verb followed by such a noun and "to" ("dispatched an urgent
  circular to schools");
- an archival edition's heading: a line of capitalised words "A to B" with a line holding a year a few
  lines below ("The Minister in Arland (Moreau) to the Foreign Secretary" over "Porto Vell, March 3, 1931"),
  or a calendar's numbered entry "112. A to B." beside its date line ("Jan. 12/22. Paris.").
"""

from __future__ import annotations

import re
from functools import cache

from ..names import _data

# English irregular past forms of the cue verbs; every other verb is inflected by rule.
_IRREGULAR = {
    "write": ("wrote", "written"),
    "send": ("sent",),
    "leave": ("left",),
    "ring": ("rang", "rung"),
}
# Verbs named after their medium: their past and -ing forms say a communication was made (the
# bare form and third person are mostly the noun, a title or page furniture: "Email this story",
# "Fax: +1 ...", "The Telegraph").
_MEDIUM_VERBS = ("cable", "telegraph", "email", "e-mail", "fax", "text", "message")
# Plural only for e-mail and fax: the singular is mostly a share button or a contact line.
_MEDIUM_NOUNS = r"e-?mails|faxes|correspondences?|communiqu[eé]s?|voice-?mails?|postcards?"
# Nouns of a written text that is a communication when it is sent to someone.
_WRITTEN_NOUNS = (
    "document",
    "notice",
    "circular",
    "directive",
    "instruction",
    "petition",
    "appeal",
    "request",
    "invitation",
    "communication",
    "dispatch",
    "report",
    "plea",
    "complaint",
    "ultimatum",
    "reply",
    "response",
    "answer",
    "demand",
)
_GAP = r"(?:[\w'’-]+[,;]?\s+){0,6}?"  # up to six words between the parts of the construction
# A word of a heading's side: capitalised, a number, or a small word of a title ("the Minister in Arland").
_HEAD_WORD = r"(?:[A-Z(\[][\w'’.,()\[\]-]*|\d[\d,.:]*|the|of|in|and|for|from|at|on|de|du|von|van|al|el|la|le)"
# An archival edition's heading, "A to B" on a line of its own, with a year in one of the next lines.
# A calendar's numbered entry ("112. Sir A B to C.") with its date line just above or just below it
# ("Jan. 12/22. Paris.", "1587-8, Jan. 30/Feb. 9. Replies ...").
_ENTRY = rf"[ \t]*\d{{1,4}}\.[ \t]+(?:{_HEAD_WORD}[ \t]+){{1,12}}to[ \t]+(?:{_HEAD_WORD}[ \t]+){{0,12}}{_HEAD_WORD}[ \t]*"
_DAY_LINE = r"[ \t]*(?:1[5-9]\d\d(?:-\d{1,2})?,[ \t]+)?[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\b"
ARCHIVAL_HEADING = (
    rf"(?m:^[ \t]*(?:{_HEAD_WORD}[ \t]+){{1,14}}to[ \t]+(?:(?:{_HEAD_WORD}|to)[ \t]+){{0,14}}{_HEAD_WORD}[ \t.]*\n"
    r"(?:[^\n]{0,80}\n){0,8}?[^\n]{0,60}(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d))"
    rf"|(?m:^{_DAY_LINE}[^\n]{{0,50}}\n{_ENTRY}$|^{_ENTRY}\n{_DAY_LINE})"
)


def verb_forms(verb: str) -> tuple[str, ...]:
    """The inflected forms of an English verb: base, third person, past, participles.

    Regular verbs take -s/-es, -ed/-d and -ing, with the final consonant doubled as well as not
    ("penned", "dialled" and "dialed"); irregular cue verbs add their own past forms.
    """
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    else:
        es = "es" if verb.endswith(("s", "x", "sh", "ch")) else "s"
        forms |= {verb + es, verb + "ed", verb + "ing"}
        if re.search(r"[aeiou][bdglmnprt]$", verb) and not re.search(r"[aeiou]{2}[bdglmnprt]$", verb[-3:]):
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
        if verb.endswith("l"):  # "dialled" beside "dialed", "cancelled" beside "canceled"
            forms |= {verb + "led", verb + "ling"}
    forms |= set(_IRREGULAR.get(verb, ()))
    return tuple(sorted(forms, key=len, reverse=True))


def _alt(words: list[str] | tuple[str, ...] | set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _inflected(verb: str) -> tuple[str, ...]:
    """The forms of a cue verb that count alone: all of "write"; only the past and -ing forms of
    the others, whose bare form is as often a noun ("a ring", "a pen", "the dial", "a text")."""
    forms = verb_forms(verb)
    if verb == "write":
        return forms
    return tuple(f for f in forms if f not in (verb, verb + "s", verb + "es"))


@cache
def _cue_re() -> re.Pattern[str]:
    cues = _data("cues.yaml")
    nouns = _alt(cues["nouns"])
    speech_verbs = [
        f for v in [*cues["write_verbs"], *cues["call_verbs"], *cues["contact_verbs"]] for f in _inflected(v)
    ]
    verbs = _alt(
        speech_verbs
        + [f for v in _MEDIUM_VERBS for f in _inflected(v)]
        + ["call", "calls", "called", "calling"]
    )
    send = _alt([f for v in cues["send_verbs"] for f in verb_forms(v)])
    written = _alt(list(_WRITTEN_NOUNS))
    word_cues = rf"\b(?:(?:{nouns})s?|{_MEDIUM_NOUNS}|{verbs}|condolences?|congratulat\w*)\b"
    noun_then_send = rf"\b(?:{written})s?[,;]?\s+{_GAP}(?:{send})\s+to\b"
    send_then_noun = (
        rf"\b(?:{send})\s+{_GAP}(?:{written})s?(?:\s+(?:for|of)\s+[a-z]+)?\s+to\b"  # "a request for X to"
    )
    # a readout's "spoke to/with <Name>", "has spoken to", "spoke on Monday with", "spoke today by telephone
    # with" (up to three lower-case or dated words between; the name's capital is read case-sensitively),
    # or "with his (Egyptian) counterpart"
    gap = r"(?:(?:[a-z]+|[A-Z][a-z]+day|\d{1,2})\s+){0,3}"
    spoke_to = (
        rf"\b(?i:spoke|spoken|speaks|speaking|talked)\s+{gap}(?i:to|with)\s+"
        r"(?:(?:the|his|her|their)\s+(?:[A-Z][\w-]*\s+)?(?i:counterparts?\b)|(?:the\s+)?[A-Z])"
    )  # "spoke with his Egyptian counterpart", "spoke with his counterpart"
    reach_out = r"\breach(?:ed|es|ing)\s+out\s+(?:to|by)\b"  # "reached out to B", "reached out by phone"
    compliments = r"\bpresents?\s+(?:its|his|her|their)\s+compliments\s+to\b"  # a note verbale's opening
    # a singular e-mail or an answer with its writer or addressee named ("an email from Minister A to B",
    # "a reply from B"): a share button or "email to a friend" names no one with a capital letter
    from_whom = r"\b(?i:e-?mail|reply|response)\s+(?i:from|to)\s+(?:(?i:the|his|her|their)\s+)?[A-Z]"
    # ... or its writer's name in the possessive before it ("Lund's reply reached B", "B received Lund's answer")
    whose = r"(?<![\w.'’-])[A-Z][\w.-]{0,40}['’]s[ \t]+(?:[a-z]+[ \t]+)?(?i:reply|response|answer)\b"
    # the heading of a record of a telephone call ("Memorandum of Telephone Conversation", "Telcon")
    telcon = (
        r"(?m:^[ \t]*(?:\d{1,4}\.[ \t]+)?(?:(?i:memorandum|record|transcript|notes?)[ \t]+of[ \t]+(?:an?[ \t]+)?)?"
        r"(?i:tele(?:phone|phonic)[ \t]+(?:conversation|call)|telcon)\b)"
    )
    # ... or told as a text ("a handwritten reply", "a two-page reply dated 9 March", "the reply, signed by B")
    written_reply = (
        r"\b(?:handwritten|written|typed|signed|\w+-page)\s+(?:reply|response|answer)\b"
        r"|\b(?:reply|response|answer),?\s+(?:dated|signed|addressed)\b"
    )
    # an e-mail as the medium of what was said or sent ("in an email to staff", "an email sent at 11pm",
    # "the email, dated 3 June"), a text message by its acronym ("sent her an SMS"), and a reproduced
    # e-mail or memo's header (a "From:" and a "To:" line naming someone, in either order, within a few lines)
    in_mail = r"\b(?:in|by|via)\s+(?:an?|the|his|her|their|its|this|that)\s+(?:[\w-]+\s+)?e-?mails?\b"
    mail_sent = r"\be-?mails?,?\s+(?:sent|dated|written)\b"
    sent_mail = (
        rf"\b(?:{send})\s+{_GAP}(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?e-?mails?\b"  # "sent B an email"
    )
    # a text message called "a text" ("sent B a text on Wednesday", "in a text to B"): never "the text of"
    sent_text = rf"\b(?:(?:{send}|received?)\s+{_GAP}an?|in\s+an?)\s+text\b(?!\s+of\b)"
    header = r"(?m:^(?i:from|to):[ \t]*[A-Z][^\n]*\n(?:[^\n]*\n){0,3}?(?i:to|from):[ \t]*[A-Z])"
    # a card of greeting ("New Year's greeting cards", "a birthday card"; not "a yellow card")
    card = rf"\b(?:{_alt(cues['card_occasions'])})(?:['’]s)?\s+(?:greetings?\s+)?(?:post)?cards?\b"
    # a reproduced letter's salutation on a line of its own ("Your Majesty,", "Excellency, dear friend,")
    salutation = (
        r"(?m:^[ \t]*(?:Your\s+(?:Royal\s+)?(?:Majesty|Excellency|Holiness|Highness|Eminence|Grace)|Excellency"
        r"|Dear\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|(?:colleagues|friends|members|sirs?|madam|all)))\b"
        r"[^\n]{0,30}[,:][ \t]*$)"  # ("Dear colleagues,": a letter to many, on a line of its own)
    )
    return re.compile(
        rf"(?i:{word_cues}|{noun_then_send}|{send_then_noun}|{compliments}|{in_mail}|{mail_sent}|{sent_mail}"
        rf"|{sent_text}|{card}|{reach_out})"
        rf"|{spoke_to}|{from_whom}|{whose}|{written_reply}|(?P<telcon>{telcon})|\bSMS(?:es)?\b|{header}|(?P<salutation>{salutation})|(?P<archival>{ARCHIVAL_HEADING})"
    )


def has_cue(text: str) -> bool:
    """True when the text holds a word or construction that may state a communication."""
    return _cue_re().search(text) is not None
