"""Outcome phrases -> (process, direction): 'Promote the angiogenic potential' -> angiogenesis ↑.

The window reader (pattern family ``window``): the process cues and the polarity lexicon of
``vocab.rules`` (tables in ``vocab/data``); the first process named after a polarity word takes
that word's direction. Used for table cells and for sentences the parse-based reader
(``read.deep``) does not read. Cues restricted to a tumour context ('growth', 'progression')
count only when ``tumour`` is true; those restricted to other contexts ('survival': of cells or of
the host?) only when it is false; those of the keyword window ('sneezing') only in its reading of a
whole clause (``changes_only``): in a parsed object the grounder names them, each conjunct apart.
"""

from __future__ import annotations

import re
from functools import cache

from exoatlas.model import Entity
from exoatlas.vocab import cues, rules

_HYPHEN_BREAK = re.compile(r"(?<=[a-z])- (?=[a-z])")
_PREFIX_BREAK = re.compile(r"\b(anti|pro|non)- (?=\w)")


@cache
def _compiled() -> tuple[rules.ProcessCue, ...]:
    return rules.process_cues()


@cache
def stems() -> frozenset[str]:
    """Every literal stem of every cue: a text naming none of them names no process."""
    return frozenset(stem for c in _compiled() for stem in c.stems)


