"""A leader's military rank used as an epithet is that leader: 'the old marshal', 'the colonel', 'the
admiral' after 'Marshal A', 'Colonel B', 'Admiral C'. Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "first, second, writer, ranked",
    [
        ("Nikita Korov wrote to Marshal Anton Brezic on 3 November 1956.", "Two days later the old marshal answered.",
         "Nikita Korov", "Anton Brezic"),
        ("President Ivo Stan wrote to Colonel Amadou Kone on Monday.", "The colonel replied on Wednesday.",
         "Ivo Stan", "Amadou Kone"),
        ("President Ivo Stan wrote to Admiral Tomas Lind on Monday.", "The admiral answered on Wednesday.",
         "Ivo Stan", "Tomas Lind"),
    ],
)  # fmt: skip
def test_a_rank_as_epithet_is_the_ranked_leader(first: str, second: str, writer: str, ranked: str) -> None:
    assert found_replies(first, second) == sorted([(writer, (ranked,), ""), (ranked, (writer,), writer)])
