"""Who said a quote, by construction of English. Invented reports about made-up leaders only."""

from __future__ import annotations

import pytest

from lettertrace.models import Options, ProcessedReport, Quote, RawReport
from lettertrace.pipeline import process_report


def run(text: str) -> ProcessedReport:
    raw = RawReport(source="invented.txt", sha256="0" * 64, raw_text=text, fmt="txt")
    return process_report(raw, Options(prefilter=False))


def report(*paragraphs: str) -> str:
    return (
        "\n\n".join(["Freedonia and Sylvania trade words over dam", "Freeport, 14 March 2024 -", *paragraphs])
        + "\n"
    )


def _q(rep: ProcessedReport, words: str) -> Quote:
    found = [q for q in rep.extraction.quotes if q.text.startswith(words)]
    assert len(found) == 1, [q.text for q in rep.extraction.quotes]
    return found[0]


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


# ---------------------------------------------------------------- an outlet relays, it does not speak


@pytest.mark.parametrize(
    "sentence",
    [
        'President Alma Verhoeven also invited the delegation to the capital "as friends and as partners in '
        'the river basin," Harbourview added.',
        'President Alma Verhoeven also invited the delegation to the capital "as friends and as partners in '
        'the river basin," the newspaper added.',
        'President Alma Verhoeven also invited the delegation to the capital "as friends and as partners in '
        'the river basin," the agency added.',
    ],
)
def test_outlet_that_adds_a_quote_is_not_its_speaker(sentence: str) -> None:
    rep = run(
        report(
            "Aides to President Alma Verhoeven told Harbourview online news that the talks went well.",
            sentence,
        )
    )
    q = _q(rep, "as friends and as partners")
    assert speaker(q) == "Alma Verhoeven"


@pytest.mark.parametrize(
    "frame",
    [
        "according to the website Harbourview",
        "according to Harbourview newspaper",
        "according to the Harbourview daily",
    ],
)
def test_according_to_an_outlet_gives_no_outlet_speaker(frame: str) -> None:
    rep = run(
        report(
            f'The river will "never again be closed to the farmers of the valley," {frame}.',
        )
    )
    q = _q(rep, "never again be closed")
    assert speaker(q) is None or "Harbourview" not in (speaker(q) or "")


# ---------------------------------------------------------------- a pronoun after a quote


@pytest.mark.parametrize("pronoun_frame", ["he added", "he wrote", "he said"])
def test_pronoun_after_a_quote_takes_that_quotes_speaker(pronoun_frame: str) -> None:
    rep = run(
        report(
            "President Alma Verhoeven met Prime Minister Tomas Kettle at the border on Monday.",
            'Prime Minister Tomas Kettle said: "We have asked for nothing more than a fair share of the water."',
            f'"Our farmers have waited three summers and will not wait a fourth one," {pronoun_frame}.',
        )
    )
    q = _q(rep, "Our farmers have waited")
    assert speaker(q) == "Tomas Kettle"


# ---------------------------------------------------------------- a free-standing quote after reported speech


@pytest.mark.parametrize(
    "intro",
    [
        "Prime Minister Tomas Kettle told President Alma Verhoeven that the dam would be finished in May.",
        "Prime Minister Tomas Kettle said the dam would be finished in May.",
        "Prime Minister Tomas Kettle insisted that the dam would be finished in May.",
    ],
)
def test_quote_in_own_paragraph_after_reported_speech(intro: str) -> None:
    rep = run(
        report(
            intro,
            '"Nothing that was agreed in the old treaty gives a neighbour the right to stop our work."',
        )
    )
    q = _q(rep, "Nothing that was agreed")
    assert speaker(q) == "Tomas Kettle"


@pytest.mark.parametrize(
    "intro",
    [
        "Prime Minister Tomas Kettle said his country had shown patience for years.",
        "Prime Minister Tomas Kettle said that his country had shown patience for years.",
        "Prime Minister Tomas Kettle stressed that his country had shown patience for years.",
    ],
)
def test_quote_sentence_after_reported_speech_in_same_paragraph(intro: str) -> None:
    rep = run(report(f'{intro} "We have also acted with restraint in the face of every provocation."'))
    q = _q(rep, "We have also acted")
    assert speaker(q) == "Tomas Kettle"


