"""Session 46: letters of past centuries. Month abbreviations of the time ("12th Novr. 1768", "Jany."),
"I have by this Packet wrote to B", a heading's addressee that is no other party sharing a word of the
name ("to Margaret Harlow" beside "the Harlow Family Papers"), and words a letter's writer reports another
person said ("The Speaker, Mr. A, told me that '...'"). Texts are invented."""

from __future__ import annotations

import datetime as dt

from lettertrace.extract import datex
from lettertrace.meta_dates import find_dates
from test_extract import run


def test_month_abbreviations_of_old_letters() -> None:
    assert [m.date for m in find_dates("Portsmouth, 12th Novr. 1768")] == [dt.date(1768, 11, 12)]
    assert [m.date for m in find_dates("Recd. 9th Jany. 1769")] == [dt.date(1769, 1, 9)]
    assert [m.date for m in find_dates("Tuesday 9th Octr. 1794")] == [dt.date(1794, 10, 9)]
    found = datex.find_dates("on 3 Septr. 1790", dt.date(2024, 3, 14))
    assert [(m.interval.earliest, m.interval.latest) for m in found] == [(dt.date(1790, 9, 3),) * 2]
    assert not find_dates("Octroi 12 1790")  # no month


_HEADED = """Colonial papers, item 7

Gov. Thomas Farley to the Earl of Dunmere
Portsmouth, 12th Novr. 1768

My Lord,

I have the honour to acknowledge the receipt of your Lordship's despatch of the 20th of August.

The Speaker, Mr. Roland Pike, told me plainly in my own closet that "the House will give up its life
sooner than its right to petition the Throne," and I believe he spoke the sense of the House.

I have by this same packet wrote to General Amos Rudd at New York, to apprize him of the temper of
this colony.

I have the honour to be, my Lord,
your Lordship's most obedient servant
Thos. Farley
"""


def test_headed_letter_of_an_old_month_and_the_writers_own_acts() -> None:
    rep = run(_HEADED)
    comms = {(c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)): c for c in
             rep.extraction.communications}  # fmt: skip
    main = comms[("Thomas Farley", ("Earl of Dunmere",))]
    assert main.date.earliest == dt.date(1768, 11, 12)
    assert any(k[0] == "Thomas Farley" and k[1] and k[1][0].endswith("Rudd") for k in comms), comms.keys()


def test_words_another_said_inside_a_letter_are_that_persons() -> None:
    rep = run(_HEADED)
    q = next(q for q in rep.extraction.quotes if q.text.startswith("the House will give up"))
    assert q.speaker is not None and q.speaker.name == "Roland Pike"
    assert q.communication is None  # said in the writer's closet, not written in the letter


_FAMILY = """THE HARLOW FAMILY LETTERS, 1788-1802
Digital edition, Letter 41

From Elias Harlow to Margaret Harlow, 9 October 1794

Carlisle, 9 October 1794

My dearest Peggy,

The town is full of militia and the men talk of nothing but the march over the mountains.

Thy ever affectionate husband
E. Harlow

Source: Harlow Family Papers, Box 3, folder 12.
"""


def test_heading_addressee_is_the_person_named_not_a_body_sharing_a_word() -> None:
    rep = run(_FAMILY)
    assert any(
        c.recipients and c.recipients[0].name == "Margaret Harlow" for c in rep.extraction.communications
    ), [(c.sender, c.recipients) for c in rep.extraction.communications]
