"""Quotes, their speakers and letters; demands. Invented reports about made-up leaders only."""

from __future__ import annotations

from pathlib import Path

import pytest

from lettertrace.export.register_data import register_dict
from lettertrace.extract.quotes import MIN_QUOTE_WORDS
from lettertrace.ingest import ingest_files
from lettertrace.models import Options, ProcessedReport, Quote, RawReport
from lettertrace.pipeline import process_report
from lettertrace.store import open_store

DATELINE = "Freeport, 14 March 2024 -"


def run(text: str, prefilter: bool = False) -> ProcessedReport:
    # prefilter off by default: several of these reports hold quotes but no communication cue
    raw = RawReport(source="invented.txt", sha256="0" * 64, raw_text=text, fmt="txt")
    return process_report(raw, Options(prefilter=prefilter))


def report(*paragraphs: str, headline: str = "Freedonia and Sylvania trade words over dam") -> str:
    return "\n\n".join([headline, DATELINE, *paragraphs]) + "\n"


def quote_starting(rep: ProcessedReport, words: str) -> Quote:
    found = [q for q in rep.extraction.quotes if q.text.startswith(words)]
    assert len(found) == 1, [q.text for q in rep.extraction.quotes]
    return found[0]


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def letter_index(rep: ProcessedReport, sender: str) -> int:
    idx = [
        i
        for i, c in enumerate(rep.extraction.communications)
        if c.kind == "letter" and c.sender is not None and c.sender.name == sender
    ]
    assert len(idx) == 1, rep.extraction.communications
    return idx[0]


# ---------------------------------------------------------------- speakers by cue


def test_speaker_of_trailing_said_and_colon_said() -> None:
    rep = run(
        report(
            '"We will never allow the river to run dry for our farmers," President Alma Verhoeven said on Tuesday.',
            'Prime Minister Tomas Kettle said: "Sylvania has every right to build on its own land and will do so."',
        )
    )
    first = quote_starting(rep, "We will never allow")
    assert first.text == "We will never allow the river to run dry for our farmers,"
    assert (speaker(first), first.cue) == ("Alma Verhoeven", "say")
    second = quote_starting(rep, "Sylvania has every right")
    assert speaker(second) == "Tomas Kettle"
    # the span covers exactly the words inside the quotation marks
    for q in (first, second):
        assert rep.clean.text[q.span.start : q.span.end] == q.text
        assert not q.citation


def test_speaker_of_adding() -> None:
    rep = run(
        report(
            "Prime Minister Tomas Kettle opened the dam site to visitors on Monday.",
            "President Alma Verhoeven criticised the timing of the project, adding, "
            '"Nobody in Freeport was told about the dam before the concrete was poured."',
        )
    )
    q = quote_starting(rep, "Nobody in Freeport")
    assert (speaker(q), q.cue) == ("Alma Verhoeven", "add")


def test_speaker_of_according_to() -> None:
    rep = run(
        report(
            "President Alma Verhoeven has asked for the work to stop.",
            '"The dam will be finished before the summer rains arrive," according to Prime Minister Tomas Kettle.',
        )
    )
    q = quote_starting(rep, "The dam will be finished")
    assert (speaker(q), q.cue) == ("Tomas Kettle", "according to")


def test_pronoun_resolves_to_the_last_subject() -> None:
    rep = run(
        report(
            "President Alma Verhoeven has demanded that work on the dam stop. Prime Minister Tomas Kettle "
            'rejected the demand on Monday. He added, "Every drop that flows through the turbines will also '
            'reach Freedonia."'
        )
    )
    q = quote_starting(rep, "Every drop")
    assert (speaker(q), q.cue) == ("Tomas Kettle", "add")


def test_pronoun_she_after_a_named_subject() -> None:
    rep = run(
        report(
            "Chancellor Ida Ostrova of Borduria arrived in Freeport on Tuesday for a two-day visit.",
            'Ostrova praised the farmers. She added, "The people of the valley deserve water, not promises '
            'from their leaders."',
        )
    )
    assert speaker(quote_starting(rep, "The people of the valley")) == "Ida Ostrova"


def test_role_resolves_to_the_named_holder() -> None:
    rep = run(
        report(
            "President Alma Verhoeven arrived in Marrow on Monday. "
            '"Our patience with the builders of this dam is not endless," the president said.'
        )
    )
    q = quote_starting(rep, "Our patience")
    assert speaker(q) == "Alma Verhoeven"


