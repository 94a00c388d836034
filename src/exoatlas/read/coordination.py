"""Which trigger governs which noun in a coordination: the small parser hangs a second verb on
the next noun ('restored viability and reduced apoptosis': 'reduced' a modifier of 'apoptosis'),
makes a later verb a conjunct of the objects, or hangs a participle that describes an object's
state on it ('rescued the impaired angiogenic ability'). Used by ``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.read.phrases import comparative_direction
from exoatlas.read.scope import VESICLES_AS_PRONOUN
from exoatlas.read.unnamed import is_trigger
from exoatlas.vocab import cues, rules

# the dependencies of a trigger's object ('reduced X', 'X was reduced', 'X was', 'made X')
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")


def nearer_trigger(token: Any) -> bool:
    """Has the noun a modifier trigger holds another trigger, listed after it, between the two
    ('EVs reduced A, increased B' misparsed with both verbs modifying B)? The nearer is the
    noun's own; not a stimulus's participle ('mitigated MI-induced damage')."""
    doc = token.doc
    return any(
        c.dep_ == "amod"
        and token.i < c.i < token.head.i
        and rules.polarity_of(c.text) is not None
        and any(t.text in (",", ";", "and") for t in doc[token.i + 1 : c.i])
        for c in token.head.children
        if c.text[:1].isalpha()
    )


COORDINATORS = frozenset({"and", "or", "but", ",", "then", "while", "whereas"})


def verb_like_modifier(token: Any) -> bool:
    """A trigger the parser hung on the next noun that is really the verb of a coordinated
    clause: 'restored viability and reduced apoptosis', 'but markedly increased viability'
    ('reduced', 'increased' as modifiers of the nouns)."""
    if token.dep_ not in ("amod", "compound", "nmod") or not is_trigger(token):
        return False
    before = token.i - 1
    while before > 0 and token.doc[before].tag_ == "RB":
        before -= 1  # its adverbs ('but markedly increased')
    return before >= 0 and token.doc[before].lower_ in COORDINATORS


def after_own_trigger(obj: Any, conjunct: Any) -> bool:
    """Is a conjunct of the trigger's object governed by a later coordinated trigger: its own
    ('... and reduced B') or one of a conjunct before it ('increased A and reduced B and C':
    C is reduced, not increased), or a trigger verb the parser made a conjunct of the objects
    ('promote the growth, migration, and invasion and inhibit apoptosis')?"""
    if conjunct.i < obj.i:
        return coordinated_trigger(conjunct)
    return any(
        coordinated_trigger(c) or (c.tag_.startswith("VB") and is_trigger(c))
        for c in obj.conjuncts
        if obj.i < c.i <= conjunct.i
    )  # (the later trigger itself a conjunct: 'promote A, B, and C and inhibit D' misparsed)


def parallel_change(token: Any, conjunct: Any) -> bool:
    """Is a conjunct of a change noun's object a change noun of its own with its own 'of'
    phrase ('the suppression of Th17 cells and expansion of Tregs', ``parallel_change_noun``)?
    Then it is a second change beside the first, not under it."""
    return (
        token.tag_.startswith("NN")
        and conjunct.lower_ in cues.cue_literals("parallel_change_noun")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in conjunct.children)
    )


def denied_conjunct(conjunct: Any) -> bool:
    """Does a 'not' of its own deny a conjunct ('reduced A but not B'; not 'not only B but
    also C')?"""
    doc = conjunct.doc
    return any(
        g.dep_ == "neg" and (g.i + 1 >= len(doc) or doc[g.i + 1].lower_ != "only")
        for g in conjunct.children
    )


def crossed_trigger(token: Any, obj: Any) -> bool:
    """Does a lowering trigger of a coordinated clause stand between a raising trigger and a
    later object ('elevated SOD level, lessened MDA, LDH and IL-1β levels', misparsed with the
    levels a conjunct of 'level')? Then the object is not the raising trigger's: it is past
    the clause the lowering one opens. Not the other way round: after a lowering verb, a raising
    participle is as often the state the first verb lessened ('alleviated the weight loss and
    elevated creatinine levels after cisplatin') as a verb of its own, and a trigger of the same
    direction changes nothing the first one's reading says. Nor is an object past a means
    phrase's own trigger ('alleviate colitis by restoring ZO-1 and occludin expression',
    misparsed with 'expression' a second object of 'alleviate') the first verb's, whichever
    way either goes."""
    if (
        obj.i > token.i
        and any(
            t.dep_ == "pcomp"
            and t.head.lower_ in ("by", "via", "through")
            and is_trigger(t)
            and token.doc[t.head.i - 1].text != ","  # (an aside: 'increased, by inhibiting X, Y')
            for t in token.doc[token.i + 1 : obj.i]
        )
    ):
        return True
    if obj.i <= token.i or rules.polarity_of(token.text) != "increase":
        return False
    return any(
        verb_like_modifier(t) and rules.polarity_of(t.text) == "decrease"
        for t in token.doc[token.i + 1 : obj.i]
    )


def coordinated_trigger(noun: Any) -> bool:
    """Does a conjunct noun have its own trigger ('... and reduced apoptosis') or comparative
    ('showed lower infiltration and higher survival')? Then that word, not the first trigger,
    gives its direction."""
    return any(
        verb_like_modifier(c)
        or (c.dep_ == "amod" and comparative_direction(c) is not None)
        # a comparative or a 'no' of its own ('lower immunogenicity, easier storage, no
        # tumorigenesis': the last two do not inherit 'lower')
        or (c.dep_ == "amod" and c.tag_ == "JJR")
        or (c.dep_ == "det" and c.lower_ == "no")
        # ('inhibited growth and invasion as well as advanced apoptosis': a participle the
        # lexicon cannot read, after 'as well as', is the verb of its own clause; not a state
        # it can: 'reduced X as well as elevated IL-6 levels' lowers the elevated levels)
        or (
            c.dep_ == "amod"
            and c.lower_.endswith("ed")
            and not is_trigger(c)
            and _after_as_well_as(c)
        )
        # ('reduced p21 and increased cyclin D1' parsed with 'p21 and increased' both
        # modifiers of 'D1': the second trigger, hung on the first modifier, is its own)
        or (
            c.dep_ == "amod"
            and any(
                g.dep_ == "conj" and is_trigger(g) and g.doc[g.i - 1].lower_ in COORDINATORS
                for g in c.children
            )
        )
        for c in noun.lefts
    )


def describes_object(token: Any) -> bool:
    """A participle describing the object of another trigger says what state the object was
    in, not what changed: 'rescued the impaired angiogenic ability', 'reduced the elevated
    apoptosis'."""
    if token.dep_ == "amod" and _listed_state(token):
        return True
    if token.dep_ != "amod" or verb_like_modifier(token) or not token.head.tag_.startswith("NN"):
        return False
    noun = token.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if any(c.dep_ == "relcl" and is_trigger(c) for c in token.head.children):
        return True  # 'increased apoptosis, which the EVs attenuated': the state they acted on
    if noun.dep_ == "pobj" and noun.head.lower_ in ("against", "from", "of"):
        noun = noun.head
    governor = noun.head
    return noun.dep_ in (*OBJECT_DEPS, "prep") and governor.i != noun.i and is_trigger(governor)


def _listed_state(adjective: Any) -> bool:
    """'inhibited the raised levels of A, B and C, and lowered levels of D': the last item of a
    list of states a verb acted on, its state said as the first item's was (a state participle
    on the amount the list hangs from); not 'reduced the levels of A and B, and increased
    levels of C', where the first item states none and the last is a change of its own."""
    noun = adjective.head
    # (the last item parsed as a second object of the verb, or as a conjunct of the verb itself)
    if noun.dep_ in OBJECT_DEPS or (noun.dep_ == "conj" and noun.head.tag_.startswith("VB")):
        earlier = [c for c in noun.head.children if c.dep_ in OBJECT_DEPS and c.i < noun.i]
        amount = earlier[-1] if earlier else noun
    else:
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if noun.i == adjective.head.i or noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return False
        amount = noun.head.head
    return amount.i != adjective.head.i and (
        amount.dep_ in OBJECT_DEPS
        and is_trigger(amount.head)
        and any(c.dep_ == "amod" and rules.polarity_of(c.text) for c in amount.lefts)
    )


def state_of_lowered_conjunct(adjective: Any) -> Any | None:
    """The first object of a lowering verb when a raising adjective modifies a noun listed after
    it ('alleviated the weight loss and elevated BUN': maybe the elevated BUN is what was
    alleviated, not a second change the vesicles made; the caller weighs the two), else None;
    None after a negated verb or a contrast ('did not reduce the weight loss but elevated BUN')."""
    noun = adjective.head
    if adjective.dep_ != "amod" or noun.dep_ != "conj":
        return None
    if rules.polarity_of(adjective.text) != "increase":
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verb = first.head
    contrast = any(
        c.dep_ == "cc" and c.lower_ in ("but", "whereas", "while", "yet")
        for c in (*first.children, *noun.children)
    )
    lowered = (
        not contrast
        and not any(c.dep_ == "neg" for c in verb.children)
        and first.dep_ in ("dobj", "nsubjpass")
        and verb.tag_.startswith("VB")
        and verb.i < adjective.i
        and rules.polarity_of(verb.text) in ("decrease", "restore")
    )
    return first if lowered else None


def list_conjuncts(noun: Any) -> list[Any]:
    """A noun's conjuncts, with the list the small parser cut from it when each item carries a
    modifier of its own ('alleviated bleomycin-induced lung fibrosis, LPS-induced lung injury
    and ovalbumin-induced asthma': the second item hung on the verb as an unlabelled
    dependent, the third its conjunct). Such an item counts when it comes right after the
    noun's phrase and a comma, hangs on a word the noun hangs under, and closes the list
    with 'and' / 'or' and a conjunct of its own."""
    out = list(noun.conjuncts)
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return out
    ancestors = {a.i for a in noun.ancestors}
    for item in doc[comma + 1 :]:
        if item.dep_ == "dep" and item.head.i in ancestors and item.left_edge.i == comma + 1:
            closes = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in item.children)
            if item.tag_.startswith("NN") and closes and item.conjuncts:
                out += [item, *(c for c in item.conjuncts if c.i > item.i)]
            break
        if item.i > noun.right_edge.i + 12:
            break
    return out


