"""'The letter, initiated by A and co-signed by B and C': the one who initiated it sends it; co-signers do
not displace the first-named author. But a letter drafted by one and signed by another is the signer's.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs, act",
    [
        (
            (
                "Prime Minister Karl Mett has sent a joint letter to President Ana Valdes asking for talks.",
                "The letter, initiated by Mett and co-signed by Mayor Oren Falk and Mayor Lina Soto, was sent to "
                "Lima on Tuesday evening.",
            ),
            ("letter", "Karl Mett", ("Ana Valdes",)),
        ),
        (
            (
                "A letter initiated by Prime Minister Tomas Berger and co-signed by Mayor Piet Okoro was sent to "
                "President Mara Ilves on Tuesday.",
            ),
            ("letter", "Tomas Berger", ("Mara Ilves",)),
        ),
        (
            (
                "A letter drafted by Prime Minister Ivo Lenz and signed by Mayor Jon Hale reached President Rita "
                "Moll on Tuesday.",
            ),
            ("letter", "Jon Hale", ("Rita Moll",)),
        ),
        (
            ("A letter addressed to President Rita Moll and signed by Mayor Jon Hale arrived on Tuesday.",),
            ("letter", "Jon Hale", ("Rita Moll",)),
        ),
    ],
)
def test_who_sends_a_letter_several_put_their_names_to(
    paragraphs: tuple[str, ...], act: tuple[str, str, tuple[str, ...]]
) -> None:
    assert found_acts(*paragraphs) == [act]
