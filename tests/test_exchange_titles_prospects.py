"""Agency style: 'A, general secretary of X and Norland president, and B, general secretary of Y and Sudland
president, exchanged messages' is one message each way between A and B (the offices after each name are
theirs); and an act judged in prospect ('a call between A and B was not realistic', 'a letter would be
premature', 'is unlikely') is no act. Sentences are invented."""

from __future__ import annotations

from test_extract import acts

EXCHANGED = {("message", "Maria Okafor", ("Tom Hale",)), ("message", "Tom Hale", ("Maria Okafor",))}


def test_an_exchange_between_two_people_with_long_offices() -> None:
    for sentence in (
        "NORTOWN, Jan. 18 (Norland Wire) -- Maria Okafor, general secretary of the Workers' Party of Norland (WPN)"
        " Central Committee and Norland president, and Tom Hale, general secretary of the People's Party of"
        " Sudland (PPS) Central Committee and Sudland president, on Saturday exchanged congratulatory messages.",
        "Maria Okafor, general secretary of the Workers' Party of Norland Central Committee and Norland president,"
        " and Tom Hale, general secretary of the People's Party of Sudland Central Committee and Sudland"
        " president, on Saturday exchanged messages of greetings.",
        "Maria Okafor, chair of the Union Council and Norland president, and Tom Hale, chair of the People's"
        " Assembly and Sudland president, exchanged congratulatory messages on Monday.",
    ):
        found = acts(sentence)
        assert EXCHANGED <= found and len(found) == 2, (sentence, found)
    found = acts(
        "HANOI, Jan. 18 (Wire) -- Tran Van Minh, general secretary of the Communist Party of Vietnam (CPV)"
        " Central Committee and Vietnamese president, and Zhao Lihua, general secretary of the Communist Party"
        " of China (CPC) Central Committee and Chinese president, on Saturday exchanged congratulatory messages"
        " on the anniversary of relations between the two countries."
    )
    assert {a[1] for a in found} == {"Tran Van Minh", "Zhao Lihua"} and len(found) == 2, found


def test_an_act_judged_in_prospect_is_no_act() -> None:
    for sentence in (
        'A senior official said a phone call between Prime Minister Maria Okafor and President Tom Hale was "not'
        ' realistic at this stage."',
        "A letter from President Tom Hale to Prime Minister Maria Okafor would be premature, an aide said.",
        "Officials say a call between President Tom Hale and Prime Minister Maria Okafor is unlikely before June.",
    ):
        assert not acts(sentence), sentence
    found = acts("A call between President Tom Hale and Prime Minister Maria Okafor took place on Monday.")
    assert ("call", "Tom Hale", ("Maria Okafor",)) in found, found


def test_thanks_for_sending_a_message_name_its_sender() -> None:
    for sentence in (
        "Prime Minister Maria Okafor thanked President Tom Hale for sending her a message of sympathy.",
        "In her reply, Prime Minister Maria Okafor expressed sincere thanks to President Tom Hale for sending"
        " her the message of sympathy over the floods.",
        "Prime Minister Maria Okafor conveyed her gratitude to President Tom Hale for his message of sympathy.",
    ):
        found = acts(sentence)
        assert any(a[1] == "Tom Hale" and a[2] == ("Maria Okafor",) for a in found), (sentence, found)
    assert not acts("Prime Minister Maria Okafor expressed thanks to President Tom Hale for his support.")
