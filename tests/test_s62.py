"""Constructions added in session 62, each tested on invented sentences in several variants."""

from __future__ import annotations

import pytest

from lettertrace.extract.archival import heading
from test_extract import found_acts, found_replies, page_acts, run

# --- a conference call names its sides on the verb that holds it, or as its joined subjects


@pytest.mark.parametrize(
    "sentence",
    [
        "Pope Ana Lind held a conference call on March 16 with Patriarch Carl Berg.",
        "Pope Ana Lind held a video conference call on Monday with Patriarch Carl Berg.",
        "Pope Ana Lind and Patriarch Carl Berg held a video conference call on Monday.",
    ],
)
def test_a_conference_call_with_its_sides_told_on_the_verb_is_a_call(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ana Lind", ("Carl Berg",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessel Corp held a conference call with analysts on Monday, chief executive Ana Lind said.",
        "Ana Lind joined a conference call on Monday.",
    ],
)
def test_a_conference_call_with_no_side_named_is_none(sentence: str) -> None:
    assert found_acts(sentence) == []


# --- where a text was published is no addressee


@pytest.mark.parametrize(
    "place", ["the Kessel website", "the presidential site", "the party's official account"]
)
def test_a_website_a_message_was_uploaded_to_is_no_addressee(place: str) -> None:
    acts = found_acts(
        "President Ana Lind on Thursday congratulated Carl Berg on being reelected as chairman of the Kessel"
        " Committee.",
        f'"I sincerely congratulate you on being reelected," President Lind said in a telegram uploaded to {place}'
        " on Thursday.",
    )
    assert acts == [("message", "Ana Lind", ("Carl Berg",))]


def test_a_letter_posted_to_a_person_still_goes_to_that_person() -> None:
    acts = found_acts("In a letter posted to Carl Berg last week, President Ana Lind thanked him.")
    assert acts == [("letter", "Ana Lind", ("Carl Berg",))]


# --- a written act told only as what speaks, right after a greeting


@pytest.mark.parametrize(
    ("greeting", "reading", "kind"),
    [
        (
            "congratulated Carl Berg on his election as chairman.",
            "The congratulatory message reads, in part:",
            "message",
        ),
        ("congratulated Carl Berg on his election.", "The message reads:", "message"),
        ("thanked Carl Berg for his help during the floods.", "The letter said:", "letter"),
        (
            "congratulated Norland's new prime minister, Carl Berg, on his victory.",
            "The telegram said:",
            "message",
        ),
    ],
)
def test_a_message_told_as_what_speaks_after_a_greeting_is_that_greeting(
    greeting: str, reading: str, kind: str
) -> None:
    acts = found_acts(
        f"President Ana Lind {greeting}",
        f'{reading} "Your work has brought you a high level of authority among all our partners."',
    )
    assert acts == [(kind, "Ana Lind", ("Carl Berg",))]


def test_a_greeting_said_in_a_call_gives_no_written_message() -> None:
    acts = found_acts(
        "President Ana Lind congratulated Carl Berg in a phone call on Monday.",
        'The message was clear: "Your work has brought you a high level of authority among partners."',
    )
    assert acts == [("call", "Ana Lind", ("Carl Berg",))]


def test_a_greeting_of_no_party_gives_no_message() -> None:
    acts = found_acts(
        "Ana Lind congratulated the national football team on Sunday.",
        'The message reads: "You made us proud today and we will never forget it, ever."',
    )
    assert acts == []


# --- a letter whose writer thanked someone before goes to that one


def test_a_writers_letter_after_thanks_goes_to_the_one_thanked_and_answers_their_letter() -> None:
    replies = found_replies(
        "Kessel Committee president Carl Berg has thanked the Norland Olympic Committee for its support.",
        '"Thank you for your letter of support, which I highly appreciated. We will remember it for a long'
        ' time to come," said Berg in the letter.',
    )
    assert replies == [
        ("Carl Berg", ("Norland Olympic Committee",), "Norland Olympic Committee"),
        ("Norland Olympic Committee", ("Carl Berg",), ""),
    ]


