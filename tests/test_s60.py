"""Session 60: rules read from new blind sets, each tested on invented sentences."""

from __future__ import annotations

import pytest

from test_extract import acts, page_acts, run


def _parties(page: str) -> dict[str, tuple[str, ...]]:
    """Each party of an invented page's register by name, with its surface forms."""
    return {p.name: tuple(p.aliases) for p in run(page).extraction.parties}


def test_your_excellency_in_a_quoted_message_is_its_addressee_not_the_first_person_named() -> None:
    got = acts(
        "Opposition leader Ana Lind on Monday wrote to regional secretary Piet Dorn.",
        "President Jan Vos has been receiving messages of congratulations.",
        "Norland President Carl Berg sent a message on Sunday.",
        '"I convey to Your Excellency our warmest congratulations on your re-election," Berg said in the message.',
    )
    assert ("message", "Carl Berg", ("Ana Lind",)) not in got, got
    assert ("message", "Carl Berg", ("Jan Vos",)) in got, got


@pytest.mark.parametrize(
    "told",
    [
        '"Every senator must respect the rules," Senate President Piet Dorn said as he called the Senate to order.',
        "Senate President Piet Dorn called the chamber to order after the walkout.",
        "The Speaker, Piet Dorn, called the House back to order on Tuesday.",
    ],
)
def test_calling_a_sitting_to_order_is_no_call(told: str) -> None:
    assert not {a for a in acts(told) if a[0] == "call"}, acts(told)


def test_calling_someone_on_a_day_is_still_a_call() -> None:
    got = acts("Senate President Piet Dorn called Prime Minister Ana Lind on Tuesday to order a review.")
    assert ("call", "Piet Dorn", ("Ana Lind",)) in got, got


_REPRODUCED = """NORLAND NEWS | Documents

Full text: Secretariat's reply to Lind

Below is the full text of the letter from the Regional Executive Secretary, Mr Piet M. Dorn, to Citizens \
Alliance leader Ana Lind, replying to the Alliance leader's letter of 28 August 2023. The letter was made \
available to Norland News by the Alliance.

REGIONAL SECRETARIAT
Plot 12, Narvik

30 August 2023

Adv. Ana Lind
Leader, Citizens Alliance

Dear Adv. Lind,

I acknowledge receipt of your letter dated 28 August 2023, concerning the conduct of the elections.

Yours sincerely,

Piet M. Dorn
Executive Secretary
"""


def test_an_adverb_opening_a_sentence_before_be_is_nobody() -> None:
    got = page_acts(_REPRODUCED)
    names = {s for _k, s, _r in got} | {x for _k, _s, r in got for x in r}
    assert "Below" not in names, got
    assert ("letter", "Piet M. Dorn", ("Ana Lind",)) in got, got


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "Prime Minister Ana Lind also congratulated Piet Dorn on Monday, writing that Oslo was ready to "
            "open a new chapter.",
            {("Ana Lind", ("Piet Dorn",))},
        ),
        (
            "The Prime Minister, Ana Lind, congratulated President Piet Dorn and Chancellor Carl Berg on their "
            "victory, writing that relations would improve.",
            {("Ana Lind", ("Piet Dorn",)), ("Ana Lind", ("Carl Berg",))},
        ),
        (
            "President Ana Lind thanked Chancellor Carl Berg for the invitation, writing that she would visit in May.",
            {("Ana Lind", ("Carl Berg",))},
        ),
    ],
)
def test_greeting_someone_while_writing_is_a_message_to_them(told: str, expected: set) -> None:
    got = {(s, r) for k, s, r in acts(told) if k == "message"}
    assert expected <= got, got


@pytest.mark.parametrize(
    "told",
    [
        "President Ana Lind will congratulate Piet Dorn on Monday, writing that relations would improve.",
        "President Ana Lind congratulated Piet Dorn on his win, saying that relations would improve.",
    ],
)
def test_a_greeting_not_done_or_not_written_is_no_message(told: str) -> None:
    assert not acts(told), acts(told)


