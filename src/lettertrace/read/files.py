"""Finding report files: walk folders, judging every entry alone, and check a file before reading it.

A folder entry is either read, skipped (hidden, not a report, a link to a folder, a device or pipe)
or read and failed: a link that loops or points nowhere, a link whose target is out of reach and a
folder that cannot be listed all go on to :func:`precheck`, which names the path and the reason, so
they count as failed without stopping the walk.
"""

from __future__ import annotations

import csv
import errno
import os
import stat
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from lettertrace.models import Options

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".pdf", ".jsonl", ".warc", ".warc.gz")

_NOT_REPORTS = frozenset({"gold.json", "MANIFEST.tsv"})
# A crawl often leaves a list of what it fetched beside the files: a tab-separated file with a header
# naming a ``file`` and a ``url`` column. Only those two columns are read (any other column is ignored).
SIDECAR_NAMES = ("SOURCES.tsv", "MANIFEST.tsv", "sources.tsv", "manifest.tsv")


def iter_input_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Expand files and folders into (path, None) to read or (path, reason) to skip."""
    for given in paths:
        path = Path(given)
        if os.path.isdir(path):
            yield from _walk(path)
        elif not os.path.lexists(path):
            yield path, "no such file or directory"
        else:
            yield path, None  # a named file, or a broken link that precheck will explain


def _walk(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """Yield the files of one folder and its subfolders, sorted by name."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        yield folder, None  # cannot be listed: precheck names the reason and it counts as failed
        return
    for entry in entries:
        path = folder / entry.name
        kind = _kind(entry)
        reason = _skip_reason(entry.name, kind)
        if reason is not None:
            yield path, reason
        elif kind == "folder":
            yield from _walk(path)
        else:
            yield path, None


def _kind(entry: os.DirEntry[str]) -> str:
    """'folder', 'folder link', 'file', 'other' (device, pipe, socket) or 'broken' (a link going nowhere)."""
    try:
        link = entry.is_symlink()
        if entry.is_dir():
            return "folder link" if link else "folder"
        if entry.is_file():
            return "file"
        return "broken" if link else "other"
    except OSError:  # a link loop (ELOOP) or a target out of reach (EACCES)
        return "broken"


def _skip_reason(name: str, kind: str) -> str | None:
    """Why a folder entry is not read, or None when it is (or is a folder to walk)."""
    if name.startswith("."):
        return "hidden folder" if kind.startswith("folder") else "hidden file"
    if kind == "folder":
        return None
    if kind == "folder link":
        return "link to a folder, not followed"
    if kind == "other":
        return "not a regular file"
    if name in _NOT_REPORTS:
        return f"not a report file ({name})"
    suffix = suffix_of(Path(name))
    if suffix not in SUPPORTED_SUFFIXES and not (kind == "broken" and not suffix):
        return f"not a report file ({suffix or 'no suffix'})"
    return None  # a report file, or a broken link that may have been a folder


def suffix_of(path: Path) -> str:
    """The lower-case suffix that decides how a file is read ('.warc.gz' counts as one)."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else Path(name).suffix


# ---------------------------------------------------------------- before reading


def precheck(path: Path, options: Options) -> str | None:
    """What stops a file from being read at all (checked with stat, before reading)."""
    try:
        info = path.stat()
    except OSError as exc:
        return _stat_problem(path, exc)
    if stat.S_ISDIR(info.st_mode):
        return _folder_problem(path)
    suffix = suffix_of(path)
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(none)"
        return f"unsupported file type '{shown}' (supported: {', '.join(SUPPORTED_SUFFIXES)})"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    if info.st_size > options.max_bytes:
        return f"file is {_size(info.st_size)}, over the {_size(options.max_bytes)} limit"
    if info.st_size == 0:
        return "empty file"
    return None


def _stat_problem(path: Path, exc: OSError) -> str:
    """The reason a path cannot be opened, naming the link's target when it is a link."""
    try:
        target = os.readlink(path)
    except OSError:
        return f"cannot read file: {exc.strerror or exc}"
    if exc.errno == errno.ELOOP:
        return f"link loop: the link to {target} never reaches a file"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"broken link: its target {target} does not exist"
    return f"cannot follow link to {target}: {exc.strerror or exc}"


def _folder_problem(path: Path) -> str:
    """A folder given to be read: it could not be listed (or was named where a file was expected)."""
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        return f"cannot read folder: {exc.strerror or exc}"
    return "cannot read file: Is a directory"


def _size(n: int) -> str:
    """A byte count for people: '25.3 MB', '1.5 KB', '1000 B'."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} B"


# ---------------------------------------------------------------- the crawl's list of sources


def sidecar_url(path: Path) -> str | None:
    """The source URL a sidecar list beside ``path`` gives it, if any."""
    folder = path.parent
    try:
        stamps = tuple((n, (folder / n).stat().st_mtime_ns) for n in SIDECAR_NAMES if (folder / n).is_file())
    except OSError:
        return None
    return sidecar_urls(str(folder), stamps).get(path.name)


@cache
def sidecar_urls(folder: str, stamps: tuple[tuple[str, int], ...] = ()) -> dict[str, str]:
    """File name -> source URL from a sidecar list in ``folder`` (empty when there is none); ``stamps``
    (the lists' modification times) keys the cache, so an edited list is read again."""
    for name in SIDECAR_NAMES:
        p = Path(folder) / name
        if not p.is_file():
            continue
        try:
            with p.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh, delimiter="\t"))
        except (OSError, UnicodeDecodeError, csv.Error):
            return {}
        return {
            r["file"].strip(): r["url"].strip()
            for r in rows
            if isinstance(r.get("file"), str)
            and r["file"].strip()
            and isinstance(r.get("url"), str)
            and r["url"].startswith(("http://", "https://"))
        }
    return {}
