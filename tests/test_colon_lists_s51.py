"""Session 51: counted groups whose members are then named (after a colon, in apposition, or in the next
sentence), and letters sent 'by hand'. Sentences and names are invented."""

from __future__ import annotations

from test_extract import acts, report, run


def _pairs(found: set[tuple[str, str, tuple[str, ...]]]) -> set[tuple[str, tuple[str, ...]]]:
    return {(s, tuple(sorted(to))) for _, s, to in found}


def test_a_colon_after_a_counted_group_spells_out_the_addressees() -> None:
    three = ("David Kim", "Maria Lopez", "Paul Chen")
    for sentence in (
        "Governor Mia Stone wrote to the three officials: Paul Chen, Maria Lopez and David Kim.",
        "Governor Mia Stone wrote to three officials: Paul Chen, Maria Lopez and David Kim.",
        "Governor Mia Stone wrote to three officials last week: Treasury Secretary Paul Chen, Commerce "
        "Secretary Maria Lopez and Labor Secretary David Kim.",
    ):
        assert _pairs(acts(sentence)) == {("Mia Stone", three)}, sentence


def test_a_colon_before_a_clause_leaves_the_group() -> None:
    found = acts("Governor Mia Stone wrote to 40 mayors on Monday: Ana Ruiz and Lena Holt had asked for it.")
    assert _pairs(found) == {("Mia Stone", ("40 mayors",))}, found


def test_two_addressees_counted_then_named() -> None:
    apposed = acts(
        "Governor Mia Stone wrote to two senators, Ana Ruiz and Omar Diaz, on Monday about the dam."
    )
    assert _pairs(apposed) == {("Mia Stone", ("Ana Ruiz", "Omar Diaz"))}, apposed
    unnamed = acts("Governor Mia Stone wrote to two senators on Monday about the dam.")
    assert _pairs(unnamed) == {("Mia Stone", ("two senators",))}, unnamed
    for later in (
        "The letters went to Senator Ana Ruiz and Senator Omar Diaz.",
        "The letters, delivered by hand, went to Senator Ana Ruiz and Senator Omar Diaz.",
    ):
        found = acts("Governor Mia Stone wrote to two senators on Monday about the dam.", later)
        assert _pairs(found) == {("Mia Stone", ("Ana Ruiz",)), ("Mia Stone", ("Omar Diaz",))}, later


def test_a_named_carrier_still_hands_the_letter_over() -> None:
    found = acts(
        "Governor Mia Stone wrote to Senator Ana Ruiz on Monday about the dam.",
        "The letter, delivered by her aide Omar Diaz, asked for federal help.",
    )
    assert _pairs(found) == {("Mia Stone", ("Ana Ruiz",))}, found


def test_who_only_saw_the_letter_is_not_its_writer() -> None:
    for seen in ("seen by the Courier", "obtained by Reuters", "reviewed by the Herald"):
        found = acts(f"In a letter {seen}, Dame Alison Brook MP told Rachel Penn that the plan had failed.")
        assert _pairs(found) == {("Alison Brook", ("Rachel Penn",))}, (seen, found)
    signed = acts(
        "In a letter signed by Senator Joe Kline, the group told Rachel Penn that the plan had failed."
    )
    assert _pairs(signed) == {("Joe Kline", ("Rachel Penn",))}, signed


def test_a_seats_letters_after_a_name_are_no_part_of_it() -> None:
    for sentence, writer in (
        (
            "Morag Lindsay MSP's letter, sent to Daniel Ashby on Monday, says the plan failed.",
            "Morag Lindsay",
        ),
        ("Alison Brook MP wrote to Daniel Ashby on Monday.", "Alison Brook"),
    ):
        assert _pairs(acts("The speaker was asked to act.", sentence)) == {(writer, ("Daniel Ashby",))}, (
            sentence
        )


def test_a_counterparts_name_the_recogniser_missed_is_the_addressee() -> None:
    found = acts(
        "Prime Minister Dorin Rusu wrote last week to his Romanian counterpart Marcel Ciobanu asking Bucharest "
        "to speed up the works."
    )
    assert _pairs(found) == {("Dorin Rusu", ("Marcel Ciobanu",))}, found


def test_document_headings_listed_under_their_symbols() -> None:
    found = acts(
        "A/79/101   Letter dated 4 April 2024 from the Permanent Representative of Chile to the United Nations "
        "addressed to the President of the General Assembly",
        "A/79/102   Letter dated 5 April 2024 from the Permanent Representative of Nepal to the United Nations "
        "addressed to the President of the General Assembly",
    )
    writers = {s for _, s, _ in found}
    assert writers == {"Permanent Representative of Chile", "Permanent Representative of Nepal"}, found


