"""The JSON export against its schema (src/lettertrace/schema/export.schema.json), on a real register.

Beyond the schema: every span of the export lies inside its document's clean text, quote texts
are the text of their spans, ids refer to things that exist, and the stored offset map takes
every clean span back to the raw characters it came from.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from lettertrace.export import load_all
from lettertrace.offsets import Offsets
from lettertrace.store import open_store

DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
Export = dict[str, Any]
SpanRef = tuple[str, str, int, int]  # (where in the export, document id, start, end)


@pytest.fixture(scope="module")
def export_schema() -> dict[str, Any]:
    """The schema shipped in the package."""
    text = resources.files("lettertrace").joinpath("schema/export.schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


@pytest.fixture(scope="module")
def validator(export_schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(export_schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture(scope="module")
def dev_export(dev_register: Path) -> Export:
    """The register's export, made by the same exporter as `lettertrace export --format json`."""
    text = load_all()["json"](open_store(dev_register), None)
    assert text is not None
    return dict(json.loads(text))


@pytest.fixture(scope="module")
def dev_reports(dev_register: Path) -> dict[str, dict[str, Any]]:
    """Report id -> its row in the reports table (raw_text, clean_text, offsets)."""
    return {row["id"]: row for row in open_store(dev_register).iter_reports()}


def schema_errors(validator: jsonschema.Draft202012Validator, data: Any) -> list[str]:
    return [f"{e.json_path}: {e.message[:200]}" for e in validator.iter_errors(data)]


def spans_of(export: Export) -> Iterator[SpanRef]:
    """Every (document, start, end) span the export holds, with where it was found."""
    for i, c in enumerate(export["communications"]):
        for key in ("mentions", "full_texts", "demands"):
            for j, s in enumerate(c[key]):
                yield f"communications[{i}].{key}[{j}]", s["document"], s["start"], s["end"]
        for j, ev in enumerate(c["evidence"]):
            for k, s in enumerate(ev["spans"]):
                yield f"communications[{i}].evidence[{j}].spans[{k}]", ev["document"], s["start"], s["end"]
            if ev["date"]["span"] is not None:
                s = ev["date"]["span"]
                yield f"communications[{i}].evidence[{j}].date.span", ev["document"], s["start"], s["end"]
        for j, fl in enumerate(c["flags"]):
            for k, s in enumerate(fl["evidence"]):
                yield f"communications[{i}].flags[{j}].evidence[{k}]", s["report"], s["start"], s["end"]
    for key in ("quotes", "quote_fragments", "paraphrases"):
        for i, q in enumerate(export[key]):
            yield f"{key}[{i}]", q["document"], q["start"], q["end"]
    for i, fl in enumerate(export["flags"]):
        for k, s in enumerate(fl["evidence"]):
            yield f"flags[{i}].evidence[{k}]", s["report"], s["start"], s["end"]


# ---------------------------------------------------------------- the schema itself


def test_schema_is_valid_draft_2020_12(export_schema: dict[str, Any]) -> None:
    assert export_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(export_schema)


def test_real_export_validates(validator: jsonschema.Draft202012Validator, dev_export: Export) -> None:
    assert dev_export["documents"], "the sample register has no documents"
    assert dev_export["communications"], "the sample register has no communications"
    assert dev_export["quotes"], "the sample register has no quotes"
    errors = schema_errors(validator, dev_export)
    assert not errors, "export breaks its schema:\n" + "\n".join(errors)


def _set(path: str, value: Any) -> Callable[[Export], None]:
    """A mutation that sets ``value`` at a dotted path ("communications.0.date.earliest")."""

    def mutate(data: Export) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return mutate


def _drop(path: str) -> Callable[[Export], None]:
    """A mutation that removes the key at a dotted path."""

    def mutate(data: Export) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        del node[last]

    return mutate


