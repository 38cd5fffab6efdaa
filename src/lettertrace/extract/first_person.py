"""The "I" outside quotes: the speaker a transcript's label names ("The Minister (Ms A): I wrote to the
Secretary of State"), or else the author an opinion piece's byline names ("By A ... Last year I wrote
to the minister")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .honoured import is_honorific
from .mentions import Party

if TYPE_CHECKING:
    from .coref import InReportResolution

# A speaker's label opening a line of a transcript: "Ms A:", "The Minister (Ms A):", "MR. A:".
# Or a line of its own ("Answer by the Minister for Health, Ms A:"), whose turn is the paragraphs after it.
LABEL = re.compile(  # (a podcast's transcript may open each turn with its time: "[00:01:11] A B: ...")
    r"^(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]+)?(?P<label>[A-Z][^\n:\"“]{1,120}?)(?:\s*\(\d{1,2}[:.]\d{2}\))?:(?:[ \t]+(?=\S)|[ \t]*$)",
    re.M,
)
# (a record's turn may give its time after the label: "Mr A (Minister for Water) (12:04): ...")
# The introduction of a text reproduced below it: "The following is the translation of the speech delivered
# by A", "Below is the full text of the address by A".
FOLLOWING = re.compile(r"^(?:The following is|Below is|What follows is)\b[^\n]*\bby\b[^\n]*$", re.M)
# A written answer's header line: "Answered by A, Minister for Transport, on 16 June 2021".
ANSWERED = re.compile(r"^(?P<label>Answered by [A-Z][^\n,]{2,60})(?:,[^\n]*)?$", re.M)
# "Answer by A", "Reply from the Minister, A", "Statement by A": a heading that names who speaks after 'by'.
BY = re.compile(r"\b(?:by|from)\s+(?=[A-Z]|the\s)")
BRACKETED = re.compile(r"\(([^()]+)\)\s*$")
# A member's label in a parliament's record: the name, then the seat and the party in brackets.
MEMBER = re.compile(r"^([^()]+?)\s*\([^()]+\)\s*\([^()]{1,12}\)\s*$")
# Verbs of the reporter's own work, whose "I" is no party ("I called the ministry for comment").
REPORTER_VERBS = ("call", "phone", "telephone", "ring", "speak", "talk", "reach", "contact")


def labelled_self(idx: InReportResolution, tok: Token) -> Party | None:
    """'The Minister (Ms A): ... I wrote to B': outside quotes, the 'I' of a transcript's turn is the
    speaker its label names. A turn runs from its label to the next one; where the report has a single
    label ("A: Deeply saddened by ...", a post quoted under a name), only that paragraph is its turn."""
    spans = idx.doc.user_data.get("lettertrace_quotes", {}).get("spans", [])
    if any(q.start <= tok.idx < q.end for q in spans):
        return None
    turns = idx.doc.user_data.get("lettertrace_turns")
    if turns is None:
        turns = idx.doc.user_data["lettertrace_turns"] = _turns(idx)
    who = None
    for start, end, key in turns:
        if start <= tok.idx < end:
            who = idx.parties[key] if key is not None else None
    if who is not None:
        idx.tok2party[tok.i] = who.key
    return who


def _turns(idx: InReportResolution) -> list[tuple[int, int, int | None]]:
    """(start, end, party key or None) of each labelled turn, in text order."""
    doc, text = idx.doc, idx.doc.text
    labels: list[tuple[int, Span | None, str]] = []  # start, the name's words, the role written before it
    lines: set[int] = set()  # starts of the labels written as a line of their own
    found_labels = sorted([*LABEL.finditer(text), *ANSWERED.finditer(text)], key=lambda m: m.start())
    for m in found_labels:
        if text[m.end() : m.end() + 1] in ("\n", "") or m.re is ANSWERED:
            lines.add(m.start())
        label = doc.char_span(m.start("label"), m.end("label"), alignment_mode="contract")
        member = MEMBER.match(m.group("label"))  # "A B (Westmoor South) (Con)": a member, seat and party
        if member is not None and label is not None:
            label = doc.char_span(
                label.start_char, label.start_char + member.end(1), alignment_mode="contract"
            )
        if label is None or label[-1].ent_type_ in ("GPE", "DATE", "TIME", "ORG", "NORP"):
            labels.append((m.start(), None, ""))  # "KUWAIT:", "Source:": a heading, which ends a turn
            continue
        bracket = None if member is not None else BRACKETED.search(m.group("label"))
        name: Span | None = label
        role = ""
        if bracket is not None:  # "The Minister (Ms A)": the name in brackets, the role before them
            at = m.start("label")
            name = doc.char_span(at + bracket.start(1), at + bracket.end(1), alignment_mode="contract")
            role = text[at : at + bracket.start()].strip()
            before = doc.char_span(at, at + len(role), alignment_mode="contract") if role else None
            if name is not None and before is not None and not _name_like(name) and _name_like(before):
                name, role = (
                    before,
                    bracket.group(1),
                )  # "Mr A (Minister for Water)": a record's name, its office
        if not _label_words(role or m.group("label")):
            continue  # "I received her reply ... and I quote:": a sentence, no label
        if name is None:
            labels.append((m.start(), None, ""))
            continue
        by = _named_by(name, role or label.text.strip())
        if by is not None:
            name, role = by
        named = _name_like(name) or _known_surname(idx, name)
        labels.append((m.start(), name if named else None, role if role else label.text.strip()))
    for m in FOLLOWING.finditer(text):  # "The following is the speech delivered by A": A's words below
        who = _speaker_by(doc, m.start(), m.end())
        if who is not None:
            labels.append((m.end(), who, ""))
            lines.add(m.end())
    labels.sort(key=lambda x: x[0])
    transcript = sum(1 for _s, n, _r in labels if n is not None and _s not in lines) >= 2
    roles: dict[str, int] = {}  # "The Chief Minister" -> the person an earlier label named with it
    found: list[tuple[int, int | None]] = []
    for start, name, role in labels:
        key = roles.get(role.lower()) if name is not None and name.text == role else None
        if key is None and name is not None:
            key = _speaker(idx, name, transcript)
        if key is not None and role:
            roles[role.lower()] = key
        elif key is None and name is None:
            key = roles.get(role.lower())
        found.append((start, key))
    out: list[tuple[int, int, int | None]] = []
    for n, (start, key) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(text)
        if not transcript and start not in lines:  # no transcript: a label speaks for its own paragraph only
            para = text.find("\n\n", start)
            end = min(end, para if para >= 0 else len(text))
        out.append((start, end, key))
    return out


def _speaker_by(doc: Doc, start: int, end: int) -> Span | None:
    """The person named after the first 'by' of a text's introduction ("the speech delivered last night by
    the Secretary-General of the Movement, Sheikh A (Abu B)": A)."""
    line = doc.char_span(start, end, alignment_mode="contract")
    by = next((t for t in line or () if t.lower_ == "by"), None)
    if line is None or by is None:
        return None
    return next((e for e in doc.ents if e.label_ == "PERSON" and by.i < e.start and e.end <= line.end), None)