def test_a_readout_of_the_same_call_by_the_office_names_its_holder() -> None:
    found = acts(
        "Dan Ashby spoke to US President Mike Hale on Friday evening, according to his office.",
        'A spokesperson said: "The Prime Minister spoke to President Hale this evening."',
        "On Wednesday the Prime Minister also had a call with the German Chancellor, Olaf Brandt.",
    )
    assert {(k, s, to) for k, s, to in found} == {
        ("call", "Dan Ashby", ("Mike Hale",)),
        ("call", "Dan Ashby", ("Olaf Brandt",)),
    }, found
    other = acts(
        "Dan Ashby spoke to US President Mike Hale on Friday evening.",
        "The Canadian prime minister spoke to President Hale on Friday too.",
    )
    assert len(other) == 2, other


def test_a_noun_in_brackets_of_nouns_names_a_kind_of_thing() -> None:
    text = report(
        "A/79/101   Letter dated 4 May 2024 from the Permanent Representative of Chile to the United Nations "
        "addressed to the President of the General Assembly",
        "A/79/102   Letter dated 6 May 2024 from the Permanent Representative of Nepal to the United Nations "
        "addressed to the President of the General Assembly",
        headline="General Assembly - Documents issued, May 2024 (letters and notes)",
    )
    writers = {c.sender.name if c.sender else "" for c in run(text).extraction.communications}
    assert writers == {"Permanent Representative of Chile", "Permanent Representative of Nepal"}, writers
    assert acts("Senator Ann Marsh (in a letter to Governor Mia Stone) asked for help on Monday.")


def test_the_seat_a_member_holds_is_no_party() -> None:
    for sentence in (
        "Premier Dan Ashby phoned Clive Orme, the MP for Bolton North, on Sunday afternoon.",
        "Premier Dan Ashby wrote to Clive Orme, the member for Bolton North, on Sunday.",
    ):
        found = acts(sentence)
        assert {to for _, _, to in found} == {("Clive Orme",)}, found
    both = acts("Premier Dan Ashby wrote to Clive Orme and the Minister for Energy, Ann Marsh, on Sunday.")
    assert {to for _, _, to in both} == {("Clive Orme", "Ann Marsh")}, both


def test_a_quoted_kind_of_letter_is_no_writer() -> None:
    text = report(
        "Chief whip Angela Rusk has written to all Labour MPs urging them to back the bill.",
        headline="Chief whip sends 'Dear Colleague' letter as revolt grows",
    )
    found = {
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in run(text).extraction.communications
    }
    assert found == {("Angela Rusk", ("Labour MPs",))}, found


def test_the_office_a_reply_names_is_named_in_the_other_acts() -> None:
    found = acts(
        "The housing minister, Piet Gall, resigned on Thursday evening. He had telephoned the Prime Minister "
        "earlier on Thursday. Below is the text of the letter he sent to Dan Ashby.",
        "The Prime Minister replied on Friday, thanking Mr Gall for his service.",
    )
    assert ("call", "Piet Gall", ("Dan Ashby",)) in found, found
    assert ("letter", "Dan Ashby", ("Piet Gall",)) in found, found
    titled = acts(
        "Minister Piet Gall wrote to Dan Ashby on Thursday.",
        "The Prime Minister replied on Friday, thanking Mr Gall for his service.",
    )
    assert titled == {("letter", "Piet Gall", ("Dan Ashby",)), ("letter", "Dan Ashby", ("Piet Gall",))}, (
        titled
    )


def test_a_second_office_in_apposition_is_the_persons_too() -> None:
    from lettertrace import nlp
    from lettertrace.extract.index import PartyIndex
    from lettertrace.models import Options

    doc = nlp.parse(
        "Zhang Wei, a member of the Political Bureau of the Communist Party of China Central Committee and "
        "Chinese foreign minister, held phone talks with Japanese Foreign Minister Aiko Mori on Thursday.",
        Options().spacy_model,
    )
    zhang = next(p for p in PartyIndex(doc).parties if p.name == "Zhang Wei")
    assert "Chinese foreign minister" in zhang.roles, zhang


def test_separate_messages_of_congratulations_to_one_addressee() -> None:
    found = acts(
        "King Ali Moro and Senate President Tim Sen sent separate messages of congratulations to President "
        "Xi Jinping."
    )
    assert found == {("message", "Ali Moro", ("Xi Jinping",)), ("message", "Tim Sen", ("Xi Jinping",))}, found


def test_an_object_pronoun_after_a_reply_to_a_person_is_that_person() -> None:
    found = acts(
        "President Tom Kettle sent a message to Kim Sun.",
        "Foreign Minister Ivan Petrov also sent a reply to Foreign Minister Ana Berg, thanking her for her "
        "greetings on the national holiday.",
    )
    assert ("message", "Ana Berg", ("Ivan Petrov",)) in found, found
    assert not any(s == "Tom Kettle" and to == ("Ivan Petrov",) for _, s, to in found), found