# ---------------------------------------------------------------- a verb inside a noun's modifier frames nothing


@pytest.mark.parametrize(
    "tail",
    [
        "from the fact that President Alma Verhoeven had declared the border closed.",
        "given the claim that President Alma Verhoeven had announced a closure.",
        "from the way President Alma Verhoeven had described the border.",
    ],
)
def test_speech_verb_in_a_noun_modifier_is_not_the_frame(tail: str) -> None:
    rep = run(
        report(
            'Prime Minister Tomas Kettle said: "We have received clear evidence of a plan against the dam."',
            f'"That this plan was prepared long in advance is now evident" {tail}',
        )
    )
    q = _q(rep, "That this plan was prepared")
    assert speaker(q) == "Tomas Kettle"


# ---------------------------------------------------------------- reported clause inside a speech verb


@pytest.mark.parametrize(
    "frame",
    [
        "Prime Minister Tomas Kettle told President Alma Verhoeven that Sylvania would continue",
        "Prime Minister Tomas Kettle said Sylvania would continue",
        "Prime Minister Tomas Kettle assured President Alma Verhoeven that his government would continue",
    ],
)
def test_outer_speech_verb_gives_the_speaker(frame: str) -> None:
    rep = run(report(f'{frame} "to keep the gates open, to keep the water flowing and to keep talking."'))
    q = _q(rep, "to keep the gates open")
    assert speaker(q) == "Tomas Kettle"


# ---------------------------------------------------------------- the letter as speaker


@pytest.mark.parametrize(
    "frame",
    [
        "The letter, signed by Prime Minister Tomas Kettle, read",
        "The letter, written by Prime Minister Tomas Kettle, said",
        "The letter from Prime Minister Tomas Kettle said",
    ],
)
def test_letter_signed_by_someone_is_theirs(frame: str) -> None:
    rep = run(
        report(
            "President Alma Verhoeven wrote to the United Nations about the dam last week.",
            f'{frame}: "The people of Sylvania will not give up one drop of the water that is theirs."',
        )
    )
    q = _q(rep, "The people of Sylvania")
    assert speaker(q) == "Tomas Kettle"


@pytest.mark.parametrize("verb", ["warned", "said", "stated"])
def test_the_note_refers_back_to_a_note_from_someone(verb: str) -> None:
    rep = run(
        report(
            "President Alma Verhoeven was answering a note from Prime Minister Tomas Kettle about the dam.",
            f'Dated May 3, the note {verb} that the water supply "will change to the disadvantage of the valley."',
        )
    )
    q = _q(rep, "will change to the disadvantage")
    assert speaker(q) == "Tomas Kettle"


@pytest.mark.parametrize(
    ("sent", "frame"),
    [
        ("sent a message of condolence to", '"Freedonia grieves with Sylvania," the message read.'),
        ("sent a message to", 'The message read: "Freedonia grieves with Sylvania."'),
        ("sent a note to", '"Freedonia grieves with Sylvania," her note read.'),
        ("sent a letter to", '"Freedonia grieves with Sylvania," the letter read.'),
        ("sent a cable to", '"Freedonia grieves with Sylvania," the cable stated.'),
    ],
)
def test_the_message_read_is_its_senders_words_from_that_message(sent: str, frame: str) -> None:
    """'the message read' (which the parser takes for one noun phrase, 'read' a noun): the words are
    the message's, so its sender's."""
    rep = run(
        report(
            f"President Alma Verhoeven {sent} Prime Minister Tomas Kettle of Sylvania on Tuesday.",
            "Kettle met the Freedonian ambassador at the summit on Wednesday.",
            frame,
        )
    )
    q = _q(rep, "Freedonia grieves")
    assert speaker(q) == "Alma Verhoeven"
    sent_by = [
        i
        for i, c in enumerate(rep.extraction.communications)
        if c.sender and c.sender.name == "Alma Verhoeven"
    ]
    assert q.communication in sent_by