MISTAKES: dict[str, Callable[[Export], None]] = {
    "date in words": _set("communications.0.date.earliest", "April 4, 2018"),
    "date with a time": _set("documents.0.published", "2018-04-05T10:00:00"),
    "kind outside the enum": _set("communications.0.kind", "email"),
    "precision outside the enum": _set("communications.0.date.precision", "week"),
    "day precision without dates": lambda d: d["communications"][0].update(
        date={"earliest": None, "latest": None, "precision": "day"}
    ),
    "negative offset": _set("quotes.0.start", -1),
    "offset as a string": _set("communications.0.mentions.0.end", "80"),
    "missing document id": _drop("documents.0.id"),
    "missing recipients": _drop("communications.0.recipients"),
    "missing quote_fragments array": _drop("quote_fragments"),
    "implied as an int": _set("communications.0.implied", 1),
    "recipients as one string": _set("communications.0.recipients", "e-someone"),
    "empty quote text": _set("quotes.0.text", ""),
    "unknown entity type": _set("entities.0.type", "robot"),
    "extra key in a span": lambda d: d["communications"][0]["mentions"][0].update(page=3),
    "wrong format tag": _set("format", "lettertrace-register/0"),
}


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_schema_catches_mistake(
    validator: jsonschema.Draft202012Validator, dev_export: Export, mistake: str
) -> None:
    broken = copy.deepcopy(dev_export)
    MISTAKES[mistake](broken)
    assert schema_errors(validator, broken), f"schema accepts an export with a {mistake}"


def test_schema_accepts_empty_register(validator: jsonschema.Draft202012Validator) -> None:
    empty = {
        "format": "lettertrace-register/1",
        **{
            k: []
            for k in (
                "documents",
                "entities",
                "communications",
                "quotes",
                "quote_fragments",
                "paraphrases",
                "flags",
            )
        },
    }
    assert not schema_errors(validator, empty)


# ---------------------------------------------------------------- spans and references


def test_every_span_lies_inside_its_clean_text(
    dev_export: Export, dev_reports: dict[str, dict[str, Any]]
) -> None:
    problems = []
    spans = list(spans_of(dev_export))
    assert spans
    for where, doc, start, end in spans:
        if doc not in dev_reports:
            problems.append(f"{where}: unknown document {doc}")
        elif not 0 <= start <= end <= len(dev_reports[doc]["clean_text"]):
            problems.append(f"{where}: [{start}, {end}) outside 0..{len(dev_reports[doc]['clean_text'])}")
    assert not problems, "\n".join(problems)


def test_flagged_export_validates_and_its_flag_spans_lie_inside_their_texts(
    validator: jsonschema.Draft202012Validator, flagged_register: Path
) -> None:
    """The dev register raises no flag: conftest's FLAGGED_REPORTS do."""
    store = open_store(flagged_register)
    text = load_all()["json"](store, None)
    assert text is not None
    export = json.loads(text)
    assert export["flags"] and any(c["flags"] for c in export["communications"])
    errors = schema_errors(validator, export)
    assert not errors, "export breaks its schema:\n" + "\n".join(errors)
    clean = {row["id"]: row["clean_text"] for row in store.iter_reports()}
    for where, doc, start, end in spans_of(export):
        assert doc in clean and 0 <= start <= end <= len(clean[doc]), where


def test_quote_texts_are_their_spans(dev_export: Export, dev_reports: dict[str, dict[str, Any]]) -> None:
    problems = []
    for key in ("quotes", "quote_fragments", "paraphrases"):
        for q in dev_export[key]:
            clean = dev_reports[q["document"]]["clean_text"]
            if clean[q["start"] : q["end"]] != q["text"]:
                problems.append(
                    f"{key} {q['id']}: {q['text'][:40]!r} != {clean[q['start'] : q['end']][:40]!r}"
                )
    for c in dev_export["communications"]:
        for d in c["demands"]:
            clean = dev_reports[d["document"]]["clean_text"]
            if clean[d["start"] : d["end"]] != d["text"]:
                problems.append(
                    f"demand of {c['id']}: {d['text'][:40]!r} != {clean[d['start'] : d['end']][:40]!r}"
                )
    assert not problems, "\n".join(problems)