def test_the_members_of_an_association_write_as_the_association() -> None:
    found = acts(
        "President Lin Bo on Wednesday replied to a letter from members of the Harbor Friends Association, "
        "encouraging them to carry on."
    )
    assert found == {
        ("letter", "Harbor Friends Association", ("Lin Bo",)),
        ("letter", "Lin Bo", ("Harbor Friends Association",)),
    }, found
    lower = acts(
        "President Lin Bo on Wednesday replied to a letter from members of the Harbor Friends association."
    )
    assert {s for _, s, _ in lower} == {"Harbor Friends", "Lin Bo"}, lower


def test_an_office_owned_by_one_place_is_not_the_holder_of_anothers() -> None:
    found = acts(
        "Scotland's First Minister has written to the Prime Minister calling for an urgent meeting.",
        "Morag Lindsay MSP's letter, sent to Dan Ashby on Monday, says the budget was cut.",
        "The first minister also wrote to the Chancellor, Rachel Penn, asking for the figures.",
        "The intervention follows a separate letter last week from Wales's First Minister, Eluned Price, who "
        "also wrote to Mr Ashby about the grant.",
    )
    assert ("letter", "Morag Lindsay", ("Dan Ashby",)) in found, found
    assert ("letter", "Eluned Price", ("Prime Minister",)) not in found, found


def test_who_speaks_for_an_office_does_not_hold_it() -> None:
    found = acts(
        "Senator Ann Marsh wrote to the Secretary-General of the Western League, Omar Haddad, on Monday.",
        "Asked about it, the spokesperson for the Secretary-General, Lucia Fernandez, said the letter had "
        "arrived.",
        "Senator Ann Marsh had already written to the Secretary-General in February.",
    )
    assert {to for _, _, to in found} == {("Omar Haddad",)}, found


def test_a_letter_merged_with_its_dated_telling_stays_apart_from_an_older_one() -> None:
    text = report(
        "Premier Jean Roy has sent Prime Minister Marc Dufour a letter demanding control over immigration.",
        "The letter, dated Tuesday, was carried to the capital by his minister, Sophie Lavoie.",
        "Roy made a similar demand in a letter to Dufour dated June 14, 2022, which went unanswered.",
        headline="Roy's letter to Dufour hand-delivered to Parliament Hill",
    )
    found = {(c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.date.earliest)
             for c in run(text).extraction.communications}  # fmt: skip
    assert {(s, to) for s, to, _ in found} == {("Jean Roy", ("Marc Dufour",))}, found
    assert len(found) == 2, found


def test_a_document_heading_opens_the_full_text_its_signature_closes() -> None:
    text = (
        "United Nations                                      A/79/301\n"
        "General Assembly                                    Distr.: General\n\n"
        "Seventy-ninth session\nAgenda item 19\n\n"
        "Letter dated 2 May 2024 from the Permanent Representative of Peru to the United Nations addressed to "
        "the Secretary-General\n\n"
        "I have the honour to write to you, further to my letter dated 4 April 2024, regarding the dialogue on "
        "coastal erosion.\n\n"
        "I should be grateful if the present letter could be circulated as a document of the General Assembly.\n\n"
        "(Signed) Rosa Valdivia Pardo\n"
    )
    comms = run(text).extraction.communications
    full = [c for c in comms if c.full_text is not None]
    assert len(full) == 1 and full[0].date.earliest is not None and full[0].date.earliest.month == 5, comms
    assert full[0].sender is not None and full[0].sender.name == "Rosa Valdivia Pardo", full[0]


def test_review_mends_titled_addressees_and_respective_messages() -> None:
    titled = acts(
        "Anna Holt wrote to Foreign Minister Karel Voss on Monday.",
        "The Prime Minister replied on Wednesday.",
        "Holt had telephoned the Prime Minister in January.",
    )
    assert not any(s == "Karel Voss" for _, s, _ in titled), titled
    for sentence in (
        "Anna Holt and Karel Voss sent separate messages of congratulations to Lena Strand and Tom Reyes "
        "respectively.",
        "Anna Holt and Karel Voss sent separate messages of condolence to the families of Lena Strand and Tom Reyes.",
    ):
        assert not any(to == ("Lena Strand", "Tom Reyes") for _, _, to in acts(sentence)), sentence
    mps = acts("Keir Allen wrote to all Labour MPs on Sunday urging them to back the budget.")
    assert mps == {("letter", "Keir Allen", ("Labour MPs",))}, mps


def test_second_review_an_addressee_of_a_lesser_or_other_title_does_not_reply_for_the_office() -> None:
    for letter, reply in (
        ("The opposition leader wrote to Deputy Prime Minister Elena Varga on Monday.", "The prime minister"),
        ("The senator wrote to Mayor Tom Baker on Monday.", "The Governor"),
    ):
        found = acts(letter, f"{reply} replied on Wednesday, saying the matter was closed.")
        assert len(found) == 1, found
    titled = acts(
        "Minister Piet Gall wrote to Prime Minister Dan Ashby on Thursday.",
        "The Prime Minister replied on Friday, thanking Mr Gall for his service.",
    )
    assert ("letter", "Dan Ashby", ("Piet Gall",)) in titled, titled
