"""Which communication a quote (or paraphrase) comes from.

The account is followed sentence by sentence: a sentence that reports a communication makes
it the current one, a sentence about a meeting, speech, interview or post ends it. A quote is
linked when its own frame reports a communication its speaker sent, or when it continues the
account of such a communication; quotes framed by a non-communication event are not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..nlp import sent_of, text_of
from .draft import Draft
from .mentions import ROLE_HEADS, Party
from .quotescan import QuoteSpan
from .speakers import frame_sentences, misread_reads
from .speech_words import CALL_NOUNS, DEFINITE, SPEECH_VERBS, WRITTEN_NOUNS

NON_COMM_EVENT = re.compile(
    r"\b(?:meeting|met\b|(?:during|on|his|her|their|a|the|official|state) visit|speech|(?:his|her|an|the|televised) address\b|addressing (?:thousands|reporters|a crowd|the nation|the crowd|a rally|the conference|the summit)|interview|press conference|"
    r"news conference|told reporters|to reporters|reporters|rally|sermon|tweet(?:ed)?|posted|post on|statement|"
    r"remarks (?:at|during)|briefing|ceremony|summit|session|hearing|memoir|book|told (?:the )?(?:BBC|CNN))",
    re.I,
)

# A speaker's turn in an exchange: "In response, X said", "X, for his part, confirmed", "X replied".
TURN = re.compile(
    r"\b(?:in (?:response|reply|return|turn)|for (?:his|her|their|its|our|my) part|"
    r"respond(?:s|ed)|repl(?:y|ies|ied)|answer(?:s|ed)|retort(?:s|ed))\b",
    re.I,
)


def event_context(doc: Doc, drafts: list[Draft]) -> list[tuple[int, int | None]]:
    """For each sentence start offset: the draft the account is about there (None: a non-comm event)."""
    by_sent: dict[int, int] = {}
    for i, d in enumerate(drafts):
        for s, _ in d.sentences:
            by_sent.setdefault(s, i)
    out: list[tuple[int, int | None]] = []
    current: int | None = None
    for sent in doc.sents:
        s = sent.start_char
        frame = outside_quotes(text_of(doc), s, sent.end_char)
        said = [c for c in sent.root.children if c.dep_ == "ccomp"] if _reports_speech(sent.root) else []
        for c in said:  # "X said the visits had failed": what X said is not the event being told
            frame = frame.replace(text_of(doc)[c.left_edge.idx : c.right_edge.idx + len(c.right_edge)], " ")
        if s in by_sent:
            current = by_sent[s]
        elif NON_COMM_EVENT.search(frame):
            current = None
        else:
            current = _resumed(sent, drafts, current)
        out.append((s, current))
    return out


def _resumed(sent: Span, drafts: list[Draft], current: int | None) -> int | None:
    """'According to sources familiar with the conversation, ...': a definite communication noun
    outside quotes takes the account back to the last communication of that kind told before."""
    quoted = _quoted_ranges(text_of(sent.doc), sent.start_char, sent.end_char)
    for t in sent:
        if t.pos_ != "NOUN" or any(a <= t.idx < b for a, b in quoted):
            continue
        lem = t.lemma_.lower()
        call = lem in CALL_NOUNS
        if not call and lem not in WRITTEN_NOUNS:
            continue
        reads = misread_reads(t.head)
        misread = reads is not None and reads.i == t.i  # "the message read": 'the' hangs on 'read'
        dets = [*t.children, *(t.head.children if misread else [])]
        if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in dets):
            continue
        if current is not None and (drafts[current].kind == "call") == call:
            return current  # the communication being told is still the one referred to
        told = {
            i: max(a for a, _ in d.sentences if a < sent.start_char)
            for i, d in enumerate(drafts)
            if (d.kind == "call") == call and any(a < sent.start_char for a, _ in d.sentences)
        }
        if told:
            return max(told, key=lambda i: told[i])  # the one told last
    return current


def _quoted_ranges(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return [(s + m.start(), s + m.end()) for m in QUOTED.finditer(text[s:e])]


def _reports_speech(root: Token) -> bool:
    return root.lemma_.lower() in SPEECH_VERBS and root.pos_ == "VERB"


def current_at(context: list[tuple[int, int | None]], offset: int) -> int | None:
    cur = None
    for s, d in context:
        if s > offset:
            break
        cur = d
    return cur


QUOTED = re.compile(r"[“\"«„][^”\"»“]*[”\"»]")


def outside_quotes(text: str, s: int, e: int) -> str:
    return QUOTED.sub(" ", text[s:e])


def link_quote(
    doc: Doc,
    drafts: list[Draft],
    qs: QuoteSpan,
    speaker: Party,
    context: list[tuple[int, int | None]],
    frame_tok: Token | None,
    prev: tuple[Party | None, int | None, int] | None = None,
) -> int | None:
    """The communication a quote comes from. ``prev``: the previous quote's speaker, communication
    and closing offset."""
    sent = doc.char_span(qs.open_at, qs.open_at + 1, alignment_mode="expand")
    s0 = sent_of(sent[0]).start_char if sent is not None and len(sent) else qs.open_at
    starts = {s.start_char for s in frame_sentences(doc, qs)} | {s0}
    inside = range(qs.open_at, qs.close_at + 1)
    own = [
        i
        for i, d in enumerate(drafts)
        if any(s in starts for s, _ in d.sentences)
        and d.trigger.idx not in inside  # not a letter the quote names
    ]
    for i in own:
        if _speaks_in(drafts[i], speaker):
            return i
    frame = (
        outside_quotes(text_of(doc), s0, sent_of(sent[0]).end_char) if sent is not None and len(sent) else ""
    )
    if NON_COMM_EVENT.search(frame):
        return None
    if prev is not None and _same_account(drafts, context, speaker, prev, qs.open_at):
        return prev[1]  # '"...," X wrote in his letter. "...," he added.'
    cur = current_at(context, qs.open_at)
    if cur is not None and cur < len(drafts) and _speaks_in(drafts[cur], speaker):
        whole = " ".join(
            outside_quotes(text_of(doc), s.start_char, s.end_char) for s in frame_sentences(doc, qs)
        )
        if _SAID.search(whole) and not _WRITTEN.search(whole):  # 'She said, "Graham, the party room ...":
            whole += " " + _vocative(text_of(doc)[qs.start : qs.end])  # to Graham (not a column he wrote)
        if drafts[cur].kind == "call" and not _addressed_in_call(drafts[cur], speaker, whole):
            return None  # words about a call, not said in it
        if _told_an_audience(frame_tok, drafts[cur], speaker, whole):
            return None  # 'A wrote to B. Later he told the guests: "..."': said to others, not written
        return cur
    if cur is not None and cur < len(drafts):
        return _answer_in_exchange(drafts, cur, speaker, qs.open_at)
    return None


def _same_account(
    drafts: list[Draft],
    context: list[tuple[int, int | None]],
    speaker: Party,
    prev: tuple[Party | None, int | None, int],
    open_at: int,
) -> bool:
    """The previous quote was the same speaker's, from a communication, and nothing between the two
    quotes reports another communication or another event."""
    who, comm, end = prev
    if who is not speaker or comm is None or end < 0:
        return False
    if any(end < d.trigger.idx < open_at for d in drafts):
        return False
    return all(d is not None for s, d in context if end < s <= open_at)


def _answer_in_exchange(drafts: list[Draft], cur: int, speaker: Party, open_at: int) -> int | None:
    """The account is of a letter sent to the speaker, and the report tells of the speaker's own letter
    to its sender: in an exchange of letters each side's words come from its own letter."""
    d = drafts[cur]
    if d.kind == "call" or d.sender is None or speaker not in d.recipients:
        return None
    mine = [
        i
        for i, e in enumerate(drafts)
        if e.kind != "call" and e.sender is speaker and d.sender in e.recipients
    ]
    if not mine:
        return None
    answers = [i for i in mine if drafts[i].reply_to is d]
    if answers:
        return answers[0]
    told = [i for i in mine if drafts[i].trigger.idx < open_at]
    return max(told, key=lambda i: drafts[i].trigger.idx) if told else mine[0]


