"""A body named again by its head noun alone ("the council" after "the Security Council"; "the chairman of the
commission" after "the Harbour Commission") is the one body of that kind the report named before. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import report, run, sent_pairs

BODY = "Secretary-General Ana Berg on Wednesday asked the Security Council to meet on the floods in Norland."


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter to the chairman of the council, Berg warned that the region faced a collapse.",
        "Berg wrote to the council on Wednesday to warn of a collapse.",
        "A letter from Berg reached the chair of the council on Wednesday.",
    ],
)
def test_the_short_form_is_the_body_named_before(sentence: str) -> None:
    pairs = sent_pairs(BODY, sentence)
    assert len(pairs) == 1, pairs
    sender, recipient = next(iter(pairs))
    assert sender == "Ana Berg" and "Security Council" in recipient, pairs


def test_two_councils_leave_the_short_form_alone() -> None:
    pairs = sent_pairs(
        "Secretary-General Ana Berg on Wednesday alerted the Security Council and the Trusteeship Council.",
        "Berg wrote to the council on Wednesday to warn of a collapse.",
    )
    assert not any("Security Council" in r or "Trusteeship Council" in r for _, r in pairs), pairs


def test_the_body_named_again_speaks() -> None:
    rep = run(
        report(
            "Minister Ola Kvist wrote to President Ana Berg on Monday, the Sylvanian Press Agency reported.",
            "The agency added that the two had agreed to meet in the spring.",
        )
    )
    speakers = {p.speaker.name for p in rep.extraction.paraphrases if p.speaker is not None}
    assert "Sylvanian Press Agency" in speakers, speakers
