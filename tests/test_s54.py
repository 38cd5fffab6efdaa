"""Session 54: constructions of South Asian, African, Chinese and Gulf agency English. Sentences and
names are invented."""

from __future__ import annotations

from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options
from lettertrace.nlp import parse
from lettertrace.text_view import tokenizer_view
from test_extract import acts, report, run


def _party_names(*paragraphs: str) -> set[str]:
    doc = parse(report(*paragraphs), Options().spacy_model)
    return {p.name for p in PartyIndex(doc).live()}


def test_an_office_set_in_capitals_before_a_name_is_read_as_a_title() -> None:
    for text, view in (
        ("KESSEL: PRESIDENT Amina Tarala has sent", "KESSEL: President Amina Tarala has sent"),
        ("PRIME MINISTER Amina Tarala said", "Prime Minister Amina Tarala said"),
        ("CM Amina Tarala wrote", "CM Amina Tarala wrote"),  # an abbreviation stays as written
        ("PRESIDENT TARALA MOURNS", "PRESIDENT TARALA MOURNS"),  # a headline in capitals
        ("THE President said", "THE President said"),
    ):
        assert tokenizer_view(text) == view, text
    assert ("message", "Amina Kobe Tarala", ("Felix Arn",)) in acts(
        "KESSEL: PRESIDENT Amina Kobe Tarala has sent a message of condolence to President Felix Arn."
    )


def test_an_agency_dateline_without_a_dash_under_a_page_head_is_no_sender() -> None:
    page = (
        "AGENCY\nNATIONAL\n\nLind writes to Dorn over floods\n\n"
        "Marrowdale, Sep 26 (AGENCY) Chief Minister Ana Lind on Thursday wrote to Prime Minister Piet Dorn "
        "over the floods in the state.\n\nThe letter asked for central assistance.\n"
    )
    found = {(c.sender.name if c.sender else "") for c in run(page).extraction.communications}
    assert found == {"Ana Lind"}, found  # (a place whose name begins as a month's does is no time either)
    # a paragraph further on that opens with a place and a bracketed day is no dateline
    story = report(
        "Chief Minister Ana Lind wrote to Prime Minister Piet Dorn on Thursday.",
        "The Chief Minister said the state needed help at once.",
        "She added that the floods had cut the state's roads.",
        "Kessel, Sep 26 (Women's Day) was the day the letter left, her office said.",
    )
    assert run(story).extraction.communications


def test_a_headline_verb_after_a_comma_is_no_addressee() -> None:
    for headline in (
        "Norland PM writes to President again, calls Finance Minister's reply 'factually incorrect'",
        "Norland PM writes to President, slams Finance Minister's reply",
    ):
        found = acts(
            headline,
            "Norland Prime Minister Ana Lind on Thursday wrote to President Piet Dorn for the second time in a "
            "week, terming Finance Minister Carl Berg's letter to her on Monday 'misleading'.",
        )
        assert not any("Carl Berg" in to and s == "Ana Lind" for _, s, to in found), found
    # a form of address the tagger takes for a verb still opens a list item
    found = acts("Prime Minister Ana Lind also cabled a message to comrade Piet Dorn to congratulate him.")
    assert ("message", "Ana Lind", ("Piet Dorn",)) in found


def test_her_first_or_earlier_letter_is_another_one_to_the_same_addressee() -> None:
    for second, first in (
        (
            "Prime Minister Ana Lind on Thursday wrote to President Piet Dorn for the second time in a week.",
            "Her first letter, sent on Monday, had described the floods as man-made.",
        ),
        (
            "Prime Minister Ana Lind on Thursday wrote to President Piet Dorn again.",
            "Her earlier letter, sent on Monday, had described the floods as man-made.",
        ),
        (
            "Prime Minister Ana Lind on Thursday wrote to President Piet Dorn.",
            "Her previous letter, of Monday, had described the floods as man-made.",
        ),
    ):
        rep = run(report(second, first))
        days = sorted(
            str(c.date.earliest)
            for c in rep.extraction.communications
            if c.sender and c.sender.name == "Ana Lind" and [r.name for r in c.recipients] == ["Piet Dorn"]
        )
        assert days == ["2024-03-11", "2024-03-14"], (first, days)
    # the letter told as her first is not a second one
    rep = run(
        report(
            "Prime Minister Ana Lind on Thursday sent her first letter to President Piet Dorn.",
            "Her first letter asked for aid.",
        )
    )
    assert len(rep.extraction.communications) == 1


