"""Session 56: rules built from invented sentences (every name here is invented)."""

from __future__ import annotations

import pytest

from lettertrace import names
from lettertrace.models import Options, PartyMention
from lettertrace.name_shorts import short_form_of, slavic_spellings
from lettertrace.nlp import parse
from lettertrace.resolve import Member, resolve_entities
from test_extract import acts


@pytest.mark.parametrize(
    ("name", "others"),
    [
        ("Bohdan Verenskyy", {"Bohdan Verensky", "Bohdan Verenskiy"}),
        ("Verensky", {"Verenskyy", "Verenskiy"}),
        ("Taras Holotskiy", {"Taras Holotsky", "Taras Holotskyy"}),
        ("Ivan Barskyi", {"Ivan Barsky", "Ivan Barskyy", "Ivan Barskiy"}),
    ],
)
def test_an_east_slavic_sky_has_its_other_romanizations(name: str, others: set[str]) -> None:
    assert set(slavic_spellings(name)) == others


@pytest.mark.parametrize("name", ["Marek Wolanski", "Piet Dorn", "Olena Kovalenko", "Kyi", "Ana Lind"])
def test_other_endings_have_no_other_romanization(name: str) -> None:
    assert slavic_spellings(name) == []


def test_a_persons_other_romanizations_are_aliases_of_the_entity() -> None:
    ents, _ = resolve_entities([Member("r1", PartyMention("Bohdan Verenskyy", "person"))])
    (ent,) = ents
    assert ("Bohdan Verensky", "spelling", "r1") in [tuple(a) for a in ent.aliases]
    ents, _ = resolve_entities([Member("r1", PartyMention("Bank Verenskyy", "org"))])
    assert not [a for a in ents[0].aliases if a[1] == "spelling"]


def test_a_peoples_word_taken_into_a_name_ties_no_one_to_the_state() -> None:
    # the tagger reads "Tajik President Mara Quist" as one person's name: "Tajik" beside the state's word
    # is no other person the home leader might be
    got = acts(
        "ASTANA. Norland News – Russian President Piet Dorn has sent a message to Head of State Ana Lind "
        "expressing support over the floods.",
        "Earlier on Friday, the President of Kazakhstan held a telephone conversation with Kyrgyz "
        "President Carl Berg.",
        "Belarusian President Jan Vos sent a message of sympathy to the Kazakh leader on Thursday, while "
        "Tajik President Mara Quist sent a telegram of condolences on Wednesday.",
    )
    assert ("call", "Ana Lind", ("Carl Berg",)) in got, got
    assert ("message", "Jan Vos", ("Ana Lind",)) in got, got


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Britain's King", {"GB"}),
        ("the Prime Minister of Great Britain", {"GB"}),
        ("the First Minister of Northern Ireland", {"GB"}),
        ("the Papua New Guinea prime minister", {"PG"}),
        ("the leader of Equatorial Guinea", {"GQ"}),
        ("the junta of Myanmar", {"MM"}),
        ("the Burma desk", {"MM"}),
        ("Ivory Coast's president", {"CI"}),
        ("the Governor-General of Saint Lucia", {"LC"}),
        ("the Presidency of Bosnia and Herzegovina", {"BA"}),
        ("the President of Ireland", {"IE"}),
        ("the South Sudanese leader", {"SS"}),
    ],
)
def test_a_state_is_read_by_its_whole_english_name(text: str, codes: set[str]) -> None:
    assert names.states_named(text) == codes


def test_a_monarch_tied_to_his_state_by_its_english_name_is_no_home_leader() -> None:
    got = acts(
        "TOKYO, Jan. 3 Norland News - Messages of sympathy reached Japan after the storm.",
        "South Korean President Piet Dorn sent a message to Prime Minister Ana Lind on Tuesday, according to "
        "his office.",
        "Britain's King Carl Berg sent a message to Emperor Jan Vos conveying his sympathy, the palace said.",
        "On Wednesday, Philippine President Mara Quist sent a letter of sympathy to the Japanese premier, "
        "Manila said.",
    )
    assert ("letter", "Mara Quist", ("Ana Lind",)) in got, got


