"""The prefilter: which texts may state a communication and go on to spaCy.

Unit tests use invented sentences about invented people. The corpus test reads the shared reports
in place (nothing is copied here) and asserts that no report holding a communication is dropped.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from lettertrace import clean, read
from lettertrace.extract import prefilter
from lettertrace.ingest import list_inputs
from lettertrace.models import Options, RawReport

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.parametrize(
    "text",
    [
        # communication nouns and writing/calling verbs
        "Governor Pell sent a letter to the mayor on Friday.",
        "The two presidents held a telephone conversation.",
        "Minister Orrin wrote to her counterpart last week.",
        "Senator Vask writes to the board every spring.",
        "The chancellor phoned the king of Zembla.",
        "Mayor Quill rang her opposite number in the capital.",
        "The envoy dialled the foreign minister late at night.",
        "The councillor penned an open reply.",
        "Dr Ambrose emailed the committee his objections.",
        "The director e-mailed the staff on Sunday.",
        "The consul faxed the ministry a copy.",
        "The minister texted the prime minister before the vote.",
        "The embassy cabled the capital overnight.",
        "The queen telegraphed her congratulations.",
        "The premier messaged his deputy about the delay.",
        "The two ministers exchanged emails over the weekend.",
        "Their correspondence lasted ten years.",
        "The summit ended with a joint communiqué.",
        "Condolences poured in from across the region.",
        # a written text sent to someone, in either order, with words and commas between
        "In an urgent notice sent to all schools, the board said classes would stop.",
        "A document addressed to the regional clinics set out new rules.",
        "The petition, signed by four hundred farmers, was delivered to parliament.",
        "The agency dispatched an urgent circular to every pharmacy.",
        "The union submitted a formal complaint to the labour inspectorate.",
        "The rebels issued an ultimatum to the garrison.",
        "Directives were forwarded to the provincial offices.",
        # a reproduced letter's salutation on a line of its own
        "To His Majesty King Olaf of Vestria\n\nYour Majesty,\n\nWe humbly bring the sale of the land to your notice.",
        "Excellency, dear friend,\n\nThe rail line was conceived as a bridge between our peoples.",
        "Dear Mr President:\nWe ask that the border be reopened.",
    ],
)
def test_cue_passes(text: str) -> None:
    assert prefilter.has_cue(text)


@pytest.mark.parametrize(
    "text",
    [
        "The home side won the match two goals to one.",
        "He was sent to prison for six years.",
        "Troops were dispatched to the border town.",
        "The police broke up a smuggling ring in the port.",
        "She picked up a pen and a notebook.",
        "Email this story to a friend",
        "Fax: 555 0100",
        "The Telegraph and two other papers covered the fire.",
        "The text of the bill runs to forty pages.",
        "The report found that sales rose in the third quarter.",
        "Prices of bread and milk rose again in the spring.",
        "A writ was served on the company.",
        "Dear readers, today we look at the price of bread.",
        "Your Majesty is how the king is addressed at court.",
    ],
)
def test_no_cue_is_dropped(text: str) -> None:
    assert not prefilter.has_cue(text)


def test_verb_forms_inflect_by_rule() -> None:
    assert {"phoned", "phoning", "phones"} <= set(prefilter.verb_forms("phone"))
    assert {"penned", "penning"} <= set(prefilter.verb_forms("pen"))
    assert {"dialled", "dialed", "dialling"} <= set(prefilter.verb_forms("dial"))
    assert {"faxes", "faxed"} <= set(prefilter.verb_forms("fax"))
    assert {"wrote", "written", "writing"} <= set(prefilter.verb_forms("write"))
    assert {"rang", "rung"} <= set(prefilter.verb_forms("ring"))
    assert "sent" in prefilter.verb_forms("send")


def _reports(folder: Path, names: set[str]) -> list[tuple[str, RawReport]]:
    options = Options()
    files, _skipped = list_inputs([folder])
    out = []
    for path in files:
        if path.name not in names:
            continue
        for item in read.read_path(path, options):
            assert isinstance(item, RawReport), f"{path}: {item}"
            out.append((f"{folder.name}/{path.name}", item))
    return out


def _reports_with_correspondence() -> list[tuple[str, RawReport]]:
    out = []
    for name in ("dev", "train", "train2"):
        folder = CORPUS / name
        gold_file = folder / "gold.json"
        if not gold_file.is_file():
            continue
        docs = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
        wanted = {
            f for f, d in docs.items() if any(not c.get("optional") for c in d.get("communications", []))
        }
        out += _reports(folder, wanted)
    manifest = CORPUS / "background" / "MANIFEST.tsv"
    if manifest.is_file():
        with manifest.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        out += _reports(
            CORPUS / "background", {r["file"] for r in rows if r["mentions_correspondence"] == "yes"}
        )
    return out


def test_no_report_with_correspondence_is_dropped() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    reports = _reports_with_correspondence()
    assert len(reports) > 20, "expected the annotated reports and the background positives"
    options = Options()
    dropped = [src for src, raw in reports if not prefilter.has_cue(clean.clean(raw, options).text)]
    assert dropped == []
