"""A quote's frame: a speech verb in a relative clause that ends in the colon right before the quote frames
it ("a speech in which he told the guests: '...'"); words told to an audience named by a common noun are not
the words of the letter the report was telling of. Sentences are invented."""

from __future__ import annotations

from test_extract import report, run

OPENING = "PARIS, May 4, 2023 - Jean Dufort wrote to Anne Colbert on Monday to ask for a meeting."


def _quotes(*paragraphs: str) -> dict[str, tuple[str | None, int | None]]:
    rep = run(report(OPENING, *paragraphs))
    return {q.text: (q.speaker.name if q.speaker else None, q.communication) for q in rep.extraction.quotes}


def test_a_relative_clause_ending_in_a_colon_frames_the_quote() -> None:
    for paragraph in (
        'The museum showed a recording of his speech of 1960, in which he told the guests: "We have known hard'
        ' years." The hall was full.',
        'Visitors heard the address of 1961 in which Dufort told the assembly: "We have known hard years."',
        'They replayed the broadcast, in which he said: "We have known hard years."',
    ):
        found = _quotes(paragraph)
        assert found["We have known hard years."][0] == "Jean Dufort", (paragraph, found)


def test_words_told_to_an_audience_are_not_the_letters() -> None:
    for paragraph in (
        'Later he told the assembled guests: "We have known hard years."',
        'On Tuesday, Dufort told students: "We have known hard years."',
        'He told supporters in Lyon: "We have known hard years."',
    ):
        found = _quotes(paragraph)
        assert found["We have known hard years."] == ("Jean Dufort", None), (paragraph, found)


def test_words_told_to_the_addressee_or_in_the_letter_stay_the_letters() -> None:
    for paragraph in (
        'In the letter he told Colbert: "We have known hard years."',
        'He told the minister: "We have known hard years."',
        'He told students in his letter: "We have known hard years."',
    ):
        found = _quotes(paragraph)
        assert found["We have known hard years."] == ("Jean Dufort", 0), (paragraph, found)
