"""Session 61: rules read from new blind sets, each tested on invented sentences and pages."""

from __future__ import annotations

import pytest

from test_extract import acts, page_acts, run


@pytest.mark.parametrize(
    "told",
    [
        "Kessel's Prime Minister Dr the Right Honourable Carl Berg wrote to Ana Lind on Monday.",
        "A letter from Prime Minister Dr the Right Honourable Carl Berg was sent to Ana Lind on Monday.",
        "In a letter to Ana Lind, Kessel's Prime Minister Dr the Right Honourable Carl Berg wrote: "
        '"We stand with you."',
    ],
)
def test_the_right_honourable_is_no_name(told: str) -> None:
    got = acts(told)
    assert ("letter", "Carl Berg", ("Ana Lind",)) in got, got
    assert not any("Right" in a[1] or "Honourable" in a[1] for a in got), got


@pytest.mark.parametrize(
    "told",
    [
        "(Bodo Harbour, NL) – President Carl Berg wrote to Ana Lind on Monday.",
        "(Bodo Harbour, NL) - President Carl Berg sent a letter to Ana Lind on Monday.",
        "(Narvik) — Prime Minister Carl Berg wrote to President Ana Lind on Monday.",
    ],
)
def test_a_dateline_in_brackets_is_no_party(told: str) -> None:
    got = acts(told)
    assert not any("Bodo" in a[1] or "Narvik" in a[1] for a in got), got
    assert any(a[1] == "Carl Berg" and a[2] == ("Ana Lind",) for a in got), got


@pytest.mark.parametrize(
    "told",
    [
        "President Carl Berg has released the following statement in response to the letter from Kessel "
        "President Ana Lind.",
        "President Carl Berg issued a statement on Monday in response to Ana Lind's letter.",
        "President Carl Berg held a news conference on Monday in response to Ana Lind's letter.",
        "In response to Ana Lind's letter, President Carl Berg told reporters that he was grateful.",
    ],
)
def test_a_statement_in_response_to_a_letter_is_no_letter_back(told: str) -> None:
    got = acts(told)
    assert not any(a[1] == "Carl Berg" for a in got), got  # no reply sent to Lind
    assert any(a[1].endswith("Lind") and a[2] == ("Carl Berg",) for a in got), got  # her letter was


def test_a_letter_sent_in_response_is_still_a_letter_back() -> None:
    got = acts("President Carl Berg sent a letter on Monday in response to Ana Lind's letter.")
    assert any(a[1] == "Carl Berg" and a[2][0].endswith("Lind") for a in got), got


@pytest.mark.parametrize(
    "told",
    [
        "In another message, Carl Berg told Dutch King Piet Dorn he was saddened.",
        "Carl Berg told Dutch King Piet Dorn in a message that he was saddened.",
    ],
)
def test_a_peoples_word_and_office_before_a_name_are_no_part_of_it(told: str) -> None:
    got = acts(told)
    assert ("message", "Carl Berg", ("Piet Dorn",)) in got, got


_TELEGRAMS = """War Telegrams

1941

Sent on January 8, 1941

C. J. Berg to A. Lind

Thank you for the message and your concern for the progress of our relations. The article to which you \
refer is not at all official.


Sent on January 16, 1941

C. J. Berg to A. Lind

I have received your message of January 15.

I sincerely thank you for your good wishes for the New Year.


Sent on February 18, 1941

C. J. Berg to P. Dorn

I have received your message about arms deliveries in January and February.
"""


def test_an_edition_dates_each_document_above_its_heading() -> None:
    comms = run(_TELEGRAMS).extraction.communications
    got = sorted(
        (c.sender.name, tuple(r.name for r in c.recipients), str(c.date.earliest))
        for c in comms
        if c.sender and c.full_text is not None
    )
    assert got == [
        ("C. J. Berg", ("A. Lind",), "1941-01-08"),
        ("C. J. Berg", ("A. Lind",), "1941-01-16"),
        ("C. J. Berg", ("P. Dorn",), "1941-02-18"),
    ], got


_NUMBERED = """Norland Papers: Telegram

No. 23
President Berg to Marshal Lind 1

top secret

Number 271, personal and top secret, from the President to Marshal Lind.

I was most pleased to receive your wire in regard to the envoy's visit. I feel that it is wiser that I \
make an announcement of his visit after his departure.

No. 24
The President to the Ambassador in Kessel (Dorn)1

top secret

Please deliver the following message to the Marshal. I agree with the terms.
"""


