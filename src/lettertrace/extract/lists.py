"""Lists of parties read left to right: "to A, B, C and D", "from A of X; B, Crown Prince of Y; and C".

The dependency parse of long coordinations is unreliable (appositions read as conjuncts, items
attached to the wrong head), so a list after a preposition is read linearly: it is cut into items
at commas, semicolons and "and"; an item names a party when it holds a person, or when it is an
organisation or state name on its own. An item that is only a role ("President of Y") describes
the party before it. The list ends at the first item that does not start like a name (a
preposition such as "on", "about", "over", a verb, a pronoun) or at the end of the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import names
from ..nlp import sent_of
from .comma_names import and_in_body, in_state_name
from .draft import Draft, unaddressed_media
from .group_lists import past_group
from .index import PartyIndex
from .kin import owner_of_kin
from .lexicon import cues
from .mentions import INSTITUTION_HEADS, ROLE_HEADS, Party, _head_word
from .principals import envoys_post, titled_to
from .published_on import published_on
from .stranded import preps_on_stranded
from .syntax import finite, subjectless_verb
from .urged import REQUESTS, letter_request

SEPARATORS = {",", ";", "and", "&"}
# Words that may open a list item besides a name: articles, titles are caught as PROPN or by case.
ITEM_OPENERS = {"the", "his", "her", "their", "its", "also", "as", "well", "both"}
# Prepositions that may stay inside an item ("King A of X", "the Emir of Y").
ITEM_PREPS = {"of", "for"}


def _item_bounds(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    items = []
    i = start
    cur = start
    while i < end:
        t = doc[i]
        if (t.lower_ in SEPARATORS or t.text in SEPARATORS) and not (in_state_name(doc, i) or and_in_body(t)):
            if i > cur:
                items.append((cur, i))
            cur = i + 1
        i += 1
    if end > cur:
        items.append((cur, end))
    return items


def _opens_like_name(t: Token) -> bool:
    if t.lower_ in ITEM_OPENERS or t.pos_ in ("ADJ", "ADV") and not t.is_stop:
        return True  # "newly-elected Speaker A", "outgoing President B"
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if (
        t.is_alpha
        and not t.is_stop
        and t.tag_ not in ("VBZ", "VBD", "VBP", "VBG", "VBN")  # not "..., calls Minister A's reply": a
        # finite verb of another clause (the parser may tag "to comrade A" a verb's base form)
        and nxt is not None
        and nxt.pos_ == "PROPN"
        and nxt.text[:1].isupper()
    ):
        return True  # a lower-case form of address before a name ("comrade A", "brother B")
    if t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ", "NUM", "PART"):
        return False
    return t.text[:1].isupper() or t.pos_ in ("PROPN",) or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _group_of(doc: Doc, idx: PartyIndex, start: int, end: int) -> bool:
    """The list opens with a plural common noun and its 'of' ("the presidents of X and Y", "the leaders of
    the member states"): the names after 'of' say whose, they are no items."""
    i = start + (start < end and doc[start].pos_ == "DET")
    while i < end and doc[i].pos_ == "ADJ":
        i += 1
    named = any(  # "the presidents of X and Y, A and B": the names are the items
        t.ent_type_ == "PERSON" and any(c.dep_ == "compound" for c in t.children) for t in doc[i:end]
    )
    return (
        not named
        and i + 1 < end
        and doc[i].tag_ == "NNS"
        and doc[i].pos_ == "NOUN"
        and i not in idx.tok2party
        and doc[i + 1].lower_ == "of"
    )


def _office_complement(prep: Token | None) -> bool:
    """A 'to' that completes an office ("the heir to the throne", "adviser to the board"), not an address."""
    if prep is None or prep.lower_ != "to" or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.pos_ == "NOUN" and (
        _head_word(before) in ROLE_HEADS or before.lower_ in ("heir", "successor")
    )


def _past_governments(doc: Doc, start: int, end: int) -> int:
    """'to the governments of X, Y and Z': a government is its state, so the states are the items; the
    list starts after 'of'."""
    i = start + (start < end and doc[start].pos_ == "DET")
    if i + 2 < end and doc[i].lower_ == "governments" and doc[i + 1].lower_ == "of":
        return i + 2
    return start


def party_list_after(doc: Doc, idx: PartyIndex, prep: Token) -> list[Party]:
    return party_list_from(doc, idx, prep.i + 1)  # the parties listed after "to", "from", "with"


# Asides set off by commas before a list ("from, among others, A", "to, in particular, A and B").
ASIDES = ("among others", "in particular", "notably", "inter alia", "among them", "including")


def _past_aside(doc: Doc, start: int, end: int) -> int:
    """The list's start past an aside set off by commas right after its preposition."""
    if doc[start].text != ",":
        return start
    close = next((t.i for t in doc[start + 1 : min(end, start + 6)] if t.text == ","), None)
    if close is None or doc[start + 1 : close].text.lower() not in ASIDES:
        return start
    return close + 1 if close + 1 < end else start


# Verbs by which a report names the source of its news after a list ("..., X reports", "..., Y said").
_SOURCE_VERBS = frozenset({"report", "say", "tell", "announce", "state", "confirm", "cite", "quote"})


def party_list_from(doc: Doc, idx: PartyIndex, start: int) -> list[Party]:
    """The parties listed from token ``start`` on ("phoned A, B and C on Tuesday")."""
    if start >= len(doc):
        return []  # the report stops right after the preposition ("... sent a letter to")
    end = sent_of(doc[start]).end
    end = sent_of(doc[end]).end if doc[end - 1].text == ":" and end < len(doc) else end  # a list after "X:"
    prep = doc[start - 1] if start > 0 and doc[start - 1].pos_ == "ADP" else None
    start = _past_aside(doc, start, end)  # "from, among others, A, B and C"
    start = past_group(doc, idx, start, end)
    start = _past_governments(doc, start, end)
    if _group_of(doc, idx, start, end):
        return []  # "to the presidents of X and Y": a group the report describes, read as one party
    out: list[Party] = []
    for a, b in _item_bounds(doc, start, end):
        again = out and prep is not None and b - a > 1 and doc[a].lower_ == prep.lower_
        a += 1 if again else 0  # "from A and from B": the preposition said again
        first = doc[a]
        office = again and first.lower_ == "the" and any(_head_word(t) in ROLE_HEADS for t in doc[a:b])
        if not _opens_like_name(first) and not office:  # "to A and to the president of X"
            break
        stop = b
        for t in doc[a:b]:
            if t.i > a and (
                (t.pos_ == "ADP" and t.lower_ not in ITEM_PREPS)
                or t.pos_ in ("VERB", "AUX")
                and not t.text[:1].isupper()
                and t.dep_ not in ("amod", "compound")
                and doc[t.i - 1].text != "-"  # "newly-elected"
            ):
                stop = t.i  # "D on Monday", "C who said": the item and the list end here
                break
        if (
            out
            and stop < b
            and doc[stop].tag_ in ("VBZ", "VBD")
            and doc[stop].lemma_.lower() in _SOURCE_VERBS
        ):
            break  # "phoned A, Kessel Radio reports, citing ...": the source of the news, no one phoned
        if out and any(t.dep_ in ("nsubj", "nsubjpass") and finite(t.head) for t in doc[a:stop]):
            break  # "In a letter to A, B and C objected": the subject of the clause, not a list item (but
            # "to A of X and B of Y asking them to": a participle has no subject, B is written to)
        keys = [idx.tok2party[t.i] for t in doc[a:stop] if t.i in idx.tok2party]
        parties = [
            idx.parties[k] for k in dict.fromkeys(keys) if not owner_of_kin(doc, idx.tok2party, a, stop, k)
        ]
        persons = [p for p in parties if p.ptype == "person"]
        persons = [p for p in persons if not _modifies_noun(doc, idx, a, stop, p)] or persons
        persons.sort(
            key=lambda p: bool(p.roles) and p.roles[0] == p.name
        )  # a named holder before a bare role
        pick: Party | None = None
        roles = [t for t in doc[a:stop] if t.pos_ in ("NOUN", "PROPN") and _head_word(t) in ROLE_HEADS]
        post = doc[a].lower_ == "the" and a + 1 < stop and doc[a + 1].ent_type_ != "PERSON"
        seat = next((t.i for t in doc[a + 2 : stop] if t.lower_ == "for" and post), stop)
        persons = [p for p in persons if any(idx.tok2party.get(i) == p.key for i in range(a, seat))]  # "the
        # MP for Bolton North": the seat's name, whatever the recogniser took it for, is no one listed
        if not persons and roles and seat == stop:  # "the Norland president": the holder this report names
            held = idx.title_of_name_after(roles[-1]) or idx.party_at(roles[-1])
            if held is not None and held.ptype == "person":
                persons = [held]
        bodies = [
            t for t in doc[a:stop] if t.pos_ in ("NOUN", "PROPN") and _head_word(t) in INSTITUTION_HEADS
        ]
        named_first = [t.i for t in doc[a:stop] if t.i in idx.tok2party][:1]
        if not persons and bodies and (not named_first or bodies[0].i < named_first[0]):
            body = idx.party_at(bodies[0])  # "to the Embassy of Vestria": the body, not its state
            if body is not None and body.ptype != "person":
                parties = [body]
                idx.tok2party.setdefault(bodies[0].i, body.key)
        owner = (
            doc[a + 1] if doc[a].lower_ == "the" and a + 1 < stop else doc[a]
        )  # "the EU's High Representative"
        held_office = owner.dep_ == "poss" and (
            _head_word(owner.head) in ROLE_HEADS or stop < b and doc[stop].pos_ == "VERB" and out
        )  # "to A, the Parliament's press office reported": the source of the news, no addressee
        if persons:
            pick = persons[0]
        elif not held_office and (
            parties
            and idx.tok2party.get(a) is not None
            or (parties and doc[a].lower_ == "the" and a + 1 < stop and (a + 1) in idx.tok2party)
        ):
            pick = parties[0]  # an organisation or state named on its own
        if (
            pick is None
            and not out
            and _office_complement(prep)
            and not any(t.text[:1].isupper() for t in doc[a:stop])
        ):
            break  # "a letter from the heir to the throne, Prince A, to B": no addressee opens the list
        if pick is None and office and roles:
            pick = idx.new_role_party(roles[0])  # "and to the president of X": an office no name holds
        if pick is not None and out and _office_of_next(out[-1], pick, doc, a):
            out[-1] = pick  # "to the High Representative, B": the office item and its holder are one
        elif pick is not None and pick not in out:
            out.append(pick)
        if stop < b:
            if (
                len(out) > 1
                and subjectless_verb(doc[stop])
                and doc[_item_bounds(doc, start, end)[0][1]].text == ","
            ):
                return out[:1]  # "In a letter to B, A, C and D said": those after B are the verb's subjects
            break
    return out


def _office_of_next(prev: Party, pick: Party, doc: Doc, a: int) -> bool:
    """The item before, set off by a comma only, was an office no name holds, and this one names a person."""
    bare = prev.ptype == "person" and bool(prev.roles) and prev.roles[0] == prev.name
    named = pick.ptype == "person" and not (pick.roles and pick.roles[0] == pick.name)
    return bare and named and a > 0 and doc[a - 1].text == ","


def _modifies_noun(doc: Doc, idx: PartyIndex, a: int, b: int, p: Party) -> bool:
    """'his Qandari counterpart B': a one-word 'person' that only modifies a common noun of the item is
    no one the item names (spaCy may tag a people's adjective it does not know as a name)."""
    toks = [t for t in doc[a:b] if idx.tok2party.get(t.i) == p.key]
    return len(toks) == 1 and toks[0].dep_ in ("compound", "amod") and toks[0].head.pos_ == "NOUN"


# Verbs of appealing and the word that introduces whom ("appealed to B", "called on B", "urged B").
APPEALS = {"appeal": ("to",), "call": ("on", "upon"), "urge": (), "implore": (), "beg": (), "press": ()}
ASKS = {**APPEALS, "ask": ()}  # what those who signed a joint letter together are said to have done


def add_appealed_to(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> None:
    """'A has appealed to the chief justice, B, to intervene ... "...," A said in a letter': a letter told
    as the medium of what its writer said, naming no addressee, went to the one person the writer was
    said to appeal to in the three sentences before."""
    sents = list(doc.sents)
    for d, writer, n in unaddressed_media(sents, drafts):
        found: list[Party] = []
        for s in sents[max(0, n - 3) : n + 1]:
            for v in (
                t for t in s if t.pos_ == "VERB" and t.lemma_.lower() in ASKS | REQUESTS and t.i < d.trigger.i
            ):
                subj = [idx.party_at(a) for c in v.children if c.dep_ == "nsubj" for a in (c, *c.children)]
                joint = _joint(d) and any(c.dep_ == "nsubj" and _unnamed_many(c, idx) for c in v.children)
                if not joint and (
                    not (v.lemma_.lower() in APPEALS or letter_request(v, d.trigger))
                    or not any(p is not None and p.key == writer.key for p in subj)
                ):
                    continue  # (but "The leaders of three parties asked B ... In a joint letter, A, C and D")
                preps = ASKS[v.lemma_.lower()] if v.lemma_.lower() in ASKS else REQUESTS[v.lemma_.lower()]
                objs = [g for c in v.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children]
                objs += [c for c in v.children if c.dep_ == "dobj" and not preps]
                for o in objs:
                    named = [a for a in o.children if a.dep_ == "appos"] or [o]  # "the chief justice, B,"
                    found += [p for p in map(idx.party_at, named) if p is not None and p.key != writer.key]
        if len({p.key for p in found}) == 1:
            d.recipients.append(found[0])


def _retitled(name: Token, office: Token) -> bool:
    """A set-off name with a title of its own, other than the office it follows ("to the King, Queen A of X
    spoke"): a subject of its own, not the office's holder."""
    titles = names.title_words()
    own = [t for t in name.subtree if t.i < name.i and names.fold(t.text).lower() in titles]
    return any(t.lower_ != office.lower_ for t in own)


def _joint(d: Draft) -> bool:
    """A letter told as signed by several ('a joint letter', or with co-signers named)."""
    return bool(d.co_senders) or any(c.lower_ == "joint" for c in d.trigger.children)


def _unnamed_many(tok: Token, idx: PartyIndex) -> bool:
    """A plural common noun that names no party ("The leaders of three opposition parties")."""
    return (
        tok.tag_ == "NNS"
        and tok.pos_ == "NOUN"
        and idx.party_at(tok) is None
        and _head_word(tok) in ROLE_HEADS | SIGNER_PLURALS  # leaders, ministers, MPs: not "Reporters"
    )


# Plural nouns of people who sign letters together besides the heads of offices ("opposition lawmakers").
SIGNER_PLURALS = frozenset(
    {"lawmaker", "legislator", "mp", "member", "parliamentarian", "deputy", "signatory"}
)


# Nouns whose 'to' tells where someone went or rose ("his accession to the throne", "her visit to X").
_WHITHER = frozenset(
    "accession ascension elevation appointment election succession admission visit trip journey return rise".split()
)


# Participles whose 'to' names what a letter is about, not whom it went to ("relating to the Institute").
ABOUT_VERBS = frozenset({"relate", "pertain", "refer", "belong"})


def linear_prep(doc: Doc, idx: PartyIndex, tok: Token, words: tuple[str, ...]) -> Token | None:
    """The first preposition among ``words`` after a trigger in its own clause ("a message of greetings
    on the national day to X"): read left to right, up to the next verb that does not send ("a letter
    to B was sent" reads on; "a letter went to B" stops at 'went')."""
    for t in doc[tok.i + 1 : sent_of(tok).end]:
        conj = (
            t.dep_ == "conj" and t.head.pos_ == "ADP"
        )  # "sent greetings, in particular, to A": joined to 'in'
        if t.lower_ in words and t.pos_ == "ADP" and (t.dep_ in ("prep", "dative", "agent") or conj):
            if t.lower_ == "to" and titled_to(doc, t):
                continue  # "signed by Secretary to the President A": a title, no addressee
            if t.lower_ == "to" and (
                t.head.lemma_.lower() in _WHITHER
                or t.head.lemma_.lower() in ABOUT_VERBS
                and t.i == t.head.i + 1
            ):
                continue  # "on your accession to the throne", "a letter relating to the Institute": no addressee
            if t.lower_ == "to" and published_on(t):
                continue  # "a telegram uploaded to the X website": where it was put up, no addressee
            h = t.head
            party_noun = h.i in idx.tok2party or _head_word(h) in INSTITUTION_HEADS | ROLE_HEADS
            if t.lower_ == "from" and h.lemma_.lower() == "write" and h.tag_ == "VBN":
                continue  # "the letter, written from Mount Vernon": where, not who
            by = h.dep_ == "pobj" and h.head.dep_ == "agent"  # "received by B from A": the verb's 'from'
            by = by and not envoys_post(tok, t, idx)  # not "the letter ... delivered by the ambassador to X"
            capacity = h.dep_ == "pobj" and h.head.lower_ == "as"  # "talks as president with B": A's own role
            if h.i > tok.i and party_noun and not by and not capacity and not _from_person_on_thing(t, idx):
                continue  # "a letter from the mission to the UN": that 'to' belongs to 'mission'
            return t
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        after = doc[t.i + 2] if t.i + 2 < len(doc) else None
        if (
            t.lower_ == "to"
            and t.lower_ in words
            and t.pos_ == "PART"
            and after is not None
            and nxt is not None
        ):
            if after.pos_ == "PROPN" and after.text[:1].isupper() and not nxt.text[:1].isupper():
                return t  # "a message to comrade A" parsed as an infinitive
        if (
            t.pos_ in ("VERB", "AUX")
            and t.dep_ not in ("amod", "acl", "auxpass", "aux")
            and not (t.tag_ in ("VBN", "VBD") and t.lemma_.lower() in cues()["send_verbs"])
            and not (
                t.i == tok.head.i and t.lemma_.lower() in cues()["receive_verbs"]
            )  # "were received from"
        ):
            return None  # another clause ("a joint letter with B sent to C" reads on)
        if t.lower_ in ("that", "which", "who", ";") or t.text in (":", "\u201c", '"'):
            return None
    return None


def _from_person_on_thing(prep: Token, idx: PartyIndex) -> bool:
    """'messages on the anniversary of the Revolution from President A': a 'from' that names a person hung on
    a body's or an event's name, which sends nothing; the parse's slip, the 'from' is the message's."""

    def person(t: Token) -> bool:
        k = idx.tok2party.get(t.i)
        return k is not None and idx.parties[k].ptype == "person" or _head_word(t) in ROLE_HEADS

    return (
        prep.lower_ == "from"
        and not person(prep.head)
        and _head_word(prep.head) not in INSTITUTION_HEADS
        and any(g.dep_ == "pobj" and person(g) for g in prep.children)
    )


def _set_off(a: Token) -> bool:
    """The conjunct stands between commas ("the Secretary-General of X, B, ..."): an apposition misread."""
    doc = a.doc
    return (
        a.left_edge.i > 0
        and doc[a.left_edge.i - 1].text == ","
        and a.i + 1 < len(doc)
        and doc[a.i + 1].text == ","
    )


def fronted_signers(doc: Doc, idx: PartyIndex, tok: Token) -> list[Party]:
    """'In an open letter to B, A, C and D said ...': the names between the comma after the addressee
    and a main verb the parser gave no subject are its subjects, whatever it hung them on."""
    verb = sent_of(tok).root
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.i > verb.i or not subjectless_verb(verb):
        return []
    comma = next((t.i for t in doc[tok.i : verb.i] if t.text == ","), None)
    if comma is None:
        return []
    addressed: set[int | None] = set()  # "In a joint letter to the Speaker, Ana Berg, ... A, C and D wrote"
    heads = [tok, *(a for a in tok.children if a.dep_ == "acl")]  # "In a letter addressed to B, ..."
    for g in (
        g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
    ):
        key = idx.tok2party.get(g.i)
        addressed.add(key)
        if key is None or idx.parties[key].roles[:1] == [idx.parties[key].name]:  # an office no name holds:
            addressed |= {  # its holder set off by commas ("the Secretary-General of X, B,"), read as an
                idx.tok2party.get(a.i)  # apposition or as a conjunct
                for a in g.children
                if (a.dep_ == "appos" or a.dep_ == "conj" and _set_off(a)) and not _retitled(a, g)
            }

    keys = dict.fromkeys(
        idx.tok2party[i]
        for i in range(comma + 1, verb.i)
        if i in idx.tok2party and idx.tok2party[i] not in addressed
    )
    return [idx.parties[k] for k in keys]  # in the order they are named


def titled_holder(idx: PartyIndex, t: Token) -> Party | None:
    """'WTO Director-General A': the person whose title names the organisation at ``t``, if any (an
    organisation named in a person's title is not the person)."""
    h = t
    while h.dep_ in ("compound", "flat") and h.head.i > h.i:
        h = h.head
    key = idx.tok2party.get(h.i)
    if h is t or key is None or key == idx.tok2party.get(t.i):
        return None
    return idx.parties[key] if idx.parties[key].ptype == "person" else None


def subject_list(ap: Token) -> bool:
    """'In an open letter to B, A, C and D said ...': names hung on B as an apposition that run right up
    to a main verb without a subject are that verb's subjects (the signers), not more addressees."""
    last = max([ap, *ap.conjuncts], key=lambda t: t.i)
    nxt = last.right_edge.i + 1
    if nxt >= len(ap.doc):
        return False
    return subjectless_verb(ap.doc[nxt])


def listed_to(doc: Doc, idx: PartyIndex, noun: Token, found: list[Party]) -> list[Party]:
    """'The letters went to A of the X Board, B of the Y Agency and C': a plural act's addressees after its
    'to', read as a list where the parse kept only the first of them (each item a name, not a clause)."""
    if noun.tag_ not in ("NNS", "NNPS") or len(found) != 1:
        return found
    heads = [noun, noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [noun]
    to = next(
        (c for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None
    )
    if to is None:  # "sent letters on the same day to A, and to B": the 'to' hung on the day
        to = next((c for c in preps_on_stranded(noun) if c.lower_ == "to"), None)
    if to is None:
        return found
    listed = party_list_from(doc, idx, to.i + 1)
    return listed if len(listed) > 1 and listed[0] is found[0] else found
