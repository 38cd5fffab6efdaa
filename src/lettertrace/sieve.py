"""The prefilter's second stage: is one of the cues used of a communication between parties?

The first stage (:func:`lettertrace.extract.prefilter.has_cue`) passes a report on any word that may
state a communication, and most news that says "call", "talks", "phone" or "condolences" uses them in
another sense. This stage looks at each cue the first stage finds, in its sentence, and passes the report
as soon as one cue is

1. in a communication sense, told by the construction around it (rules of English, never of a corpus):

   - ``call``/``ring`` followed by ``for`` ("called for talks", "a call for calm"), by ``off``/``out``
     ("rang out"), or by ``on``/``upon`` and no time word ("called on parliament to act", but "a call on
     Monday" stays) is an appeal, a summons or a sound; ``so-called``, "what it calls", "a program
     called Nova" and a passive "was called to the scene" name or summon;
   - ``talk(s)``, ``chat``, ``conversation`` and ``dialogue`` are calls only with a call modifier of ``cues.yaml``
     nearby ("phone talks", "a telephone conversation", "talks by video");
   - ``phone``/``telephone`` as a noun is the medium only after a preposition ("by phone", "on the
     telephone") or before a word of exchange ("phone call", "telephone conversation"); as a verb it is
     followed by its object ("phoned Ana", "phone him"); otherwise it is a device ("mobile phone maker");
   - ``note`` and ``greeting`` are messages only with a verb of sending, carrying, receiving, writing,
     replying or exchanging nearby, or followed by ``to``/``from`` ("a note to shareholders"); ``note verbale`` and
     "diplomatic note" always; never in an idiom of tone or heed ("ended on a sour note", "struck a
     conciliatory note", "took note of", "nothing of note") unless addressed or sent ("on a note sent to");
   - condolences and congratulations are a message only when sent, carried or written (a verb of those
     nearby) or named with a medium ("a condolence message"), not when expressed or offered in a
     statement;

   every other cue (letter, message, telegram, wrote, phoned, a document sent to ...) counts as it is;
2. near a party: within :data:`NEAR` words of the cue in its sentence stands a name or a title (a
   capitalised word that does not open the sentence and is no weekday or month), an office word of
   ``titles.yaml`` ("the minister"), a body ("the ministry", "the embassy"), a personal pronoun or a
   pair named before ("the latter", "the two", "the pair", "both").

Like the first stage it errs on the side of passing: a report fails only when no cue passes both tests.
Its recall on every annotated corpus is 100% (``tests/test_sieve.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import chain

from .extract.prefilter import _cue_re, verb_forms
from .extract.quotes import MIN_QUOTE_WORDS
from .extract.quotescan import find_quotes
from .names import _data, title_words

NEAR = 12  # words either side of the cue, inside its sentence
_SPAN = 600  # characters either side of the cue looked at for its sentence (a longer sentence is cut)

_WORD = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?|[,;:()\[\]\"“”]")
# A sentence ends at a line break or at . ! ? before a space and a capital, unless the word before the
# full stop is a short capitalised one (an abbreviation: "Mr.", "Gen.", "U.S."): the test is then run
# over two sentences, which only makes it more lenient.
_END = re.compile(
    r"\n|(?<![A-Z][a-z]\.)(?<![A-Z]\.)(?<![A-Z][a-z]{2}\.)[.!?][\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-Z0-9])"
)
_CALL = frozenset(verb_forms("call"))
_RING = frozenset(verb_forms("ring"))
_EXCHANGE = frozenset(
    {
        "talk",
        "talks",
        "chat",
        "chats",
        "conversation",
        "conversations",
        "dialogue",
        "dialogues",
        "dialog",
        "dialogs",
    }
)
_PHONE = frozenset({"phone", "phones", "telephone", "telephones"})
_EXCHANGE_NOUNS = _EXCHANGE | frozenset(
    {"call", "calls", "exchange", "exchanges", "discussion", "discussions", "conference", "contact", "line"}
)
_PREPOSITIONS = frozenset({"by", "on", "over", "via", "through", "per"})
_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "my", "your"}
)
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_PRONOUNS = frozenset(
    {"he", "she", "they", "we", "i", "him", "her", "them", "us", "his", "their", "our", "my", "its"}
)
# Nouns made with "call" that name no telephone call.
_CALL_COMPOUNDS = frozenset({"wake-up", "roll", "close", "curtain", "judgment", "judgement"})
_BODIES = frozenset(
    {
        "government",
        "ministry",
        "embassy",
        "consulate",
        "office",
        "council",
        "committee",
        "commission",
        "department",
        "agency",
        "parliament",
        "cabinet",
        "party",
        "union",
        "court",
        "administration",
        "presidency",
        "palace",
        "mission",
        "delegation",
        "board",
        "company",
        "organisation",
        "organization",
        "movement",
        "group",
        "authorities",
        "leadership",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
    }
)
# "note" of tone or heed: "on a (more personal) note", "struck a (conciliatory) note", "took note".
_NOTE_DETERMINERS = frozenset({"a", "an", "the", "that", "this", "which", "what"})
_NOTE_MODIFIERS = 3  # words at most between the determiner and "note"
_TONE_VERBS = frozenset(verb_forms("strike") + verb_forms("sound") + ("struck",))
_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july"
    " august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


@cache
def _lexicon() -> dict[str, frozenset[str]]:
    cues = _data("cues.yaml")
    sending = {*cues["send_verbs"], *cues["carry_verbs"], *cues["receive_verbs"], *cues["reply_verbs"]}
    sending |= {*cues["write_verbs"], *cues["medium_verbs"], "exchange"}  # "exchanged New Year greetings"
    return {
        "sending": frozenset(f for v in sending for f in verb_forms(v)),
        "not_call": frozenset(str(p) for p in cues["not_call_particles"]),
        "call_modifiers": frozenset(cues["call_modifiers"]) | _PHONE | {"phoned", "telephoned"},
        "media": frozenset(w for n in cues["nouns"] for w in (n, n + "s")) - _EXCHANGE - {"note", "notes"},
        "titles": title_words() - _PRONOUNS - {"the", "late", "former", "ex", "acting", "state", "general"},
        "asking": frozenset(f for v in cues["purpose_verbs"] for f in verb_forms(v)),
    }


def passes(text: str) -> bool:
    """Both stages: a cue of the first, then one used of a communication near a party, or a quotation.

    The register keeps what a report quotes as well as its communications, and only a parse attributes
    a quote: a report with a cue whose cues are no communication still goes on when it quotes someone at
    length (a quotation of :data:`~lettertrace.extract.quotes.MIN_QUOTE_WORDS` words or more).
    """
    cues = _cue_re().finditer(text)  # one scan for both stages: no match is the first stage's "no"
    first = next(cues, None)
    if first is None:
        return False
    return any(_cue_passes(text, m) for m in chain((first,), cues)) or quotes_at_length(text)


def quotes_at_length(text: str) -> bool:
    """True when the text holds a top-level quotation of at least ``MIN_QUOTE_WORDS`` words."""
    return any(
        q.depth == 0 and len(text[q.start : q.end].split()) >= MIN_QUOTE_WORDS for q in find_quotes(text)
    )


def may_state_communication(text: str) -> bool:
    """True when some cue of the first stage is used of a communication near a party (see the module)."""
    return any(_cue_passes(text, m) for m in _cue_re().finditer(text))


def _cue_passes(text: str, m: re.Match[str]) -> bool:
    """An archival heading names its parties on both sides of its "to", a record of a telephone call its
    participants below it, a salutation on a line of its own the addressee of the letter it opens: each
    passes as it is."""
    return bool(m["archival"] or m["telcon"] or m["salutation"]) or _passes(text, m.start(), m.end())


def _passes(text: str, start: int, end: int) -> bool:
    left, right = _sentence(text, start, end)
    before, after = _WORD.findall(left), _WORD.findall(right)
    cue = text[start:end]
    if not _in_sense(cue, text[max(0, start - 3) : start], before, after):
        return False
    if _OWNED.match(cue):
        return True  # "Dunmore's reply, dated 21 March 1876": the cue names its party itself
    if _ACCORDING.search(left) and _party_near(cue, [w for w in before[1:] if w[:1].isupper()], []):
        return (
            True  # "A asked B to ... (forty words) ..., according to a letter": its parties open the sentence
        )
    return _party_near(cue, before, after)


_OWNED = re.compile(r"[A-Z][\w.-]*['’]s\s")  # a cue that opens with a name's possessive


# A cue a sentence ends on as its source: its parties stand anywhere before it.
_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?:a|an|the|his|her|their)\s+(?:(?:copy|text)\s+of\s+the\s+)?$", re.I
)


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The cue's sentence before and after the cue (at most :data:`_SPAN` characters each way)."""
    lo = max(0, start - _SPAN)
    left = text[lo:start]
    cut = 0
    for m in _END.finditer(left):
        cut = m.end()
    right = text[end : end + _SPAN]
    stop = _END.search(right)
    return left[cut:], right[: stop.start() + 1] if stop else right


