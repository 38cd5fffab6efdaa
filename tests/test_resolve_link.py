"""Name matching and register-level linking, on invented names and invented reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files
from lettertrace.models import Options, PartyMention
from lettertrace.names import same_person
from lettertrace.resolve import Member, initials_match, resolve_entities, same_name
from lettertrace.store import aliases, open_store

# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    "a, b",
    [
        ("Yusuf Haddadi", "Youssef Hadadi"),
        ("Sayyid Omar al-Rashed", "Omar Rashed"),
        ("Sayyid Omar al-Rashed", "Seyyed Omar Al-Rashid"),
        ("Hussein Amiri", "Hossein Amiri"),
        ("Mohammed Nakhaleh", "Muhammad Nakhala"),
        ("Haddadi", "Youssef Hadadi"),
    ],
)
def test_transliteration_variants_are_one_person(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(
    "a, b",
    [
        ("President Alma Verhoeven", "Alma Verhoeven"),
        ("Prime Minister Tomas Kettle", "Tomas Kettle"),
        ("Dr. Tomas Kettle", "Kettle"),
        ("His Excellency Ida Ostrova", "Ida Ostrova"),
        ("Sheikh Hamad bin Karim", "Hamad bin Karim"),
        ("Ayatollah Sayyid Omar al-Rashed", "Omar Rashid"),
    ],
)
def test_titles_and_honorifics_are_ignored(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Ali bin Karim", "Omar bin Karim"),
        ("Kim Jong Un", "Kim Jong Il"),
        ("Alma Verhoeven", "Anna Verhoeven"),
        ("Yusuf Haddadi", "Yusuf Hamdani"),
        ("President Alma Verhoeven", "Prime Minister Tomas Kettle"),
        ("Kettle", "Verhoeven"),
    ],
)
def test_distinct_people_are_kept_apart(a: str, b: str) -> None:
    assert not same_person(a, b)
    assert not same_person(b, a)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Omar bin Yusuf Al Rashed", "Khalid bin Omar bin Yusuf Al Rashed"),  # father and son
        ("King Omar bin Yusuf", "Crown Prince Khalid bin Omar bin Yusuf"),
        ("Omar Al Rashed", "Khalid bin Omar Al Rashed"),
    ],
)
def test_a_father_and_his_son_are_two_people(a: str, b: str) -> None:
    assert not same_name(a, b)
    assert not same_name(b, a)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Khalid bin Omar", "Crown Prince Khalid bin Omar Al Rashed"),
        ("bin Omar", "Khalid bin Omar"),  # named by his father: not a given name to compare
        ("Sheikh Hamad bin Karim", "Hamad bin Karim Al Thani"),
        ("Mohamed bin Karim", "Muhammad bin Karim"),
    ],
)
def test_patronymic_names_with_one_given_name_are_one_person(a: str, b: str) -> None:
    assert same_name(a, b)
    assert same_name(b, a)


def test_a_name_with_initials_joins_the_one_full_name_it_fits() -> None:
    def entity_of(names: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
        return resolve_entities([Member(r, PartyMention(n)) for r, n in names])[1]

    one = entity_of([("ra", "M. J. Verhoeven"), ("rb", "Maria Verhoeven"), ("rc", "Anna Verhoeven")])
    assert one[("ra", "M. J. Verhoeven")] == one[("rb", "Maria Verhoeven")] != one[("rc", "Anna Verhoeven")]
    # two full names fit the initials: which one is meant is not known, so neither is taken
    two = entity_of([("ra", "M. Verhoeven"), ("rb", "Maria Verhoeven"), ("rc", "Milan Verhoeven")])
    assert two[("ra", "M. Verhoeven")] not in {two[("rb", "Maria Verhoeven")], two[("rc", "Milan Verhoeven")]}
    assert not initials_match("M. J. Verhoeven", "Maria Kettle")


# ---------------------------------------------------------------- register linking

SAME_LETTER_A = """Verhoeven writes to Kettle about the dam

Freeport, 14 March 2024 -

President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle of Sylvania on Tuesday about the dam on the Silver River.

"Our two peoples have shared this river for a thousand years and they must share it still," Verhoeven wrote in the letter.
"""

SAME_LETTER_B = """Freedonian leader appeals to Sylvania over river

Port Amsel, 15 March 2024 -

Freedonia's President Alma Verhoeven has written to Sylvanian Prime Minister Tomas Kettle, officials in Freeport said.

"Our two peoples have shared this river for a thousand years, and they must share it still," the letter said, according to a copy seen by this newspaper.
"""

FIRST_LETTER = """Verhoeven writes to Kettle about fishing

