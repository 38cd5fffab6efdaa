"""'the Kenyan leader' when the report ties no one to Kenya: the one leader it names without a state, once
it ties every other leader it names to a state of its own and names Kenya elsewhere. Nothing is chosen
when the state is named only in the description, when no other leader is tied to a state, or when the
state is named beside another person. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        (
            (
                "President Daniel Kiprono has received a special message from President Joseph Okello of Uganda.",
                "President Kiprono said Kenya and Uganda share a common destiny.",
                "Separately, the Kenyan leader on Monday held a phone conversation with Tanzania's President"
                " Amina Juma.",
            ),
            ("call", "Daniel Kiprono", ("Amina Juma",)),
        ),
        (
            (
                "Prime Minister Tran Van Hoa held phone talks with Prime Minister of Singapore Marcus Tan on"
                " 18 March.",
                "PM Tan thanked the Vietnamese Government leader for the congratulatory letter he sent upon"
                " Tan's assumption of office in May last year.",
                "The talks marked fifty years of Vietnam-Singapore ties.",
            ),
            ("letter", "Tran Van Hoa", ("Marcus Tan",)),
        ),
        (
            (
                "President Daniel Kiprono has received a special message from President Joseph Okello of Uganda.",
                "Prime Cabinet Secretary Musa Wekesa attended the meeting at State House.",
                "President Kiprono said Kenya and Uganda share a common destiny.",
                "Separately, the Kenyan leader on Monday held a phone conversation with Tanzania's President"
                " Amina Juma.",
            ),
            ("call", "Daniel Kiprono", ("Amina Juma",)),
        ),
        (
            (
                "ACCRA - President Kwame Mensah on Tuesday received the credentials of six ambassadors.",
                "Ghana's trade with the region has doubled, the president said.",
                "Later, President Ibrahim Sow of Senegal phoned the Ghanaian president to discuss the summit.",
            ),
            ("call", "Ibrahim Sow", ("Kwame Mensah",)),
        ),
    ],
)
def test_the_untied_leader_is_the_home_leader(
    paras: tuple[str, ...], want: tuple[str, str, tuple[str, ...]]
) -> None:
    assert want in found_acts(*paras)


@pytest.mark.parametrize(
    ("paras", "wrong"),
    [
        (
            (
                "President Daniel Kiprono spoke with President Joseph Okello of Uganda on Monday.",
                "The Rwandan leader also phoned Okello on Tuesday.",
            ),
            ("call", "Daniel Kiprono", ("Joseph Okello",)),
        ),
        (
            (
                "President Daniel Kiprono met reporters on Monday.",
                "The Ugandan leader wrote to him last week about the railway.",
            ),
            ("letter", "Daniel Kiprono", ("Daniel Kiprono",)),
        ),
        (
            (
                "President Daniel Kiprono received the Sudanese Minister of Cabinet Affairs, Omar Hamid, who"
                " handed him a message, and spoke with President Joseph Okello of Uganda.",
                "The Sudanese leader had asked Hamid to thank Kiprono. Sudan and Chad share a border.",
                "The Sudanese leader also wrote to President Okello on Friday.",
            ),
            ("letter", "Daniel Kiprono", ("Joseph Okello",)),
        ),
    ],
)
def test_no_home_leader_without_the_signs(
    paras: tuple[str, ...], wrong: tuple[str, str, tuple[str, ...]]
) -> None:
    got = found_acts(*paras)
    assert wrong not in got or paras[0].startswith("President Daniel Kiprono spoke") and got.count(wrong) == 1


@pytest.mark.parametrize(
    "between",
    [
        # another leader, tied to a state of his own, names both states in his words
        'In the letter, President Okello said: "Uganda and Kenya are bound by history."',
        # the state's word describes a leader: another telling of the one sought, beside his envoy
        "Musa Wekesa, a spokesman, said Okello valued the ties with his Kenyan counterpart.",
        "Vice President Grace Nakato of Uganda thanked the Kenyan president for the welcome.",
    ],
)
def test_the_home_leader_holds_beside_other_states_leaders_and_descriptions(between: str) -> None:
    paras = (
        "President Daniel Kiprono has received a letter from President Joseph Okello of Uganda.",
        "President Kiprono said Kenya and Uganda share a common destiny.",
        between,
        "Separately, the Kenyan leader on Monday held a phone conversation with Tanzania's President Amina Juma.",
    )
    assert ("call", "Daniel Kiprono", ("Amina Juma",)) in found_acts(*paras)


def test_a_person_untied_to_any_state_beside_the_state_still_blocks() -> None:
    paras = (
        "President Daniel Kiprono has received a letter from President Joseph Okello of Uganda.",
        "Kenya will host the summit, said Musa Wekesa, who chairs the organising committee.",
        "Separately, the Kenyan leader on Monday held a phone conversation with Tanzania's President Amina Juma.",
    )
    assert ("call", "Daniel Kiprono", ("Amina Juma",)) not in found_acts(*paras)
