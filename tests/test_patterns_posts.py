"""A call a party tells of in its own quoted words is a call between it and the party it names: a post
('"Had a warm conversation with President B today," A posted on X', '"Received a call from B this
morning," A said in a post'), a first-person account with a phone word ('"I phoned B last night," A told
reporters'). Look-alikes: 'I spoke with B at the summit' outside a post may have been face to face; a
quote telling of someone else's call is not the speaker's; a request to call is no call. Invented
sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_patterns import acts

A, B = "Tomas Kettle", "Ida Ostrova"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f'"Had a warm conversation with President {B} today. We agreed to deepen trade ties," Prime Minister {A}'
         " posted on X.", [("call", A, (B,))]),
        (f'Prime Minister {A} wrote on X: "Spoke with my friend President {B} on the phone today."',
         [("call", A, (B,))]),
        (f'"Received a call from President {B} this morning," Prime Minister {A} said in a post on X.',
         [("call", B, (A,))]),
        (f'"I phoned President {B} last night and we agreed to meet," Prime Minister {A} told reporters.',
         [("call", A, (B,))]),
        (f'"Just spoke with President {B} about the harbour. Good talks," the prime minister, {A}, posted on X'
         " on Tuesday night.", [("call", A, (B,))]),
        # look-alikes
        (f'"I spoke with President {B} at the summit about trade," Prime Minister {A} said on Tuesday.', []),
        (f'"Call me," Prime Minister {A} posted on X, addressing President {B}.', []),
        (f'Prime Minister {A} criticised President {B}. "I called {B} a liar," {A} said.', []),
        (f'"We held talks with President {B}," {A} said, days after taking up the post of foreign minister.', []),
        (f'"Spoke with President {B} about trade," {A} wrote on Monday in his memoirs.', []),
    ],
)  # fmt: skip
def test_a_call_told_in_the_speakers_own_words(
    sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert acts(sentence) == expected


def test_a_pronoun_phoned_is_the_other_one_named_before() -> None:
    before = f"For three weeks the finance minister, {B}, and the farmers' leader, {A}, were barely on speaking terms."
    quote = f'"In the end I phoned him at two in the morning and said, let us get this done," {B.split()[-1]} recalled.'
    assert acts(before + " " + quote) == [("call", B, (A,))]


@pytest.mark.parametrize(
    "lead",
    ["KELMARK, Feb 8 (Meridian Wire) -", "ASKARA, March 3 (AP) \u2014", "Kelmark, 8 February 2024 -"],
)
def test_a_post_quoted_right_after_a_dateline_is_the_posters_call(lead: str) -> None:
    paragraph = (
        f'{lead} "Had a warm and substantive call with my friend President {B} of Vestria. We agreed our teams '
        f'will meet next month," Norland Prime Minister {A} wrote on social media on Thursday.'
    )
    assert acts(paragraph) == [("call", A, (B,))]
