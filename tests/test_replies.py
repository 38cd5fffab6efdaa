"""Reply links: which earlier communication a letter, message or call answers.

Every text is invented: made-up leaders of made-up countries. The default dateline puts the report
on Thursday 14 March 2024. Each construction is tested in several variants (named parties, roles,
active and nominal forms) through the whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace import link
from lettertrace.link import RMention, cluster_mentions
from lettertrace.models import CommMention, DateInterval, Options, PartyMention, ProcessedReport, RawReport
from lettertrace.pipeline import process_report

DATELINE = "Freeport, 14 March 2024 -"


def run(text: str) -> ProcessedReport:
    raw = RawReport(source="invented.txt", sha256="0" * 64, raw_text=text, fmt="txt")
    return process_report(raw, Options())


def report(*paragraphs: str, headline: str = "Freedonia and Sylvania at odds over river") -> str:
    return "\n\n".join([headline, DATELINE, *paragraphs]) + "\n"


def parties(c: CommMention) -> tuple[str | None, list[str]]:
    return (c.sender.name if c.sender else None), [r.name for r in c.recipients]


def surname(name: str | None) -> str:
    return (name or "").split()[-1]


def reply_pair(rep: ProcessedReport) -> tuple[CommMention, CommMention]:
    """The one communication that answers another, and the one it answers."""
    comms = rep.extraction.communications
    replies = [c for c in comms if c.in_reply_to is not None]
    assert len(replies) == 1, [(parties(c), c.in_reply_to) for c in comms]
    return replies[0], comms[replies[0].in_reply_to]  # type: ignore[index]


def assert_answers(rep: ProcessedReport, replier: str, original: str) -> None:
    reply, answered = reply_pair(rep)
    assert reply is not answered
    rs, rr = parties(reply)
    os_, or_ = parties(answered)
    assert surname(rs) == replier and [surname(x) for x in rr] == [original]
    assert surname(os_) == original and [surname(x) for x in or_] == [replier]


# ---------------------------------------------------------------- replies named as such


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Tomas Kettle on Tuesday replied to President Alma Verhoeven's letter on the dam.",
        "Prime Minister Tomas Kettle on Tuesday sent a reply to President Alma Verhoeven's letter on the dam.",
        "In response to a letter from President Alma Verhoeven, Prime Minister Tomas Kettle wrote to her on"
        " Tuesday about the dam.",
    ],
)
def test_reply_to_a_named_letter(sentence: str) -> None:
    assert_answers(run(report(sentence)), "Kettle", "Verhoeven")


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "President Alma Verhoeven wrote to Prime Minister Tomas Kettle on Monday about the dam.",
            "Kettle replied in a letter on Tuesday that talks were welcome.",
        ),
        (
            "President Alma Verhoeven sent a message to Prime Minister Tomas Kettle on Monday about the dam.",
            "In reply, Kettle sent a message on Tuesday saying that talks were welcome.",
        ),
        (
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday about the dam.",
            "Kettle's reply, sent on Tuesday, said that talks were welcome.",
        ),
    ],
)
def test_reply_to_the_letter_told_before(sentences: tuple[str, str]) -> None:
    assert_answers(run(report(*sentences)), "Kettle", "Verhoeven")


# ---------------------------------------------------------------- 'responded to A, who had written'


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Tomas Kettle sharply responded to President Alma Verhoeven, who had asked him in a"
        " letter to close the dam.",
        "Prime Minister Tomas Kettle replied on Tuesday to President Alma Verhoeven, who had urged him in a"
        " message to close the dam.",
        "Prime Minister Tomas Kettle responded to President Alma Verhoeven, who had sent him a letter"
        " demanding that the dam be closed.",
    ],
)
def test_responded_to_a_party_whose_letter_a_relative_clause_tells(sentence: str) -> None:
    rep = run(report(sentence, "Kettle wrote to Verhoeven that the dam would stay open."))
    assert_answers(rep, "Kettle", "Verhoeven")


# ---------------------------------------------------------------- thanks


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "President Alma Verhoeven has sent a message to Prime Minister Tomas Kettle on Tuesday.",
            "In the message, Verhoeven thanked Kettle for his message of support on the national day.",
        ),
        (
            "President Alma Verhoeven wrote to Prime Minister Tomas Kettle on Tuesday, thanking him for his"
            " letter of good wishes.",
        ),
        (
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Tuesday.",
            "In her letter, the president thanked Kettle for his congratulatory message.",
        ),
    ],
)
def test_thanks_in_a_letter_answer_the_letter_thanked_for(sentences: tuple[str, ...]) -> None:
    rep = run(report(*sentences))
    reply, answered = reply_pair(rep)
    assert surname(parties(reply)[0]) == "Verhoeven"
    assert parties(answered)[1] and surname(parties(answered)[1][0]) == "Verhoeven"
    assert parties(answered)[0] == parties(reply)[1][0]


def test_thanks_outside_any_letter_link_nothing() -> None:
    rep = run(
        report(
            "At a press conference, President Alma Verhoeven thanked Prime Minister Tomas Kettle for his"
            " letter of good wishes."
        )
    )
    comms = rep.extraction.communications
    assert [parties(c) for c in comms] == [("Tomas Kettle", ["Alma Verhoeven"])]
    assert comms[0].in_reply_to is None


# ---------------------------------------------------------------- a reproduced letter addressing 'you'


def _reproduced(body: str, sign: bool) -> str:
    foot = "\n\nPresident Alma Verhoeven\nPresident of Freedonia" if sign else ""
    return report(
        "President Alma Verhoeven sent a message to Prime Minister Tomas Kettle of Sylvania.",
        "Here is the full text of the message:",
        "\u201cMr. Prime Minister,\n\n" + body + foot,
    )


@pytest.mark.parametrize(
    ("body", "sign"),
    [
        (
            "I received with great interest the message you sent me on our national day.\n\n"
            "I thank you for your warm wishes and for the friendship of our two peoples.",
            False,
        ),
        (
            "I read carefully the letter that you wrote to me last week.\n\n"
            "Our two countries will work together on the river.",
            True,
        ),
        (
            "Thank you for your letter of last week, which I read with great care.\n\n"
            "Our two countries will work together on the river.",
            False,
        ),
    ],
)
def test_a_reproduced_letter_answers_the_letter_its_addressee_sent(body: str, sign: bool) -> None:
    rep = run(_reproduced(body, sign))
    assert_answers(rep, "Verhoeven", "Kettle")


@pytest.mark.parametrize(
    "body",
    [
        "I write to you about the river that our two peoples share.\n\nWe must talk.",
        "I regret that in your letters to the governors nothing is said about the river.\n\nWe must talk.",
        "I welcome the position that your government set out in your speech.\n\nWe must talk.",
    ],
)
def test_a_reproduced_letter_naming_no_letter_sent_to_its_writer_answers_nothing(body: str) -> None:
    rep = run(_reproduced(body, True))
    comms = rep.extraction.communications
    assert all(c.in_reply_to is None for c in comms)
    assert [surname(parties(c)[0]) for c in comms] == ["Verhoeven"]


# ---------------------------------------------------------------- across reports


def _rm(
    report: str, local: int, sender: str, recipient: str, content: str, reply: int | None, day: int = 0
) -> RMention:
    who = {"v": PartyMention("Alma Verhoeven", "person"), "k": PartyMention("Tomas Kettle", "person")}
    date = DateInterval(dt.date(2024, 3, day), dt.date(2024, 3, day), "day") if day else DateInterval()
    comm = CommMention("letter", who[sender], (who[recipient],), date, (), in_reply_to=reply)
    return RMention(
        report,
        f"/in/{report}.txt",
        local,
        comm,
        "e-" + sender,
        ("e-" + recipient,),
        [],
        content,
        digest="d-" + report,
        party_words=link._party_words(comm),
    )


def _groups(ms: list[RMention]) -> set[frozenset[tuple[str, int]]]:
    return {frozenset(ms[i].key for i in g) for g in cluster_mentions(ms)}


@pytest.mark.parametrize("third", [False, True])
def test_letters_answered_by_one_reply_in_two_reports_are_one_letter(third: bool) -> None:
    reply = "dam talks welcome river agreement signed spring"
    ms = [
        _rm("a", 0, "v", "k", reply, 1),
        _rm("a", 1, "k", "v", "national day wishes", None),
        _rm("b", 0, "v", "k", reply, 1),
        _rm("b", 1, "k", "v", "support position border question", None),
    ]
    if third:  # a third report with a third undated letter of Kettle's that nothing answers stays apart
        ms.append(_rm("c", 0, "k", "v", "fishing quotas harbour", None))
    groups = _groups(ms)
    assert frozenset({("a", 0), ("b", 0)}) in groups
    assert frozenset({("a", 1), ("b", 1)}) in groups


def test_letters_answered_by_two_different_replies_stay_apart() -> None:
    ms = [
        _rm("a", 0, "v", "k", "dam talks welcome river", 1, day=4),
        _rm("a", 1, "k", "v", "national day wishes", None),
        _rm("b", 0, "v", "k", "fishing quotas harbour closed", 1, day=11),
        _rm("b", 1, "k", "v", "support position border question", None),
        _rm("b", 2, "k", "v", "trade fair invitation", None),
    ]
    groups = _groups(ms)
    assert frozenset({("a", 0)}) in groups and frozenset({("b", 0)}) in groups
    assert not any({("a", 1), ("b", 1)} <= g for g in groups)
