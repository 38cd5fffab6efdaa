"""Session 58: rules read from new blind sets, each tested on invented sentences."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import acts, page_acts, report, run


@pytest.mark.parametrize(
    "told",
    [
        "General Carl Berg is ready to talk. I enclose a copy of his letter to me, received this morning.",
        "General Carl Berg is ready to talk. I enclose a copy of General Berg's letter to me.",
        "General Carl Berg is ready to talk, as his letter to me of Monday shows.",
    ],
)
def test_anothers_letter_to_the_writer_of_a_reproduced_letter_is_from_him_to_the_writer(told: str) -> None:
    got = acts(
        "President Ana Lind wrote to President Piet Dorn on Tuesday. The letter reads:",
        "Dear Mr. President:",
        f"Let us work out a good deal. {told} Do not let the world down.",
        "Sincerely,",
        "Ana Lind",
    )
    assert ("letter", "Ana Lind", ("Piet Dorn",)) in got, got
    assert ("letter", "Carl Berg", ("Ana Lind",)) in got, got


@pytest.mark.parametrize("credit", ["KESSEL. NORPRESS - ", "NORD-KESSEL. NORPRESS - "])
def test_an_agencys_credit_after_the_place_is_no_part_of_the_name_that_follows(credit: str) -> None:
    rep = run(
        report(
            f"{credit}President Carl Berg on Wednesday sent a letter of gratitude to President Ana Lind.",
            "In the letter, the Head of State thanked Lind for her sympathy.",
        )
    )
    names = {a for e in rep.extraction.parties for a in (*e.aliases, e.name, e.role or "")}
    assert names and not any("NORPRESS" in n for n in names), names


@pytest.mark.parametrize(
    "post, name",
    [
        ("President-elect of Uzbekistan", "Nurlan Sadykov"),
        ("President of Kazakhstan", "Temir-Bolat Akhmetov"),
        ("President-elect of Norway", "Askar-Bek Zhumabekov"),
    ],
)
def test_a_state_after_a_post_and_of_is_no_part_of_the_name_after_it(post: str, name: str) -> None:
    got = acts(f"{post} {name} sent a letter to King Carl Berg on Monday.")
    assert ("letter", name, ("Carl Berg",)) in got, got


def test_a_name_tagged_a_body_in_the_headline_is_the_person_of_the_same_name() -> None:
    rep = run(
        report(
            "President Temir-Bolat Akhmetov wrote to King Carl Berg on Monday.",
            headline="Leaders congratulate Temir-Bolat Akhmetov on election victory",
        )
    )
    same = [p for p in rep.extraction.parties if p.name == "Temir-Bolat Akhmetov"]
    assert [p.ptype for p in same] == ["person"], same


@pytest.mark.parametrize(
    "verb",
    [
        "continues to receive congratulations",
        "has received congratulations",
        "began to receive congratulations",
    ],
)
def test_greetings_told_after_one_is_said_to_receive_them_are_to_him(verb: str) -> None:
    got = acts(
        f"President Carl Berg {verb} from foreign leaders on his election victory.",
        'King Robert Hale of Norway sent a congratulatory message, stressing that "Norway is ready to work with you".',
        "Prime Minister Piet Dorn sent a congratulatory telegram wishing him every success.",
    )
    assert ("message", "Robert Hale", ("Carl Berg",)) in got, got
    assert ("message", "Piet Dorn", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(
    "a, b",
    [("romanoff", "romanov"), ("romanow", "romanov"), ("tschernow", "chernov"), ("tchernoff", "chernov")],
)
def test_the_older_western_spellings_of_a_slavic_name_are_the_same_name(a: str, b: str) -> None:
    assert names.token_match(a, b)


@pytest.mark.parametrize("a, b", [("bischoff", "bishop"), ("morrow", "moran")])
def test_other_names_stay_apart(a: str, b: str) -> None:
    assert not names.token_match(a, b)


@pytest.mark.parametrize("label", ["Description:      ", "Summary:\t", "Scope and content:   "])
def test_a_records_field_label_is_no_part_of_the_sentence_it_opens(label: str) -> None:
    got = page_acts(
        "ARCHIVE CATALOGUE\n\nReference:      AB 12/345\n"
        f"{label}Despatch from Lord Carl Berg to Lord Piet Dorn reporting his interview with the King.\n"
        "Date:           10 Apr. 1878\n"
    )
    assert ("letter", "Carl Berg", ("Piet Dorn",)) in got, got


@pytest.mark.parametrize("writer", ["the envoy Piet Dorn", "Ambassador Piet Dorn"])
def test_a_writer_set_off_after_the_subject_he_tells_of_writes_to_no_one(writer: str) -> None:
    got = acts(f"Foreign Minister Ana Lind, writes {writer}, was calm and asked for time.")
    assert not got, got


@pytest.mark.parametrize("leader", ["the Norwegian premier", "the Norwegian leader"])
def test_the_one_untitled_person_of_a_state_is_its_leader_so_described(leader: str) -> None:
    got = acts(
        "The first foreign leader to call was Norway's Carl Berg, who called President-elect Ana Lind that night.",
        f"Lind wrote back to {leader} a week later.",
    )
    assert ("letter", "Ana Lind", ("Carl Berg",)) in got, got


def test_a_titled_person_of_a_state_is_no_leader_of_it() -> None:
    got = acts(
        "Norway's foreign minister Carl Berg called President-elect Ana Lind that night.",
        "Lind wrote back to the Norwegian leader a week later.",
    )
    assert ("letter", "Ana Lind", ("Carl Berg",)) not in got, got


@pytest.mark.parametrize(
    "told",
    [
        "Premier Carl Berg has defended putting his name to last Friday's joint letter from the state premiers "
        "to Ana Lind, which was signed first by Norland's Piet Dorn.",
        "The premiers sent a joint letter to Prime Minister Ana Lind, first signed by Premier Piet Dorn, on Friday.",
    ],
)
def test_the_first_signatory_of_a_joint_letter_is_its_sender(told: str) -> None:
    assert acts(told) == {("letter", "Piet Dorn", ("Ana Lind",))}


@pytest.mark.parametrize("signed", ["Dame Ana Lind DBE MP", "Ana Lind KBE"])
def test_a_signature_with_the_letters_of_an_order_names_the_writer_of_a_headed_letter(signed: str) -> None:
    got = page_acts(
        "Trade Committee - Correspondence\n\n"
        "Letter from the Chair to the Minister for Trade relating to tariffs, 5 September 2023\n"
        "Carl Berg MP\nMinister of State for Trade\nTrade Office\n2 Long Street\nLondon SW1P 4DF\n"
        "5 September 2023\nDear Minister,\nTariffs on steel\n"
        "I wrote to the Trade Secretary on 10 August setting out the Committee's concerns about tariffs. Her reply "
        "of 1 September does not answer several of the points we raised, and I am therefore writing to you.\n"
        "The Committee would be grateful for answers to the following questions.\n"
        "I would be grateful for a response by 19 September 2023.\n"
        f"Yours sincerely,\n{signed}\nChair, Trade Committee\n"
    )
    assert ("letter", "Ana Lind", ("Minister for Trade",)) in got, got


@pytest.mark.parametrize("replier", ["Berg", "the Norwegian leader"])
def test_a_reply_whose_source_told_reporters_is_still_a_reply(replier: str) -> None:
    got = acts(
        f"Ana Lind sent her letter to Carl Berg on Wednesday, and {replier} replied on Thursday, "
        "spokeswoman Mara Quist told reporters."
    )
    assert ("letter", "Carl Berg", ("Ana Lind",)) in got, got


def test_a_reply_given_at_a_press_conference_is_no_letter() -> None:
    got = acts(
        "Ana Lind wrote to Carl Berg on Wednesday. Berg replied on Thursday at a press conference, telling "
        "reporters he was open to talks."
    )
    assert ("letter", "Carl Berg", ("Ana Lind",)) not in got, got


@pytest.mark.parametrize("weekday", ["Wednesday", "Monday"])
def test_an_act_on_a_weekday_is_not_one_on_a_date_that_fell_on_another(weekday: str) -> None:
    rep = run(
        report(
            f"Ana Lind sent her letter to Carl Berg on {weekday}, asking for talks.",
            "Lind wrote to Berg on Sept. 8, 2020, asking for a summit.",
        )
    )
    days = sorted(str(c.date.earliest) for c in rep.extraction.communications)
    assert len(days) == 2 and "2020-09-08" in days, days


def test_a_person_named_after_others_told_dead_is_alive() -> None:
    rep = run(
        report(
            '"We will support the families of the deceased miners," President Ana Lind said on Saturday.',
            "Prime Minister Piet Dorn sent a message of condolence to the Head of State on Sunday.",
            "The late President Jan Vos had written to Dorn in 2019.",
        )
    )
    roles = {p.name: p.role for p in rep.extraction.parties}
    assert roles["Jan Vos"] == "the late Jan Vos" and roles["Ana Lind"] is None, roles
    got = {
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    }
    assert ("Piet Dorn", ("Ana Lind",)) in got, got


@pytest.mark.parametrize(
    "senders",
    [
        "King Carl Berg, President Piet Dorn and Prime Minister Jan Vos",
        "President of Norway Carl Berg, President of Austria Piet Dorn and President of Chile Jan Vos",
    ],
)
def test_greetings_expressed_by_several_in_their_messages_are_one_message_each(senders: str) -> None:
    got = acts(
        f"Condolences were also expressed by {senders} in their messages addressed to President Ana Lind."
    )
    assert {s for _, s, r in got if r == ("Ana Lind",)} == {"Carl Berg", "Piet Dorn", "Jan Vos"}, got


@pytest.mark.parametrize(
    "reply",
    [
        "Frederik's reply, sent the same day, spoke of his efforts.",
        "Frederik replied the same day, speaking of his efforts.",
    ],
)
def test_a_given_name_and_a_regnal_number_is_a_monarch_whoever_the_tagger_took_it_for(reply: str) -> None:
    got = acts(
        "On 29 July 1914, King Carl Berg sent a telegram to Frederik VI asking him to restrain his ally.",
        reply,
    )
    assert ("message", "Frederik VI", ("Carl Berg",)) in got, got


@pytest.mark.parametrize("name", ["World War II", "Windows XP", "Title IX"])
def test_other_names_with_a_number_are_no_monarchs(name: str) -> None:
    from lettertrace.extract.person_bodies import regnal_name

    assert not regnal_name(name)


@pytest.mark.parametrize(
    "signed",
    [
        "The letter, signed on Friday, bears the signatures of Premier Carl Berg, Premier Piet Dorn and Premier Jan Vos.",
        "It carries the signatures of Premier Carl Berg and Premier Piet Dorn.",
    ],
)
def test_the_first_signature_a_joint_letter_bears_names_its_sender(signed: str) -> None:
    got = acts(
        "The state premiers have sent a joint letter to Prime Minister Ana Lind urging more funds.", signed
    )
    assert got == {("letter", "Carl Berg", ("Ana Lind",))}, got


@pytest.mark.parametrize("verb", ["congratulating", "thanking"])
def test_an_untagged_name_a_letter_greets_is_its_addressee(verb: str) -> None:
    got = acts(f"President Carl Berg on Wednesday sent a letter {verb} Ana Lind on her election.")
    assert ("letter", "Carl Berg", ("Ana Lind",)) in got, got


@pytest.mark.parametrize(
    "told, earlier",
    [
        ("As I wrote to you on March 3, our farmers have paid their share.", True),
        ("I telephoned you on March 3 to raise this, and I raise it again.", True),
        ("As I wrote to you above, our farmers have paid their share.", False),
        ("I write to you today because our farmers have paid their share.", False),
    ],
)
def test_the_writers_dated_earlier_letter_to_the_addressee_is_an_act_of_its_own(
    told: str, earlier: bool
) -> None:
    rep = run(
        "Premier's letter to the Prime Minister\n\n"
        "Premier Carl Berg sent the following letter to Prime Minister Ana Lind on Friday.\n\n"
        "October 27, 2023\n\nDear Prime Minister:\n\n"
        f"{told} I ask that your government extend the pause to all forms of home heating.\n\n"
        "I look forward to your response.\n\nSincerely,\n\nCarl Berg\nPremier\n"
    )
    got = [
        (c.kind, c.sender.name if c.sender else "", [r.name for r in c.recipients])
        for c in rep.extraction.communications
    ]
    assert len([g for g in got if g[1:] == ("Carl Berg", ["Ana Lind"])]) == (2 if earlier else 1), got


def test_a_family_name_alone_is_the_one_named_first_of_those_who_bear_it() -> None:
    got = acts(
        "North Korean leader Kim Tae-ho sent a personal letter to President Park Min-jun on Sunday, the "
        "presidential office said.",
        '"I will visit soon," Kim said in the letter, according to presidential spokesman Kim Sung-min, who read '
        "parts of it to reporters.",
        "On Monday, Park sent a letter of reply to Kim through the same channel.",
    )
    assert ("letter", "Park Min-jun", ("Kim Tae-ho",)) in got, got
    assert not any("Kim Sung-min" in r for _, _, r in got), got


@pytest.mark.parametrize(
    "told",
    [
        "Ambassador Carl Berg spoke by telephone with Governor Ana Lind on Wednesday, a day after the governor "
        "fired off a letter of protest to the envoy.",
        "Ambassador Carl Berg met the press on Monday. Governor Ana Lind wrote to the envoy on Tuesday.",
    ],
)
def test_the_envoy_is_the_ambassador_named_before(told: str) -> None:
    assert ("letter", "Ana Lind", ("Carl Berg",)) in acts(told)


def test_the_envoy_is_the_special_envoy_beside_an_ambassador() -> None:
    got = acts(
        "Special Envoy Piet Dorn and Ambassador Carl Berg met the press.",
        "Governor Ana Lind wrote to the envoy.",
    )
    assert ("letter", "Ana Lind", ("Piet Dorn",)) in got, got


@pytest.mark.parametrize(("x", "y"), [("Narvik", "Bodo")])
def test_the_mayors_of_two_towns_each_wrote_where_the_report_names_each_mayor(x: str, y: str) -> None:
    got = acts(
        f"The mayors of {x} and {y} sent letters to President Ana Lind on May 17 protesting the test.",
        f"{x} Mayor Carl Berg wrote that the test was wrong.",
        f"{y} Mayor Piet Dorn, in his letter, urged restraint.",
    )
    assert {s for _, s, r in got if r == ("Ana Lind",)} == {"Carl Berg", "Piet Dorn"}, got


def test_the_ministers_of_two_portfolios_are_no_towns() -> None:
    assert not acts("The ministers of health and finance sent letters to President Ana Lind on May 17.")


@pytest.mark.parametrize(("a", "b"), [("Frederik VII", "King Frederik VI"), ("Ludwig II", "Ludwig III")])
def test_a_regnal_number_keeps_two_monarchs_apart_across_reports(a: str, b: str) -> None:
    from lettertrace.resolve import same_name

    assert not same_name(a, b)
    assert same_name(b, b.replace("King ", ""))


def test_the_leader_of_a_state_two_people_are_of_is_no_one() -> None:
    got = acts(
        "Norway's Ana Lind and Norway's Carl Berg called Piet Dorn on Monday.",
        "Piet Dorn wrote back to the Norwegian premier on Tuesday.",
    )
    assert not any(s == "Piet Dorn" and r in (("Ana Lind",), ("Carl Berg",)) for _, s, r in got), got


@pytest.mark.parametrize(("a", "b"), [("smirnoff", "smirnova"), ("ivanov", "ivanova")])
def test_a_slavic_surnames_female_form_is_another_persons(a: str, b: str) -> None:
    assert not names.token_match(a, b)


@pytest.mark.parametrize(
    "told",
    [
        "The minister, writes the ambassador, was calm.",
        "The president, wrote Ana Lind in her memoirs, was tired.",
    ],
)
def test_a_writer_set_off_by_commas_after_an_office_writes_to_no_one(told: str) -> None:
    assert not acts(told)


@pytest.mark.parametrize(
    "told",
    [
        "President Carl Berg proposed sweeping changes in his Message to the Kessel Assembly on Wednesday.",
        "President Carl Berg on Wednesday delivered his annual Message to the Kessel Assembly.",
    ],
)
def test_a_heads_titled_message_to_the_legislature_is_an_address(told: str) -> None:
    assert not acts(told)


@pytest.mark.parametrize(
    "told",
    [
        "President Carl Berg sent a Message to King Piet Dorn on Wednesday.",
        "President Carl Berg sent a message to the Kessel Assembly on Wednesday.",
    ],
)
def test_a_message_to_a_person_or_an_untitled_one_to_an_assembly_is_sent(told: str) -> None:
    assert acts(told)


def test_a_title_that_opens_with_a_message_is_no_party() -> None:
    from lettertrace.extract.documents_named import document_name
    from lettertrace.models import Options
    from lettertrace.nlp import parse

    doc = parse("Berg proposes changes in Message to Kessel Assembly", Options().spacy_model)
    assert document_name(doc[4:8]) and not document_name(doc[6:8])


@pytest.mark.parametrize("turn", ["in turn", "in return"])
def test_an_answer_told_as_the_others_turn_is_a_reply(turn: str) -> None:
    got = acts(
        "On 22 August 1862, Carl Berg wrote a short letter to Ana Lind on the war.",
        f"Two days later she answered Berg {turn}, insisting that the country could not be saved.",
    )
    assert ("letter", "Ana Lind", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(("a", "b"), [("zhumabekov", "jumabekov"), ("dzhenisbekov", "jenisbekov")])
def test_an_opening_zh_or_dzh_is_the_j_of_another_spelling(a: str, b: str) -> None:
    assert names.token_match(a, b)


def test_two_short_family_names_with_zh_and_j_stay_apart() -> None:
    assert not names.token_match("zhang", "jang")


@pytest.mark.parametrize(
    ("told", "called"),
    [
        ("As I told you by telephone on March 3, our farmers have paid their share.", True),
        ("As I told you on March 3, our farmers have paid their share.", False),
        ("I told the press by telephone on March 3 that our farmers had paid their share.", False),
    ],
)
def test_the_writers_dated_call_to_the_addressee_told_in_a_letter_is_a_call(told: str, called: bool) -> None:
    rep = run(
        "Premier's letter to the Prime Minister\n\n"
        "Premier Carl Berg sent the following letter to Prime Minister Ana Lind on Friday.\n\n"
        "October 27, 2023\n\nDear Prime Minister:\n\n"
        f"{told} I ask that your government extend the pause to all forms of home heating.\n\n"
        "I look forward to your response.\n\nSincerely,\n\nCarl Berg\nPremier\n"
    )
    calls = [c for c in rep.extraction.communications if c.kind == "call"]
    assert bool(calls) is called, [
        (c.kind, c.sender and c.sender.name) for c in rep.extraction.communications
    ]
