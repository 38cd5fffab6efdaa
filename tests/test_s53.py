"""Session 53: lists of calendar headings, each ending in its date ("Item 14. Cable from A to B, dated 12
May 1962" over "Item 15. Letter from B to A, dated 20 May 1962"). Sentences and names are invented."""

from __future__ import annotations

from test_extract import acts, report, run


def test_each_heading_of_a_list_is_its_own_document() -> None:
    for paragraphs in (
        (
            "Item 14. Cable from Ambassador Peter Lowe to Secretary of State Dean Rusk, dated 12 May 1962.",
            "Item 15. Letter from Dean Rusk to Peter Lowe, dated 20 May 1962.",
        ),
        (
            "Cable from Ambassador Peter Lowe to Secretary of State Dean Rusk, 12 May 1962.",
            "Letter from Dean Rusk to Peter Lowe, 20 May 1962.",
            "Telegram from the Embassy in Paris to the Department of State, 2 June 1962.",
        ),
    ):
        found = {(s, to) for _, s, to in acts(*paragraphs)}
        assert ("Peter Lowe", ("Dean Rusk",)) in found, paragraphs
        assert ("Dean Rusk", ("Peter Lowe",)) in found, paragraphs
        rep = run(report(*paragraphs))
        days = sorted(str(c.date.earliest) for c in rep.extraction.communications)
        assert "1962-05-20" in days and "1962-05-12" in days, days


def test_a_heading_over_its_own_text_keeps_it() -> None:
    rep = run(
        report(
            "Letter from Dean Rusk to Peter Lowe",
            "Washington, 20 May 1962",
            "Dear Peter, I have read your cable of 12 May with care and agree with its proposals in full.",
            "DEAN RUSK",
        )
    )
    (c,) = [c for c in rep.extraction.communications if c.sender is not None and c.sender.name == "Dean Rusk"]
    assert (
        c.full_text is not None
        and "proposals in full" in rep.clean.text[c.full_text.span.start : c.full_text.span.end]
    )


def test_a_dateline_with_another_calendars_date_after_a_dash() -> None:
    text = (
        "Leader sends message to Emir\n\n"
        "MECCA \u2014 Friday 2 Rajab 1447 AH, corresponding to 21 November 2025 \u2014 King Omar bin Talal sent "
        "a written message to the Emir of Dalmar, Sheikh Fahd bin Rashid, today.\n"
    )
    rep = run(text)
    assert str(rep.meta.published) == "2025-11-21"
    (c,) = rep.extraction.communications
    assert str(c.date.earliest) == str(c.date.latest) == "2025-11-21"


def _pairs(*paragraphs: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(s, tuple(sorted(to))) for _, s, to in acts(*paragraphs)}


def test_a_list_after_a_group_and_a_time() -> None:
    for sentence in (
        "President Carl Olsen sent greetings to leaders of the region on Monday, among them President of Arland "
        "John Smith and President of Borduria Ivan Petrov.",
        "President Carl Olsen sent greetings to leaders of the region on 3 March, including John Smith and Ivan "
        "Petrov.",
        "The greetings were sent by President Carl Olsen on December 30 to the heads of state of the EU countries, "
        "among them President of Arland John Smith and President of Borduria Ivan Petrov.",
    ):
        assert _pairs(sentence) == {("Carl Olsen", ("John Smith",)), ("Carl Olsen", ("Ivan Petrov",))}, (
            sentence
        )


def test_congratulations_sent_are_a_message() -> None:
    for sentence in (
        "Condolences were sent to President Ana Ruiz by President John Smith after the floods.",
        "Congratulations were also sent to President Ana Ruiz by President John Smith on Monday.",
        "President Ana Ruiz received a call from Prime Minister Lena Holm, while President John Smith also sent "
        "written congratulations to President Ana Ruiz.",
    ):
        assert ("John Smith", ("Ana Ruiz",)) in _pairs(sentence), sentence
    assert (
        _pairs(
            "Freedonian leaders send condolences to Arland.", "Prime Minister Lena Holm condemned the attack."
        )
        == set()
    )
    for spoken in (
        "President John Smith offered condolences to President Ana Ruiz during their meeting on Monday.",
        "President John Smith extended his congratulations to President Ana Ruiz at the summit.",
        "President John Smith sent a condolence message to President Ana Ruiz over the floods.",
    ):
        found = _pairs(spoken)
        assert len(found) <= 1 and ("Ana Ruiz" not in str(found) or "message" in spoken), spoken


