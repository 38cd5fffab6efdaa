"""Link reports of the same communication and rebuild the register tables.

The register is rebuilt from the stored report facts (no report is re-processed), in one
transaction, deterministically: the same corpus gives the same ids.

Two mentions in different reports are one communication when their kinds agree (letter and
message are one class, a call another), their parties resolve to the same entities (calls in
either direction), their date intervals are compatible, and their content agrees: a shared
quote, the same passage in another translation (lexical similarity of the content, or sentence
embeddings of it, :mod:`lettertrace.embed`), or the same known day. The words of the parties' own
names and titles are left out of the lexical comparison: two mentions are only compared when their
parties agree, so those words are shared by construction and say nothing about the content.

Order-free: reports are taken in a canonical order (content digest, then id), never in the order
they were stored; pairs of mentions are scored in that order and merged strongest first, equal
scores (compared to ``SCORE_DIGITS`` decimals, so that last-bit float differences between runs or
machines do not reorder them) by the canonical order of their mentions; every remaining choice
(a communication's date, sender, reply) is broken by that order or by the values themselves.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import delete, text

from . import embed, name_index, names, register_tally
from .corrections import apply_corrections
from .extract import datex
from .link_write import write_comms, write_entities, write_quotes, write_search
from .models import CommMention, DateInterval, Extraction, Paraphrase, PartyMention, Quote
from .resolve import Entity, Member, epithet_aliases, resolve_entities
from .serial import loads
from .store import REGISTER_TABLES, Store

# Content similarity (cosine of content-word stems, the parties' name words left out) above which
# two mentions with the same parties and compatible dates are one letter. Set on the dev corpus:
# the two English translations of one letter score 0.55 (0.59 with the name words), while
# distinct letters between the same parties score 0.00-0.21 (0.12-0.36 with them).
SAME_CONTENT = 0.40
# Link scores are compared to this many decimals: nearer scores are equal, and the canonical
# order of their mentions decides.
SCORE_DIGITS = 6
# Token F1 at which two quotes count as the same words (the scorer's own quote criterion).
SAME_QUOTE = 0.8


@dataclass
class RMention:
    report: str
    source: str
    local: int
    comm: CommMention
    sender: str | None
    recipients: tuple[str, ...]
    quotes: list[str] = field(default_factory=list)
    content: str = ""
    digest: str = ""  # content digest of the report: its place in the canonical order
    party_words: frozenset[str] = frozenset()  # stems of the parties' names, titles and roles
    # the side each party acts for: a state's ministry, embassy or government acts for that state
    sender_side: str | None = None
    recipient_sides: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, int]:
        return (self.report, self.local)

    @property
    def order(self) -> tuple[str, str, int]:
        """Canonical sort key: independent of the order reports were read or stored."""
        return (self.digest, self.report, self.local)


def relink(store: Store) -> None:
    """Rebuild entities, communications, quotes, demands and flags from the report facts, then apply
    the analysts' corrections (:mod:`lettertrace.corrections`) to them."""
    exs = []  # each report's facts rebuilt as it is read (a long report's JSON tree is dropped at once)
    published: dict[str, str | None] = {}
    digest: dict[str, str] = {}
    for r in store.iter_reports("id", "source", "clean_text", "extraction", "published", "sha256"):
        exs.append((r["id"], r["source"], r["clean_text"], loads(Extraction, r["extraction"])))
        published[r["id"]] = r["published"]
        digest[r["id"]] = r["sha256"] or ""
    exs.sort(key=lambda row: (digest[row[0]], row[0]))  # canonical: by content, never by storage order
    members = _members(exs, digest)
    ents, emap = resolve_entities(members)
    for e in ents:  # a role is held at a time: the date of the report that gives it
        for role in e.roles:
            role["as_of"] = published.get(str(role.get("report")))
    _add_epithets(ents, exs)
    mentions = _mentions(exs, emap, digest)
    clusters = cluster_mentions(mentions)
    with store.begin() as conn:
        register_tally.empty(conn)  # the letters with their parties, mentions and counts, whole
        name_index.empty(conn)  # the entities and aliases with their name keys, whole
        for t in REGISTER_TABLES:
            conn.execute(delete(t))
        conn.execute(text("DELETE FROM search_fts"))
        acting = _acting(mentions, exs, emap)
        write_entities(
            conn, [e for e in ents if e.id in acting or any(k == "epithet" for _a, k, _r in e.aliases)]
        )
        cid = write_comms(conn, clusters, mentions)
        write_quotes(conn, exs, emap, cid)
        write_search(conn, exs, published)
        apply_corrections(conn)  # analysts' corrections (their own table) over what was just rebuilt
        name_index.refresh(conn)  # the names of the entities just written, indexed