@dataclass(frozen=True)
class _Cue:
    """A cue of the first stage in its sentence: lower-case words before and after it, tokens after it."""

    word: str
    prefix: str  # the three characters before the cue ("so-" of "so-called")
    prev: list[str]
    nxt: list[str]
    after: list[str]  # tokens after the cue, punctuation included, as written

    def near(self) -> set[str]:
        return set(self.prev[-NEAR:] + self.nxt[:NEAR])


def _words(tokens: list[str]) -> list[str]:
    return [t.lower() for t in tokens if t[0].isalnum()]


def _in_sense(cue: str, prefix: str, before: list[str], after: list[str]) -> bool:
    """Whether the cue, with the words before and after it in its sentence, is used of a communication."""
    words = cue.lower().split()
    if len(words) != 1:  # a construction of the first stage ("a notice sent to", "spoke with A")
        return True
    c = _Cue(words[0], prefix.lower(), _words(before), _words(after), after)
    lex = _lexicon()
    if c.word in _CALL or c.word in _RING:
        return _call_sense(c, lex["not_call"])
    if c.word in _EXCHANGE:
        return bool(lex["call_modifiers"] & c.near())
    if c.word in _PHONE:
        return _phone_sense(c)
    if c.word in ("note", "notes") and _note_idiom(c, [t for t in before if t[0].isalnum()], lex["sending"]):
        return False
    if c.word in ("note", "notes") and (
        c.nxt[:1] in (["dated"], ["addressed"]) or "in" in c.prev[-4:] and bool(c.near() & lex["asking"])
    ):
        return True  # "a note dated 3 May"; "In a note, A asked B to ...": a note someone is addressed in
    if c.word in ("note", "notes", "greeting", "greetings"):
        return bool(c.near() & lex["sending"] or c.nxt[:1] in (["to"], ["from"], ["verbale"])) or (
            c.prev[-1:] == ["diplomatic"]
        )
    if c.word.startswith(("condolence", "congratulat")):
        return bool(c.near() & (lex["sending"] | lex["media"]))
    return True