_SAID = re.compile(r"\b(?:said|says|told|tells|asked|added|replied)\b", re.I)
_WRITTEN = re.compile(r"\b(?:wrote|writes|written|column|article|post|posted|tweet(?:ed)?|op-ed)\b", re.I)


def _vocative(quoted: str) -> str:
    """The words a quote opens with to call the one it speaks to ("Graham, the party room won't ...", "Mr
    President, we ..."): up to three capitalised words before its first comma, else nothing."""
    head = quoted.split(",", 1)[0].split()
    return (
        " ".join(head) if "," in quoted and 0 < len(head) <= 3 and all(w[:1].isupper() for w in head) else ""
    )


def _addressed_in_call(d: Draft, speaker: Party, frame: str) -> bool:
    """'X told Y', 'during the call': the words were said to the other party."""
    if re.search(r"\b(?:call|conversation|phone|telephone)\b", frame, re.I) or TURN.search(frame):
        return True
    others = [p for p in [d.sender, *d.recipients] if p is not None and p is not speaker]
    words = {
        w for p in others for form in [p.name, *p.surfaces, *p.roles] for w in form.split() if len(w) > 2
    }
    return any(re.search(r"\b" + re.escape(w) + r"\b", frame) for w in words - {"the", "and", "for"})


# Singular nouns of an audience, never a letter's addressee ("told the press", "told a journalist").
AUDIENCES = frozenset({"press", "audience", "crowd", "journalist", "gathering", "rally"})


def _told_an_audience(verb: Token | None, d: Draft, speaker: Party, frame: str) -> bool:
    """'He told the assembled guests: "..."', 'she told students': the words were told to listeners named by
    a plural common noun who are no party of the communication being told, and the frame names no letter or
    call."""
    if verb is None or verb.lemma_.lower() != "tell":
        return False
    heard = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    audience = heard is not None and (heard.tag_ == "NNS" or heard.lemma_.lower() in AUDIENCES)
    if heard is None or not audience or heard.lemma_.lower() in ROLE_HEADS:
        return False  # (a plural: "students", "the guests"; "his old friend", "the government" may be the addressee)
    words = set(re.findall(r"[a-z]+", frame.lower()))
    if words & {*WRITTEN_NOUNS, *CALL_NOUNS} or {w[:-1] for w in words} & {*WRITTEN_NOUNS, *CALL_NOUNS}:
        return False
    others = [p for p in [d.sender, *d.recipients] if p is not None and p is not speaker]
    forms = " ".join(form.lower() for p in others for form in [p.name, *p.surfaces, *p.roles])
    return heard.lower_ not in re.findall(r"[a-z]+", forms)


def _speaks_in(d: Draft, speaker: Party) -> bool:
    if d.sender is speaker:
        return True
    return d.kind == "call" and speaker in d.recipients