def test_an_edition_numbers_each_document_above_its_heading() -> None:
    got = page_acts(_NUMBERED)
    assert ("letter", "Berg", ("Lind",)) in got, got
    assert ("letter", "Berg", ("Dorn",)) in got, got


def test_a_secret_message_heading_names_its_sides() -> None:
    page = (
        "Correspondence with the Prime Minister\n\nNo. 98\n\nSent on January 5, 1943\n\n"
        "Personal and Secret Message from Premier Berg to Prime Minister Lind\n\n"
        "Both your messages received. Thank you for notifying me about the coming meeting with the President.\n"
    )
    assert ("message", "Berg", ("Lind",)) in page_acts(page), page_acts(page)


@pytest.mark.parametrize(
    "page",
    [
        "Norland News\n\nMarch 3, 2024\n\nPresident Berg to Prime Minister Lind\n\n"
        "President Carl Berg will travel to Kessel next week to meet Prime Minister Ana Lind, officials said.\n\n"
        "Lind phoned Berg on Friday.\n",
        "Norland News | Politics\n\nSunday 3 March 2024\n\nBerg to Lind\n\n"
        "President Carl Berg will travel to Kessel next week to meet Prime Minister Ana Lind.\n\n"
        "Lind phoned Berg on Friday.\n",
    ],
)
def test_a_news_headline_a_to_b_under_the_papers_date_is_no_document(page: str) -> None:
    got = page_acts(page)
    assert not any(a[0] != "call" for a in got), got


@pytest.mark.parametrize(
    "told",
    [
        "Vice President Carl Berg and Secretary-General Piet Dorn in a separate phone call to President Ana Lind "
        "reaffirmed their support.",
        "Vice President Carl Berg and Secretary-General Piet Dorn, in separate phone calls to President Ana Lind, "
        "reaffirmed their support.",
        "Carl Berg and Piet Dorn, in separate calls with Ana Lind on Monday, pledged support.",
    ],
)
def test_callers_in_separate_calls_each_call_the_one_named(told: str) -> None:
    got = acts(told)
    assert ("call", "Carl Berg", ("Ana Lind",)) in got, got
    assert ("call", "Piet Dorn", ("Ana Lind",)) in got, got
    assert ("call", "Carl Berg", ("Piet Dorn",)) not in got, got


def test_callers_in_one_call_stay_one_call() -> None:
    got = acts("Carl Berg and Piet Dorn, in a phone call with President Ana Lind, pledged support.")
    assert len([a for a in got if a[0] == "call"]) == 1, got


@pytest.mark.parametrize(
    "told",
    [
        "Norland Foreign Minister Carl Berg and Kessel Prime Minister Ana Lind on Saturday held what officials "
        "described as a productive telephone conversation.",
        "Carl Berg and Ana Lind held what was described as a cordial phone call on Monday.",
        "Carl Berg had what aides called a frank phone call with Ana Lind on Monday.",
    ],
)
def test_a_call_held_as_what_it_was_described_as(told: str) -> None:
    got = acts(told)
    assert any(a[0] == "call" and {a[1], *a[2]} == {"Carl Berg", "Ana Lind"} for a in got), got


@pytest.mark.parametrize(
    "told",
    [
        "Carl Berg and Ana Lind held what was described as a cordial meeting on Monday.",
        "The document was described as a letter from Ana Lind to Carl Berg.",
    ],
)
def test_what_is_described_as_a_meeting_or_a_letter_passed_off_is_no_act(told: str) -> None:
    assert not acts(told), acts(told)


@pytest.mark.parametrize(
    "told",
    [
        "Kessel Prime Minister Ana Lind conducted a telephone conference with Norland Foreign Minister Carl "
        "Berg this past Saturday.",
        "Kessel Prime Minister Ana Lind held a video conference with Norland President Carl Berg on Saturday.",
    ],
)
def test_a_telephone_or_video_conference_between_two_is_a_call(told: str) -> None:
    got = acts(told)
    assert ("call", "Ana Lind", ("Carl Berg",)) in got, got


