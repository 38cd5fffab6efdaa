"""Resolve the parties named in every report to register entities.

Report-local parties (with every surface form the report used) are clustered across
reports: people by the name rules of :mod:`lettertrace.names` (titles, honorifics,
transliteration variants, fuzzy match), organisations and states by their content words
and acronyms, and both through the documented alias file ``data/aliases.yaml``.
Role-only parties ("the president of the Security Council") stay scoped to their report.

The result does not depend on the order of the members: they are put in a canonical order first
(report content digest, report id, name), every union is decided on pairs taken in that order, and
every remaining choice (an entity's display name) is broken by the names themselves.

A name given with initials ("M. J. Doe") joins the one full name it fits ("Maria Doe"), never two.

Patronymic names ("Khalid bin Omar", son of Omar) are one person only when their given names agree:
"Omar bin Yusuf Al Rashed" (the father) is not "Khalid bin Omar bin Yusuf Al Rashed" (the son),
although the father's name tokens are an ordered part of the son's; and "bin Yusuf Al Rashed", a name
with no given name that father and son share, joins the one person it fits, never two.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from anyascii import anyascii

from . import names
from .actors import Actor, epithets, known_actors, known_offices  # noqa: F401
from .models import PartyMention
from .name_letters import regnal_number
from .name_shorts import slavic_spellings
from .name_singles import family_name_fits, given_name_only, offices_named
from .names import content_words, initials_match, org_key


@dataclass
class Member:
    """One party of one report."""

    report: str
    party: PartyMention
    digest: str = ""  # content digest of the report: its place in the canonical order

    @property
    def key(self) -> tuple[str, str]:
        return (self.report, self.party.name)

    @property
    def order(self) -> tuple[str, str, str, str]:
        """Canonical sort key: independent of the order reports were read or stored."""
        return (self.digest, self.report, self.party.name, self.party.ptype)


@dataclass
class Entity:
    id: str
    name: str
    etype: str
    wikidata: str | None = None
    aliases: list[tuple[str, str, str]] = field(default_factory=list)  # (alias, kind, report)
    roles: list[dict[str, str | None]] = field(default_factory=list)


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, i: int) -> int:
        while self.p[i] != i:
            self.p[i] = self.p[self.p[i]]
            i = self.p[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def _role_only(p: PartyMention) -> bool:
    """A person the report knows only by an office ("the president of the council", "Kuwait's
    Ambassador", "Belarus Ambassador": the phrase ends in a title word, so no name is in it)."""
    words = names.tokens(p.name)
    return (
        p.ptype == "person"
        and p.role is not None
        and p.role.lower().endswith(p.name.lower())
        and (
            p.name[:1].islower()
            or p.name.lower().startswith(("the ", "a "))
            or not re.search(r"[A-Z]", p.name[1:])
            or (len(words) > 1 and words[-1] in names.title_words())
        )
    )


def _actor_of(p: PartyMention) -> int | None:
    forms = (p.name, *p.aliases)
    if (
        p.ptype == "person"
        and not _role_only(p)
        and len(names.core_tokens(p.name)) >= 2
        and not _phrase(p.name)
    ):
        # a person the report names in full is an actor by a name, never by an office alone: the office
        # the report also calls them by ("the Leader", "X's president") names the holder the alias
        # file knows, and the report's person may hold it at another time or in another story
        return _actor_of_forms(p.ptype, forms, True, True)
    # a person the report names in full: a one-word form must be the actor's own spelling; a variant
    # spelling of the surname alone ("Erdogen") is not enough when the full name ("Lena Erdogen") differs
    full = p.ptype == "person" and any(len(names.core_tokens(f)) >= 2 for f in forms)
    return _actor_of_forms(p.ptype, forms, full)


@cache
def _actor_of_forms(
    ptype: str, forms: tuple[str, ...], full: bool = False, by_name: bool = False
) -> int | None:
    for i, a in enumerate(known_actors()):
        if a.etype == "person" and ptype == "person":
            aliases = _name_aliases()[i] if by_name else a.aliases
            if any(_person_alias_match(f, al, full) for f in forms for al in aliases):
                return i
        elif a.etype != "person" and ptype != "person":
            keys = {org_key(x) for x in a.aliases}
            if any(org_key(f) in keys for f in forms):
                return i
    return None


def _phrase(name: str) -> bool:
    """A form read as a phrase, not a name: "the ...", "... of ...", "X's ..."."""
    toks = names.tokens(name)
    return toks[:1] == ["the"] or "of" in toks or "'s" in name or "’s" in name


@cache
def _name_aliases() -> tuple[tuple[str, ...], ...]:
    """For each known actor, the aliases that name it ("Pope Francis", "Haniya", "Jorge Mario Bergoglio",
    "AMLO"), not the offices and descriptions the alias file also lists ("Leader of the Islamic
    Revolution", "Hamas chief", "the Holy Father"): an alias of titles that carries no word of the
    actor's own name, or one read as a phrase ("the ...", "... of ...", "X's ...")."""
    out = []
    titles = names.title_words()
    for actor in known_actors():
        own = names.core_tokens(actor.name)
        kept = []
        for al in actor.aliases:
            toks = names.tokens(al)
            named = any(x == y or names.token_match(x, y) for x in own for y in names.core_tokens(al))
            phrase = _phrase(al)
            if named and not phrase or not phrase and not set(toks) & titles:
                kept.append(al)
        out.append(tuple(kept))
    return tuple(out)


def _person_alias_match(form: str, alias: str, exact_short: bool = False) -> bool:
    cf, ca = names.core_tokens(form), names.core_tokens(alias)
    if len(cf) == 1 and names.is_state_word(cf[0]) and not names.is_state_word(ca[-1] if ca else ""):
        return False  # "the Russian leader" is no "Raisi": a people's word is no surname
    ff, fa = " ".join(names.tokens(form)), " ".join(names.tokens(alias))
    if len(ff.split()) >= 3 and fa.startswith(ff + " "):
        return True  # "Ursula von der" cut short of "Ursula von der Leyen"
    if len(ca) >= 2 and len(cf) >= 2:
        return same_name(form, alias)
    if len(ca) == 1 and len(cf) == 1:
        pure = len(names.tokens(alias)) == 1 and alias[:1].isupper()  # the alias is a bare surname
        return pure and (
            cf[0] == ca[0]
            or not exact_short
            and names.token_match(cf[0], ca[0])
            and len(ca[0]) >= 4
            and cf[0][0] == ca[0][0]
        )  # a variant spelling keeps the first letter: "Haniya" is "Haniyeh", "Huamani" is not "Khamenei"
    if re.search(r"[a-z]", alias[:1]) or " of " in alias.lower() or "'s" in alias or "’s" in alias:
        return names.fold(form) == names.fold(alias)
    return False


def _persons_tagged_as_orgs(members: list[Member]) -> list[Member]:
    """A two-or-more-word name that one report gives a person and another (spaCy's label) an organisation
    is that person's name everywhere."""
    persons = {
        names.fold(m.party.name)
        for m in members
        if m.party.ptype == "person" and len(names.core_tokens(m.party.name)) >= 2
    }
    return [
        replace(m, party=replace(m.party, ptype="person"))
        if m.party.ptype == "org" and names.fold(m.party.name) in persons
        else m
        for m in members
    ]


def resolve_entities(members: list[Member]) -> tuple[list[Entity], dict[tuple[str, str], str]]:
    """Cluster report parties into entities; returns the entities and (report, local name) -> entity id.

    Any order of ``members`` gives the same entities, ids and mapping."""
    members = _persons_tagged_as_orgs(sorted(members, key=lambda m: m.order))
    uf = _UF(len(members))
    actor = [_actor_of(m.party) for m in members]
    by_actor: dict[int, int] = {}
    for i, a in enumerate(actor):
        if a is not None:
            if a in by_actor:
                uf.union(by_actor[a], i)
            else:
                by_actor[a] = i
    _union_by_names(members, uf, actor)
    groups: dict[int, list[int]] = {}
    for i in range(len(members)):
        groups.setdefault(uf.find(i), []).append(i)
    entities, mapping = [], {}
    used_ids: set[str] = set()
    for root in sorted(groups):
        idxs = groups[root]
        ent = _entity_for(
            [members[i] for i in idxs], next((actor[i] for i in idxs if actor[i] is not None), None)
        )
        ent.id = _unique_id(ent.name, used_ids)
        entities.append(ent)
        for i in idxs:
            mapping[members[i].key] = ent.id
    return entities, mapping


def _blocks(members: list[Member], idxs: list[int], first_too: bool) -> dict[str, list[int]]:
    """Index members by the transliteration skeleton of their last (and first) name token: only
    members sharing a block are compared, which keeps resolution near-linear on large registers."""
    out: dict[str, list[int]] = {}
    for i in idxs:
        core = names.core_tokens(members[i].party.name)
        keys = {names.skeleton(core[-1])[:4]} if core else set()
        if first_too and core:
            keys.add(names.skeleton(core[0])[:4])
        for k in keys:
            out.setdefault(k, []).append(i)
    return out


def _pairs(block: dict[str, list[int]]) -> set[tuple[int, int]]:
    seen: set[tuple[int, int]] = set()
    for idxs in block.values():
        for x, i in enumerate(idxs):
            for j in idxs[x + 1 :]:
                seen.add((min(i, j), max(i, j)))
    return seen


def _union_by_names(members: list[Member], uf: _UF, actor: list[int | None]) -> None:
    persons = [i for i, m in enumerate(members) if m.party.ptype == "person" and not _role_only(m.party)]
    multi = [i for i in persons if len(names.core_tokens(members[i].party.name)) >= 2]
    lines = [i for i in multi if _forefathers_only(members[i].party.name)]
    multi = [i for i in multi if i not in set(lines)]
    multi_set = set(multi) | set(lines)
    told = {(members[i].report, tuple(names.core_tokens(members[i].party.name))) for i in multi}
    for i, j in sorted(_pairs(_blocks(members, multi, first_too=True))):
        a, b = members[i].party, members[j].party
        if (
            not _conflict(actor[i], actor[j])
            and (same_name(a.name, b.name) or _swapped_across(members[i], members[j], told))
            and not (names.kin_of(a.role, b.name) or names.kin_of(b.role, a.name))
        ):
            uf.union(i, j)  # (not "John Adams" and "son of John Adams" John Quincy Adams)
    by_token = _blocks(members, multi, first_too=True)
    for i in (
        i for i in multi if names.initialled(members[i].party.name)
    ):  # "J. R. Doe" joins its one "John Doe"
        last = names.core_tokens(members[i].party.name)[-1]
        cands = {
            uf.find(j)
            for j in by_token.get(names.skeleton(last)[:4], [])
            if not names.initialled(members[j].party.name)
            and not _conflict(actor[i], actor[j])
            and initials_match(members[i].party.name, members[j].party.name)
        }
        if len(cands) == 1:
            uf.union(i, cands.pop())
    for i in lines:  # "bin Yusuf Al Rashed": the one person it fits, not father and son at once
        last = names.core_tokens(members[i].party.name)[-1]
        cands = {
            uf.find(j)
            for j in by_token.get(names.skeleton(last)[:4], [])
            if not _conflict(actor[i], actor[j]) and same_name(members[i].party.name, members[j].party.name)
        }
        if len(cands) == 1:
            uf.union(i, cands.pop())
    singles = [i for i in persons if i not in multi_set]
    by_report: dict[str, list[PartyMention]] = {}
    for m in members:
        by_report.setdefault(m.report, []).append(m.party)
    for i in singles:
        core = names.core_tokens(members[i].party.name)
        near = by_token.get(names.skeleton(core[0])[:4], []) if core else []
        fits = [
            j
            for j in near
            if same_name(members[i].party.name, members[j].party.name)
            and (
                members[i].report == members[j].report
                or not given_name_only(members[i].party, members[j].party)
                or family_name_fits(members[i].party, members[j].party, by_report[members[i].report])
            )
        ]
        cands = {uf.find(j) for j in fits}
        if len(cands) > 1:  # "King Abdullah": the one "Abdullah ..." who is a king too, not a deputy amir
            own = offices_named(members[i].party)
            cands = {uf.find(j) for j in fits if own == offices_named(members[j].party)} if own else cands
        if len(cands) == 1:
            uf.union(i, cands.pop())
    for i, j in sorted(_pairs(_blocks(members, singles, first_too=False))):
        if same_name(members[i].party.name, members[j].party.name) and not _conflict(actor[i], actor[j]):
            uf.union(i, j)
    orgs = [i for i, m in enumerate(members) if m.party.ptype in ("org", "state")]
    by_key: dict[str, list[int]] = {}
    for i in orgs:
        for k in {org_key(x) for x in [members[i].party.name, *members[i].party.aliases]} - GENERIC_BODIES:
            by_key.setdefault(k, []).append(i)  # (never "the Commission": the EU's here, a regulator there)
    for idxs in by_key.values():
        for j in idxs[1:]:
            uf.union(idxs[0], j)


# The head words of a body named by its kind alone ("the Commission", "the Ministry", "the Government"):
# which body each report means is its own context's, never a key shared across reports.
GENERIC_BODIES = frozenset(
    "commission ministry government council committee court office parliament assembly board agency "
    "authority department cabinet secretariat presidency senate congress embassy mission delegation".split()
)


def _swapped(a: str, b: str) -> bool:
    """Two two-word names in either order ("Morioka Takeshi", family name first, and "Takeshi Morioka")."""
    ca, cb = names.core_tokens(a), names.core_tokens(b)
    return len(ca) == len(cb) == 2 and names.token_match(ca[0], cb[1]) and names.token_match(ca[1], cb[0])


def _swapped_across(m: Member, n: Member, told: set[tuple[str, tuple[str, ...]]]) -> bool:
    """'Morioka Takeshi' in one report, 'Takeshi Morioka' in another: one person, unless a report that names
    one form also names the other (two people there: "Ali Hassan wrote to Hassan Ali")."""
    if m.report == n.report or not _swapped(m.party.name, n.party.name):
        return False
    a, b = tuple(names.core_tokens(m.party.name)), tuple(names.core_tokens(n.party.name))
    return (m.report, b) not in told and (n.report, a) not in told


@cache
def same_name(a: str, b: str) -> bool:
    """:func:`names.same_person`, unless two patronymic names give different given names; cached (the
    same pairs recur across a large register)."""
    na, nb = _number(a), _number(b)
    return names.same_person(a, b) and not _patronymic_clash(a, b) and (na is None or nb is None or na == nb)


def _number(name: str) -> str | None:
    """A monarch's or pope's regnal number in the name ("Frederik VI", "Abdullah II ibn A"): "Frederik VII"
    is not "Frederik VI" from one report to the next."""
    return next((w for w in name.split()[1:] if regnal_number(w)), None)


_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})