def _note_idiom(c: _Cue, before: list[str], sending: frozenset[str]) -> bool:
    """'note' in an idiom of tone or heed, never a message: 'ended on a sour note', 'on that note',
    'struck a conciliatory note', 'sounded a note', 'took note of', 'nothing of note'. A note addressed,
    sent or diplomatic is a message all the same ('on a note to the embassy', 'on a note sent to')."""
    nxt, prev = c.nxt, c.prev
    if (
        nxt[:1] in (["to"], ["from"], ["verbale"])
        or prev[-1:] == ["diplomatic"]
        or nxt[:1]
        and nxt[0] in sending
    ):
        return False
    if prev[-1:] and prev[-1] in _TAKE or (c.word == "note" and prev[-1:] == ["of"]):
        return True
    for k in range(1, min(len(prev), len(before), _NOTE_MODIFIERS + 1) + 1):  # determiner, then modifiers
        if prev[-k] in _NOTE_DETERMINERS:
            mods = before[len(before) - k + 1 :]
            return (
                len(prev) > k
                and (prev[-k - 1] == "on" or prev[-k - 1] in _TONE_VERBS)
                and all(m.islower() and m not in _DETERMINERS for m in mods)
            )
    return False


def _call_sense(c: _Cue, particles: frozenset[str]) -> bool:
    """'call' and 'ring' in every form: a telephone call unless the construction says otherwise."""
    nxt, prev, last = c.nxt, c.prev, c.prev[-1] if c.prev else ""
    if c.prefix.endswith("so-") or nxt[:1] in (["for"], ["off"], ["out"]):
        return False
    if nxt[:1] in (["on"], ["upon"]) and not (
        len(nxt) > 1 and (nxt[1] in _TIME_WORDS or nxt[1][0].isdigit())
    ):
        return nxt[1:3] in (["the", "phone"], ["the", "telephone"])  # "called on the phone"
    if c.word in _RING:
        return not (nxt[:1] and nxt[0] in particles - {"back", "up"})  # "rang out", not "rang back"
    if nxt[:1] == ["to"] and last in _BE:  # "were called to the scene"
        return False
    if "what" in prev[-3:-1]:  # "what it calls the Edge", "what Norland called a doctrine"
        return False
    if c.word in ("call", "calls") and (last in _CALL_COMPOUNDS or nxt[:2] == ["to", "order"]):
        return False  # "a wake-up call", "the call to order"
    return not (c.word == "called" and _names_a_thing(c))


