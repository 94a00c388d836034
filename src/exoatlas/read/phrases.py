"""Phrases of the parse: an object's words, the marker a readout names, the mechanism a
trigger states ('by targeting X', 'via Y'). Used by ``read.deep``."""

from __future__ import annotations

from typing import Any

from exoatlas.model import Entity
from exoatlas.read.doctext import text_of
from exoatlas.vocab import cues, rules

# nouns that name an amount of something, not a process: 'reduced the expression of PTEN',
# 'IL-17A transcripts were decreased', 'COL2A1 protein'
AMOUNTS = frozenset(
    {"expression", "level", "levels", "amount", "amounts", "secretion", "release", "production"}
    # ('caspase-3 activity', 'SA-β-gal activity': an own readout sweep; not 'content', a measure
    # of effect_heads.tsv whose unnamed reading 'hydroxyproline content' keeps)
    | {"activity", "activities", "concentration", "concentrations"}
    | {"mrna", "mrnas", "transcript", "transcripts", "protein", "proteins"}
)

# the prepositions that name what a trigger keeps its object from ('protected neurons from
# apoptosis', 'rescued the rats from X-induced injury', 'against oxidative stress')
AGAINST = ("from", "against")


def has_own_modifier(token: Any, skip: tuple[Any, ...] = ()) -> bool:
    """Does a noun carry words of its own that say what it is of: a compound, adjective, nominal
    or possessive modifier, or a phrase other than a 'than' one ('tumour weight', 'the weight of
    the tumours'; not 'a larger size than ...' when the comparative is in ``skip``)?"""
    return any(
        c.dep_ in ("compound", "amod", "nmod", "poss") or (c.dep_ == "prep" and c.lower_ != "than")
        for c in token.children
        if c not in skip
    )


def hyphen_before(token: Any) -> bool:
    """Does the word end a hyphened one, a dash right before it with no space ('limiting' of
    'dose-limiting', 'injured' of 'non-injured', 'induced' of 'LPS-induced')?"""
    if token.i < 1:
        return False
    before = token.doc[token.i - 1]
    return before.text in ("-", "\u2013", "\u2010") and not before.whitespace_


def span_text(token: Any) -> str:
    """The object's words up to the head noun plus an 'of' phrase ('apoptosis of neurons')."""
    return str(token.doc[_phrase_start(token) : token.i + 1].text)


def _phrase_start(token: Any) -> int:
    left = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod")]
    # an eponym's possessive is part of the name: 'Parkinson's disease', 'Crohn's disease'
    left += [t for t in token.lefts if t.dep_ == "poss" and t.tag_ == "NNP"]
    start: int = min([t.i for t in left for t in t.subtree] + [token.i])
    # a trigger inside the phrase governs it, it is not part of its name: 'EVs reduced fibrosis'
    # misparsed as one noun phrase, 'the I/R-induced apoptosis'; nor is a comparative ('showed
    # less collagen deposition')
    for t in token.doc[start : token.i]:
        if t.text[:1].isalpha() and (
            rules.polarity_of(t.text) is not None or comparative_direction(t) is not None
        ):
            start = t.i + 1
    return start


_HYPHENS = ("-", "\u2010", "\u2013")


def prefixed_span_text(token: Any) -> str:
    """``span_text`` with the 'anti-' / 'pro-' the parser split off the phrase's first word and
    hung elsewhere ('raising anti-inflammatory and lowering pro-inflammatory cytokines':
    'anti', '-' and 'inflammatory' three tokens, the object only the last): a hyphenated word is
    one word, and its prefix reverses or keeps what it names (``polarity.tsv`` prefixes)."""
    phrase = span_text(token)
    start, doc = _phrase_start(token), token.doc
    if 0 < start < token.i and doc[start].text in _HYPHENS:
        # ('and anti-apoptosis of the cells': the hyphen parsed into the phrase, its prefix not)
        phrase, start = str(doc[start + 1 : token.i + 1].text), start + 1
    if start < 2 or doc[start - 1].text not in _HYPHENS:
        return phrase
    prefix = doc[start - 2]
    if prefix.whitespace_ or doc[start - 1].whitespace_:
        return phrase
    joined = f"{prefix.text}-{phrase}"
    return joined if rules.prefix_polarity(joined) is not None else phrase


