"""Run the per-report stages on Apache Spark, for archives one machine does not get through.

``lettertrace spark INPUT... --output FACTS_DIR`` (:mod:`.job`) reads WARC and JSONL files with the
readers of :mod:`lettertrace.read`, runs every record through :func:`lettertrace.pipeline.process_report`
(the function local ingest runs, unchanged) on the executors, and writes the facts as Parquet
(:mod:`.facts`). ``lettertrace load-facts FACTS_DIR --db FILE`` (:mod:`.load`) stores them in a
register and links it, as local ingest does. PySpark and pyarrow come with the optional extra
``pip install -e '.[spark]'``; Spark needs Java 17 or newer.

Importing this package loads neither PySpark nor pyarrow.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess

JAVA_MIN = 17


def java_version() -> int | None:
    """The major version of the ``java`` Spark would run (``$JAVA_HOME/bin/java``, else the one on
    the PATH), or None when there is none."""
    home = os.environ.get("JAVA_HOME")
    java = os.path.join(home, "bin", "java") if home else shutil.which("java")
    if not java or not os.path.exists(java):
        return None
    try:
        done = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', done.stderr + done.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major  # "1.8.0" is Java 8


def unavailable(need_java: bool = True) -> str | None:
    """Why the Spark commands cannot run here, or None when they can."""
    for module in ("pyspark", "pyarrow"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install -e '.[spark]')"
    if need_java:
        version = java_version()
        if version is None:
            return (
                f"no Java found (Spark needs Java {JAVA_MIN} or newer: set JAVA_HOME or put java on the PATH)"
            )
        if version < JAVA_MIN:
            return f"Java {version} found, Spark needs Java {JAVA_MIN} or newer"
    return None