def _acting(
    mentions: list[RMention], exs: list[tuple[str, str, str, Extraction]], emap: dict[tuple[str, str], str]
) -> set[str]:
    """Entities that take part in a communication or speak in a quote: the only ones the register keeps.
    Everyone else a report names (a photographer, a place read as a person, a person only talked about)
    still helps to resolve names across reports, but is no entry of the register; a state a report with
    a communication names by an epithet stays too, so that the epithet in a letter can be read."""
    out = {e for m in mentions for e in (m.sender, *m.recipients) if e is not None}
    for rid, _src, _txt, ex in exs:
        said: list[Quote | Paraphrase] = [*ex.quotes, *ex.paraphrases]
        out.update(emap[(rid, q.speaker.name)] for q in said if q.speaker and (rid, q.speaker.name) in emap)
    return out


def _members(
    exs: list[tuple[str, str, str, Extraction]], digest: dict[str, str] | None = None
) -> list[Member]:
    out = []
    for rid, _src, _txt, ex in exs:
        dg = (digest or {}).get(rid, "")
        seen = set()
        for p in ex.parties:
            out.append(Member(rid, p, dg))
            seen.add(p.name)
        for c in ex.communications:
            for party in [c.sender, *c.recipients]:
                if party is not None and party.name not in seen:
                    out.append(Member(rid, party, dg))
                    seen.add(party.name)
        said: list[Quote | Paraphrase] = [*ex.quotes, *ex.paraphrases]
        for q in said:
            if q.speaker is not None and q.speaker.name not in seen:
                out.append(Member(rid, q.speaker, dg))
                seen.add(q.speaker.name)
    return out


def _add_epithets(ents: list[Entity], exs: list[tuple[str, str, str, Extraction]]) -> None:
    by_name = {e.name: e for e in ents}
    for rid, _src, txt, ex in exs:
        if not ex.communications:
            continue
        for state, form in epithet_aliases(txt):
            e = by_name.get(state)
            if e is None:
                e = Entity("e-" + re.sub(r"[^a-z]+", "-", state.lower()).strip("-"), state, "state")
                ents.append(e)
                by_name[state] = e
            if (form, "epithet", rid) not in e.aliases:
                e.aliases.append((form, "epithet", rid))


def _mentions(
    exs: list[tuple[str, str, str, Extraction]],
    emap: dict[tuple[str, str], str],
    digest: dict[str, str] | None = None,
) -> list[RMention]:
    out = []
    for rid, src, txt, ex in exs:
        dg = (digest or {}).get(rid, "")
        said: dict[int | None, list[str]] = {}  # what is quoted, then paraphrased, of each communication
        spoken: list[Quote | Paraphrase] = [*ex.quotes, *ex.paraphrases]
        for q in spoken:
            said.setdefault(q.communication, []).append(q.text)
        for i, c in enumerate(ex.communications):
            sender = emap.get((rid, c.sender.name)) if c.sender else None
            recips = tuple(emap[(rid, r.name)] for r in c.recipients if (rid, r.name) in emap)
            qs = list(said.get(i, []))
            body = " ".join(qs)
            if c.full_text is not None:
                body += " " + txt[c.full_text.span.start : c.full_text.span.end]
            if not body.strip():
                body = " ".join(txt[s.start : s.end] for s in c.mentions)
            m = RMention(rid, src, i, c, sender, recips, qs, body, dg, _party_words(c))
            m.sender_side = _side(c.sender, sender) if c.sender and sender else None
            m.recipient_sides = tuple(
                _side(r, emap[(rid, r.name)]) for r in c.recipients if (rid, r.name) in emap
            )
            out.append(m)
    return out


def _side(p: PartyMention, entity: str) -> str:
    """Whom a party acts for in a communication: a body that names one state ("the Norland embassy",
    "Norland's foreign ministry", "the Norland government") acts for that state, as the state itself
    does; a person, or a body naming no state or several, for itself."""
    if p.ptype == "person":
        return entity
    states = names.states_named(p.name)
    return "state:" + next(iter(states)) if len(states) == 1 else entity


def _party_words(c: CommMention) -> frozenset[str]:
    """Stems of every word the mention uses to name its parties: names, aliases, roles, organisations."""
    out: set[str] = set()
    for p in [c.sender, *c.recipients]:
        if p is not None:
            for form in (p.name, *p.aliases, p.role or "", p.org or ""):
                out.update(_stems(form))
    return frozenset(out)


# ---------------------------------------------------------------- clustering


def _kind_class(k: str) -> str:
    return "call" if k == "call" else "written"