@pytest.mark.parametrize(
    ("paragraphs", "writer"),
    [
        (
            (
                "General Secretary of the Workers Party of Freedonia (WPF) Central Committee and State President"
                " Karl Olsen has sent a congratulatory message to newly-elected General Secretary of the"
                " Sylvanian Party (SP) Central Committee Tomas Kettle.",
                "Mr. Tomas Kettle is elected General Secretary of the Sylvanian Party Central Committee.",
                "In his message, the Freedonian leader said the election of comrade Tomas Kettle shows the trust"
                " the people have in him.",
            ),
            "Karl Olsen",
        ),
        (
            (
                "President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle of Sylvania.",
                "Mr. Tomas Kettle was re-elected on Sunday.",
                "In her letter, the Freedonian leader said the election of Tomas Kettle shows the trust of his"
                " people.",
            ),
            "Alma Verhoeven",
        ),
        (
            (
                "President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle of Sylvania.",
                "Mr. Tomas Kettle was re-elected on Sunday.",
                "Kettle wrote back to Verhoeven on Tuesday.",
                "In his letter, the Sylvanian leader said the election of Tomas Kettle shows the trust of his"
                " people.",
            ),
            "Tomas Kettle",  # the addressee wrote back: 'he' is his
        ),
    ],
)
def test_he_wrote_after_a_letter_to_the_man_just_named_is_the_writers(
    paragraphs: tuple[str, ...], writer: str
) -> None:
    """'..., he wrote' after the account of A's letter to B, B named last: the words are the letter's,
    A's, unless the report tells that B wrote too."""
    rep = run(report(*paragraphs, '"Sylvania will prosper under your leadership," he wrote.'))
    q = _q(rep, "Sylvania will prosper")
    assert speaker(q) == writer
    comms = rep.extraction.communications
    assert q.communication is not None and comms[q.communication].sender.name == writer  # type: ignore[union-attr]


# ---------------------------------------------------------------- links: reported speech does not end a letter's account


@pytest.mark.parametrize(
    "aside",
    [
        "The visits of her envoys had brought nothing, she said.",
        "She said the visits of her envoys had brought nothing.",
        "She said that the meetings of her envoys had brought nothing.",
    ],
)
def test_letter_quote_after_reported_speech_about_visits_stays_linked(aside: str) -> None:
    rep = run(
        report(
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday about the dam.",
            f"In the letter, she asked for a halt to the works. {aside}",
            '"We have now seen clear evidence that the river is being diverted," Verhoeven said.',
        )
    )
    q = _q(rep, "We have now seen clear evidence")
    assert speaker(q) == "Alma Verhoeven"
    letters = [i for i, c in enumerate(rep.extraction.communications) if c.kind == "letter"]
    assert q.communication in letters


# ---------------------------------------------------------------- subjects the parser loses, groups, officials


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        ("President Verhoeven", "Alma Verhoeven"),
        ("Verhoeven", "Alma Verhoeven"),
        ("President Brandt", "Ivo Brandt"),
    ],
)
def test_headline_quote_after_a_letter_to_b_is_the_senders(head: str, sender: str) -> None:
    # with a colon, a dash or "Prime Minister B" the headline's letter is not found yet (extraction)
    text = (
        f"{head} Letter To Kettle 'Do not be a stubborn man. Do not be a fool'\n\n"
        "Freeport, 14 March 2024 -\n\n"
        f"President {sender} wrote to Prime Minister Tomas Kettle on Monday about the dam.\n"
    )
    q = _q(run(text), "Do not be a stubborn man")
    assert speaker(q) == sender


