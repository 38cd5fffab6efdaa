"""HTML pages: main text (trafilatura, jusText, then fallbacks that hold on any nesting) and metadata.

Nothing here touches the network: HTML is only ever parsed from strings and trees.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from typing import Any

import htmldate
import justext
import lxml.etree
import lxml.html
import trafilatura

from lettertrace.meta_dates import find_dates
from lettertrace.models import RawReport, ReadError

from .decode import SNIFF_BYTES, clean_field, decode, fix_text, sha

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
# Elements whose text is never report text, and elements that end a line of text (the plain fallback).
_NO_TEXT = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "math"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
LIBXML2_MAX_DEPTH = 255  # libxml2 (lxml) stops building the tree below this depth unless told otherwise
_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption footer form h1 h2 h3 h4 h5 h6 header hr "
    "li main nav ol p pre section table td th tr ul".split()
)


def read_html(data: bytes, source: str) -> RawReport:
    """An HTML page holding one report."""
    html = decode(data, meta_charset(data))
    return html_report(html, source=source, sha256=sha(data), fmt="html")


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its top."""
    found = _META_CHARSET.search(data[:SNIFF_BYTES])
    return found.group(1).decode("ascii", errors="ignore") if found else None


def html_report(html: str, *, source: str, sha256: str, fmt: str, url: str | None = None) -> RawReport:
    """Main text and metadata of an HTML page."""
    text = html_text(html)
    meta = _html_meta(html)
    return RawReport(
        source=source,
        sha256=sha256,
        raw_text=text,
        fmt=fmt,
        title=clean_field(meta.get("title")),
        author=clean_field(meta.get("author")),
        outlet=clean_field(meta.get("sitename")),
        url=url or clean_field(meta.get("url")),
        published=_html_date(html),
    )


def html_text(html: str) -> str:
    """The page's main text: trafilatura, else jusText's good paragraphs.

    libxml2 drops elements nested deeper than 255 levels, so a page that nests deeper and yields
    nothing is parsed again without that limit for trafilatura, and at last read as plain text by
    Python's own tokenizer, which holds on any depth.
    """
    text = _trafilatura_text(html) or _justext_text(html)
    if not text.strip() and nesting_depth(html) > LIBXML2_MAX_DEPTH:
        text = _deep_trafilatura_text(html) or plain_text(html)
    if not text.strip():
        raise ReadError("no readable text in HTML")
    return fix_text(text)


def _trafilatura_text(html: Any) -> str:
    try:
        tree = trafilatura.load_html(html) if isinstance(html, str) else html
        text = trafilatura.extract(
            split_breaks(tree) if tree is not None else html,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            with_metadata=False,
            favor_recall=True,
        )
    except Exception:
        return ""
    return text if text and text.strip() else ""


def split_breaks(tree: Any) -> Any:
    """The tree with each paragraph broken by ``<br>`` set as one paragraph per line ("<p>A B<br>Chancellor</p>"
    -> "<p>A B</p><p>Chancellor</p>"): trafilatura joins the last line of such a paragraph inside a
    blockquote to the next paragraph's first ("ChancellorC D" for a letter's two signatures)."""
    for p in list(tree.iter("p")):
        parent = p.getparent()
        if p.find("br") is None or parent is None:
            continue
        parts = [lxml.html.Element("p")]
        parts[0].text = p.text
        for child in list(p):
            if child.tag == "br":
                parts.append(lxml.html.Element("p"))
                parts[-1].text = child.tail
            else:
                parts[-1].append(child)  # (moved with its tail)
        at, tail = parent.index(p), p.tail
        parent.remove(p)
        for k, q in enumerate(parts):
            parent.insert(at + k, q)
        parts[-1].tail = tail
    return tree


def _justext_text(html: str) -> str:
    try:
        paragraphs = justext.justext(html, justext.get_stoplist("English"))
    except Exception:
        return ""
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate and p.text.strip())


def _deep_trafilatura_text(html: str) -> str:
    """trafilatura on a tree parsed without libxml2's depth limit (pages nested over 255 levels)."""
    try:
        tree = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except Exception:
        return ""
    return _trafilatura_text(tree)


class _TextCollector(HTMLParser):
    """Character data outside scripts and styles, a line break at each block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # depth inside elements that hold no text
        self.depth = self.max_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        if tag in _NO_TEXT:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)
        if tag in _NO_TEXT:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _collect(html: str) -> _TextCollector:
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except Exception:
        pass
    return collector


def nesting_depth(html: str) -> int:
    """How deep the page's elements nest, counted from its tags (unclosed ones count as open)."""
    return _collect(html).max_depth


def plain_text(html: str) -> str:
    """The page's text with every tag dropped (the last fallback: no tree, so no depth limit)."""
    collector = _collect(html)
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _html_meta(html: str) -> dict[str, Any]:
    """Title, author, sitename and url as trafilatura finds them (empty when it fails)."""
    try:
        document = trafilatura.extract_metadata(html, extensive=False)
    except Exception:
        return {}
    if document is None:
        return {}
    return {key: getattr(document, key, None) for key in ("title", "author", "sitename", "url")}


def _html_date(html: str) -> dt.date | None:
    """The publication date the page states, or None (never today's date by default)."""
    try:
        tree = trafilatura.load_html(html)  # a tree, so htmldate never treats the input as a URL
        if tree is None:
            return None
        found = htmldate.find_date(
            tree, extensive_search=False, original_date=True, max_date=dt.date.today().isoformat()
        )
        return dt.date.fromisoformat(found) if found else field_date(tree)
    except Exception:
        return None


# Elements a page marks as holding its date or byline, by class or id.
_DATE_ELEMENTS = lxml.etree.XPath(
    ".//*["
    + " or ".join(
        f"contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{w}') or "
        f"contains(translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{w}')"
        for w in ("date", "time", "byline", "publish", "posted", "meta")
    )
    + "]"
)
_FIELD_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
_FIELD_LABEL = re.compile(  # "Updated 09:18, 09-Sep-2024": a time of day may stand between label and date
    r"^(?:(?:first |originally |last )?(?P<label>[a-z]+)(?: on| at)?\s*:?\s*)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*,?\s*)?$",
    re.I,
)
_PUBLISHED = frozenset({"published", "posted", "filed", "issued", "released", "created", "dated"})
_UPDATED = frozenset({"updated", "modified"})
_MAX_FIELD_ELEMENT = 200


def field_date(tree: Any) -> dt.date | None:
    """The date in a field of a byline or date element ("Staff | CITY | Updated: May 3, 2023 08:15"),
    which htmldate's fast search passes over when the element's text is long. A date counts only at
    the start of its field or after a label; a publication label wins over an update label."""
    published, updated = None, None
    for element in _DATE_ELEMENTS(tree)[:50]:
        text = element.text_content()
        if len(text) > _MAX_FIELD_ELEMENT:
            continue
        for field in _FIELD_SEPARATOR.split(text.strip()):
            for m in find_dates(field)[:1]:
                label = _FIELD_LABEL.match(field[: m.start])
                if label is None:
                    continue
                word = (label["label"] or "").lower()
                if word in _UPDATED:
                    updated = updated or m.date
                elif not word or word in _PUBLISHED:
                    published = published or m.date
    return published or updated