def test_split_quote_parts_share_the_speaker() -> None:
    rep = run(
        report(
            '"We have waited long enough for an answer from Sylvania," President Alma Verhoeven said, '
            '"and our farmers cannot wait another season."'
        )
    )
    texts = [q.text for q in rep.extraction.quotes]
    assert texts == [
        "We have waited long enough for an answer from Sylvania,",
        "and our farmers cannot wait another season.",
    ]
    assert [speaker(q) for q in rep.extraction.quotes] == ["Alma Verhoeven", "Alma Verhoeven"]


STANDALONE = (
    "President Alma Verhoeven spoke to farmers in Marrow on Monday. "
    '"The river belongs to all of us, on both banks, and always will," she said.',
    '"We will not rest until the water flows freely again through every village in the valley."',
)


def test_standalone_quote_paragraph_continues_the_previous_speaker() -> None:
    rep = run(report(*STANDALONE, "The dam is due to open in June."))
    q = quote_starting(rep, "We will not rest")
    assert (speaker(q), q.cue) == ("Alma Verhoeven", "continuation")


def test_standalone_quote_is_not_attributed_across_the_next_paragraph_break() -> None:
    rep = run(report(*STANDALONE, "Kettle has not replied."))
    assert speaker(quote_starting(rep, "We will not rest")) == "Alma Verhoeven"


def test_apostrophes_do_not_split_quotes() -> None:
    rep = run(
        report(
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday.",
            "\"Sylvania's engineers don't understand the river's moods, and we are 'neighbours' first,\" "
            "Verhoeven wrote.",
        )
    )
    assert [q.text for q in rep.extraction.quotes] == [
        "Sylvania's engineers don't understand the river's moods, and we are 'neighbours' first,"
    ]
    assert speaker(rep.extraction.quotes[0]) == "Alma Verhoeven"


# ---------------------------------------------------------------- quotes and letters


def test_quote_from_the_letter_is_linked_but_meeting_and_interview_quotes_are_not() -> None:
    rep = run(
        report(
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday about the dam.",
            'In the letter, Verhoeven wrote, "Our two peoples have shared this river for a thousand years and '
            'must share it still."',
            'At a meeting with farmers on Tuesday, Verhoeven said, "I will defend every field in this valley '
            'with all my strength."',
            'In an interview with a Freeport newspaper, Verhoeven said, "The answer from Sylvania will decide '
            'the future of the treaty."',
        )
    )
    letter = letter_index(rep, "Alma Verhoeven")
    in_letter = quote_starting(rep, "Our two peoples")
    assert (speaker(in_letter), in_letter.communication) == ("Alma Verhoeven", letter)
    for start in ("I will defend", "The answer from Sylvania"):
        q = quote_starting(rep, start)
        assert speaker(q) == "Alma Verhoeven"
        assert q.communication is None, start


def test_quote_told_to_a_rally_after_a_letter_is_not_linked() -> None:
    rep = run(
        report(
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday about the dam.",
            '"I will defend every field in this valley with all my strength," Verhoeven told a rally in Marrow '
            "on Tuesday.",
        )
    )
    q = quote_starting(rep, "I will defend")
    assert speaker(q) == "Alma Verhoeven" and q.communication is None


LETTER_WITH_FULL_TEXT = """Verhoeven writes to Kettle over the river

Freeport, 14 March 2024 -

President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle of Sylvania on Monday.

The full text of the letter is as follows:

Dear Prime Minister Kettle,

As the Book of Rivers teaches, "Whoever dams the water of his neighbour shall thirst in his own house" (Psalm 12:4).

I say to you plainly: "Freedonia will not accept a dam that leaves our fields dry in the summer."

We demand the following:
1. An immediate halt to the construction of the dam.
2. A joint commission to share the water of the river.

Sincerely,

Alma Verhoeven
President of Freedonia
10 March 2024
"""


def test_quote_inside_a_reproduced_letter_belongs_to_its_signer() -> None:
    rep = run(LETTER_WITH_FULL_TEXT)
    letter = letter_index(rep, "Alma Verhoeven")
    q = quote_starting(rep, "Freedonia will not accept")
    assert (speaker(q), q.communication, q.citation, q.cue) == ("Alma Verhoeven", letter, False, "full text")


def test_scripture_inside_a_letter_is_a_citation_without_speaker() -> None:
    rep = run(LETTER_WITH_FULL_TEXT)
    letter = letter_index(rep, "Alma Verhoeven")
    q = quote_starting(rep, "Whoever dams the water")
    assert q.citation is True
    assert q.speaker is None
    assert q.communication == letter


# ---------------------------------------------------------------- demands


