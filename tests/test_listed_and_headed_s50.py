"""Session 50: constructions of institutional and agency copy (a letterhead above a headline, a letter
signed by a body's officer, letters told first to a group and then name by name, a reply addressed to
several, a body's head writing its reply, offices joined before one name, a credit before a dateline).
Sentences and names are invented; each test but the guards fails on the code before the session."""

from __future__ import annotations

import datetime as dt

from lettertrace.clean import clean
from lettertrace.meta import extract_metadata
from lettertrace.models import Options, RawReport
from test_extract import acts, report, run


def _comms(text: str) -> list[tuple[str, str, tuple[str, ...], dt.date | None, dt.date | None]]:
    return [
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.date.earliest,
         c.date.latest)
        for c in run(text).extraction.communications
    ]  # fmt: skip


def test_a_letter_dated_and_signed_by_the_bodys_officer_is_the_officers_letter_of_that_day() -> None:
    """(Session 60: the named officer who signs a body's letter is its writer; before, the body.)"""
    for then in (
        "The letter, dated 8 March 2024 and signed by the union chairman, Chief Ade Cole, was made public.",
        "The letter, signed by the union chairman, Ade Cole, and dated 8 March 2024, was made public.",
    ):
        found = _comms(
            report("The Farmers Union has written to the Electoral Commission demanding an audit.", then)
        )
        assert [(s, to, a) for _, s, to, a, _ in found] == [
            ("Ade Cole", ("Electoral Commission",), dt.date(2024, 3, 8))
        ], (then, found)


def _meta_title(text: str) -> str | None:
    raw = RawReport(source="page.txt", sha256="0" * 64, raw_text=text, fmt="txt")
    return extract_metadata(raw, clean(raw, Options())).title


def test_an_offices_letterhead_above_a_headline_is_not_the_title() -> None:
    for head in (
        "Office of the Prime Minister - Republic of Norland",
        "PRESIDENCY OF THE REPUBLIC OF NORLAND",
    ):
        page = "\n".join(
            [head, "Press Statement", "Ostra, 15 August 2024", "",
             "Prime Minister Ana Berg holds phone talks with President of Sudland", "",
             "Prime Minister Ana Berg held a telephone conversation on Wednesday with President Tom Kettle of "
             "Sudland about trade.", ""]
        )  # fmt: skip
        assert _meta_title(page) == "Prime Minister Ana Berg holds phone talks with President of Sudland", (
            head
        )
        calls = [c for c in _comms(page) if c[0] == "call"]
        assert len(calls) == 1, calls  # the headline's call is the body's, told once
    from lettertrace.meta_letterhead import is_letterhead

    assert is_letterhead("Ministry of Foreign Affairs of the Republic of Norland")
    assert not is_letterhead("Ministry denies existence of secret letter")  # a guard: a headline
    assert not is_letterhead("PM'S OFFICE WRITES TO COURT")


def test_a_bracketed_rank_mark_and_an_elders_honorific_keep_the_persons_title() -> None:
    page = "\n".join(
        ["Deng writes to Wendo over border clashes", "", "By Staff Reporter", "",
         "President Gen. (Rtd) Tomas Kagaba Wendo on Tuesday received",
         "a special envoy of Sudland's President Gen. Ali Majok Deng, who",
         "delivered a letter from the Sudlandic leader concerning the clashes.", "",
         "On Wednesday, Mzee Wendo replied to the letter through the same",
         "envoy, accepting the proposal. In his reply, the President said",
         "his country wanted peace.", ""]
    )  # fmt: skip
    found = {c[:3] for c in _comms(page)}
    assert found == {
        ("letter", "Ali Majok Deng", ("Tomas Kagaba Wendo",)),
        ("letter", "Tomas Kagaba Wendo", ("Ali Majok Deng",)),
    }, found


def test_two_offices_joined_before_one_name_are_that_persons_titles_in_a_list() -> None:
    for sentence in (
        "Foreign Minister Ali Demir on Monday held separate phone calls with his Sudlandic counterpart Tom Kettle, "
        "Ostravian Foreign Minister Prince Faisal bin Said and Norland Prime Minister and Foreign Minister Sheikh "
        "Omar bin Khalid Al Noor.",
        "Foreign Minister Ali Demir on Monday held a phone call with Norland Prime Minister and Foreign Minister "
        "Sheikh Omar bin Khalid Al Noor.",
    ):
        found = acts(sentence)
        assert ("call", "Ali Demir", ("Omar bin Khalid Al Noor",)) in found, (sentence, found)
        assert not any("Norland Prime Minister" in to for _, _, to in found), found


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister() -> None:
    for then in (
        "On Monday evening, the head of Norlandic diplomacy also spoke by phone with Sudland's Foreign Minister "
        "Tom Kettle.",
        "Later, the chief of Norlandic diplomacy called Sudland's Foreign Minister Tom Kettle.",
    ):
        found = acts("Norlandic Foreign Minister Ana Berg met the Ostravian envoy on Monday.", then)
        assert ("call", "Ana Berg", ("Tom Kettle",)) in found, (then, found)


