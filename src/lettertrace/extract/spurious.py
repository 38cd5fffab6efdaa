"""Letters said not to be genuine, and acts a denial answers: 'a forged letter', 'the letter was fabricated',
'denied reports that A had sent a letter to B', 'there is no evidence that A wrote to B'."""

from __future__ import annotations

from spacy.tokens import Token

from .described_as import described_object_of

# Words that say a letter is not what it claims to be ("a forged letter", "the letter was fabricated").
SPURIOUS = frozenset(
    "fake forged fabricated bogus spurious counterfeit hoax doctored phony phoney sham fictitious forgery"
    " fabrication".split()
)
_PASSED_AS = frozenset({"present", "pass", "circulate", "portray", "bill", "label", "describe", "disguise"})
_REFUTING = frozenset({"deny", "refute", "debunk", "dismiss"})
_CLAIMING = frozenset({"claim", "allege", "suggest", "say", "assert", "report"})


def spurious(tok: Token) -> bool:
    """A letter the report says is not genuine, or a claim of one that is denied: 'a forged letter', 'a
    document presented as a letter from A', 'the letter was fabricated', 'the letter is not genuine',
    'denied reports claiming that A had sent a letter', 'there is no evidence that A wrote to B'. A letter
    only hedged ('purportedly sent by A', 'an alleged letter') is still reported as one."""
    noun = tok if tok.pos_ in ("NOUN", "PROPN") else None
    if never_sent(tok) or unanswered_call(tok):
        return True
    if noun is not None and _existence_denied(noun):
        return True  # "Ministry denies existence of secret letter"
    if noun is not None and _scare_quoted(noun):
        return True  # "a screenshot of a "call" between two leaders": a so-called call
    if noun is not None and _record_of_talk(noun):
        return True  # "A memorandum of telephone conversation records a call": a record, no letter
    if noun is not None and any(c.lower_ == "such" and c.dep_ == "predet" for c in noun.children):
        return True  # "had alleged that such a letter existed": a letter of a kind, no act told
    if noun is not None and (_said_spurious(noun) or to_the_public(noun)):
        return True  # ... or "his message to the people of X": a public address, no one's mail
    if noun is not None and _known_in_urged_act(noun):
        return True  # "urged B to accept the proposal in the first letter": a letter known, no act told
    path = list(tok.ancestors)
    if _denied_next(tok, path) or any(_withdrawn(a, path[n - 1] if n else tok) for n, a in enumerate(path)):
        return True  # ... or "An earlier version of this story said that A called B on Sunday"
    for n, a in enumerate(path):
        below = path[n - 1] if n else tok
        if (
            a.pos_ == "NOUN"
            and below.dep_ in ("acl", "ccomp")
            and any(c.dep_ == "det" and c.lower_ == "no" for c in a.children)
        ):
            return True  # "there is no evidence that A wrote to B"
        if a.lemma_.lower() in _REFUTING and a.pos_ == "VERB":
            return any(
                b.lemma_.lower() in _CLAIMING and b.dep_ in ("acl", "ccomp", "relcl") for b in path[:n]
            ) or _denied_story(a, [tok, *path[:n]])
    return False


# Verbs whose negation in a conjunct says the letter never went: "began to write to B but never sent it".
_FINISHING = frozenset({"send", "complete", "finish", "mail", "deliver"})


def never_sent(tok: Token) -> bool:
    """A letter the report says was never sent: 'a draft letter', 'his unsent letter', 'a letter that A began
    to write to B but never completed or sent', 'A wrote to B but never sent the letter'."""
    from .lexicon import cues

    sent = (
        tok.dep_ == "dobj" and tok.head.lemma_.lower() in cues()["send_verbs"]
    )  # "sent a draft letter to B"
    if tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "compound")
        and c.lower_ in cues()["unsent_modifiers"]
        and not (sent and c.lower_ == "draft")
        for c in tok.children
    ):
        return True
    verbs = [tok] if tok.pos_ in ("VERB", "AUX") else [c for c in tok.children if c.dep_ in ("relcl", "acl")]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _COMPOSING:
        verbs.append(tok.head)  # "A wrote a letter to B but did not send it"
    while verbs and verbs[0].dep_ == "xcomp" and verbs[0].head.pos_ == "VERB":
        verbs.insert(0, verbs[0].head)  # "began to write to B but never sent it": the verb begun
    verbs += [x for v in verbs for x in v.children if x.dep_ == "xcomp"]
    return any(
        c.lemma_.lower() in _FINISHING
        and any(n.dep_ == "neg" for n in c.children)
        and _the_letter_or_none(c)
        and _bare(c)
        for v in verbs
        for conj in v.conjuncts
        for c in (conj, *(x for x in conj.children if x.dep_ == "xcomp"))  # "... but decided not to send it"
    )


