"""Tests for lettertrace.clean: boilerplate removal, reflow and the clean->raw offset map.

Corpus tests read the shared sample reports in place (never copied here); unit tests use short
texts invented for the purpose (made-up countries, outlets and people).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from lettertrace.clean import (
    DATE_STAMP_REASON,
    assert_offsets,
    clean,
    is_closing,
    is_date_line,
    is_salutation,
    is_signature,
    load_cues,
    offset_errors,
)
from lettertrace.models import CleanText, Options, RawReport

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"sample corpus not found at {CORPUS}")


def report(text: str, source: str = "mem.txt") -> RawReport:
    """A RawReport for a text held in memory."""
    return RawReport(source=source, sha256="x", raw_text=text, fmt="txt")


def cleaned(text: str) -> CleanText:
    """Clean an invented text and check the offset contract on the way."""
    ct = clean(report(text), Options())
    assert_offsets(text, ct)
    return ct


def corpus_file(split: str, prefix: str) -> Path:
    """The corpus file of a split whose name starts with ``prefix``."""
    return next((CORPUS / split).glob(f"{prefix}*.txt"))


def clean_file(path: Path) -> tuple[str, CleanText]:
    """Read a corpus file in place and clean it."""
    raw = path.read_text(encoding="utf-8")
    return raw, clean(report(raw, str(path)), Options())


def lines_of(text: str) -> list[str]:
    """The non-empty lines of a text."""
    return [line for line in text.split("\n") if line]


# ---------------------------------------------------------------- corpus


@needs_corpus
def test_offset_invariant_holds_on_every_corpus_file() -> None:
    files = sorted(CORPUS.glob("*/*.txt"))
    assert len(files) >= 100
    failures = {}
    for path in files:
        raw, ct = clean_file(path)
        errors = offset_errors(raw, ct)
        if errors:
            failures[path.name] = errors[:3]
    assert not failures


@needs_corpus
def test_cleaning_the_whole_corpus_is_fast() -> None:
    files = sorted(CORPUS.glob("*/*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    start = time.perf_counter()
    for text in texts:
        clean(report(text), Options())
    assert time.perf_counter() - start < 2.0


@needs_corpus
def test_dev_002_captcha_and_comment_form_are_gone() -> None:
    _, ct = clean_file(corpus_file("dev", "002"))
    assert not any(re.fullmatch(r"\d+ \+ \d+ =.*", line) for line in lines_of(ct.text))
    assert "Leave a Comment" not in ct.text
    assert {"comment form", "captcha"} <= {reason for _, _, reason in ct.dropped}


@needs_corpus
def test_dev_003_related_articles_and_adblock_notice_are_gone() -> None:
    _, ct = clean_file(corpus_file("dev", "003"))
    for furniture in ("Adblock", "ad blocker", "Related Articles", "Back to top"):
        assert furniture not in ct.text
    assert ct.text.rstrip().endswith(("”", '"', "."))


@needs_corpus
def test_dev_004_breadcrumb_author_box_teaser_and_comment_form_are_gone() -> None:
    _, ct = clean_file(corpus_file("dev", "004"))
    for furniture in ("Leave a Reply", "Your email address", "Check Also", "Home / ", "Analytics"):
        assert furniture not in ct.text
    assert not any(line.startswith("About ") for line in lines_of(ct.text))


@needs_corpus
def test_dev_004_salutation_and_signature_keep_their_own_lines() -> None:
    _, ct = clean_file(corpus_file("dev", "004"))
    lines = lines_of(ct.text)
    salutations = [line for line in lines if re.fullmatch(r"To [A-Z][^\n]{5,100},", line)]
    signatures = [line for line in lines if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+,", line)]
    assert salutations and signatures
    # the signer's title follows the signature on a line of its own, at the very end
    assert lines.index(signatures[-1]) == len(lines) - 2
    assert lines[-1].startswith("Head of ")


@needs_corpus
def test_dev_001_hard_wraps_are_undone() -> None:
    raw, ct = clean_file(corpus_file("dev", "001"))
    lines = lines_of(ct.text)
    assert len(lines) * 3 < len(lines_of(raw))
    for line in lines[1:]:
        if len(line) >= 80:  # body text: every long line ends a sentence
            assert re.search(r"[.!?:)”\"’]$", line), line[-60:]
    for a, b in zip(lines, lines[1:], strict=False):  # no sentence is cut between two words
        assert not (re.search(r"[a-z,]$", a) and re.match(r"[a-z]", b)), (a[-40:], b[:40])


@needs_corpus
def test_dev_001_letter_frame_keeps_its_own_lines() -> None:
    _, ct = clean_file(corpus_file("dev", "001"))
    lines = lines_of(ct.text)
    salutation = next(i for i, line in enumerate(lines) if line.startswith("Dear "))
    assert len(lines[salutation]) < 100 and lines[salutation + 1].startswith("I ")
    date = next(i for i, line in enumerate(lines) if re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", line))
    signature, closing = lines[date - 1], lines[date - 2]
    assert re.fullmatch(r"(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+", signature)
    assert closing.startswith("Peace") and len(closing) < 60
    assert lines[date - 3].endswith(".")


@needs_corpus
def test_dev_001_dateline_split_over_two_lines_is_joined() -> None:
    _, ct = clean_file(corpus_file("dev", "001"))
    assert re.search(r" - \d{1,2}/[A-Z][a-z]{2}/ \d{4}$", lines_of(ct.text)[0])


@needs_corpus
def test_train_wire_copy_with_blank_lines_inside_sentences_is_joined() -> None:
    raw, ct = clean_file(corpus_file("train", "tA18"))
    paragraphs = [p for p in ct.text.split("\n\n") if p]
    assert len(paragraphs) * 2 < len([p for p in raw.split("\n\n") if p.strip()])
    assert all(not re.match(r"[a-z]", p) for p in paragraphs)


@needs_corpus
def test_train_share_bar_breadcrumbs_and_video_captions_are_gone() -> None:
    reasons = set()
    for name in ("tA01", "tB03", "tB06", "tB13", "tA15", "tA10"):
        _, ct = clean_file(corpus_file("train", name))
        reasons |= {reason for _, _, reason in ct.dropped}
        assert not any(
            re.match(r"(Duration:|Watch$|Views:|Last Updated?\b|\d\. \S+\.com$)", line)
            for line in lines_of(ct.text)
        )
    expected = {
        "share bar",
        "breadcrumb",
        "video caption",
        "loading placeholder",
        "view counter",
        "comment form",
    }
    assert expected <= reasons


# ---------------------------------------------------------------- boilerplate (invented pages)

PAGE = """Home / World / Ministers trade letters

