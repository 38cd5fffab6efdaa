"""A role phrase followed by a name between commas names that person, whatever the role's head: 'a letter
from the Member for Eastfield, A, resigning his seat', 'to the trial judge, Justice B,', 'from the chief
executive of the port authority, C,' (legislators, judges, officers and clerics as well as ministers).
Look-alike: a role with no name after it stays the role. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_patterns import acts

A, B = "Tomas Kettle", "Ida Ostrova"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{B} received a letter from the Member for Eastfield, {A}, on Monday.", ("letter", A, (B,))),
        (f"The Speaker, {B}, said she had received a letter from the Member for Eastfield, {A}, on Monday.",
         ("letter", A, (B,))),
        (f"{B} received a letter from the chief executive of the port authority, {A}, on Monday.",
         ("letter", A, (B,))),
    ],
)  # fmt: skip
def test_a_name_after_a_role_is_the_party(sentence: str, expected: tuple[str, str, tuple[str, ...]]) -> None:
    assert acts(sentence) == [expected]


def test_a_role_with_no_name_after_it_stays_the_role() -> None:
    ((kind, sender, to),) = acts(f"{B} received a letter from the Member for Eastfield on Monday.")
    assert (kind, to) == ("letter", (B,)) and "Eastfield" in sender


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"The Speaker told MPs she had received a letter from the Member for Eastfield, {A}, resigning his seat.",
         ("letter", A, ("Speaker",))),
        (f"President {A} met Chancellor {B} on Monday. The Speaker said on Tuesday that he had received a letter"
         f" from Kettle.", ("letter", A, ("Speaker",))),
        (f"The minister told parliament on Tuesday that she had written to Chancellor {B} about the harbour.",
         ("letter", "minister", (B,))),
        (f"{A} said he had written to Chancellor {B} on Monday.", ("letter", A, (B,))),
    ],
)  # fmt: skip
def test_the_pronoun_of_what_a_role_reports_is_that_role(
    sentence: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    """'The Speaker said he had received a letter': 'he' is the Speaker, though no name holds the role."""
    assert acts(sentence) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"Chancellor {B} wrote to President {A} on Monday about the river. She wrote to him again on Friday.",
         [("letter", B, (A,)), ("letter", B, (A,))]),
        (f"Chancellor {B} met President {A} on Monday. On Friday she sent him a letter about the river.",
         [("letter", B, (A,))]),
    ],
)  # fmt: skip
def test_an_object_pronoun_is_not_its_clauses_subject(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    """'She wrote to him again': 'him' is someone other than the one who wrote (English says 'herself')."""
    assert acts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"Prime Minister {A} telephoned Crown Prince Oskar Dahl on Friday. The latter thanked him for the"
         " condolences and invited him to visit.", [("call", A, ("Oskar Dahl",))]),
        (f"Prime Minister {A} telephoned Crown Prince Oskar Dahl on Friday. On Sunday Kettle sent a message of"
         " condolences to Dahl after the floods.", [("call", A, ("Oskar Dahl",)), ("message", A, ("Oskar Dahl",))]),
    ],
)  # fmt: skip
def test_condolences_thanked_for_after_a_call_were_said_in_it(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert acts(text) == expected


@pytest.mark.parametrize(
    "second",
    [
        '"She sent him a letter on Sunday and he has not replied," spokesman Piet Okoro said.',
        '"She sent the prime minister a text message at midnight," spokesman Piet Okoro said.',
        "She sent him a second letter on Monday, spokesman Piet Okoro told reporters.",
    ],
)
def test_who_vouches_for_a_report_is_not_the_pronoun_of_the_next(second: str) -> None:
    first = "Opposition leader Ana Berg wrote to Prime Minister Tomas Varga on Sunday, her spokesman said."
    found = acts(first, second)
    assert found and all((s, r) == ("Ana Berg", ("Tomas Varga",)) for _k, s, r in found)


@pytest.mark.parametrize(
    "thing",
    ["the Kessel bridge tolls", "the Askara grain corridor", "the Brannock dam project"],
)
def test_the_latter_is_a_person_not_a_name_that_qualifies_a_thing(thing: str) -> None:
    first = (
        f"Norland's Prime Minister Ana Berg and Vestrian President Tomas Varga last met in June, when they failed "
        f"to agree on {thing}."
    )
    second = "On Tuesday the latter sent a letter to Berg proposing arbitration, Vestrian officials said."
    assert acts(first, second) == [("letter", "Tomas Varga", ("Ana Berg",))]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("President Anton Berg telephoned President Ilse Marrow on Friday and thanked her for her letter on the "
         "anniversary of the accords.", "letter"),
        ("President Anton Berg phoned President Ilse Marrow on Friday and thanked her for her message of "
         "condolence.", "message"),
        ("President Anton Berg called President Ilse Marrow on Friday and thanked her for her recent letter.",
         "letter"),
    ],
)  # fmt: skip
def test_who_is_thanked_after_a_call_wrote_what_is_thanked_for(sentence: str, kind: str) -> None:
    assert acts(sentence) == sorted(
        [("call", "Anton Berg", ("Ilse Marrow",)), (kind, "Ilse Marrow", ("Anton Berg",))]
    )
