"""The declared stage order: every stage gets what it needs in time, and every stage's module exists."""

from __future__ import annotations

import importlib

import pytest

from lettertrace.models import Options, RawReport
from lettertrace.pipeline import STAGES, Stage, check_stage_order, process_report


def test_declared_stage_order_has_no_problems() -> None:
    assert check_stage_order() == []
    assert check_stage_order(STAGES) == []


def test_stage_names_are_unique_and_start_with_reading() -> None:
    names = [st.name for st in STAGES]
    assert len(names) == len(set(names))
    assert names[0] == "read" and STAGES[0].requires == ()


def test_every_provided_thing_has_one_provider() -> None:
    provided = [p for st in STAGES for p in st.provides]
    assert len(provided) == len(set(provided))


def test_swapped_stages_are_caught() -> None:
    stages = list(STAGES)
    i = next(n for n, st in enumerate(stages) if st.name == "extract")
    stages[i - 1], stages[i] = stages[i], stages[i - 1]  # extract before meta
    problems = check_stage_order(tuple(stages))
    assert problems == ["extract requires meta, which no earlier stage provides"]


def test_missing_provider_is_caught() -> None:
    stages = tuple(st for st in STAGES if st.name != "clean")
    problems = check_stage_order(stages)
    assert "meta requires clean, which no earlier stage provides" in problems
    assert "extract requires clean, which no earlier stage provides" in problems
    assert "store requires clean, which no earlier stage provides" in problems


def test_a_stage_that_needs_its_own_output_is_caught() -> None:
    loop = Stage("loop", ("loop_state",), ("loop_state",), "lettertrace.pipeline")
    assert check_stage_order((*STAGES, loop)) == ["loop requires loop_state, which no earlier stage provides"]


@pytest.mark.parametrize("stage", STAGES, ids=lambda st: st.name)
def test_every_stage_module_imports(stage: Stage) -> None:
    module = importlib.import_module(stage.module)
    assert module.__name__ == stage.module
    assert (module.__doc__ or "").strip(), f"{stage.module} has no docstring"


def test_process_report_runs_the_per_report_stages() -> None:
    text = (
        "Kettle writes to Verhoeven\n\n"
        "May 2, 2022\n\n"
        "Prime Minister Tomas Kettle of Sylvania wrote to President Alma Verhoeven of Freedonia on Friday, "
        "accepting her offer of talks.\n"
    )
    done = process_report(
        RawReport(source="news/kettle.txt", sha256="0" * 64, raw_text=text, fmt="txt"), Options()
    )
    assert done.clean.text.startswith("Kettle writes to Verhoeven")
    assert done.meta.title == "Kettle writes to Verhoeven"
    assert [c.kind for c in done.extraction.communications] == ["letter"]


def test_prefilter_skips_extraction_for_reports_without_a_cue() -> None:
    text = (
        "Orchard growers report a fine apple harvest\n\n"
        '"These are the sweetest apples the valley has grown in a decade," grower Mina Holt said on Monday.\n'
    )
    raw = RawReport(source="news/apples.txt", sha256="1" * 64, raw_text=text, fmt="txt")
    skipped = process_report(raw, Options(prefilter=True))
    assert skipped.extraction.quotes == () and skipped.extraction.communications == ()
    assert skipped.clean.text  # cleaned and stored all the same
    parsed = process_report(raw, Options(prefilter=False))  # the same report through every stage
    assert [q.text for q in parsed.extraction.quotes] == [
        "These are the sweetest apples the valley has grown in a decade,"
    ]