Freeport, 20 May 2024 -

President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle of Sylvania on 2 May 2024 about fishing rights in the northern lakes.

The letter proposed a joint fishing authority for the lakes.
"""

OTHER_LETTER = """Verhoeven letter on the border

Port Amsel, 21 May 2024 -

President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on 18 May 2024 about the border crossings at Marrow.

The letter asked for the crossings to reopen before the harvest.
"""

EPITHET_WITH_LETTER = """Ostrova writes to Verhoeven

Freeport, 14 March 2024 -

Chancellor Ida Ostrova of Borduria sent a letter to President Alma Verhoeven on Tuesday in which she condemned the Zionist regime.
"""

EPITHET_AT_RALLY = """Ostrova speaks at rally

Freeport, 14 March 2024 -

Chancellor Ida Ostrova of Borduria condemned the Zionist regime at a rally in the capital on Tuesday.
"""


def write(folder: Path, files: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def build(db: Path, paths: list[Path]) -> dict[str, Any]:
    store = open_store(db)
    summary = ingest_files(store, paths, Options())
    assert not summary.failed, summary.failed
    return register_dict(store)


def doc_ids(reg: dict[str, Any]) -> dict[str, str]:
    """File name -> report id."""
    return {Path(d["source"]).name: d["id"] for d in reg["documents"]}


def test_two_reports_of_one_letter_sharing_a_quote_are_one_communication(tmp_path: Path) -> None:
    # two other letters between the same parties are in the register too, so the pair is linked by what
    # the reports say, not because it is the only correspondence between Verhoeven and Kettle
    paths = write(
        tmp_path / "in",
        {"a.txt": SAME_LETTER_A, "b.txt": SAME_LETTER_B, "c.txt": FIRST_LETTER, "d.txt": OTHER_LETTER},
    )
    reg = build(tmp_path / "r.db", paths)
    ids = doc_ids(reg)
    assert len(reg["communications"]) == 3
    (c,) = [c for c in reg["communications"] if ids["a.txt"] in {m["document"] for m in c["mentions"]}]
    assert c["kind"] == "letter"
    assert c["sender"] == "e-alma-verhoeven"
    assert c["recipients"] == ["e-tomas-kettle"]
    assert sorted(m["document"] for m in c["mentions"]) == sorted([ids["a.txt"], ids["b.txt"]])
    assert c["date"] == {"earliest": "2024-03-12", "latest": "2024-03-12", "precision": "day"}
    shared = [q for q in reg["quotes"] if q["text"].startswith("Our two peoples")]
    assert len(shared) == 2
    assert {q["communication"] for q in shared} == {c["id"]}
    # "Prime Minister Tomas Kettle" and "Sylvanian Prime Minister Tomas Kettle" are one entity
    assert [e["id"] for e in reg["entities"] if "Kettle" in e["name"]] == ["e-tomas-kettle"]


def test_different_letters_between_the_same_parties_with_conflicting_dates_stay_two(tmp_path: Path) -> None:
    paths = write(tmp_path / "in", {"c.txt": FIRST_LETTER, "d.txt": OTHER_LETTER})
    reg = build(tmp_path / "r.db", paths)
    comms = reg["communications"]
    assert len(comms) == 2
    assert {(c["sender"], tuple(c["recipients"])) for c in comms} == {
        ("e-alma-verhoeven", ("e-tomas-kettle",))
    }
    assert sorted(c["date"]["earliest"] for c in comms) == ["2024-05-02", "2024-05-18"]
    assert all(len(c["mentions"]) == 1 for c in comms)
    assert {c["mentions"][0]["document"] for c in comms} == set(doc_ids(reg).values())


def test_reingesting_gives_identical_communication_ids(tmp_path: Path) -> None:
    paths = write(
        tmp_path / "in",
        {"a.txt": SAME_LETTER_A, "b.txt": SAME_LETTER_B, "c.txt": FIRST_LETTER, "d.txt": OTHER_LETTER},
    )

    def comm_view(reg: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
        return sorted(
            (c["id"], tuple(sorted(m["document"] for m in c["mentions"]))) for c in reg["communications"]
        )

    first = build(tmp_path / "one.db", paths)
    assert len(first["communications"]) == 3
    again = build(tmp_path / "one.db", paths)  # same register, unchanged files
    fresh = build(tmp_path / "two.db", list(reversed(paths)))  # new register, other order
    assert comm_view(again) == comm_view(first)
    assert comm_view(fresh) == comm_view(first)
    assert sorted(q["id"] for q in fresh["quotes"]) == sorted(q["id"] for q in first["quotes"])


def epithet_rows(db: Path) -> list[tuple[str, str, str]]:
    store = open_store(db)
    with store.connect() as conn:
        rows = conn.execute(select(aliases).where(aliases.c.akind == "epithet")).mappings().all()
    return sorted((r["entity_id"], r["alias"], r["report_id"]) for r in rows)


def test_epithet_becomes_an_alias_of_the_state_only_where_a_report_has_a_communication(
    tmp_path: Path,
) -> None:
    rally = write(tmp_path / "rally", {"rally.txt": EPITHET_AT_RALLY})
    alone = build(tmp_path / "alone.db", rally)
    assert alone["communications"] == []
    assert not any(e["epithets"] for e in alone["entities"])
    assert epithet_rows(tmp_path / "alone.db") == []

    letter = write(tmp_path / "letter", {"letter.txt": EPITHET_WITH_LETTER})
    both = build(tmp_path / "both.db", rally + letter)
    ids = doc_ids(both)
    (state,) = [e for e in both["entities"] if e["epithets"]]
    assert (state["name"], state["type"]) == ("Israel", "state")
    assert "the Zionist regime" in state["epithets"]
    rows = epithet_rows(tmp_path / "both.db")
    assert rows and {report for _ent, _alias, report in rows} == {ids["letter.txt"]}


def test_a_person_tagged_as_an_organisation_in_another_report_is_that_person() -> None:
    members = [
        Member("a.txt", PartyMention("Ana Berg", "person")),
        Member("b.txt", PartyMention("Ana Berg", "org")),
        Member("c.txt", PartyMention("Norland Grain Board", "org")),
    ]
    entities, mapping = resolve_entities(members)
    assert mapping[("a.txt", "Ana Berg")] == mapping[("b.txt", "Ana Berg")]
    berg = next(e for e in entities if e.id == mapping[("a.txt", "Ana Berg")])
    assert berg.etype == "person"
    assert mapping[("c.txt", "Norland Grain Board")] != berg.id


def test_only_parties_and_speakers_are_entities_of_the_register(tmp_path: Path) -> None:
    text = (
        "Photo: Eskil Varga\n\n"
        "President Marta Halvard of Norland sent a letter to Prime Minister Jonas Lindqvist on Tuesday. "
        "The letter praised the late poet Tove Aalborg. "
        '"We stand with you," the spokesman Rune Falk said of the letter.'
    )
    reg = build(tmp_path / "r.db", write(tmp_path / "in", {"one.txt": text}))
    names = {e["name"] for e in reg["entities"]}
    assert {"Marta Halvard", "Jonas Lindqvist", "Rune Falk"} <= names
    assert not names & {"Eskil Varga", "Tove Aalborg"}


def test_communication_ids_do_not_depend_on_where_the_files_lie(tmp_path: Path) -> None:
    text = "President Marta Halvard of Norland sent a letter to Prime Minister Jonas Lindqvist on Tuesday."
    one = build(tmp_path / "one.db", write(tmp_path / "first" / "folder", {"a.txt": text}))
    two = build(tmp_path / "two.db", write(tmp_path / "elsewhere", {"b.txt": text}))
    assert [c["id"] for c in one["communications"]] == [c["id"] for c in two["communications"]] != []


@pytest.mark.parametrize(
    "line",
    ["bin Yusuf Al Rashed", "Sheikh bin Yusuf Al Rashed", "ibn Yusuf Al Rashed"],
)
def test_a_name_of_forefathers_alone_joins_neither_father_nor_son_when_both_are_named(line: str) -> None:
    members = [
        Member("ra", PartyMention("King Omar bin Yusuf Al Rashed")),
        Member("rb", PartyMention("Crown Prince Khalid bin Omar bin Yusuf Al Rashed")),
        Member("rc", PartyMention(line)),
    ]
    mapping = resolve_entities(members)[1]
    assert (
        mapping[("ra", "King Omar bin Yusuf Al Rashed")]
        != mapping[("rb", "Crown Prince Khalid bin Omar bin Yusuf Al Rashed")]
    )
    assert mapping[("rc", line)] not in {
        mapping[("ra", "King Omar bin Yusuf Al Rashed")],
        mapping[("rb", "Crown Prince Khalid bin Omar bin Yusuf Al Rashed")],
    }


def test_a_name_of_forefathers_joins_the_one_person_it_fits() -> None:
    members = [
        Member("ra", PartyMention("Crown Prince Khalid bin Omar bin Yusuf Al Rashed")),
        Member("rc", PartyMention("bin Omar bin Yusuf Al Rashed")),
    ]
    mapping = resolve_entities(members)[1]
    assert (
        mapping[("rc", "bin Omar bin Yusuf Al Rashed")]
        == mapping[("ra", "Crown Prince Khalid bin Omar bin Yusuf Al Rashed")]
    )


@pytest.mark.parametrize(
    "full, surname",
    [("Rosa Huamani", "Huamani"), ("Tomas Hamaney", "Hamaney"), ("Lena Erdogen", "Erdogen")],
)
def test_a_surname_that_spells_a_well_known_actors_otherwise_is_not_that_actor(
    full: str, surname: str
) -> None:
    # named in full: the full name decides; the surname alone: a variant spelling keeps its first letter
    ents, mapping = resolve_entities([Member("ra", PartyMention(full, aliases=(surname,)))])
    assert ents[0].name == full and ents[0].wikidata is None
    if surname[0] == "H":
        ents, mapping = resolve_entities([Member("rb", PartyMention(surname))])
        assert ents[0].name == surname


def test_a_transliteration_of_a_well_known_actors_surname_is_that_actor() -> None:
    ents, mapping = resolve_entities([Member("ra", PartyMention("Haniya"))])
    assert ents[0].name == "Ismail Haniyeh"


@pytest.mark.parametrize("desc", ["Russian leader", "The Russian leader", "Romanian president"])
def test_a_peoples_word_before_an_office_is_no_surname_of_a_well_known_actor(desc: str) -> None:
    # "Russian" is spelt like no surname on file, however near "Raisi" or "Ramaphosa" it sounds
    ents, _ = resolve_entities([Member("ra", PartyMention(desc))])
    assert ents[0].name == desc and ents[0].wikidata is None


def _entities_of(pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    return resolve_entities([Member(r, PartyMention(n)) for r, n in pairs])[1]


@pytest.mark.parametrize(
    "single, full",
    [("Alexander", "Alexander Davison"), ("King Charles", "Charles Grey"), ("Pope Francis", "Francis Drake")],
)
def test_a_given_name_alone_in_one_report_is_no_namesake_in_another(single: str, full: str) -> None:
    one = _entities_of([("ra", single), ("rb", full)])
    assert one[("ra", single)] != one[("rb", full)]


@pytest.mark.parametrize(
    "single, full",
    [
        ("Kettle", "Tomas Kettle"),  # a surname
        ("Wang", "Wang Yi"),  # a family name written first
        ("King Charles", "King Charles III"),  # a regnal number is no family name
        ("Tamim", "Tamim bin Hamad Al Thani"),  # a given name with the father's
    ],
)
def test_a_surname_or_a_sovereigns_name_alone_still_joins_the_full_name(single: str, full: str) -> None:
    one = _entities_of([("ra", single), ("rb", full)])
    assert one[("ra", single)] == one[("rb", full)]


def test_a_kinswoman_called_by_her_given_name_joins_her_familys_full_name_elsewhere() -> None:
    def wife_and(husband: str) -> dict[tuple[str, str], str]:
        return resolve_entities(
            [
                Member("ra", PartyMention("Margaret", role="his wife")),
                Member("ra", PartyMention(husband)),
                Member("rb", PartyMention("Margaret Pardoe")),
            ]
        )[1]

    assert wife_and("Elias Pardoe")[("ra", "Margaret")] == wife_and("Elias Pardoe")[("rb", "Margaret Pardoe")]
    assert wife_and("Elias Kettle")[("ra", "Margaret")] != wife_and("Elias Kettle")[("rb", "Margaret Pardoe")]


def test_a_one_word_name_among_namesakes_joins_the_one_holding_its_office() -> None:
    def entities(single_aliases: tuple[str, ...]) -> dict[tuple[str, str], str]:
        return resolve_entities(
            [
                Member("ra", PartyMention("Omar", aliases=single_aliases)),
                Member("rb", PartyMention("Omar II bin Yusuf", aliases=("King Omar II",))),
                Member("rc", PartyMention("Omar bin Karim Al Rashed", aliases=("Deputy Amir Sheikh Omar",))),
            ]
        )[1]

    king = entities(("King Omar", "His Majesty"))
    assert (
        king[("ra", "Omar")] == king[("rb", "Omar II bin Yusuf")] != king[("rc", "Omar bin Karim Al Rashed")]
    )
    bare = entities(("Omar",))  # no office told: which Omar is unknown
    assert bare[("ra", "Omar")] not in {
        bare[("rb", "Omar II bin Yusuf")],
        bare[("rc", "Omar bin Karim Al Rashed")],
    }
