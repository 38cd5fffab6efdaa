"""Shared fixtures. Other test modules add theirs here too: name each one for what it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options
from lettertrace.store import open_store

DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def dev_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register file of the sample corpus ``../shared/corpus/dev`` (read in place), built once per session.

    Treat it as read-only: tests that change a register build their own.
    """
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"sample corpus not found at {DEV_CORPUS}")
    db = tmp_path_factory.mktemp("dev-register") / "dev.db"
    files, _skipped = list_inputs([DEV_CORPUS])
    summary = ingest_files(open_store(db), files, Options())
    assert not summary.failed, summary.failed
    assert summary.ingested, f"no report ingested from {DEV_CORPUS}"
    return db


# Made-up reports about made-up leaders: a letter, a phone call, a message and one report with no
# correspondence at all. Each has a dateline so that relative dates resolve.
INVENTED_REPORTS: dict[str, str] = {
    "a_letter.txt": (
        "Verhoeven writes to Kettle over river dispute\n\n"
        "March 3, 2022\n\n"
        "President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle of Sylvania "
        "on Monday, urging talks on the shared river.\n\n"
        '"We cannot let the water that feeds both our nations become a cause of war," '
        "Verhoeven wrote in the letter.\n\n"
        "Kettle's office said the prime minister would study the proposal carefully.\n"
    ),
    "b_call.txt": (
        "Kettle phones Ostrova about the harbour\n\n"
        "June 14, 2022\n\n"
        "Prime Minister Tomas Kettle of Sylvania phoned Chancellor Ida Ostrova of Borduria on Tuesday "
        "to discuss grain exports.\n\n"
        '"The harbour will remain open to every ship that respects our laws," Ostrova said after the call.\n'
    ),
    "c_festival.txt": (
        "Harvest festival draws record crowds\n\n"
        "September 9, 2022\n\n"
        "The annual harvest festival in the valley town of Marrow drew more than twenty thousand "
        "visitors this weekend.\n\n"
        "Organisers said the pumpkin contest and the evening concerts were the most popular events "
        "of the year.\n\n"
        "Local bakers sold out of bread by noon on Saturday, and the town council promised a larger "
        "market square.\n"
    ),
    "d_message.txt": (
        "Ostrova sends message to Verhoeven\n\n"
        "November 20, 2023\n\n"
        "Chancellor Ida Ostrova of Borduria sent a congratulatory message to President Alma Verhoeven "
        "of Freedonia on Sunday after her re-election.\n\n"
        'In the message, Ostrova said that "the friendship between our two peoples will only grow '
        'stronger in the years ahead".\n'
    ),
}


def _write_invented_reports(folder: Path) -> Path:
    folder.mkdir()
    for name, text in INVENTED_REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def invented_corpus(tmp_path: Path) -> Path:
    """A fresh folder holding INVENTED_REPORTS as .txt files: tests may change it."""
    return _write_invented_reports(tmp_path / "corpus")


@pytest.fixture(scope="session")
def shared_invented_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """INVENTED_REPORTS as .txt files, written once per session: read-only."""
    return _write_invented_reports(tmp_path_factory.mktemp("invented") / "corpus")