def test_what_two_callers_discussed_is_no_party_to_their_call() -> None:
    for sentence in (
        "Maria Fuentes and Tom Kettle discussed Ukraine by phone on Monday.",
        "Maria Fuentes discussed Ukraine by phone with Tom Kettle on Monday.",
    ):
        assert acts(sentence) == {("call", "Maria Fuentes", ("Tom Kettle",))}, sentence
    assert acts("Maria Fuentes congratulated Tom Kettle by phone on Monday.") == {
        ("call", "Maria Fuentes", ("Tom Kettle",))
    }  # a guard: the one congratulated is the other end


def test_her_peer_is_her_counterpart() -> None:
    page = "\n\n".join(
        ["Ruiz thanks Chilean leader for wildfire help",
         "BUENOS AIRES, March 6, 2023 (AP) - President Ana Ruiz received on Friday a letter from her Chilean peer, President "
         "Jose Vidal, offering help so that Argentina may rebuild after the wildfires.",
         "Argentina has lost thousands of hectares of forest this year.",
         "On Saturday the Argentine leader called Vidal to thank him."]
    )  # fmt: skip
    assert ("call", "Ana Ruiz", ("Jose Vidal",)) in {c[:3] for c in _comms(page)}


def test_letters_told_to_a_group_then_name_by_name_are_one_to_each() -> None:
    for then in (
        "The letters went to Sandra Bexley of the Harbor Authority, Kevin Ruiz of the Water Board and Tracy Osei "
        "of the Power Agency.",
        "The letters were sent to Sandra Bexley, Kevin Ruiz and Tracy Osei.",
    ):
        found = _comms(report("Senator Colin Mabry sent letters on Tuesday to the heads of three power bodies, "
                              "demanding plans.", then))  # fmt: skip
        assert sorted((s, to, a) for _, s, to, a, _ in found) == [
            ("Colin Mabry", ("Kevin Ruiz",), dt.date(2024, 3, 12)),
            ("Colin Mabry", ("Sandra Bexley",), dt.date(2024, 3, 12)),
            ("Colin Mabry", ("Tracy Osei",), dt.date(2024, 3, 12)),
        ], (then, found)
    named = acts(
        "The Secretary General of the Forum, Ana Waqa, has written to the leaders of Tuvalu, Kiribati and Nauru "
        "seeking their views.",
        "The letters went to Tuvalu Prime Minister Tom Teo, Kiribati President Luis Maamau and Nauru President "
        "David Adeang.",
    )
    assert {to for _, _, to in named} == {("Tom Teo",), ("Luis Maamau",), ("David Adeang",)}, named


def test_a_plural_received_by_two_is_one_letter_each() -> None:
    found = acts(
        "Senator Colin Mabry sent letters to Kevin Ruiz and Tracy Osei on Tuesday.",
        "Ruiz and Osei received shorter letters focused on hydropower.",
    )
    assert found == {("letter", "Colin Mabry", ("Kevin Ruiz",)), ("letter", "Colin Mabry", ("Tracy Osei",))}


def test_a_bodys_receipt_of_a_letter_to_its_head_is_that_letter() -> None:
    found = acts(
        "Senator Ann Cole wrote on Tuesday to Harbor Authority CEO Sandra Bexley, demanding a plan.",
        "A spokesperson said the authority had received the senator's letter.",
    )
    assert found == {("letter", "Ann Cole", ("Sandra Bexley",))}, found
    other = acts(
        "Senator Ann Cole wrote on Tuesday to Harbor Authority CEO Sandra Bexley, demanding a plan.",
        "Cole also wrote to the Harbor Authority on Friday about its budget.",
    )
    assert len(other) == 2, other  # a guard: another letter, told as such


def test_a_credit_before_a_dateline_leaves_the_first_sentences_subject_whole() -> None:
    page = "\n\n".join(
        ["Leaders write to the Commission",
         "(Agency English service) - ROME, MAY 22 2025 - Premier Ana Berg and the heads of government of four "
         "other countries on Thursday sent a letter to the president of the Commission, Tom Kettle."]
    )  # fmt: skip
    assert {c[:3] for c in _comms(page)} == {("letter", "Ana Berg", ("Tom Kettle",))}


def test_a_reply_addressed_to_several_is_one_reply_to_all_by_the_bodys_head() -> None:
    assert acts(
        "President Ana Berg sent a reply addressed to Tom Kettle, Luis Ibarra and Maria Fuentes."
    ) == {("letter", "Ana Berg", ("Tom Kettle", "Luis Ibarra", "Maria Fuentes"))}
    found = acts(
        "In the Commission's reply, dated 3 June and addressed to Tom Kettle, Luis Ibarra and Maria Fuentes, "
        "Commission President Ana Berg wrote that the Commission was ready."
    )
    assert found == {("letter", "Ana Berg", ("Tom Kettle", "Luis Ibarra", "Maria Fuentes"))}, found
