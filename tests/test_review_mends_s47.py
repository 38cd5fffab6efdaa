"""Session 47 review: misfires a helper found in this session's rules with invented sentences, each case
failing on the code before the mends. Sentences are invented."""

from __future__ import annotations

from test_extract import acts


def test_a_reporters_inquiry_is_no_message() -> None:
    for sentence in (
        "The Norland Times reached out to Defence Minister Olaf Dahl for comment, but he did not respond.",
        "Reuters reached out to Sudland's foreign minister, Vera Lind, who declined to comment.",
    ):
        assert not acts(sentence), sentence


def test_reaching_out_with_a_call_is_the_call_alone() -> None:
    found = acts(
        "Prime Minister Ana Berg reached out to President Tom Hale on Monday, calling him to offer condolences."
    )
    assert not any(a[0] == "message" for a in found), found


def test_a_sentence_adverb_separately_leaves_a_joint_letter() -> None:
    found = acts(
        "Separately, President Tom Hale wrote to Prime Minister Ana Berg and Chancellor Carl Moss on Monday to"
        " protest the dam."
    )
    assert ("letter", "Tom Hale", ("Ana Berg", "Carl Moss")) in found, found


def test_a_claim_about_a_letters_content_leaves_the_letter() -> None:
    for sentence in (
        "Prime Minister Ana Berg rejected claims that her letter to President Tom Hale on Monday had threatened"
        " sanctions.",
        "Prime Minister Ana Berg's office did not deny a report that she had written to President Tom Hale.",
    ):
        found = acts(sentence)
        assert ("letter", "Ana Berg", ("Tom Hale",)) in found, (sentence, found)


def test_a_call_requested_and_then_held_stays() -> None:
    found = acts(
        "Prime Minister Ana Berg requested a call with President Tom Hale on Monday. The call took place on Tuesday."
    )
    assert any(a[0] == "call" for a in found), found


def test_a_letter_sent_later_or_another_way_was_sent() -> None:
    for sentence in (
        "Prime Minister Ana Berg wrote a letter to President Tom Hale in January but did not send it until last week.",
        "Prime Minister Ana Berg wrote a letter to President Tom Hale but did not send it through the embassy,"
        " delivering it by hand instead.",
    ):
        found = acts(sentence)
        assert ("letter", "Ana Berg", ("Tom Hale",)) in found, (sentence, found)


def test_the_true_act_beside_a_correction_stays() -> None:
    found = acts(
        "An earlier version of this story said that Prime Minister Ana Berg wrote to President Tom Hale; she"
        " called him."
    )
    assert any(a[0] == "call" for a in found), found


def test_an_epithet_writer_is_one_told_as_writing_just_before() -> None:
    found = acts(
        "Tom Hale, a senior lawmaker, said on Monday that Carl Moss had written to Ana Berg. In his letter, the"
        " former general urged Berg to resign."
    )
    assert ("letter", "Tom Hale", ("Ana Berg",)) not in found, found
    found = acts(
        "Opposition leader Tom Hale criticised the government. In his letter, the prime minister told Ana Berg"
        " the summit was off."
    )
    assert not any(a[1] == "Tom Hale" for a in found), found


def test_a_set_off_letter_of_a_telling_denied_or_to_come_is_none() -> None:
    for sentence in (
        "Ana Berg denied telling Tom Hale that Norland would retaliate, in a letter dated 12 March.",
        "Ana Berg will tell Tom Hale that Norland will retaliate, in a letter due on Friday.",
        "Ana Berg did not tell Tom Hale that Norland would retaliate, in a letter dated 12 March.",
    ):
        assert not acts(sentence), sentence


def test_what_another_did_not_send_leaves_the_letter() -> None:
    found = acts("Ana Berg wrote to Tom Hale last month requesting tanks, but he did not send them.")
    assert any(a[0] == "letter" and a[2] == ("Tom Hale",) for a in found), found