def test_your_letter_in_a_letter_to_a_person_is_that_persons_letter() -> None:
    replies = found_replies(
        '"I read your letter with great interest and I share your concern about the river," Carl Berg wrote'
        " to Ana Lind on Monday."
    )
    assert replies == [("Ana Lind", ("Carl Berg",), ""), ("Carl Berg", ("Ana Lind",), "Ana Lind")]


def test_your_message_in_a_speech_is_no_letter() -> None:
    acts = found_acts(
        '"Your message moved us all and we will remember it for a long time," Carl Berg said in a speech.'
    )
    assert acts == []


# --- a note with its writer and addressee beside it, whatever verb governs it


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel Committee on Friday declined to comment on Ana Lind's congratulatory note to Carl Berg.",
        "The committee declined to comment on Norland President Ana Lind's note to newly-elected committee"
        " president Carl Berg, saying it was her prerogative.",
    ],
)
def test_a_possessed_note_to_a_named_person_is_a_message(sentence: str) -> None:
    assert found_acts(sentence) == [("message", "Ana Lind", ("Carl Berg",))]


def test_a_refused_note_is_none() -> None:
    assert found_acts("Ana Lind declined to send a note to Carl Berg.") == []


# --- a span of time after a call's object is no epithet


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind had also been the first world leader to call Carl Berg minutes after his 2013 election.",
        "Ana Lind called Carl Berg hours after the vote.",
    ],
)
def test_a_call_followed_by_a_span_of_time_is_a_call(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ana Lind", ("Carl Berg",))]


def test_calling_someone_a_name_is_still_no_call() -> None:
    assert found_acts("Ana Lind called Carl Berg a liar.") == []


# --- the one before, after or across an office is another person


@pytest.mark.parametrize("relation", ["predecessor", "counterpart", "successor"])
def test_a_persons_predecessor_named_after_is_the_addressee(relation: str) -> None:
    acts = found_acts(f"Ana Lind wrote to Carl Berg's {relation}, Piet Dorn, on Monday.")
    assert acts == [("letter", "Ana Lind", ("Piet Dorn",))]


# --- 'both A and B': two parties


@pytest.mark.parametrize(
    "objects",
    [
        "both the governor of Norland and the judge in the case",
        "the governor of Norland and the judge in the case",
    ],
)
def test_both_a_and_b_are_two_parties(objects: str) -> None:
    acts = found_acts(f"Carl Berg called {objects}.")
    assert acts == [
        ("call", "Carl Berg", ("governor of Norland",)),
        ("call", "Carl Berg", ("judge in the case",)),
    ]


def test_both_leaders_stay_one_pair_named_before() -> None:
    assert found_acts("Carl Berg wrote to both leaders on Monday.") == []


# --- reproduced letters


LETTER = """Letter to Ana Lind (October 19, 1860)

October 19, 1860
Springfield, Norland

Miss Ana Lind
My dear little Miss.

{opening}

I regret the necessity of saying I have no daughters. I have three sons, one seventeen, one nine, and one seven years of age. As to the whiskers, do you not think people would call it silly if I were to begin it now? Your very sincere well-wisher

C. Berg

    Before Mr. Berg's election I, then a child of eleven years, was presented with his picture. So I proposed the idea to him. A few days after I received this kind and friendly letter.
"""


ACCOUNT = """
    Before Mr. Berg's election in 1860 I wrote him a letter about his whiskers. Mr. Berg said, 'I have a
correspondent in this place, a little girl whose name is Ana G. Lind.'
"""


def test_a_signed_text_joins_its_heading_not_an_account_after_it() -> None:
    acts = page_acts(LETTER.format(opening="I thank you for your kind words about my family.") + ACCOUNT)
    assert acts == {("letter", "C. Berg", ("Ana G. Lind",))}


@pytest.mark.parametrize(
    "opening",
    ["Your very agreeable letter of the 15th is received.", "Your letter of the 15th has been received."],
)
def test_your_letter_is_received_answers_the_addressees_letter(opening: str) -> None:
    rep = run(LETTER.format(opening=opening))
    comms = rep.extraction.communications
    pairs = {(c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)) for c in comms}
    assert pairs == {("Ana Lind", ("C. Berg",)), ("C. Berg", ("Ana Lind",))}
    berg = next(c for c in comms if c.sender and c.sender.name == "C. Berg")
    assert berg.in_reply_to is not None and comms[berg.in_reply_to].sender.name == "Ana Lind"