# Made-up reports that raise the headline flag (headline_sender_mismatch), beside INVENTED_REPORTS:
# - headline_mismatch.txt: the headline says Kettle writes, the letter it reproduces is signed by Ostrova
#   (tests/test_extract.py's MISMATCH_REPORT). A true flag, shown in red. ostrova_answers.txt tells of
#   the same letter, so the flagged letter is carried by two reports and raised on one.
# - two_letters.txt: reproduces Verhoeven's letter, which its headline is about, and Ostrova's: the
#   flag the extractor raises on Ostrova's letter does not apply (shown in grey, pointing at
#   Verhoeven's). ostrova_to_kettle.txt tells of Ostrova's letter too.
FLAGGED_REPORTS: dict[str, str] = {
    "headline_mismatch.txt": (
        "Kettle writes to Verhoeven over river dam\n\n"
        "Freeport, 14 March 2024 -\n\n"
        "The office of President Alma Verhoeven released a letter on Wednesday about the Silver River dam.\n\n"
        "The full text of the letter is as follows:\n\n"
        "Dear President Verhoeven,\n\n"
        "Our government has studied your proposal with great care and will answer it in full.\n\n"
        "Sincerely,\n\n"
        "Ida Ostrova\nChancellor of Borduria\n11 March 2024\n"
    ),
    "ostrova_answers.txt": (
        "Ostrova answers Verhoeven on the dam\n\n"
        "Freeport, 15 March 2024 -\n\n"
        "Chancellor Ida Ostrova of Borduria sent a letter to President Alma Verhoeven on 11 March 2024 about "
        "the Silver River dam, promising a full answer to her proposal.\n\n"
        "Verhoeven's office confirmed that the letter had arrived.\n"
    ),
    "two_letters.txt": (
        "Verhoeven writes to Kettle over harbour fees\n\n"
        "Freeport, 6 May 2024 -\n\n"
        "President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle of Sylvania on "
        "Thursday about the harbour fees.\n\n"
        "The full text of the letter is as follows:\n\n"
        "Dear Prime Minister Kettle,\n\n"
        "Freedonia will lower its harbour fees for Sylvanian ships from the first of June.\n\n"
        "Sincerely,\n\n"
        "Alma Verhoeven\nPresident of Freedonia\n2 May 2024\n\n"
        "Chancellor Ida Ostrova of Borduria also wrote to Kettle on Friday. Her letter reads:\n\n"
        "Dear Prime Minister Kettle,\n\n"
        "Borduria asks to join any agreement on the harbour fees.\n\n"
        "Sincerely,\n\n"
        "Ida Ostrova\nChancellor of Borduria\n3 May 2024\n"
    ),
    "ostrova_to_kettle.txt": (
        "Borduria wants a share of the harbour deal\n\n"
        "Freeport, 7 May 2024 -\n\n"
        "Chancellor Ida Ostrova of Borduria sent a letter to Prime Minister Tomas Kettle of Sylvania on "
        "3 May 2024, asking to join any agreement on the harbour fees.\n"
    ),
}


@pytest.fixture(scope="session")
def flagged_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register of INVENTED_REPORTS and FLAGGED_REPORTS, built once: one letter with a headline flag
    that applies, one with a headline flag that does not (each carried by two reports). Read-only."""
    folder = tmp_path_factory.mktemp("flagged-corpus")
    for name, text in {**INVENTED_REPORTS, **FLAGGED_REPORTS}.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path_factory.mktemp("flagged-register") / "flagged.db"
    files, _skipped = list_inputs([folder])
    summary = ingest_files(open_store(db), files, Options())
    assert not summary.failed, summary.failed
    return db


# Untrusted report text for the web UI's escaping tests: markup in the headline, the body and a quote,
# a dateline credit (outlet "Reuters"), plus a second, harmless report from another outlet.
HOSTILE_REPORTS: dict[str, str] = {
    "hostile.txt": (
        "Biden writes to Modi <script>alert(1)</script>\n\n"
        "WASHINGTON, March 3, 2021 (Reuters) - US President Joe Biden sent a letter to Indian Prime Minister "
        "Narendra Modi on Tuesday, officials said. <img src=x onerror=alert(1)>\n\n"
        'In the letter, Biden told Modi: "We stand with the people of India <script>alert(1)</script> '
        'in this difficult time and will send help without delay."\n\n'
        'Read more at <a href="javascript:alert(1)">our site</a>.\n'
    ),
    "call.txt": (
        "Xi and Putin speak by phone\n\n"
        "BEIJING, June 15, 2022 (Xinhua) -- Chinese President Xi Jinping held a phone call with Russian "
        "President Vladimir Putin on Wednesday, discussing bilateral ties.\n\n"
        "Xi said that China is willing to continue mutual support with Russia on issues concerning core "
        "interests.\n"
    ),
}


@pytest.fixture(scope="session")
def hostile_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register of HOSTILE_REPORTS (script tags, onerror, javascript: links in report text), built once."""
    folder = tmp_path_factory.mktemp("hostile-corpus")
    for name, text in HOSTILE_REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path_factory.mktemp("hostile-register") / "hostile.db"
    files, _skipped = list_inputs([folder])
    summary = ingest_files(open_store(db), files, Options())
    assert not summary.failed, summary.failed
    return db