def test_a_greeting_written_in_a_letter_is_that_letter_alone() -> None:
    got = acts(
        "President Ana Lind congratulated Piet Dorn in a letter, writing that relations would improve."
    )
    assert got == {("letter", "Ana Lind", ("Piet Dorn",))}, got


@pytest.mark.parametrize(
    ("told", "name"),
    [
        (
            "In a letter dated 3 May, the UN Committee on the Elimination of Forced Labour asked the Government "
            "of Norland to report on the measures taken.",
            "UN Committee on the Elimination of Forced Labour",
        ),
        (
            "The UN Committee on the Elimination of Discrimination against Fishermen (CEDF) wrote to the "
            "Government of Norland on 3 May.",
            "UN Committee on the Elimination of Discrimination against Fishermen",
        ),
        (
            "The Kessel Council for Northern Affairs and the Norland Board wrote to the Government of Norland.",
            "Kessel Council for Northern Affairs",
        ),
    ],
)
def test_a_bodys_name_goes_on_over_its_remit(told: str, name: str) -> None:
    got = acts(told)
    assert any(s == name for _k, s, _r in got), got


def test_a_body_named_on_a_day_keeps_its_name() -> None:
    got = acts("The Kessel Council on Monday wrote to the Government of Norland.")
    assert any(s == "Kessel Council" for _k, s, _r in got), got


def test_a_short_name_in_brackets_is_an_alias_not_part_of_the_name() -> None:
    parties = _parties(
        "Rights body writes to Norland\n\nGENEVA, May 5 - The Committee on the Protection of Migrant Fishermen"
        " (CPMF) wrote to the Government of Norland on 3 May.\n"
    )
    assert "Committee on the Protection of Migrant Fishermen" in parties, parties
    assert "CPMF" in parties["Committee on the Protection of Migrant Fishermen"], parties


@pytest.mark.parametrize(
    "told",
    [
        (
            "The Labour Party has written to the Norland Electoral Board.",
            "The letter, signed by the party's general secretary, Piet Dorn, was delivered to the board on Monday.",
        ),
        (
            "The Norland Electoral Board wrote to Ana Lind on Monday.",
            "The letter was signed by the board chairman, Piet Dorn.",
        ),
    ],
)
def test_a_bodys_letter_signed_by_a_named_person_is_theirs(told: tuple[str, str]) -> None:
    got = acts(*told)
    assert any(s == "Piet Dorn" and k == "letter" for k, s, _r in got), got
    assert not any(s in ("Labour Party", "Norland Electoral Board") for _k, s, _r in got), got


def test_a_reply_signed_by_a_bodys_chairman_is_his() -> None:
    got = acts(
        "The Norland Electoral Board has replied to the letter from opposition leader Ana Lind. In the reply "
        "signed on Friday by the board's chairman, Piet Dorn, the board said it would allow the inspection."
    )
    assert ("letter", "Piet Dorn", ("Ana Lind",)) in got, got


def test_a_persons_letter_signed_by_an_aide_on_her_behalf_stays_hers() -> None:
    got = acts(
        "Prime Minister Ana Lind wrote to the Norland Electoral Board on Monday.",
        "The letter was signed by her chief of staff, Piet Dorn, on her behalf.",
    )
    assert ("letter", "Ana Lind", ("Norland Electoral Board",)) in got, got


@pytest.mark.parametrize(
    "body",
    ["The League of Kessel's Commissioner for Human Rights", "The Council of Norland's Special Envoy"],
)
def test_a_bodys_officer_named_after_the_office_is_the_writer(body: str) -> None:
    got = acts(f"{body}, Ana Lind, has written to the interior minister of Vestria, Piet Dorn.")
    assert ("letter", "Ana Lind", ("Piet Dorn",)) in got, got


def test_a_greek_name_with_and_without_its_final_s_is_one_person() -> None:
    from lettertrace import names

    assert names.same_person("Notis Kotsarachi", "Notis Kotsarachis")
    assert not names.same_person("John Edward", "John Edwards")
    assert not names.same_person("Andrea Berg", "Andreas Berg")