def test_a_catalogue_heading_ends_before_a_participle_of_what_the_document_did() -> None:
    line = "Telegram, Ana Lind to Bishop Carl Berg, announcing the first successful powered flight"
    found = heading(line)
    assert found is not None
    form, (ws, we), (as_, ae) = found
    assert (form, line[ws:we], line[as_:ae]) == ("Telegram", "Ana Lind", "Bishop Carl Berg")


# --- mends of the first review: what the new rules must not take


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind and Carl Berg held a press conference call on Monday.",
        "Ana Lind and Carl Berg, the bank's chief executives, held a conference call on Monday to explain the merger.",
    ],
)
def test_a_press_call_or_one_held_together_is_no_call_between_them(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_a_body_named_like_a_page_is_still_an_addressee() -> None:
    acts = found_acts(
        "In a letter sent to the Kessel Channel on Monday, Ana Lind complained about its coverage."
    )
    assert acts == [("letter", "Ana Lind", ("Kessel Channel",))]


@pytest.mark.parametrize(
    "greeting",
    [
        "did not congratulate Carl Berg on his election.",
        "will congratulate Carl Berg on his election on Friday.",
        "thanked Carl Berg at a press conference on Monday.",
        'thanked Carl Berg, saying "we are grateful for your help in these hard times."',
    ],
)
def test_no_written_greeting_from_one_not_given_or_given_aloud(greeting: str) -> None:
    acts = found_acts(
        f"President Ana Lind {greeting}",
        'The message said: "Your work has brought you a high level of authority among all our partners."',
    )
    assert acts == []


def test_a_letter_another_sent_is_not_the_greeting() -> None:
    acts = found_acts(
        "Ana Lind thanked Carl Berg for his support.",
        "The letter Piet Dorn sent on Monday said the aid would continue.",
    )
    assert ("letter", "Ana Lind", ("Carl Berg",)) not in acts


def test_an_untagged_greeter_is_still_the_writer() -> None:
    acts = found_acts(
        "Ana Lind congratulated Carl Berg on his election.",
        'The message reads: "Your work has brought you a high level of authority among partners."',
    )
    assert acts == [("message", "Ana Lind", ("Carl Berg",))]


@pytest.mark.parametrize(
    "later",
    [
        "In an open letter published on Friday, President Lind called for new elections.",
        "In March, Lind said in a letter that the aid had been misused.",
        "Lind said in a letter to the editor of the Kessel Times that she would resign.",
    ],
)
def test_a_letter_of_another_occasion_does_not_go_to_the_one_thanked(later: str) -> None:
    acts = found_acts("President Ana Lind thanked Carl Berg for the help he gave in January.", later)
    assert ("letter", "Ana Lind", ("Carl Berg",)) not in acts


@pytest.mark.parametrize(
    "quote",
    [
        "I have read your letter in the Kessel Times with dismay",
        "I have read your open letter with dismay",
        "Piet Dorn showed me your letter last week",
    ],
)
def test_your_letter_published_or_shown_by_another_is_no_letter_to_the_speaker(quote: str) -> None:
    acts = found_acts(f'"{quote}," Carl Berg wrote in a letter to Ana Lind.')
    assert acts == [("letter", "Carl Berg", ("Ana Lind",))]


@pytest.mark.parametrize(
    "opening",
    [
        "I do not believe your letter of the 15th was received.",
        "Your letter of the 15th will be received by the committee on Monday.",
        "Your letter of the 15th has been received by the committee, which rejects it.",
    ],
)
def test_a_letter_not_received_by_the_writer_answers_none(opening: str) -> None:
    assert page_acts(LETTER.format(opening=opening)) == {("letter", "C. Berg", ("Ana Lind",))}


def test_both_at_the_start_of_a_sentence_is_no_part_of_a_name() -> None:
    acts = found_acts("Both the governor of Norland and the judge wrote to Carl Berg.")
    assert ("letter", "governor of Norland", ("Carl Berg",)) in acts


def test_an_addressees_office_after_the_name_stays_in_a_dated_heading() -> None:
    line = "Letter, Ana Lind to Carl Berg, acting Governor of Kessel"
    found = heading(line)
    assert found is not None and line[found[2][0] : found[2][1]] == "Carl Berg, acting Governor of Kessel"


# --- titles written short before two names


@pytest.mark.parametrize("title", ["Sens.", "Reps."])
def test_a_plural_title_before_two_names_is_no_name(title: str) -> None:
    acts = found_acts(
        f'"The allegations show a disregard for data security," wrote {title} Ana Lind and Carl Berg in a'
        " letter to Kessel Corp chief executive Piet Dorn."
    )
    assert acts and all(sender == "Ana Lind" for _, sender, _ in acts)


# --- a letter handed in at an embassy of its addressee's state is that letter


@pytest.mark.parametrize(
    "handed",
    [
        "Lind delivered the letter to the Chilean Embassy in Lima on Wednesday.",
        "Ana Lind of the Kessel-based group delivered the letter to the Chilean Embassy in Lima on Wednesday.",
    ],
)
def test_a_letter_handed_in_at_the_addressees_embassy_is_the_same_letter(handed: str) -> None:
    acts = found_acts(
        "Union leader Ana Lind has written to Chilean President Carl Berg requesting a meeting.", handed
    )
    assert acts == [("letter", "Ana Lind", ("Carl Berg",))]


def test_a_letter_to_another_states_embassy_is_another_letter() -> None:
    acts = found_acts(
        "Union leader Ana Lind has written to Chilean President Carl Berg requesting a meeting.",
        "Lind also delivered a letter to the Peruvian Embassy on Wednesday.",
    )
    assert ("letter", "Ana Lind", ("Peruvian Embassy",)) in acts


# --- 'gave B a letter'; a letter handed over at a meeting


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind gave Carl Berg a letter on Sunday.",
        "Ana Lind gave Carl Berg a letter describing the chaos caused by his policies.",
        "Gov. Ana Lind met with President Carl Berg at the border on Sunday and hand-delivered a letter"
        " demanding more federal action.",
        "Gov. Ana Lind met President Carl Berg on Sunday and handed over a letter demanding more action.",
    ],
)
def test_a_letter_given_or_handed_over_at_a_meeting_goes_to_the_one_met(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Ana Lind", ("Carl Berg",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind gave a message of hope to the nation.",
        "The teacher gave Ana Lind a letter grade of B.",
        "Ana Lind met Carl Berg on Monday and Piet Dorn delivered a letter.",
        "Ana Lind met Carl Berg on Monday and delivered a speech.",
    ],
)
def test_no_letter_given_where_none_was_written_or_another_handed_it(sentence: str) -> None:
    assert ("letter", "Ana Lind", ("Carl Berg",)) not in found_acts(sentence)


