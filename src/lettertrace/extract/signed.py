"""An office that writes, signed by its holder: 'Letter dated ... from the Permanent Representative of X
addressed to the Secretary-General' above a text that ends '(Signed) A / Ambassador / Permanent
Representative'. The holder who signs is the sender; the office is his role.

And an office the report names its holder with, before or after: 'A wrote to the Chief Electoral
Officer on Sunday. ... Chief Electoral Officer B could not be reached': the party is B."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import names
from ..names import content_words
from ..nlp import text_of
from .draft import Draft
from .index import PartyIndex
from .mentions import ROLE_HEADS, Party, _add_role, strip_titles
from .merge import _role_only
from .office_fit import _other_place, same_stem, states_of
from .office_kinds import titles_only

# A signature line marked as such in a document's copy ("(Signed) A", "Signed: A", "[signed] A").
SIGNED = re.compile(r"(?m)^[ \t]*[(\[]?signed[)\]:]?[ \t]+(\S[^\n]*)$", re.I)
# How many lines under the name may give the signer's titles.
TITLE_LINES = 3


def sign_offices(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> None:
    """A written act whose sender is an office no name holds takes the person who signed the report's copy
    when the titles under the signature name that office (every word of it but the place)."""
    text = text_of(doc)
    for m in SIGNED.finditer(text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        keys = {idx.tok2party[t.i] for t in span or () if t.i in idx.tok2party}
        signers = [idx.parties[k] for k in keys if idx.parties[k].ptype == "person"]
        if len(signers) != 1:
            continue
        signer = signers[0]
        _whole_name(signer, m.group(1).strip())
        titles = text[m.end() :].lstrip("\n").split("\n")[:TITLE_LINES]
        words = set().union(*(content_words(t) for t in titles if len(t.split()) <= 8))
        for d in drafts:
            office = d.sender
            if d.kind == "call" or office is None or office is signer or office.ptype == "state":
                continue
            head = content_words(office.name.split(" of ")[0])
            named_office = _role_only(office) or office.ptype == "org" and bool(head & ROLE_HEADS)
            if named_office and head and head <= words:
                _add_role(signer, office.name)
                d.sender = signer
        heading = _heading_above(text, drafts, m.start())
        if heading is not None and heading.sender is not None and _role_only(heading.sender):
            _add_role(signer, heading.sender.name)  # "(Signed) A" closing the text of "Letter dated ...
            heading.sender = signer  # from the Secretary-General addressed to ...", with no titles under it


def _whole_name(signer: Party, line: str) -> None:
    """'(Signed) Ri Chol Man' where the recogniser tagged 'Chol Man': the signed line is the whole name."""
    words = line.split()
    if (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words)
        and line != signer.name
        and line.endswith(" " + signer.name)
        and strip_titles(line) == line
    ):
        signer.add_surface(line)
        signer.name = line


def _heading_above(text: str, drafts: list[Draft], at: int) -> Draft | None:
    """The letter whose heading opens a line above ``at`` ("Letter dated 12 March from the Secretary-General
    addressed to ..."), the last such heading before it, when no other signature comes between."""
    heads = [
        d
        for d in drafts
        if d.kind != "call"
        and d.trigger.idx < at
        and text[: d.trigger.idx].rstrip(" \t").endswith("\n")
        and d.trigger.lemma_.lower() in ("letter", "note")
    ]
    if not heads:
        return None
    last = max(heads, key=lambda d: d.trigger.idx)
    return None if SIGNED.search(text, last.trigger.idx, at) else last


def name_office_holders(idx: PartyIndex, drafts: list[Draft]) -> None:
    """A party known only by an office that exactly one named person of the report carries as the title
    before the name ("Chief Electoral Officer B"; "board president B" for "the president of the X School
    Board") is that person, wherever the report names him."""
    for d in drafts:  # never the other side of the same act ("A wrote to his Ostravian counterpart")
        sender = d.sender
        d.sender = _holder(idx, sender, d.recipients) if sender is not None else None
        d.recipients = [_holder(idx, r, [sender] if sender else []) for r in d.recipients]


def _holder(idx: PartyIndex, office: Party, others: list[Party]) -> Party:
    if not _office_named(office):
        return office
    forms = {names.fold(names.strip_leading_article(f)).lower() for f in [office.name, *office.surfaces]}
    words = set().union(*(content_words(f) for f in [*forms, office.name, *office.surfaces]))  # "EU's": "eu"
    titles = {  # each named person's titles as written before the name, and the roles told of him
        p.key: [_title_of(s, p.name) for s in p.surfaces]
        + [names.fold(names.strip_leading_article(r)).lower() for r in p.roles]
        for p in idx.live()
        if p.ptype == "person"
    }
    holders = [
        p
        for p in idx.live()
        if p.ptype == "person"
        and not _office_named(p)
        and all(p.key != o.key for o in others)
        and not titles_only(p.name)
        and any(_fits_title(t, forms, words) for t in titles[p.key])
        and not _of_another_state(office, p)
        and _as_elect(forms) <= {w for t in titles[p.key] for w in re.split(r"[\s-]+", t)}
    ]  # "the prime minister-elect" is no prime minister in office
    if len(holders) != 1:
        return office
    for s in office.surfaces:
        holders[0].add_surface(s)
    return holders[0]


def _as_elect(forms: set[str]) -> set[str]:
    """'elect' or 'designate' where the office is named as one to be taken up ("the prime minister-elect")."""
    return {w for f in forms for w in re.split(r"[\s-]+", f) if w in ("elect", "designate")}


def _of_another_state(office: Party, p: Party) -> bool:
    """The office names a state ("the Ostravian prime minister") and the report ties the person to others
    only ("Prime Minister A of Borduria"): someone else holds it."""
    said = frozenset().union(*(names.states_named(f) for f in [office.name, *office.surfaces]))
    theirs = states_of(p)  # "Scotland's First Minister" is not "Wales's First Minister, A"
    return (
        bool(said) and bool(theirs) and not said & theirs or any(_other_place(f, p) for f in office.surfaces)
    )


def _title_of(surface: str, name: str) -> str:
    """'Chief Electoral Officer' of 'Chief Electoral Officer B' (nothing when the form is no title + name)."""
    if not surface.endswith(" " + name):
        return ""
    return names.fold(names.strip_leading_article(surface[: -len(name)].strip())).lower()


def _office_named(p: Party) -> bool:
    """A person the report knows by an office alone ("the Chief Election Commissioner")."""
    last = names.fold(p.name.split()[-1]).lower() if p.name.split() else ""
    return p.ptype == "person" and (_role_only(p) or last in ROLE_HEADS or last == "officer")


def _fits_title(title: str, forms: set[str], words: set[str]) -> bool:
    """The title is the office as written, or two or more of its words ("board president" for "the
    president of the X School Board"; never a bare "President" for any president of anything)."""
    own = content_words(title)  # a demonym fits its place ("Dravian president", "the president of Dravia")
    return bool(title) and (
        title in forms or len(own) >= 2 and all(w in words or same_stem(w, words) for w in own)
    )
