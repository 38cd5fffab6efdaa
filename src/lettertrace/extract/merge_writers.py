"""Writers known by an office in merging. Told first by an office and then by name ("The president of the
X has written to B ... A wrote to B on Monday"): once merging finds the two tellings state one act, the
office no name holds is that person in the report's other acts too ("a second letter" implies a first one,
of the same writer). But a state's leader known only by the office ("the Norland State President") is
never someone the report names with another office ("Prime Minister C"): :func:`another_leader`."""

from __future__ import annotations

from .. import names
from .draft import Draft
from .mentions import LEADER_OFFICES, ROLE_HEADS, Party, _role_class
from .partners import HONORIFIC_HEADS


def role_only(p: Party) -> bool:
    """A person the report knows only by an office ("the president of the X"), no name."""
    return p.ptype == "person" and bool(p.roles) and p.roles[0] == p.name


def office_of_a_body(office: Party, bodies: list[Party]) -> bool:
    """An office no one is named to that belongs to a body of the report, not to a state: "the UN
    Secretary-General", "the President of the Security Council" (beside "the Security Council"). Such an
    office is not the addressee an earlier letter named ("similar cables to the Emir of Kuwait" after a cable to
    Sheikh A is to A; "identical letters to the President of the Security Council" after a letter to
    President B is not to B)."""
    if not role_only(office):
        return False
    words = names.tokens(office.name)
    for b in bodies:
        for s in {b.name, *b.surfaces}:
            body = names.tokens(s.removeprefix("the "))
            if b.ptype == "org" and body and any(words[i : i + len(body)] == body for i in range(len(words))):
                return True
    return False


def note_named(named: dict[int, Party | None], told: tuple[Party | None, ...], after: Party | None) -> None:
    """Record that merging two tellings of one act, by the writers ``told``, named their writer ``after``:
    an office among ``told`` is that person (an office given two names is no one)."""
    if after is None or after.ptype != "person" or role_only(after):
        return
    for before in told:
        if before is not None and before is not after and role_only(before):
            prior = named.get(before.key, after)
            named[before.key] = after if prior is after else None


def name_writers(drafts: list[Draft], named: dict[int, Party | None]) -> None:
    """Each act still written by (or to) an office merging named elsewhere is written by (or to) that person."""
    for d in drafts:
        if d.sender is not None and (person := named.get(d.sender.key)) is not None:
            if all(r is not person for r in d.recipients):  # never a letter to oneself
                d.sender = person
        for i, r in enumerate(d.recipients):  # "He had telephoned the Prime Minister": its holder, named
            if (
                (person := named.get(r.key)) is not None
                and person is not d.sender
                and person not in d.recipients
            ):
                d.recipients[i] = person


def another_leader(a: Party, b: Party) -> bool:
    """One of two persons is known only as the leader of a state ("the Norland State President", "Spain's
    King") and the other holds another office ("Prime Minister C", "Cardinal D"): two people, whatever else
    they share. (The leader of a body, "the president of the X Union", may be a bishop or a novelist.)"""
    office, person = (a, b) if role_only(a) else (b, a)
    if (
        not role_only(office)
        or role_only(person)
        or any(" of " in f for f in [office.name, *office.surfaces])
    ):
        return False
    head = _office(names.fold(office.name.split()[-1]).lower())
    held = {_office(w) for w in person.role_words(forms=False)} & (ROLE_HEADS | LEADER_OFFICES)
    held -= HONORIFIC_HEADS  # "His Excellency B" holds no office by that
    held |= {"pm"} if "prime" in held else set()  # "the Vestrian premier", "the PM": Prime Minister B
    forms = {_office(w) for w in person.role_words(forms=True)}  # "the monarch" of King B, "the pontiff"
    return head in LEADER_OFFICES and bool(held) and head not in held | forms


def _office(word: str) -> str:
    """The class of an office word, one spelling for one office ("Amir" and "Emir")."""
    return _role_class({"amir": "emir"}.get(word, word))


def head_of_body(a: Party, b: Party) -> bool:
    """One a body, the other a person the report titles by an office of it ("X Authority CEO B", "the X
    Commission chair B" beside "the X Commission", "XA"): the body's letter told again is the one to its
    head ("wrote to X Authority CEO B ... the authority had received the chairman's letter")."""
    if a.ptype == "person":
        a, b = b, a
    if a.ptype != "org" or b.ptype != "person":
        return False
    own = names.tokens(b.name)
    for form in b.surfaces:
        words = names.tokens(form)
        for body in {*a.surfaces, a.name}:
            run = names.tokens(body.removeprefix("the "))
            n = len(run)
            for i in range(len(words) - n):
                if words[i : i + n] == run and words[i + n] not in own and words[i + n :][-len(own) :] == own:
                    return True
    return False
