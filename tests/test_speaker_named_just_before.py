"""'X thanked voters. "...," she wrote': a pronoun that frames a quote points to the person the sentence
right before it names as its subject, in the same paragraph, not to the speaker of an earlier quote; words
"he wrote" after a letter received are still its writer's. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import report, run

EARLIER = (
    "Premier Ana Berg has received messages from President Lena Sorvik, King Karl Dorn and the Chair of the "
    'Regional Council, Tomas Varga. In his message, the Council Chair described the vote as "a proud day".'
)


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    rep = run(report(*paragraphs, headline="Leaders react"))
    return {q.text.rstrip(",. "): (q.speaker.name if q.speaker else None) for q in rep.extraction.quotes}


@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        (
            'In a social media post, Ms Berg thanked voters. "I am humbled by your trust," she wrote.',
            "I am humbled by your trust",
            "Ana Berg",
        ),
        (
            'Chancellor Olaf Brandt toured the flooded valley on Tuesday. "We will rebuild every bridge," he said.',
            "We will rebuild every bridge",
            "Olaf Brandt",
        ),
        (
            'Governor Piet Okoro met farmers in the north. "The levy will go," he told them.',
            "The levy will go",
            "Piet Okoro",
        ),
    ],
)
def test_the_subject_named_just_before(paragraph: str, quote: str, speaker: str) -> None:
    got = _speakers(EARLIER, paragraph)
    assert got.get(quote) == speaker, got


def test_a_letter_received_is_still_its_writer_s() -> None:
    got = _speakers(
        EARLIER,
        'King Olaf Brandt received a letter from Premier Ana Berg on Monday. "Our ports are open to you," she wrote.',
    )
    assert got.get("Our ports are open to you") == "Ana Berg", got