def _names_a_thing(c: _Cue) -> bool:
    """'a program called Nova', 'a new camera, called Orbit': an indefinite noun phrase, then a name."""
    first = next((t for t in c.after if t[0].isalnum()), "")
    if not first[:1].isupper():
        return False
    for w in reversed(c.prev[-6:]):
        if w in ("a", "an"):
            return True
        if w in _DETERMINERS or w in _BE:
            return False
    return False


def _phone_sense(c: _Cue) -> bool:
    """'by phone', 'on the telephone', 'phone call', 'phoned Ana': the medium, not the device."""
    last = c.prev[-1] if c.prev else ""
    if last in _PREPOSITIONS or (last in _DETERMINERS and len(c.prev) >= 2 and c.prev[-2] in _PREPOSITIONS):
        return True
    if c.nxt[:1] and c.nxt[0] in _EXCHANGE_NOUNS:
        return True
    first = c.after[0] if c.after else ""  # a verb with its object: "phone Ana", "telephone him"
    return (
        first[:1].isalnum()
        and (first[0].isupper() or first.lower() in _PRONOUNS)
        and last not in _DETERMINERS
    )


def _party_near(cue: str, before: list[str], after: list[str]) -> bool:
    """A name, title, body or personal pronoun within :data:`NEAR` words of the cue in its sentence."""
    lex = _lexicon()
    words_before = [t for t in before if t[0].isalnum()]
    near = words_before[-NEAR:] + [t for t in after if t[0].isalnum()][:NEAR]
    for i, w in enumerate(near):
        low = w.lower().rstrip(".")
        one = low[:-1] if low.endswith("s") else low  # "the leaders", "ministries" as "ministrie" is no loss
        if (
            low in _PRONOUNS
            or low in lex["titles"]
            or low in _BODIES
            or one in lex["titles"]
            or one in _BODIES
            or low in ("latter", "former", "two", "pair")
            and i > 0
            and near[i - 1].lower() == "the"  # "the latter wrote", "the two spoke by phone"
            or low == "both"
        ):
            return True
        opens = i == 0 and len(words_before) <= NEAR and bool(words_before)
        if w[0].isupper() and low not in _TIME_WORDS and low != cue.lower() and low not in _DETERMINERS:
            if not opens or len(words_before) == 1:  # a sentence's first word only as the cue's subject
                return True
    return False
