"""Session 52: an office that serves another ("the adviser to the President, A", "the Secretary to the
Cabinet, A") when spaCy hangs its 'to' on the verb; and a second 'to' or a person joined after a group of
addressees ("to all members and to the Speaker, A"). Sentences and names are invented."""

from __future__ import annotations

from test_extract import acts, report, run


def _pairs(found: set[tuple[str, str, tuple[str, ...]]]) -> set[tuple[str, tuple[str, ...]]]:
    return {(s, tuple(sorted(to))) for _, s, to in found}


def test_the_holder_of_an_office_that_serves_another_is_the_addressee() -> None:
    for sentence in (
        "Senator Anne Roux wrote to the adviser to the President, Marc Blanc, on Monday.",
        "Senator Anne Roux wrote to the Adviser to the President, Marc Blanc, on Monday.",
        "Senator Anne Roux sent a letter to the adviser to the president, Marc Blanc, on Monday.",
        "Senator Anne Roux sent a letter to the Secretary to the Cabinet, Marc Blanc, on Monday.",
        "Senator Anne Roux wrote to the spokesman for the President, Marc Blanc, on Monday.",
    ):
        assert _pairs(acts(sentence)) == {("Anne Roux", ("Marc Blanc",))}, sentence


def test_the_one_served_keeps_his_own_title() -> None:
    rep = run(
        report(
            "Senator Anne Roux wrote to the adviser to the President, Marc Blanc, on Monday.",
            "The Secretary to the Cabinet, Ida Grey, said nothing.",
        )
    )
    people = {p.name: p for p in rep.extraction.parties}
    blanc = people["Marc Blanc"]
    assert blanc.role == "the adviser to the President", blanc
    assert "the President" not in blanc.aliases, blanc.aliases
    assert "the Cabinet" not in people["Ida Grey"].aliases, people["Ida Grey"].aliases


def test_a_second_to_after_a_group_of_addressees() -> None:
    for sentence in (
        "The Home Secretary, Jane Morrow, set out her plans in a letter to all Tory MPs and to the Speaker, "
        "Lionel Hoyle, on Monday.",
        "Jane Morrow sent a letter to Lionel Hoyle and to all Tory MPs on Monday.",
    ):
        assert _pairs(acts(sentence)) == {("Jane Morrow", ("Lionel Hoyle", "Tory MPs"))}, sentence


def test_a_group_named_after_a_person_by_other_is_not_a_second_addressee() -> None:
    found = acts("Jane Morrow wrote to Lionel Hoyle and other Tory MPs on Monday.")
    assert _pairs(found) == {("Jane Morrow", ("Lionel Hoyle",))}, found
    apposed = acts("Jane Morrow wrote to her counterparts in Norland and Vestria, Lionel Hoyle and Ann Bell.")
    assert _pairs(apposed) == {("Jane Morrow", ("Ann Bell", "Lionel Hoyle"))}, apposed


def test_a_charge_d_affaires_of_a_mission_is_the_one_who_signs() -> None:
    for office in ("Chargé d'affaires", "Chargé d'affaires a.i."):
        found = acts(
            f"Letter dated 3 May 2024 from the {office} of the Permanent Mission of Vestria to the United Nations "
            "addressed to the President of the Security Council",
            "I have the honour to transmit the attached note.",
            "(Signed) Ivo Marek",
        )
        assert _pairs(found) == {("Ivo Marek", ("President of the Security Council",))}, (office, found)


def test_a_party_to_proceedings_called_by_its_standing() -> None:
    rep = run(
        report(
            "The applicant, Mr R., is a national of Vestria who was born in 1971.",
            "By a letter of 12 May 2009 the applicant asked the Ministry of Justice to transfer him.",
            "On 20 August 2009 the claimant's neighbour, Ms K., wrote to the Ombudsman.",
            "On 3 September 2009 the applicant wrote to the Chancellor of Justice.",
        )
    )
    found = {
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.date.earliest)
        for c in rep.extraction.communications
    }
    assert ("R", ("Ministry of Justice",), "2009-05-12") in {(s, r, str(d)) for s, r, d in found}, found
    assert ("R", ("Chancellor of Justice",), "2009-09-03") in {(s, r, str(d)) for s, r, d in found}, found
    assert not any("2009" in s for s, _, _ in found), found  # not "12 May 2009 the applicant"


