"""Idioms of the words of correspondence that send nothing: 'letter' in the sense of the exact wording of a
rule ("the letter of the law", "the letter and the spirit of the agreement", "to the letter"), the
annual message a head of state delivers to the legislature or the nation (a speech), and a message sent to
someone through the media (what is said in public)."""

from __future__ import annotations

from spacy.tokens import Token

# What has a letter (its wording) and a spirit: laws, treaties and rules.
RULES = frozenset(
    "law laws constitution agreement agreements treaty treaties rule rules regulation regulations accord"
    " accords charter resolution resolutions statute statutes code convention covenant".split()
)


def letter_of_a_rule(tok: Token) -> bool:
    """``tok`` is 'letter' naming the wording of a law or a treaty ("the letter of the law", "the spirit and
    letter of the accord", "followed the rules to the letter")."""
    if tok.lemma_.lower() != "letter" or tok.tag_ == "NNS":
        return False
    heads = [tok, *(c for c in tok.conjuncts)]
    if any(h.lemma_.lower() == "spirit" for h in heads):
        return True  # "the letter and (the) spirit of ..."
    of = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if any(g.dep_ == "pobj" and g.lemma_.lower() in RULES for g in of):
        return any(c.lower_ == "the" for c in tok.children)  # not "sent a letter of agreement to B"
    to = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
    bare = all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return (
        to is not None and bare and to.head.lemma_.lower() in _KEEPING
    )  # "followed the rules to the letter"


def called_to_order(verb: Token) -> bool:
    """'called the meeting to order', 'called the House to order': opening or disciplining a sitting, no call
    (read left to right: 'to order' within the clause, before any other verb)."""
    doc = verb.doc
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 10)]:
        if t.pos_ in ("VERB", "AUX") or t.is_sent_start or t.text in (";", ":"):
            return False
        if t.lower_ == "to" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "order":
            after = (
                doc[t.i + 2] if t.i + 2 < len(doc) else None
            )  # not "called B on Tuesday to order a review"
            return not any(c.dep_ == "dobj" for c in doc[t.i + 1].children) and (
                after is None or after.is_punct or after.pos_ in ("ADP", "ADV", "SCONJ", "CCONJ")
            )
    return False


_KEEPING = frozenset({"follow", "obey", "apply", "implement", "respect", "observe", "execute", "comply"})


def annual_address(tok: Token) -> bool:
    """'Her annual message to Congress', 'his yearly message to the nation', 'his Message to the Kessel
    Assembly' (titled): the address a head of state gives a legislature or the people each year, a speech.
    To a person ("her annual New Year message to King B") it is a message sent."""
    annual = any(c.dep_ == "amod" and c.lemma_.lower() in ("annual", "yearly") for c in tok.children)
    titled = tok.text == "Message" and tok.i > tok.sent.start  # "in his Message to the Kessel Assembly"
    if tok.lemma_.lower() != "message" or not (annual or titled):
        return False
    heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "delivered her annual message to Congress"
    to = [
        g
        for h in heads
        for c in h.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for g in c.children
    ]
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    to += [g for g in (nxt.children if nxt is not None and nxt.lower_ == "to" else []) if g.dep_ == "pobj"]
    if titled and not annual and not any(g.lemma_.lower() in _ASSEMBLIES for g in to):
        return False  # (a titled "Message to King B" is one sent)
    return bool(to) and not any(t.ent_type_ == "PERSON" for g in to for t in g.subtree)


# Who hears a head of state's yearly address: a legislature or the people.
_ASSEMBLIES = frozenset(
    {
        "assembly",
        "parliament",
        "congress",
        "legislature",
        "nation",
        "people",
        "duma",
        "senate",
        "diet",
        "majlis",
    }
)


# Channels of what is said in public: a message sent through them reaches everyone, no one's mail.
PUBLIC_CHANNELS = frozenset(
    {"media", "press", "newspaper", "newspapers", "television", "airwaves", "megaphone"}
)


def through_the_media(tok: Token) -> bool:
    """'Washington likes to send messages to Beijing through the media', 'sent a message to B via the press':
    ``tok`` is a message whose sending verb (or itself) goes through a public channel."""
    if tok.lemma_.lower() != "message":
        return False
    holders = [tok, *([tok.head] if tok.dep_ == "dobj" else [])]
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("through", "via", "in")
        and (g.lemma_.lower() in PUBLIC_CHANNELS or g.lower_ in PUBLIC_CHANNELS)
        for h in holders
        for p in h.children
        for g in p.children
        if g.dep_ == "pobj"
    )