def _withdrawn(verb: Token, clause: Token) -> bool:
    """``clause`` is what an earlier version of the text said (its 'that' clause, before any ';': "said that
    A wrote to B; she called him" withdraws the letter, not the call)."""
    return (
        clause.dep_ == "ccomp"
        and _corrected(verb)
        and not any(t.text == ";" for t in verb.doc[min(verb.i, clause.i) : max(verb.i, clause.i)])
    )


def _corrected(verb: Token) -> bool:
    """A verb whose subject is an earlier version of the text: what it said is withdrawn ("An earlier version
    of this blog said that A called B on Sunday evening")."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lemma_.lower() in ("version", "edition")
        and any(m.lower_ in ("earlier", "previous", "original", "first") for m in c.children)
        for c in verb.children
    )


def _scare_quoted(noun: Token) -> bool:
    """The noun alone between quotation marks: 'a "call" between two leaders', 'the "letter"'."""
    doc = noun.doc
    if noun.i == 0 or noun.i + 1 >= len(doc):
        return False
    return doc[noun.i - 1].is_quote and doc[noun.i + 1].is_quote and doc[noun.i - 1].is_left_punct


_RECORDS = frozenset({"memorandum", "memo", "note", "minute", "minutes"})
_TALK = frozenset(
    {"conversation", "call", "meeting", "talk", "discussion", "exchange", "audience", "interview"}
)


def _record_of_talk(noun: Token) -> bool:
    """'a memorandum of (telephone) conversation', 'the note of the meeting': the record of a talk kept by one
    side, no letter to anyone (the talk is the act)."""
    doc = noun.doc
    if noun.lemma_.lower() not in _RECORDS:
        return False
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        before = (t for t in doc[max(0, noun.i - 300) : noun.i] if t.lemma_ == noun.lemma_)
        if any(_of_talk(t) for t in before):
            return True  # "According to the memorandum, A told B": the record told of before
    return _of_talk(noun)


def _of_talk(noun: Token) -> bool:
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "of":
        return False
    return any(
        t.lemma_.lower() in _TALK for t in doc[noun.i + 2 : noun.i + 5]
    )  # the parse may miss "of"'s object


def _denying(verb: Token) -> bool:
    """A verb that says a claim is untrue: "deny" and the verbs that dismiss one ("reject", "refute")."""
    from .lexicon import cues

    return verb.lemma_.lower() in (*cues()["denial_verbs"], *cues()["dismissal_verbs"])


def _existence_denied(noun: Token) -> bool:
    """'denies (the) existence of a secret letter', 'rejected the existence of any call': none was made."""

    of = noun.head
    being = of.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and being.lemma_.lower() == "existence"
        and being.dep_ == "dobj"
        and _denying(being.head)
    )


# Verbs of composing a letter, whose object may then go unsent ("drafted a letter to B but never sent it").
_COMPOSING = frozenset({"write", "draft", "pen", "compose", "prepare", "type", "draw"})


def _bare(verb: Token) -> bool:
    """The negated verb says no more than that it was not done: not "did not send it until Friday", "to the
    press", "through the embassy", "immediately", "herself" (sent after all, or sent another way)."""
    allowed = {"neg", "nsubj", "nsubjpass", "dobj", "aux", "auxpass", "cc", "conj", "punct"}
    return all(
        c.dep_ in allowed or c.dep_ == "advmod" and c.lower_ in ("never", "ever") for c in verb.children
    )


