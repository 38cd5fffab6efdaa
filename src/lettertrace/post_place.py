"""Places the recogniser took for people. A post's place taken into its holder's name: in 'Britain's
ambassador to Kenya Jane Marriott' the tagger reads 'Kenya Jane Marriott' as one person. Where a title word and 'to' or 'in'
stand right before a person's name of three words or more that opens with a state's whole name (as
the CLDR gives it), the state is the post's place and the name starts after it. A given name that is
also a state's ('Jordan Lee') is left alone when no post comes before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .names import fold, is_state_name, title_words

# Posts held in or accredited to a state besides the titles a name may follow ("High Commissioner to X").
_POSTS = frozenset({"commissioner", "consul", "consul-general", "delegate", "nuncio", "attache", "attaché"})


def place_before_name(ent: Span) -> int:
    """Where the person's name starts: after a leading state's name the post before it is held in or of
    ("ambassador to Kenya A B", "President-elect of Kessel A B", "the Ambassador of X to Kenya A B", "High Commissioner to Ghana A B", the
    last two also where the tagger took the whole for a body)."""
    doc, start = ent.doc, ent.start
    if ent.label_ not in ("PERSON", "ORG", "FAC", "GPE") or len(ent) < 3 or start < 2:
        return start
    prep = doc[start - 1]
    if prep.lower_ not in ("to", "in", "of") or not _post_before(prep):
        return start
    for end in (start + 2, start + 1):  # "Costa Rica", "Kenya"
        if end < ent.end - 1 and is_state_name(doc[start:end].text):
            words = [t for t in doc[end : ent.end] if t.text != "-"]  # "A-B C": a hyphened given name
            if ent.label_ == "PERSON" or len(words) <= 3 and all(t.is_alpha and t.is_title for t in words):
                return end
    return start


def _post_before(prep: Token) -> bool:
    """A post's word right before 'to' or 'in', or before its 'of X' ("the Ambassador of X to")."""
    doc, i = prep.doc, prep.i - 1
    if i >= 2 and doc[i].lower_ == "elect" and doc[i - 1].text == "-":
        i -= 2  # "President-elect of X A B": the post to be held
    if prep.lower_ == "of":
        return fold(doc[i].text).lower().strip(".") in title_words()  # "President of X A B"
    if doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN":
        j = i
        while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ == "PROPN" and i - j < 3:
            j -= 1
        if j >= 2 and doc[j - 1].lower_ == "of":
            i = j - 2  # "the Ambassador of Kessel | to Kenya A B"
    word = fold(doc[i].text).lower().strip(".")
    return word in title_words() or word in _POSTS


_WHERE = frozenset({"in", "across", "throughout", "within", "around", "near", "into"})


def article_before_one_word(ent: Span) -> bool:
    """'in the Sahel', 'across the Maghreb' tagged a person: a one-word name right after 'the' after a
    preposition of place is a place's; a person's name takes no article ('the late A B' has a word
    between, 'the Dalai Lama' two words; "the Voorzitter" is a title set off before a name)."""
    doc = ent.doc
    return (
        ent.label_ == "PERSON"
        and len(ent) == 1
        and ent.start > 1
        and doc[ent.start - 1].lower_ == "the"
        and doc[ent.start - 2].lower_ in _WHERE  # "in the Sahel"; not "wrote to the Voorzitter"
        and not (ent.end < len(doc) and doc[ent.end].pos_ == "PROPN")
    )
