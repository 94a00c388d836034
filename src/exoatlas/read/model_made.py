"""A disease model named by how it was made: 'on induced liver injury', 'in triggered
colitis' (a causing participle, ``cues.tsv`` 'model_participle', with no words of its own for
the cause). It is no change the study's agent made, whoever the sentence's subject is
(``made_model``); where the parser made the participle a verb ('EVs ameliorate induced lung
fibrosis'), the change verb before it says what happened to the disease
(``model_verb_polarity``). Used by ``read.deep``; the keyword fallback leaves such a participle
out by the cue 'model_participle_bare'."""

from __future__ import annotations

from functools import cache
from typing import Any

from exoatlas.model import Entity
from exoatlas.read.coordination import verb_like_modifier
from exoatlas.read.mentions import find_mentions
from exoatlas.read.spelled import spelled_out
from exoatlas.vocab import cues, rules
from exoatlas.vocab.rules import Polarity


@cache
def model_participles() -> frozenset[str]:
    """'induced', 'provoked' (``cues.tsv`` 'model_participle')."""
    return frozenset(cues.cue_literals("model_participle"))


def made_model(token: Any) -> bool:
    """Is the trigger a causing participle written before its noun with no words of its own
    for what caused it ('on induced liver injury', 'in triggered colitis'; not 'CCl4-induced',
    'EV-induced', 'induced by', nor a coordinated verb: 'and induced apoptosis')? Before a harm
    it names how the disease model was made, whoever the sentence's subject is."""
    return (
        token.dep_ == "amod"
        and token.lower_ in model_participles()
        and (not verb_like_modifier(token) or _repeated(token))
        and _bare(token)
    ) or _listed_beside_title_noun(token)


def _listed_beside_title_noun(token: Any) -> bool:
    """A verbless title's 'MSC EVs and induced hepatotoxicity', the participle parsed as a verb
    coordinated with the title's head noun, with no subject or cause of its own: the model the
    title sets the vesicles beside, not a change they made."""
    head = token.head
    return (
        token.dep_ == "conj"
        and token.lower_ in model_participles()
        and head.dep_ == "ROOT"
        and head.tag_.startswith("NN")
        and token.i > 0
        and token.doc[token.i - 1].lower_ == "and"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and _bare(token)
    )


def _bare(token: Any) -> bool:
    """No words of its own for the cause: no 'CCl4-', 'EV-', 'by X', 'X's'."""
    own = ("npadvmod", "compound", "nmod", "agent", "poss")
    return not any(c.dep_ in own for c in token.children) and not (
        token.i > 0 and token.doc[token.i - 1].text == "-"
    )


def _repeated(token: Any) -> bool:
    """'reduced induced apoptosis and induced necroptosis': the same bare participle a few
    words before, on the first of the listed harms, makes this one a model's too, not the verb
    of a clause of its own."""
    doc = token.doc
    return any(
        t.lower_ == token.lower_ and t.dep_ == "amod" and _bare(t)
        for t in doc[max(0, token.i - 6) : token.i - 1]
    )


def made_model_verb(token: Any) -> bool:
    """A causing participle right after a change verb, parsed as a verb of its own ('suppressed
    provoked seizures', 'EVs ameliorate induced lung fibrosis': 'induced' the root, with the
    disease its object) with no words of its own for the cause: it names the model, and the
    change verb before it is what happened to its object."""
    if token.i == 0 or not token.tag_.startswith("VB") or token.dep_ == "amod":
        return False
    verb = token.doc[token.i - 1]
    # the two linked directly ('ameliorate' an auxiliary of 'induced', 'provoked' a clause of
    # 'suppressed'), not a verb closing a clause of its own ('EVs whose miR-X was suppressed
    # triggered growth')
    linked = verb.head.i == token.i or token.head.i == verb.i
    return (
        token.lower_ in model_participles()
        and (verb.tag_.startswith("VB") or _verb_read_as_noun(verb, token))
        and linked
        and verb.dep_ not in ("relcl", "acl", "ccomp", "csubj")
        and rules.polarity_of(verb.text) is not None
        and not any(c.dep_ in ("agent", "npadvmod", "compound") for c in token.children)
    )