def _the_letter_or_none(verb: Token) -> bool:
    """The negated verb's object is the letter itself ("never sent it", "never sent the letter") or none
    ("never completed or sent"); not another thing ("never sent a copy to C", "never signed the treaty")."""
    from .lexicon import cues, noun_kind

    subjects = [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
    ]  # "but the reply was never sent"
    if any(
        s.lower_ != "it"
        and s.lower_
        not in ("i", "we")  # "I wrote a letter, but I never sent it" (not "but he did not send them")
        and (noun_kind(s) is None or s.lemma_.lower() in cues()["reply_nouns"])
        for s in subjects
    ):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return all(
        o.lower_ in ("it", "them") or noun_kind(o) is not None and o.tag_ != "NNS" for o in objs
    ) and not any(o.lower_ == "copy" or any(c.lower_ == "copy" for c in o.children) for o in objs)


# Nouns of a story told about an act, which a denial can answer ("denied reports that A wrote to B").
_STORIES = frozenset(
    {"report", "claim", "rumour", "rumor", "allegation", "suggestion", "speculation", "story"}
)


def _denied_next(tok: Token, path: list[Token]) -> bool:
    """'Local media reported that A had spoken by telephone with B. The palace denied the report.': an act
    told only as what a story says, which the next sentence denies."""
    told = next((a for a in path if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in _STORY_VERBS), None)
    if told is None or not any(a.dep_ == "ccomp" and a.head.i == told.i for a in [tok, *path]):
        return False
    sent = tok.sent
    if sent.end >= len(tok.doc):
        return False
    nxt = tok.doc[sent.end].sent
    root = nxt.root
    if root.lemma_.lower() not in _REFUTING or any(c.dep_ == "neg" for c in root.children):
        return False  # not "The palace did not deny the report"
    return any(  # "the report", "such reports"; not "the report of troop movements", "the claim that ..."
        c.dep_ in ("dobj", "nsubjpass")
        and c.lemma_.lower() in _STORIES
        and any(d.lower_ in ("the", "this", "these", "such", "that") for d in c.children)
        and not any(d.dep_ in ("prep", "acl", "relcl", "ccomp") for d in c.children)
        for c in root.children
    )


# Verbs a story is told with ("Media reported that A had called B"); not a party's own "A said".
_STORY_VERBS = frozenset({"report", "claim", "allege", "suggest", "rumour", "rumor"})


def _denied_story(verb: Token, path: list[Token]) -> bool:
    """'denied reports that A had sent a letter to B', 'denied a report by the weekly that A wrote to B',
    'denies reports of a phone call with B': the act is the content of a story the verb's object names (its
    'that' clause, or a noun of it), not a letter that denies ('denied the claims in a letter to B')."""
    story = path[-1]
    if (
        story.lemma_.lower() not in _STORIES
        or story.dep_ not in ("dobj", "nsubjpass")
        or story.head.i != verb.i
    ):
        return False
    below = path[-2] if len(path) > 1 else None
    if below is None:
        return False
    # "dismissed reports that she was ill in a letter to B": the letter is the denial's medium
    if path[0].dep_ == "pobj" and path[0].head.lower_ in ("in", "through", "by", "via", "over"):
        return False
    if below.dep_ in ("acl", "ccomp") and below.pos_ in ("VERB", "AUX"):
        return True  # the story's 'that' clause holds the act
    return (
        below.dep_ == "prep" and below.lower_ == "of" and path[0].dep_ == "pobj" and path[0].head.i == below.i
    )