def test_letters_of_several_senders_to_several_go_one_to_each_addressee() -> None:
    got = acts("Senators Ana Lind and Piet Dorn sent letters to Jan Vos and Mara Quist on Monday.")
    assert got == {("letter", "Ana Lind", ("Jan Vos",)), ("letter", "Ana Lind", ("Mara Quist",))}, got
    # each of the senders wrote where the text says so, or where there is one addressee
    got = acts("Senators Ana Lind and Piet Dorn each sent letters to Jan Vos and Mara Quist on Monday.")
    assert {s for _, s, _ in got} == {"Ana Lind", "Piet Dorn"}, got
    got = acts("Senators Ana Lind and Piet Dorn sent letters to Jan Vos on Monday.")
    assert got == {("letter", "Ana Lind", ("Jan Vos",)), ("letter", "Piet Dorn", ("Jan Vos",))}, got


def test_the_first_of_two_writers_misparsed_as_a_modifier_signs_first() -> None:
    # "Lind and Conservative" parsed as two words describing the critic: Lind still signs first
    got = acts(
        "Carl Dion is the ethics commissioner.",
        "Dion confirmed the review in a letter to Conservative ethics critic Ana Lind on Friday, replying to a "
        "letter that Lind and Conservative finance critic Piet Dorn sent him on July 2.",
    )
    assert ("letter", "Ana Lind", ("Carl Dion",)) in got, got
    assert not any(s == "Piet Dorn" for _, s, _ in got), got


def test_a_letter_drafted_and_then_signed_by_a_leader_is_his() -> None:
    got = acts(
        "The joint letter, sent to President Ana Lind on Monday, was drafted in Arland and signed first by "
        "Piet Dorn, followed by Norland's Carl Berg and Kessel's Jan Vos."
    )
    assert got == {("letter", "Piet Dorn", ("Ana Lind",))}, got


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("President Piet Dorn informed Chancellor Ana Lind of his decision in a letter.", "letter"),
        ("President Piet Dorn warned Chancellor Ana Lind of the risks in a phone call.", "call"),
    ],
)
def test_telling_someone_of_a_thing_in_a_letter_writes_to_him(sentence: str, kind: str) -> None:
    # the parser hangs "in a letter" on the thing told of, not on the verb
    assert acts(sentence) == {(kind, "Piet Dorn", ("Ana Lind",))}


def test_accusing_someone_of_a_thing_in_a_speech_is_no_communication() -> None:
    assert acts("President Piet Dorn accused Chancellor Ana Lind of lying in a speech.") == set()


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        (
            "Secretary-General Ana Lind spoke by phone with the Prime Minister of Trinidad and Tobago on Monday.",
            "Prime Minister of Trinidad and Tobago",
        ),
        (
            "Secretary-General Ana Lind spoke by phone with the Prime Minister of Saint Vincent and the "
            "Grenadines, Piet Dorn, on Monday.",
            "Piet Dorn",
        ),
    ],
)
def test_a_states_name_with_and_is_no_list(sentence: str, party: str) -> None:
    assert acts(sentence) == {("call", "Ana Lind", (party,))}


def test_two_offices_joined_by_and_are_still_two() -> None:
    got = acts(
        "Secretary-General Ana Lind spoke by phone with the President of Arland and the Prime Minister of "
        "Kessel on Monday."
    )
    assert {r for _, _, (r,) in got} == {"President of Arland", "Prime Minister of Kessel"}, got


def test_greetings_exchanged_by_phone_with_several_are_a_call_with_each() -> None:
    got = acts(
        "President Piet Dorn on Wednesday exchanged greetings by phone with President Ana Lind, Chancellor "
        "Carl Berg and Prime Minister Mara Quist, his office said."
    )
    assert got == {("call", "Piet Dorn", (r,)) for r in ("Ana Lind", "Carl Berg", "Mara Quist")}, got
    got = acts(
        "President Piet Dorn discussed the crisis with President Ana Lind and Chancellor Carl Berg in a "
        "joint phone call."
    )
    assert got == {("call", "Piet Dorn", ("Ana Lind", "Carl Berg"))}, got


def test_a_verb_left_without_its_subject_by_a_misread_relative_clause_keeps_it() -> None:
    # the parser makes "sent" the main verb and hangs "phoned" on it with no subject
    got = acts(
        "Turkish President Ana Lind thanked foreign leaders.",
        "Russian President Piet Dorn, who had earlier in the day sent a message of condolence to President "
        "Lind, also phoned the Turkish leader and offered to send teams.",
    )
    assert got == {("message", "Piet Dorn", ("Ana Lind",)), ("call", "Piet Dorn", ("Ana Lind",))}, got


