"""Session 57: rules built from invented sentences (every name here is invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.extract.office_kinds import title_head
from lettertrace.extract.signature import salutation
from lettertrace.models import Options
from lettertrace.nlp import parse
from lettertrace.text_view import tokenizer_view
from test_extract import acts, page_acts, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland's High Commissioner to Ghana NAME wrote to Foreign Minister Jan Vos on Monday.",
        "The Ambassador of Kessel to Kenya NAME sent a letter to Foreign Minister Jan Vos.",
        "India's High Commissioner to Bangladesh NAME wrote to the minister, Jan Vos.",
        "Norland's ambassador to Kenya NAME wrote to Foreign Minister Jan Vos on Monday.",
    ],
)
@pytest.mark.parametrize("name", ["Piet Dorn", "Carl Berg"])
def test_the_state_a_post_is_held_in_is_no_part_of_its_holders_name(sentence: str, name: str) -> None:
    assert acts(sentence.replace("NAME", name)) == {("letter", name, ("Jan Vos",))}


def test_a_given_name_that_is_a_states_is_kept_without_a_post_before_it() -> None:
    assert acts("Jordan Lee wrote to President Ana Lind on Monday.") == {
        ("letter", "Jordan Lee", ("Ana Lind",))
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "President Mara Quist and Prime Minister Robert Hale each wrote to Secretary-General Jonas Alden.",
        "Mara Quist and Robert Hale have each written to Secretary-General Jonas Alden.",
        "Mara Quist and Robert Hale each sent letters to Secretary-General Jonas Alden.",
    ],
)
def test_each_of_several_writers_writes_a_letter_of_their_own(sentence: str) -> None:
    assert acts(sentence) == {
        ("letter", "Mara Quist", ("Jonas Alden",)),
        ("letter", "Robert Hale", ("Jonas Alden",)),
    }


def test_asking_each_of_others_splits_no_letter() -> None:
    got = acts("Ana Lind and Piet Dorn wrote to President Carl Berg, asking each of his ministers to resign.")
    assert got == {("letter", "Ana Lind", ("Carl Berg",))}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Foreign Minister Jan Vos was informed of the decision by President Carl Berg in a letter on Tuesday.",
            ("letter", "Carl Berg", ("Jan Vos",)),
        ),
        (
            "The minister, Mara Quist, was told of the plan by President Robert Hale during a phone call.",
            ("call", "Robert Hale", ("Mara Quist",)),
        ),
        (
            "Jan Vos was briefed on the talks by Carl Berg in a call on Monday.",
            ("call", "Carl Berg", ("Jan Vos",)),
        ),
    ],
)
def test_one_told_of_a_thing_by_another_in_a_letter_or_call_is_its_addressee(
    sentence: str, want: tuple[str, str, tuple[str, ...]]
) -> None:
    assert acts(sentence) == {want}


@pytest.mark.parametrize(
    "sentence",
    [
        "Greetings were exchanged by phone between President Mara Quist and Prime Minister Robert Hale on Monday.",
        "Views were exchanged by telephone between King Mara Quist and President Robert Hale.",
        "President Mara Quist and Prime Minister Robert Hale exchanged greetings by phone on Monday.",
    ],
)
def test_greetings_exchanged_by_phone_between_two_are_one_call(sentence: str) -> None:
    assert acts(sentence) == {("call", "Mara Quist", ("Robert Hale",))}


def test_a_bare_role_means_the_one_titled_so_whose_state_word_comes_first() -> None:
    got = acts(
        "Lind reads out letter to Biden",
        "SANTIAGO, March 12 (NNA) - Chilean President Ana Lind on Tuesday read out a letter she sent to her "
        "United States counterpart, Joe Biden, urging investment.",
        "Answering questions from reporters, Lind said the letter was not a reproach.",
        "The president also said that she had spoken by telephone last week with Peruvian Prime Minister Carl "
        "Berg about visas.",
    )
    assert ("call", "Ana Lind", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(
    ("role", "head"),
    [
        ("Mexican President", ["president"]),
        ("Norland's President", ["president"]),
        ("Prime Minister", ["prime"]),
    ],
)
def test_the_head_of_a_title_comes_after_its_states_word(role: str, head: list[str]) -> None:
    assert title_head(role, 1) == head


def _published(*lines: str) -> dt.date | None:
    return run("\n\n".join(lines) + "\n").meta.published


def test_a_numeric_stamp_takes_the_reading_its_dateline_agrees_with() -> None:
    body = "the Presidential Office said, adding that the two had spoken for half an hour on trade."
    assert _published(
        "Norland News",
        "Ana Lind congratulates Piet Dorn in phone call",
        "05/01/2023 11:27 AM",
        f"Norland City, May 1 (NNA) President Ana Lind held a phone call with Piet Dorn on Monday, {body}",
    ) == dt.date(2023, 5, 1)
    assert _published(
        "Norland News",
        "Ana Lind congratulates Piet Dorn in phone call",
        "05/01/2023 11:27 AM",
        f"Norland City, Jan 5 (NNA) President Ana Lind held a phone call with Piet Dorn on Thursday, {body}",
    ) == dt.date(2023, 1, 5)


def test_an_era_year_written_close_before_the_common_year_dates_the_report() -> None:
    assert _published(
        "Norland Agency",
        "Leader Sends Greetings to Kessel President",
        "Norland City, June 12 (NA) -- Ana Lind sent a message of greetings on Monday to Piet Dorn, president "
        "of Kessel, on the occasion of the national day.",
        "Era112(2023).6.12.",
    ) == dt.date(2023, 6, 12)


@pytest.mark.parametrize(
    "listing",
    [
        "The senders included Piet Dorn, president of Kessel, Carl Berg, prime minister of Arland, and Jan Vos, "
        "king of Vestria.",
        "Among the senders were Piet Dorn, president of Kessel, Carl Berg, prime minister of Arland, and Jan Vos, "
        "king of Vestria.",
        "The senders were President Piet Dorn, Prime Minister Carl Berg and King Jan Vos.",
    ],
)
def test_the_senders_a_round_up_lists_each_sent_one_dated_as_the_round_up(listing: str) -> None:
    rep = run(
        report(
            "Heads of state of different countries sent congratulatory messages on Monday to Ana Lind, president "
            "of Norland, on the national day.",
            listing,
        )
    )
    got = {
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.date.earliest)
        for c in rep.extraction.communications
    }
    monday = dt.date(2024, 3, 11)
    assert got == {(n, ("Ana Lind",), monday) for n in ("Piet Dorn", "Carl Berg", "Jan Vos")}, got


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        (
            (
                "President Piet Dorn's first full day in office was dominated by messages of goodwill, a day after "
                "he was sworn in before a large crowd.",
                "Kessel's President Carl Berg had written to the President-elect on September 6.",
            ),
            ("letter", "Carl Berg", ("Piet Dorn",)),
        ),
        (
            (
                "President Jan Vos spoke by phone on Monday with Mara Quist, the winner of Vestria's presidential "
                "election, and congratulated her.",
                "Kessel's President Carl Berg also sent a message of congratulations on Monday to Vestria's "
                "president-elect.",
            ),
            ("message", "Carl Berg", ("Mara Quist",)),
        ),
    ],
)
def test_the_president_elect_is_the_one_told_to_have_won(
    paragraphs: tuple[str, ...], want: tuple[str, str, tuple[str, ...]]
) -> None:
    assert want in acts(*paragraphs)


def test_no_one_is_the_president_elect_where_two_are_told_to_have_won() -> None:
    got = acts(
        "President Piet Dorn, who was sworn in on Friday, thanked the crowd.",
        "Jan Vos won the vote in the neighbouring state of Vestria on Sunday.",
        "Kessel's President Carl Berg has written to the President-elect.",
    )
    assert not any(s == "Carl Berg" and r in (("Piet Dorn",), ("Jan Vos",)) for _, s, r in got), got


@pytest.mark.parametrize(
    "caller",
    [
        "Deputy Prime Minister and Foreign Minister Omar Khel",
        "Deputy Prime Minister Omar Khel",
        "Acting Prime Minister Omar Khel",
    ],
)
def test_a_deputy_or_acting_office_is_no_one_who_holds_the_office_itself(caller: str) -> None:
    got = acts(
        "Prime Minister Mara Quist on Friday extended felicitations to Robert Hale on taking oath as chief adviser.",
        f"Later, {caller} telephoned Kessel's Foreign Adviser Carl Berg and congratulated him.",
    )
    assert ("call", "Omar Khel", ("Carl Berg",)) in got, got


def test_a_description_saying_deputy_is_one_called_deputy_before() -> None:
    got = acts(
        "Deputy Prime Minister Ana Lind wrote to the Kessel ambassador on Monday.",
        "The deputy prime minister also wrote to Carl Berg.",
    )
    assert ("letter", "Ana Lind", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(
    "name", ["Sidi Ould Cheikh El Moctar", "Mohamed Ould Taleb El Hacen", "Brahim Ould Cheikh El Kory"]
)
def test_a_name_with_its_family_particles_is_one_person(name: str) -> None:
    doc = parse(
        f"His Excellency the President of the Republic, Mr. {name}, addressed a message to his brother.",
        Options().spacy_model,
    )
    assert name in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_the_office_set_off_before_a_name_is_its_holders_from_the_start() -> None:
    page = "\n\n".join(
        [
            "Norland News Agency",
            "President of the Republic addresses message of thanks to Kessel counterpart",
            "Norland City, 20/02/2022 - His Excellency the President of the Republic, Mr. Mohamed Ould Taleb El Hacen, has "
            "addressed a message of thanks to his brother, His Excellency Mr. Piet Dorn, President of the Republic "
            "of Senegal, in reply to the Senegalese President's message of condolences.",
            "On Friday, His Excellency the President of the Republic received a telephone call from his Algerian "
            "brother, His Excellency Mr. Carl Berg, President of the Republic of Algeria.",
            "It should be recalled that the President of the Republic had sent earlier this month a message of "
            "congratulations to President Carl Berg on his new office.",
        ]
    )
    got = page_acts(page + "\n")
    assert got >= {
        ("message", "Mohamed Ould Taleb El Hacen", ("Piet Dorn",)),
        ("call", "Carl Berg", ("Mohamed Ould Taleb El Hacen",)),
        ("message", "Mohamed Ould Taleb El Hacen", ("Carl Berg",)),
    }, got


@pytest.mark.parametrize(
    "headline",
    [
        "UPDATE 2-Bank of England's Lind writes to Dorn as inflation stays high",
        "UPDATE 1-Bank of Kessel's Lind writes to Dorn",
    ],
)
def test_a_wires_label_before_a_headline_is_no_party(headline: str) -> None:
    page = report(
        "Governor Ana Lind wrote to finance minister Piet Dorn on Thursday to explain why inflation stayed high.",
        headline=headline,
    )
    got = page_acts(page)
    assert got == {("letter", "Ana Lind", ("Piet Dorn",))}, got


def test_the_label_words_that_are_a_bodys_initials_stay() -> None:
    assert tokenizer_view("UNICEF-backed plan") == "UNICEF-backed plan"


@pytest.mark.parametrize(
    "told",
    [
        "In her previous letter, sent in November, Lind had warned",
        "In an earlier letter in November, Lind had warned",
    ],
)
def test_a_writers_previous_letter_goes_to_the_addressee_of_the_letter_told(told: str) -> None:
    rep = run(
        report(
            "Governor Ana Lind wrote to finance minister Piet Dorn on Thursday to explain why inflation stayed high.",
            "In the letter, Lind said the committee expected inflation to fall.",
            f"{told} that services inflation was sticky.",
        )
    )
    got = sorted(
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.date.earliest)
        for c in rep.extraction.communications
    )
    assert got == [
        ("Ana Lind", ("Piet Dorn",), dt.date(2023, 11, 1)),
        ("Ana Lind", ("Piet Dorn",), dt.date(2024, 3, 14)),
    ], got


@pytest.mark.parametrize("speaker", ["Russian President Vladimir Putin", "Arland President Carl Berg"])
def test_a_phrase_set_off_after_the_writer_is_his_letter_whatever_the_parser_hung_it_on(speaker: str) -> None:
    got = acts(
        "Chinese Premier Jan Vos sent a message of condolence to Prime Minister Narendra Modi on Wednesday.",
        f"{speaker}, in a message addressed to President Mara Quist and Prime Minister Modi on Wednesday, said: "
        '"We share the grief of the families who lost their loved ones and wish a speedy recovery to all those '
        'injured."',
    )
    writer = speaker.split("President ")[1]
    assert ("message", writer, ("Mara Quist", "Narendra Modi")) in got, got
    assert ("message", "Jan Vos", ("Narendra Modi",)) in got, got


def test_a_message_told_after_a_round_up_of_messages_to_one_leader_is_to_him() -> None:
    got = acts(
        "Kessel Premier Jan Vos sent a message of condolence to Prime Minister Ana Lind on Wednesday.",
        "Arland's Prime Minister Carl Berg and Ostmark's President Piet Dorn also sent messages to Lind the "
        "same day.",
        "Vestria's President Mara Quist, in her message, said Vestria stood ready to help.",
    )
    assert ("message", "Mara Quist", ("Ana Lind",)) in got, got


def test_a_message_after_messages_to_several_is_to_no_one_in_particular() -> None:
    got = acts(
        "Kessel Premier Jan Vos sent a message of condolence to Prime Minister Ana Lind on Wednesday.",
        "Arland's Prime Minister Carl Berg sent a message to King Robert Hale the same day.",
        "Vestria's President Mara Quist, in her message, said Vestria stood ready to help.",
    )
    assert not any(s == "Mara Quist" and r for _, s, r in got), got


def test_an_english_word_after_a_name_is_no_particle_of_it() -> None:
    doc = parse("President Ana Lind at Mar-a-Lago wrote to Piet Dorn.", Options().spacy_model)
    assert "Ana Lind at Mar" not in [e.text for e in doc.ents]


@pytest.mark.parametrize("noun", ["letter", "missive"])
def test_a_reply_to_a_letter_sent_to_a_third_is_a_reply_and_that_letter_went_to_the_third(noun: str) -> None:
    rep = run(
        report(
            "In a letter dated 4 March to Chief Minister Ana Lind, Piet Dorn said the policy imposed no language.",
            f"The letter was a reply to Lind's {noun} of 27 February to Prime Minister Carl Berg, in which the Chief "
            "Minister had sought the release of funds.",
        )
    )
    comms = rep.extraction.communications
    got = {(c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)): c for c in comms}
    assert set(got) == {("Piet Dorn", ("Ana Lind",)), ("Ana Lind", ("Carl Berg",))}, set(got)
    reply = got[("Piet Dorn", ("Ana Lind",))]
    assert reply.in_reply_to is not None and comms[reply.in_reply_to] is got[("Ana Lind", ("Carl Berg",))]


@pytest.mark.parametrize("salutation", ["Respected Shri Piet Dorn ji,", "Dear Mr Dorn,"])
def test_the_writers_letter_to_a_third_a_reproduced_letter_names_is_one(salutation: str) -> None:
    page = "\n\n".join(
        [
            "Full text: Ana Lind's second letter on the new law",
            "The following is the text of the letter sent by Chief Minister Ana Lind to Union Minister Piet Dorn "
            "on 30 August 2024, released by her office on Saturday.",
            salutation,
            "I am in receipt of your letter dated 25.08.2024 in response to my letter dated 22.08.2024 addressed "
            "to Prime Minister Carl Berg, seeking a stringent central law.",
            "Your letter, I regret to say, does not reflect the seriousness of the issue I had raised.",
            "With regards,",
            "Yours sincerely,",
            "(Ana Lind)",
        ]
    )
    rep = run(page + "\n")
    got = {
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.date.earliest)
        for c in rep.extraction.communications
    }
    assert got == {
        ("Ana Lind", ("Piet Dorn",), dt.date(2024, 8, 30)),
        ("Ana Lind", ("Carl Berg",), dt.date(2024, 8, 22)),
    }, got


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Respected Smt. Mara Quist ji,", True),
        ("Esteemed colleague,", True),
        ("Respected economists say the plan will fail.", False),
        ("Hon'ble Minister of Women and Child Development", False),
    ],
)
def test_a_salutation_of_respect_opens_a_letter(line: str, opens: bool) -> None:
    assert (salutation(line) is not None) is opens


@pytest.mark.parametrize(
    "sentence",
    [
        "The President praised the calls President Ana Lind has held in recent days with President Piet Dorn of "
        "Kessel and President Carl Berg of Arland.",
        "The calls Ana Lind has had with Piet Dorn and Carl Berg were cordial.",
    ],
)
def test_the_calls_one_held_with_two_others_are_a_call_with_each(sentence: str) -> None:
    got = acts(sentence)
    assert {("call", "Ana Lind", ("Piet Dorn",)), ("call", "Ana Lind", ("Carl Berg",))} <= got, got


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Piet Dorn was not informed of the decision by Ana Lind in a letter.",),
        ("No views were exchanged by phone between Ana Lind and Piet Dorn.",),
        (
            "Ana Lind won the Norland election and Piet Dorn won the Kessel election.",
            "Carl Berg phoned the President-elect.",
        ),
    ],
)
def test_negated_or_undecided_acts_give_no_party(paragraphs: tuple[str, ...]) -> None:
    got = acts(*paragraphs)
    assert not any({s, *r} & {"Ana Lind", "Piet Dorn"} and len({s, *r}) == 2 for _, s, r in got), got


@pytest.mark.parametrize(
    "first",
    [
        "President Ana Lind, the winner of the election, met Jan Vos, who was elected speaker.",
        "President Ana Lind won the election. Jan Vos was sworn in as judge on Sunday.",
    ],
)
def test_one_elected_to_another_office_is_no_president_elect(first: str) -> None:
    got = acts(first, "Carl Berg wrote to the President-elect on Monday.")
    assert ("letter", "Carl Berg", ("Ana Lind",)) in got, got


def test_a_vice_prime_minister_is_the_deputy_prime_minister() -> None:
    got = acts(
        "Vice Prime Minister Ana Lind and Prime Minister Carl Berg met.",
        "The deputy prime minister wrote to Piet Dorn on Tuesday.",
    )
    assert ("letter", "Ana Lind", ("Piet Dorn",)) in got, got


def test_a_message_whose_clause_addresses_others_is_not_the_round_ups() -> None:
    got = acts(
        "Kessel Premier Jan Vos sent a message to Prime Minister Ana Lind on Wednesday.",
        "Arland's President Piet Dorn also sent a message to Lind.",
        "The club's coach Carl Berg, in his message, thanked the fans.",
    )
    assert not any(s == "Carl Berg" for _, s, _ in got), got


def test_asking_each_of_them_is_one_letter_to_each_addressee() -> None:
    got = acts(
        "The minister wrote last week to Ana Lind, the health secretary, Piet Dorn, the defence secretary, and Carl "
        "Berg, the home secretary, asking each of them to submit a list of savings.",
    )
    assert {r for _, _, r in got} >= {("Ana Lind",), ("Piet Dorn",), ("Carl Berg",)}, got


def test_one_elected_to_a_legislature_is_no_president_elect() -> None:
    got = acts(
        "The pontiff contacted the president-elect of Norland, Ana Lind, to congratulate her on her victory.",
        "The pontiff called the future president of Norland on Tuesday.",
        "When the call was made, Mara Quist, a member of Lind's party just elected to the Legislature, went "
        "looking for Lind.",
    )
    assert not any("Mara Quist" in r for _, _, r in got), got


def test_a_group_written_to_and_spelled_out_between_dashes_gets_a_letter_each() -> None:
    got = acts(
        "Chief Minister Ana Lind on Friday wrote to her counterparts in four States — Piet Dorn (Kerala), Carl "
        "Berg (Karnataka), Jan Vos (Punjab) and Mara Quist (Odisha) — inviting them to join a committee.",
    )
    assert {("letter", "Ana Lind", (n,)) for n in ("Carl Berg", "Jan Vos", "Mara Quist")} <= got, got
    assert not any(len(r) > 1 or "counterparts" in " ".join(r) for _, _, r in got), got