Aldoria and Belmark ministers trade letters over river treaty

Facebook Twitter WhatsApp Email

NORTHPORT - The foreign minister of Aldoria sent a letter to her Belmark counterpart on Monday, urging a new round of talks on the river treaty.

"We remain ready to meet at any time," the letter said.

Read more: Belmark court rules on fishing rights

The Belmark foreign ministry said it would reply within a week, according to a spokesman quoted by state radio.

Related Articles

Belmark replies to Aldoria

Leave a Reply

Your email address will not be published. Required fields are marked *

3 + 4 =
"""  # noqa: E501


def test_boilerplate_page_keeps_article_and_drops_furniture() -> None:
    ct = cleaned(PAGE)
    assert ct.text.startswith("Aldoria and Belmark ministers trade letters over river treaty\n\nNORTHPORT - ")
    assert '"We remain ready to meet at any time," the letter said.' in ct.text
    assert ct.text.endswith("quoted by state radio.")
    for furniture in (
        "Home /",
        "Facebook",
        "Read more",
        "Related",
        "Leave a Reply",
        "email address",
        "3 + 4",
    ):
        assert furniture not in ct.text
    reasons = {reason for _, _, reason in ct.dropped}
    assert {
        "breadcrumb",
        "share bar",
        "read-more link",
        "related links",
        "comment form",
        "captcha",
    } <= reasons


def test_dropped_spans_point_at_the_raw_furniture() -> None:
    ct = cleaned(PAGE)
    spans = {PAGE[s:e]: reason for s, e, reason in ct.dropped}
    assert spans["Facebook Twitter WhatsApp Email"] == "share bar"
    assert spans["3 + 4 ="] == "captcha"
    assert spans["Belmark replies to Aldoria"].startswith("after ")


def test_end_marker_followed_by_prose_drops_only_its_own_line() -> None:
    text = (
        "Envoy hands over letter\n\n"
        "The envoy handed the letter to the president on Friday morning at the palace.\n\n"
        "Related Articles\n\n"
        "The president is expected to answer the letter in writing before the end of the month.\n"
    )
    ct = cleaned(text)
    assert "Related Articles" not in ct.text
    assert ct.text.endswith("before the end of the month.")


def test_author_box_is_furniture_only_at_the_end() -> None:
    middle = (
        "Talks resume\n\nAbout Aldoria\n\n"
        "Aldoria is a small republic on the river, and its minister wrote the letter.\n"
    )
    assert "About Aldoria" in cleaned(middle).text
    tail = (
        "The minister wrote the letter on Tuesday to ask for new talks on the dam.\n\n"
        "About Jane Roe\n\nOther news\n"
    )
    ct = cleaned(tail)
    assert ct.text == "The minister wrote the letter on Tuesday to ask for new talks on the dam."


def test_weak_cues_need_furniture_context() -> None:
    text = (
        "Minister writes to council\n\n"
        "The minister wrote to the council on Monday about flooding in the valley.\n\n"
        "Watch\nDuration: 30 seconds\n\nWatch\n\n"
        "The council replied that it would meet on Thursday to discuss the letter.\n"
    )
    ct = cleaned(text)
    assert "Duration" not in ct.text
    assert "Watch" not in ct.text
    kept = cleaned(
        "Letters\n\nThe mayor wrote: watch the river rise.\n\n"
        "She signed the letter herself, the office said.\n"
    )
    assert "watch the river rise" in kept.text


def test_real_content_survives() -> None:
    text = (
        "Full text of the president's letter\n\n"
        "Dear Prime Minister,\n\n"
        "1. We ask for an immediate meeting of the river commission.\n\n"
        "2. We ask for the release of the fishermen.\n\n"
        '"Our door remains open."\n\n'
        "Sincerely,\n"
        "Jane Q. Doe\n"
        "President of Aldoria\n"
        "March 4, 2019\n"
    )
    ct = cleaned(text)
    for line in lines_of(text):
        assert line in lines_of(ct.text)
    assert not ct.dropped


def test_numbered_breadcrumb_run_at_the_top_is_dropped() -> None:
    text = (
        "1. Example.com\n  4. Minister writes to council\n\n"
        "Minister writes to council\n\nThe minister wrote to the council.\n"
    )
    ct = cleaned(text)
    assert ct.text == "Minister writes to council\n\nThe minister wrote to the council."


def test_site_furniture_lines() -> None:
    text = (
        "18 C\nLast Updated: Mon, Jan 6th, 2020, 10:00:00hrs\nViews: 1234\nTags: Politics, Diplomacy\n"
        "Posted , updated\n© Example Photo Agency\nLOADING\n|\n\n"
        "The minister wrote to her counterpart to propose talks on the treaty next month.\n"
    )
    ct = cleaned(text)
    assert ct.text == "The minister wrote to her counterpart to propose talks on the treaty next month."


def test_exact_repeat_of_a_line_is_dropped() -> None:
    ct = cleaned("River talks resume\nRiver talks resume\n\nThe ministers met on the bridge.\n")
    assert ct.text == "River talks resume\n\nThe ministers met on the bridge."


def test_leading_date_stamp_is_cut_and_recorded() -> None:
    text = " date 2020-01-31 Ministers meet on the bridge\n\nThe ministers met.\n"
    ct = cleaned(text)
    assert ct.text.startswith("Ministers meet on the bridge")
    assert [(text[s:e], r) for s, e, r in ct.dropped] == [("date 2020-01-31", DATE_STAMP_REASON)]


def test_every_cue_is_documented() -> None:
    cues = load_cues()
    assert len(cues) >= 25
    assert all(c.note and c.kind for c in cues)


# ---------------------------------------------------------------- reflow (invented texts)


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = (
        "In a letter sent on Monday, the foreign minister of Aldoria asked her counterpart in Belmark to\n"
        "reopen the border crossings that were closed during the flood, and to allow the engineers of the\n"
        "river commission to inspect the dam. She said the two countries had a shared duty to protect the\n"
        "people who live along the river.\n"
        "The ministry did not say when the letter would be answered, or whether an answer had been asked.\n"
    )
    ct = cleaned(text)
    first, second = lines_of(ct.text)
    assert first.startswith("In a letter sent") and first.endswith("along the river.")
    assert second.startswith("The ministry")


def test_hyphenation_is_undone_only_for_plausible_words() -> None:
    ct = cleaned(
        "The inter-\nnational commission met.\nIt was a well-\nknown problem for the river com-\nmission.\n"
    )
    assert "international commission" in ct.text
    assert "well-known problem" in ct.text
    assert "river commission." in ct.text
    assert "-\n" not in ct.text


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        ("The talks were held in the Franco-\nBelmark commission.\n", "the Franco-Belmark commission."),
        ("He wrote to the Secretary-\nGeneral and the Council.\n", "the Secretary-General and"),
        ("Troops left Bosnia-\nHerzegovina in May.\n", "left Bosnia-Herzegovina in"),
    ],
)
def test_hyphen_before_capital_is_kept_and_the_compound_joined(raw: str, joined: str) -> None:
    """A line that ends in a capitalised word and a hyphen, before a capitalised word, breaks a compound
    name ("Secretary-General"): the hyphen stays and the two halves join, with no space between."""
    assert joined in cleaned(raw).text


def test_list_items_salutation_closing_signature_and_date_keep_their_lines() -> None:
    text = (
        "Dear Minister,\n"
        "We write to you about the dam on the river and the safety of the people\n"
        "living below it. We ask for the following measures to be taken at once:\n"
        "1. Open the gates of the dam.\n"
        "2. Inspect the walls before the rains.\n"
        "With best regards,\n"
        "Jane Q. Doe\n"
        "Chair of the River Commission\n"
        "From Northport, 3 March 2019\n"
    )
    lines = lines_of(cleaned(text).text)
    assert lines[0] == "Dear Minister,"
    assert lines[1].startswith("We write") and lines[1].endswith("at once:")
    assert lines[2:] == [
        "1. Open the gates of the dam.",
        "2. Inspect the walls before the rains.",
        "With best regards,",
        "Jane Q. Doe",
        "Chair of the River Commission",
        "From Northport, 3 March 2019",
    ]


def test_wire_copy_blank_line_inside_sentence_is_joined() -> None:
    text = (
        "NORTHPORT, May 2 (XYZ): The prime minister of\n\n"
        "Aldoria on Sunday met the envoys of six countries.\n\n"
        "They praised his\n\nleadership during the flood.\n\nThe meeting lasted two hours.\n"
    )
    ct = cleaned(text)
    assert ct.text == (
        "NORTHPORT, May 2 (XYZ): The prime minister of Aldoria on Sunday met the envoys of six countries.\n\n"
        "They praised his leadership during the flood.\n\nThe meeting lasted two hours."
    )


def test_blank_lines_trailing_spaces_and_leading_blank_lines() -> None:
    ct = cleaned("\n \n\nHeadline here   \n\n\n\nFirst paragraph.  \n\n\n\n\nSecond paragraph.\t\n\n")
    assert ct.text == "Headline here\n\nFirst paragraph.\n\nSecond paragraph."


def test_split_dateline_is_glued() -> None:
    ct = cleaned("Minister replies to a letter - 7\n/Jun/ 2019\n\nThe minister replied.\n")
    assert lines_of(ct.text)[0] == "Minister replies to a letter - 7/Jun/ 2019"


def test_characters_are_never_changed() -> None:
    text = "“Quoted” text with ‘curly’ quotes, café and ﬁ ligature\u00a0kept.\n"
    ct = cleaned(text)
    assert ct.text == text.rstrip()


def test_empty_and_blank_texts() -> None:
    assert cleaned("").text == ""
    assert cleaned(" \n\n \n").offsets == (0,)


def test_offset_checker_catches_broken_maps() -> None:
    raw = "abc def"
    assert not offset_errors(raw, CleanText("abc def", tuple(range(8))))
    assert offset_errors(raw, CleanText("abX", (0, 1, 2, 3)))
    assert offset_errors(raw, CleanText("ab", (1, 0, 2)))
    assert offset_errors(raw, CleanText("ab", (0, 1)))
    with pytest.raises(AssertionError):
        assert_offsets(raw, CleanText("zz", (0, 1, 2)))


@pytest.mark.parametrize(
    ("text", "salutation", "closing", "signature", "date"),
    [
        ("Dear Minister,", True, False, False, False),
        ("To His Excellency the President of Aldoria", True, False, False, False),
        ("Sincerely,", False, True, False, False),
        ("Peace be upon you", False, True, False, False),
        ("Jane Q. Doe,", False, False, True, False),
        ("IOANNES", False, False, True, False),
        ("March 4, 2019", False, False, False, True),
        ("From Rome, 3 March 2019", False, False, False, True),
        ("To date, the ministry has not replied to the letter.", False, False, False, False),
    ],
)
def test_letter_frame_detectors(
    text: str, salutation: bool, closing: bool, signature: bool, date: bool
) -> None:
    assert is_salutation(text) is salutation
    assert is_closing(text) is closing
    assert is_signature(text) is signature
    assert is_date_line(text) is date


@pytest.mark.parametrize(
    "line, joins",
    [("The minister said she may", True), ("Letter in early May", False), ("The talks will", True),
     ("A film by Will", False), ("May", True)],
)  # fmt: skip
def test_a_capitalised_last_word_is_no_function_word(line: str, joins: bool) -> None:
    from lettertrace.clean_lines import ends_with_function_word

    assert ends_with_function_word(line) is joins


@pytest.mark.parametrize("heading", ["Associated links", "Useful links", "Further reading"])
def test_a_block_of_links_at_the_foot_goes_with_its_heading(heading: str) -> None:
    """A readout's foot lists earlier readouts under a heading of links: their titles and dates are
    no part of the story."""
    text = (
        "Prime Minister speaks with President\n\n"
        "The Prime Minister today spoke with the President about the harvest.\n\n"
        f"{heading}\n"
        "  Prime Minister speaks with President (January 10, 2024)\n"
        "  Prime Minister announces support for farmers\n"
    )
    ct = cleaned(text)
    assert "January 10" not in ct.text and heading not in ct.text
    assert ct.text.endswith("about the harvest.")
