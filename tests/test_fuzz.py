"""Property-based fuzzing (issue 14): readers, cleaning with its offset map, and the web query layer.

Each property runs a bounded number of generated examples with a per-example deadline and a hard time
limit, derandomized so that ``make test`` is repeatable; ``benchmarks/fuzz_campaign.py`` runs the long,
random campaign. Extraction is left to the campaign while it is being rebuilt.
"""

from __future__ import annotations

import io
import json
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from lettertrace.clean import clean, offset_errors
from lettertrace.models import Options, RawReport, ReadError
from lettertrace.read import read_path
from lettertrace.web import create_app
from lettertrace.web.guard import CSP

HARD_LIMIT_S = 20  # one example running this long is a hang, whatever the machine's load
FUZZ = settings(
    max_examples=40,
    deadline=timedelta(seconds=5),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@contextmanager
def hard_limit(seconds: int = HARD_LIMIT_S) -> Iterator[None]:
    """Fail an example that runs past ``seconds`` (the deadline is only checked once it returns)."""

    def stop(signum: int, frame: Any) -> None:
        raise TimeoutError(f"example ran over {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# ---------------------------------------------------------------- generated inputs

WORDS = ["the", "minister", "wrote", "a", "letter", "to", "President", "Dear", "Sincerely,", "call", '"', "“"]
ODD = [
    "\x00",
    "\r",
    "\r\n",
    "\t",
    "\u2028",
    "\ufeff",
    "\ufffd",
    "\u202e",
    "-\n",
    "\n\n",
    "<",
    "&amp;",
    "ÃƒÂ©",
]
hostile_text = st.lists(st.sampled_from(WORDS + ODD) | st.text(max_size=12), max_size=120).map(" ".join)
tags = st.sampled_from(["div", "p", "span", "script", "style", "table", "td", "nav", "b", "title", "meta"])


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    """Markup of random depth and shape around hostile text, sometimes unclosed or truncated."""
    depth = draw(st.integers(0, 300))
    tag = draw(tags)
    body = draw(hostile_text)
    page = f"<html><head><meta charset='{draw(st.sampled_from(['utf-8', 'latin-1', 'bogus']))}'></head><body>"
    page += f"<{tag}>" * depth + f"<p>{body}</p>" + f"</{tag}>" * draw(st.integers(0, depth))
    data = page.encode("utf-8", errors="surrogatepass")
    return data[: draw(st.integers(1, len(data)))]


@st.composite
def jsonl_files(draw: st.DrawFn) -> bytes:
    """JSON lines: good records, wrong types, broken JSON and blank lines."""
    values = st.one_of(st.none(), st.integers(), hostile_text, st.lists(st.integers(), max_size=2))
    record = st.fixed_dictionaries({"text": values}, optional={"published": values, "title": values})
    lines = draw(st.lists(record.map(json.dumps) | st.text(max_size=40), max_size=6))
    return "\n".join(lines).encode("utf-8", errors="surrogatepass")


@st.composite
def warc_files(draw: st.DrawFn) -> bytes:
    """A WARC of HTML responses, possibly cut short."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=draw(st.booleans()))
    for payload in draw(st.lists(html_pages(), min_size=1, max_size=3)):
        ctype = draw(
            st.sampled_from(["text/html; charset=utf-8", "text/html; charset=nonsense", "image/png"])
        )
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://fuzz.example/", "response", payload=io.BytesIO(payload), http_headers=headers
        )
        writer.write_record(record)
    data = buf.getvalue()
    return data[: draw(st.integers(len(data) // 2, len(data)))]


text_bytes = st.one_of(
    st.binary(max_size=3000),
    st.tuples(hostile_text, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1"])).map(
        lambda te: te[0].encode(te[1], errors="replace")
    ),
)
FILES = {
    ".txt": text_bytes,
    ".html": html_pages() | st.binary(max_size=2000),
    ".jsonl": jsonl_files(),
    ".warc.gz": warc_files(),
    ".pdf": st.binary(max_size=1500).map(lambda b: b"%PDF-1.4\n" + b),
}


def read_bytes(data: bytes, suffix: str) -> list[RawReport | ReadError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        with hard_limit():
            return list(read_path(path, Options()))


# ---------------------------------------------------------------- readers and cleaning


@pytest.mark.parametrize("suffix", sorted(FILES))
def test_readers_never_raise_and_cleaning_maps_back(suffix: str) -> None:
    @FUZZ
    @given(FILES[suffix])
    def check(data: bytes) -> None:
        results = read_bytes(data, suffix)
        assert results, "a file yields at least one report or error"
        for item in results:
            assert isinstance(item, RawReport | ReadError)
            if isinstance(item, ReadError):
                assert item.reason and "\n" not in item.reason and item.source
                continue
            assert item.raw_text.strip() and "\x00" not in item.raw_text
            assert offset_errors(item.raw_text, clean(item, Options())) == []

    check()


lines = st.sampled_from(
    [
        "Dear Mr President,",
        "Sincerely,",
        "Jane Q. Doe",
        "March 3, 2021",
        "1. First item",
        "- bullet",
        "Share this article",
        "Read more",
        "the minister wrote to his counter-",
        "part on Monday and",
        "asked for talks.",
        "",
        "   ",
        "***",
        "date 2020-01-31 The opening line",
    ]
)
raw_texts = st.one_of(
    st.text(max_size=400),
    st.lists(lines | hostile_text, max_size=40).map("\n".join),
)


@FUZZ
@given(raw_texts)
def test_cleaning_any_text_keeps_every_offset_mapped_to_raw(raw_text: str) -> None:
    raw = RawReport(source="fuzz.txt", sha256="0" * 64, raw_text=raw_text, fmt="txt")
    with hard_limit():
        ct = clean(raw, Options())
    assert offset_errors(raw_text, ct) == []
    for start, end in [(0, len(ct.text)), (len(ct.text) // 3, len(ct.text) // 2)]:
        a, b = ct.raw_span(start, end)
        assert 0 <= a <= b <= len(raw_text)


# ---------------------------------------------------------------- the web query layer


@pytest.fixture(scope="module")
def web(hostile_register: Path) -> TestClient:
    return TestClient(create_app(hostile_register), raise_server_exceptions=False)


PATHS = ["/", "/letters.json", "/entities", "/entities.json", "/reports.json", "/timeline.json", "/network"]
PARAMS = ["q", "party", "kind", "year", "outlet", "search", "x"]
values = st.text(max_size=30) | st.sampled_from(
    ['"', "NEAR(a b)", "a* OR", "^", "\x00", "%00", "' OR 1=1 --"]
)
segments = st.text(alphabet=st.characters(codec="utf-8"), max_size=20)


@FUZZ
@given(st.sampled_from(PATHS), st.dictionaries(st.sampled_from(PARAMS), values, max_size=4))
def test_no_query_string_gets_a_server_error(web: TestClient, path: str, params: dict[str, str]) -> None:
    with hard_limit():
        r = web.get(path, params=params)
    assert r.status_code in (200, 422), (path, params, r.status_code)
    assert r.headers["content-security-policy"] == CSP and r.headers["x-content-type-options"] == "nosniff"


@FUZZ
@given(st.sampled_from(["/", "/static/", "/letters/", "/entities/", "/reports/"]), segments, st.booleans())
def test_no_path_gets_a_server_error(web: TestClient, base: str, segment: str, twin: bool) -> None:
    from urllib.parse import quote

    url = base + quote(segment, safe="") + (".json" if twin else "")
    with hard_limit():
        r = web.get(url, follow_redirects=False)
    assert r.status_code < 500, (url, r.status_code)
    assert r.headers["x-content-type-options"] == "nosniff"
