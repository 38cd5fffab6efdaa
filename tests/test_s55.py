"""Session 55: constructions of EU institutional English, historical accounts, Anglophone papers and
Russian and Central Asian agencies. Sentences and names are invented."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from lettertrace.models import Options
from lettertrace.name_titles import titled_name_taken_whole
from lettertrace.nlp import parse
from lettertrace.read.html_page import html_text
from test_extract import acts, report, run


def _dated(*paragraphs: str) -> set[tuple[str, str, tuple[str, ...], date | None, date | None]]:
    return {
        (
            c.kind,
            c.sender.name if c.sender else "",
            tuple(r.name for r in c.recipients),
            c.date.earliest,
            c.date.latest,
        )
        for c in run(report(*paragraphs)).extraction.communications
    }


def test_an_office_written_as_its_initials_is_its_holder() -> None:
    lead = (
        "The High Representative for Foreign Affairs and Security Policy and Vice-President of the "
        "Commission, Mara Quist, held talks on Monday."
    )
    found = acts(lead, "Later, the HR/VP spoke with Piet Dorn by phone.")
    assert ("call", "Mara Quist", ("Piet Dorn",)) in found, found
    assert not any(s in ("VP", "HR") for _, s, _ in found), found
    found = acts(
        "Kessel Union Secretary-General Ana Lind held talks on Monday.",
        "Later, the SG spoke with Piet Dorn by phone.",
    )
    assert ("call", "Ana Lind", ("Piet Dorn",)) in found, found
    # a body's initials are no person's, even where a person's office holds its name
    found = acts(
        "The European Union envoy Mara Quist held talks on Monday.", "Later, the EU wrote to Piet Dorn."
    )
    assert not any(s == "Mara Quist" and r == ("Piet Dorn",) for _, s, r in found), found


def test_an_office_set_before_one_name_is_that_person_when_named_again() -> None:
    found = acts(
        "The High Representative for Foreign Affairs and Security Policy and Vice-President of the "
        "Commission, Mara Quist, held talks on Monday.",
        "On Tuesday, the High Representative/Vice-President spoke with Piet Dorn by phone.",
    )
    assert ("call", "Mara Quist", ("Piet Dorn",)) in found, found


def test_a_high_representative_speaks_in_his_own_right() -> None:
    found = acts(
        "The High Representative for Foreign Affairs, Mara Quist, held talks on Monday.",
        "On Tuesday, the High Representative spoke with Piet Dorn by phone.",
    )
    assert ("call", "Mara Quist", ("Piet Dorn",)) in found, found


def test_two_leaders_counted_as_writers_each_send_one() -> None:
    found = acts(
        "President Ana Lind and King Carl Berg met on Monday.",
        "Both leaders later sent messages to Prime Minister Jan Vos.",
    )
    assert {("message", "Ana Lind", ("Jan Vos",)), ("message", "Carl Berg", ("Jan Vos",))} <= found, found


def test_an_office_taken_in_with_a_name_as_a_body_is_a_title() -> None:
    doc = parse(
        "Taoiseach Piet Dorn wrote to the Chancellor Hal Lund Fund and to President Hotel Arland.",
        Options().spacy_model,
    )
    assert titled_name_taken_whole(Span(doc, 0, 3, label="ORG"))  # "Taoiseach Piet Dorn"
    assert not titled_name_taken_whole(Span(doc, 7, 11, label="ORG"))  # "Chancellor Hal Lund Fund"
    assert not titled_name_taken_whole(Span(doc, 14, 16, label="ORG"))  # two words: "President Hotel"


def test_two_signatures_broken_by_line_breaks_in_a_quoted_letter_stay_apart() -> None:
    body = "<p>" + "Ana Lind and Carl Berg wrote jointly to the Commission about medicines. " * 6 + "</p>"
    page = (
        f"<html><body><article><h1>Leaders write jointly</h1>{body}<blockquote><p>Dear President,</p>"
        "<p>We write about medicines.</p><p>Yours sincerely,</p><p>Ana Lind<br>Chancellor</p>"
        "<p>Carl Berg<br>Prime Minister of Kessel</p></blockquote><p>The Commission has not replied.</p>"
        "</article></body></html>"
    )
    lines = html_text(page).splitlines()
    assert "Chancellor" in lines and "Carl Berg" in lines, lines


def test_a_telegram_sent_again_goes_to_the_last_addressee() -> None:
    told = run(
        report(
            "On 3 May 1914, Queen Ana Lind sent a telegram to King Carl Berg.",
            "That evening Lind telegraphed again.",
        )
    )
    found = [
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in told.extraction.communications
    ]
    assert found == [("Ana Lind", ("Carl Berg",))] * 2, found


def test_that_day_is_the_day_last_named() -> None:
    found = _dated(
        "On 3 May 1914, Queen Ana Lind sent a telegram to King Carl Berg.",
        "The King's reply, sent that day, blamed her ministers.",
    )
    assert ("message", "Carl Berg", ("Ana Lind",), date(1914, 5, 3), date(1914, 5, 3)) in found, found


def test_years_ago_today_is_the_report_day_that_many_years_back() -> None:
    found = _dated("Forty years ago today, Ana Lind wrote to Carl Berg.")
    assert ("letter", "Ana Lind", ("Carl Berg",), date(1984, 3, 14), date(1984, 3, 14)) in found, found


def test_a_weekday_in_an_account_of_the_past_follows_its_day() -> None:
    found = _dated("On 5 June 1967 the war began.", "On Saturday, Ana Lind wrote to Carl Berg.")
    assert ("letter", "Ana Lind", ("Carl Berg",), date(1967, 6, 10), date(1967, 6, 10)) in found, found
    found = _dated("Ana Lind wrote to Carl Berg on Saturday.")  # the news: the Saturday before the report
    assert ("letter", "Ana Lind", ("Carl Berg",), date(2024, 3, 9), date(2024, 3, 9)) in found, found


def test_a_turkic_name_with_its_word_of_descent_is_one_name() -> None:
    found = acts("President Jan Vos today made a phone call to President Ilham Heydar oglu Arlov.")
    assert ("call", "Jan Vos", ("Ilham Heydar oglu Arlov",)) in found, found


def test_the_source_named_after_a_list_is_no_addressee() -> None:
    found = acts("Jan Vos today phoned Ana Lind, Carl Berg and Piet Dorn, Kessel Radio reports.")
    assert found == {
        ("call", "Jan Vos", ("Ana Lind",)),
        ("call", "Jan Vos", ("Carl Berg",)),
        ("call", "Jan Vos", ("Piet Dorn",)),
    }, found


def test_letters_of_congratulations_with_no_addressee_go_to_the_one_congratulated() -> None:
    found = acts(
        "President Ana Lind today phoned President Piet Dorn and congratulated Piet Dorn on his birthday.",
        "Congratulatory letters have also arrived from President Jan Vos and President Carl Berg.",
        "Prime Minister Mara Quist sent a telegram of congratulations.",
    )
    assert {
        ("letter", "Jan Vos", ("Piet Dorn",)),
        ("letter", "Carl Berg", ("Piet Dorn",)),
        ("message", "Mara Quist", ("Piet Dorn",)),
    } <= found, found


def test_the_head_of_our_state_is_the_outlets_own_leader() -> None:
    found = acts(
        "President of Kessel Piet Dorn received congratulations on his birthday.",
        "President of Norland Jan Vos was among the first to congratulate the head of our state, in a telephone "
        "conversation on Monday.",
        "Today the head of our state sent a reply message to President Jan Vos.",
    )
    assert ("call", "Jan Vos", ("Piet Dorn",)) in found, found
    assert ("message", "Piet Dorn", ("Jan Vos",)) in found, found
    quoted = acts(  # in a quotation, 'our' is the speaker's
        "President of Kessel Piet Dorn received congratulations on his birthday.",
        'Jan Vos said: "I phoned the head of our state, Carl Berg, on Monday."',
    )
    assert not any(r == ("Piet Dorn",) and s == "Jan Vos" for _, s, r in quoted), quoted


def test_two_callers_who_congratulated_one_in_calls_each_called_him() -> None:
    found = acts(
        "President Jan Vos and President Carl Berg congratulated Piet Dorn during telephone conversations."
    )
    assert found == {("call", "Jan Vos", ("Piet Dorn",)), ("call", "Carl Berg", ("Piet Dorn",))}, found
    one = acts("President Jan Vos and President Carl Berg discussed trade in phone calls on Monday.")
    assert one == {("call", "Jan Vos", ("Carl Berg",))}, one


def test_a_bodys_officer_named_in_apposition_writes_not_the_body() -> None:
    found = acts(
        "The Kessel College of Nursing's general secretary, Nicola Quist, separately wrote to Wes Dorn on Monday."
    )
    assert ("letter", "Nicola Quist", ("Wes Dorn",)) in found, found


def test_a_reply_to_a_joint_letter_goes_to_every_signer() -> None:
    found = acts(
        "Ana Lind, the Commission President, has replied to the joint letter from President Jan Vos and Prime "
        "Minister Carl Berg on the regulation."
    )
    assert ("letter", "Ana Lind", ("Jan Vos", "Carl Berg")) in found, found


def test_a_letter_written_again_is_not_the_first_one() -> None:
    found = _dated(
        "Carl Berg wrote to Piet Dorn again on Tuesday, accusing him of delay.",
        "Mr. Berg first wrote to Mr. Dorn last month, seeking reports.",
    )
    assert {(lo, hi) for _, s, _, lo, hi in found if s == "Carl Berg"} == {
        (date(2024, 3, 12), date(2024, 3, 12)),
        (date(2024, 2, 1), date(2024, 2, 29)),
    }, found


def test_the_teller_answers_in_a_participle_ending_what_he_told() -> None:
    found = acts(
        "Minister Carl Berg has told Ana Lind that the Kessel Defence Ministry will review the prices, responding "
        "to a letter from Lind last week."
    )
    assert ("letter", "Carl Berg", ("Ana Lind",)) in found, found
    assert not any("Ministry" in s for _, s, _ in found), found


def test_the_same_day_after_a_letter_dated_in_the_sentence_is_that_letters_day() -> None:
    found = _dated(
        "Ana Lind wrote to Carl Berg on March 13 about the prices of spare parts.",
        "In a letter dated March 31 and addressed to Ana Lind, Carl Berg wrote that prices would be reviewed.",
        "Berg also wrote separately, the same day, to Piet Dorn.",
    )
    dorn = [(lo, hi) for _, _, r, lo, hi in found if r == ("Piet Dorn",)]
    assert dorn == [(date(2023, 3, 31), date(2023, 3, 31))], found


def test_writers_listed_after_a_roundup_in_its_sentence_each_sent_one() -> None:
    for tail in (
        ", among them Kessel President Jan Vos, Arland President Carl Berg and Norland President Ana Lind.",
        ", including Kessel President Jan Vos, Arland President Carl Berg and Norland President Ana Lind.",
    ):
        found = acts(
            "Leaders from across the region sent messages of solidarity to President Piet Dorn" + tail
        )
        assert found == {
            ("message", "Jan Vos", ("Piet Dorn",)),
            ("message", "Carl Berg", ("Piet Dorn",)),
            ("message", "Ana Lind", ("Piet Dorn",)),
        }, found


def test_an_opening_date_before_a_clause_of_time_dates_the_main_act() -> None:
    found = _dated("On June 5, 1967, a few hours after war had broken out, Carl Berg telephoned Jan Vos.")
    assert found == {("call", "Carl Berg", ("Jan Vos",), date(1967, 6, 5), date(1967, 6, 5))}, found


def test_an_answer_telling_a_writer_answers_his_unaddressed_message() -> None:
    found = acts(
        "On the morning of June 10, Premier Carl Berg sent a sharper message.",
        "President Jan Vos answered within the hour, telling Berg that a ceasefire was close.",
    )
    assert found == {("message", "Carl Berg", ("Jan Vos",)), ("message", "Jan Vos", ("Carl Berg",))}, found


def test_review_mends_three_leaders_negated_calls_and_public_telling() -> None:
    three = acts(
        "Norland President Ana Lind, Kessel President Piet Dorn and Arland President Jan Vos met on Monday.",
        "Both leaders sent messages to Carl Berg on Tuesday.",
    )
    assert not three, three  # which two is unsure
    assert not acts("Ana Lind and Piet Dorn did not congratulate Carl Berg during telephone conversations.")
    assert not acts("Ana Lind and Piet Dorn will congratulate Carl Berg during telephone conversations.")
    public = acts(
        "Carl Berg told reporters that the Kessel Defence Ministry will review the prices, responding to a "
        "letter from Ana Lind."
    )
    assert not any(s == "Carl Berg" for _, s, _ in public), public
