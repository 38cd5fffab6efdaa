"""Getting in touch told by "reach out" (extract/reach_out.py), and callers listed by a plural noun
('leaders including A and B telephoned C': one act each). Sentences are invented."""

from __future__ import annotations

from lettertrace.extract.prefilter import has_cue
from test_extract import acts


def test_reaching_out_to_a_named_party_is_a_message() -> None:
    assert ("message", "Ana Berg", ("Tom Hale",)) in acts(
        "President Ana Berg reached out to Tom Hale on Sunday."
    )


def test_reaching_out_with_a_purpose_names_the_one_addressed() -> None:
    found = acts(
        "Chancellor Carl Moss has reached out to congratulate Prime Minister Tom Hale on his victory."
    )
    assert ("message", "Carl Moss", ("Tom Hale",)) in found, found


def test_a_role_reaching_out_is_its_holder() -> None:
    found = acts(
        "Norland's foreign minister, Maria Lund, took office in May.",
        "On Monday the foreign minister reached out to her Sudland counterpart, Tom Hale, over the dam.",
    )
    assert ("message", "Maria Lund", ("Tom Hale",)) in found, found


def test_reaching_out_by_phone_is_a_call() -> None:
    assert ("call", "Ana Berg", ("Tom Hale",)) in acts(
        "On Tuesday Ana Berg reached out to Tom Hale by phone."
    )


def test_members_of_a_listed_group_each_reach_out_to_the_one_who_tells_it() -> None:
    found = acts(
        "Prime Minister Tom Hale said leaders including Ana Berg, Carl Moss and Paul Weber had reached out"
        " to congratulate him on the win."
    )
    for sender in ("Ana Berg", "Carl Moss", "Paul Weber"):
        assert ("message", sender, ("Tom Hale",)) in found, found
    assert not any(a[2] != ("Tom Hale",) for a in found), found


def test_members_of_a_listed_group_each_call() -> None:
    found = acts(
        "Leaders including President Ana Berg and Chancellor Carl Moss telephoned Tom Hale on Sunday."
    )
    assert ("call", "Ana Berg", ("Tom Hale",)) in found, found
    assert ("call", "Carl Moss", ("Tom Hale",)) in found, found


def test_joint_callers_stay_one_call() -> None:
    found = acts("President Ana Berg and Chancellor Carl Moss telephoned Tom Hale on Monday.")
    assert ("call", "Carl Moss", ("Tom Hale",)) not in found, found


def test_reaching_out_planned_refused_or_to_no_party_is_nothing() -> None:
    for sentence in (
        "Ana Berg will reach out to Tom Hale next week.",
        "Ana Berg declined to reach out to Tom Hale after the vote.",
        "Ana Berg reached out to voters in the north on Sunday.",
        "Tom Hale reached out his hand to the crowd.",
    ):
        assert not acts(sentence), sentence


def test_reaching_out_in_a_letter_is_the_letter() -> None:
    found = acts("Ana Berg reached out to Tom Hale in a letter on Monday.")
    assert not any(a[0] == "message" for a in found), found


def test_the_prefilter_passes_reaching_out() -> None:
    assert has_cue("The mayor reached out to the governor on Friday.")
    assert not has_cue("The river reached its highest level on Friday.")
