"""Session 46: a person's short form in the same report ("Jokowi", "AMLO", "MBS"), a pair whose 'and'
the parser left without a conjunct ("President A and his X counterpart B held a call"), a dateline in
title case with its day ("Tehran, Oct 13, IRNA --") and the year a dateline leaves out given beside it in
another calendar ("(Mehr 22, 1403)"). Sentences are invented."""

from __future__ import annotations

import datetime as dt

from lettertrace.name_shorts import short_form_of
from test_extract import acts, run


def test_short_forms_of_names() -> None:
    assert short_form_of("Jokowi", "Joko Widodo")  # given name and the surname's first syllable
    assert short_form_of("AMLO", "Andrés Manuel López Obrador")  # the initials of every word
    assert short_form_of("MBS", "Mohammed bin Salman")
    assert short_form_of("LILS", "Luiz Inácio Lula da Silva")  # the initials of the capitalised words
    assert not short_form_of("NATO", "Nate Alan Oto")
    assert not short_form_of("Anwar", "Anwar Ibrahim")  # a name of its own, which other rules read
    assert not short_form_of("Joko", "Joko Widodo")
    assert not short_form_of("Jo", "Joko Widodo")


def test_short_form_is_the_person_named_in_full() -> None:
    found = acts(
        "Indonesian President Joko Widodo telephoned Prime Minister Carl Berg on Monday.",
        "On Saturday, President Jokowi also sent messages of condolence to Prime Minister Ana Lind.",
    )
    assert ("message", "Joko Widodo", ("Ana Lind",)) in found
    found = acts(
        "President Andres Manuel Lopez Obrador of Norland wrote to President Tom Hale on Monday.",
        "AMLO also telephoned Prime Minister Ana Lind on Tuesday.",
    )
    assert ("call", "Andres Manuel Lopez Obrador", ("Ana Lind",)) in found


def test_pair_with_a_bare_and_holds_a_call() -> None:
    for sentence in (
        "Iranian President Masoud Pezeshkian and his Turkish counterpart Recep Tayyip Erdogan held a telephone "
        "conversation on Saturday evening.",
        "Norland President Ana Berg and his Sylvanian counterpart Tom Hale held a telephone conversation on "
        "Saturday evening.",
    ):
        found = acts(sentence)
        assert any(a[0] == "call" and len({a[1], *a[2]}) == 2 for a in found), (sentence, found)


def test_title_case_dateline_with_the_year_in_another_calendar() -> None:
    rep = run(
        "Leaders discuss the region in phone call\n\n"
        "Tehran, Oct 13, IRNA (Mehr 22, 1403) -- Iranian President Masoud Pezeshkian and his Turkish "
        "counterpart Recep Tayyip Erdogan held a telephone conversation on Saturday evening.\n"
    )
    assert rep.meta.published == dt.date(2024, 10, 13)
    call = next(c for c in rep.extraction.communications if c.kind == "call")
    names = {call.sender.name if call.sender else "", *(r.name for r in call.recipients)}
    assert names == {"Masoud Pezeshkian", "Recep Tayyip Erdogan"}  # the dateline's place is no party
    assert call.date.earliest == dt.date(2024, 10, 12)
    # a day in another calendar that is not the dateline's day gives no year
    rep = run("Leaders talk\n\nTehran, Oct 14, IRNA (Mehr 22, 1403) -- President A spoke.\n")
    assert rep.meta.published is None


def test_written_reply_to_the_one_its_verb_thanks() -> None:
    for sentence in (
        "In a handwritten reply sent a week later, Prime Minister Harald Lind thanked President Tom Hale for "
        "his frankness.",
        "In a two-page reply dated 9 March, Prime Minister Harald Lind assured President Tom Hale that the "
        "talks would go on.",
    ):
        assert ("letter", "Harald Lind", ("Tom Hale",)) in acts(sentence), sentence
    # a reply that may have been spoken names no letter
    assert not acts("In reply, Prime Minister Harald Lind thanked President Tom Hale for his frankness.")


def test_a_state_in_a_persons_own_name_ties_no_state() -> None:
    # "Al-Sudani" reads like "Sudanese": the surname ties its bearer to no state, so the bare "the Prime
    # Minister" stays the report's own prime minister, not the one tied to another state
    found = acts(
        "Prime Minister Mohammed Shia Al-Sudani received on Tuesday a phone call from Saudi Crown Prince and "
        "Prime Minister Prince Mohammed bin Salman.",
        "On Wednesday, the Prime Minister received a letter from Iranian President Masoud Pezeshkian. "
        "Al-Sudani responded later the same day with a letter of his own.",
    )
    assert ("letter", "Masoud Pezeshkian", ("Mohammed Shia Al-Sudani",)) in found


def test_greetings_sent_in_a_clause_on_the_noun() -> None:
    found = acts(
        "President Tom Hale had a telephone conversation today with President Ana Berg.",
        "The President thanked his counterpart for the warm birthday greetings that Ana Berg had sent him "
        "last October.",
    )
    assert any(a[0] == "message" and a[1] == "Ana Berg" and a[2] == ("Tom Hale",) for a in found), found
    # greetings only expressed are none
    found = acts(
        "President Tom Hale thanked President Ana Berg for the warm greetings she expressed at the summit."
    )
    assert not any(a[0] == "message" for a in found), found


def test_known_offices_of_a_name_written_family_name_first() -> None:
    from lettertrace.actors import known_offices

    assert "President of Russia" in known_offices("Putin Vladimir")
    assert known_offices("Putin Vladimir") == known_offices("Vladimir Putin")
