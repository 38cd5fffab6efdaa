"""Start-up stays light: what each command imports, checked in a fresh interpreter (no timings here;
``benchmarks/startup.py`` prints those)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Packages no listing or help needs: the NLP stack, the embedding model, the web stack, the readers.
HEAVY = {
    "torch",
    "thinc",
    "spacy",
    "sentence_transformers",
    "transformers",
    "fastapi",
    "starlette",
    "uvicorn",
    "jinja2",
    "numpy",
    "networkx",
    "lxml",
    "pypdf",
    "trafilatura",
    "dateparser",
}

# Runs the console script's code in-process, then prints the top-level packages loaded (JSON).
RUN_COMMAND = """
import json, sys
sys.argv = ["lettertrace", *sys.argv[1:]]
from lettertrace.cli import main
try:
    main()
except SystemExit as stop:
    code = stop.code
else:
    code = 0
sys.stdout.flush()
sys.__stderr__.write(json.dumps({"code": code, "modules": sorted(sys.modules)}) + "\\n")
"""


def _run(code: str, *args: str) -> tuple[int | None, set[str], str]:
    """(exit status, modules loaded, stdout) of ``code`` in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "200"},
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], set(report["modules"]), done.stdout


def _top(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_importing_the_cli_loads_no_heavy_package() -> None:
    code = 'import json, sys, lettertrace.cli\nsys.stderr.write(json.dumps({"code": 0, "modules": sorted(sys.modules)}))'
    status, modules, _ = _run(code)
    assert status == 0
    assert not _top(modules) & (HEAVY | {"sqlalchemy"})


def test_help_loads_neither_the_register_nor_the_exporters() -> None:
    status, modules, out = _run(RUN_COMMAND, "--help")
    assert status == 0 and "letters" in out
    assert not _top(modules) & (HEAVY | {"sqlalchemy"})
    assert "lettertrace.export" not in modules and "lettertrace.ingest" not in modules


def test_export_help_still_names_every_registered_format() -> None:
    status, modules, out = _run(RUN_COMMAND, "export", "--help")
    assert status == 0
    assert "lettertrace.export.graphml" in modules  # the exporters load for this help, and only here
    assert all(fmt in out for fmt in ("json", "cmif", "csv", "graphml"))
    assert "TEI XML for correspSearch" in out


def test_letters_reads_the_register_without_nlp_torch_or_web(dev_register: Path) -> None:
    status, modules, out = _run(RUN_COMMAND, "letters", "--db", str(dev_register), "--party", "Haniyeh")
    assert status == 0 and "Haniyeh" in out
    assert "sqlalchemy" in _top(modules)
    assert not _top(modules) & HEAVY


def test_ingest_and_linking_load_spacy_and_the_embedding_model_without_torch() -> None:
    code = (
        "import json, sys\n"
        "import lettertrace.ingest\n"
        "from lettertrace import embed\n"
        "sim = embed.similarity('The envoy carried the letter to the palace.', 'A letter reached the palace.')\n"
        "sys.stderr.write(json.dumps({'code': [sim is not None, embed.unavailable_reason()], "
        "'modules': sorted(sys.modules)}))"
    )
    status, modules, _ = _run(code)
    assert status == [True, None]  # the model loaded and scored the pair
    assert "spacy" in modules and "lettertrace.minilm" in modules
    assert not _top(modules) & {"torch", "transformers", "sentence_transformers"}