def test_a_call_that_thanks_for_a_message_answers_it() -> None:
    for para in (
        "Foreign Minister Ana Lind, in a phone call with Foreign Minister Piet Dorn on Sunday, thanked Dorn "
        "for his condolence message.",
        "Foreign Minister Ana Lind phoned Foreign Minister Piet Dorn on Sunday and thanked him for his letter.",
        "During a telephone conversation on Sunday, Ana Lind thanked Piet Dorn for his message of support.",
    ):
        comms = run(report(para)).extraction.communications
        (call,) = [c for c in comms if c.kind == "call"]
        assert call.in_reply_to is not None, para
        answered = comms[call.in_reply_to]
        assert answered.sender is not None and answered.sender.name == "Piet Dorn", para
    # thanks told to reporters after the call are not said in it
    comms = run(
        report(
            "Prime Minister Ana Lind spoke with President Piet Dorn by phone on Sunday.",
            "'I had a warm conversation with President Dorn and I thank him for his message of congratulations,' "
            "Lind told reporters.",
        )
    ).extraction.communications
    assert all(c.in_reply_to is None for c in comms if c.kind == "call")


def test_the_letters_told_again_with_their_addressees_are_one_each() -> None:
    for told, listed in (
        (
            "Chief Minister Ana Lind on Friday wrote to her counterparts in three states.",
            "Piet Dorn, Carl Berg",
        ),
        ("Chief Minister Ana Lind on Friday sent letters to three governors.", "Piet Dorn, Carl Berg"),
        (
            "Chief Minister Ana Lind on Friday wrote to her counterparts in Norland, Kessel and Arland.",
            "Piet Dorn (Norland), Carl Berg (Kessel)",
        ),  # the counterparts read as the one the report names of one of the states
    ):
        rep = run(report(told, f"The letters were addressed to {listed} and Jan Vos."))
        found = {
            (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
            for c in rep.extraction.communications
        }
        assert found == {
            ("Ana Lind", ("Piet Dorn",)),
            ("Ana Lind", ("Carl Berg",)),
            ("Ana Lind", ("Jan Vos",)),
        }, (told, found)
        days = {str(c.date.earliest) for c in rep.extraction.communications}
        assert days == {"2024-03-08"}, (told, days)  # each written on the Friday told
    # the letters of another writer told last, letters with a writer of their own, or indefinite ones are
    # not the group act's
    base = "Ana Lind wrote to her counterparts in Kessel, Arland and Tolvia on Monday."
    listed = "Piet Dorn (Kessel), Carl Berg (Arland) and Jan Vos (Tolvia)"
    found = acts(base, f"Mara Quist wrote to Carl Berg on Tuesday. The letters were addressed to {listed}.")
    assert ("letter", "Mara Quist", ("Carl Berg",)) in found and not any(
        s == "Mara Quist" and to != ("Carl Berg",) for _, s, to in found
    ), found
    found = acts(base, f"Letters of protest were addressed to {listed} by Mara Quist on Tuesday.")
    assert not any(s == "Ana Lind" and to == ("Jan Vos",) for _, s, to in found), found
    # letters of two writers told together are each one's
    found = acts(
        "Norland and Kessel on Wednesday simultaneously handed in their letters of application.",
        "The letters were conveyed by the two ambassadors to Secretary General Piet Dorn.",
    )
    assert {s for _, s, _ in found} == {"Norland", "Kessel"}, found


def test_offices_in_the_plural_and_a_state_before_a_title_name_no_one() -> None:
    names = _party_names(
        "Kessel Chief Minister Ana Lind and four other Chief Ministers on Friday wrote jointly to Prime "
        "Minister Piet Dorn."
    )
    assert "Ministers" not in names and not any(n.startswith("Kessel") for n in names), names
    assert {"Ana Lind", "Piet Dorn"} <= names


def test_congratulations_addressed_in_the_active_may_be_said_aloud() -> None:
    # "A addressed his congratulations to B" is said in a speech, at a meeting, on television as often as it
    # is written: no message; in the passive with the sender as agent, an agency's round-up of messages
    assert ("message", "Jan Vos", ("Ana Lind",)) in acts(
        "Congratulations were also addressed to President-elect Ana Lind by President Jan Vos on Monday."
    )
    for aloud in (
        "During their meeting on Monday, President Jan Vos addressed his congratulations to President-elect "
        "Ana Lind.",
        "In his speech, President Jan Vos addressed his congratulations to the winners, Ana Lind and Piet Dorn.",
        "President Jan Vos addressed his congratulations to Ana Lind in a televised address on Tuesday.",
        "Speaking to reporters on Tuesday, Jan Vos addressed his congratulations to Ana Lind.",
    ):
        assert not acts(aloud), aloud


def test_messages_received_since_a_day_and_one_of_them() -> None:
    found = acts(
        "The President-elect, Ana Lind, has received since Monday messages of congratulations from several "
        "heads of state.",
        "Among them is the message of the President of Norland, Piet Dorn, who salutes a victory for democracy.",
    )
    assert ("message", "Piet Dorn", ("Ana Lind",)) in found, found


def test_a_page_date_after_the_time_of_its_update() -> None:
    from lettertrace.read.html_page import html_report

    for line in (
        '<span class="date">Updated 09:18, 09-Sep-2024</span>',
        '<p class="meta">AGENCY | Updated 9.18 am, 09-Sep-2024</p>',
    ):
        page = (
            "<html><head><title>Lind writes to Dorn</title></head><body><article><h1>Lind writes to Dorn</h1>"
            f"<div>{line}</div><p>President Ana Lind on Sunday sent a message of sympathy to President Piet Dorn "
            "over the floods in the north of the country, her office said in a statement.</p>"
            "<p>The message said the two countries would stand together in the months of rebuilding ahead.</p>"
            "</article></body></html>"
        )
        rep = html_report(page, source="p.html", sha256="0" * 64, fmt="html")
        assert str(rep.published) == "2024-09-09", line


def test_one_sent_to_another_stands_for_the_message_named() -> None:
    for paragraphs in (
        (
            "Premier Ana Lind sent a message of sympathy to Prime Minister Piet Dorn, and Foreign Minister Jan Vos "
            "sent one to his counterpart Carl Berg on the same day.",
        ),
        (
            "Premier Ana Lind wrote a letter to Prime Minister Piet Dorn.",
            "Foreign Minister Jan Vos also sent one to Carl Berg.",
        ),
    ):
        found = acts(*paragraphs)
        assert ("Jan Vos", ("Carl Berg",)) in {(s, to) for _, s, to in found}, found
        assert len(found) == 2, found
    # 'one' of something else is no act
    assert acts(
        "Ana Lind sent a message to Piet Dorn.", "Jan Vos scored twice, and Carl Berg sent one over the bar."
    ) == {("message", "Ana Lind", ("Piet Dorn",))}


def test_a_time_between_has_and_its_participle() -> None:
    rep = run(
        report(
            "President Ana Lind has this afternoon spoken by telephone to the Acting President of Norland, Dr Piet "
            "Dorn, following the passing of President Jan Vos."
        )
    )
    (c,) = rep.extraction.communications
    assert (c.kind, c.sender and c.sender.name, [r.name for r in c.recipients]) == (
        "call",
        "Ana Lind",
        ["Piet Dorn"],
    )
    assert str(c.date.earliest) == str(c.date.latest) == "2024-03-14"


def test_a_letter_sent_on_a_weekday_is_past_whatever_the_sentence_says_of_it_now() -> None:
    rep = run(
        report(
            "The joint letter sent to President Jan Vos on Saturday by Governor Ana Lind is a political drama, the "
            "opposition said."
        )
    )
    (c,) = rep.extraction.communications
    assert str(c.date.earliest) == "2024-03-09"  # the Saturday before the report, not the one after it


def test_a_pair_that_did_as_an_exchanging_pair_did_exchanged_too() -> None:
    found = {
        (s, to)
        for _, s, to in acts(
            "President Ana Lind and Prime Minister Piet Dorn exchanged New Year messages, as did Jan Vos, speaker of "
            "the parliament, and Carl Berg, speaker of the Kessel assembly."
        )
    }
    assert found == {
        ("Ana Lind", ("Piet Dorn",)),
        ("Piet Dorn", ("Ana Lind",)),
        ("Jan Vos", ("Carl Berg",)),
        ("Carl Berg", ("Jan Vos",)),
    }, found
    # one who did as the one who sent did sent the same
    found = {
        (s, to)
        for _, s, to in acts(
            "President Ana Lind sent a message to Prime Minister Piet Dorn, as did Jan Vos and Carl Berg."
        )
    }
    assert found == {
        ("Ana Lind", ("Piet Dorn",)),
        ("Jan Vos", ("Piet Dorn",)),
        ("Carl Berg", ("Piet Dorn",)),
    }, found


def test_review_mends_of_session_54() -> None:
    told = "Ana Lind sent a message to Piet Dorn on Monday."
    for other in (
        "Carl Berg did not send one to Jan Vos.",
        "Carl Berg will send one to Jan Vos on Friday.",
        "Carl Berg sent one of his aides to Jan Vos on Tuesday.",
        "Carl Berg sent one to Jan Vos for his birthday, a bottle of wine.",
        "Carl Berg sent one to him on Tuesday.",
    ):
        assert not any(s == "Carl Berg" for _, s, _ in acts(told, other)), other
    for planned in (
        "The letter to be sent on Saturday by Ana Lind to Piet Dorn is a political drama.",
        "The letter that Ana Lind will send on Saturday to Piet Dorn is a political drama.",
    ):
        days = {str(c.date.earliest) for c in run(report(planned)).extraction.communications}
        assert days <= {"2024-03-16"}, (planned, days)
    for not_thanked in (
        "Ana Lind phoned Piet Dorn on Tuesday but did not thank him for his letter.",
        "Ana Lind phoned Piet Dorn on Tuesday and thanked him for his letter to Carl Berg.",
    ):
        calls = [c for c in run(report(not_thanked)).extraction.communications if c.kind == "call"]
        assert calls and all(c.in_reply_to is None for c in calls), not_thanked
    assert not acts(
        "Piet Dorn has received since Monday messages of congratulations from several heads of state.",
        "Among those who did not write is the President of Norland, Ana Lind.",
    )
    (c,) = run(
        report("Ana Lind had that afternoon spoken by telephone to Piet Dorn.")
    ).extraction.communications
    assert c.date.precision != "day", c.date  # 'had that afternoon': not the report's day


def test_thanks_by_cables_to_several_answer_each_one() -> None:
    comms = run(
        report(
            "President Ana Lind has received cables of congratulations from Piet Dorn, Carl Berg and Jan Vos.",
            "Lind responded on Tuesday with cables of thanks to Piet Dorn, Carl Berg and Jan Vos.",
        )
    ).extraction.communications
    answers = {
        c.recipients[0].name: comms[c.in_reply_to].sender.name  # type: ignore[union-attr]
        for c in comms
        if c.sender and c.sender.name == "Ana Lind" and c.in_reply_to is not None
    }
    assert answers == {"Piet Dorn": "Piet Dorn", "Carl Berg": "Carl Berg", "Jan Vos": "Jan Vos"}, answers


def test_a_dateline_with_the_year_after_a_slash() -> None:
    from lettertrace.datelines import bracketed_credits

    text = (
        "Addis Ababa, December 16/2024 (NNA) A telephone conversation was held on Sunday between Prime Minister "
        "Ana Lind and the President of Kessel, Piet Dorn, on the accord.\nThe two leaders agreed to meet.\n"
    )
    (m,) = bracketed_credits(text)
    assert m.group(0) == "Addis Ababa, December 16/2024 (NNA) "
    found = [(c.kind, c.sender and c.sender.name) for c in run(text).extraction.communications]
    assert found == [("call", "Ana Lind")], found