def _verb_read_as_noun(word: Any, participle: Any) -> bool:
    """'MSC EVs attenuate provoked colitis' tagged with 'attenuate' a noun, the subject of
    'provoked', and the vesicles its modifiers: the sentence's verb, read as a noun ('PD-L1
    blockade induced regression' is a noun: no vesicles before it)."""
    before = " ".join(c.text for c in word.lefts if c.dep_ in ("compound", "nmod", "amod"))
    return (
        word.head.i == participle.i
        and word.dep_ in ("nsubj", "compound")
        and not any(c.dep_ == "det" for c in word.children)
        and cues.cue_found("ev", before)
    )


def model_verb_polarity(token: Any) -> Polarity | None:
    """The direction a causing participle parsed as a verb takes from the change verb it names
    a model for (``made_model_verb``), or from the one its listed twin does: 'ameliorate induced
    fibrosis and induced inflammation', 'reduced induced apoptosis and induced necroptosis'
    (the second 'induced' a verb coordinated with the first verb); None for any other word."""
    if made_model_verb(token):
        return rules.polarity_of(token.doc[token.i - 1].text)
    if not (
        token.dep_ == "conj"
        and token.tag_.startswith("VB")
        and token.lower_ in model_participles()
        and _bare(token)
    ):
        return None
    first = token.head
    if first.lower_ == token.lower_:
        return model_verb_polarity(first)
    return rules.polarity_of(first.text) if _repeated(token) else None


def harm(process: Entity) -> bool:
    """A disease, or a process of harmful valence (``valence.tsv``)."""
    found = rules.valence(process)
    return process.kind == "disease" or (found is not None and found.valence == "harmful")


def made_passive(sentence: str, at: int) -> bool:
    """Is the change at ``at`` the verb of a passive that says how the model was made ('Liver
    fibrosis was induced by CCl4 and the EVs were injected', 'burns were induced in mice, and
    drops with the EVs were applied'; ``cues.tsv`` 'model_made_phrase', not 'was induced by the
    EVs')? A harm it raises is the model's, whatever the parser joined to its agent."""
    return any(m.start() <= at < m.end() for m in cues.cue("model_made_phrase").finditer(sentence))


def stimulus_change(noun: Any) -> bool:
    """Is a change noun the stimulus's own, named by its causing participle ('reflected in
    LPS-mediated enhancement of the injury score', 'the bleomycin-induced rise in collagen')?
    Its modifier ends in a causing participle (``cues.tsv`` 'model_participle', or 'mediated'
    after no gene or RNA) whose own word names the stimulus, not the vesicles ('EV-mediated
    enhancement of X' is theirs). What the vesicles then did to that change is read from the
    clause that says so ('which were reversed by the EVs'). Only in a phrase of its own: not a
    verb's object or subject or a 'from' phrase, which the verb's reading turns ('reversed the
    LPS-mediated rise in X', 'protected the mice from the hypoxia-induced rise in X')."""
    if noun.dep_ != "pobj" or noun.head.lower_ in ("from", "against", "of"):
        return False
    if rules.polarity_of(noun.head.head.text) is not None:
        return False  # (a change's own phrase: 'a decrease in the hypoxia-induced reduction of X')
    for child in noun.children:
        if child.dep_ not in ("amod", "compound") or child.i > noun.i:
            continue
        participle = child.lower_.rsplit("-", 1)[-1]
        if participle not in model_participles() | {"mediated"}:
            continue
        cause = " ".join(t.text for t in child.subtree if t.i < child.i) or child.text
        named = (cause.rsplit("-", 1)[0] if "-" in cause else cause).strip("- ")
        if not named or cues.cue_found("ev", named) or cues.cue_found("msc", named):
            return False
        # ('a VEGF-mediated rise in vessel growth': a gene or RNA it acts through is the
        # vesicles' mechanism, not a stimulus; a short form read as the abstract defined it:
        # 'BLM' for bleomycin), or as the sentence names it a stimulus ('BLM-induced fibrosis')
        stimulus = any(f"{named}-{p}" in noun.doc.text for p in model_participles())
        named = spelled_out(named)
        return (
            participle != "mediated"
            or stimulus
            or not any(m.entity.kind in ("gene", "mirna") for m in find_mentions(named))
        )
    return False