def _named_by(label: Span, role: str) -> tuple[Span, str] | None:
    """'Answer by the Minister for Health, Clara Voss' -> ('Clara Voss', 'the Minister for Health');
    'Reply from Minister Clara Voss' -> the tagged name in it. None when the label names no one by 'by'."""
    m = BY.search(label.text)
    if m is None:
        return None
    doc, at = label.doc, label.start_char + m.end()
    who = doc.char_span(at, label.end_char, alignment_mode="contract")
    if who is None:
        return None
    comma = [t for t in who if t.text == ","]
    if comma:  # the name after the office's comma
        name = doc[comma[-1].i + 1 : who.end]
        return (name, doc[who.start : comma[-1].i].text.strip()) if len(name) else None
    persons = [t for t in who if t.ent_type_ == "PERSON"]
    if not persons:
        return who, role
    first = persons[0].i
    while first > who.start and doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    return doc[first : who.end], doc[who.start : first].text.strip() or role


def _label_words(label: str) -> bool:
    """A speaker's label is a name or an office, not a sentence: every word of four letters or more is
    capitalised ("The Cabinet Secretary for Rural Affairs", "MR. PRICE"; not "I received her reply"), or
    after a 'by' or 'from' of a short heading ("Written answer by the Minister for Health")."""
    by = BY.search(label)
    if by is not None and len(label[: by.start()].split()) <= 3:
        label = label[by.end() :]  # "Written answer by A", "Reply from A": the words of the one named
    words = re.findall(r"[^\W\d_]{4,}", label)
    return len(label.split()) <= 14 and all(w[:1].isupper() for w in words)


def _name_like(span: Span) -> bool:
    """A person's name as a label writes it: a tagged name, or two to five capitalised proper nouns
    ("Mairi Strachan"), or a title and a surname ("Mrs Quilliam", "MR. PRICE")."""
    words = [t for t in span if not t.is_punct]  # "Mr. A", "Ana Solberg-Aas"
    if not 1 <= len(words) <= 5 or any(not t.text[:1].isupper() for t in words):
        return False
    if any(t.ent_type_ == "PERSON" for t in words):
        return True
    titled = is_honorific(words[0].text)
    return len(words) >= 2 and (titled or all(t.pos_ == "PROPN" for t in words))


def _known_surname(idx: InReportResolution, span: Span) -> bool:
    """'VALDIVIESO:' after "Ignacio Valdivieso Errazuriz was foreign minister": an interview's label gives the
    one person the report names by a word of that name, often in capitals."""
    words = [t.text for t in span if not t.is_punct]
    return len(words) == 1 and words[0][:1].isupper() and idx._find_person(_unshouted(words[0])) is not None


def _unshouted(text: str) -> str:
    """A label written in capitals, as the report writes the name ("VALDIVIESO" -> "Valdivieso")."""
    return text.title() if text.isupper() and len(text) > 2 else text


def _speaker(idx: InReportResolution, name: Span, transcript: bool) -> int | None:
    """The person a label names: the one the report already holds, or (in a transcript) a new one."""
    tagged = [t for t in name if t.i in idx.tok2party and idx.parties[idx.tok2party[t.i]].ptype == "person"]
    if tagged:
        return idx.tok2party[tagged[-1].i]
    if not transcript:
        return None
    words = [t.text for t in name if not is_honorific(t.text)]
    if not words:
        return None
    text = _unshouted(" ".join(words))
    found = idx._find_person(text) or idx._new(text, "person", name.start)
    found.add_surface(name.text)
    return found.key


def byline_self(idx: InReportResolution, tok: Token) -> Party | None:
    """'By A ... Last year I wrote to the minister': outside quotes, the byline's author is the 'I'."""
    author = idx.doc.user_data.get("lettertrace_author")
    spans = idx.doc.user_data.get("lettertrace_quotes", {}).get("spans", [])
    if not author or any(q.start <= tok.idx < q.end for q in spans):
        return None
    if tok.head.lemma_.lower() in REPORTER_VERBS and tok.dep_ in ("nsubj", "nsubjpass"):
        return None  # "I called the ministry for comment": the reporter's own work (not "B phoned me")
    found = idx._find_person(author)
    if found is None:
        found = idx._new(author, "person", tok.i)
        found.add_surface(author)
    idx.tok2party[tok.i] = found.key
    return found