# --- a nickname in quotes or brackets right after a full name is that person


@pytest.mark.parametrize("nick", ["‘Kessa’", "(Kessa)"])
def test_a_quoted_nickname_after_a_name_is_the_same_person(nick: str) -> None:
    acts = found_acts(
        f"The Norland envoy on Friday held talks with Prime Minister Carl Piet Berg {nick} and handed over the"
        " congratulatory message sent by his counterpart Ana Lind.",
        "Lind was the first foreign leader to congratulate Kessa upon his election.",
    )
    assert acts == [("message", "Ana Lind", ("Carl Piet Berg",))]


# --- one of a group told as writing is its writer


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind, the chief minister, is among the nine opposition leaders who have addressed a letter to"
        " Prime Minister Carl Berg.",
        "Ana Lind is among the nine opposition leaders who wrote to Prime Minister Carl Berg on Monday.",
        "Ana Lind was one of the 40 lawmakers who signed a letter to Carl Berg.",
    ],
)
def test_one_among_the_writers_is_the_writer(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Ana Lind", ("Carl Berg",))]


def test_one_among_those_who_met_writes_nothing() -> None:
    assert found_acts("Ana Lind is among the leaders who met Carl Berg.") == []


# --- 'the letter written by A and sent to him'


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Carl Berg is holding consultations with his aides on the letter written by President"
        " Ana Lind and sent to him the other day about the controversy.",
        "Prime Minister Carl Berg is studying the letter written by President Ana Lind and sent to him on Monday.",
    ],
)
def test_a_letter_written_and_sent_to_him_goes_to_the_clauses_subject(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Ana Lind", ("Carl Berg",))]


# --- a message carried to a meeting goes to the side that neither wrote nor carried it


@pytest.mark.parametrize(
    "sentence",
    [
        "This came during a meeting held between Chilean President Carl Berg and Peru's Foreign Minister Piet"
        " Dorn, where he delivered a written message from Peruvian President Ana Lind, the spokesman said.",
        "This came during a meeting held between President Carl Berg and Foreign Minister Piet Dorn, where he"
        " delivered a written message from Emir Ana Lind.",
        "During the meeting with President Carl Berg, Foreign Minister Piet Dorn delivered a written message"
        " from Emir Ana Lind.",
    ],
)
def test_a_message_carried_to_a_meeting_goes_to_the_one_met(sentence: str) -> None:
    assert found_acts(sentence) == [("message", "Ana Lind", ("Carl Berg",))]


def test_a_message_with_no_writer_at_a_meeting_is_none() -> None:
    assert (
        found_acts(
            "During the meeting with President Carl Berg, Foreign Minister Piet Dorn delivered a message."
        )
        == []
    )


# --- mends of the second review


def test_a_word_in_quotes_before_more_words_is_no_nickname() -> None:
    acts = found_acts(
        "President Carl Berg ‘Vestria’ first policy angered Norland.",
        "Vestria wrote to Ana Lind on Monday, asking for talks.",
    )
    assert acts == [("letter", "Vestria", ("Ana Lind",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind was not among the leaders who wrote to Carl Berg on Monday.",
        "Neither Ana Lind nor Piet Dorn was among those who wrote to Carl Berg on Monday.",
    ],
)
def test_one_not_among_the_writers_writes_nothing(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_him_never_stands_for_a_woman_named_as_subject() -> None:
    assert (
        found_acts("Ms Ana Lind is studying the letter written by Piet Dorn and sent to him on Monday.") == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "After the meeting with Carl Berg, Ana Lind delivered a letter from Piet Dorn to reporters.",
        "During the meeting with Carl Berg, Ana Lind recalled that she had delivered a letter from Piet Dorn a"
        " year earlier.",
        "During the meeting with Carl Berg, Ana Lind delivered a written message from Piet Dorn intended for"
        " Mira Holt.",
        "During the meeting between Peruvian President Carl Berg and Chilean Foreign Minister Ana Lind, she"
        " delivered a written message from Peruvian opposition leader Piet Dorn.",
    ],
)
def test_a_message_carried_elsewhere_or_earlier_does_not_go_to_the_one_met(sentence: str) -> None:
    assert not any(recipients == ("Carl Berg",) for _, _, recipients in found_acts(sentence))


def test_a_message_written_on_banners_is_no_written_message() -> None:
    assert (
        found_acts(
            "Ana Lind's message to Carl Berg, written on banners across the capital, was clear: leave."
        )
        == []
    )


# --- a legislature named in lower case with no article


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers will discuss a letter sent to parliament by President Carl Berg.",
        "President Carl Berg sent a letter to parliament on Monday.",
        "President Carl Berg has written to congress about the budget.",
    ],
)
def test_a_lower_case_legislature_is_an_addressee(sentence: str) -> None:
    acts = found_acts(sentence)
    assert len(acts) == 1 and acts[0][1] == "Carl Berg" and acts[0][2][0] in ("Parliament", "Congress")