def comparative_direction(word: Any) -> str | None:
    """The direction a comparative or superlative word states (``cues.tsv`` 'comparative'):
    tagged as one, or a comparative form ('milder') the tagger took for a noun or a plain
    adjective; never a verb ('lowered'), nor a superlative ranking no group (``_unranked``)."""
    if not word.tag_.startswith(("JJR", "RBR", "JJS", "RBS")) and not (
        word.tag_ in ("NN", "JJ") and word.lower_.endswith("er")
    ):
        return None
    following = word.nbor() if word.i + 1 < len(word.doc) else None
    if following is not None and following.text == "-" and not word.whitespace_:
        return None  # a compound's first part ('higher-order', 'lower-grade'), no comparison
    if word.tag_.startswith(("JJS", "RBS")) and _unranked(word):
        return None
    return next((d for d, p in cues.cue_group("comparative") if p.match(word.lower_)), None)


def _unranked(superlative: Any) -> bool:
    """Is a superlative no ranking of a group against the others: one of a change ('the
    smallest reduction in X', which says the change was weakest, not that X fell), or in a
    sentence ranking doses or times ('lowest at the lowest dose', 'highest at 24 h';
    ``cues.tsv`` 'superlative_setting')?"""
    return rules.polarity_of(superlative.head.text) is not None or cues.cue_found(
        "superlative_setting", superlative.doc.text
    )


def without_triggers(phrase: str) -> str:
    """The phrase with its trigger words blanked: 'gingivalis-triggered inflammation' names
    inflammation; the governing trigger alone gives the direction (a direction left in the
    phrase would read as the name's own reversal)."""
    return rules.polarity_pattern().sub(" ", phrase)


def is_activation(head: str) -> bool:
    """Is this noun an activation ('activation', 'overactivation': ``cues.tsv``
    'process_trigger_noun'), which names a process with the cells or pathway before it?"""
    return head.casefold() in cues.cue_literals("process_trigger_noun")


def names_with_modifiers(head: str) -> bool:
    """Is this head noun one that names a process together with the words before it, trigger
    word though it is: an activation ('macrophage activation', ``is_activation``) or a
    restoring noun ('functional recovery')? A phrase it heads is read whole, not
    ``without_triggers``."""
    return is_activation(head) or rules.polarity_of(head) == "restore"


def process_words(phrase: str, head: str) -> str:
    """The words of an object phrase that name its process: the phrase ``without_triggers``, or
    whole when its head ``names_with_modifiers``."""
    return phrase if names_with_modifiers(head) else without_triggers(phrase)


def _changed_itself(item: Any) -> bool:
    """Does a list item carry a change word of its own ('A, B and C, and lowered levels of D':
    the last item is lowered, whatever the list's verb does)?"""
    return any(
        c.dep_ == "amod"
        and (rules.polarity_of(c.text) is not None or comparative_direction(c) is not None)
        for c in item.lefts
    )


def _items_before_own_change(token: Any) -> list[Any]:
    """The markers a list misparse hung on a later item with a change of its own: 'levels of
    CD206, markedly lower MMP-3 levels' and 'inhibited the raised levels of NO, MDA and LDH,
    and decreased levels of SOD' parsed with CD206 (NO, MDA, LDH) modifiers of the second
    'levels'. They are the outer phrase's items, before the comma that opens the next one; the
    next item's own trigger or comparative is not theirs. Empty when the phrase holds none."""
    start = _phrase_start(token)
    lefts = [t for t in token.lefts if t.dep_ in ("compound", "nmod")]
    commas = [t.i for t in token.doc[token.left_edge.i : start] if t.text == ","]
    if start == token.left_edge.i or not commas or not lefts:
        return []
    return [m for c in lefts if c.i < commas[0] for m in (c, *c.conjuncts) if m.i < start]