def _said_spurious(noun: Token) -> bool:
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    words |= {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if words & SPURIOUS:
        return True  # "a forged letter"
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in _PASSED_AS:
        return described_object_of(noun) is None  # "a document presented as a letter from A" (not "held what
        # was described as a call")
    said = noun.head
    told = {c.lemma_.lower() for c in said.children if c.dep_ in ("acomp", "attr")}
    if noun.dep_ == "nsubj" and told & SPURIOUS:
        return True  # "the letter is a forgery"
    if (
        noun.dep_ == "nsubj"
        and told & {"genuine", "authentic"}
        and any(c.dep_ == "neg" for c in said.children)
    ):
        return True  # "the letter is not genuine"
    return noun.dep_ == "nsubjpass" and said.lemma_.lower() in _MADE_UP  # "the letter was fabricated"


_MADE_UP = frozenset({"fabricate", "forge", "fake", "doctor", "concoct", "invent"})


# Verbs that weigh an act without doing it, with "a call" or "a letter" as object ("considered the letter
# from B" reads one that exists: only an indefinite object is weighed); so does "seeking" ("was still seeking
# a call with B"; not "sought a call", often had).
WEIGHING = frozenset({"consider", "contemplate", "weigh", "mull", "suggest", "recommend", "propose"})


def _in_prospect(verb: Token) -> bool:
    """'was on the agenda', 'is on the cards', 'is in the works', 'was not under consideration': what is
    planned (or not even that), not done."""
    return any(
        c.dep_ == "prep"
        and (
            c.lower_ in ("on", "in")
            and any(
                g.lemma_.lower() in ("agenda", "card", "horizon", "schedule", "work", "pipeline")
                for g in c.children
            )
            or c.lower_ == "under"
            and any(
                g.lemma_.lower() in ("consideration", "discussion", "review", "study") for g in c.children
            )
        )
        for c in verb.children
    )


def _ruled_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _indefinite_noun(tok: Token) -> bool:
    return not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children)


# Addressees that are a public, not a party: "a message to the nation", "a letter to the people of X"; with
# the families and victims an act speaks to (told_in), though "letters to his family" are mail.
NATIONS = frozenset("people nation population citizen public world".split())
PUBLICS = NATIONS | {"family", "victim", "community"}


def to_the_public(noun: Token) -> bool:
    """'his message to the people of X', 'a letter to the nation': addressed to a public, no one's mail."""
    alone = not noun.conjuncts and not any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in noun.head.children)
    sent = [noun.head] if noun.dep_ == "dobj" and alone else []  # "sent a message to the nation"
    tos = [c for t in (noun, *sent) for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    return any(g.lemma_.lower() in NATIONS for p in tos for g in p.children if g.dep_ == "pobj")


_URGING = frozenset({"urge", "ask", "advise", "press", "implore", "beg", "encourage", "tell", "persuade"})


def _known_in_urged_act(noun: Token) -> bool:
    """A letter named with 'the' (or a possessive) in what someone was urged to do ('urged B to ignore X
    and to accept the proposal in the first letter'): a letter told before, in advice given; no act of
    writing is told there."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "of"):
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return False
    verb = noun.head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _URGING


def denied_claim(verb: Token) -> bool:
    """The verb is the content of a claim its governing verb denies or dismisses: "denied a report in the
    Post that she had written to B", "dismissed claims that A had phoned B"."""
    from .lexicon import cues

    claim = verb.head
    return (
        verb.dep_ in ("acl", "relcl")
        and claim.lemma_.lower() in cues()["claim_nouns"]
        and claim.dep_ in ("dobj", "nsubjpass")
        and _denying(claim.head)
        and not any(c.dep_ == "neg" for c in claim.head.children)  # "did not deny a report that ..."
    )


_CALLING = frozenset({"call", "phone", "telephone", "ring", "dial"})
_NOBODY = frozenset({"nobody", "noone", "none"})


def unanswered_call(tok: Token) -> bool:
    """'I called State House twice and nobody picked up', 'Her calls to B went unanswered', 'phoned B but
    no one answered': a call tried that reached no one is no call."""
    if tok.lemma_.lower() not in _CALLING:
        return False
    sent = tok.sent
    for t in sent:
        if t.i <= tok.i:
            continue
        if t.lower_ == "unanswered" and t.head.i in (tok.i, tok.head.i):
            return True  # "calls went unanswered", "the call was left unanswered"
        joined = t.dep_ == "conj" and t.head.i in (tok.i, tok.head.i)  # "called B and nobody picked up"
        bare = not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in t.children
        )  # not "answered her questions"
        if t.lemma_.lower() in ("pick", "answer") and t.pos_ == "VERB" and joined and bare:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            no_one = subj is not None and (
                subj.lower_ in _NOBODY
                or subj.lower_ == "one"
                and any(c.lower_ == "no" for c in subj.children)
            )
            if no_one:
                return True
    return False