def same_parties(a: RMention, b: RMention) -> bool:
    """Both mentions name the same sender and recipients (calls: the same two sides)."""
    if _kind_class(a.comm.kind) != _kind_class(b.comm.kind) or a.sender is None or b.sender is None:
        return False
    (sa, ra), (sb, rb) = _sides(a), _sides(b)
    if a.comm.kind == "call" or b.comm.kind == "call":
        return {sa, *ra} == {sb, *rb}
    return sa == sb and bool(set(ra) & set(rb))


def _sides(m: RMention) -> tuple[str | None, tuple[str, ...]]:
    """The sides of a mention's sender and recipients (their entities where no side was read)."""
    return (m.sender_side or m.sender, m.recipient_sides or m.recipients)


def dates_compatible(a: DateInterval, b: DateInterval) -> bool:
    """The two intervals overlap (unknown bounds are open)."""
    return datex.intersect(a, b) is not None


def link_score(a: RMention, b: RMention) -> float:
    """How strongly two mentions are one communication (0: not at all)."""
    if a.report == b.report or not same_parties(a, b) or not dates_compatible(a.comm.date, b.comm.date):
        return 0.0
    if any(token_f1(x, y) >= SAME_QUOTE for x in a.quotes for y in b.quotes):
        return 1.0
    da, db = a.comm.date, b.comm.date
    if da.precision == "day" and db.precision == "day" and da.earliest == db.earliest:
        return 0.9
    if not (a.content.strip() and b.content.strip()):
        return 0.0
    if not (da.known and db.known) and not (_says(a) and _says(b)):
        return (
            0.0  # two tellings of calls between the same leaders read alike: an undated one needs words said
        )
    sim = round(cosine(a.content, b.content, ignore=a.party_words | b.party_words), SCORE_DIGITS)
    if sim >= SAME_CONTENT:
        return sim
    # The same passage in another translation: sentence embeddings (None: model not installed).
    emb = embed.similarity(a.content, b.content)
    if emb is None:
        return 0.0
    emb = round(emb, SCORE_DIGITS)
    return emb if emb >= embed.SAME_PASSAGE else 0.0


def _says(m: RMention) -> bool:
    """The mention's content is what was said (quotes, a full text), not the sentences that tell of it."""
    return bool(m.quotes) or m.comm.full_text is not None


def cluster_mentions(ms: list[RMention]) -> list[list[int]]:
    """Group mention indices into communications (greedy, strongest links first, one mention per report).

    Order-free: any permutation of ``ms`` gives the same groups. Mentions are ranked by their canonical
    key; every pair is scored with its lower-ranked mention first; pairs are merged by score, then by
    the ranks of their mentions. Groups come back in canonical order, each in canonical order."""
    rank = {n: r for r, n in enumerate(sorted(range(len(ms)), key=lambda n: ms[n].order))}
    pairs = []
    blocks: dict[tuple[str, str | None], list[int]] = {}
    for n, m in enumerate(ms):  # only mentions with the same sender (calls: either side) can be one act
        side, sides = _sides(m)
        keys = {side, *sides} if m.comm.kind == "call" else {side}
        for key in keys:
            blocks.setdefault((_kind_class(m.comm.kind), key), []).append(n)
    candidates = {
        (i, j) if rank[i] < rank[j] else (j, i)
        for idxs in blocks.values()
        for i, j in _across_reports(idxs, ms)
    }
    for i, j in candidates:
        s = round(link_score(ms[i], ms[j]), SCORE_DIGITS)
        if s > 0:
            pairs.append((-s, rank[i], rank[j], i, j))
    pairs.sort()
    group = {i: {i} for i in range(len(ms))}
    for _s, _ri, _rj, i, j in pairs:
        gi, gj = group[i], group[j]
        if gi is gj or {ms[k].report for k in gi} & {ms[k].report for k in gj}:
            continue
        if not all(dates_compatible(ms[a].comm.date, ms[b].comm.date) for a in gi for b in gj):
            continue
        gi |= gj
        for k in gj:
            group[k] = gi
    seen, out = set(), []
    for i in sorted(range(len(ms)), key=rank.__getitem__):
        if id(group[i]) not in seen:
            seen.add(id(group[i]))
            out.append(sorted(group[i], key=rank.__getitem__))
    merged = _merge_answered([sorted(g, key=rank.__getitem__) for g in _merge_sole_pairs(out, ms)], ms)
    return sorted([sorted(g, key=rank.__getitem__) for g in merged], key=lambda g: rank[g[0]])


def _across_reports(idxs: list[int], ms: list[RMention]) -> Iterator[tuple[int, int]]:
    """The pairs of mentions in ``idxs`` from different reports (two of one report are never one act, and
    a long report's mentions of one sender paired with each other were quadratic in number)."""
    by_report: dict[str, list[int]] = {}
    for i in idxs:
        by_report.setdefault(ms[i].report, []).append(i)
    groups = list(by_report.values())
    for x, first in enumerate(groups):
        for second in groups[x + 1 :]:
            yield from ((i, j) for i in first for j in second)