def test_a_press_conference_with_someone_is_no_call() -> None:
    got = acts(
        "Kessel Prime Minister Ana Lind held a press conference with Norland President Carl Berg on Saturday."
    )
    assert not got, got


@pytest.mark.parametrize(
    "told, kind",
    [
        ("President Carl Berg's first act was a phone call to Kessel President Ana Lind.", "call"),
        ("President Carl Berg's first call as president was with Kessel President Ana Lind.", "call"),
        ("President Carl Berg's first letter as president was to Ana Lind.", "letter"),
    ],
)
def test_an_act_told_by_be(told: str, kind: str) -> None:
    got = acts(told)
    assert (kind, "Carl Berg", ("Ana Lind",)) in got, got


@pytest.mark.parametrize(
    "told",
    [
        "President Carl Berg's call was to action.",
        "President Carl Berg's first act was a meeting with Kessel President Ana Lind.",
        "President Carl Berg's next step will be a call to Ana Lind.",
    ],
)
def test_no_act_told_by_be_where_none_is_held(told: str) -> None:
    assert not acts(told), acts(told)


@pytest.mark.parametrize(
    "page",
    [
        "Norland Daily\n\nBerg wrote to President Ana Lind last month proposing talks, officials said.\n\n"
        "Related stories\n\nMarch 1, 2024\n\nPremier Berg to Meet President Lind in Kessel\n\n"
        "The two will discuss the river.\n",
        "Kessel Daily News - Norland's independent voice\n\nSunday 3 March 2024\n\n"
        "Premier Berg to Meet President Lind\n\nCarl Berg wrote to Ana Lind last month proposing talks.\n",
        "Norland Daily\n\nNo. 412\n\nCarl Berg to Ana Lind\n\nCarl Berg wrote to Ana Lind last month proposing "
        "talks on the river, officials said on Sunday.\n",
    ],
)
def test_a_news_headline_under_a_date_or_an_issue_number_is_no_document(page: str) -> None:
    comms = run(page).extraction.communications
    assert not any(c.full_text is not None for c in comms), [(c.sender and c.sender.name) for c in comms]


@pytest.mark.parametrize(
    "told",
    [
        "Ana Lind wrote to Carl Berg on Monday. || Carl Berg sent a statement to Ana Lind in response to her letter.",
        "Ana Lind wrote to Carl Berg on Monday. || Carl Berg released a statement and a letter to Ana Lind in "
        "response to her letter.",
    ],
)
def test_a_statement_sent_to_the_writer_in_response_is_a_reply(told: str) -> None:
    got = acts(*told.split(" || "))
    assert any(a[1] == "Carl Berg" and a[2] == ("Ana Lind",) for a in got), got


def test_separate_calls_to_two_are_a_call_from_each_to_each() -> None:
    got = acts(
        "Ana Lind and Carl Berg, in separate phone calls to Piet Dorn and Jan Vos, pledged aid on Monday."
    )
    assert {a for a in got if a[0] == "call"} >= {
        ("call", "Ana Lind", ("Piet Dorn",)),
        ("call", "Ana Lind", ("Jan Vos",)),
        ("call", "Carl Berg", ("Piet Dorn",)),
        ("call", "Carl Berg", ("Jan Vos",)),
    }, got


def test_a_separate_call_keeps_no_joint_call_beside() -> None:
    got = acts(
        "Ana Lind and Carl Berg, in a separate call with Piet Dorn, reaffirmed their support on Monday."
    )
    assert {a for a in got if a[0] == "call"} == {
        ("call", "Ana Lind", ("Piet Dorn",)),
        ("call", "Carl Berg", ("Piet Dorn",)),
    }, got