def test_a_call_between_an_officer_set_off_by_commas_and_another() -> None:
    found = acts(
        "A file note records a telephone conversation on 9 May 2016 between the Chief Fire Officer, "
        "Mr Mark Tillotson, and Councillor Jane Ormerod."
    )
    assert found == {("call", "Mark Tillotson", ("Jane Ormerod",))}, found
    timed = acts(
        "A file note records a telephone conversation on the afternoon of 9 May 2016 between the Chief Fire "
        "Officer, Mr Mark Tillotson, and Councillor Jane Ormerod."
    )
    assert timed == {("call", "Mark Tillotson", ("Jane Ormerod",))}, timed


def test_a_joint_letter_fronted_is_sent_by_its_first_signer() -> None:
    for sentence in (
        "In a joint letter, President Emil Macon, Chancellor Fritz Merk and Prime Minister Pedro Sanz asked "
        "Ursula Lind to act.",
        "In a joint letter, Emil Macon, Fritz Merk and Pedro Sanz asked Ursula Lind to act.",
    ):
        assert _pairs(acts(sentence)) == {("Emil Macon", ("Ursula Lind",))}, sentence


def test_near_identical_letters_are_one_letter_each() -> None:
    first = "Commission President Ursula Lind wrote to Prime Minister Gia Moretti on Tuesday about the pact."
    near = acts(
        first,
        "Near-identical letters went to Greek Prime Minister Kostas Mitas and to Maltese Prime Minister Rob Abel.",
    )
    assert ("Ursula Lind", ("Kostas Mitas",)) in _pairs(near) and ("Ursula Lind", ("Rob Abel",)) in _pairs(
        near
    )
    assert _pairs(
        acts("Ursula Lind sent nearly identical letters to Kostas Mitas and Rob Abel on Monday.")
    ) == {
        ("Ursula Lind", ("Kostas Mitas",)),
        ("Ursula Lind", ("Rob Abel",)),
    }
    same = acts(first, "Identical letters went to Kostas Mitas and Rob Abel.")
    assert ("Ursula Lind", ("Kostas Mitas", "Rob Abel")) in _pairs(same), same


def test_the_subject_after_an_addressee_the_parser_took_for_it() -> None:
    found = acts(
        "In a separate letter sent the same day to Finance Minister Lars Klingbeil, a Social Democrat, "
        "Markus Soder set out how the money could be found."
    )
    assert _pairs(found) == {("Markus Soder", ("Lars Klingbeil",))}, found


def test_a_ministers_counterpart_is_the_minister_of_that_state() -> None:
    found = acts(
        "Foreign Minister Hakan Fidan had a phone conversation with his Vestrian counterpart on Monday.",
        "The Vestrian minister, Ayman Sadi, is expected in Ankara. King Abdul of Vestria sent his greetings.",
    )
    assert ("call", "Hakan Fidan", ("Ayman Sadi",)) in found, found


def test_separate_calls_with_one_and_with_another() -> None:
    found = acts(
        "Foreign Minister Badr Busaidi held separate phone calls with Foreign Minister Abbas Arak of Vestria "
        "and with the special envoy Steve Witko over the weekend."
    )
    assert found == {("call", "Badr Busaidi", ("Abbas Arak",)), ("call", "Badr Busaidi", ("Steve Witko",))}, (
        found
    )


