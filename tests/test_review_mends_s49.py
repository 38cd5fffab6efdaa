"""Session 49 review: misfires three helpers found in this session's rules with invented sentences; each test
but the participle's (a guard) fails on the code before its mend. Sentences and names are invented."""

from __future__ import annotations

from lettertrace.models import PartyMention
from lettertrace.resolve import Member, resolve_entities
from test_extract import acts


def test_him_is_not_a_possessor_or_a_companion_named_in_its_sentence() -> None:
    assert ("letter", "Luis Ibarra", ("Tom Kettle",)) in acts(
        "President Tom Kettle wrote to Prime Minister Ana Berg on Monday.",
        "On Tuesday, Ana Berg's foreign minister, Luis Ibarra, wrote to him.",
    )
    assert ("letter", "Maria Fuentes", ("Rafael Ortega",)) in acts(
        "Rafael Ortega has yet to respond to the proposal.",
        "Maria Fuentes, speaking after a meeting with Pedro Salas, said she had written to him twice.",
    )


def test_a_possessive_her_after_a_subject_tells_nothing_of_the_subjects_sex() -> None:
    found = acts(
        "Maria Fuentes wrote to Luis Ibarra on Monday, urging talks.",
        "Ibarra welcomed her letter in a statement on Tuesday.",
        "On Friday, he wrote back, proposing a meeting in Lima.",
    )
    assert ("letter", "Luis Ibarra", ("Maria Fuentes",)) in found


def test_names_after_places_that_are_a_clauses_subjects_hold_no_office() -> None:
    joint = acts(
        "In a joint letter to the presidents of Peru and Chile, Ana Berg and Tom Kettle urged both governments "
        "to reopen the border."
    )
    assert not any(to == ("Tom Kettle",) for _, _, to in joint), joint
    sources = acts(
        "President Tom Kettle sent letters to the presidents of Peru and Chile, Ana Berg and Luis Ibarra said in "
        "a joint statement on Monday."
    )
    assert not any("Ana Berg" in to or "Luis Ibarra" in to for _, _, to in sources), sources
    listed = acts(
        "Kettle wrote to the leaders of France, Germany, Antonio Guterres and Jens Stoltenberg on Monday."
    )
    assert any("Germany" in to for _, _, to in listed), listed


def test_an_answer_by_telephone_to_a_question_is_no_call_back() -> None:
    for then in (
        "Asked about the letter, Berg answered by telephone on Wednesday that she had not yet read it.",
        "Berg, who answered by telephone from Ostra on Wednesday, said she had not received any letter.",
    ):
        found = acts("President Tom Kettle wrote to Prime Minister Ana Berg on Monday.", then)
        assert not any(kind == "call" for kind, _, _ in found), (then, found)


def test_a_message_of_another_occasion_does_not_go_to_the_congratulated() -> None:
    for later in (
        ("On Monday, Kettle also sent a message of condolence after the floods in Ostra.",
         "In the message, Kettle said his thoughts were with the victims."),
        ("In a separate message, Kettle said he mourned the victims of the floods.",),
    ):  # fmt: skip
        found = acts(
            "President Tom Kettle has congratulated Prime Minister Ana Berg on her re-election.", *later
        )
        assert ("message", "Tom Kettle", ("Ana Berg",)) not in found, (later, found)


def test_the_forum_is_no_body_when_its_sentence_names_another_forum() -> None:
    found = acts(
        "The Norland Rights Forum wrote to President Tom Kettle on Monday.",
        "Kettle, who is attending an economic forum in Ostra, wrote to the forum on Tuesday.",
    )
    assert not any(to == ("Norland Rights Forum",) for _, _, to in found), found


def test_a_kinswoman_by_any_kin_role_joins_her_familys_full_name_elsewhere() -> None:
    for role in ("his late wife", "Pardoe's wife", "the widow"):
        ids = resolve_entities(
            [
                Member("ra", PartyMention("Margaret", role=role)),
                Member("ra", PartyMention("Elias Pardoe")),
                Member("rb", PartyMention("Margaret Pardoe")),
            ]
        )[1]
        assert ids[("ra", "Margaret")] == ids[("rb", "Margaret Pardoe")], role


def test_him_after_a_joined_verb_is_the_first_verbs_object() -> None:
    found = acts(
        "The Foreign Ministry summoned Norland's ambassador, Tom Kettle, on Wednesday and handed him a formal "
        "note of protest over what Freeport called an unsafe manoeuvre."
    )
    assert ("message", "Foreign Ministry", ("Tom Kettle",)) in found, found


def test_him_after_a_participle_is_the_one_written_to() -> None:
    found = acts(
        "Prime Minister Ana Berg has written to the Chairperson of the Commission, Tom Kettle, thanking him for "
        "his letter of condolence after the floods."
    )
    assert ("letter", "Tom Kettle", ("Ana Berg",)) in found, found


def test_a_public_post_or_a_condolence_after_a_congratulation_is_no_message_to_the_congratulated() -> None:
    for later in (
        "In a message posted on social media on Tuesday, Haddad said Freedonia stood ready to work with all its "
        "neighbours.",
        "In a message on Tuesday, Haddad also offered his condolences to the families of the flood victims.",
    ):
        found = acts(
            "President Omar Haddad has congratulated Karl Brenner on his election as prime minister of Norland.",
            later,
        )
        assert ("message", "Omar Haddad", ("Karl Brenner",)) not in found, (later, found)


def test_an_answer_by_telephone_told_to_the_press_is_no_call_back() -> None:
    found = acts(
        "President Omar Haddad wrote to King Felix Ardent on Monday.",
        'Ardent answered by telephone on Wednesday, telling Reuters the letter was "constructive".',
    )
    assert not any(kind == "call" for kind, _, _ in found), found


def test_a_one_word_name_joins_a_namesake_only_by_the_same_office() -> None:
    ids = resolve_entities(
        [
            Member("ra", PartyMention("Abdullah", aliases=("Deputy Amir Abdullah",))),
            Member("rb", PartyMention("Abdullah bin Hamad", aliases=("Amir Abdullah bin Hamad",))),
            Member("rc", PartyMention("Abdullah bin Omar", aliases=("King Abdullah bin Omar",))),
        ]
    )[1]
    assert ids[("ra", "Abdullah")] not in {
        ids[("rb", "Abdullah bin Hamad")],
        ids[("rc", "Abdullah bin Omar")],
    }


def test_a_catalogue_title_names_writer_and_addressee_after_its_form_of_document() -> None:
    from test_extract import page_acts

    page = (
        "National Archives of Freedonia - Catalogue\n\n"
        "Title: Cablegram - Haddad to Ardent regarding border incident\nDate: 12 May 1961\nReference: FA/12/334\n\n"
        "Description: Cablegram from President Omar Haddad to King Felix Ardent regarding the border incident.\n"
    )
    assert page_acts(page) == {("message", "Omar Haddad", ("Felix Ardent",))}
    from lettertrace.text_view import tokenizer_view

    assert tokenizer_view("Title: Cablegram - A to B") == "Title: Cablegram . A to B"
    assert tokenizer_view("A letter - the first - went out") == "A letter - the first - went out"
