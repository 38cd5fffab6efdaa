"""'His chief of staff replied on the President's behalf two weeks later': a reply made for someone else is
that one's reply, to the one who wrote to him. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mayor Lena Holt wrote to President Karl Weber in May. His chief of staff, Ivo Sand, replied on the "
        "President's behalf two weeks later.",
        "Mayor Lena Holt wrote to President Karl Weber on 3 May. Ivo Sand, his secretary, answered on behalf of "
        "Weber on 20 May.",
        "Mayor Lena Holt wrote to President Karl Weber in May. His chief of staff, Ivo Sand, replied on his "
        "behalf on 20 May.",
    ],
)
def test_the_principal_answers(paragraph: str) -> None:
    replies = found_replies(paragraph)
    assert ("Karl Weber", ("Lena Holt",), "Lena Holt") in replies, replies
    assert not any(r[0] == "Ivo Sand" for r in replies), replies