@cache
def _stems_by_start() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The stems of two letters or more by their first two, and the shorter ones ('β')."""
    by_start: dict[str, list[str]] = {}
    for stem in (stem for stem in stems() if len(stem) > 1):
        by_start.setdefault(stem[:2], []).append(stem)
    short = tuple(stem for stem in stems() if len(stem) < 2)
    return {key: tuple(found) for key, found in by_start.items()}, short


def _named_stems(lowered: str) -> set[str]:
    """The stems the text holds: looked for where their first two letters are, not each
    through the whole text (a parsed object's words are asked of some 480 stems)."""
    by_start, short = _stems_by_start()
    present = {stem for stem in short if stem in lowered}
    for i in range(len(lowered) - 1):
        for stem in by_start.get(lowered[i : i + 2], ()):
            if lowered.startswith(stem, i):
                present.add(stem)
    return present


def parse_outcomes(
    text: str, *, tumour: bool | None = None, changes_only: bool = False
) -> list[tuple[Entity, str]]:
    """Every process an outcome phrase names, in order, each with the direction of the nearest
    polarity word before it (increase / decrease / unknown). ``tumour`` None: judged from the
    text itself (a tumour word in it). A cue that names its process's opposite, named with no
    polarity word, gives that opposite ('chemosensitivity': drug resistance down; what the
    deep reader's objects use to turn the verb's direction); ``changes_only`` (the keyword
    fallback, reading a whole sentence as a change): only when its table row says naming it
    alone states the fallen state ('immunosuppressive'), not for a measure ('escape latency')."""
    lowered = text.casefold()
    if "- " in lowered:
        lowered = _HYPHEN_BREAK.sub("", _PREFIX_BREAK.sub(r"\1-", lowered))
    present = _named_stems(lowered)
    if not present:
        return []
    if tumour is None:
        tumour = cues.tumour_words(lowered) > 0
    found: list[tuple[int, rules.ProcessCue, bool, bool, int]] = []
    # ('non-invasive', 'non-obese' name no process)
    taken = [m.span() for m in cues.cue("not_a_process_phrase").finditer(lowered)]
    for cue in _compiled():
        if present.isdisjoint(cue.stems) or cue.context == ("other" if tumour else "tumour"):
            continue
        if cue.context == "window" and not changes_only:
            continue  # a parsed object's name the grounder knows, with its coordination
        for match in cue.pattern.finditer(lowered):
            span = (match.start(), match.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue  # a more specific cue already covers these words
            flips = cue.flips
            anti = any(p == lowered[max(0, span[0] - 4) : span[0]] for p in ("anti", "nti-"))
            if anti and cues.cue("cargo_after_adjective").match(lowered[span[1] :]):
                continue  # 'enriched in anti-proliferative miRNAs': the cargo's kind, no change
            if anti:
                flips = not flips
            elif lowered[max(0, span[0] - 4) : span[0]] == "pro-" and _PROPERTY.match(
                lowered, span[1]
            ):
                anti = True  # 'pro-angiogenic properties': a property named, its way its own
            taken.append(span)
            found.append((span[0], cue, flips, anti, span[1]))
    if not found:
        return []
    verbs: list[tuple[int, str]] = []
    end = -10
    tails: set[int] = set()
    nominal: dict[int, str] = {}  # where a change is named by a noun ('inhibition')
    ends: dict[int, str] = {}  # where each polarity word ends, its direction
    for m in rules.polarity_pattern().finditer(lowered):
        # 'restored impaired function': a participle right after a verb describes, not governs
        if m.start() - end > 1:
            kind = "increase" if m.group("up") else "decrease" if m.group("down") else "restore"
            verbs.append((m.start(), kind))
            if kind != "restore" and _NOMINAL.search(m.group()):
                nominal[m.start()] = kind
            ends[m.end()] = kind
            if _compound_tail(lowered, m.start()):
                tails.add(m.start())
        end = m.end()
    if tails:
        # 'reduced LPS-induced apoptosis': the end of a hyphenated modifier names the harm's
        # cause and governs nothing when another word does ('exosome-induced proliferation',
        # with no other, says what the EVs did; 'MSC exosomes in cisplatin-induced apoptosis',
        # with no other, says what cisplatin did: no change)
        others = len(tails) < len(verbs)
        verbs = [
            v for v in verbs if v[0] not in tails or not (others or _caused_by_other(lowered, v[0]))
        ]
    # per process, the mention a polarity word governs most closely wins
    best: dict[str, tuple[int, int, bool, bool, rules.ProcessCue, int]] = {}
    for position, cue, flips, anti, stop in found:
        earlier = [p for p, _ in verbs if p < position]
        gap = position - earlier[-1] if earlier else 10_000
        if cue.process not in best or gap < best[cue.process][1]:
            best[cue.process] = (position, gap, flips, anti, cue, stop)
    out: list[tuple[Entity, str]] = []
    for label, (position, _, flips, anti, cue, stop) in sorted(
        best.items(), key=lambda kv: kv[1][0]
    ):
        process = rules.process_entity(label)
        before = [d for p, d in verbs if p < position]
        # (the keyword fallback: 'The inflammatory microenvironment stimulated X' names the
        # setting, no change of it; a parsed object's phrase has its verb outside it)
        rest = _WORD_REST.match(lowered, stop)  # (the cue may end inside its word)
        setting = cues.cue("process_as_setting").match(lowered, rest.end() if rest else stop)
        # (its own change verb right after it: not 'IL-1 created an inflammatory environment,
        # which the EVs reversed'; nor 'an anti-inflammatory milieu')
        if (
            changes_only
            and not before
            and not anti
            and setting is not None
            and any(0 <= p - setting.end() <= _SETTING_REACH for p, _ in verbs)
        ):
            continue
        far = False
        if anti and before:
            # 'with limited options, thanks to their anti-inflammatory and pro-angiogenic
            # properties': a polarity word of another phrase does not turn a property round;
            # one close before it does ('enhanced their anti-inflammatory effects')
            last = max(p for p, _ in verbs if p < position)
            if position - last > _PROPERTY_REACH or any(m in lowered[last:position] for m in ",;:"):
                before, far = [], True
        # (a flipped cue's own word of loss is what it names, not a change of it: 'cognitive
        # impairment' alone is lowered cognition, not raised)
        after = [
            d
            for p, d in verbs
            if not (flips and position <= p < stop) and not (far and p < position)
        ]
        # a polarity word inside the mention names its state ('activated microglia') and
        # governs it only when no word after the mention, in its own clause, does
        # ('proliferation of activated PBMCs co-cultured with the EVs decreased'; 'the number
        # of activated microglia fell'; not '..., so that tumour viability decreased')
        outside = [
            d for p, d in verbs if p >= stop and not _ANOTHER_CLAUSE.search(lowered, stop, p)
        ]
        if outside and any(position <= p < stop for p, _ in verbs):
            after = outside[:1]
        later = [p for p, _ in verbs if p >= stop and not (flips and position <= p < stop)]
        word_end = stop + len(lowered[stop:].split(" ", 1)[0].rstrip(".,;:)"))
        if (
            not before
            and later
            and _neutrally_governed(_CLAUSE_BREAK.split(lowered[:position])[-1])
            and not _OWN_PREDICATE.match(lowered, min(word_end, later[0]), later[0])
        ):
            # 'MSC exosomes can regulate tumour growth ... to activate a pathway': a verb with no
            # direction governs it, a later clause's polarity word does not (its own predicate
            # does: 'modulated macrophages, and inflammation decreased')
            after = []
        direction = before[-1] if before else (after[0] if after else "unknown")
        named = _named_after(lowered, stop, nominal)
        if named is not None:
            # 'through apoptosis inhibition and regeneration promotion': the noun after the
            # process names its change; a word right before governs that noun ('attenuated the
            # apoptosis induction': lowered)
            head = _GOVERNED.search(lowered, 0, position)
            governing = ends.get(head.start()) if head is not None else None
            direction = TURNED[named] if governing == "decrease" else named
        if direction == "restore":
            # the valence is the process's own: 'improved immunomodulation' lowers inflammation
            direction = rules.restore_direction(process)
            flips = False
        alone = cue.named_alone_is_change or anti or (flips and not changes_only)
        if direction == "unknown" and alone and not anti:
            # a loss or a state named after 'in' is the setting, not a change ('MSC exosomes in
            # hair loss', not 'in bone regeneration': a benefit so named is the topic, raised);
            # after 'against', the change is opposed ('MSC exosomes against hair loss')
            tail = lowered[max(0, position - _SETTING_TAIL) : position]
            setting = cues.cue("process_setting_before").search(tail)
            opposed = cues.cue("process_opposed_before").search(tail)
            # (a benefit named alone keeps its reading: 'against immunosuppression' is no harm)
            if (setting or opposed) and not _benefit_named(process, flips):
                if setting:
                    continue
                direction = "decrease"
        if direction == "unknown" and alone:
            # 'anti-X effects' with no verb: flipped to a decrease below
            direction = "increase"
        if flips and direction != "unknown":
            direction = "decrease" if direction == "increase" else "increase"
        out.append((process, direction))
    return out


# a property noun closing a list of 'anti-' / 'pro-' adjectives, and how far before the
# adjective a polarity word may stand and still govern it ('enhanced their anti-X effects')
_PROPERTY = re.compile(
    r"[\w-]*(?:,?\s+(?:and\s+|or\s+)?[\w-]+){0,4}?\s+(?:properties|effects?|activit(?:y|ies)"
    r"|functions?|capacit(?:y|ies)|potential|abilit(?:y|ies)|actions?)\b"
)
_PROPERTY_REACH = 30
# how far before a process named alone its setting preposition is looked for ('in hair loss')
_SETTING_TAIL = 40
# how far after a setting noun its own change verb stands ('microenvironment stimulated')
_SETTING_REACH = 20
# a change named by a noun after its process ('apoptosis inhibition', 'angiogenesis promotion')
_NOMINAL = re.compile(r"(?:ion|ment|ade)$")
# the space (and article) between a polarity word and the process phrase it governs
_WORD_REST = re.compile(r"\w*")
_GOVERNED = re.compile(r"\s+(?:(?:the|an?)\s+)?$")
TURNED = {"increase": "decrease", "decrease": "increase"}


def _benefit_named(process: Entity, flips: bool) -> bool:
    """Does a process named alone name a benefit ('bone regeneration', 'immunomodulation': less
    inflammation), not a harm ('hair loss': less hair growth; 'cell cycle arrest')?"""
    found = rules.valence(process)
    wanted = "harmful" if flips else "beneficial"
    return found is not None and found.valence == wanted


def _neutrally_governed(before: str) -> bool:
    """Does a verb naming a change with no direction stand before a process with no polarity
    word before it ('regulate', 'modulate', 'affect'; ``cues.tsv`` 'neutral_governor_verb')?"""
    governor = cues.cue("neutral_governor_verb")
    return any(governor.match(word) for word in _WORD.findall(before))


_WORD = re.compile(r"[a-z]+")
# where a sentence's clause ends ('X; Y', 'X: Y')
_CLAUSE_BREAK = re.compile(r"[;:]")
# ... or another clause starts, as far as a state word inside a mention is concerned
_ANOTHER_CLAUSE = re.compile(r"[;:]|\b(?:so that|which|that|whereas|while|thereby|thus|but)\b")
# a process's own predicate after it: 'inflammation (levels) were (significantly) decreased'
_OWN_PREDICATE = re.compile(
    r"\s*(?!(?:to|by|through|via|which|that|thereby|thus|and|or)\b)(?:[\w()+-]+\s+){0,4}?$"
)


def _named_after(text: str, stop: int, nominal: dict[int, str]) -> str | None:
    """The direction a nominal polarity word right after a process mention (from the end of the
    word its cue's match ends in: 'angiogen' of 'angiogenesis') names, if any."""
    word_end = _WORD_REST.match(text, stop)
    end = word_end.end() if word_end is not None else stop
    return nominal.get(end + 1) if text[end : end + 1] in (" ", "-") else None


def _caused_by_other(text: str, at: int) -> bool:
    """Does the hyphenated compound ending at ``at`` name a cause other than the vesicles or
    their cells ('cisplatin-induced', not 'exosome-induced' or 'MSC-mediated')?"""
    if not cues.cue("cause_participle").match(text, at):
        return False  # 'cardio-protective' is the word's own change
    # the cause's words back to the phrase's start ('mesenchymal stem cell-induced', 'exosomal
    # miR-21-induced'; not past 'in': 'MSC exosomes in cisplatin-induced X')
    words: list[str] = []
    for word in reversed(text[: at - 1].split()[-4:]):
        if word in _PHRASE_START:
            break
        words.insert(0, word)
    cause = " ".join(words)
    return not (
        cues.cue_found("ev", cause) or cues.names_msc(cause) or cues.cue_found("cargo_rna", cause)
    )


# the words a noun phrase cannot run back over
_PHRASE_START = frozenset(
    {"in", "of", "on", "for", "against", "with", "to", "by", "from", "and", "or", "the", "a", "an"}
    | {"after", "during", "following", "into", "under", "via", "than", "as", "at"}
)


def _compound_tail(text: str, at: int) -> bool:
    """Is the word at ``at`` the last part of a hyphenated compound ('LPS-induced', 'I/R-induced',
    'H2O2-triggered')? Not a prefix's hyphen ('up-regulated', 'down-regulated' start there)."""
    return at >= 2 and text[at - 1] == "-" and (text[at - 2].isalnum() or text[at - 2] in ")/")


def parse_outcome(text: str) -> tuple[Entity | None, str]:
    """The first process an outcome phrase names and its direction."""
    outcomes = parse_outcomes(text)
    return outcomes[0] if outcomes else (None, "unknown")