def _mergeable(a: list[int], b: list[int], ms: list[RMention]) -> bool:
    if {ms[k].report for k in a} & {ms[k].report for k in b}:
        return False
    return all(
        same_parties(ms[x], ms[y]) and dates_compatible(ms[x].comm.date, ms[y].comm.date)
        for x in a
        for y in b
    )


def _merge_answered(clusters: list[list[int]], ms: list[RMention]) -> list[list[int]]:
    """Reports whose replies are one communication answer one letter: the letters each report says that
    reply answers are one communication too (same parties, compatible dates, no report twice)."""
    at = {m.key: n for n, m in enumerate(ms)}
    while True:
        where = {i: c for c, g in enumerate(clusters) for i in g}
        pair = None
        for g in clusters:
            keys = [(ms[i].report, r) for i in g if (r := ms[i].comm.in_reply_to) is not None]
            targets = sorted({where[at[k]] for k in keys if k in at})
            pair = next(
                (
                    (a, b)
                    for a in targets
                    for b in targets
                    if a < b and _mergeable(clusters[a], clusters[b], ms)
                ),
                None,
            )
            if pair is not None:
                break
        if pair is None:
            return clusters
        a, b = pair
        clusters[a] = clusters[a] + clusters[b]
        del clusters[b]


def _signature(m: RMention) -> tuple[str, frozenset[str | None]] | None:
    if m.sender is None or m.comm.implied:
        return None
    if m.comm.kind == "call":
        return ("call", frozenset({m.sender, *m.recipients}))
    return ("written:" + m.sender, frozenset(m.recipients))


def _merge_sole_pairs(clusters: list[list[int]], ms: list[RMention]) -> list[list[int]]:
    """Two clusters that are the only accounts of correspondence between the same parties, from different
    reports, with compatible dates and corroborated (:func:`_corroborated`), are one communication told
    twice (different wording, no shared quote)."""
    by_sig: dict[tuple[str, frozenset[str | None]], list[int]] = {}
    for n, g in enumerate(clusters):
        sig = _signature(ms[g[0]])
        if sig is not None:
            by_sig.setdefault(sig, []).append(n)
    drop: set[int] = set()
    for idxs in by_sig.values():
        if len(idxs) != 2:
            continue
        a, b = clusters[idxs[0]], clusters[idxs[1]]
        if {ms[k].report for k in a} & {ms[k].report for k in b}:
            continue
        if all(dates_compatible(ms[x].comm.date, ms[y].comm.date) for x in a for y in b) and _corroborated(
            [ms[k] for k in a + b]
        ):
            a.extend(b)
            drop.add(idxs[1])
    return [g for n, g in enumerate(clusters) if n not in drop]


def _corroborated(group: list[RMention]) -> bool:
    """Accounts merged on their parties alone must agree on something more: the same kind (a cable and a
    letter with no date are two acts as likely as one), or dates known on every side (and overlapping)."""
    return len({m.comm.kind for m in group}) == 1 or all(m.comm.date.known for m in group)


# ---------------------------------------------------------------- text similarity

_STOP = set(
    "the a an and or of to in on for with by from at as is are was were be been being this that these those it its "
    "his her their our your my we you they he she i them us him not no but also which who whom whose what when where "
    "all any some such than then there here have has had do does did will would shall should can could may might "
    "must into over under about against between through during before after above below up down out off again "
    "further once very more most other same so too only own just".split()
)


def _stems(s: str) -> Counter[str]:
    words = re.findall(r"[a-z]{3,}", s.lower())
    return Counter(w[:6] for w in words if w not in _STOP)


def cosine(a: str, b: str, ignore: frozenset[str] = frozenset()) -> float:
    """Cosine similarity of the content-word stems of two texts, without the stems in ``ignore``.

    Symmetric to the last bit: the sums run over the stems in sorted order, whichever text comes first."""
    ca = {k: v for k, v in _stems(a).items() if k not in ignore}
    cb = {k: v for k, v in _stems(b).items() if k not in ignore}
    if not ca or not cb:
        return 0.0
    dot = math.fsum(ca[k] * cb[k] for k in sorted(ca.keys() & cb.keys()))
    na = math.fsum(v * v for _k, v in sorted(ca.items()))
    nb = math.fsum(v * v for _k, v in sorted(cb.items()))
    return min(dot / math.sqrt(na * nb), 1.0) if dot else 0.0


def token_f1(a: str, b: str) -> float:
    """Token F1 of two quotes after normalisation."""
    ta, tb = re.findall(r"[a-z0-9]+", a.lower()), re.findall(r"[a-z0-9]+", b.lower())
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if common == 0:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)
