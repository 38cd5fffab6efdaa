"""'A spoke by video link with B', 'over a secure phone line with B': a medium of its own noun phrase
marks a call, and the partner hung on the medium is its other party (extract/call_media.py). An address
by video to an assembly, a summit or students is no call. Invented sentences."""

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ana Berg spoke by video link with President Ivo Dral on Friday.",
        "Prime Minister Ana Berg spoke over a secure phone line with President Ivo Dral on Friday.",
        "Prime Minister Ana Berg, speaking by video link with President Ivo Dral on Friday, pledged support.",
    ],
)
def test_the_partner_on_the_medium_is_the_other_party(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ana Berg", ("Ivo Dral",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg spoke via video link to the UN General Assembly on Tuesday.",
        "President Ana Berg spoke via video to the UN General Assembly on Tuesday.",
        "President Ana Berg spoke by video link to students in Norland on Tuesday.",
    ],
)
def test_an_address_by_video_is_no_call(sentence: str) -> None:
    assert found_acts(sentence) == []
