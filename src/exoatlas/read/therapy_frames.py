"""What a title claims when it sets the EVs beside a therapy, and what a nominal claim is about.

Used by ``read.frames``. A title often has no verb: 'cord MSC exosomes: a new cell-free remedy
for septic shock', 'MSC exosomes as a fresh option against lung fibrosis', 'A new therapy for
glioma: MSCs releasing exosomes that carry a miRNA' each claim the EVs
lower the disease, as 'protective effects of EVs on X' does. The disease may stand behind a
therapy noun ('for the treatment of X'). The therapy nouns are ``cues.tsv`` 'therapy_noun'."""

from __future__ import annotations

from typing import Any

from exoatlas.model import Entity
from exoatlas.read.agent_kind import agent_kind, written_phrase
from exoatlas.read.coordination import list_conjuncts
from exoatlas.read.doctext import text_of
from exoatlas.read.objects import ground_object
from exoatlas.read.phrases import examples_of
from exoatlas.read.reading import current
from exoatlas.vocab import cues, rules

_TARGET_PREPS = ("on", "in", "against", "for")
# what a phrase between a title's colon (or 'as') and its therapy noun may hold: determiners,
# adjectives, nouns, adverbs, numbers, hyphens ('a new cell-free remedy'); a verb, a modal or a
# preposition makes it a clause, not the noun phrase the title sets beside the EVs
_CLAUSE_TAGS = ("MD", "IN", "TO", "PRP", "WDT", "WP", "EX")
FINITE = ("VBD", "VBZ", "VBP")
_SUBORDINATE = ("relcl", "acl", "advcl", "ccomp")


def therapy_owner(noun: Any, products: tuple[str, ...]) -> Any:
    """The token whose phrase states the claim when a therapy noun is set beside the EVs in a
    verbless title, or None: apposition ('EVs, a therapy for X'), either side of a title's colon
    ('EVs: a novel therapy for X', 'A novel therapy for X: EVs ...'), 'EVs as a therapy for X'
    in a title with no verb, or 'EVs are a therapy for X'. Not when an adjective hedges the
    therapy ('a potential therapy')."""
    doc = noun.doc
    # (or the noun the therapy's phrase hangs on: 'a potential option for X treatment')
    held = [noun, noun.head.head] if noun.head.tag_ == "IN" else [noun]
    if any(c.dep_ == "amod" and cues.cue_found("hedge", c.text) for n in held for c in n.children):
        return None  # 'EVs: a potential therapy for X' proposes, it does not claim
    if "?" in text_of(doc):
        return None  # 'EVs as a therapy for X: hype or hope?' asks
    if noun.dep_ == "appos":
        named = doc[: noun.left_edge.i].text  # what the title sets it beside
        return noun.head if agent_kind(named, products) == "product" else None
    colon = next((t for t in doc if t.text == ":"), None)
    if colon is not None and noun.i > colon.i and _bare(doc[colon.i + 1 : noun.i]):
        return noun if _msc_product(doc[: colon.i].text, products) else None
    if colon is not None and noun.i < colon.i and _bare(doc[: noun.i]):
        after = doc[colon.i + 1 :]
        if any(t.tag_ in FINITE and t.dep_ not in _SUBORDINATE for t in after):
            return None  # 'A new therapy for X: MSC exosomes promote its metastasis' says more
        return noun if _msc_product(after.text, products) else None
    head = noun.head
    copula = head.lower_ in ("is", "are")
    # a review's 'MSC exosomes have emerged (serve) as a therapy for X', 'provide (represent) a
    # new therapy for X' (in a study's abstract the outlook its results open, not a result)
    review = current().review  # (``read.reading``)
    if review and noun.dep_ == "pobj" and head.lower_ == "as":
        if cues.cue_found("as_copula_verb", head.head.lower_):
            head, copula = head.head, True
    elif review and noun.dep_ == "dobj" and cues.cue_found("therapy_offering_verb", head.lower_):
        copula = True
    if copula and any(c.dep_ == "aux" and cues.cue_found("hedge", c.text) for c in head.children):
        return None  # 'MSC exosomes may represent a therapy for X' proposes it
    if copula and _conceded(head, noun):
        return None  # 'Although MSC-EVs represent a therapy for X, we found ...'
    if copula and noun.dep_ in ("attr", "pobj", "dobj"):
        # 'MSC exosomes are an effective treatment for X': the copula's subject is the therapy
        subject = " ".join(t.text for c in head.children if c.dep_ == "nsubj" for t in c.subtree)
        return noun if subject and agent_kind(subject, products) == "product" else None
    if noun.dep_ == "ROOT" and noun.tag_.startswith("NN"):
        # a verbless title naming the EVs as the therapy's kind: 'MSC exosome therapy for X'
        kind = [c for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod")]
        named = doc[kind[0].left_edge.i : noun.i] if kind else None
        # (not a hedge, nor a verb the parser hung on it: 'The EVs reduced neuroprotection')
        hedged = named is not None and any(
            cues.cue_found("hedge", t.text) or (t.is_alpha and rules.polarity_of(t.text))
            for t in named
        )
        if named is not None and not hedged and _msc_product(named.text, products):
            return noun
    treating = _treating_title(noun, products) or _treated_with(noun, products)
    if treating is not None:
        return treating
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "as"
        # (or hung on the participle of their name: 'Exosomes derived from MSCs as a ...')
        and (head.head.tag_.startswith("NN") or _named_participle(head.head))
        and noun.sent.root.tag_.startswith("NN")  # a verbless title ('EVs were tested as' is not)
        # headed by the vesicles ('MSC exosomes as a therapy'), not by what it says of them
        # ('Limitations of MSC exosomes as a therapy for X')
        and _named_first(doc[: head.i], products)
        and _bare(doc[head.i + 1 : noun.i])
    ):
        return noun if _msc_product(doc[: head.i].text, products) else None
    return None


