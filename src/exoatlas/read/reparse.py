"""A second parse of a claim the small parser misread. Titles and short claims put a long name of
the vesicles before a present-tense verb ('MSC-EVs counteract acute kidney injury', 'Adipose-derived
stem cell exosomes suppress osteoarthritis', 'Small EVs from hypoxic MSCs rescue mice from X'), and
the parser makes the verb a noun of one long compound. When a sentence that opens so gave no
change, its opening name is written 'They', padded to the same length so every offset holds, and
the sentence parsed again: the parser reads 'They' as the verb's subject, which the reader takes
for the vesicles the sentence named (``read.agents``: a pronoun refers to them). A sentence
naming the vesicles that still gave no change, and names a disease the parser misread ('type 1
diabetes' split into two objects, a rare '-pathy' taken for an adjective), is parsed once more
with its disease names held as one word each (``held_reading``). Used by ``read.reader``."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from exoatlas.read.agent_kind import agent_kind
from exoatlas.read.arms import loss_of_function_arm
from exoatlas.read.deep_outcome import DeepOutcome
from exoatlas.read.doctext import token_at
from exoatlas.read.mentions import find_mentions
from exoatlas.read.msc_vesicles import msc_product_in
from exoatlas.read.object_checks import native_effects, of_phrase
from exoatlas.read.parsing import parse, parse_held
from exoatlas.read.repair import prepared
from exoatlas.read.scope import VESICLES_AS_PRONOUN
from exoatlas.vocab import cues, rules

# a word of this ending is no finite verb ('protection', 'restoring', 'regenerative')
_NOT_A_VERB = re.compile(r"(?:ing|ions?|ments?|ive|ly|ity|ance|ence|ers)$")
_WORD = re.compile(r"\S+")
_MAX_WORDS = 14  # the longest opening name looked for ('Small extracellular vesicles from ...')
_PRONOUN = "They"
COMPARED_WITH = "compared_with"  # the user_data key of a blanked comparison opening
_LAST_ADVERB = re.compile(r"\s+[A-Za-z]+ly$")  # 'significantly', 'markedly'
# the prepositions and conjunctions a carried-cargo tail may hold ('loaded with X', 'enriched in
# Y', 'carrying X and Y'); never the words of a verb phrase ('carrying X fail to reduce', 'cannot')
_TAIL_WORDS = frozenset({"with", "in", "by", "and", "or"})
# (a modal may stay: the hedge is judged on the sentence's own words)
_VERB_PHRASE_WORDS = frozenset(
    {"not", "cannot", "no", "fail", "fails", "failed", "do", "does", "did", "unable", "neither"}
    | {"nor", "to"}
)
_CLAUSE_WORDS = frozenset(
    {"was", "were", "is", "are", "be", "been", "and", "or", "that", "which", "to", "after"}
    | {"with", "by", "in", "on", "treatment", "administration", "application", "injection"}
)


def reparsed(sentence: str, products: tuple[str, ...], first: Any = None) -> Any | None:
    """The sentence parsed again with its opening name of the MSC vesicles written 'They', when
    it opens with such a name right before a trigger verb; or with an opening comparison group
    blanked ('Compared with the model group, X in the EV group was improved', which the parser
    may read with X an apposition of the model group); None when it does neither. ``first``:
    the first parse, when it gave a change: then only an opening name whose verb that parse
    took for a modifier is read again ('MSC exosomes inhibited X-induced increases in Y',
    parsed with 'inhibited' an adjective of 'increases', gave Y raised: read again as 'They
    inhibited ...', Y lowered)."""
    text = prepared(sentence)
    compared = cues.cue("comparator_opening").match(text.lower())
    if compared is not None and first is None:
        rest = text[compared.end() :]
        if agent_kind(rest, products) != "product":
            return None
        # blanked to the same length, so every offset holds; the group it named kept beside
        # the parse (``read.comparator.against_baseline``: 'Compared with the sham group')
        doc = parse([" " * compared.end() + rest])[0]
        doc.user_data[COMPARED_WITH] = text[: compared.end()]
        return doc
    condition = cues.cue("condition_opening_effect").match(text)
    if condition is not None and first is None and len(condition.group("name")) >= len("It"):
        # 'Obesity impairs the pro-angiogenic capacity of ASC-EVs', parsed with the verb a
        # noun: read as 'It impairs ...' (the one subject the parser always takes so), when
        # its object then names the vesicles' own effect
        if not msc_product_in(of_phrase(text[condition.end() :]), products):
            return None  # (not 'of PDL cells cultured with MSC exosomes': the cells' capacity)
        name = condition.group("name")
        doc = parse(["It".ljust(len(name)) + text[len(name) :]])[0]
        objects = [c for t in doc if t.dep_ == "ROOT" for c in t.children if c.dep_ == "dobj"]
        return doc if any(native_effects(o, products, tumour=False) for o in objects) else None
    # ('These results demonstrated that MSC-EVs attenuate X': the name opens the clause)
    frame = cues.cue("reported_clause_opening").match(text)
    # ('Meanwhile, the coassembly recovered X': a linking adverb before the name)
    frame = frame or cues.cue("linking_adverb_opening").match(text)
    start = 0 if frame is None else frame.end()
    opening = _opening_name(text, start, products, first, sentence)
    if opening is None:
        return None
    pronoun = _PRONOUN if not start else _PRONOUN.lower()
    doc = parse([text[:start] + pronoun.ljust(len(opening)) + text[start + len(opening) :]])[0]
    if not start:
        doc.user_data[VESICLES_AS_PRONOUN] = True  # its first word stands for the vesicles
    return doc


def _opening_name(
    text: str, start: int, products: tuple[str, ...], first: Any, written: str
) -> str | None:
    """The name of the MSC vesicles from ``start`` to the first trigger verb, when the words
    there are such a name (and, given the first parse, it took that verb for a modifier).
    ``written``: the sentence as written, of which ``text`` is the prepared form (same length:
    a Title Case title in sentence case still holds the names the record gives its vesicles,
    'Stem Cell Exosome')."""
    for k, word in enumerate(_WORD.finditer(text, start)):
        if k > _MAX_WORDS or (k and cues.cue("clause_break").search(text[start : word.start()])):
            return None
        bare = word.group().casefold().strip(",;:()")
        # ('transfers', 'delivers' end as nouns of agents do: 'MSC exosomes transfers X')
        moving = cues.cue("cargo_moving_verb").match(bare) is not None
        if not k or not bare.isalpha() or (_NOT_A_VERB.search(bare) and not moving):
            continue
        opening = text[start : word.start()].rstrip()
        # (a trigger only as a verb counts here: 'MSC-EVs cause X', 'MSC-EVs repair X')
        verb = rules.polarity_of(bare) or rules.verb_polarity_of(bare, "VB")
        # (or a verb of no direction, when a trigger follows: 'Tendon stem cell-derived exosomes
        # modulate X and promote Y', 'stem' parsed as the verb)
        ends = verb is not None or _neutral_before_trigger(bare, text[word.end() :])
        if not ends or len(opening) < len(_PRONOUN):
            continue
        # ('The coassembly recovered kidney function': a generic noun for the study's engineered
        # vesicles, which the parser may take for an adverb, ``cues.tsv`` 'reparse_reference';
        # looked for before an -ly adverb is trimmed, as 'coassembly' ends so)
        reference = cues.cue("reparse_reference")
        referred = reference.match(opening.casefold()) is not None
        # 'MSC exosomes markedly inhibited X': the adverb is the verb's, not the name's
        adverb = None if referred else _LAST_ADVERB.search(opening)
        if adverb is not None and len(opening[: adverb.start()]) >= len(_PRONOUN):
            opening = opening[: adverb.start()]
            referred = reference.match(opening.casefold()) is not None
        # ('miR-375 encapsulated by EV': the abstract's own vesicles carrying a cargo, when
        # the reader takes them for the study's, ``cues.tsv`` 'cargo_vesicle_tail')
        named = (
            msc_product_in(opening, products)
            or _names_any(written[start : start + len(opening)], products)
            or (
                cues.cue_found("cargo_vesicle_tail", opening)
                and agent_kind(opening, products) == "product"
            )
        )
        if not referred and (not _a_name(opening) or not named):
            return None  # the first trigger ends the opening: it names the vesicles or not
        if loss_of_function_arm(opening):
            # 'Exosomes from miR-21-deficient MSCs': an arm, not the vesicles (an inhibitor
            # named as their cargo, 'BMSCs/anti-miR-X Exo', is the engineered product:
            # ``read.arms.loss_of_function_arm`` says so)
            return None
        if first is not None and not _verb_misread(first, word.start()):
            return None
        return opening
    return None


def _verb_misread(doc: Any, at: int) -> bool:
    """Did the parse take the verb at this offset for a noun's modifier ('MSC exosomes
    inhibited X-induced increases': 'inhibited' an adjective of 'increases', 'exosomes' no
    subject), or for the complement of a participle after the vesicles?"""
    verb = token_at(doc, at)
    if verb is None:
        return False
    # ('exosomes overexpressing miR-X alleviate Y': the verb made the complement of the
    # participle, the cargo its subject)
    # ('MSC exosomes alleviate X by regulating Y' parsed with 'alleviate' a noun, the root of a
    # verbless sentence, and X the object of a participle)
    if verb.dep_ == "ROOT" and verb.tag_.startswith("NN"):
        return True
    # ('miR-21 derived from MSC exosomes inhibits X', parsed with 'exosomes' the root verb and
    # 'inhibits', tagged a verb, its object)
    if verb.dep_ in ("dobj", "pobj") and verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.dep_ in ("amod", "compound", "nmod") or (
        verb.dep_ in ("ccomp", "xcomp") and verb.head.dep_ == "acl" and verb.head.i < verb.i
    )


def _names_any(text: str, names: tuple[str, ...]) -> bool:
    """Does the text hold one of the names as a word of its own ('Stem Cell Exosome' in 'Stem Cell
    Exosome-Scaffold'; not 'Exo' in 'Exosomes')?"""
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names if n)