def test_a_publication_line_with_its_time_of_day_under_a_byline() -> None:
    from lettertrace.models import Options, RawReport
    from lettertrace.pipeline import _prepare

    for stamp in ("Published on October 16, 2025, at 5:40 pm", "Published 16 October 2025 at 17:40 CET"):
        text = (
            "Leaders press the Commission over defence loans\n\n"
            "In a joint letter, three leaders ask the Commission president to act.\n\n"
            f"By Jane Doe (Brussels bureau)\n{stamp}\n\n"
            "The leaders of Vestria, Norland and Ostmark wrote to the Commission president on Tuesday.\n"
        )
        prepared = _prepare(RawReport(source="x.txt", sha256="0" * 64, raw_text=text, fmt="txt"), Options())
        assert str(prepared.meta.published) == "2025-10-16", stamp


def test_as_did_another_is_one_more_act_of_the_same_kind() -> None:
    for sentence, kind in (
        (
            "Prime Minister Gina Melo sent a message to Fritz Merk on Monday, as did Spain's Pedro Sanz.",
            "message",
        ),
        ("Gina Melo phoned Fritz Merk on Monday, and so did the Spanish prime minister, Pedro Sanz.", "call"),
    ):
        found = acts(sentence)
        assert found == {(kind, "Gina Melo", ("Fritz Merk",)), (kind, "Pedro Sanz", ("Fritz Merk",))}, found
    assert acts("Gina Melo wrote to Fritz Merk on Monday, as did the talks in Rome.") == {
        ("letter", "Gina Melo", ("Fritz Merk",))
    }


def test_a_close_of_with_and_a_few_words_ends_the_reproduced_letter() -> None:
    rep = run(
        report(
            "German President Frank-Walter Stein has sent a message of condolence to Italian President Sergio Mattar.",
            "Dear Mr President,",
            "It was with great sadness that I learned of the landslide in the valley.",
            "On behalf of the German people, and personally, I express to you my deepest sympathy.",
            "With sincere condolences,",
            "Frank-Walter Stein",
            "On Friday, Mattar thanked his German counterpart. In a reply published by his office, the Italian "
            "head of state said the words had been a comfort.",
        )
    )
    found = {
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    }
    assert ("Sergio Mattar", ("Frank-Walter Stein",)) in found, found
    text = rep.clean.text
    fulls = [
        text[c.full_text.span.start : c.full_text.span.end]
        for c in rep.extraction.communications
        if c.full_text
    ]
    assert fulls and all("On Friday" not in f and f.rstrip().endswith("Frank-Walter Stein") for f in fulls), (
        fulls
    )


def test_a_holder_set_off_with_letters_after_the_name_holds_the_office() -> None:
    found = acts(
        "In June 2019 the secretary, Isla Buchan, wrote to the Minister for Local Government, Stuart Gillie MSP, "
        "asking for an inquiry.",
        "By letter dated 2 August 2019 the Minister thanked Mrs Buchan for her letter and explained that he would "
        "not intervene.",
    )
    assert found == {
        ("letter", "Isla Buchan", ("Stuart Gillie",)),
        ("letter", "Stuart Gillie", ("Isla Buchan",)),
    }, found


def test_an_exchange_whose_first_side_the_parser_hung_on_the_second_name() -> None:
    found = acts(
        "President Abdel-Fattah El-Sisi received a phone call on Monday.",
        "Separately, El-Sisi and Algerian President Abdelmadjid Tebboune exchanged messages of congratulations "
        "on Sunday on the occasion of the Eid, the spokesman said.",
    )
    assert ("message", "Abdel-Fattah El-Sisi", ("Abdelmadjid Tebboune",)) in found, found
    assert ("message", "Abdelmadjid Tebboune", ("Abdel-Fattah El-Sisi",)) in found, found