def test_a_round_up_of_messages_told_by_their_senders() -> None:
    found = _pairs(
        "Congratulations have been sent to President Ana Ruiz by the heads of several foreign states, her press "
        "service reported on Monday.",
        "Messages arrived on Saturday from Arland President John Smith and Carpanian Prime Minister Lena Holm.",
    )
    assert found == {("John Smith", ("Ana Ruiz",)), ("Lena Holm", ("Ana Ruiz",))}, found


def test_greetings_to_a_group_whose_members_the_next_sentence_congratulates() -> None:
    for second in (
        "On Thursday, the Freedonian President congratulated the President of the Republic of Arland John Smith, "
        "President of Borduria Ivan Petrov and President of the Republic of Carpania Ana Ruiz.",
        "He congratulated John Smith, Ivan Petrov and Maria Lopez on the holiday.",
        "On Thursday, Olsen greeted John Smith, Ivan Petrov and Maria Lopez.",
    ):
        last = "Maria Lopez" if "Lopez" in second else "Ana Ruiz"
        found = _pairs(
            "President Carl Olsen sent congratulatory telegrams to the leaders of neighbouring countries.",
            second,
        )
        assert found == {
            ("Carl Olsen", ("John Smith",)),
            ("Carl Olsen", ("Ivan Petrov",)),
            ("Carl Olsen", (last,)),
        }, (second, found)
    # another congratulates them, or the act is one letter, or it goes to a named person: nothing spelled out
    for first, second in (
        (
            "President Carl Olsen sent congratulatory telegrams to the leaders of neighbouring countries.",
            "Prime Minister Lena Holm congratulated John Smith and Ivan Petrov.",
        ),
        (
            "President Carl Olsen sent telegrams to Prime Minister Lena Holm.",
            "He congratulated John Smith and Ivan Petrov.",
        ),
    ):
        found = _pairs(first, second)
        assert ("Carl Olsen", ("John Smith",)) not in found, (first, second, found)


def test_a_note_the_parser_hangs_on_the_participle_after_it() -> None:
    for sentence in (
        "Ana Ruiz sent John Smith a note expressing concern about the dam.",
        "Ana Ruiz sent John Smith a message expressing concern about the dam.",
    ):
        assert _pairs(sentence) == {("Ana Ruiz", ("John Smith",))}, sentence
    rep = run(report("On July 10, Ana Ruiz sent John Smith a note expressing concern about the dam."))
    (c,) = rep.extraction.communications
    assert (c.date.earliest.month, c.date.earliest.day) == (7, 10), c.date


def test_a_group_whose_members_the_sentence_lists_each_acted() -> None:
    for sentence, kind in (
        (
            "Leaders who wrote to President Ana Ruiz over the weekend included Arland President John Smith, "
            "Borduria's Prime Minister Ivan Petrov and Carpanian Premier Lena Holm.",
            "letter",
        ),
        (
            "Leaders who called President Ana Ruiz on Monday included Arland President John Smith, Borduria's Prime "
            "Minister Ivan Petrov and Carpanian Premier Lena Holm.",
            "call",
        ),
        (
            "Those who wrote to President Ana Ruiz were Arland President John Smith, Borduria's Prime Minister Ivan "
            "Petrov and Carpanian Premier Lena Holm.",
            "letter",
        ),
        (
            "Among the leaders who called President Ana Ruiz were Arland President John Smith, Borduria's Prime "
            "Minister Ivan Petrov and Carpanian Premier Lena Holm.",
            "call",
        ),
    ):
        found = acts(sentence)
        assert {(k, s) for k, s, _ in found} == {
            (kind, "John Smith"),
            (kind, "Ivan Petrov"),
            (kind, "Lena Holm"),
        }, sentence
        assert all(to == ("Ana Ruiz",) for _, _, to in found), found
    # a joint letter stays one
    assert _pairs("John Smith and Lena Holm wrote to President Ana Ruiz.") == {("John Smith", ("Ana Ruiz",))}