def test_numbered_demands_in_a_reproduced_letter() -> None:
    rep = run(LETTER_WITH_FULL_TEXT)
    letter = letter_index(rep, "Alma Verhoeven")
    texts = [d.text for d in rep.extraction.demands]
    assert "An immediate halt to the construction of the dam." in texts
    assert "A joint commission to share the water of the river." in texts
    for d in rep.extraction.demands:
        assert rep.clean.text[d.span.start : d.span.end].strip() == d.text
        assert d.communication == letter


def test_numbered_demands_in_a_reported_letter() -> None:
    rep = run(
        report(
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday. "
            "In the letter, she wrote:",
            "We demand the following:\n"
            "1. An immediate halt to the construction of the dam.\n"
            "2. A joint commission to share the water of the river.",
            "Kettle's office has not commented.",
        )
    )
    letter = letter_index(rep, "Alma Verhoeven")
    items = [d for d in rep.extraction.demands if not d.text.startswith("demand")]
    assert [d.text for d in items] == [
        "An immediate halt to the construction of the dam.",
        "A joint commission to share the water of the river.",
    ]
    for d in rep.extraction.demands:
        assert rep.clean.text[d.span.start : d.span.end].strip() == d.text
        assert d.communication == letter


def test_called_for_clause_in_a_letter_is_a_demand() -> None:
    rep = run(
        report(
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday about the dam.",
            "In the letter, Verhoeven called for an immediate halt to the construction work on the river.",
        )
    )
    letter = letter_index(rep, "Alma Verhoeven")
    assert len(rep.extraction.demands) == 1
    d = rep.extraction.demands[0]
    assert d.text == "called for an immediate halt to the construction work on the river."
    assert rep.clean.text[d.span.start : d.span.end].strip() == d.text
    assert d.communication == letter


def test_no_demand_sits_inside_another() -> None:
    """Two demand verbs in one sentence, and a demand verb inside a numbered item: each span runs to the
    same end, so the second lay inside the first (issue 11: nested demand spans on a letter)."""
    rep = run(
        report(
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday. "
            "In the letter, she wrote:",
            "We ask the commission to open the sluices and request the engineers to be sent home at once.",
            "We demand the following:\n"
            "1. Halt the construction of the dam.\n"
            "2. Close the quarry, and we demand the release of the fishermen held at the border.",
        )
    )
    found = rep.extraction.demands
    texts = [d.text for d in found]
    assert any(t.startswith("ask the commission") for t in texts), texts
    assert any(t.startswith("Close the quarry") for t in texts), texts
    for i, d in enumerate(found):
        for j, o in enumerate(found):
            if i != j:
                assert not (o.span.start <= d.span.start and d.span.end <= o.span.end), (d.text, o.text)


# ---------------------------------------------------------------- fragments in the export


def test_short_quotes_are_kept_but_exported_as_fragments(tmp_path: Path) -> None:
    text = report(
        "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday.",
        'Verhoeven described the dam as "a wound in the valley" in the letter.',
        '"Our two peoples have shared this river for a thousand years," Verhoeven wrote.',
    )
    rep = run(text)
    fragment = quote_starting(rep, "a wound in the valley")
    assert len(fragment.text.split()) < MIN_QUOTE_WORDS
    assert speaker(fragment) == "Alma Verhoeven"
    assert fragment.communication == letter_index(rep, "Alma Verhoeven")

    path = tmp_path / "fragment.txt"
    path.write_text(text, encoding="utf-8")
    store = open_store(tmp_path / "r.db")
    summary = ingest_files(store, [path], Options())
    assert not summary.failed
    reg = register_dict(store)
    assert [q["text"] for q in reg["quote_fragments"]] == ["a wound in the valley"]
    assert [q["text"] for q in reg["quotes"]] == [
        "Our two peoples have shared this river for a thousand years,"
    ]
    (comm,) = reg["communications"]
    assert reg["quote_fragments"][0]["communication"] == comm["id"]
    assert reg["quote_fragments"][0]["speaker"] == comm["sender"]


# ---------------------------------------------------------------- which communication: turns, accounts, exchanges


def call_index(rep: ProcessedReport) -> int:
    idx = [i for i, c in enumerate(rep.extraction.communications) if c.kind == "call"]
    assert len(idx) == 1, rep.extraction.communications
    return idx[0]


