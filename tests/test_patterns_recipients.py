"""Who a message goes to when the recipient's phrase names more than the recipient: 'his Qandari
counterpart B' (a people's adjective spaCy may read as a name), 'Ostravia's chargé d'affaires, B' (the
state whose office B holds). Only B is the recipient. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_patterns import acts


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Prime Minister Faisal Durrani on Friday telephoned his Qandari counterpart Haji Abdul Wahid.", "call"),
        ("Prime Minister Faisal Durrani on Friday phoned his Qandari counterpart Haji Abdul Wahid about trade.",
         "call"),
        ("On Friday Prime Minister Faisal Durrani telephoned his Qandari counterpart Haji Abdul Wahid and "
         "discussed transit.", "call"),
    ],
)  # fmt: skip
def test_the_adjective_of_a_counterpart_is_no_recipient(sentence: str, kind: str) -> None:
    assert acts(sentence) == [(kind, "Faisal Durrani", ("Haji Abdul Wahid",))]


@pytest.mark.parametrize(
    "sentence, sender",
    [
        ("Vestria's foreign ministry on Friday handed a note verbale to Ostravia's chargé d'affaires, Marek Wolny, "
         "protesting the flights.", "Vestria's foreign ministry"),
        ("The Foreign Ministry of Vestria sent a note to Ostravia's charge d'affaires, Marek Wolny, on Friday.",
         "Foreign Ministry of Vestria"),
        ("President Ilse Marrow wrote to Ostravia's ambassador, Marek Wolny, on Friday.", "Ilse Marrow"),
    ],
)  # fmt: skip
def test_the_state_of_an_office_holder_is_no_second_recipient(sentence: str, sender: str) -> None:
    (found,) = acts(sentence)
    assert found[1:] == (sender, ("Marek Wolny",))


@pytest.mark.parametrize(
    "sentence, recipient",
    [
        ("President Ilse Marrow wrote to the EU's High Representative, Jean-Luc Aubertin, on Monday.",
         "Jean-Luc Aubertin"),
        ("President Ilse Marrow sent a letter to Norland's Permanent Representative, Ana Ruiz, on Monday.",
         "Ana Ruiz"),
        ("President Ilse Marrow sent a letter to the Special Representative, Ana Ruiz, on Monday.", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_an_office_and_its_holder_in_apposition_are_one_recipient(sentence: str, recipient: str) -> None:
    assert acts(sentence) == [("letter", "Ilse Marrow", (recipient,))]


@pytest.mark.parametrize(
    "sentence, group",
    [
        ("The foreign ministers of Norland, Vestria and Ostravia sent a joint letter to Ana Ruiz on Monday.",
         "foreign ministers of Norland, Vestria and Ostravia"),
        ("The leaders of Norland and Vestria wrote to Ana Ruiz on Monday.", "leaders of Norland and Vestria"),
        ("The presidents of Norland and Vestria signed a letter to Ana Ruiz on Monday.",
         "presidents of Norland and Vestria"),
    ],
)  # fmt: skip
def test_holders_of_an_office_in_several_states_write_as_one_group(sentence: str, group: str) -> None:
    assert acts(sentence) == [("letter", group, ("Ana Ruiz",))]


def test_holders_named_in_apposition_write_themselves() -> None:
    found = acts("The prime ministers of Norland and Vestria, Ana Ruiz and Tomas Vell, wrote to Ilse Marrow.")
    assert found == [("letter", "Ana Ruiz", ("Ilse Marrow",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The letter, addressed to Norland's prime minister Tomas Ekdahl and Ostravia's chancellor Margit Seele, "
        "was signed by Vestrian President Ilse Marrow.",
        "Vestrian President Ilse Marrow wrote to Norland's prime minister Tomas Ekdahl and Ostravia's chancellor "
        "Margit Seele on Tuesday.",
        "Vestrian President Ilse Marrow sent a letter to Norland's premier Tomas Ekdahl and Ostravia's foreign "
        "minister Margit Seele on Tuesday.",
    ],
)
def test_the_state_whose_office_an_addressee_holds_is_no_addressee(sentence: str) -> None:
    assert acts(sentence) == [("letter", "Ilse Marrow", ("Tomas Ekdahl", "Margit Seele"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter to Tomas Ekdahl and Margit Seele, Vestrian President Ilse Marrow urged both leaders to meet.",
        "In a letter to Prime Minister Tomas Ekdahl and Chancellor Margit Seele, Vestrian President Ilse Marrow "
        "asked these leaders to meet soon.",
        "Vestrian President Ilse Marrow wrote to Tomas Ekdahl and Margit Seele; in the letter she urged both "
        "men to meet.",
    ],
)
def test_both_leaders_in_a_letter_are_the_addressees_named_before(sentence: str) -> None:
    assert acts(sentence) == [("letter", "Ilse Marrow", ("Tomas Ekdahl", "Margit Seele"))]


@pytest.mark.parametrize(
    "sentence, second",
    [
        ("In a letter to the Secretary-General and the President of the Security Council, Ambassador Ilse "
         "Marrow of Vestria said the shelling had to stop.", "President of the Security Council"),
        ("In a letter to the Secretary-General and the Chair of the Human Rights Committee, Ambassador Ilse "
         "Marrow of Vestria protested the arrests.", "Chair of the Human Rights Committee"),
        ("In a letter to the Secretary-General and the President of the General Assembly, Ilse Marrow, the "
         "Vestrian envoy, rejected the report.", "President of the General Assembly"),
    ],
)  # fmt: skip
def test_a_second_addressee_hung_on_the_letter_is_written_to(sentence: str, second: str) -> None:
    [(kind, sender, recipients)] = acts(sentence)
    assert (kind, sender) == ("letter", "Ilse Marrow")
    assert recipients == ("Secretary-General", second)


def test_a_second_thing_sent_names_no_second_addressee() -> None:
    assert acts(
        "Vestrian envoy Ilse Marrow sent a letter to the prime minister and a report to the auditor."
    ) == [("letter", "Ilse Marrow", ("prime minister",))]


@pytest.mark.parametrize(
    "tail",
    ["asking them to raise the wreck.", "urging them to act.", "demanding an inquiry."],
)
def test_two_leaders_written_to_before_a_participle_are_both_addressees(tail: str) -> None:
    sentence = (
        "The Sea Gull Families Association has written an open letter to President Ilse Marrow of Vestria and "
        f"Prime Minister Jonas Vell of Norland {tail}"
    )
    assert acts(sentence) == [("letter", "Sea Gull Families Association", ("Ilse Marrow", "Jonas Vell"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Addressed to Education Minister Helga Marrin, the letter from the Kessel Student Union calls for a "
        "freeze on tuition fees.",
        "Sent to Education Minister Helga Marrin on Monday, the letter from the Kessel Student Union demands "
        "lower fees.",
        "Addressed to Education Minister Helga Marrin, a letter from the Kessel Student Union was handed in on "
        "Monday.",
    ],
)
def test_a_fronted_participle_says_whom_the_letter_went_to(sentence: str) -> None:
    assert acts(sentence) == [("letter", "Kessel Student Union", ("Helga Marrin",))]


@pytest.mark.parametrize(
    "first",
    [
        "A letter from Vestrian Premier Karl Jadrny reached the Norland government through the Vestrian embassy "
        "on Friday, officials said.",
        "Vestrian Premier Karl Jadrny wrote to the Norland government on Friday.",
        "Vestrian Premier Karl Jadrny sent a letter to the Norland foreign ministry on Friday.",
    ],
)
def test_the_person_a_letter_to_a_body_is_addressed_to_is_its_addressee(first: str) -> None:
    second = "The letter, addressed to Prime Minister Ana Berg, proposes building a joint power line."
    assert acts(first, second) == [("letter", "Karl Jadrny", ("Ana Berg",))]


def test_a_later_letter_to_a_person_after_a_letter_to_a_body_two_sentences_back_stays_apart() -> None:
    found = acts(
        "Vestrian Premier Karl Jadrny wrote to the Norland government on Friday.",
        "The talks went on. Officials met in Kessel on Saturday. Nothing was agreed.",
        "A letter addressed to Prime Minister Ana Berg arrived from the opposition on Monday.",
    )
    assert ("letter", "Karl Jadrny", ("Norland government",)) in found


@pytest.mark.parametrize(
    "tail",
    ["has promised to reply.", "was informed.", "will reply."],
)
def test_the_subject_of_a_later_clause_with_a_tense_is_no_addressee(tail: str) -> None:
    sentence = (
        f"President Ana Berg sent a letter to Prime Minister Jonas Vell, and Chancellor Tomas Varga {tail}"
    )
    assert acts(sentence) == [("letter", "Ana Berg", ("Jonas Vell",))]


@pytest.mark.parametrize(
    "sentence, recipients",
    [
        ("President Ana Berg wrote to Norland and the Norland Football Federation on Monday.",
         ("Norland", "Norland Football Federation")),
        ("President Ana Berg wrote to the Norland parliament on Monday.", ("Norland parliament",)),
        ("Vestrian Premier Karl Jadrny wrote to the Norland government on Friday.", ("Norland government",)),
    ],
)  # fmt: skip
def test_the_place_a_government_is_named_after_is_no_second_addressee(
    sentence: str, recipients: tuple
) -> None:
    [(_k, _s, got)] = acts(sentence)
    assert got == recipients


def test_a_definite_letter_to_a_person_not_said_to_be_addressed_keeps_the_earlier_letter_apart() -> None:
    found = acts(
        "President Ana Berg wrote to the Norland parliament on Monday. The letter to Prime Minister Jonas Vell "
        "last year had gone unanswered."
    )
    assert ("letter", "Ana Berg", ("Norland parliament",)) in found


@pytest.mark.parametrize(
    "first",
    [
        "Opposition leader Talia Brenn has appealed to the chief justice, Roderick Amsel, to intervene in the case.",
        "Opposition leader Talia Brenn urged President Roderick Amsel on Monday to free the activists.",
        "Opposition leader Talia Brenn called on President Roderick Amsel to free the activists.",
    ],
)
def test_a_letter_naming_no_addressee_went_to_whom_its_writer_appealed(first: str) -> None:
    second = '"The court cannot remain silent while the law is ignored," Brenn said in a letter.'
    assert acts(first, second) == [("letter", "Talia Brenn", ("Roderick Amsel",))]


@pytest.mark.parametrize(
    "first",
    [
        "Opposition leader Talia Brenn criticised President Roderick Amsel on Monday.",
        "President Roderick Amsel urged opposition leader Talia Brenn on Monday to stop the protests.",
    ],
)
def test_a_letter_naming_no_addressee_after_no_appeal_of_its_writer_has_none(first: str) -> None:
    second = '"The court cannot remain silent while the law is ignored," Brenn said in a letter.'
    assert acts(first, second) == []