def test_speaking_in_parliament_is_no_letter_to_it() -> None:
    assert found_acts("Ana Lind spoke in parliament on Monday about a letter from Carl Berg.") == []


# --- a round-up between unnamed many, told one by one after it

ROUNDUP = (
    "Norland leaders on Friday sent messages of congratulations to Vestrian leaders who were elected at the"
    " first session of the Vestrian parliament."
)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            [
                "Party General Secretary Ana Lind; and State President Piet Dorn extended their congratulations"
                " to Carl Berg, President of Vestria.",
                "Assembly Chairman Jan Vos congratulated Mira Holt, Chairman of the Vestrian parliament.",
            ],
            [
                ("message", "Ana Lind", ("Carl Berg",)),
                ("message", "Jan Vos", ("Mira Holt",)),
                ("message", "Piet Dorn", ("Carl Berg",)),
            ],
        ),
        (
            ["Prime Minister Ana Lind conveyed greetings to Prime Minister Carl Berg of Vestria."],
            [("message", "Ana Lind", ("Carl Berg",))],
        ),
    ],
)
def test_each_greeting_after_a_roundup_between_many_is_one_of_its_messages(
    told: list[str], expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert found_acts(ROUNDUP, *told) == expected


def test_a_greeting_after_another_kind_of_sentence_is_no_message_of_the_roundup() -> None:
    acts = found_acts(
        ROUNDUP,
        "The parliament met in the capital for a week.",
        "President Jan Vos congratulated Mira Holt on her win.",
    )
    assert acts == []


def test_a_greeting_by_an_untitled_subject_is_no_message_of_the_roundup() -> None:
    assert found_acts(ROUNDUP, "Jan Vos congratulated Mira Holt on her win.") == []


# --- an addressee's long address line heads the letter


def test_a_long_address_line_over_the_salutation_names_the_addressee() -> None:
    page = (
        "From Carl Berg, President of the Republic of Norland\n\n"
        "His Excellency Mr. Piet Dorn, President of the Republic of Vestria\n\n"
        "Dear Mr. President, my dear Brother.\n"
        "On behalf of my nation and myself, I convey my sincere congratulations to you on the occasion of your"
        " success in the election held today.\n"
        "I wish you success in this higher position.\n\n\n"
        "Carl Berg\nPresident of the Republic of Norland\n"
    )
    assert page_acts(page) == {("letter", "Carl Berg", ("Piet Dorn",))}


# --- 'on a call'


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind asked Carl Berg on a call to work with his counterparts.",
        "On a call, Ana Lind asked Carl Berg to work with his counterparts.",
    ],
)
def test_asked_on_a_call_is_a_call(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ana Lind", ("Carl Berg",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind was on call at the hospital when Carl Berg arrived.",
        "Ana Lind insisted on a call for calm from Carl Berg.",
        "Ana Lind told analysts on an earnings call that Carl Berg had resigned.",
        "Ana Lind said on a call with reporters that Carl Berg had resigned.",
    ],
)
def test_on_call_on_an_earnings_call_or_a_call_for_calm_is_no_call(sentence: str) -> None:
    assert found_acts(sentence) == []