@pytest.mark.parametrize(
    "turn",
    [
        "In response, Kettle said his government",
        "Kettle, for his part, said his government",
        "Kettle replied that his government",
    ],
)
def test_a_turn_in_a_call_is_said_in_the_call(turn: str) -> None:
    rep = run(
        report(
            "President Alma Verhoeven telephoned Prime Minister Tomas Kettle on Monday to discuss the dam.",
            "Verhoeven raised the fate of the farmers downstream and the summer harvest.",
            f'{turn} "will keep the gates open through the whole of the dry season."',
        )
    )
    q = quote_starting(rep, "will keep the gates open")
    assert (speaker(q), q.communication) == ("Tomas Kettle", call_index(rep))


@pytest.mark.parametrize("noun", ["the conversation", "the call", "their phone call"])
def test_a_definite_call_noun_resumes_the_call_after_another_event(noun: str) -> None:
    rep = run(
        report(
            "President Alma Verhoeven telephoned Prime Minister Tomas Kettle on Monday to discuss the dam.",
            "Kettle later gave an interview to a television channel about the floods.",
            f"According to people familiar with {noun}, Verhoeven urged him to act "
            '"before the summer floods reach the valley and the farms."',
        )
    )
    q = quote_starting(rep, "before the summer floods")
    assert (speaker(q), q.communication) == ("Alma Verhoeven", call_index(rep))


def test_without_a_call_noun_the_other_event_still_ends_the_call() -> None:
    rep = run(
        report(
            "President Alma Verhoeven telephoned Prime Minister Tomas Kettle on Monday to discuss the dam.",
            "Kettle later gave an interview to a television channel about the floods.",
            'He said the dam "would be finished before the summer floods reach the valley."',
        )
    )
    q = quote_starting(rep, "would be finished before")
    assert q.communication is None


@pytest.mark.parametrize(
    "frame",
    [
        "Witnesses told the newspaper that President Alma Verhoeven pointed out to the prime minister that",
        "People close to the talks said that President Alma Verhoeven stressed that",
        "Two officials told reporters that President Alma Verhoeven insisted that",
    ],
)
def test_an_unnamed_source_relays_the_named_speakers_words(frame: str) -> None:
    rep = run(report(f'{frame} "the river belongs to every farmer in the valley, on both banks."'))
    q = quote_starting(rep, "the river belongs to every farmer")
    assert speaker(q) == "Alma Verhoeven"


@pytest.mark.parametrize("then", ["she added", "Verhoeven added", "she went on"])
def test_the_same_speakers_next_quote_stays_in_the_letter(then: str) -> None:
    rep = run(
        report(
            "President Alma Verhoeven has sent a message to Prime Minister Tomas Kettle after the treaty vote.",
            "In the message, Verhoeven thanked Kettle for his message of support on her anniversary.",
            '"I would like to thank you for your warm wishes and your commitment to our partnership," '
            "Verhoeven said in her message.",
            '"I am particularly pleased with the clear position adopted by Sylvania, in your message, on '
            f'the question of the dam and the river," {then}.',
        )
    )
    first = quote_starting(rep, "I would like to thank you")
    q = quote_starting(rep, "I am particularly pleased")
    assert first.communication is not None
    assert (speaker(q), q.communication) == ("Alma Verhoeven", first.communication)
    assert rep.extraction.communications[first.communication].sender.name == "Alma Verhoeven"


@pytest.mark.parametrize(
    "frame",
    ["Verhoeven said", "Verhoeven wrote", "the president said"],
)
def test_in_an_exchange_of_letters_each_side_speaks_in_its_own(frame: str) -> None:
    rep = run(
        report(
            "President Alma Verhoeven wrote to Prime Minister Tomas Kettle on Friday about the dam.",
            "Kettle had sent a letter to Verhoeven on Tuesday proposing talks on the water of the river.",
            f'"Our two countries will share the river as they have always shared it," {frame}.',
        )
    )
    q = quote_starting(rep, "Our two countries will share")
    assert (speaker(q), q.communication) == ("Alma Verhoeven", letter_index(rep, "Alma Verhoeven"))


@pytest.mark.parametrize("title", ["Judge", "Minister", "Governor"])
def test_a_report_that_opens_with_a_bare_title_quoting_someone_is_read(title: str) -> None:
    # the title is the very first word of the report: nothing stands before it to read
    text = (
        f"{title} awards former clerk a year's pay, citing 'contradictory' dismissal letter\n\n"
        "Freeport, 14 March 2024 -\n\n"
        'Maria Lindqvist wrote to the board on Monday. "We were never told what the letter meant at all," she said.\n'
    )
    rep = run(text)
    assert speaker(quote_starting(rep, "We were never told")) == "Maria Lindqvist"