@pytest.mark.parametrize("group", ["the three leaders", "them", "all three heads of state"])
def test_similar_cables_to_the_same_group_go_to_each_of_them(group: str) -> None:
    got = acts(
        "King Ana Lind sent cables of congratulations to President Piet Dorn of Kessel, King Carl Berg of "
        "Vestria and President Jan Vos of Norland.",
        f"Crown Prince Ola Nord sent similar cables to {group}.",
    )
    mine = {r for _k, s, r in got if s == "Ola Nord"}
    assert mine == {("Piet Dorn",), ("Carl Berg",), ("Jan Vos",)}, got


def test_similar_cables_to_a_group_of_another_size_are_not_spread() -> None:
    got = acts(
        "King Ana Lind sent cables of condolence to President Piet Dorn and King Carl Berg.",
        "Crown Prince Ola Nord sent similar cables to the three leaders.",
    )
    assert len({r for _k, s, r in got if s == "Ola Nord"}) <= 1, got


def test_your_majesty_after_a_win_is_the_winner_not_the_one_defeated() -> None:
    got = acts(
        "King Piet Dorn won the election on Friday, defeating Carl Berg.",
        '"I convey to Your Majesty my warm congratulations," President Ana Lind wrote in a cable.',
    )
    assert ("message", "Ana Lind", ("Piet Dorn",)) in got, got


@pytest.mark.parametrize(
    "told",
    [
        "Ana Lind congratulated Piet Dorn on Monday, writing on social media that relations would improve.",
        "Ana Lind thanked Piet Dorn, writing in a statement that relations would improve.",
        "Ana Lind greeted Piet Dorn at the airport, writing later that relations would improve.",
    ],
)
def test_greeting_someone_while_writing_in_public_is_no_message(told: str) -> None:
    assert not acts(told), acts(told)


@pytest.mark.parametrize("group", ["African leaders", "the members of the Kessel parliament"])
def test_similar_messages_to_another_group_are_not_spread_over_the_last_round_up(group: str) -> None:
    got = acts(
        "Ana Lind sent messages to Piet Dorn and Carl Berg.", f"Sven Moll sent similar messages to {group}."
    )
    assert not {r for _k, s, r in got if s == "Sven Moll"} & {("Piet Dorn",), ("Carl Berg",)}, got