# --- 'to the leaders of X, including A'


def test_a_letter_to_the_leaders_of_a_body_including_a_named_one_goes_to_that_one() -> None:
    acts = found_acts(
        "President Ana Lind sent a letter to the leaders of the Kessel group, including Norland President Carl"
        " Berg, as negotiations continued."
    )
    assert len(acts) == 1 and "Carl Berg" in acts[0][2]


# --- verbs of writing by hand


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("It's the letter Ana Lind scrawled to President Carl Berg to secure a meeting.", "letter"),
        ("Ana Lind scribbled a letter to Carl Berg on Monday.", "letter"),
    ],
)
def test_a_letter_scrawled_to_someone_is_a_letter(sentence: str, kind: str) -> None:
    assert found_acts(sentence) == [(kind, "Ana Lind", ("Carl Berg",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind scrawled her name on the wall near Carl Berg's office.",
        "Activist Piet Dorn scrawled a message to President Carl Berg on the wall of the embassy.",
        "Protesters scrawled a letter to Carl Berg across the pavement outside his office.",
    ],
)
def test_what_is_scrawled_on_a_wall_is_no_letter(sentence: str) -> None:
    assert found_acts(sentence) == []


# --- mends of the third review


@pytest.mark.parametrize(
    "later",
    [
        "President Ana Lind congratulated Carl Berg at a meeting in Askara on Monday.",
        "In a speech to parliament, President Ana Lind congratulated Carl Berg.",
        "President Ana Lind never congratulated Carl Berg.",
        "President Ana Lind had congratulated Carl Berg in 2019.",
        "Vestrian President Carl Berg greeted Norland's ambassador Ana Lind at the palace.",
    ],
)
def test_a_greeting_in_person_negated_or_earlier_is_no_message_of_the_roundup(later: str) -> None:
    acts = found_acts(ROUNDUP + " " + later)
    assert not any(sender in ("Ana Lind", "Carl Berg") for _, sender, _ in acts)


def test_a_roundup_names_its_writers_not_those_set_off_beside_them() -> None:
    acts = found_acts(ROUNDUP + " President Ana Lind, Piet Dorn's successor, congratulated Carl Berg.")
    assert acts == [("message", "Ana Lind", ("Carl Berg",))]


@pytest.mark.parametrize(
    "lead",
    [
        "Norland leaders received messages of congratulations from Vestrian leaders.",
        "Norland leaders sent letters of protest to Vestrian officials.",
    ],
)
def test_no_roundup_of_greetings_sent_no_messages_told_after(lead: str) -> None:
    assert found_acts(lead + " President Ana Lind congratulated Carl Berg.") == []


def test_a_roundup_stops_at_its_paragraph() -> None:
    assert found_acts(ROUNDUP, "President Ana Lind congratulated Carl Berg during a visit last week.") == []


@pytest.mark.parametrize(
    "line",
    [
        "His Excellency Mr. Piet Dorn has not replied.",
        "His Excellency Mr. Piet Dorn has not replied to the governor.",
    ],
)
def test_a_sentence_about_an_excellency_is_no_address_line(line: str) -> None:
    page = (
        "Governor Carl Berg wrote a letter on Monday to the premier of the neighbouring province.\n\n"
        f"{line}\n\nDear Sir,\n\nWe ask for your help with the floods that have struck our towns this week.\n\n"
        "Yours faithfully,\nCarl Berg\n"
    )
    assert not any("Piet Dorn" in recipients for _, _, recipients in page_acts(page))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind, on call that weekend, told Carl Berg about the outbreak.",
        "Foreign Minister Ana Lind briefed President Carl Berg on a call with Piet Dorn.",
    ],
)
def test_on_call_or_briefing_on_a_call_is_no_call_with_the_one_briefed(sentence: str) -> None:
    assert not any(sender == "Ana Lind" and "Carl Berg" in r for _, sender, r in found_acts(sentence))