def test_similar_letters_are_the_last_letter_writers_not_the_last_message_writers() -> None:
    got = acts(
        "Federal President Piet Dorn has written to the President of Poland, Ana Lind, to thank her for the "
        "condolences she expressed. The letter was sent on 7 January. On the same day, similar letters of "
        "thanks went to President Carl Berg of Estonia and President Mara Quist of Latvia."
    )
    assert ("letter", "Piet Dorn", ("Carl Berg",)) in got, got
    assert ("letter", "Piet Dorn", ("Mara Quist",)) in got, got


def test_a_reply_received_to_the_letter_she_sent_him_answers_her_letter() -> None:
    got = acts(
        "President Ana Lind said on Friday she had received a reply from Chancellor Piet Dorn to the letter "
        "she had sent him in December."
    )
    assert got == {("letter", "Ana Lind", ("Piet Dorn",)), ("letter", "Piet Dorn", ("Ana Lind",))}, got


def test_questions_a_letter_carries_make_no_press_conference_of_the_reply() -> None:
    got = acts(
        "Opposition Leader Ana Lind wrote to Prime Minister Piet Dorn on Sunday with 16 questions about the plan.",
        "Mr Dorn replied on Tuesday.",
    )
    assert ("letter", "Piet Dorn", ("Ana Lind",)) in got, got


def test_a_second_letter_with_no_writer_is_the_last_writers() -> None:
    got = acts(
        "Senator Ana Lind's letter to Kessel CEO Piet Dorn, dated Thursday, asks for documents. A second "
        "letter, sent the same day to Transport Secretary Carl Berg, asks whether the agency had enough inspectors."
    )
    assert got == {("letter", "Ana Lind", ("Piet Dorn",)), ("letter", "Ana Lind", ("Carl Berg",))}, got


def test_the_two_presidents_said_to_have_written_are_the_two_presidents() -> None:
    got = acts(
        "In July 2021, President Ana Lind called Arlandic President Piet Dorn.",
        "In November 2021, Dorn phoned Lind to discuss the release, and Prime Minister Carl Berg then spoke "
        "with the Arlandic president.",
        "The two presidents are also said to have exchanged letters in the early weeks of this year.",
    )
    letters = {(s, r) for k, s, r in got if k == "letter"}
    assert letters == {("Ana Lind", ("Piet Dorn",)), ("Piet Dorn", ("Ana Lind",))}, got


def test_an_office_without_article_before_a_titled_name_is_that_persons() -> None:
    got = acts(
        "Prime Minister Carl Berg thanked the region.",
        "Regional Forum chair and Arland Prime Minister Piet Dorn spoke with Mr Berg by phone on Tuesday.",
    )
    assert got == {("call", "Piet Dorn", ("Carl Berg",))}, got
    got = acts("Chancellor Ana Lind and Prime Minister Piet Dorn wrote to President Carl Berg on Monday.")
    assert got == {("letter", "Ana Lind", ("Carl Berg",))}, got


def test_the_throne_one_accedes_to_is_no_addressee() -> None:
    got = acts(
        'Queen Mara Quist sent a message on Wednesday, saying "I send Your Majesty my warmest congratulations '
        'on your accession to the Norland Throne".'
    )
    assert not any("Throne" in r for _, _, rs in got for r in rs), got


@pytest.mark.parametrize("verb", ["has written to", "phoned"])
def test_the_one_thanked_in_a_purpose_clause_is_the_one_addressed(verb: str) -> None:
    got = acts(
        "Pope Piet Dorn speaks with Secretary-General Ana Lind.",
        f"Pope Piet Dorn {verb} King Carl Berg of Arland to thank him for his message of congratulations.",
    )
    assert ("message", "Carl Berg", ("Piet Dorn",)) in got, got
    assert not any(s == "Ana Lind" for _, s, _ in got), got


@pytest.mark.parametrize(
    ("short", "full", "fits"),
    [
        ("PD", "Piet Dorn", True),
        ("AL", "Ana Lind", True),
        ("PD", "Piet van Dorn", False),
        ("US", "Ursula Smith", False),
        ("PM", "Piet Mulder", False),
        ("PD", "Piet", False),
    ],
)
def test_an_editors_two_initials_are_a_two_word_name(short: str, full: str, fits: bool) -> None:
    assert short_form_of(short, full) is fits


def test_an_editors_initials_name_the_writer() -> None:
    got = acts(
        "To Mara Quist from Jonas Alden, 3 February 1812",
        "JA told Robert Hale of the renewed exchange in a letter of 10 Feb. 1812.",
    )
    assert ("letter", "Jonas Alden", ("Robert Hale",)) in got, got


