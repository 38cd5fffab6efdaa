"""A person's name whose first words spaCy's entity left out ('Anatoly' before "Borisovich Gromov",
'Layla bint' before "Abdullah Al Fahad", a family name written first): the party is the whole name
(extract/name_particles.given_names_before). Invented sentences."""

import pytest

from test_extract import found_acts


def test_patronymic_given_name_before_the_entity_is_part_of_the_name() -> None:
    acts = found_acts(
        "The Red Crescent relayed a written message from Mahmoud Darwazeh to President Layla bint"
        " Abdullah Al Fahad on Tuesday."
    )
    assert acts == [("message", "Mahmoud Darwazeh", ("Layla bint Abdullah Al Fahad",))]


def test_passive_with_the_full_name() -> None:
    acts = found_acts(
        "A written message from Mahmoud Darwazeh was handed to President Layla bint Abdullah Al Fahad"
        " on Tuesday."
    )
    assert [r for _, _, r in acts] == [("Layla bint Abdullah Al Fahad",)]


def test_patronymic_middle_name_after_a_title() -> None:
    acts = found_acts(
        "Declassified transcripts published on Wednesday show that Premier Anatoly Borisovich Gromov"
        " telephoned President Henryk Zielinski on 21 August 1968."
    )
    assert acts == [("call", "Anatoly Borisovich Gromov", ("Henryk Zielinski",))]


def test_no_office_complement_is_taken_for_a_given_name() -> None:
    acts = found_acts(
        "Minister of Foreign Affairs Bui Thanh Son telephoned President Henryk Zielinski on Monday."
    )
    assert all("Affairs" not in s and all("Affairs" not in r for r in rs) for _, s, rs in acts)


def test_an_entity_that_opens_with_a_title_takes_nothing_before_it() -> None:
    acts = found_acts(
        "Norland's Foreign Affairs Adviser Hossain said a note verbale had been sent to Kestria's"
        " Ministry of External Affairs."
    )
    assert all(not s.startswith("Affairs") for _, s, _ in acts)


# Review 35 (/work/review35): words spaCy leaves outside a name that are no given names.


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "On Eid Mohammed bin Salman received a telephone call from President Recep Tayyip Erdogan.",
            "Mohammed bin Salman",
        ),
        ("Writing on Facebook Hun Manet said he had telephoned Premier Li Qiang.", "Hun Manet"),
        (
            "Speaking to Axios Benjamin Netanyahu said he had written to President Donald Trump.",
            "Benjamin Netanyahu",
        ),
        ("The statement said Thura Shwe Mann had written to President Thein Sein in 2015.", "Shwe Mann"),
        (
            "Businesswoman Sheikha Al Maskari wrote to Minister Qais Al Yousef on Tuesday.",
            "Sheikha Al Maskari",
        ),
    ],
)
def test_no_outlet_feast_or_form_of_address_is_a_given_name(sentence: str, name: str) -> None:
    assert any(name in (s, *r) for _, s, r in found_acts(sentence))
