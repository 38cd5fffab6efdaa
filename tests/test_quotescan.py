"""Tests for the quotation-mark scanner (invented sentences; the corpus is read in place)."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from lettertrace.extract.quotescan import QuoteSpan, find_quotes

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
GOLD_RECALL_FLOOR = 1.0  # measured: 74 of 74 non-optional gold quotes (dev + train)


def quoted(text: str) -> list[str]:
    """The quoted texts found in ``text``, in order."""
    return [text[q.start : q.end] for q in find_quotes(text)]


def only(text: str) -> QuoteSpan:
    """The one quote found in ``text``."""
    spans = find_quotes(text)
    assert len(spans) == 1, [text[q.start : q.end] for q in spans]
    return spans[0]


# ---------------------------------------------------------------- marks


def test_straight_double_quotes() -> None:
    text = 'Premier Olvan wrote: "We accept your offer of talks," and signed the letter.'
    q = only(text)
    assert text[q.start : q.end] == "We accept your offer of talks,"
    assert (q.open_at, q.close_at, q.mark, q.depth) == (text.index('"'), text.rindex('"'), "double", 0)


def test_curly_double_quotes() -> None:
    assert quoted("“The border stays open,” President Marek Tull told the envoy.") == [
        "The border stays open,"
    ]


def test_low9_quotes_close_with_either_curly_mark() -> None:
    text = "Kanzlerin Brandt schrieb: „Wir danken Ihnen für den Brief“ und „wir antworten bald”."
    assert quoted(text) == ["Wir danken Ihnen für den Brief", "wir antworten bald"]
    assert {q.mark for q in find_quotes(text)} == {"low9"}


def test_guillemets_both_ways() -> None:
    french = "Le président Duval a écrit : « Nous refusons cette offre » au sultan."
    german = "Die Ministerin schrieb: »Wir lehnen ab« und reiste ab."
    assert quoted(french) == ["Nous refusons cette offre"]
    assert quoted(german) == ["Wir lehnen ab"]
    assert only(french).mark == only(german).mark == "guillemet"


def test_single_curly_quotes() -> None:
    assert quoted("The governor called the memo ‘a serious mistake’ on Friday.") == ["a serious mistake"]
    assert only("The governor called the memo ‘a serious mistake’ on Friday.").mark == "single"


def test_straight_single_quotes() -> None:
    text = "'We will reply by letter,' Chancellor Vey said, calling the offer 'generous'."
    assert quoted(text) == ["We will reply by letter,", "generous"]


def test_doubled_apostrophes_as_double_quotes() -> None:
    text = "''We look forward to working with you on the treaty,\" he added. ''A new era'' began."
    assert quoted(text) == ["We look forward to working with you on the treaty,", "A new era"]
    assert find_quotes(text)[0].mark == "double"


def test_closing_mark_used_as_opener() -> None:
    text = "The secretary welcomed the letters, saying ”this is a fine day for the alliance.”"
    assert quoted(text) == ["this is a fine day for the alliance."]


def test_mixed_curly_and_straight_marks() -> None:
    assert quoted('“We are ready," said Premier Anka.') == ["We are ready,"]
    assert quoted('"We are ready,” said Premier Anka.') == ["We are ready,"]
    assert quoted("He called it ‘warm and cordial' in a note.") == ["warm and cordial"]


# ---------------------------------------------------------------- apostrophes


def test_apostrophes_are_not_quotes() -> None:
    text = (
        "Governor O’Neill said he can't and won’t meet Hamas’ delegation before the students' union "
        "vote; Zarnia’s envoy recalled the ’90s and rock ’n’ roll, and I’ve no doubt of it."
    )
    assert find_quotes(text) == []


def test_single_quote_keeps_its_apostrophes() -> None:
    text = (
        "'I've had two calls with the chancellor. I won't go into what Vey's aides said,' Premier Dalby said."
    )
    assert quoted(text) == ["I've had two calls with the chancellor. I won't go into what Vey's aides said,"]


def test_possessive_s_mark_closes_only_a_plausible_quote() -> None:
    assert quoted("The mayor praised 'the nurses' in her letter.") == ["the nurses"]
    text = "'The teachers' union backs the plan,' Minister Rook wrote."
    assert quoted(text) == ["The teachers' union backs the plan,"]
    assert quoted("The workers' council replied to the governors' letter.") == []


def test_elisions_inside_single_quotes() -> None:
    text = "'We grew up on rock ’n’ roll in the ’80s,' President Amal wrote."
    assert quoted(text) == ["We grew up on rock ’n’ roll in the ’80s,"]


# ---------------------------------------------------------------- nesting


def test_nested_quote_has_depth_one() -> None:
    text = (
        "Envoy Parr wrote: “The raid follows the so-called ‘reconciliation.’ "
        "This government has learned nothing.”"
    )
    outer, inner = find_quotes(text)
    assert text[outer.start : outer.end].startswith("The raid follows") and outer.depth == 0
    assert text[outer.start : outer.end].endswith("learned nothing.")
    assert (text[inner.start : inner.end], inner.depth, inner.mark) == ("reconciliation.", 1, "single")


def test_nested_closers_before_punctuation() -> None:
    text = "Senator Pell wrote: “They called the treaty ‘a fraud’”. Then “we stopped—”, he said."
    assert quoted(text) == ["They called the treaty ‘a fraud’", "a fraud", "we stopped—"]
    assert [q.depth for q in find_quotes(text)] == [0, 1, 0]


# ---------------------------------------------------------------- paragraphs and lines


def test_reopened_paragraphs_give_one_span_per_paragraph() -> None:
    text = (
        "The king's letter read:\n\n"
        "“We thank you for the gift of grain.\n\n"
        "“Our harbours are open to your ships.\n\n"
        "“May our peoples prosper together.”\n\nThe reply came later."
    )
    spans = find_quotes(text)
    assert [text[q.start : q.end] for q in spans] == [
        "We thank you for the gift of grain.",
        "Our harbours are open to your ships.",
        "May our peoples prosper together.",
    ]
    assert all(q.depth == 0 for q in spans)


def test_quoted_letter_over_blank_lines_is_one_span() -> None:
    text = (
        "The note reads as follows:\n\n“Dear Madam Chancellor,\n\nLet us settle the toll dispute! "
        "You don’t want a trade war.\n\nDon’t be stubborn!”\n\nThe chancellor has not replied."
    )
    q = only(text)
    assert text[q.start : q.end] == (
        "Dear Madam Chancellor,\n\nLet us settle the toll dispute! "
        "You don’t want a trade war.\n\nDon’t be stubborn!"
    )


def test_open_quote_stops_at_same_kind_opener_in_later_paragraph() -> None:
    text = "The premier wrote “we shall see.\n\nLater the envoy said “the talks are over,” and left."
    assert quoted(text) == ["the talks are over,"]


def test_unclosed_quote_expires_after_too_many_paragraphs() -> None:
    filler = "\n\n".join("The committee met again." for _ in range(20))
    text = f"The minister began “a long speech.\n\n{filler}\n\nThen everything ended.” Nothing more."
    assert find_quotes(text) == []


def test_hard_line_break_inside_quote() -> None:
    text = "The governor wrote: “We cannot accept\nthe terms you propose,” in reply."
    assert quoted(text) == ["We cannot accept\nthe terms you propose,"]


# ---------------------------------------------------------------- robustness


def test_unclosed_opener_is_dropped() -> None:
    text = "“This one never closes. Then later, “this one does,” Consul Ferro said."
    assert quoted(text) == ["this one does,"]


def test_odd_straight_double_quotes_drop_the_orphan() -> None:
    assert quoted('Duke Alvar said "we go. Then "we came," she said.') == ["we came,"]
    assert quoted('The letter ends here" and then "we came," she said.') == ["we came,"]


def test_stray_closer_after_signature() -> None:
    text = "“Don’t be late!”\n\nI will call you.\n\n\nRegent Halvard Moss”\n\nThe letter was leaked."
    assert quoted(text) == ["Don’t be late!"]


def test_quote_split_by_attribution() -> None:
    text = "“We must act now,” the minister said, “before it is too late.”"
    assert quoted(text) == ["We must act now,", "before it is too late."]


def test_empty_and_punctuation_only_quotes_are_dropped() -> None:
    assert quoted('He said "" and “  ” and "..." then "yes".') == ["yes"]


def test_whitespace_inside_marks_is_trimmed() -> None:
    text = "She wrote « Nous acceptons » today."
    q = only(text)
    assert text[q.start : q.end] == "Nous acceptons"
    assert text[q.open_at] == "«" and text[q.close_at] == "»"


def test_inch_and_feet_marks_are_not_quotes() -> None:
    text = 'General Ostrov, 5\'11", ordered a 12" pipe and a 6\' fence, then wrote "no more pipes".'
    assert quoted(text) == ["no more pipes"]


def test_unit_name_with_digit_still_closes() -> None:
    assert quoted("He praised the leaders — 'who invited me to the G20' in May — warmly.") == [
        "who invited me to the G20"
    ]


def test_spans_are_sorted_by_start() -> None:
    text = "“A ‘b’ c,” then “d.”"
    spans = find_quotes(text)
    assert [q.start for q in spans] == sorted(q.start for q in spans)
    assert [text[q.start : q.end] for q in spans] == ["A ‘b’ c,", "b", "d."]


def _best_time(text: str, tries: int = 3) -> float:
    """The fastest of a few runs of ``find_quotes`` on ``text``, in seconds."""
    times = []
    for _ in range(tries):
        began = time.perf_counter()
        find_quotes(text)
        times.append(time.perf_counter() - began)
    return min(times)


def test_speed_on_100_kb_of_news_text() -> None:
    paragraph = (
        "Premier Lund of Vastland wrote to the students' union on Tuesday, a day after the vote. "
        "“We thank you for your patience and we will answer every question you raised,” she wrote, "
        "adding that the ministry’s budget for the coming year can't be changed before spring. "
        "Her deputy, Arvo O’Neill, called the letter ‘brave’ and said it was long overdue.\n\n"
    )
    text = paragraph * (100_000 // len(paragraph) + 1)
    assert len(find_quotes(text)) > 500
    elapsed = _best_time(text)
    assert elapsed < 0.05, f"{elapsed * 1000:.1f} ms for {len(text)} characters"


def test_speed_on_dense_marks_stays_linear() -> None:
    paragraph = (
        "“We thank you,” Premier Lund wrote to the students' union, calling it ‘brave’. "
        "'I can't agree,' the O’Neill aide said of the \"deal\" and the 12\" pipe “and.\n\n"
    )
    text = paragraph * (100_000 // len(paragraph) + 1)
    assert _best_time(text) < 0.3  # about one mark every 12 characters; ~70 ms here


# ---------------------------------------------------------------- corpus


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    files = sorted(p for split in ("dev", "train", "background") for p in (CORPUS / split).glob("*.txt"))
    if not files:
        pytest.skip(f"no report files under {CORPUS}")
    return files


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _candidates(text: str, spans: list[QuoteSpan], run: int = 15) -> set[str]:
    """Each span's text and each concatenation of up to ``run`` consecutive spans."""
    pieces = [text[q.start : q.end] for q in spans]
    return {_collapse(" ".join(pieces[i:j])) for i in range(len(pieces)) for j in range(i + 1, i + run + 1)}


