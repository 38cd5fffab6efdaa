"""Groups and names read where spaCy tagged nothing: a group the report counts ("40 MPs", "1,000 doctors"),
a group written to that it neither counts nor names ("wrote to lawmakers"), and an addressee's untagged
first and last name ("sent a letter to Jan Sobota")."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from .lexicon import cues, noun_kind
from .mentions import ROLE_HEADS, Party, _head_word
from .syntax import ADDRESS_VERBS

# Plural nouns that count time or quantities, never a group of writers ("40 years", "3 percent").
MEASURE_WORDS = {
    "year", "month", "week", "day", "hour", "minute", "time", "percent", "per", "cent", "dollar", "euro",
    "pound", "mile", "kilometre", "kilometer", "ton", "tonne", "copy", "page", "word", "letter", "message",
}  # fmt: skip


def _counted_group(tok: Token) -> bool:
    """'More than 40 Conservative MPs', 'Forty Nobel laureates', '1,000 doctors': a plural common noun
    counted by a number (not 'the two leaders', who were named before), naming no time or quantity."""
    # "MPs", "MEPs", "CEOs" (often tagged NN), "Eleven Members of the X Parliament" (a proper plural)
    plural = tok.tag_ in ("NNS", "NNPS") or _acronym_plural(tok.text)
    if tok.pos_ not in ("NOUN", "PROPN") or not plural or tok.lemma_.lower() in MEASURE_WORDS:
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ != "all" for c in tok.children):
        return False  # "the two leaders", "their 40 members" (but "all 31 councils")
    left = tok.left_edge.i
    named_before = (
        left >= 2 and tok.doc[left - 1].lower_ in ("and", "&") and tok.doc[left - 2].text[:1].isupper()
    )
    if named_before or any(c.pos_ == "PROPN" for c in tok.conjuncts):
        return False  # "X Rising and 400 organisations": the one named leads, even if unresolved
    doc = tok.doc
    i = tok.i
    heads = {a.i for a in tok.ancestors}  # "his second letter to shareholders": not across "to", "letter"
    while (
        i > 0
        and tok.i - i < 6
        and "\n" not in doc[i - 1].whitespace_
        and doc[i - 1].pos_ in ("NUM", "ADJ", "PROPN", "NOUN", "ADV", "ADP")
        and doc[i - 1].i not in heads
    ):
        i -= 1  # the number may hang on the noun or on a word before it ("Forty Nobel laureates")
    pair = (
        ("both",) if tok.dep_ == "pobj" and tok.head.lower_ == "to" else ("two", "2", "both")
    )  # "wrote to two MPs"
    return any(t.like_num and t.lower_ not in pair and not _ordinal(t.lower_) for t in doc[i : tok.i])


# Nouns that only count a group ("a group of 40 scientists"); a coalition or alliance is a body of its own,
# often named elsewhere, which the members it counts do not name.
GATHERING_NOUNS = {"group", "total"}


def counted_members(tok: Token) -> Token | None:
    """'A group of 40 scientists wrote to B', 'a total of 120 MPs signed': the counted plural the
    gathering noun ``tok`` stands for, or None."""
    if tok.lemma_.lower() not in GATHERING_NOUNS or tok.tag_ != "NN":
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if _counted_group(pobj):
                return pobj
    return None


def mass_count(tok: Token) -> bool:
    """'reminder letters to some 120,000 taxpayers', 'mailed two million households': a group counted in
    thousands is a mailing list, not a correspondent."""
    for t in tok.doc[max(0, tok.left_edge.i - 1) : tok.i]:
        digits = t.text.replace(",", "")
        if (
            t.lower_ in ("thousand", "thousands", "million", "millions")
            or digits.isdigit()
            and int(digits) >= 1000
        ):
            return True
    return False


def _ordinal(word: str) -> bool:
    """'second', 'third', '21st': an order, not a count."""
    return (
        word in ("first", "second", "third")
        or (word.endswith(("st", "nd", "rd", "th")) and word[:1].isdigit())
        or word.endswith("th")
    )


def _acronym_plural(word: str) -> bool:
    """'MPs', 'MEPs', 'MLAs', "CEO's" as a plural: an acronym in capitals with a lower-case s."""
    stem = word[:-1].rstrip("'’")
    return word.endswith("s") and len(stem) >= 2 and stem.isupper() and stem.isalpha()


def acronym(tok: Token) -> bool:
    """A word of three or more capitals in a sentence not itself in capitals (not a shouted headline)."""
    return (
        len(tok.text) >= 3
        and tok.text.isalpha()
        and tok.text.isupper()
        and tok.pos_ == "PROPN"
        and any(t.is_lower for t in tok.sent)
    )


def _addressee_name(tok: Token) -> bool:
    """'sent a letter to Jan Sobota' with the name left untagged: a first and a last name after 'to', or
    after the participle of greeting or asking that tells what a letter did ('sent a letter congratulating
    Jan Sobota'); or an organisation's initials ('wrote to CONMEBOL')."""
    greeted = (
        tok.dep_ == "dobj"
        and tok.head.tag_ == "VBG"
        and tok.head.dep_ in ("acl", "advcl")
        and tok.head.lemma_.lower() in _GREETING_PARTICIPLES
    )
    if greeted:
        run = [c for c in tok.lefts if c.dep_ in ("compound", "flat")]
        return 1 <= len(run) <= 2 and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_ for t in [*run, tok]
        )
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    run = [c for c in tok.lefts if c.dep_ in ("compound", "flat")]
    if not run and acronym(tok) and not tok.ent_type_:
        return True  # "had written to CONMEBOL": a body's initials left untagged
    return (
        1 <= len(run) <= 2
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_ for t in [*run, tok])
        and run[0].i == tok.left_edge.i
    )


_GREETING_PARTICIPLES = frozenset({"congratulate", "felicitate", "thank", "urge", "invite", "ask", "inform"})


def _addressed_group(tok: Token) -> bool:
    """'wrote to lawmakers', 'e-mailed council members', 'a letter to the leaders of the member states': a
    plural noun of people the report neither counts nor names, written to. Only where a written act
    addresses it: after 'to' on a writing or sending verb or a communication noun, or as the object
    of a verb named after its written medium."""
    acronym = _acronym_plural(tok.text)  # "MPs", often tagged NN with "mps" its lemma
    head = _head_word(tok)[:-1] if acronym and _head_word(tok).endswith("s") else _head_word(tok)
    if not (tok.tag_ == "NNS" or acronym) or tok.pos_ != "NOUN" or head not in _addressee_groups():
        return False
    pointing = any(c.lower_ in ("both", "these", "those", "either", "neither") for c in tok.children)
    if pointing and any(c.dep_ == "relcl" for c in tok.children):
        pointing = False  # "wrote to those leaders who had backed the pact": told by the relative clause
    if (
        any(c.pos_ == "PROPN" for c in tok.conjuncts)
        or pointing
        or any(c.dep_ == "nummod" for c in tok.children)
    ):
        return False  # "to A and other leaders", "the two leaders", "both leaders" (named before)
    if _names_people(tok):
        return False  # "to her counterparts in X and Y, A and B": the people named are the addressees
    c = cues()
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ADDRESS_VERBS:  # "In an e-mail, A told colleagues"
        return any(  # a letter or an e-mail, not "in her (televised) message": a speech
            p.dep_ == "prep"
            and p.lower_ in ("in", "through", "via")
            and any(noun_kind(o) == "letter" or o.lemma_.lower() in ("email", "e-mail") for o in p.children)
            for p in tok.head.children
        )
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in c["medium_verbs"] and tok.head.lemma_.lower() not in (
            "text",
            "message",
        )
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    act = tok.head.head
    while act.lower_ == "to" and act.dep_ in ("prep", "dative") and tok.head.dep_ == "conj":
        act = act.head  # "sent a letter to A and to all members": the second 'to' a conjunct of the first
    lem = act.lemma_.lower()
    if act.pos_ in ("NOUN", "PROPN"):  # "a letter to shareholders", "sent messages to supporters"
        sent = act.dep_ == "dobj" and act.head.lemma_.lower() in c["send_verbs"]
        return (
            noun_kind(act) == "letter" or noun_kind(act) == "message" and sent
        )  # not "her message to voters"
    return act.pos_ == "VERB" and (
        lem in c["write_verbs"] or lem in c["medium_verbs"] or lem in c["send_verbs"]
    )


def _names_people(tok: Token) -> bool:
    """Whether the phrase of ``tok`` goes on to name people (a person's name of two words or more)."""
    return any(
        t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and any(c.dep_ == "compound" for c in t.children)
        for t in tok.subtree
        if t.i != tok.i
    )


@cache
def _addressee_groups() -> frozenset[str]:
    return frozenset(cues()["addressee_groups"]) | frozenset(ROLE_HEADS)


def _offices_of_states(tok: Token) -> bool:
    """'The foreign ministers of Norland, Vestria and Ostravia (sent a joint letter)': an office in the
    plural held in the places named after 'of', whose holders the sentence does not name."""
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or _head_word(tok) not in ROLE_HEADS or _names_people(tok):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
        for c in tok.children
    )


def role_plural(tok: Token) -> bool:
    """'Heads of state have sent messages', 'Leaders of ... wrote': a capitalised plural of an office's
    noun, tagged as a proper noun at the head of a sentence, is a group and names no one."""
    low = tok.lower_
    return (
        tok.is_sent_start is True
        and low.endswith("s")
        and (low[:-1] in ROLE_HEADS or low.endswith("es") and low[:-2] in ROLE_HEADS)
    )


def led_by(verb: Token, subs: list[Token], conj_parties: Callable[[Token], list[Party]]) -> Party | None:
    """'Dozens of lawmakers, led by Senator A, wrote to B', 'a group of senators headed by A': a group
    with no name acts through the one who leads it (the participle hangs on the group, its members or
    the verb)."""
    if not subs or not all(
        s.ent_type_ in ("", "CARDINAL") and (s.pos_ in ("NOUN", "NUM") or s.ent_type_ == "CARDINAL")
        for s in subs
    ):
        return None
    members = [
        g for s in subs for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
    ]
    for holder in [
        verb,
        *subs,
        *members,
    ]:  # "a group of senators led by A": the participle on the members
        for c in holder.children:
            if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in ("lead", "head") and c.tag_ == "VBN":
                for agent in c.children:
                    if agent.dep_ == "agent":
                        found = [p for g in agent.children if g.dep_ == "pobj" for p in conj_parties(g)]
                        if found:
                            return found[0]
    return None