def marker_readout(token: Any, trigger: Any = None) -> list[tuple[Entity, bool]]:
    """Each process a marker object reads out ('reduced IL-6 and TNF-α', 'the levels of IL-6',
    'α-SMA expression' -> inflammation, fibrosis; 'raised CD31 and Bcl-2' -> angiogenesis and
    apoptosis) from ``marker_readouts.tsv``, with whether a raised marker means less of it;
    empty when the object names no marker, a process left out when as many of its markers read
    it out one way as the other ('IL-10 and IL-6'). ``trigger``: the word whose object it is,
    when it may be inside the phrase (a comparative the phrase's list carries)."""
    items = _items_before_own_change(token)
    if items and trigger is not None and token.left_edge.i <= trigger.i < token.i:
        # the later item's own change ('..., markedly lower MMP-3 levels'): not the items
        # before its comma, which belong to the phrase outside
        start = _phrase_start(token)
        tokens = [token.doc[token.i - 1]] if token.lower_ in AMOUNTS else [token]
        tokens += [
            m
            for c in token.lefts
            if c.dep_ in ("compound", "nmod") and c.i >= start
            for m in (c, *c.conjuncts)
        ]
    elif items:
        tokens = items
    elif token.lower_ not in AMOUNTS:
        # 'lowered serum creatinine and blood urea nitrogen' parsed as one noun phrase headed by
        # 'nitrogen': the head with its own modifiers, and the markers modifying it
        tokens = [token]
        tokens += [
            m
            for c in token.lefts
            if c.dep_ in ("compound", "nmod") and c.conjuncts
            for m in (c, *c.conjuncts)
        ]
    else:
        tokens = [token.doc[token.i - 1]] if token.i > 0 else []
        # 'creatinine and urea nitrogen levels in serum' before the amount: each marker
        tokens += [
            m
            for c in token.lefts
            if c.dep_ in ("compound", "nmod", "nummod") and c.i < token.i - 1  # ('IL-10' a number)
            for m in (c, *c.conjuncts)
        ]
        tokens += [
            m
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
            # (an 'of' object a list misparse gave another item's change: its own items)
            for m in (_items_before_own_change(g) or (g, *g.conjuncts))
            if m is g or not _changed_itself(m)  # ('..., and lowered levels of SOD')
        ]
    # each marker's reading (its first name that reads out); or the amount's whole name ('myelin
    # basic protein levels': every word of the name modifies the amount)
    tokens = list({m.i: m for m in tokens}.values())  # each marker once ('A and B levels')
    named = [(m, _first_readout(_names(m))) for m in tokens]
    read = [(found, _context_bound(m)) for m, found in named if found is not None]
    # a marker named in brackets or apposition after a head that reads out nothing itself ('an
    # endothelial marker (CD31)', 'the antiapoptotic protein Bcl-2'): the name is the marker
    # (a short form after a marker's full name, 'malondialdehyde (MDA)', is that marker again;
    # a marker whose meaning rests on its context, not from a head that may say another one:
    # 'the pericyte marker (α-SMA)')
    # (an apposition with no bracket is a list item the parse hung on the one before: 'c-Fos,
    # GFAP, Iba1', each a marker of its own)
    listed = {t.i for t in tokens}
    read += [
        (found, _context_bound(a))
        for m, readout in named
        for a in m.children
        if a.dep_ == "appos"
        and a.i not in listed
        and (not _bracketed(a) or (readout is None and not _context_bound(a)))
        if (found := _first_readout(_names(a))) is not None
    ]
    whole = (
        _first_readout(_modifier_runs(token))
        if token.lower_ in AMOUNTS and not _items_before_own_change(token)
        else None
    )
    if whole is not None and not any(found[0].key() == whole[0].key() for found, _ in read):
        read.insert(0, (whole, False))
    if not read:
        return []
    # each process the markers read out, in the order named ('increased CD31 and Bcl-2':
    # angiogenesis and apoptosis); after the first, only by markers whose meaning does not rest
    # on their context ('lowered ALT, AST and ALP': a liver panel, no bone result; ``cues.tsv``
    # 'context_bound_marker'). Markers reading one process out both ways: the more of them say
    # which way ('reduced TNF-α, IL-6 and IL-10'), as many each way say nothing ('increased
    # IL-10 and IL-6'). ``lowers``: a raised marker means less of the process.
    first = read[0][0][0].key()
    out: list[tuple[Entity, bool]] = []
    counted = [(p, lowers) for (p, lowers), bound in read if not bound or p.key() == first]
    for process in list({p.key(): p for p, _ in counted}.values()):
        same = [lowers for p, lowers in counted if p.key() == process.key()]
        if same.count(True) * 2 != len(same):
            out.append((process, max(set(same), key=same.count)))
    return out


