"""A 'to' phrase that names no one ('the heir to the throne', 'a tribute to the nation') opens no list
of addressees: the names set off after it are not written to. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "The request was made in a letter from the Regent and heir to the throne, Prince Ivo Stren, to the "
        "Secretary-General of the Union, Dina Paolu.",
        "The request came in a letter from the heir to the throne, Prince Ivo Stren, on Tuesday.",
        "The request was made in a letter from the successor to the founder, Ivo Stren, on Tuesday.",
    ],
)
def test_the_name_after_an_office_with_to_is_no_addressee(sentence: str) -> None:
    assert all(recipient != "Ivo Stren" for _, recipient in sent_pairs(sentence))