def test_corpus_spans_are_sound() -> None:
    for path in _corpus_files():
        text = path.read_text(encoding="utf-8")
        spans = find_quotes(text)
        last_end: dict[int, int] = {}
        for q in spans:
            assert 0 <= q.open_at < q.start < q.end <= q.close_at <= len(text), (path.name, q)
            assert q.open_at >= last_end.get(q.depth, 0), (path.name, "overlap at same depth", q)
            last_end[q.depth] = q.close_at
        assert [q.start for q in spans] == sorted(q.start for q in spans), path.name


def test_corpus_gold_quote_recall() -> None:
    _corpus_files()
    found = total = 0
    misses: list[str] = []
    for split in ("dev", "train"):
        gold_path = CORPUS / split / "gold.json"
        if not gold_path.is_file():
            pytest.skip(f"gold file not found at {gold_path}")
        for name, doc in json.loads(gold_path.read_text(encoding="utf-8"))["documents"].items():
            text = (CORPUS / split / name).read_text(encoding="utf-8")
            candidates = _candidates(text, find_quotes(text))
            for quote in doc.get("quotes", []):
                if quote.get("optional"):
                    continue
                total += 1
                if _collapse(quote["text"]) in candidates:
                    found += 1
                else:
                    misses.append(f"{split}/{name}: {quote['text'][:100]!r}")
    assert total, "no gold quotes"
    recall = found / total
    print(f"gold quote recall {found}/{total} = {recall:.3f}")
    assert recall >= GOLD_RECALL_FLOOR, "missed:\n" + "\n".join(misses)