def _names(marker: Any) -> list[str]:
    """A marker's names as the table may know them (its first that reads out counts)."""
    return [*_numbered(marker), span_text(marker), _own_words(marker), marker.text]


def _bracketed(token: Any) -> bool:
    """Does a phrase open with a bracket ('(CD31)')?"""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text in ("(", "[")


def _context_bound(marker: Any) -> bool:
    """Is a marker one whose meaning rests on its context (``cues.tsv`` 'context_bound_marker':
    ALP in a liver panel or in bone, α-SMA of fibrosis or of vessels)?"""
    bound = cues.cue_literals("context_bound_marker")
    return any(name.casefold() in bound for name in (span_text(marker), marker.text))


def _numbered(token: Any) -> list[str]:
    """A marker's name with the number written apart after it ('cleaved-caspase 3'), or none."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None or after.head.i != token.i or after.dep_ != "nummod":
        return []
    return [f"{span_text(token)} {after.text}"]


def _first_readout(texts: list[str]) -> tuple[Entity, bool] | None:
    return next(filter(None, map(rules.marker_readout, texts)), None)


def _modifier_runs(noun: Any) -> list[str]:
    """The words before a noun that modify it, with their own modifiers, as written, with and
    without the trigger words opening them ('myelin basic protein' of 'the reduced myelin basic
    protein levels'); 'serum alkaline phosphatase' stays whole (a liver readout, no bone
    marker)."""
    lefts = [c.left_edge.i for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    if not lefts:
        return []
    start = min(lefts)
    runs = [str(noun.doc[start : noun.i].text)]
    while start < noun.i and noun.doc[start].is_alpha and rules.polarity_of(noun.doc[start].text):
        start += 1
    if start > min(lefts) and start < noun.i:
        runs.append(str(noun.doc[start : noun.i].text))
    return runs


def own_phrase(noun: Any) -> str:
    """A noun with its modifiers before it ('activated hepatic stellate cells'), without what
    follows it (no 'of' phrase, clause or participle). Unlike ``span_text`` it keeps a trigger
    among the modifiers ('TGF-β1-induced proliferation': which cells changed, not what)."""
    left = [t.left_edge.i for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod", "det")]
    return str(noun.doc[min([*left, noun.i]) : noun.i + 1].text)


def _own_words(token: Any) -> str:
    """A noun with the words that directly modify it and have no conjuncts ('urea nitrogen' of
    'serum creatinine and blood urea nitrogen', where ``own_phrase`` and ``span_text`` give the
    whole coordination the parse hung on 'nitrogen')."""
    start = token.i
    for left in reversed(list(token.lefts)):
        if left.i != start - 1 or left.dep_ not in ("compound", "amod") or left.conjuncts:
            break
        start = left.i
    return str(token.doc[start : token.i + 1].text)


def mechanism(trigger: Any) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """'by targeting PTEN' -> (PTEN, down); 'via NF-κB signalling' -> pathway text."""
    targets: list[tuple[str, str]] = []
    pathways: list[str] = []
    for prep in trigger.subtree:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        if word == "by":
            for verb in prep.children:
                if verb.dep_ != "pcomp":
                    continue
                polarity = rules.polarity_of(verb.text)
                direction = (
                    "down"
                    if cues.cue("mechanism_target").search(verb.lower_)
                    else (
                        "up" if polarity == "increase" else "down" if polarity == "decrease" else ""
                    )
                )
                for obj in verb.children:
                    if obj.dep_ == "dobj" and direction:
                        targets.append((span_text(obj), direction))
        elif word in ("via", "through"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    pathways.append(" ".join(t.text for t in obj.subtree))
    return tuple(targets), tuple(pathways)


def listed_examples(obj: Any) -> list[Any]:
    """'the functions of the cells, including A, B and C', 'their behaviours, such as A and B':
    the examples a generic noun (``example_holder_noun``) lists, each an object of its own; none
    for a noun that names an effect itself ('cytokines, including IL-6' is read as cytokines)."""
    if obj.lower_ not in cues.cue_literals("example_holder_noun"):
        return []
    # on the noun or its own 'of' phrase ('the functions of the cells, including A'), not in a
    # participle or clause inside it ('cells exposed to insults such as hypoxia')
    holders = [obj] + [
        g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
    ]
    return examples_of(holders)


def examples_of(nouns: list[Any]) -> list[Any]:
    """The examples the nouns' own 'including' / 'such as' phrases list ('vasculopathies,
    including A, B and C'), each with its conjuncts."""
    out: list[Any] = []
    for prep in (c for h in nouns for c in h.children):
        if prep.dep_ != "prep" or not (
            prep.lower_ == "including"
            or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
        ):
            continue
        for listed in prep.children:
            if listed.dep_ == "pobj":
                out += [listed, *listed.conjuncts]
    return out