def test_a_reply_from_an_office_is_from_the_one_written_to() -> None:
    found = acts(
        "President John Smith sent a telegram of condolences to President Carl Olsen on Monday.",
        "In a reply telegram sent on Tuesday, the Head of State thanked John Smith for the sympathy.",
    )
    assert {(s, to) for _, s, to in found} == {
        ("John Smith", ("Carl Olsen",)),
        ("Carl Olsen", ("John Smith",)),
    }


def test_an_office_is_not_the_one_it_thanks() -> None:
    rep = run(
        report(
            "Carl Olsen has replied to a telegram of condolences from Sylvanian President John Smith over the floods.",
            "Smith's telegram, sent on Monday, expressed condolences.",
            "In a reply telegram sent on Tuesday, the Head of State thanked John Smith for the sympathy.",
        )
    )
    found = {
        (c.sender.name if c.sender else None, tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    }
    assert found == {("John Smith", ("Carl Olsen",)), ("Carl Olsen", ("John Smith",))}, found
    smith = next(p for p in rep.extraction.parties if p.name == "John Smith")
    assert "the Head of State" not in smith.aliases, smith.aliases


def test_given_name_and_patronymic_name_the_person() -> None:
    from lettertrace.names import same_person

    assert same_person("Vladimir Vladimirovich", "Vladimir Petrov")
    assert same_person("Vladimir Petrov", "Vladimir Vladimirovich")
    assert same_person("Anna Sergeyevna", "Anna Volkova")
    assert same_person("Vladimir Vladimirovich Petrov", "Vladimir Petrov")
    assert not same_person("Vladimir Vladimirovich", "Ivan Petrov")
    found = acts(
        "President Vladimir Petrov sent a telegram to President Carl Olsen on Monday.",
        "In his reply on Tuesday, Olsen thanked Vladimir Vladimirovich for his support.",
    )
    assert {(s, to) for _, s, to in found} == {
        ("Vladimir Petrov", ("Carl Olsen",)),
        ("Carl Olsen", ("Vladimir Petrov",)),
    }


def test_a_capitals_place_then_a_dash_then_the_date_opens_a_dateline() -> None:
    rep = run(
        "Olsen replies to Petrov\n\nASTANA. NEWSAGENCY - 9 April 2024, 16:20. President Carl Olsen has replied to a "
        "telegram from President Vladimir Petrov.\n"
    )
    assert str(rep.meta.published) == "2024-04-09"
    rep = run(
        "Olsen replies\n\nThe end - 9 April 2024, President Carl Olsen replied to a telegram from Petrov.\n"
    )
    assert rep.meta.published is None


def test_written_congratulations_arrive_for_the_one_who_received_a_wave_of_them() -> None:
    found = acts(
        "Ana Ruiz, the president-elect, has received a wave of congratulations after her victory on Sunday.",
        "Written congratulations also arrived on Monday from Arland's John Smith and Prime Minister Lena Holm.",
    )
    assert {(s, to) for _, s, to in found} == {("John Smith", ("Ana Ruiz",)), ("Lena Holm", ("Ana Ruiz",))}


def test_an_object_pronoun_is_none_of_the_listed_subjects() -> None:
    found = acts(
        "Finland's new prime minister, Ana Ruiz, has received written congratulations since Sunday's election.",
        "Japan's Prime Minister John Smith, Britain's Lena Holm and Commission President Ivan Petrov all sent "
        "messages to her on Monday.",
    )
    assert found and all(to == ("Ana Ruiz",) for _, _, to in found), found
    assert ("message", "John Smith", ("Ana Ruiz",)) in found


def test_writing_on_behalf_of_another_makes_the_other_the_sender() -> None:
    assert _pairs(
        "On Thursday Lena Holm, writing on behalf of President John Smith, sent a letter to Ivan Petrov."
    ) == {("John Smith", ("Ivan Petrov",))}
    # a party or a government as principal: the writer stays the sender
    assert _pairs("Lena Holm, speaking on behalf of the government, sent a letter to Ivan Petrov.") == {
        ("Lena Holm", ("Ivan Petrov",))
    }


def test_the_office_one_is_appointed_to_is_held() -> None:
    found = _pairs(
        "Prime Minister John Smith has sent a letter of congratulations to Ms. Ana Ruiz on her appointment as the "
        "31st Prime Minister of the Kingdom of Thailand.",
        "On the same occasion, President Ivan Petrov also sent a congratulatory message to the new Thai Prime "
        "Minister.",
    )
    assert found == {("John Smith", ("Ana Ruiz",)), ("Ivan Petrov", ("Ana Ruiz",))}, found


def test_a_letter_a_guest_hands_over_goes_to_the_host() -> None:
    for second in (
        "The guest handed over a letter from President of Arland John Smith.",
        "Holm handed over a letter from President John Smith.",
        "She handed over a letter from President John Smith.",
    ):
        found = _pairs("President Ana Ruiz today received Foreign Minister Lena Holm of Arland.", second)
        assert found == {("John Smith", ("Ana Ruiz",))}, (second, found)
    # no one received the carrier: no addressee is guessed
    assert (
        _pairs(
            "President Ana Ruiz met reporters on Monday.", "Lena Holm handed over a letter from John Smith."
        )
        == set()
    )


def test_a_leader_is_no_minister_under_a_head_of_state() -> None:
    found = _pairs(
        "President Ana Ruiz received Minister of Foreign Affairs of Turkmenistan Lena Holm.",
        "The guest handed over a letter from President of Turkmenistan John Smith.",
        "The letter of the Turkmen leader is a response to the message Ruiz sent in October.",
    )
    assert found == {("John Smith", ("Ana Ruiz",)), ("Ana Ruiz", ("John Smith",))}, found


def test_a_call_in_response_to_a_letter_answers_it() -> None:
    for sentence in (
        "Ana Ruiz phoned John Smith on Monday in response to his letter.",
        "Ana Ruiz called John Smith on Monday in response to a letter from him.",
    ):
        rep = run(report(sentence))
        comms = rep.extraction.communications
        kinds = {(c.kind, c.sender.name if c.sender else None) for c in comms}
        assert kinds == {("call", "Ana Ruiz"), ("letter", "John Smith")}, (sentence, kinds)
        call = next(c for c in comms if c.kind == "call")
        assert call.in_reply_to is not None and comms[call.in_reply_to].kind == "letter", sentence


def test_a_call_described_as_a_response_is_the_reply() -> None:
    rep = run(
        report(
            "Prime Minister Ana Ruiz spoke by phone with President John Smith on Monday.",
            "Her office described the call as a response to Smith's letter of June 12.",
        )
    )
    comms = rep.extraction.communications
    assert {(c.kind, c.sender.name if c.sender else None) for c in comms} == {
        ("call", "Ana Ruiz"),
        ("letter", "John Smith"),
    }
    call = next(c for c in comms if c.kind == "call")
    assert call.in_reply_to is not None and comms[call.in_reply_to].kind == "letter"


def test_a_subscription_call_to_action_is_page_furniture() -> None:
    rep = run(
        "Agency News | Politics\nSubscribe to our Telegram channel for breaking news!\n\n"
        "Leaders exchange greetings\n\nFreeport, January 1, 2025, Agency:\n\n"
        "On December 31, President John Smith had a phone conversation with President Ivan Petrov.\n"
    )
    assert str(rep.meta.published) == "2025-01-01"
    (c,) = rep.extraction.communications
    assert str(c.date.earliest) == "2024-12-31"


def test_a_time_zone_after_a_clock_time_names_no_one() -> None:
    found = acts(
        "13:20 GMT \u2014 Ruiz and Zhao speak",
        "The UN chief spoke by phone this morning with Vice Premier Zhao Lifeng, a UN spokesperson said.",
    )
    assert all("GMT" not in s and "GMT" not in to for _, s, to in found), found
    rep = run(
        report("2024-10-02 18:47 KST", "President John Smith held a phone conversation with Ivan Petrov.")
    )
    assert all(p.name != "KST" for p in rep.extraction.parties)


def test_what_review_found_stays_out() -> None:
    # countries listed after "among them" are no addressees of letters to their leaders
    found = acts(
        "The Prime Minister, John Smith, sent letters to the leaders of EU member states on Tuesday, among them "
        "France and Germany, urging a common position."
    )
    assert not any(to in (("France",), ("Germany",)) for _, _, to in found), found
    # the Head of State is no prime minister
    found = acts(
        "President Amara Kone wrote to Prime Minister Jean Diallo on Monday.",
        "In a reply telegram, the Head of State thanked Kone.",
    )
    assert ("message", "Jean Diallo", ("Amara Kone",)) not in found, found
    # a call answers no third party's letter, nor an open letter
    for sentence in (
        "President Ousmane Barry phoned President Amara Kone on Tuesday in response to a letter from UN "
        "Secretary-General Ana Ruiz urging both men to talk.",
        "Chancellor Hans Brandt phoned President Amara Kone on Tuesday in response to his open letter published "
        "in a newspaper.",
    ):
        assert {k for k, _, _ in acts(sentence)} == {"call"}, sentence


def test_a_letter_sent_to_a_capital_goes_to_the_one_of_that_state_in_the_exchange() -> None:
    found = _pairs(
        "President of Kazakhstan Ivan Petrov on Wednesday received a letter of thanks from President of the Kyrgyz "
        "Republic John Smith.",
        "Petrov's congratulatory telegram, sent to Bishkek last week, praised the alliance.",
    )
    assert found == {("John Smith", ("Ivan Petrov",)), ("Ivan Petrov", ("John Smith",))}, found
    # no one of that state in the report: the state stays
    assert _pairs("Ivan Petrov sent a letter to Moscow on Monday.") == {("Ivan Petrov", ("Russia",))}


def test_what_the_second_review_found_stays_out() -> None:
    # a letter to the government of a state stays the state's
    found = acts(
        "Arland President John Smith wrote to President Hollis Varga last week.",
        "On Tuesday Varga sent a letter to the Arland government demanding compensation.",
    )
    assert ("letter", "Hollis Varga", ("John Smith",)) not in found, found
    # "their letter" is a group's; "his letter to the Parliament" went elsewhere; "her letter" is the caller's own
    for paragraphs in (
        (
            "Forty lawmakers wrote to Prime Minister Aldo Rinaldi on Monday urging a ceasefire.",
            "Rinaldi phoned the group's chair, Ann Cole, on Thursday in response to their letter.",
        ),
        (
            "President Marcel Duval telephoned Prime Minister Aldo Rinaldi on Thursday in response to his letter to "
            "the European Parliament.",
        ),
        (
            "Chancellor Ilse Braun wrote to the European Commission on Monday.",
            "Braun phoned Prime Minister Aldo Rinaldi on Wednesday in response to her letter, seeking his support.",
        ),
    ):
        found = acts(*paragraphs)
        assert not any(
            k == "letter"
            and to in (("Marcel Duval",), ("Ilse Braun",), ("Aldo Rinaldi",))
            and s in ("Ann Cole", "Aldo Rinaldi")
            for k, s, to in found
        ), (paragraphs, found)
    # a zone opening a name the tagger joined to it
    found = acts("09:15 BST - Sunak calls Macron", "Rishi Sunak telephoned Emmanuel Macron this morning.")
    assert all("BST" not in s for _, s, _ in found), found


def test_each_from_of_a_passive_of_receiving_names_a_sender() -> None:
    for sentence in (
        "Messages of sympathy were also received by President Ana Ruiz from John Smith, who sent his message on "
        "Monday, and from Ivan Petrov.",
        "Messages were received by President Ana Ruiz from John Smith and from Ivan Petrov.",
    ):
        assert _pairs(sentence) == {("John Smith", ("Ana Ruiz",)), ("Ivan Petrov", ("Ana Ruiz",))}, sentence
    assert _pairs("A letter was received by President Ana Ruiz from John Smith.") == {
        ("John Smith", ("Ana Ruiz",))
    }