def _a_name(opening: str) -> bool:
    """Is the opening a noun phrase naming vesicles or their cells ('Small EVs from hypoxic
    MSCs'), with no verb or clause of its own ('tPA given after the EVs', 'MSCs were cultured
    and their exosomes')? A tail saying what they carry is still their name ('MSC exosomes
    overexpressing miR-X', ``cues.tsv`` 'vesicle_participle_tail')."""
    tail = cues.cue("vesicle_participle_tail").search(opening)
    if (
        tail is not None
        and not any(
            w.casefold() in (_CLAUSE_WORDS - _TAIL_WORDS) | _VERB_PHRASE_WORDS
            for w in tail.group().split()
        )
        and not cues.cue("inhibitor").search(tail.group())  # 'carrying shRNA against X': an arm
    ):
        opening = opening[: tail.start()]
    if cues.cue("excluded_agent").search(opening):
        return False  # 'MSCs, but not MSC-EVs,': a name with an exclusion is no plain name
    carried = cues.cue("cargo_vesicle_tail").search(opening)
    if carried is not None and cues.cue_found("ev", carried.group()):
        # 'miR-375 encapsulated by EV': the cargo, named before the vesicles that carry it,
        # when those are bare vesicle words (not 'by tumour-derived exosomes', 'by serum EVs')
        head = opening[: carried.start()].split()
        holder = carried.group().split()[2:]
        bare = [w for w in holder if w.casefold() not in ("the", "these", "their", "its")]
        return (
            0 < len(head) <= 3
            and not any(w.casefold() in _CLAUSE_WORDS for w in head)
            and len(bare) == 1
            and cues.cue_found("ev", bare[0])
        )
    held = cues.cue("vesicle_holder_tail").search(opening)
    if held is not None:
        # 'Chitosan hydrogel incorporated with MSC exosomes alleviates X': a material named in
        # a few words, holding the vesicles, named after it with no clause of their own
        holder, vesicles = opening[: held.start()].split(), opening[held.end() :].split()
        return (
            0 < len(holder) <= 3
            # (a material, not cells or a stimulus: 'tumour cells loaded with MSC exosomes')
            and holder[-1].casefold() in cues.cue_literals("vesicle_holder_material")
            and not any(w.casefold() in _CLAUSE_WORDS for w in holder + vesicles)
            and bool(vesicles)
            and cues.cue_found("ev", vesicles[-1])
        )
    combined = cues.cue("combination_opening").match(opening)
    if combined is not None and " and " in opening:
        # 'Combined exosome of MSCs and chitosan delays X': the vesicles given
        # with another agent, named first (their name holds no clause)
        part = opening[combined.end() :].rsplit(" and ", 1)[0]
        return not any(w.casefold() in _CLAUSE_WORDS for w in part.split()) and bool(
            cues.cue_found("ev", part)
        )
    words = opening.split()
    last = words[-1].strip(",;:()")
    return not any(w.casefold() in _CLAUSE_WORDS for w in words) and bool(
        cues.cue_found("ev", last) or cues.names_msc(last)
    )