def in_gene_name(token: Any) -> bool:
    """Is the token a word of a gene's written-out name (``cues.tsv`` 'gene_long_name':
    'activator' in STAT3's written-out name), no trigger?"""
    doc = token.doc
    if "gene_names" not in doc.user_data:  # once per sentence parsed: most name none
        found = cues.cue("gene_long_name").finditer(text_of(doc))
        doc.user_data["gene_names"] = [(m.start(), m.end()) for m in found]
    return any(start <= token.idx < end for start, end in doc.user_data["gene_names"])


def placed_text(token: Any) -> str:
    """An object noun's phrase with where it is ('the formation of new vessels within
    plaques'): its own subtree, or with the 'in' / 'within' / 'into' phrase its verb takes right
    after it ('reduced new vessel formation in the retina'); '' when it has no such place."""
    doc = token.doc
    own = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _PLACE_WORDS]
    own += [  # ('new vessels formed within the plaques': the place of the participle after it)
        c
        for c in token.children
        if c.dep_ == "acl"
        and any(g.dep_ == "prep" and g.lower_ in _PLACE_WORDS for g in c.children)
    ]
    if own:
        return str(doc[token.left_edge.i : token.right_edge.i + 1].text)
    after = token.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ in _PLACE_WORDS and doc[after].head.i == token.head.i:
        return str(doc[token.left_edge.i : doc[after].right_edge.i + 1].text)
    return ""


_PLACE_WORDS = ("in", "within", "into")


def is_value(noun: Any) -> bool:
    """A number, a counted unit or a measure ('40%', '250 U/L', '2-fold', 'half'; ``cues.tsv``
    'measure_adverbial'): what a 'by' or 'from' phrase of a change says of its size, not who
    made it or what it acts on."""
    numeric = noun.tag_ == "CD" and noun.text.replace(".", "").replace(",", "").isdigit()
    # (or a unit counted before it: '250 U/L', '90 mg/dL' with the number on the unit's words;
    # not a number naming one of a kind: 'type 1 diabetes', 'grade 3 injury')
    labels = cues.cue_literals("numbered_label_noun")
    counted = any(
        t.tag_ == "CD"
        and t.dep_ == "nummod"
        # (a number after the label names the kind; one before it counts: 'by 2 grades')
        and not (t.i and noun.doc[t.i - 1].lower_ in labels)
        for t in noun.doc[noun.left_edge.i : noun.i]
    )
    return (
        numeric
        or counted
        or cues.cue_found("measure_adverbial", noun.lower_)
        or noun.lower_ in cues.cue_literals("fraction_word")
    )