def _conceded(verb: Any, noun: Any) -> bool:
    """Is a therapy claim conceded: its verb marked 'although' / 'though', or the study's own
    result set against it after the therapy ('...; however, in our model they promoted X')? Not
    a contrast or a caveat ('..., while the parent cells carry risks', '..., but dosing needs
    work')."""
    conceding = cues.cue_literals("conceded_claim_word")
    if any(c.dep_ == "mark" and c.lower_ in conceding for c in verb.children):
        return True
    rest = noun.doc[noun.i + 1 :].text if noun.i + 1 < len(noun.doc) else ""
    return cues.cue_found("own_result_against", rest)


def _named_participle(verb: Any) -> bool:
    """A participle naming where a noun came from ('Exosomes derived from X'), hung on it."""
    return bool(verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.tag_.startswith("NN"))


def _treating_title(noun: Any, products: tuple[str, ...]) -> Any:
    """A verbless title naming the EVs 'for' or 'in the treatment of' a disease ('MSC exosomes
    for the treatment of stroke', 'Use of MSC-EVs in the treatment of X'):
    the word the phrase hangs on, whose 'for' / 'in' phrase ``frame_targets`` follows to the
    disease. The EVs come first or after a noun of their use (``cues.tsv`` 'therapy_use_noun');
    not 'Limits of MSC-EVs in the treatment of X'."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ not in ("for", "in")
        or noun.lower_ not in cues.cue_literals("treatment_noun")
        or not any(_names_treated(c) for c in noun.children)
    ):
        return None
    root = noun.sent.root
    # a title's first noun may be tagged as a bare verb ('Update on the use of ...')
    if not (root.tag_.startswith("NN") or (root.tag_ == "VB" and root.i == 0)):
        return None
    before = noun.doc[: prep.i]
    if any(t.tag_ in (*FINITE, "MD") for t in before) or not _msc_product(before.text, products):
        return None
    used = [t for t in before if t.lower_ in cues.cue_literals("therapy_use_noun")]
    if not _named_first(before, products) and not (used and used[0].i <= 3):
        return None
    return prep.head if prep.head.i != prep.i else None


def _treated_with(noun: Any, products: tuple[str, ...]) -> Any:
    """A verbless title naming the EVs in the 'with' phrase of a treatment ('Treatment of X with
    MSC-EVs', 'Nebulization therapy for X with exosomes of MSCs'), or opening with a gerund of
    treating (``cues.tsv`` 'treating_gerund': 'Treating X with MSC-EVs', 'Targeting X with ...'):
    the treatment, whose 'of' / 'for' phrase or object names what the EVs lower."""
    if noun.dep_ != "ROOT" or any(t.tag_ in (*FINITE, "MD") for t in noun.doc):
        return None  # ('Treatment of X with EVs reduced Y' says what they did)
    if noun.tag_.startswith("NN"):
        if noun.lower_ not in cues.cue_literals("treatment_noun"):
            return None
    elif noun.i != 0 or not cues.cue_found("treating_gerund", noun.text):
        return None
    held = [c.i for c in noun.children]
    for w in noun.subtree:
        # ('with' hung on the treatment, or on the disease its 'of' / 'for' phrase names)
        if (
            w.dep_ == "prep"
            and w.lower_ == "with"
            and (
                w.head.i == noun.i
                or (w.head.dep_ in ("pobj", "dobj") and w.head.head.i in (noun.i, *held))
            )
        ):
            for g in w.children:
                # (or a name the parse split: 'with human umbilical cord | MSC-derived EVs')
                run = name_run(g) if g.dep_ == "pobj" else None
                named = [written_phrase(g)] + ([run.text] if run is not None else [])
                if g.dep_ == "pobj" and any(_msc_product(n, products) for n in named):
                    return noun
    return None


def purpose_title(noun: Any, products: tuple[str, ...], tumour: bool) -> list[tuple[Entity, str]]:
    """'MSC exosomes for acute kidney injury: a preclinical study': a verbless title headed by the
    EVs that names what they are for (GUIDE: a title's 'for X' is a result when the title has no
    other verb of result): what it lowers (the harm) or raises (the good). Not a question."""
    doc = noun.doc
    if noun.dep_ != "ROOT" or "?" in text_of(doc) or any(t.tag_ in (*FINITE, "MD") for t in doc):
        return []
    # (the part before a colon may hang on what follows it: '...: a preclinical study in rats')
    purpose = next((t for t in doc if t.lower_ == "for" and t.dep_ == "prep"), None)
    if (
        purpose is None
        or any(t.text == ":" for t in doc[: purpose.i])
        or purpose.head.i > purpose.i
    ):
        return []
    named = doc[: purpose.i]
    if not _named_first(named, products) or not _msc_product(named.text, products):
        return []
    return [found for g in purpose.children if g.dep_ == "pobj" for found in _lowered(g, tumour)]


# (a participle the tagger took for a past tense too: 'MSCs derived exosomes')
_NAME_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "VBN", "VBD")


def name_run(noun: Any) -> Any:
    """The words from a noun phrase's start through the nouns and adjectives that run on after
    it, when the run ends on an EV word (a name the parse split: 'of human umbilical cord |
    MSC-derived extracellular vesicles'); None otherwise."""
    doc, end = noun.doc, noun.i + 1
    while end < len(doc) and doc[end].tag_ in _NAME_TAGS:
        end += 1
    if end == noun.i + 1 or not cues.cue_found("ev", doc[end - 1].text):
        return None
    return doc[noun.left_edge.i : end]


def _names_treated(child: Any) -> bool:
    """Does a therapy noun's child name what is treated: 'the treatment of X', 'X treatment'?"""
    return bool(
        (child.dep_ == "prep" and child.lower_ == "of")
        or (child.dep_ == "compound" and child.tag_.startswith("NN"))
    )


def _msc_product(named: str, products: tuple[str, ...]) -> bool:
    """The EVs of MSCs, named so: not any vesicles a title sets beside a therapy (a cell line's
    'small EVs as a treatment for X' is no claim of MSC-EVs the document's source would go to)."""
    return agent_kind(named, products) == "product" and (
        any(p in named for p in products) or cues.cue_found("msc", named)
    )


def _named_first(span: Any, products: tuple[str, ...]) -> bool:
    """Do the vesicles come before any preposition in the span ('Exosomes of MSCs as …', 'Bone
    marrow MSC exosomes as …'), so that the phrase names them, not something of theirs ('Risks
    of …', 'Barriers to …')?"""
    for t in span:
        if cues.cue_found("ev", t.text) or t.text in products:
            return True
        # 'Risks of ...', 'Barriers to ...': something of theirs (unless the MSCs come first
        # and their vesicles later: 'MSCs as factories for exosomes carrying X')
        if t.tag_ == "IN" and not cues.cue_found("msc", t.doc[span[0].i : t.i].text):
            return False
    return False


def _bare(span: Any) -> bool:
    return not any(t.tag_.startswith("VB") or t.tag_ in _CLAUSE_TAGS for t in span)


def frame_targets(
    noun: Any, owner: Any, tumour: bool, *, lowering: bool = False, raising: bool = False
) -> list[tuple[Entity, str]]:
    """What a nominal claim lowers or raises: the phrases after 'on', 'in', 'against', 'for' of
    the claim's noun or its owner; behind a therapy noun ('for the treatment of X'); and an 'on' /
    'against' / 'in' phrase the parse hung on the EVs' own modifier ('effects of EVs derived from
    MSCs on X', a title's 'protective function of exosomes from adipose MSCs in kidney injury':
    the parser gives 'in' to the MSCs, and no process or disease is where cells come from). A
    treatment's own 'of' phrase ('EVs as a cell-free treatment of X') and a gerund's object
    ('Treating X with EVs') too; and the 'in' / 'on' phrase the parse hung on the verb whose
    object the claim's noun is, when it strengthens the claim ('Curcumin enhances the therapeutic
    efficacy of MSC-EVs in X', 'Enhancement of the efficacy of MSC-EVs in X'; not 'This study
    compared the effects of A and B in X').
    ``lowering``: the claim lowers what it names whatever its valence ('the inhibitory effect of
    EVs on X'); ``raising``: it raises what it names ('the oncogenic role of EVs in X')."""
    own = _TARGET_PREPS + (("of",) if noun.lower_ in cues.cue_literals("treatment_noun") else ())
    preps = [
        c
        for holder in dict.fromkeys((noun, owner))
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in own
    ]
    # (or on the noun whose 'of' phrase it is: 'Enhancement of the therapeutic efficacy of
    # MSC-EVs in X')
    booster = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun.head
    if (
        noun.dep_ in ("dobj", "pobj")
        and owner is not noun
        and cues.cue_found("boosting_verb", booster.text)
    ):
        preps += [
            c
            for c in booster.children
            if c.dep_ == "prep" and c.lower_ in ("in", "on") and c.i > noun.i
        ]
    if owner is not noun:
        preps += [
            t
            for t in owner.subtree
            if t.dep_ == "prep"
            and t.lower_ in ("on", "against", "in")
            and t.head is not owner
            and t.head.dep_ in ("acl", "pobj", "prep", "appos")
        ]
    out: list[tuple[Entity, str]] = []
    hosts: list[tuple[Entity, str]] = []  # what the people treated have ('in patients with X')
    if noun.tag_.startswith("VB"):
        # 'Treating X with MSC-EVs'
        out += [found for c in noun.children if c.dep_ == "dobj" for found in _lowered(c, tumour)]
    for prep in preps:
        for g in prep.children:
            if g.dep_ == "pcomp" and cues.cue_found("treating_gerund", g.text):
                # 'effective in treating X'
                out += [f for c in g.children if c.dep_ == "dobj" for f in _lowered(c, tumour)]
            if g.dep_ == "pobj":
                treated = _treated(g)
                if treated == [g]:
                    treated += list_conjuncts(g)  # ('on X, Y and Z')
                found = [f for t in treated for f in _lowered(t, tumour, lowering, raising)]
                if not found and not tumour:
                    # what a class the vocabulary does not name stands for ('on several
                    # vasculopathies, such as aneurysm and atherosclerosis'; not 'on cancer
                    # cells, such as breast cancer cells, against cisplatin', a tumour shielded)
                    found = [
                        f for t in examples_of([g]) for f in _lowered(t, tumour, lowering, raising)
                    ]
                # (the disease of the people treated counts only when nothing else is named:
                # 'effective for X in patients with diabetes' does not treat the diabetes)
                (hosts if treated != [g] else out).extend(found)
                if g.lower_ in cues.cue_literals("therapy_noun"):
                    # 'for the treatment of X', 'for X treatment', 'of patients with X'
                    out += [
                        found
                        for of in g.children
                        if _names_treated(of)
                        for x in (of.children if of.dep_ == "prep" else (of,))
                        if x.dep_ in ("pobj", "compound")
                        for t in _treated(x)
                        for found in _lowered(t, tumour)
                    ]
    return out or hosts


def _treated(target: Any) -> list[Any]:
    """What a treatment for ``target`` treats: the target itself, or for the people it is given
    to ('patients with X', 'X patients', ``cues.tsv`` 'treated_host') their disease."""
    if target.lower_ not in cues.cue_literals("treated_host"):
        return [target, *_afflicted_with(target)]
    # (the parser may hang the 'with' phrase on the treatment: 'the treatment of patients | with
    # X', where a 'with' phrase before the people would be the agent, 'treatment with EVs')
    holder = target.head.head if target.dep_ == "pobj" else target
    return [c for c in target.children if c.dep_ == "compound"] + [
        g
        for p in (*target.children, *(c for c in holder.children if c.i > target.i))
        if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _afflicted_with(target: Any) -> list[Any]:
    """The disease a participle on the treated names ('in a lobe injured by bacterial
    infection', 'in rats infected with X': ``cues.tsv`` 'afflicted_participle'), counted as the
    disease of the people treated is (only when nothing else is named)."""
    return [
        g
        for c in target.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and cues.cue_found("afflicted_participle", c.text)
        for p in c.children
        if p.dep_ in ("prep", "agent") and p.lower_ in ("with", "by")
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _lowered(
    target: Any, tumour: bool, lowering: bool = False, raising: bool = False
) -> list[tuple[Entity, str]]:
    """A benefit lowers the harm it is about and raises the good ('a therapy for fibrosis'); a
    lowering claim lowers what it names ('an inhibitory effect on X'), a raising one raises it
    ('the oncogenic role of EVs in gastric cancer')."""
    out = []
    for process, opposite in ground_object(target, tumour):
        if lowering or raising:
            out.append((process, "increase" if opposite == lowering else "decrease"))
            continue
        direction = rules.restore_direction(process)
        if direction != "unknown":
            out.append((process, direction))
    return out