def _neutral_before_trigger(word: str, rest: str) -> bool:
    """A verb of no direction (``cues.tsv`` 'neutral_governor_verb': 'regulate', 'modulate'; or
    'cargo_moving_verb': 'transfer', 'deliver') with a trigger word later in its sentence
    ('... and promote X'): the verb the opening name ends at."""
    if cues.cue("neutral_governor_verb").match(word) is None and (
        cues.cue("cargo_moving_verb").match(word) is None  # ('transfer miR-X to protect Y')
    ):
        return False
    return any(rules.polarity_of(w.strip(",;:()").casefold()) for w in rest.split())


def held_reading(
    sentence: str,
    doc: Any,
    outcomes: list[DeepOutcome],
    products: tuple[str, ...],
    read: Callable[[Any, tuple[str, ...]], list[DeepOutcome]],
    first: Any = None,
) -> tuple[Any, list[DeepOutcome]]:
    """A sentence naming the MSC vesicles whose parse gave no change of theirs, parsed and read
    again with the diseases it names held as one word each (``parsing.parse_held``), when the
    parser misread one of them: a name of several words ('EVs alleviate type 1 diabetes', read
    as two objects, 'type' and 'diabetes'), one word not taken for a noun ('reduce cochlear
    synaptopathy'), or a noun phrase made no object ('alleviate autoimmune hepatitis', the
    disease an adverb). Every disease name of several words is held then, not only the misread
    one ('type 1 diabetes, autoimmune hepatitis and X'). ``doc`` is the parse read (the
    sentence's, or its reparse with the vesicles' name written 'They', ``reparsed``), ``first``
    the sentence's own when that differs: each is tried. The second parse and its reading when
    that reading gives a change; else the first, as it was."""
    if any(o.agent != "other" and not o.undone for o in outcomes):
        return doc, outcomes
    # (the MSCs' vesicles named: not any vesicles, 'exosomes from lung adenocarcinoma')
    if not msc_product_in(sentence, products):
        return doc, outcomes
    for parsed in [doc] + ([first] if first is not None and first is not doc else []):
        mentions = [m for m in find_mentions(parsed.text) if m.entity.kind == "disease"]
        if not any(_misread_name(parsed, m.start, m.end) for m in mentions):
            continue
        spans = [
            (m.start, m.end)
            for m in mentions
            if " " in m.text or _misread_name(parsed, m.start, m.end)
        ]
        again = parse_held(parsed.text, spans)
        if again is None:
            continue
        again.user_data.update(parsed.user_data)
        found = read(again, products)
        if any(o.agent != "other" and not o.undone for o in found):
            return again, found
    return doc, outcomes


def _misread_name(doc: Any, start: int, end: int) -> bool:
    """Did the parse split a name at these offsets (its words not one phrase under one head of
    theirs) or take it for no noun?"""
    words = [w for w in doc if start <= w.idx < end]
    if not words:
        return False
    heads = [w for w in words if not start <= w.head.idx < end or w.head is w]
    return (
        len(heads) != 1
        or not heads[0].tag_.startswith("NN")
        or not words[-1].tag_.startswith("NN")  # ('cochlear/NN synaptopathy/JJ')
        # (a noun phrase made the verb's adverb, a complement, or a verbless title's root)
        or heads[0].dep_ in ("npadvmod", "advmod", "acomp", "xcomp", "ccomp", "appos", "ROOT")
    )