@pytest.mark.parametrize(
    "signed",
    [
        "The letter was not signed by Piet Dorn, the chairman.",
        "The letter, signed by her chief of staff, Jan Vos, asked for a meeting.",
    ],
)
def test_a_letter_not_signed_or_signed_by_an_aide_keeps_its_writer(signed: str) -> None:
    got = acts("Prime Minister Ana Lind wrote to Carl Berg on Monday.", signed)
    assert ("letter", "Ana Lind", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(
    "told",
    [
        "The Speaker sent similar letters on the same day to the President of the Kessel Parliament, Ana Lind, "
        "and to the Speaker of the Norland Assembly, Carl Berg, proposing a meeting.",
        "The Speaker sent letters on the same day to the President of the Kessel Parliament, Ana Lind, and to "
        "the Speaker of the Norland Assembly, Carl Berg.",
    ],
)
def test_letters_to_a_list_told_after_their_day_go_to_each(told: str) -> None:
    got = acts("Speaker Piet Dorn sent a letter on Thursday to Chairman Jan Vos.", told)
    assert {("letter", "Piet Dorn", ("Ana Lind",)), ("letter", "Piet Dorn", ("Carl Berg",))} <= got, got


@pytest.mark.parametrize(
    "told",
    [
        '"I called State House twice on Saturday and nobody picked up," opposition leader Ana Lind said.',
        "Ana Lind phoned Piet Dorn twice on Saturday but no one answered.",
        "Ana Lind's calls to Piet Dorn on Saturday went unanswered.",
    ],
)
def test_a_call_nobody_answered_is_no_call(told: str) -> None:
    assert not acts(told), acts(told)


def test_a_call_whose_receiver_answers_questions_is_still_a_call() -> None:
    got = acts("Ana Lind phoned Piet Dorn on Saturday and he answered questions about the budget.")
    assert ("call", "Ana Lind", ("Piet Dorn",)) in got, got


def test_writing_on_behalf_of_an_unnamed_office_leaves_the_writer() -> None:
    got = acts(
        "Party secretary Piet Dorn wrote to Speaker Jan Vos on Monday on behalf of the party leader, notifying "
        "him of changes."
    )
    assert ("letter", "Piet Dorn", ("Jan Vos",)) in got, got
    named = acts(
        "Party secretary Piet Dorn wrote to Speaker Jan Vos on Monday on behalf of party leader Ana Lind."
    )
    assert ("letter", "Ana Lind", ("Jan Vos",)) in named, named


def test_the_one_who_delivered_a_reply_is_a_courier_not_its_writer() -> None:
    got = acts(
        "The Speaker, Ana Lind, has replied to the letter from the Majority Leader, Piet Dorn, rejecting the demand.",
        "The reply, dated Monday, was delivered to the Majority Leader's office by the Clerk to Parliament, Mr Jan "
        "Vos, on Monday evening.",
    )
    assert not any(s in ("Jan Vos", "Clerk") for _k, s, _r in got), got
    assert ("letter", "Ana Lind", ("Piet Dorn",)) in got, got


def test_a_request_sent_to_a_party_is_a_letter() -> None:
    got = acts(
        "On September 19, the Kessel Commission sent a request for information to the Government of Norland, "
        "asking about the conditions of detention."
    )
    assert ("letter", "Kessel Commission", ("Government of Norland",)) in got, got


@pytest.mark.parametrize(
    "told",
    [
        "Reuters sent a request for comment to the Ministry of Defence of Norland.",
        "The Kessel Commission will send a request to the Government of Norland.",
    ],
)
def test_a_press_query_or_a_planned_request_is_no_letter(told: str) -> None:
    assert not acts(told), acts(told)


@pytest.mark.parametrize(
    "told",
    [
        "Prime Minister Ana Lind has replied in writing to party president Piet Dorn, two days after the party "
        "demanded an explanation.",
        "Prime Minister Ana Lind replied in writing to Piet Dorn on Wednesday.",
    ],
)
def test_a_reply_in_writing_to_a_party_is_a_letter_to_them(told: str) -> None:
    assert ("letter", "Ana Lind", ("Piet Dorn",)) in acts(told), acts(told)


@pytest.mark.parametrize(
    "told",
    [
        "Ana Lind replied to Piet Dorn in parliament on Wednesday.",
        "Ana Lind will reply in writing to Piet Dorn.",
    ],
)
def test_a_spoken_or_planned_reply_is_no_letter(told: str) -> None:
    assert not acts(told), acts(told)


@pytest.mark.parametrize(
    "told",
    [
        "Ana Lind phoned Piet Dorn on Monday; nobody answered her questions at the press conference later.",
        "Ana Lind phoned Piet Dorn on Monday because nobody had answered her letter.",
    ],
)
def test_a_call_is_kept_when_nobody_answers_something_else(told: str) -> None:
    assert ("call", "Ana Lind", ("Piet Dorn",)) in acts(told), acts(told)


@pytest.mark.parametrize(
    "told",
    [
        "Ana Lind sent a request for comments to Piet Dorn.",
        "Ana Lind sent a request for proposals to the Kessel Electricity Board.",
    ],
)
def test_a_request_of_the_press_or_of_trade_is_no_letter(told: str) -> None:
    assert not acts(told), acts(told)


def test_a_reply_delivered_by_its_writer_herself_is_hers() -> None:
    got = acts(
        "Piet Dorn wrote to Ana Lind on Friday.", "The reply was delivered by Ana Lind herself on Monday."
    )
    assert ("letter", "Ana Lind", ("Piet Dorn",)) in got, got


def test_a_letter_sent_on_behalf_of_an_office_with_no_writer_named_is_the_offices() -> None:
    got = acts("A letter was sent to Piet Dorn on behalf of the President on Monday.")
    assert any(r == ("Piet Dorn",) for _k, _s, r in got), got