def _first_word(name: str) -> str | None:
    """The first name token after titles (a patronymic particle counts: "bin Omar" starts with "bin")."""
    skip = names.title_words() | (names.particles() - _PATRONYMIC)
    return next((t for t in (t.strip(".") for t in names.tokens(name)) if t and t not in skip), None)


def _given_name(name: str) -> str | None:
    """The first name token after titles; None when the name starts with a patronymic particle
    ("bin Omar" names a man by his father)."""
    first = _first_word(name)
    return None if first in _PATRONYMIC else first


def _forefathers_only(name: str) -> bool:
    """A name that opens with a patronymic particle after its titles: "bin Yusuf Al Rashed"."""
    return _first_word(name) in _PATRONYMIC


def _patronymic_clash(a: str, b: str) -> bool:
    """Two full names, one of them patronymic ("X bin Y"), whose given names differ: a father and his
    son share every token of the father's name, in order."""
    if not (_PATRONYMIC & set(names.tokens(a)) or _PATRONYMIC & set(names.tokens(b))):
        return False
    if len(names.core_tokens(a)) < 2 or len(names.core_tokens(b)) < 2:
        return False
    ga, gb = _given_name(a), _given_name(b)
    return ga is not None and gb is not None and not names.token_match(ga, gb)


def _conflict(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and a != b


def _entity_for(ms: list[Member], actor_idx: int | None) -> Entity:
    if actor_idx is not None:
        a = known_actors()[actor_idx]
        ent = Entity("", a.name, a.etype, a.wikidata)
    else:
        uses = Counter(m.party.name for m in ms)
        best = max(ms, key=lambda m: _display_rank(m.party.name, uses[m.party.name]))
        ent = Entity("", best.party.name, best.party.ptype)
    for m in ms:
        for form in dict.fromkeys([m.party.name, *m.party.aliases, *m.party.seen]):
            kind = (
                "role"
                if form[:1].islower() or len(content_words(form) - set(names.core_tokens(ent.name))) > 2
                else "name"
            )
            if (form, kind, m.report) not in ent.aliases:
                ent.aliases.append((form, kind, m.report))
            spelt = ascii_spelling(form)
            if spelt and (spelt, "ascii", m.report) not in ent.aliases:
                ent.aliases.append((spelt, "ascii", m.report))
            if ent.etype == "person":
                for other in slavic_spellings(form):
                    if (other, "spelling", m.report) not in ent.aliases:
                        ent.aliases.append((other, "spelling", m.report))
        if m.party.role:
            ent.roles.append({"role": m.party.role, "org": m.party.org, "report": m.report})
    return ent


def ascii_spelling(form: str) -> str | None:
    """The form in plain letters where taking off its accents is not enough ('Đặng Minh Khôi' is 'Dang
    Minh Khoi', 'Yıldırım' is 'Yildirim', 'Łukasz' is 'Lukasz', 'Ирина' is 'Irina'): the spelling a reader
    or a tool that compares names in ASCII looks for. None where the accents alone make the difference
    ('Peña'), and for other scripts (Greek, Arabic, Chinese: a letter-by-letter spelling is no name)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))
    others = [c for c in plain if c.isalpha() and not c.isascii()]
    if not others:
        return None
    scripts = {unicodedata.name(c, "").split(" ")[0] for c in others}
    if (
        not scripts <= {"LATIN", "CYRILLIC"}
        or "CYRILLIC" in scripts
        and any(c.isascii() and c.isalpha() for c in form)
    ):
        return None  # other scripts transliterate poorly letter by letter; a name written twice needs none
    if any(unicodedata.category(c) != "Ll" and unicodedata.category(c) != "Lu" for c in others):
        return None  # modifier and click letters ('ʻ', 'ǃ') have no plain letter
    spelt = anyascii(form)
    return spelt if spelt.strip() and spelt != form else None


def _display_rank(name: str, uses: int) -> tuple[int, int, int, bool, str]:
    """Fullest name first, then the shortest spelling of it, the one most reports use, the one with
    diacritics (more of the original than its ASCII folding), and finally the name itself: a total
    order, so the choice never depends on which report came first."""
    return (len(names.core_tokens(name)), -len(name), uses, not name.isascii(), name)


def _unique_id(name: str, used: set[str]) -> str:
    base = "e-" + (re.sub(r"[^a-z0-9]+", "-", names.fold(name)).strip("-")[:40] or "entity")
    cand, n = base, 2
    while cand in used:
        cand, n = f"{base}-{n}", n + 1
    used.add(cand)
    return cand


def epithet_aliases(text: str) -> list[tuple[str, str]]:
    """(state, epithet as written) for every state epithet the text uses."""
    out = []
    low = text.lower()
    for state, forms in epithets().items():
        for f in forms:
            for m in re.finditer(r"\b" + re.escape(f) + r"\b", low):
                out.append((state, text[m.start() : m.end()]))
    return out