def test_a_style_of_office_written_before_a_kings_name_stands_for_him() -> None:
    found = acts(
        "The Custodian of the Holy Shrines King Salim bin Aziz received a written message from Sultan Hamid "
        "bin Tarek of Norland.",
        "The envoy delivered a message to the Custodian of the Holy Shrines from President Omar Dar.",
    )
    assert ("message", "Omar Dar", ("Salim bin Aziz",)) in found, found
    assert all("Custodian" not in s and not any("Custodian" in r for r in rs) for _, s, rs in found), found


def test_a_letter_dated_and_addressed_to_two() -> None:
    found = acts(
        "In a letter dated 3 March 2025 and addressed to Secretary-General Antonio Guter and the President of "
        "the Security Council, Amir Iravan wrote that the threats were a breach of the Charter."
    )
    assert len(found) == 1 and "President of the Security Council" in next(iter(found))[2], found


def test_review_mends_holders_unnamed_roles_and_likewise_clauses() -> None:
    served = acts("The MP wrote to the Chief Secretary to the Treasury, Darren Jones, on 2 February.")
    assert any("Darren Jones" in r for _, _, r in served), served
    another = acts(
        "A defendant wrote to the judge, Sir John Hale, on Monday asking for bail. Another defendant, Paul Ince, "
        "wrote to the prosecutor."
    )
    assert ("letter", "Paul Ince", ("John Hale",)) not in another, another
    fellow = acts(
        "The senator, Mark Tully, was re-elected on Monday. His fellow senator wrote to the governor, Sir John "
        "Hale, asking for funds."
    )
    assert ("letter", "Mark Tully", ("John Hale",)) not in fellow, fellow
    for sentence in (
        "Prime Minister Anton Marr telephoned President Boris Kalm on Monday, as did Clara Veit on Tuesday.",
        "Prime Minister Anton Marr wrote to President Boris Kalm on Monday, and so did Clara Veit to the Speaker, "
        "Dan Roe.",
    ):
        assert not any(s == "Clara Veit" and r == ("Boris Kalm",) for _, s, r in acts(sentence)), sentence
    unnamed = acts(
        "In a letter dated 3 March and addressed to Anton Marr and the President of the Council, the ministers "
        "wrote that the deadline was unlawful."
    )
    assert not any(s == "Council" for _, s, _ in unnamed), unnamed


def test_a_charge_d_affaires_ad_interim_in_brackets_signs() -> None:
    for office in ("Chargé d'affaires (a.i.)", "Chargé d'affaires, a.i.,"):
        found = acts(
            f"Letter dated 12 June 2023 from the {office} of the Permanent Mission of Armenia to the United Nations "
            "addressed to the President of the Security Council",
            "I have the honour to transmit the attached note.",
            "(Signed) Tigran Balayan",
            "Chargé d'affaires (a.i.)",
        )
        assert _pairs(found) == {("Tigran Balayan", ("President of the Security Council",))}, (office, found)


def test_second_review_mends() -> None:
    passive = acts(
        "The letter was sent to the Chief Secretary to the Treasury, Darren Jones, by the committee chair, "
        "Meg Hillier, on Friday."
    )
    assert any(s == "Meg Hillier" and "Darren Jones" in r for _, s, r in passive), passive
    other = acts(
        "The defendant, Peter Crane, wrote to the judge on Monday.",
        "On Tuesday the other defendant wrote to the prosecutor.",
    )
    assert ("letter", "Peter Crane", ("prosecutor",)) not in other, other
    fellow = acts(
        "The US ambassador, Jack Lew, phoned the Israeli defence minister on Monday.",
        "His fellow ambassador, the British envoy Simon Walters, phoned the minister on Tuesday.",
    )
    assert any(s == "Simon Walters" for _, s, _ in fellow), fellow
    for sentence in (
        "Keir Starmer spoke to President Zelensky by phone on Monday morning, as did Emmanuel Macron that evening.",
        "Keir Starmer sent a message to President Zelensky on Monday, as did Emmanuel Macron a letter.",
    ):
        assert not any(s == "Emmanuel Macron" for _, s, _ in acts(sentence)), sentence