def test_the_name_set_off_after_the_office_a_letter_is_addressed_to_is_the_addressee() -> None:
    got = acts(
        "In a letter addressed on Tuesday to the Secretary-General of the OIC, Piet Dorn, Iranian Foreign "
        "Minister Ana Lind called for a meeting."
    )
    assert got == {("letter", "Ana Lind", ("Piet Dorn",))}, got


def test_two_offices_before_one_name_are_that_persons() -> None:
    got = acts("Deputy Prime Minister and Foreign Minister Piet Dorn wrote to President Carl Berg on Monday.")
    assert got == {("letter", "Piet Dorn", ("Carl Berg",))}, got


@pytest.mark.parametrize(
    "sentence",
    [
        "Committee Chairman Ana Lind wrote earlier this month to Piet Dorn, Carl Berg and Jan Vos, asking each to "
        "testify.",
        "Committee Chairman Ana Lind wrote earlier this month to the chief executives of Kessel, Arland and "
        "Norland - Piet Dorn, Carl Berg and Jan Vos - asking each to testify.",
    ],
)
def test_a_letter_asking_each_addressee_is_one_to_each(sentence: str) -> None:
    assert acts(sentence) == {("letter", "Ana Lind", (r,)) for r in ("Piet Dorn", "Carl Berg", "Jan Vos")}


def test_a_letter_still_awaiting_its_reply_is_told() -> None:
    got = acts(
        "Ana Lind, who chairs the committee, has yet to receive a reply to her letter of 9 March to the "
        "Equalities Minister, Piet Dorn."
    )
    assert got == {("letter", "Ana Lind", ("Piet Dorn",))}, got


def test_a_participle_giving_each_addressee_a_deadline_makes_one_letter_each() -> None:
    got = acts(
        "Senator Ana Lind also wrote last month to chief executive Piet Dorn and to Carl Berg, "
        "giving each 24 hours to explain."
    )
    assert got == {("letter", "Ana Lind", ("Piet Dorn",)), ("letter", "Ana Lind", ("Carl Berg",))}, got


def test_an_office_before_a_place_and_a_titled_name_is_that_persons() -> None:
    got = acts(
        "Prime Minister Carl Berg thanked the region.",
        "Regional Forum chair and Norland Islands Prime Minister Piet Dorn spoke with Mr Berg by phone on Tuesday.",
    )
    assert got == {("call", "Piet Dorn", ("Carl Berg",))}, got


def test_a_spaced_dash_ends_a_name_the_tagger_ran_across_it() -> None:
    doc = parse(
        "Ana Lind wrote to the chief executives of Kessel, Arland and Norland - Piet Dorn, Carl Berg and Jan Vos "
        "- asking each to testify.",
        Options().spacy_model,
    )
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Piet Dorn", "PERSON") in ents and not any(" - " in t for t, _ in ents), ents


@pytest.mark.parametrize(
    "sentence",
    [
        "The joint letter, which will be sent to President Ana Lind next week, is being drafted in Arland and will "
        "be signed first by Piet Dorn.",
        "The joint letter, sent to President Ana Lind on Monday, was drafted in Arland but not signed by Piet Dorn, "
        "who objected.",
        "Senator Ana Lind's letter to Kessel CEO Piet Dorn, dated Thursday, asks for documents. A second letter, "
        "addressed to Transport Secretary Carl Berg, is still being drafted.",
        "President Piet Dorn informed Chancellor Ana Lind of his decision in a letter to parliament.",
    ],
)
def test_a_letter_planned_unsigned_or_to_another_gives_no_act_to_the_one_named(sentence: str) -> None:
    got = acts(sentence)
    assert not any(s == "Piet Dorn" and "Ana Lind" in r for _, s, r in got), got
    assert not any("Carl Berg" in r for _, _, r in got), got


def test_letters_to_two_addressees_respectively_stay_letters_of_each_sender() -> None:
    got = acts("Ana Lind and Piet Dorn sent letters to Jan Vos and Mara Quist respectively on Monday.")
    assert {s for _, s, _ in got} == {"Ana Lind", "Piet Dorn"}, got


@pytest.mark.parametrize(
    "sentence",
    [
        "Saint Vincent and the Grenadines Prime Minister Piet Dorn wrote to Ana Lind on Monday.",
        "Antigua and Barbuda's Prime Minister Piet Dorn wrote to President Ana Lind on Monday.",
    ],
)
def test_a_states_name_with_and_before_a_titled_name_is_no_writer(sentence: str) -> None:
    assert acts(sentence) == {("letter", "Piet Dorn", ("Ana Lind",))}
