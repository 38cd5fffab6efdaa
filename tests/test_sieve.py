"""The prefilter's second stage (lettertrace.sieve): a cue used of a communication near a party.

Unit tests use invented sentences about invented people. The corpus tests read the shared reports and
their gold in place (nothing is copied here): no report holding a gold communication is dropped, nor
one the background manifest marks as mentioning correspondence.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from lettertrace import clean, read, sieve
from lettertrace.extract import prefilter
from lettertrace.ingest import list_inputs
from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.parametrize(
    "text",
    [
        "Governor Pell sent a letter to the mayor on Friday.",
        "Chancellor Ostrova called Prime Minister Kettle on Tuesday.",
        "In a call on Monday, the two leaders discussed grain.",
        "The two presidents held a telephone conversation about the harbour.",
        "Verhoeven and Kettle held phone talks late on Sunday.",
        "The envoy spoke by phone with the foreign minister of Zembla.",
        "The mayor said she had been on the telephone to the governor all morning.",
        "Minister Orrin phoned him after the vote.",
        "The embassy handed over a diplomatic note to the ministry.",
        "In a note to shareholders, Dana Quill said profits would fall.",
        "The king sent condolences to President Marr after the floods.",
        "Senator Vask received a message of congratulations from the governor.",
        "The chancellor rang back an hour later to speak to Ostrova.",
        "The company said in its quarterly letter that sales had doubled.",
    ],
)
def test_communication_near_a_party_passes(text: str) -> None:
    assert prefilter.has_cue(text)
    assert sieve.may_state_communication(text)


@pytest.mark.parametrize(
    "text",
    [
        # "call" as an appeal, a summons, a name or a sound
        "Ostrova called for calm after the floods in Marrow.",
        "The council of Marrow issued a call for volunteers.",
        "Kettle called on parliament to pass the budget.",
        "Firefighters from Marrow were called to the scene just after midnight.",
        "The firm launched a new app, called Orbit, for its customers in Sylvania.",
        "What Norland calls the new doctrine was debated.",
        "Shots rang out near the Marrow town hall.",
        "The so-called Verhoeven plan was shelved.",
        "Verhoeven said the floods were a wake-up call for the region.",
        # talks and chats without a telephone
        "Kettle and Ostrova held bilateral talks in Marrow on Monday.",
        "The two leaders had an informal chat at the summit in Marrow.",
        # the telephone as a device
        "Zembla Mobile is the largest phone maker in Sylvania.",
        "The new phones from Orbit go on sale in Marrow next week.",
        # idioms of "note", condolences expressed in a statement
        "Sylvania ended the season on a high note against Marrow.",
        "President Marr expressed his condolences to the families of the victims.",
    ],
)
def test_other_senses_are_dropped(text: str) -> None:
    assert prefilter.has_cue(text), "the first stage passes these; the second stage is what drops them"
    assert not sieve.may_state_communication(text)


def test_a_cue_with_no_party_near_is_dropped() -> None:
    text = "A worker nearby saw the barn go up in flames and called 911 at once."
    assert prefilter.has_cue(text)
    assert not sieve.may_state_communication(text)
    assert sieve.may_state_communication("A worker saw the barn burn and called Sheriff Dunn at once.")


def test_cues_are_read_in_their_own_sentence() -> None:
    text = "Kettle called for calm. Ostrova wrote to the council of Marrow on Friday."
    assert sieve.may_state_communication(text)  # the second sentence's cue passes
    assert not sieve.may_state_communication("Kettle called for calm. The rain went on all week.")


def test_a_quotation_keeps_a_report_without_a_communication() -> None:
    talks = "Kettle and Ostrova held talks in Marrow."
    quoted = talks + ' "We will rebuild every bridge on the river this year," Kettle said.'
    assert not sieve.passes(talks)
    assert not sieve.quotes_at_length(talks + ' "Good," Kettle said.')  # a fragment is no quotation
    assert sieve.passes(quoted)
    assert not sieve.passes('"We will rebuild every bridge on the river this year," Kettle said.')  # no cue


def test_process_report_skips_the_parse_only_when_the_sieve_says_so() -> None:
    def raw(text: str) -> RawReport:
        return RawReport(source="x.txt", sha256="0" * 64, raw_text=text, fmt="txt")

    talks = "Kettle held talks with Ostrova\n\nKettle and Ostrova held talks in Marrow on Monday.\n"
    letter = "Kettle writes to Ostrova\n\nKettle sent a letter to Chancellor Ostrova on Monday.\n"
    assert process_report(raw(talks), Options()).extraction.communications == ()
    assert process_report(raw(letter), Options()).extraction.communications != ()


def _raw_reports(folder: Path, names: set[str]) -> list[tuple[str, RawReport]]:
    options = Options()
    files, _skipped = list_inputs([folder])
    out = []
    for path in files:
        if path.name in names:
            for item in read.read_path(path, options):
                assert isinstance(item, RawReport), f"{path}: {item}"
                out.append((f"{folder.name}/{path.name}", item))
    return out


def _gold_reports(key: str) -> list[tuple[str, RawReport]]:
    """Reports of dev, train and train2 whose gold holds a (non-optional) item of ``key``."""
    out = []
    for name in ("dev", "train", "train2"):
        gold_file = CORPUS / name / "gold.json"
        if gold_file.is_file():
            docs = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
            wanted = {f for f, d in docs.items() if any(not x.get("optional") for x in d.get(key, []))}
            out += _raw_reports(CORPUS / name, wanted)
    return out


def _background(mentions: str) -> list[tuple[str, RawReport]]:
    with (CORPUS / "background" / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return _raw_reports(
        CORPUS / "background", {r["file"] for r in rows if r["mentions_correspondence"] == mentions}
    )


def _texts(reports: list[tuple[str, RawReport]]) -> list[tuple[str, str]]:
    return [(src, clean.clean(raw, Options()).text) for src, raw in reports]


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not (CORPUS / "dev" / "gold.json").is_file() or not (CORPUS / "background" / "MANIFEST.tsv").is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS


def test_no_report_with_a_gold_communication_is_dropped(corpus: Path) -> None:
    texts = _texts(_gold_reports("communications"))
    assert len(texts) > 60, "expected the reports of dev, train and train2 that hold a communication"
    assert [src for src, t in texts if not (prefilter.has_cue(t) and sieve.may_state_communication(t))] == []


def test_no_report_with_a_gold_quote_the_first_stage_passes_is_dropped(corpus: Path) -> None:
    texts = [(src, t) for src, t in _texts(_gold_reports("quotes")) if prefilter.has_cue(t)]
    assert len(texts) > 40
    assert [src for src, t in texts if not sieve.passes(t)] == []


def test_background_positives_pass_and_negatives_are_dropped(corpus: Path) -> None:
    positives = _texts(_background("yes"))
    assert len(positives) > 10
    assert [src for src, t in positives if not sieve.may_state_communication(t)] == []
    negatives = [(src, t) for src, t in _texts(_background("no")) if prefilter.has_cue(t)]
    dropped = [src for src, t in negatives if not sieve.may_state_communication(t)]
    # the second stage must do its work: most negatives the first stage lets through are dropped
    assert len(dropped) > len(negatives) / 2, dropped


def test_a_letter_a_long_sentence_ends_on_as_its_source_passes() -> None:
    from lettertrace.sieve import passes

    text = (
        "Senator Ruth Vandermolen has asked Commissioner Pieter Maas to include in the agreement a safeguard clause "
        "that allows tariffs to be reintroduced once imports exceed a certain threshold, according to a letter to "
        "which this newspaper has had access.\n"
    )
    assert passes(text)
    assert not passes(
        text.replace("Senator Ruth Vandermolen", "It").replace("Commissioner Pieter Maas", "them")
    )
