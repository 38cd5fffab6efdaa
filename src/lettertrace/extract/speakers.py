"""Who said a quote: the subject of the speech verb that frames it, resolved to the report's parties.

"..., he said", "stressing, ...", "the letter read" (the letter's sender), "according to X",
"X's office said" (X), a colon frame ("X said:") or, for a headline, the sender of the letter
the headline reports.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import sent_number, sent_of, text_of
from .comma_names import left_subject
from .draft import Draft
from .in_which import relative_writer
from .index import PartyIndex
from .joint_voice import joint_writers
from .lexicon import noun_kind
from .mentions import ROLE_HEADS, Party
from .quotescan import QuoteSpan
from .speech_words import (
    GENERIC_ROLES,
    MEDIA_NOUNS,
    PERSONAL,
    PHASE_VERBS,
    SPEECH_VERBS,
    SPOKES_HEADS,
    WRITTEN_NOUNS,
)


def outlets(doc: Doc) -> set[str]:
    """Names the report uses for news outlets: next to a media noun ("the website X", "X newspaper"),
    interviewers ("in an interview with X", "told X" for an organisation), or reporters ("X reported")."""
    from ..meta import agencies

    out = {k for k in agencies()} | {v.lower() for v in agencies().values()}
    for t in doc:
        if t.pos_ != "PROPN":
            continue
        near = [t.head, *t.children]
        if t.i > 0:
            near.append(doc[t.i - 1])
        if any(n.lemma_.lower() in MEDIA_NOUNS for n in near if n.i != t.i):
            out.add(t.lower_)
        elif t.ent_type_ == "ORG" and (
            (t.head.lemma_ == "tell" and t.dep_ in ("dobj", "dative"))
            or (t.head.lemma_ == "report" and t.dep_ == "nsubj")
            or (t.head.lower_ == "with" and t.head.head.lower_ == "interview")
        ):
            out.add(t.lower_)
    return out


def _is_outlet(tok: Token, names: set[str]) -> bool:
    if tok.lemma_.lower() in MEDIA_NOUNS:
        return True
    return tok.pos_ == "PROPN" and tok.lower_ in names


def find_speaker(
    doc: Doc,
    idx: PartyIndex,
    drafts: list[Draft],
    qs: QuoteSpan,
    recent: Party | None = None,
    media: set[str] | None = None,
    last: Party | None = None,
) -> tuple[Party | None, str, Token | None]:
    """The speaker of a quote, the cue that names it and the token of that cue. ``recent``: the
    speaker a pronoun refers to here (the previous quote's); ``media``: the report's outlet names;
    ``last``: the previous quote's speaker, whatever lies between ("the official added")."""
    sents = frame_sentences(doc, qs)
    inside = range(qs.open_at, qs.close_at + 1)
    verbs = [t for s in sents for t in s if t.idx not in inside and _speech_verb(t) and _frames(t, qs)]
    verbs.sort(key=lambda t: abs(t.idx - qs.open_at))
    relayed = False
    for v0 in verbs:
        outer = _outer_speech(v0)
        if outer.idx > qs.close_at and v0.idx < qs.open_at:
            outer = v0  # 'Y said "...", the agency said': the source named after the words relays Y's
        # "Witnesses told X that Y pointed out '...'": an unnamed outer speaker relays Y's words.
        for v in [outer, v0] if outer is not v0 else [v0]:
            subj = _subject(v)
            if subj is not None and _is_outlet(subj, media or set()):
                relayed = True  # "..., the agency added": the outlet relays someone else's words
                continue
            if subj is not None and (recent or last) is not None and _same_role_again(subj):
                return recent or last, v.lemma_, v  # '"...," an official said. "...," the official added.'
            pronoun = subj is not None and subj.lower_ in PERSONAL and subj.lower_ not in ("they", "we")
            named = _named_just_before(doc, idx, drafts, qs) if pronoun else None
            if named is not None and named.ptype == "person":  # 'X thanked voters. "...," she wrote': X
                d = draft_before(drafts, qs.open_at)  # but 'B got a letter from A. "...," he wrote': A
                told = d is not None and v.lemma_ == "write" and sent_number(d.trigger) >= sent_number(v) - 1
                return (_letter_writer(drafts, named, qs.open_at) if told else named), v.lemma_, v
            if subj is not None and subj.lower_ == "they" and (joint := joint_writers(drafts, qs.open_at, v)):
                return joint, v.lemma_, v  # '"...," they wrote' after A and B wrote: their letter's voice
            if subj is not None and subj.lower_ in PERSONAL and recent is not None:
                if recent.ptype == "person" or subj.lower_ in ("they", "we"):
                    return recent, v.lemma_, v  # "..., he added" after X's words: X
            p = subject_party(doc, idx, drafts, v)
            if p is not None and v.lemma_ == "write" and subj is not None and subj.lower_ in PERSONAL:
                p = _letter_writer(drafts, p, qs.open_at)
            if p is not None:
                return p, v.lemma_, v
    if relayed:
        p, tok = _clause_subject(doc, idx, drafts, qs)
        if p is not None:
            return p, "relayed", tok
    for s in sents:
        for t in s:
            if t.idx in inside:
                continue
            noun = misread_reads(t)
            if noun is not None:
                p = _speaker_of(idx, drafts, noun)
                if p is not None:
                    return p, "read", t
            obj = _according_to(t)
            if obj is not None and not _is_outlet(obj, media or set()):
                p = _speaker_of(idx, drafts, obj)
                if p is not None:
                    return p, "according to", t
    return _fallback_speaker(doc, idx, drafts, qs, sents)


def _letter_writer(drafts: list[Draft], p: Party, offset: int) -> Party:
    """'..., he wrote' after the account of a letter from A to B, with 'he' read as B: B was sent the
    letter and the report tells of nothing B wrote, so the words are A's."""
    d = draft_before(drafts, offset)
    if d is None or d.sender is None or d.sender.ptype != "person" or p not in d.recipients:
        return p
    if any(e.sender is p and e.kind != "call" for e in drafts):
        return p  # B wrote too: 'he' may be B
    return d.sender


def misread_reads(t: Token) -> Token | None:
    """'the message read', 'her note read:' parsed as one noun phrase ('read' a noun, the written noun
    its modifier): the written noun that reads the words."""
    if t.lower_ not in ("read", "reads") or t.pos_ in ("VERB", "AUX"):
        return None
    return next(
        (c for c in t.children if c.dep_ in ("compound", "nsubj") and c.lemma_.lower() in WRITTEN_NOUNS), None
    )


def _subject(v: Token) -> Token | None:
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _frames(v: Token, qs: QuoteSpan) -> bool:
    """A speech verb inside a noun's modifier ("evident from the fact that X had declared ...") does
    not frame a quote outside its own clause."""
    if any(qs.open_at <= t.idx <= qs.close_at for t in v.subtree):
        return True
    edge = v.right_edge
    if text_of(v.doc)[edge.idx + len(edge) : qs.open_at].strip() == ":" and (
        v.lemma_.lower() == "tell" or not any(c.dep_ == "dobj" for c in v.children)
    ):
        return True  # 'a speech in which he told the guests: "..."' (not 'by which time X declared war:')
    a = v
    for _ in range(6):
        if a.dep_ in ("acl", "relcl") or (a.dep_ == "pcomp" and a.head.pos_ == "ADP"):
            return False
        if a.head.i == a.i:
            break
        a = a.head
    return True


def _outer_speech(v: Token) -> Token:
    """'X told Y that Z would insist "..."': the reported clause's verb is X's words, not Z's."""
    a = v
    for _ in range(3):
        if a.dep_ != "ccomp" or a.head.i == a.i:
            break
        a = a.head
        if _speech_verb(a) and _subject(a) is not None:
            return a
    return v


def _clause_subject(
    doc: Doc, idx: PartyIndex, drafts: list[Draft], qs: QuoteSpan
) -> tuple[Party | None, Token | None]:
    """The subject of the finite clause a quote sits in ("X extended the invitation '...', Y added")."""
    span = doc.char_span(qs.open_at, qs.open_at + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    t = span[0]
    for _ in range(12):
        if t.head.i == t.i:
            break
        t = t.head
        if t.idx < qs.open_at or t.idx > qs.close_at:
            if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") and _subject(t) is not None:
                return subject_party(doc, idx, drafts, t), t
    return None, None


def _named_just_before(doc: Doc, idx: PartyIndex, drafts: list[Draft], qs: QuoteSpan) -> Party | None:
    """The subject named (no pronoun) of the sentence right before the quote, in its paragraph."""
    first = doc.char_span(qs.open_at, qs.open_at + 1, alignment_mode="expand")
    if (
        not first
        or sent_of(first[0]).start == 0
        or text_of(doc)[sent_of(first[0]).start_char : qs.open_at].strip()
    ):
        return None  # only for a sentence that opens with the quote ('"...," she wrote')
    before = sent_of(doc[sent_of(first[0]).start - 1])
    if "\n" in text_of(doc)[before.start_char : qs.open_at] or _has_quote(before.text):
        return None
    subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    return None if subj is None or subj.pos_ == "PRON" else _speaker_of(idx, drafts, subj)


def previous_speaker(doc: Doc, idx: PartyIndex, drafts: list[Draft], offset: int) -> Party | None:
    """A quote with no frame of its own, right after a sentence of reported speech ("X told Y that
    ..." then the quote): X. Looks at the sentence before, in the same or the previous paragraph."""
    text = text_of(doc)
    first = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if first is None or len(first) == 0 or sent_of(first[0]).start == 0:
        return None
    sent = sent_of(first[0])
    if text[sent.start_char : offset].strip():
        return None  # words before the quote in its own sentence: not a free-standing quote
    before = sent_of(doc[sent.start - 1])
    if text[before.end_char : offset].count("\n") > 2 or _has_quote(
        text[before.start_char : before.end_char]
    ):
        return None
    root = before.root
    for v in [root, *[c for c in root.children if c.dep_ == "conj"]]:
        if _speech_verb(v) and any(c.dep_ in ("ccomp", "dobj", "dative") for c in v.children):
            p = subject_party(doc, idx, drafts, v)
            if p is not None:
                return p
    for t in before:  # "But first comes forgiveness, according to X." then X's words
        obj = _according_to(t)
        if obj is not None:
            return _speaker_of(idx, drafts, obj)
    return None


def _has_quote(s: str) -> bool:
    return any(c in s for c in '"“”«»„')


def _according_to(t: Token) -> Token | None:
    """'according to X', 'in the words of X', 'in his words' -> the token naming X."""
    if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
        return next((c for c in t.nbor(1).children if c.dep_ == "pobj"), None)
    if t.lower_ == "words" and t.head.lower_ == "in":
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            return next((c for c in of.children if c.dep_ == "pobj"), None)
        return next((c for c in t.children if c.dep_ == "poss"), None)
    return None


def _fallback_speaker(
    doc: Doc,
    idx: PartyIndex,
    drafts: list[Draft],
    qs: QuoteSpan,
    sents: list,  # type: ignore[type-arg]
) -> tuple[Party | None, str, Token | None]:
    """A quote introduced by a colon, or embedded in a sentence without a speech verb: the sentence's subject;
    a headline quote: the sender of the letter the headline reports."""
    if not sents:
        return None, "", None
    sent = sents[0]
    lead = text_of(doc)[sent.start_char : qs.open_at].rstrip()
    if lead.endswith(":") or (lead and not lead.endswith((".", "!", "?"))):
        root = sent.root
        p = (
            subject_party(doc, idx, drafts, root)
            if root.idx not in range(qs.open_at, qs.close_at + 1)
            else None
        )
        if p is not None:
            return p, "frame subject", root
    text = text_of(doc)
    # A headline is one line, however the splitter cut it ("A Letter To B 'Don't ...'").
    start = 0 if "\n" not in text[: qs.open_at] else sent.start_char
    title = [
        d
        for d in drafts
        if d.sender is not None
        and (
            any(s0 == sent.start_char for s0, _ in d.sentences)
            or (
                d.trigger.pos_ in ("NOUN", "PROPN")
                and min(start, sent.start_char) <= d.trigger.idx < qs.open_at
            )
        )
    ]
    if title:
        return title[0].sender, "headline", title[0].trigger
    return None, "", None


def frame_sentences(doc: Doc, qs: QuoteSpan) -> list:  # type: ignore[type-arg]
    first = doc.char_span(qs.open_at, qs.open_at + 1, alignment_mode="expand")
    last = doc.char_span(
        max(qs.close_at, qs.open_at), max(qs.close_at, qs.open_at) + 1, alignment_mode="expand"
    )
    if first is None or len(first) == 0:
        return []
    sents = [sent_of(first[0])]
    if last is not None and len(last) and sent_of(last[0]) != sents[0]:
        sents.append(sent_of(last[0]))
    nxt_i = sents[-1].end
    if nxt_i < len(doc):
        nxt = sent_of(doc[nxt_i])
        if len(nxt) <= 8 and "\n" not in text_of(doc)[qs.close_at : nxt.start_char]:
            sents.append(nxt)  # '“...,” \n he said.' split by the sentence splitter
    if text_of(doc)[sents[0].start_char : qs.open_at].strip() == "" and sents[0].start > 0:
        before = sent_of(doc[sents[0].start - 1])
        if before.text.rstrip().endswith(":") and text_of(doc)[before.end_char : qs.open_at].count("\n") <= 2:
            sents.insert(0, before)  # 'X said:' then the quote as its own paragraph
    return sents


def _speech_verb(t: Token) -> bool:
    lem = t.lemma_.lower()
    if lem not in SPEECH_VERBS or t.pos_ not in ("VERB", "AUX"):
        return False
    if lem == "call" and any(c.lower_ in ("for", "on") for c in t.children):
        return False
    if lem == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
        return True  # "pointed out (that)", whatever the parser made of "that"
    if lem in PHASE_VERBS and any(c.dep_ in ("xcomp", "dobj") for c in t.children):
        return False  # "continue to maintain", "open the door"
    return True


def subject_party(doc: Doc, idx: PartyIndex, drafts: list[Draft], verb: Token) -> Party | None:
    v = verb
    for _ in range(4):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _speaker_of(idx, drafts, c)
        if v.dep_ in ("advcl", "conj", "xcomp", "ccomp", "pcomp") and v.head.i != v.i:
            v = v.head
        else:
            break
    subj = left_subject(verb)
    return _speaker_of(idx, drafts, subj) if subj is not None else None


def _speaker_of(idx: PartyIndex, drafts: list[Draft], tok: Token) -> Party | None:
    kind = noun_kind(tok) if tok.pos_ == "NOUN" else None
    if kind or tok.lower_ == "it" or tok.lemma_.lower() in WRITTEN_NOUNS:
        signer = _signed_by(idx, tok) or _signed_by(idx, _antecedent(tok))
        if signer is not None:
            return signer  # "the letter, signed by X, read"; "a note from X ... the note warned"
        d = draft_before(drafts, tok.idx, tok.lemma_.lower())
        return d.sender if d is not None else None
    if (writer := relative_writer(drafts, tok)) is not None:
        return writer  # "B's reply, in which he writes": the reply's writer
    if tok.lemma_.lower() in SPOKES_HEADS:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None:
            return _speaker_of(idx, drafts, owner)  # "Lula's office said": Lula's words
    p = _included(idx, drafts, tok) or idx.party_at(tok)  # "members of X, including A": A speaks
    if p is None:
        p = _spoken_for(idx, tok)
    if p is None:
        role = next((c for c in tok.children if c.dep_ == "compound" and c.lower_ in ROLE_HEADS), None)
        if role is not None:
            p = idx.party_at(role)  # "the president-elect"
    if p is None and tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "DATE", "NORP", "LOC"):
        p = _described(idx, tok) or idx.named_person(tok)
    elif (
        p is None and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ROLE_HEADS and tok.tag_ != "NNS"
    ):
        generic = tok.lemma_.lower() in GENERIC_ROLES and any(c.lower_ == "the" for c in tok.children)
        p = (idx.salient_person(tok.i) if generic else None) or idx.new_role_party(tok)
    if p is not None and tok.i not in idx.tok2party:
        idx.note_mention(tok, p, True)
    return p


def _same_role_again(subj: Token) -> bool:
    """'the official', 'the spokesman': the same unnamed speaker as the quote just before."""
    lem = subj.lemma_.lower()
    return (
        subj.pos_ == "NOUN"
        and (lem in GENERIC_ROLES or lem in SPOKES_HEADS)
        and any(c.lower_ in ("the", "this", "that") for c in subj.children)
        and not any(c.dep_ in ("poss", "compound", "prep") for c in subj.children)
    )


def _included(idx: PartyIndex, drafts: list[Draft], tok: Token) -> Party | None:
    """'Several members of the committee, including A, urged ...': the one named member speaks."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            named = [g for g in c.children if g.dep_ == "pobj"]
            if len(named) == 1 and not any(g.dep_ == "conj" for g in named[0].children):
                return idx.party_at(named[0])
    return None


def _spoken_for(idx: PartyIndex, tok: Token) -> Party | None:
    """'a senior Foreign Ministry official said': an unnamed official speaks for the organisation."""
    if tok.lemma_.lower() not in GENERIC_ROLES | SPOKES_HEADS or tok.pos_ != "NOUN":
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return None
    near = [c for c in tok.children if c.dep_ == "compound"]
    near += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    for c in near:
        p = idx.party_at(c)
        if p is not None and p.ptype == "org":
            return p
    return None


def _described(idx: PartyIndex, tok: Token) -> Party | None:
    """'the Grand Mufti' (a capitalised title without a name) -> the person the report gave that title."""
    if (
        any(c.lower_ in ("the", "this") for c in tok.children)
        or tok.i > 0
        and tok.doc[tok.i - 1].lower_ == "the"
    ):
        p = idx.resolve_role(tok)
        if p is not None and p.ptype == "person":
            return p
        words = {w.lower() for w in tok.doc[tok.left_edge.i : tok.i + 1].text.split() if w[:1].isupper()}
        for q in idx.live():
            if (
                q.ptype == "person"
                and words
                and any(words <= {w.lower() for w in r.split()} for r in q.roles)
            ):
                return q
    return None


def _antecedent(tok: Token) -> Token | None:
    """'the note' -> the last 'note' before it, when this one is definite."""
    if not any(c.lower_ in ("the", "this", "that") for c in tok.children):
        return None
    lem = tok.lemma_.lower()
    return next((t for t in reversed(tok.doc[: tok.i]) if t.lemma_.lower() == lem and t.pos_ == "NOUN"), None)


def _signed_by(idx: PartyIndex, tok: Token | None) -> Party | None:
    """'the letter, signed by X', 'the message from X', 'X's letter' -> X."""
    if tok is None:
        return None
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "his", "her", "their"):
            return idx.party_at(c)
        if c.dep_ == "acl" and c.lemma_ in ("sign", "send", "write", "pen"):
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None:
                return idx.party_at(obj)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "from" and nxt.dep_ == "prep":  # attached to the noun or its verb
        obj = next((g for g in nxt.children if g.dep_ == "pobj"), None)
        if obj is not None:
            return idx.party_at(obj)
    return None


def draft_before(drafts: list[Draft], offset: int, noun: str | None = None) -> Draft | None:
    """The written communication most recently reported before ``offset``; one whose trigger is the
    same noun ("the note" -> the note, not a letter reported later) comes first."""
    best = None
    for d in drafts:
        if d.kind == "call":
            continue
        if any(s <= offset for s, _ in d.sentences):
            if best is None or max(s for s, _ in d.sentences if s <= offset) > max(
                s for s, _ in best.sentences if s <= offset
            ):
                best = d
    if noun is not None and best is not None and best.trigger.lemma_.lower() != noun:
        same = [
            d
            for d in drafts
            if d.kind != "call" and d.trigger.lemma_.lower() == noun and d.trigger.idx < offset
        ]
        if same:
            return max(same, key=lambda d: d.trigger.idx)
    return best