@pytest.mark.parametrize(
    "office",
    [
        "secretary of the Synod of the Valley",
        "chairman of the Board of the River Authority",
        "head of the Office of the Northern Bank",
    ],
)
def test_a_speaker_with_a_long_apposition_before_said(office: str) -> None:
    rep = run(
        report(
            "Speaking to reporters about the letter from President Alma Verhoeven to Prime Minister Tomas Kettle, "
            f'Doctor Ivo Brandt, {office} said it "is a way of showing the deep respect that the valley has '
            'for the people of the other bank."'
        )
    )
    assert speaker(_q(rep, "is a way of showing")) == "Ivo Brandt"


@pytest.mark.parametrize(
    "group",
    [
        "Several members of the cabinet, including Ivo Brandt,",
        "Three ministers, including Ivo Brandt,",
        "Some advisers, including Ivo Brandt,",
    ],
)
def test_a_group_including_one_named_member_speaks_through_that_member(group: str) -> None:
    rep = run(
        report(f'{group} urged the president "to ignore the second letter and to answer the first one."')
    )
    assert speaker(_q(rep, "to ignore the second letter")) == "Ivo Brandt"


@pytest.mark.parametrize(
    "org", ["Sylvanian Water Ministry", "Northern River Authority", "Freedonian Foreign Ministry"]
)
def test_an_unnamed_official_speaks_for_the_organisation_and_again_as_the_official(org: str) -> None:
    rep = run(
        report(
            "President Alma Verhoeven telephoned Prime Minister Tomas Kettle on Monday about the dam.",
            f"In answer to a question about the call with the prime minister, a senior {org} official said "
            'the government was "in constant contact with the farmers of the valley."',
            'The official added that the ministry was asking its partners "to keep the gates open and the '
            'water flowing until the autumn."',
        )
    )
    first = speaker(_q(rep, "in constant contact"))
    assert first is not None and org.split()[-1] in first
    assert speaker(_q(rep, "to keep the gates open")) == first


@pytest.mark.parametrize(
    "lead",
    [
        "But before reconciliation comes forgiveness, according to Prime Minister Tomas Kettle.",
        "Forgiveness must come first, according to Prime Minister Tomas Kettle.",
        "According to Prime Minister Tomas Kettle, forgiveness must come first.",
    ],
)
def test_a_free_standing_quote_after_according_to_x_is_xs(lead: str) -> None:
    rep = run(report(lead, '"It is time to say let us reconcile, but first ask for forgiveness."'))
    assert speaker(_q(rep, "It is time to say")) == "Tomas Kettle"


@pytest.mark.parametrize(
    "later",
    [
        'The president of the Northern Council stressed that "no talks can take place without us".',
        '"No talks can take place without us," the chairwoman of the Northern Council said.',
        'In the letter, the head of the Northern Council wrote that "no talks can take place without us".',
    ],
)
def test_another_word_for_the_same_office_of_the_same_body_is_its_named_holder(later: str) -> None:
    rep = run(
        report(
            "The head of the Northern Council, Helena Marsh, has sent a reply to Prime Minister Tomas Kettle.",
            "Prime Minister Tomas Kettle had written to her on Monday.",
            later,
        )
    )
    q = next(q for q in rep.extraction.quotes if "talks" in q.text.lower())
    assert speaker(q) == "Helena Marsh"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "Grand Imam Omar Hadi of Ostmark paid tribute to President Ana Berg on her tenth year in office.",
            'The 77-year-old Grand Imam, who took office in 2010, wrote, "I proudly salute your journey."',
        ),
        (
            "Cardinal Paolo Venn of Ostmark sent greetings to President Ana Berg on Monday.",
            '"I proudly salute your journey," the Cardinal wrote.',
        ),
        (
            "Sheikh Omar Hadi of Ostmark sent greetings to President Ana Berg on Monday.",
            'In his message, the Sheikh said: "I proudly salute your journey."',
        ),
    ],
)
def test_a_title_without_a_name_is_the_one_person_named_with_it(first: str, later: str) -> None:
    rep = run(report(first, later))
    q = _q(rep, "I proudly salute")
    assert speaker(q) in ("Omar Hadi", "Paolo Venn")