def test_references_resolve(dev_export: Export) -> None:
    docs = {d["id"] for d in dev_export["documents"]}
    ents = {e["id"] for e in dev_export["entities"]}
    comms = {c["id"] for c in dev_export["communications"]}
    problems = []
    for c in dev_export["communications"]:
        parties = [c["sender"], *c["recipients"]] if c["sender"] else c["recipients"]
        problems += [f"{c['id']}: unknown entity {e}" for e in parties if e not in ents]
        if c["in_reply_to"] is not None and c["in_reply_to"] not in comms:
            problems.append(f"{c['id']}: replies to unknown {c['in_reply_to']}")
        if c["in_reply_to"] == c["id"]:
            problems.append(f"{c['id']}: replies to itself")
        problems += [
            f"{c['id']}: mention in unknown {m['document']}"
            for m in c["mentions"]
            if m["document"] not in docs
        ]
        if {m["document"] for m in c["mentions"]} != {e["document"] for e in c["evidence"]}:
            problems.append(f"{c['id']}: mentions and evidence name different documents")
    for q in dev_export["quotes"] + dev_export["quote_fragments"] + dev_export["paraphrases"]:
        if q["speaker"] is not None and q["speaker"] not in ents:
            problems.append(f"{q['id']}: unknown speaker {q['speaker']}")
        if q["communication"] is not None and q["communication"] not in comms:
            problems.append(f"{q['id']}: unknown communication {q['communication']}")
    ids = [x["id"] for key in ("documents", "entities", "communications") for x in dev_export[key]]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not problems, "\n".join(problems)


def test_document_sources_are_the_ingested_files(dev_export: Export) -> None:
    names = sorted(Path(d["source"]).name for d in dev_export["documents"])
    assert names == sorted(p.name for p in DEV_CORPUS.glob("*.txt"))
    assert all(Path(d["source"]).parent == DEV_CORPUS for d in dev_export["documents"])


# ---------------------------------------------------------------- clean -> raw


def raw_span_problems(raw: str, clean: str, offsets: list[int], start: int, end: int) -> list[str]:
    """How the offset map fails to take clean[start:end] back to raw text (empty when it does)."""
    if start == end:
        return []
    raw_start, raw_end = offsets[start], offsets[end - 1] + 1
    if not 0 <= raw_start < raw_end <= len(raw):
        return [f"raw span [{raw_start}, {raw_end}) outside the raw text ({len(raw)})"]
    problems = []
    for i in range(start, end):
        o = offsets[i]
        if i > start and o <= offsets[i - 1]:
            problems.append(f"clean[{i}] maps to {o}, not after clean[{i - 1}]")
        elif clean[i] != raw[o] and not (clean[i].isspace() and raw[o].isspace()):
            problems.append(f"clean[{i}]={clean[i]!r} but raw[{o}]={raw[o]!r}")
    # the raw span holds the same words: only whitespace and end-of-line hyphens differ
    squeeze = lambda s: re.sub(r"\s+", "", re.sub(r"(\w)-[ \t]*\r?\n\s*(\w)", r"\1\2", s))  # noqa: E731
    if squeeze(raw[raw_start:raw_end]) != squeeze(clean[start:end]):
        problems.append(f"raw {raw[raw_start:raw_end][:60]!r} != clean {clean[start:end][:60]!r}")
    return problems


def test_offsets_map_every_span_back_to_the_raw_text(
    dev_export: Export, dev_reports: dict[str, dict[str, Any]]
) -> None:
    problems = []
    checked = 0
    for where, doc, start, end in spans_of(dev_export):
        row = dev_reports[doc]
        offsets = Offsets.from_json(row["offsets"])
        assert len(offsets) == len(row["clean_text"]) + 1, f"{doc}: offset map of the wrong length"
        if not 0 <= start <= end <= len(row["clean_text"]):
            continue  # reported by test_every_span_lies_inside_its_clean_text
        problems += [
            f"{where}: {p}"
            for p in raw_span_problems(row["raw_text"], row["clean_text"], offsets, start, end)[:3]
        ]
        checked += 1
    assert checked > 20
    assert not problems, "\n".join(problems[:30])


def test_offset_checker_catches_a_shifted_map() -> None:
    raw = "  Dear Minister,\nwe write to you."
    clean = "Dear Minister, we write to you."
    good = [*range(2, 2 + len(clean) + 1)]  # clean[i] is raw[i + 2]; the raw newline stands for the space
    assert not raw_span_problems(raw, clean, good, 0, len(clean))
    shifted = [o + 1 for o in good]
    assert raw_span_problems(raw, clean, shifted, 0, len(clean))
