"""Extraction stage: communications, their parties, dates, replies, full texts; then quotes.

One public function, :func:`extract`, from the clean text and report metadata to an
:class:`~lettertrace.models.Extraction`. Reports with no communication cue skip spaCy; long
reports are read in windows (``windows.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .. import nlp
from ..models import CleanText, Extraction, Options, ReportMeta
from . import (
    calendar,
    embedded_posts,
    fulltext,
    headline_mismatch,
    posts,
    prefilter,
    quotes,
    roundups,
    telcon,
    windows,
)
from .also_replied import also_replied, followed_up
from .another import sent_another, similar_from_same, split_another
from .answered_appeal import add_answered_asker
from .as_did import add_did_likewise
from .body_signers import body_letters_signed
from .capitals import similar_to_capital
from .congratulated import to_the_congratulated
from .copies import add_copied, add_copies_in_texts
from .copular_acts import copular_acts
from .dating import build_mentions
from .descriptions import describe_parties
from .draft import Draft
from .each_caller import separate_calls
from .epithet_writer import epithet_writers
from .first_signer import first_signers, headed_and_signed, signatures_borne
from .greeted_list import greeted_members
from .greeted_writing import greeted_in_writing
from .greeting_read import greetings_read
from .heading_summaries import heading_writers
from .hosted import to_the_host
from .in_which import writers_in_which
from .index import PartyIndex
from .known_holders import filled_party, name_known_holders
from .listed import listed_parties
from .listed_recipients import listed_recipients
from .lists import add_appealed_to
from .many_to_many import roundup_pairs
from .meeting_hands import carried_to_meeting, handed_at_meeting
from .merge import fold_headlines, merge_drafts, valid
from .merge_listed import fold_group_acts, spread_group_acts
from .numbered_entries import calendar_entries
from .other_side import thanks_to_the_thanked, to_the_other_side
from .parties_used import _parties_used, used_names
from .place_lists import split_by_place
from .previous import earlier_letters
from .reply_offices import reply_writers
from .roundup_voices import roundup_voices
from .sent_ones import sent_ones
from .series import exchanges_told_in_detail
from .signed import name_office_holders, sign_offices
from .similar_roundup import similar_to_those
from .state_addressees import to_the_state_person
from .stranded_sending import sent_after_written
from .triggers import DraftFinder
from .untold_answers import mark_untold_answers
from .writer_clauses import add_asked_by_writer, answered_by_the_reply
from .written_replies import written_replies
from .your_letter import your_letters, your_letters_answered

__all__ = ["Candidate", "Trace", "extract"]


@dataclass(frozen=True)
class Candidate:
    """One trigger as the first steps saw it, for measuring where a communication is lost."""

    kind: str
    trigger: str
    start: int
    sender: str | None
    recipients: tuple[str, ...]
    sentence: tuple[int, int]


@dataclass
class Trace:
    """What each step produced for one report (filled only when a trace is asked for)."""

    prefiltered_out: bool = False
    candidates: list[Candidate] = field(default_factory=list)
    merged: list[Candidate] = field(default_factory=list)
    kept: list[Candidate] = field(default_factory=list)


def _candidates(drafts: list[Draft]) -> list[Candidate]:
    return [
        Candidate(
            d.kind,
            d.trigger.text,
            d.trigger.idx,
            d.sender.name if d.sender is not None else None,
            tuple(r.name for r in d.recipients),
            d.sentences[0] if d.sentences else (d.trigger.idx, d.trigger.idx),
        )
        for d in drafts
    ]


def extract(clean: CleanText, meta: ReportMeta, options: Options, trace: Trace | None = None) -> Extraction:
    """All communications, quotes, paraphrases and demands stated in one report.

    Steps: prefilter -> parse -> in-report mentions (PartyIndex) -> triggers with their arguments
    (DraftFinder) -> full texts -> merge -> validity -> dates and replies -> quotes. Pass a
    :class:`Trace` to see what each step produced (benchmarks/trigger_recall.py uses it). A report
    longer than :data:`windows.WINDOW_CHARS` goes through these steps one window at a time.
    """
    spans = windows.windows(clean.text)
    if len(spans) == 1:
        return _extract_text(clean.text, meta, options, trace)
    joined, traces = windows.Joined(), []
    for start, end in spans:
        part_trace = Trace() if trace is not None else None
        window = clean.text[start:end]
        joined.add(start, _extract_text(window, windows.window_meta(meta, start, end), options, part_trace))
        traces.append((start, part_trace))
    if trace is not None:
        _join_traces(trace, traces)
    return joined.extraction()


def _join_traces(trace: Trace, parts: list[tuple[int, Trace | None]]) -> None:
    def moved(cs: list[Candidate], by: int) -> list[Candidate]:
        return [replace(c, start=c.start + by, sentence=(c.sentence[0] + by, c.sentence[1] + by)) for c in cs]

    found = [(start, t) for start, t in parts if t is not None]
    trace.prefiltered_out = all(t.prefiltered_out for _, t in found)
    trace.candidates = [c for start, t in found for c in moved(t.candidates, start)]
    trace.merged = [c for start, t in found for c in moved(t.merged, start)]
    trace.kept = [c for start, t in found for c in moved(t.kept, start)]


def _extract_text(text: str, meta: ReportMeta, options: Options, trace: Trace | None) -> Extraction:
    """The steps of :func:`extract` on one text (a whole report or one window of it)."""
    if options.prefilter and not prefilter.has_cue(text):
        if trace is not None:
            trace.prefiltered_out = True
        return Extraction()
    doc = nlp.parse(text, options.spacy_model)
    doc.user_data["lettertrace_author"] = meta.author  # the "I" of an opinion piece, outside quotes
    doc.user_data["lettertrace_outlet"] = meta.outlet  # a masthead in capitals names no one (mastheads.py)
    idx = PartyIndex(doc)
    finder = DraftFinder(doc, idx, meta)
    drafts = finder.run()
    epithet_writers(idx, drafts)  # 'In his answer, the former prime minister told A': the one 'his' names
    your_letters(idx, drafts)  # '"... expressed in your letter"', A told B: B's letter to A
    writers_in_which(idx, drafts)
    split_by_place(drafts, idx)
    split_another(idx, drafts)
    sent_another(idx, drafts)
    add_did_likewise(idx, drafts)  # "A sent a message to B, as did C"
    similar_from_same(drafts)  # "A similar letter was issued to C"
    similar_to_capital(drafts)  # "Similar messages reached B's capital from C and D": to B
    drafts.extend(
        similar_to_those(drafts)
    )  # "A sent cables to B, C and D. E sent similar cables to the three"
    drafts.extend(sent_ones(finder, drafts))  # "A sent a message to B, and C sent one to D"
    drafts.extend(posts.posted_calls(doc, idx, drafts))
    drafts.extend(embedded_posts.post_blocks(doc, idx, meta.published))  # 'A @handle · May 21' over the post
    drafts.extend(calendar.calendar_heads(doc, idx, drafts))
    drafts.extend(calendar_entries(doc, idx, drafts))  # "112. Sir A B to C." under "Jan. 12/22. Paris."
    drafts.extend(telcon.telephone_records(doc, idx, drafts))  # "Memorandum of Telephone Conversation"
    drafts.extend(listed_parties(doc, idx, drafts))
    drafts.extend(roundups.roundup_senders(doc, idx, drafts))
    drafts.extend(roundup_voices(doc, idx, drafts))  # "Leaders sent messages to B. A affirmed that B ..."
    drafts.extend(roundup_pairs(doc, idx, drafts))  # "Leaders sent messages to leaders. A congratulated B"
    drafts.extend(also_replied(doc, idx, drafts))  # "A wrote to B ... He also replied to C"
    drafts.extend(written_replies(doc, idx, drafts))  # "A replied in writing to B"
    drafts.extend(separate_calls(doc, idx, drafts))  # "A and C, in separate calls to B, said"
    drafts.extend(copular_acts(doc, idx, drafts))  # "A's first engagement was a call with B"
    followed_up(drafts)  # "A wrote to B ... A followed up with a note to C": another act
    drafts.extend(greeted_in_writing(doc, idx, drafts))  # "A congratulated B, writing that ..."
    drafts.extend(
        listed_recipients(doc, idx, drafts)
    )  # "A sent messages to leaders. Among the recipients were B"
    roundups.roundup_addressees(drafts)
    roundups.calls_in_roundup(drafts)  # "B received a stream of calls ... A was among the first to call"
    greeted_members(doc, idx, drafts)  # "A sent telegrams to the leaders of X. He congratulated B, C and D"
    add_copied(drafts, idx)
    add_appealed_to(doc, idx, drafts)
    add_asked_by_writer(idx, drafts)  # "a letter sent by A, who asked B for ..."
    answered_by_the_reply(drafts)  # "In a reply addressed to A, who organised the March letter, B said"
    add_answered_asker(doc, idx, drafts)  # "A has replied to B's appeal. In a letter, A promised ..."
    texts = fulltext.find_full_texts(doc, idx, drafts, meta)
    add_copies_in_texts(doc, idx, drafts)
    sign_offices(doc, idx, drafts)
    first_signers(idx, drafts)  # "a joint letter to B, which was signed first by A"
    signatures_borne(idx, drafts)  # "The letter bears the signatures of A, C and D"
    headed_and_signed(idx, drafts)  # "The letter is headed by A and co-signed by C and D"
    body_letters_signed(idx, drafts)  # "The board wrote to B. The letter, signed by its chairman A, ..."
    name_office_holders(idx, drafts)
    heading_writers(
        idx, drafts
    )  # "Letter dated ... from the Permanent Representative of X" over "Ambassador A writes"
    roundups.series_addressees(drafts)  # "A, B and C sent messages to D ... E, in his message, said"
    reply_writers(drafts)  # "A wrote to B. In a reply telegram, the Head of State thanked A": B replied
    to_the_host(doc, idx, drafts)  # "A received C. The guest handed over a letter from B": to A
    to_the_state_person(drafts)  # "A's telegram, sent to Kessel" ... "the Norland President B thanked A"
    to_the_other_side(drafts)
    to_the_congratulated(doc, idx, drafts)
    greetings_read(doc, idx, drafts)  # 'A congratulated B. The message reads: "..."'
    handed_at_meeting(idx, drafts)  # 'A met with B and hand-delivered a letter'
    carried_to_meeting(idx, drafts)  # 'During the meeting with B, C delivered a message from A'
    sent_after_written(idx, drafts)  # 'the letter written by A and sent to him'
    your_letters_answered(idx, drafts)  # '"Thank you for your letter," said A in the letter' (to B)
    thanks_to_the_thanked(drafts)
    earlier_letters(drafts)  # "the request followed a previous letter, which is withdrawn"
    title_senders = [d.sender for d in drafts if d.from_title and d.sender is not None and not d.answered]
    if trace is not None:
        trace.candidates = _candidates(drafts)
    drafts = fold_group_acts(
        fold_headlines(merge_drafts(spread_group_acts(exchanges_told_in_detail(drafts))))
    )
    if trace is not None:
        trace.merged = _candidates(drafts)
    drafts = [d for d in drafts if valid(d)]
    if trace is not None:
        trace.kept = _candidates(drafts)
    flags = headline_mismatch.headline_flags(drafts, meta, title_senders)
    mark_untold_answers(drafts)  # "A wrote back to B": to an act another report may tell
    comms = build_mentions(doc, drafts, meta)
    qs, paras, demands = quotes.extract_quotes(doc, idx, drafts, texts)
    describe_parties(idx, used_names(drafts, qs, paras))  # "the Norland leader" of a party named
    parties = _parties_used(idx, drafts, qs, paras)
    comms, held = name_known_holders(comms, text)  # "addressed to the Secretary-General" in March 2019
    if held:
        parties = list({q.name: q for q in (filled_party(p, held) for p in parties)}.values())
        qs = [replace(q, speaker=filled_party(q.speaker, held)) if q.speaker else q for q in qs]
    return Extraction(
        communications=tuple(comms),
        quotes=tuple(qs),
        paraphrases=tuple(paras),
        demands=tuple(demands),
        flags=tuple(flags),
        parties=tuple(parties),
    )
