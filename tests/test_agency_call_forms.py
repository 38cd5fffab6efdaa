"""Agency and record styles: 'the Berg-Ruiz phone conversation', a call 'from his Sudland brother,
President B', 'speaking to <a news agency>' (an interview), a name cut short by the tagger after words of
address ('Dato Seri Setia A B'), and a record's turn label with its time ('Mr A (Minister for Water)
(12:04): I table a letter to me from ...')."""

from __future__ import annotations

import pytest

from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report
from test_extract import found_acts


@pytest.mark.parametrize(
    "sentences",
    [
        ("Norland President Ana Berg and Sudland President Karl Ruiz discussed the region.",
         "The Berg-Ruiz phone conversation took place on Tuesday."),
        ("The Berg-Ruiz phone conversation took place on Tuesday, Norland's foreign ministry said of President "
         "Ana Berg and Sudland's leader Karl Ruiz.",),
    ],
)  # fmt: skip
def test_a_call_named_by_its_two_sides_joined_by_a_hyphen(sentences: tuple[str, ...]) -> None:
    assert found_acts(*sentences) == [("call", "Ana Berg", ("Karl Ruiz",))]


def test_a_hyphened_adjective_is_no_pair() -> None:
    assert found_acts("The Franco-Sudland call on Tuesday was short.") == []


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("President Ana Berg received Sunday a phone call from his Sudland brother, President Karl Ruiz.",
         ("call", "Karl Ruiz", ("Ana Berg",))),
        ("President Ana Berg wrote on Sunday to her old friend, Karl Ruiz, the Sudland president.",
         ("letter", "Ana Berg", ("Karl Ruiz",))),
    ],
)  # fmt: skip
def test_a_fellow_leader_named_after_a_comma(sentence: str, act: tuple[str, str, tuple[str, ...]]) -> None:
    assert found_acts(sentence) == [act]


def test_a_brother_named_by_no_one_is_no_party() -> None:
    assert found_acts("President Ana Berg received a letter from her brother on Sunday.") == []


def test_speaking_to_a_news_agency_is_an_interview() -> None:
    acts = found_acts(
        "Norland's envoy Karl Ruiz wrote to Sudland President Ana Berg on Monday.",
        'Speaking to TASS on Wednesday, Ruiz said that no reply had been received. "We will insist," he said.',
    )
    assert acts == [("letter", "Karl Ruiz", ("Ana Berg",))]


def test_words_of_address_before_a_name_the_tagger_cut_short() -> None:
    acts = found_acts(
        "Foreign Minister Datuk Seri Ana Berg received a phone call from his Norland counterpart, Dato Seri "
        "Setia Awang Karl Ruiz Yusof, yesterday to discuss the summit."
    )
    assert acts == [("call", "Awang Karl Ruiz Yusof", ("Ana Berg",))]  # "Setia", a title of Brunei, left off


RECORD = """HOUSE OF REPRESENTATIVES
Tuesday, 18 February 2025

The SPEAKER (Mrs Vass) took the chair at 12:00.

DOCUMENTS
Mr RUIZ (Minister for the Environment and Water) (12:04): I table a letter to me from the Premier of Norland, the Hon. Ana Berg, dated 10 February 2025, concerning the forest agreement.
"""


def test_a_record_turn_with_its_time_speaks_for_its_member() -> None:
    rep = process_report(RawReport(source="x.txt", sha256="0" * 64, raw_text=RECORD, fmt="txt"), Options())
    acts = [
        (c.sender.name if c.sender else "", [r.name for r in c.recipients])
        for c in rep.extraction.communications
    ]
    assert acts == [("Ana Berg", ["RUIZ"])]


def test_what_a_country_calls_a_place_is_no_call() -> None:
    assert (
        found_acts("The islets, which Sudland calls Dokdo and Norland calls Takeshima, are disputed.") == []
    )


def test_a_past_or_perfect_call_in_the_body_is_a_call() -> None:
    for verb in ("called", "has called"):
        acts = found_acts(f"Norland President Ana Berg {verb} Sudland President Karl Ruiz on Monday.")
        assert acts == [("call", "Ana Berg", ("Karl Ruiz",))], verb


@pytest.mark.parametrize("described", ["the Norland top diplomat", "Norland's top diplomat"])
def test_a_top_diplomat_is_the_foreign_minister_named(described: str) -> None:
    acts = found_acts(
        "Norland's Minister of Foreign Affairs Ana Berg met Karl Ruiz on Monday.",
        f"Separately, {described} received a phone call on Sunday from Ostmark Foreign Minister Tomas Varga.",
    )
    assert acts == [("call", "Tomas Varga", ("Berg",))]


def test_a_diplomat_is_no_prime_minister() -> None:
    acts = found_acts(
        "Norland Prime Minister Ana Berg met Karl Ruiz on Monday.",
        "Separately, Norland's top diplomat received a phone call on Sunday from Ostmark Foreign Minister Tomas Varga.",
    )
    assert ("call", "Tomas Varga", ("Berg",)) not in acts