def modifier_items(noun: Any) -> list[Any]:
    """The first items of a list the small parser made modifiers of its last item's head ('the
    EVs attenuated renal injury and cell proliferation': 'injury' a modifier of 'proliferation'
    with 'cell' its conjunct): a modifier of the noun whose conjunct stands right before the
    noun, joined by 'and' / 'or'. Each is read as an object of its own (with its own modifiers:
    'renal injury'); the caller keeps those that name something."""
    out = []
    for left in noun.lefts:
        if left.dep_ not in ("nmod", "compound") or not left.tag_.startswith("NN"):
            continue
        last = [c for c in left.conjuncts if c.i == noun.i - 1]
        between = noun.doc[left.i + 1 : noun.i - 1]
        # (not an item a harm adjective qualifies, 'prevented abnormal neurogenesis and memory
        # dysfunction': what the abnormal form of a good process is, is not read here)
        harmed = any(c.lower_ in cues.cue_literals("harm_adjective") for c in left.lefts)
        if last and any(t.lower_ in ("and", "or") for t in between) and not harmed:
            out.append(left)
    return out


def conjunct_objects(token: Any) -> list[Any]:
    """'MSC exosomes prevent and treat diabetic nephropathy': a trigger verb with no object of
    its own shares the object of a therapy verb coordinated right after it (``cues.tsv``
    'shared_object_verb': 'treat', 'cure', 'manage'), when the first verb's subject is the
    vesicles (its head a vesicle word, or the reparsed 'They' standing for them) and that verb
    is finite or after a modal ('can prevent and treat'). Used by ``read.deep``."""
    doc = token.doc
    modal = any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "do", "does") for c in token.children
    )
    if token.tag_ not in ("VBP", "VBZ", "VBD") and not (token.tag_ == "VB" and modal):
        return []  # (an aim: 'strategies for preventing and treating X', 'to prevent and treat')
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    named = doc.user_data.get(VESICLES_AS_PRONOUN) and any(c.i == 0 for c in subjects)
    if not subjects or not (named or all(cues.cue_found("ev", c.text) for c in subjects)):
        return []  # ('Tear secretion increased and ...', 'The EV signal increased and reached')
    for conjunct in token.conjuncts:
        if conjunct.i <= token.i or conjunct.tag_ not in ("VB", "VBP", "VBZ", "VBD"):
            continue
        if not cues.cue("shared_object_verb").match(conjunct.lower_):
            return []
        if any(c.dep_.startswith("nsubj") for c in conjunct.children):
            return []
        if not all(t.lower_ in ("and", "or", ",") for t in doc[token.i + 1 : conjunct.i]):
            return []
        return [c for c in conjunct.children if c.dep_ == "dobj"]
    return []


def _after_as_well_as(token: Any) -> bool:
    """Do the three words before the token say 'as well as'?"""
    before = [t.lower_ for t in token.doc[max(0, token.i - 3) : token.i]]
    return before == ["as", "well", "as"]
