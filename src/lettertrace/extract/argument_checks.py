"""Small tests the argument filler asks of a noun or a clause: whether a message is a greeting (always
addressed to someone), whether a relative clause tells what was said in the act ("during which")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .lexicon import blocked, cues
from .mentions import Party, _head_word
from .syntax import COURIER_HEADS, GREETING_NOUNS, _is_courier

# Verbs that tell who wrote a text, as its passive's agent ("The letter was drafted by A"): the author.
AUTHORING = frozenset(
    {
        "author",
        "co-author",
        "draft",
        "compose",
        "pen",
        "initiate",
        "organise",
        "organize",
        "coordinate",
        "spearhead",
        "lead",  # "a joint letter led by A": its lead signer
    }
)


def _greeting(noun: Token) -> bool:
    """'a congratulatory message', 'a message of condolence': a greeting is always addressed to someone."""
    words = [c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")]
    words += [
        g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    return any(w in GREETING_NOUNS or w.startswith(("congratulat", "condol", "felicit")) for w in words)


def _during_which(clause: Token) -> bool:
    """A relative clause opened by a preposition and 'which' ("during which", "in which"): it tells what
    was said in the act, whose parties it does not name."""
    return any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in clause.children)


def _thanked_noun(noun: Token) -> bool:
    """'thanked B for his letter', 'expressed gratitude to B for the letter of congratulations': a noun of
    what is thanked for, with a possessive pronoun or 'the' (not 'for a letter A had sent')."""
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in noun.children):
        return True
    return not sent_by_another(noun) and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def read_as_thanks(noun: Token, has_sender: bool) -> bool:
    """Whether ``noun`` is read as what a thanks is for, sent by the one thanked: when nothing else gave it
    a sender, or when the sender its clause gives is a pronoun for the one thanked."""
    return (not has_sender or sent_by_the_thanked(noun)) and _thanked_noun(noun)


def sent_by_another(noun: Token) -> bool:
    """'for the letter the students had sent her', 'for the message from the union', 'for the letter she
    had received': what is thanked for names its own sender, who need not be the one thanked (not 'for her
    letter, in which she asked for aid', which tells what the letter said)."""
    moves = {*cues()["send_verbs"], *cues()["receive_verbs"], *AUTHORING}
    return any(
        c.dep_ in ("relcl", "acl")
        and c.lemma_.lower() in moves
        and any(g.dep_ in ("nsubj", "agent") for g in c.children)
        and not sent_by_the_thanked(noun)
        or c.dep_ == "prep"
        and c.lower_ in ("from", "by")
        for c in noun.children
    )


def sent_by_the_thanked(noun: Token) -> bool:
    """'thanked B for the letter she had sent', 'expressed gratitude to B for the message he sent him': what
    is thanked for was sent, in a clause of its own, by a third-person pronoun, which in a thanks is the
    one thanked (the thanker thanks the other for what the other sent)."""
    return any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in cues()["send_verbs"]
        and any(g.dep_ == "nsubj" and g.lower_ in ("he", "she", "they") for g in c.children)
        for c in noun.children
    )


def authored(verb: Token) -> bool:
    """'The letter was drafted by A': ``verb`` names the author, unless its sentence names a person who signed
    ("drafted by C and signed by President A": A sends; not "also signed by three former ministers")."""
    signer = any(
        t.lemma_.lower() == "sign"
        and any(
            g.dep_ == "pobj"
            and (g.ent_type_ == "PERSON" or g.pos_ == "PROPN")
            and g.tag_ not in ("NNS", "NNPS")  # "signed by 40 Democrats": a crowd of signers, no one's name
            for a in t.children
            if a.dep_ == "agent"
            for g in a.children
        )
        for t in verb.sent
    )
    return verb.lemma_.lower() in AUTHORING and not signer


def signed_by_many(noun: Token) -> bool:
    """'the letter signed by 40 Democrats': a letter whose signers are a crowd counted, not named."""
    return any(
        c.dep_ in ("acl", "relcl")
        and c.lemma_.lower() in ("sign", "co-sign", "cosign")
        and any(
            g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS")
            for a in c.children
            if a.dep_ == "agent"
            for g in a.children
        )
        for c in noun.children
    )


def _carried_by_courier(verb: Token, subject: Party) -> bool:
    """The subject of a verb of carrying is a courier: by its office ("Envoy C delivered the letter"), or
    named as a delegation or envoy its reader took a leader of ("A delegation led by C handed the letter")."""
    return _is_courier(subject) or any(
        c.dep_ == "nsubj" and _head_word(c) in COURIER_HEADS for c in verb.children
    )


def signed_after(verb: Token, prep_party: Callable[[Token, tuple[str, ...]], Party | None]) -> Party | None:
    """The signer of a passive of signing joined to ``verb`` with no subject of its own ("The letter was
    drafted in X and signed first by A": A sends it), where ``verb`` itself names no agent."""
    if prep_party(verb, ("by",)) is not None or blocked(verb) or _modal(verb):
        return None  # (not "will be signed first by A", "was drafted but not signed by A")
    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.tag_ == "VBN"
            and c.lemma_.lower() in ("sign", "co-sign", "cosign")
            and not any(g.dep_.startswith("nsubj") for g in c.children)
            and not blocked(c)
            and not _modal(c)
            and (p := prep_party(c, ("by",))) is not None
        ):
            return p
    return None


def _modal(verb: Token) -> bool:
    """The verb is told as to come or as possible ("will be signed", "is being drafted", "may sign")."""
    return any(
        a.dep_ in ("aux", "auxpass") and (a.tag_ == "MD" or a.lower_ == "being") for a in verb.children
    )