@pytest.mark.parametrize(
    "told",
    [
        "A group of young scholars from Norland University wrote to President Carl Berg.",
        "A group of students from Norland University wrote to President Carl Berg last month.",
        "A delegation of farmers from the Norland University wrote to President Carl Berg.",
    ],
)
def test_a_group_of_members_of_a_body_writes_as_the_body(told: str) -> None:
    got = acts(told)
    assert ("letter", "Norland University", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(
    "told, writer",
    [
        ("Ana Lind this week received a reply to a letter she sent to President Carl Berg.", "Ana Lind"),
        ("Ana Lind received a reply to her letter to President Carl Berg.", "Ana Lind"),
        (
            "A group of young scholars from Norland University received a reply to a letter they sent to "
            "President Carl Berg.",
            "Norland University",
        ),
    ],
)
def test_a_reply_received_to_a_letter_sent_is_the_addressees(told: str, writer: str) -> None:
    got = acts(told)
    assert ("letter", writer, ("Carl Berg",)) in got, got
    assert ("letter", "Carl Berg", (writer,)) in got, got


@pytest.mark.parametrize(
    "told",
    [
        "Ana Lind has yet to receive a reply to her letter to President Carl Berg.",
        "Ana Lind hopes to receive a reply to her letter to President Carl Berg.",
    ],
)
def test_a_reply_not_yet_received_is_none(told: str) -> None:
    got = acts(told)
    assert ("letter", "Ana Lind", ("Carl Berg",)) in got, got
    assert not any(a[1] == "Carl Berg" for a in got), got


@pytest.mark.parametrize(
    "told, body",
    [
        ("The foreign ministry sent a letter to Carl Berg on Monday.", "foreign ministry"),
        ("The election commission wrote to Carl Berg on Monday.", "election commission"),
        ("The audit board wrote to Carl Berg on Monday.", "audit board"),
    ],
)
def test_a_body_in_lower_case_named_by_its_remit_is_a_party(told: str, body: str) -> None:
    assert ("letter", body, ("Carl Berg",)) in acts(told), acts(told)


def test_a_body_in_lower_case_is_the_body_named_before() -> None:
    got = acts(
        "The Norland Foreign Ministry issued a statement on Sunday.",
        "Later the foreign ministry sent a letter to Carl Berg.",
    )
    assert ("letter", "Norland Foreign Ministry", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(
    "told",
    ["The new committee wrote to Carl Berg on Monday.", "The same office wrote to Carl Berg on Monday."],
)
def test_words_that_say_which_body_name_none(told: str) -> None:
    assert not acts(told), acts(told)


def test_a_numbered_document_graded_secret_is_an_editions() -> None:
    page = (
        "740.00119 Kessel/6-645\n\nNo. 43\nMarshal Berg to Prime Minister Lind 1\n\ntop secret\n\n"
        "For Prime Minister Lind from Berg:\n\nI have received your message of May 29th. I have no objection to "
        "that date if you also agree to it.\n\nI send you my best wishes.\n"
    )
    assert ("letter", "Berg", ("Lind",)) in page_acts(page), page_acts(page)


@pytest.mark.parametrize(
    "first",
    [
        "President Carl Berg and President Ana Lind have called for an immediate ceasefire.",
        "President Carl Berg and President Ana Lind met in Narvik last year.",
    ],
)
@pytest.mark.parametrize(
    "then",
    [
        "The presidency says the leaders held a phone conversation to discuss the crisis.",
        "The presidency says the two leaders held a phone conversation to discuss the crisis.",
    ],
)
def test_the_leaders_held_a_call_in_a_clause_told_by_another(first: str, then: str) -> None:
    got = acts(first, then)
    assert any(a[0] == "call" and {a[1], *a[2]} == {"Carl Berg", "Ana Lind"} for a in got), got


def test_the_leaders_are_no_columnist_and_a_leader() -> None:
    got = acts(
        "Columnist Piet Dorn criticised President Carl Berg on Sunday.",
        "The leaders held a phone call on Monday.",
    )
    assert not got, got


@pytest.mark.parametrize(
    "told, expected",
    [
        (
            "However, Carl Berg disclosed that Ana Lind had received a letter from him on the issue.",
            ("letter", "Carl Berg", ("Ana Lind",)),
        ),
        ("Carl Berg said Ana Lind had written to him on Monday.", ("letter", "Ana Lind", ("Carl Berg",))),
        (
            "Carl Berg wrote to Ana Lind, thanking her for her support.",
            ("letter", "Carl Berg", ("Ana Lind",)),
        ),
    ],
)
def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(
    told: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert expected in acts(told), acts(told)


_ROUNDUP = (
    "Leaders of countries and parties, including those from Kessel, Vestria and Norland, have sent letters and "
    "messages of congratulations to Party General Secretary Carl Berg on his re-election."
)


def test_the_voices_told_after_a_roundup_each_sent_one() -> None:
    got = acts(
        _ROUNDUP,
        "Kessel President Ana Lind emphasised that Berg had contributed to the friendship between the two parties.",
        "Vestria President Piet Dorn affirmed that he is ready to work with Berg on relations.",
        "Norland President Jan Vos also appreciated Berg's contributions to the partnership.",
    )
    for writer in ("Ana Lind", "Piet Dorn", "Jan Vos"):
        assert any(a[1] == writer and a[2] == ("Carl Berg",) for a in got), (writer, got)


def test_messages_poured_in_then_one_praised_the_addressee() -> None:
    got = acts(
        "Messages of congratulations poured in for President Carl Berg on Sunday.",
        "Kessel President Ana Lind praised Berg for his leadership.",
    )
    assert ("message", "Ana Lind", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(
    "then",
    [
        "Opposition leader Ana Lind said the economy was weak.",  # nothing of the addressee
        "Berg thanked the leaders for their warm words.",  # the addressee himself
    ],
)
def test_no_voice_of_a_roundup_without_the_addressee(then: str) -> None:
    got = acts("Leaders have sent messages of congratulations to President Carl Berg.", then)
    assert not any(a[1] in ("Ana Lind",) for a in got), got


def test_a_person_named_before_the_roundup_is_no_voice_of_it() -> None:
    got = acts(
        "Kessel President Ana Lind visited Narvik last year.",
        "Leaders have sent messages of congratulations to President Carl Berg.",
        "Ana Lind said Berg had served his country well.",
    )
    assert not any(a[1] == "Ana Lind" for a in got), got


@pytest.mark.parametrize(
    "told",
    [
        "Ana Lind will hold what aides described as a phone call with Carl Berg next week.",
        "Ana Lind and Carl Berg did not hold what officials described as a telephone conversation.",
        "Ana Lind circulated what was described as a letter from Carl Berg to Piet Dorn.",
        "Ana Lind received what was described as a letter from Carl Berg, which later proved to be a forgery.",
    ],
)
def test_what_was_described_as_an_act_not_held_is_none(told: str) -> None:
    assert not acts(told), acts(told)


@pytest.mark.parametrize(
    "told",
    [
        "Ana Lind gave a telephone press conference to Norland reporters.",
        "Ana Lind held a video press conference with Carl Berg.",
        "Ana Lind spoke at a video-game conference with Carl Berg.",
    ],
)
def test_a_press_event_by_phone_or_video_is_no_call(told: str) -> None:
    assert not [a for a in acts(told) if a[0] == "call"], acts(told)


@pytest.mark.parametrize(
    "told",
    [
        "Ana Lind's favourite book was a letter to Carl Berg.",
        "Ana Lind's response was a call to Carl Berg to resign.",
        "Ana Lind's letter was to Carl Berg's liking.",
        "Ana Lind's first call from a foreign leader was with Carl Berg.",
    ],
)
def test_be_tells_no_act_of_a_book_an_appeal_or_a_call_received(told: str) -> None:
    assert not [a for a in acts(told) if a[1] == "Ana Lind"], acts(told)


@pytest.mark.parametrize(
    "told",
    [
        "A group of critics of the Norland Farmers Union wrote to Ana Lind.",
        "A group of opponents of the Norland Farmers Union wrote to Ana Lind.",
    ],
)
def test_a_group_of_critics_of_a_body_is_not_the_body(told: str) -> None:
    assert not any(a[1] == "Norland Farmers Union" for a in acts(told)), acts(told)


def test_a_reply_received_from_another_is_not_the_addressees() -> None:
    got = acts("Ana Lind received a reply to her letter to Carl Berg from his secretary, Piet Dorn.")
    assert not any(a[1] == "Carl Berg" for a in got), got


@pytest.mark.parametrize("audience", ["reporters", "the press", "parliament"])
def test_a_statement_to_the_public_in_response_is_no_reply(audience: str) -> None:
    got = acts(
        "Ana Lind wrote to Carl Berg on Monday.",
        f"Carl Berg read a statement to {audience} in response to Lind's letter.",
    )
    assert not any(a[1] == "Carl Berg" for a in got), got


@pytest.mark.parametrize(
    "told", ["The box office called Ana Lind.", "The home office called Ana Lind on Monday."]
)
def test_an_office_named_by_what_it_sells_is_no_body(told: str) -> None:
    assert not acts(told), acts(told)


def test_a_lower_case_body_that_could_be_either_of_two_is_neither() -> None:
    got = acts(
        "The Norland Foreign Ministry and the Vestria Foreign Ministry exchanged notes.",
        "The foreign ministry wrote to Ana Lind on Monday.",
    )
    assert not any(a[1] == "foreign ministry" for a in got), got


def test_a_headline_verb_opening_a_tagged_name_is_no_name() -> None:
    page = (
        "Norland President Sends Letter To Kessel's Lind Amid Ongoing Tensions - Narvik\n\n"
        "Norland President Sends Letter to Kessel's Lind Amid Ongoing Tensions - Narvik\n\n"
        "Norland President Carl Berg has sent a message to Kessel Prime Minister Ana Lind through Prime Minister "
        "Piet Dorn, who is currently visiting Narvik.\n"
    )
    got = page_acts(page)
    assert not any("Sends" in a[1] or any("Sends" in r for r in a[2]) for a in got), got
    assert any(a[1] == "Carl Berg" and a[2] == ("Ana Lind",) for a in got), got


_R = "Leaders have sent messages of congratulations to Carl Berg on his election as president of Kessel."


@pytest.mark.parametrize(
    "then",
    [
        "Jan Vos, the leader of the Kessel opposition, said Carl Berg had stolen the election.",
        "Jan Vos, a political analyst at Kessel University, said Carl Berg faces a hard task.",
        "Ana Lind, the president of Norland, told Jan Vos, the president of Vestria, that Carl Berg could not be "
        "trusted.",
        "Ana Lind, the president of Norland, condemned Carl Berg's treatment of journalists.",
        "Ana Lind, the president of Norland, said she would meet Carl Berg in Narvik next month.",
    ],
)
def test_no_voice_of_a_roundup_that_only_speaks_of_the_addressee(then: str) -> None:
    got = acts(_R, then)
    assert not any(a[1] in ("Jan Vos", "Ana Lind") for a in got), got


def test_a_pronoun_in_an_owned_phrase_is_the_clause_subject_s() -> None:
    got = acts("Mr Carl Berg showed reporters Mr Jan Vos's letter to him.")
    assert ("letter", "Jan Vos", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(
    "told, expected",
    [
        (
            "Ana Lind held an urgent telephone conference with Carl Berg on Monday.",
            ("call", "Ana Lind", ("Carl Berg",)),
        ),
        (
            "Ana Lind sent what was described as a letter of protest to Carl Berg on Monday.",
            ("letter", "Ana Lind", ("Carl Berg",)),
        ),
        (
            "President Ana Lind's reply was a letter to Kessel President Carl Berg.",
            ("letter", "Ana Lind", ("Carl Berg",)),
        ),
    ],
)
def test_review_mends_keep_real_acts(told: str, expected: tuple[str, str, tuple[str, ...]]) -> None:
    assert expected in acts(told), acts(told)


def test_office_in_lower_case_is_the_office_named_before() -> None:
    got = acts(
        "The Norland Foreign Office reacted on Monday.",
        "The foreign office wrote to Carl Berg, the mayor of Kessel, on Monday.",
    )
    assert ("letter", "Norland Foreign Office", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(
    "page",
    [
        "Dear Hon. Prime Minister Carl Berg,\n\nOn behalf of the people of Kessel I congratulate you on your "
        "election as Prime Minister of Norland.\n\nI trust that your leadership will benefit our peoples.\n\n"
        "Ana Lind\nPresident of Kessel\n",
        "Norland Council\nThe President\nNarvik, 17 February 2016\n\nDear colleagues,\n\nTomorrow we will meet in "
        "the Council. It will be a crucial moment for the unity of our Union.\n\nYours,\n\nCarl Berg\n",
    ],
)
def test_a_letter_reproduced_from_its_salutation_passes_the_prefilter(page: str) -> None:
    from lettertrace.sieve import passes

    assert passes(page)


def test_a_salutation_in_running_text_is_no_cue() -> None:
    from lettertrace.sieve import passes

    assert not passes("The match ended 2-1 in Narvik on Sunday. Dear reader, thanks for following along.\n")
