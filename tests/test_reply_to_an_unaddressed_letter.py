"""'The exchange was initiated by a letter from A proposing X. B confirmed the acceptance in his letter of
reply': a reply with no addressee answers the letter told just before by another writer that names none,
so that letter went to the replier and the reply to its writer. A letter from the same writer, or one
told far back, is not so paired."""

from __future__ import annotations

import pytest

from test_extract import found_replies

FIRST = (
    "The agreement entered into force following the exchange of letters between the two foreign ministers. "
    "The exchange was initiated by a letter from Foreign Minister Ana Berg, dated 3 May, proposing that the "
    "draft should constitute an agreement."
)


@pytest.mark.parametrize(
    "second",
    [
        "The Ostmark Foreign Minister, Leo Kranz, confirmed Ostmark's acceptance in his letter of reply dated "
        "5 May.",
        "Foreign Minister Leo Kranz of Ostmark accepted the proposal in a letter in reply on 5 May.",
        "The Ostmark Foreign Minister, Leo Kranz, sent a letter in reply on 5 May accepting the proposal.",
    ],
)
def test_the_reply_answers_the_letter_before(second: str) -> None:
    got = found_replies(FIRST, second)
    assert ("Ana Berg", ("Leo Kranz",), "") in got, got
    assert ("Leo Kranz", ("Ana Berg",), "Ana Berg") in got, got
