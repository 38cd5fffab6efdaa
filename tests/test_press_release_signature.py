"""A press release signed by its writer with an office that takes "to" ("Special Envoy to the
Governor", "Chief Adviser to the Premier") is no document headed "A to B": the release is not a
letter to anyone. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import run


@pytest.mark.parametrize(
    "office",
    ["Special Envoy to the Governor", "Senior Assistant to the Minister", "Chief Adviser to the Premier"],
)
def test_signature_office_is_no_heading(office: str) -> None:
    text = (
        "STATE HOUSE PRESS RELEASE\n\nPRESIDENT BERG HAILS THE HARVEST\n\nPresident Ana Berg on Monday "
        "praised farmers across Norland for a record harvest and thanked the rural councils.\n\n"
        f"Olaf Brandt\n{office}\n(Media and Publicity)\nMarch 11, 2024\n"
    )
    comms = run(text).extraction.communications
    assert not comms, [(c.kind, c.sender and c.sender.name) for c in comms]