# --- calls told by what was said or received in them


@pytest.mark.parametrize(
    "sentence",
    [
        "In a phone call, Carl Berg got birthday wishes from Ana Lind.",
        "In a Monday phone call, Norland President Carl Berg got birthday wishes from his Vestrian counterpart"
        " Ana Lind, the directorate said.",
        "In a phone call, Carl Berg received congratulations from Ana Lind.",
    ],
)
def test_what_one_got_from_another_in_a_call_is_the_others_call(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ana Lind", ("Carl Berg",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind warned Carl Berg against playing with fire in a phone call on Thursday.",
        "Ana Lind wished Carl Berg a happy birthday in a phone call.",
        "President Ana Lind has this afternoon, 7 August 2025, held a telephone discussion with President Carl"
        " Berg of Vestria.",
        "President Ana Lind held phone discussions with President Carl Berg on Monday.",
    ],
)
def test_a_warning_a_wish_or_a_phone_discussion_is_a_call(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ana Lind", ("Carl Berg",))]


def test_a_panel_discussion_is_no_call() -> None:
    assert found_acts("Ana Lind joined a panel discussion with Carl Berg on video games.") == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Norland President Ana Lind expressed her condolences to her Vestrian counterpart Carl Berg over the"
            " tornadoes, according to the telegram published on the presidential website on Sunday.",
        ),
        (
            "Norland President Ana Lind expressed her condolences to her Vestrian counterpart Carl Berg over the"
            " tornadoes.",
            '"Dear Mr. President, accept my sincere condolences on the loss of so many lives," the telegram reads.',
        ),
    ],
)
def test_condolences_expressed_in_a_telegram_go_to_the_one_condoled(paragraphs: tuple[str, ...]) -> None:
    assert found_acts(*paragraphs) == [("message", "Ana Lind", ("Carl Berg",))]


def test_condolences_to_families_at_a_ceremony_are_no_message() -> None:
    assert (
        found_acts(
            "Ana Lind expressed her condolences to the families at a ceremony, according to a statement."
        )
        == []
    )


def test_a_letter_sent_to_wish_a_day_is_not_to_the_day() -> None:
    acts = found_acts(
        "Prime Minister Ana Lind had written a letter to her counterpart Carl Berg, extending greetings on"
        " Vestria Day.",
        "It is a routine letter sent every year to wish Vestria Day.",
    )
    assert acts == [("letter", "Ana Lind", ("Carl Berg",))]
