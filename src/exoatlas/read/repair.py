"""Text repairs before the parse, each keeping the sentence's length so offsets hold: the small
English parser misreads a few shapes abstracts use all the time ('MSC exosomes reduced' with
'exosomes' as a verb, 'Hypoxia preconditioned MSC exosomes' with the participle as the verb, Title
Case titles as one name); and, after it, the few parse shapes it gets wrong that a label or two
set right (``repaired_parse``). Used by ``read.deep``."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.vocab import cues, rules
from exoatlas.vocab.english import word_zipf

# 'MSC exosomes reduced': the small parser takes 'exosomes' after a noun for a verb; joined by a
# hyphen (same length, so offsets hold) the product parses as one noun
_PRODUCT_GAP = re.compile(
    r"(?:(?<=SC)|(?<=SCs))\s(?=(?:exosomes?|exosomal|extracellular vesicles?|EVs?|sEVs?|"
    r"Exos?|vesicles|microvesicles|small extracellular vesicles)\b)"
)


# 'Hypoxia preconditioned MSC exosomes attenuate X': the parser takes the participle for the
# sentence's verb; joined by a hyphen (same length) the condition modifies the cells (or the
# vesicles: 'MiR-146a engineered extracellular vesicles ... attenuate X')
_CONDITIONED = re.compile(
    r"\b([\w/()-]{1,60}) (?=(?:pre-?conditioned|pre-?treated|primed|pre-?stimulated|stimulated|"
    r"activated|modified|engineered|transfected|loaded|pre-?exposed|exposed|challenged)\s+"
    r"(?:\S*(?:SCs?\b|[Mm]esenchymal|[Ss]tromal)|(?:small\s+)?extracellular\s+vesicles?\b|"
    r"(?:[Ee]xosomes?|s?EVs?|Exos?|[Mm]icrovesicles?)\b)"
    # (not a stimulus's object: 'LPS stimulated exosome secretion from MSCs')
    r"(?!\S*\s+(?:secretion|release|production|biogenesis|generation|uptake|yield)\b))"
)
_NOT_CONDITIONS = frozenset(
    {"we", "they", "were", "was", "are", "is", "be", "been", "had", "have", "has", "and", "or"}
    | {"then", "which", "that", "cells", "who", "also", "first", "not", "the", "of", "with"}
)


def conditioned(sentence: str) -> str:
    return _CONDITIONED.sub(
        lambda m: (
            m.group()
            if m.group(1).casefold() in _NOT_CONDITIONS or m.group(1).endswith("ly")
            else m.group(1) + "-"
        ),
        sentence,
    )


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
# the capital of an RNA class's name in a Title Case title ('MicroRNA', 'MiR', 'LncRNA')
_CAPITALISED_RNA = re.compile(r"\b(?:Micro|Mi|Lnc|Circ)(?=RNAs?\b|RNA-|R-)")


_UPPER_WORD = re.compile(r"\b[A-Z]{2,}\b(?!-\d)")  # (not 'IL' of 'IL-10', 'MIR' of 'MIR-21')
_RARE_IN_ENGLISH = 3.5  # wordfreq Zipf: msc 3.2, mir 3.4, aki 2.9 below; rats 4.05, stem 4.3 above


def capitals_cased(title: str) -> str:
    """A title written all in capitals ('MSC EXOSOMES ALLEVIATE LIVER FIBROSIS IN MICE') in
    sentence case (same length), keeping in capitals only its short words that are rare in
    English (wordfreq): the short forms ('MSC', 'BMSC'); any other title as it is. The parser
    and the grounder read capitals as names."""
    words = title.split()
    upper = _UPPER_WORD.findall(title)
    if len(words) < 4 or len(upper) < 0.8 * len(words):
        return title
    cased = _UPPER_WORD.sub(
        lambda m: (
            m.group()
            if len(m.group()) <= 5 and word_zipf(m.group()) < _RARE_IN_ENGLISH
            else m.group().lower()
        ),
        title,
    )
    return cased[:1].upper() + cased[1:]


def sentence_case(sentence: str) -> str:
    """A Title Case title in sentence case (same length): the parser reads 'Exosomes Reduce
    Injury' as one name; words in capitals or mixed case (MSC, miR) are kept."""
    words = sentence.split()
    capitalised = _CAPITALISED.findall(sentence)
    if len(words) < 4 or len(capitalised) < 0.6 * len(words):
        return sentence
    first = _CAPITALISED.search(sentence)
    start = first.end() if first is not None else 0
    rest = _CAPITALISED.sub(lambda m: m.group().lower(), sentence[start:])
    # ('Exosomal MicroRNA-18b-3p Inhibits X', 'Carrying MiR-122-5p'): an RNA's class written
    # with a title's capital is the name it is in running text, which the parser knows
    rest = _CAPITALISED_RNA.sub(lambda m: m.group().lower(), rest)
    return sentence[:start] + rest


# 'P. gingivalis–triggered inflammation', 'LPS‑induced': an en dash or non-breaking hyphen
# joining a compound modifier is read as punctuation between two clauses; a hyphen (same length)
# keeps the modifier one word
_DASH_IN_WORD = re.compile(r"(?<=\w)[\u2010\u2011\u2013](?=\w)")


# 'RESULTS: EVs were shown to lower X': a structured abstract's label opening the sentence is no
# part of its grammar, but the parser makes the label the root and the sentence's verb a modifier
# of it; blanked (same length) the sentence parses as it would without the label
_LABEL = re.compile(
    r"^\s*(?:background|introduction|objectives?|aims?|purpose|rationale|methods?|"
    r"materials and methods|design|results?|findings|conclusions?|interpretation|significance|"
    r"measurements and main results|main outcome measures?)"
    r"\s*:\s",
    re.IGNORECASE,
)


def unlabelled(sentence: str) -> str:
    """The sentence with a structured abstract's label opening it ('Results: ...') blanked to
    spaces (same length): a label is no part of the sentence's grammar."""
    return _LABEL.sub(lambda m: " " * len(m.group()), sentence, count=1)


# a word opening another phrase, not a stimulus's first
_OPENS_PHRASE = r"(?:and|or|but|then|in|of|on|by|with|from|to|at|for|as|than|after|via)\b"


# 'the EVs ameliorated LPS induced lung injury': written without its hyphen, the stimulus's
# participle after a lowering verb's object is read as a second verb of the EVs (raising the
# injury); joined by a hyphen (same length) it modifies the injury. Not before a phrase of its
# own ('reduced apoptosis induced by LPS'), nor after other verbs ('the injected EVs induced'),
# a conjunction or a number ('reduced X and induced Y', 'on day 3 induced Y'); before a word, a
# short form after a lowering verb ('alleviated LPS induced ALI') or a title's closing short form
# after a phrase ('in COVID-19 induced ARDS: a trial'; not 'into the heart induced VEGF
# expression', a marker a real verb raises)
@cache
def _induced_gap() -> re.Pattern[str]:
    """The pattern above, its lowering verbs the stems ``cues.tsv`` lists as
    'lowering_verb_stem'."""
    stems = "|".join(map(re.escape, cues.cue_literals("lowering_verb_stem")))
    return re.compile(
        rf"\b((?:(?:{stems})\w*"
        # or a phrase the condition is the object of: 'exosomes in LPS induced lung injury', the
        # 'effect of EVs on cisplatin induced kidney injury' (not 'from', 'of', 'with', 'to': the
        # phrase may end the subject of a real 'induced', 'exosomes from MSCs induced X')
        r"|\b(?:in|on|against|for|after|following|during|into))"
        # (a stimulus may hold a slash: 'ischemia/reperfusion induced AKI', 'H/R induced injury')
        # (up to three words, 'high fat diet induced', the first two then no conjunction or
        # preposition: 'inhibition of EV release induced apoptosis' is a real verb)
        rf" (?:the )?(?:(?:(?!{_OPENS_PHRASE})[A-Za-z0-9][\w./-]* ){{2}}"
        r"|(?!(?:and|or|but|then)\b)[A-Za-z0-9][\w./-]* )?"
        # (nor an article or quantifier: 'reduced the induced X', 'both induced X and ...')
        r"(?!(?:and|or|but|then|\d+|the|a|an|both|this|these|those|its|their)\b)[A-Za-z0-9][\w./-]*"
        # (and its short form: 'hypoxia/reoxygenation (H/R) induced')
        r"(?P<paren> \([A-Za-z0-9][\w./-]*\))?)"
        r" (?P<verb>induced|triggered|caused|evoked|provoked)(?= "
        # (nor before an article: 'hypoxia induced the release of EVs' is a real verb)
        r"(?!(?:by|in|with|after|through|via|using|from|at|on|to|for|during|the|a|an|its|their"
        r"|this|these|those)\b)"
        r"(?:[a-z]|(?P<short>[A-Z]{2,}\b(?![-\w]))))"
    )


@cache
def _condition_participle() -> re.Pattern[str]:
    """A participle naming how cells were kept (``cues.tsv`` 'condition_participle') right
    before a match's preposition."""
    words = "|".join(map(re.escape, cues.cue_literals("condition_participle")))
    return re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)


# the word before the participle naming the EVs or cells: the subject of a real verb
_INDUCED_BY_PRODUCT = re.compile(
    r"(?:exosom\w*|vesicles?|EVs?|Exos?|cells?|SCs?|MSCs?)$", re.IGNORECASE
)


def joined_causes(text: str) -> str:
    """'in LPS induced lung injury' written 'in LPS-induced lung injury' (same length), as the
    parse and the keyword window read it: the condition's cause, no change of the vesicles. A
    title is read in sentence case ('Exosomes Ameliorate Cisplatin Induced Nephrotoxicity')."""
    return _induced_gap().sub(_induced, sentence_case(text))


def _induced(match: re.Match[str]) -> str:
    if _INDUCED_BY_PRODUCT.search(match.group(1)):
        return match.group()
    after_phrase = not _AFTER_LOWERING_VERB.match(match.group(1))
    if after_phrase and _condition_participle().search(match.string, 0, match.start()):
        # 'MSCs cultured in hypoxia induced angiogenesis': the participle's condition ends
        # its phrase, the verb is the cells' or their vesicles'
        return match.group()
    if "/" in match.group(1) and after_phrase:
        # a slashed stimulus only after a lowering verb: after a phrase it is as often the
        # subject of a real verb ('EVs given after I/R induced angiogenesis')
        return match.group()
    if match.group("short") and after_phrase:
        # after a phrase, a short form is a condition only where a title's phrase ends
        # ('in COVID-19 induced ARDS: a trial'), not 'into the heart induced VEGF expression'
        after = match.string[match.end("short") :].lstrip()
        if after and not after.startswith((":", ".")):
            return match.group()
    if match.group("paren"):
        # 'hypoxia/reoxygenation (H/R) induced' as 'hypoxia/reoxygenation-induced', the short
        # form blanked after the participle (same length): between the two the parser loses it
        stem = match.group(1)[: match.start("paren") - match.start(1)]
        return stem + "-" + match.group("verb") + " " * len(match.group("paren"))
    return match.group(1) + "-" + match.group("verb")


# a match that opens with the lowering verb, not with a phrase's preposition
_AFTER_LOWERING_VERB = re.compile(r"(?!(?:in|on|against|for|after|following|during|into)\b)\w")


# 'a higher median (interquartile range) withdrawal threshold': a parenthetical naming only the
# statistic splits the noun phrase, and the parser loses the readout; blanked (same length). Not a
# bare '(SD)' or '(SE)', which also define Sprague-Dawley or status epilepticus
_STATISTIC = re.compile(
    r"\(\s*(?:(?:medians?|means?)\s*[\[(]\s*(?:IQR|interquartile range|range|SD|SEM)\s*[\])]|"
    r"(?:medians?|means?)\s*(?:±|\+/-|\+-)\s*(?:SD|SEM|SE|s\.\s?e\.\s?m\.?|s\.\s?d\.?)|"
    r"interquartile range|IQR|standard deviation|standard error(?: of the mean)?|"
    r"95\s*%\s*(?:CI|confidence interval))\s*\)"
    # a p value or a group size in brackets: '(P<0.05)', '(all P < 0.001)', '(p = 0.032, n = 6)'
    r"|\(\s*(?:(?:all|both|each)\s+)?(?:[pP]\s*[<>=≤≥]\s*0?\.\d+|n\s*=\s*\d+)[^()]{0,40}\)",
    re.IGNORECASE,
)


def _short_form(match: re.Match[str]) -> str:
    """'interleukin (IL)-6' as 'IL-6', blanks after it (same length; blanks before it made the
    parser take the short form for an adverb)."""
    short = f"{match.group('short')}-{match.group('rest')}"
    return short + " " * (len(match.group()) - len(short))


def _short_form_after(match: re.Match[str]) -> str:
    """'cell (PAEC) apoptosis' as 'cell apoptosis (PAEC)' (same length): with the cells' short
    form between them and their process the parser made the process a modifier of the cells."""
    return f"{match.group('cells')} {match.group('process')} {match.group('short')}"


# 'EVs not only reduced X but also raised Y': the parser makes the subject the sentence's root
# and the first verb its modifier; an adverb of the same length ('markedly', 8 letters as 'not
# only') keeps the clause whole. Only before a verb: a past tense, or any word after a modal
# ('could not only reduce'); not 'reduced not only fibrosis but also X'.
_MODALS = ("could", "can", "may", "might", "would", "will", "did", "does", "do")
_NOT_ONLY = re.compile(
    r"(?:\bnot only(?= [a-z]+ed\b)|"
    + "|".join(rf"(?<=\b{m} )not only(?= [a-z]+\b)" for m in _MODALS)
    + r")(?=.*\bbut\b)"
)


# a setting written between a verb of change and its object ('improved in vivo cardiac function',
# 'inhibited in vitro cell proliferation'): the small parser takes 'in' for a preposition whose
# object is the verb's own, and the verb is left without one
_SETTING = re.compile(r"\b([a-z]+)(\s+)(in vivo|in vitro|ex vivo|in situ)(?=\s+[a-z])", re.I)
_ADVERB_OF_LENGTH = {7: "clearly", 8: "markedly"}


def _setting_as_adverb(match: re.Match[str]) -> str:
    """The setting after a verb of change written as an adverb of the same length, which the
    parser hangs on the verb (the sentence's model is read from its own words, not these)."""
    if rules.polarity_of(match.group(1)) is None:
        return match.group()
    return match.group(1) + match.group(2) + _ADVERB_OF_LENGTH[len(match.group(3))]


# 'In vitro anticancer activity of EVs ...': a title's opening setting before its anti-/pro-
# adjective is no part of its grammar (the parser makes 'In' the root); blanked (same length)
_OPENING_SETTING = re.compile(
    r"^\s*(?:in vitro|in vivo|ex vivo)(?:\s+and\s+(?:in vitro|in vivo|ex vivo))?\s+"
    r"(?=(?:anti|pro)-?\s?[a-z]{4,})",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # asked while parsing ahead and again for a second parse
def prepared(sentence: str) -> str:
    """The sentence as the parser reads it best (same length)."""
    sentence = _STATISTIC.sub(lambda m: " " * len(m.group()), unlabelled(sentence))
    sentence = _OPENING_SETTING.sub(lambda m: " " * len(m.group()), sentence)
    if " vi" in sentence or " si" in sentence:
        sentence = _SETTING.sub(_setting_as_adverb, sentence)
    if "not only" in sentence:
        sentence = _NOT_ONLY.sub("markedly", sentence)
    if "(" in sentence:
        sentence = cues.cue("split_abbreviation").sub(_short_form, sentence)
        sentence = cues.cue("abbreviation_before_process").sub(_short_form_after, sentence)
    sentence = _DASH_IN_WORD.sub("-", sentence)
    if "leaved" in sentence:  # 'cleaved caspase-3' as one word, never the verb of a list
        sentence = cues.cue("cleaved_marker").sub(_underscored, sentence)
    if "-" in sentence:  # 'E-cadherin' one noun, never 'E', '-' and 'cadherin' as three objects
        sentence = cues.cue("letter_gene_name").sub(_underscored, sentence)
    if " stem cell" in sentence:  # 'adipose tissue stem cell-derived', 'stem' no verb
        sentence = cues.cue("tissue_stem_cell").sub(_hyphenated, sentence)
    if "ype " in sentence:  # 'type I collagen', 'I' no pronoun
        sentence = cues.cue("collagen_type_first").sub(_underscored, sentence)
    if "ly induced" in sentence:  # 'experimentally induced injury': how the model was made
        sentence = cues.cue("model_adverb_participle").sub(_hyphenated, sentence)
    if "normal" in sentence:  # 'X returned to near normal levels': as 'X recovered'
        sentence = cues.cue("return_to_normal").sub(_recovered, sentence)
    if "recovered from" in sentence:  # 'cells were recovered from 10 donors': collected
        sentence = cues.cue("recovered_as_isolated").sub(_collected, sentence)
    return _PRODUCT_GAP.sub("-", conditioned(joined_causes(sentence)))


def _collected(match: re.Match[str]) -> str:
    """'cells were recovered' as 'cells were collected' (same length)."""
    return match.group()[: -len("recovered")] + "collected"


def _hyphenated(match: re.Match[str]) -> str:
    """A word and the space after it, the space made a hyphen (same length): 'cleaved-'."""
    return match.group()[:-1] + "-"


def _underscored(match: re.Match[str]) -> str:
    """A word and the space or hyphen after it, made an underscore (same length): the tokenizer
    keeps 'cleaved_caspase-3' one noun where it splits 'cleaved-caspase-3' at the hyphen and the
    small parser then takes 'cleaved' for a verb ('reduced cleaved-caspase-3 and cleaved-PARP'
    parsed as an adverbial and a preposition)."""
    return match.group()[:-1] + "_"


def _recovered(match: re.Match[str]) -> str:
    """A return to normal said as a restore verb the lexicon reads and the small parser takes
    for a finite verb ('recovered'; it makes 'normalized' a participle of the noun), same
    length."""
    return "recovered".ljust(len(match.group()))


def repaired_parse(doc: Any) -> Any:
    """A parsed sentence with the small parser's known slips set right (in place)."""
    return _compared_pair(
        _verb_in_noun_list(
            _copula_as_passive(
                _nouns_as_objects(
                    _split_compound(
                        _subject_on_auxiliary(_time_clause_subject(_noun_read_as_verb(doc)))
                    )
                )
            )
        )
    )


def _time_clause_subject(doc: Any) -> Any:
    """'A single dose of MSC-EVs after brain injury eases X': in a title whose subject phrase
    ends in a time phrase, the small parser reads 'after' as a conjunction, the injury as the
    verb's subject and the whole as a verbless noun phrase; rebuilt as the clause it is (the
    noun phrase the verb's subject, the injury the object of 'after')."""
    for verb in doc:
        head = verb.head
        if not (
            verb.dep_ == "advcl"
            and verb.tag_ in ("VBZ", "VBP", "VBD")
            # (a claim's verb: not 'Reduction of X after MSC exosomes enter microglia')
            and (rules.polarity_of(verb.text) or rules.verb_polarity_of(verb.text, verb.tag_))
            and head.dep_ == "ROOT"
            and head.tag_ in ("NN", "NNS")
            and head.i < verb.i
        ):
            continue
        marks = [c for c in verb.children if c.dep_ == "mark"]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if (
            len(marks) != 1
            or len(subjects) != 1
            or marks[0].lower_ not in cues.cue_literals("time_preposition")
            or not head.i < marks[0].i < subjects[0].i < verb.i
        ):
            continue
        mark, subject = marks[0], subjects[0]
        verb.head, verb.dep_ = verb, "ROOT"
        head.head, head.dep_ = verb, "nsubj"
        mark.head, mark.dep_ = head, "prep"
        subject.head, subject.dep_ = mark, "pobj"
    return doc


def _subject_on_auxiliary(doc: Any) -> Any:
    """'Hepatocyte apoptosis and hepatic infiltration of inflammatory cells were markedly
    reduced': the small parser may hang a long subject on the passive's auxiliary; it is the
    participle's passive subject (an active auxiliary's: its subject)."""
    for token in doc:
        aux = token.head
        if token.dep_ != "nsubj" or aux.dep_ not in ("auxpass", "aux") or aux.head.i == aux.i:
            continue
        after = aux.i + 1
        while after < len(doc) and doc[after].tag_ in ("RB", "RBR", "RBS"):
            after += 1
        if after == aux.head.i:  # (not 'X was significantly increased and Y was decreased'
            # with the first 'was' hung on the second participle: the parse is lost there)
            token.head = aux.head
            token.dep_ = "nsubjpass" if aux.dep_ == "auxpass" else "nsubj"
    return doc


def _split_compound(doc: Any) -> Any:
    """'promote angiogenesis and wound healing': the small parser may make both words of the
    last conjunct conjuncts of the first ('wound' and 'healing' each beside 'angiogenesis', so
    the wounds rose), or the second a second object of the verb; a conjunct noun with a noun
    right after it, no comma or conjunction between, is that noun's compound."""
    for token in doc[:-1]:
        after = doc[token.i + 1]
        first = token.head
        if (
            token.dep_ == "conj"
            and token.tag_ in ("NN", "NNS")
            and after.tag_ in ("NN", "NNS")
            and token.n_lefts + token.n_rights == 0
            and (
                (after.dep_ == "conj" and after.head.i == first.i)
                or (after.dep_ == first.dep_ == "dobj" and after.head.i == first.head.i)
            )
        ):
            after.head, after.dep_ = first, "conj"
            token.head, token.dep_ = after, "compound"
    return doc


def _nouns_as_objects(doc: Any) -> Any:
    """'EVs ameliorate osteoarthritis', 'exosomes inhibit colitis in rats': the small parser
    makes a disease noun right after a present-tense verb its adverb; it is the verb's object."""
    for token in doc:
        head = token.head
        if (
            token.dep_ == "advmod"
            and token.tag_ in ("NN", "NNS")
            and head.i == token.i - 1
            and head.tag_.startswith("VB")
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children)
        ):
            token.dep_ = "dobj"
    return doc


def _copula_as_passive(doc: Any) -> Any:
    """'Apoptosis in the exosome group was markedly decreased': the small parser makes 'was' the
    verb and the participle its adjective complement; rebuilt as the passive it is (the subject
    the participle's, 'was' its auxiliary), as 'apoptosis was decreased in the group' parses."""
    for verb in doc:
        copula = verb.head
        if not (
            verb.dep_ == "acomp"
            and verb.tag_ == "VBN"
            and copula.lower_ in ("was", "were", "is", "are")
            and copula.i < verb.i
            and any(c.dep_ == "nsubj" for c in copula.children)
        ):
            continue
        dep = copula.dep_
        verb.head = verb if copula.head.i == copula.i else copula.head
        copula.head = verb
        for child in list(copula.children):
            child.head = verb
            if child.dep_ == "nsubj":
                child.dep_ = "nsubjpass"
        verb.dep_, copula.dep_ = dep, "auxpass"
    return doc


def _verb_in_noun_list(doc: Any) -> Any:
    """'EVs promote the proliferation, invasion and metastasis and inhibit apoptosis of X': the
    small parser hangs the second verb on the first verb's list of objects and its own object on
    that list too; rebuilt as the coordinated verb it is (joined to the verb that governs the
    list, the noun phrase right after it its object)."""
    for verb in doc:
        if not (
            verb.dep_ == "conj"
            and verb.tag_ in ("VB", "VBP", "VBZ", "VBD")
            and verb.head.tag_.startswith("NN")
            and not any(c.dep_ in ("dobj", "nsubjpass", "prep") for c in verb.children)
            and verb.i + 1 < len(doc)
        ):
            continue
        governor = verb.head
        while governor.dep_ in ("conj", "dobj") and not governor.tag_.startswith("VB"):
            governor = governor.head
        noun = doc[verb.i + 1]
        while noun.dep_ in ("det", "amod", "compound") and noun.head.i > noun.i:
            noun = noun.head
        if (
            not governor.tag_.startswith("VB")
            or any(c.dep_ == "neg" for c in governor.children)  # 'did not promote X and inhibit'
            or not noun.tag_.startswith("NN")
            or noun.dep_ != "conj"
            or noun.head.i > verb.i
            or noun.i - verb.i > 4
        ):
            continue
        verb.head = governor
        noun.head, noun.dep_ = verb, "dobj"
    return doc


def _noun_read_as_verb(doc: Any) -> Any:
    """'It promotes fracture healing': after a trigger verb, the small parser may read the first
    word of a noun compound as a verb of its own (its complement, or the root with the trigger
    its auxiliary) and the second word as that word's object. A word that is no verb of the
    lexicon, right after the trigger and right before its one object noun, is that noun's
    compound, and the noun the trigger's object (in place)."""
    last = len(doc) - 1
    for word in doc:
        # (the cheap tests first: most words are no candidate)
        if not 0 < word.i < last or word.tag_ not in ("NN", "NNS", "VB", "VBP"):
            continue
        if word.dep_ not in ("xcomp", "ccomp", "dobj", "ROOT") or not word.is_lower:
            continue
        trigger, noun = doc[word.i - 1], doc[word.i + 1]
        shape = (word.dep_ in ("xcomp", "ccomp", "dobj") and word.head.i == trigger.i) or (
            word.dep_ == "ROOT" and trigger.dep_ == "aux" and trigger.head.i == word.i
        )
        if not (
            shape
            and noun.tag_ in ("NN", "NNS")
            and noun.dep_ == "dobj"
            and noun.head.i == word.i
            and trigger.tag_ == "VBZ"
            and (rules.polarity_of(trigger.text) or rules.verb_polarity_of(trigger.text, "VBZ"))
            and not (rules.polarity_of(word.text) or rules.verb_polarity_of(word.text, "VB"))
        ):
            continue
        if word.dep_ == "ROOT":
            for child in list(word.children):
                if child.i not in (trigger.i, noun.i):
                    child.head = trigger
            trigger.head, trigger.dep_ = trigger, "ROOT"
        noun.head, noun.dep_ = trigger, "dobj"
        word.head, word.dep_ = noun, "compound"
    return doc


def _compared_pair(doc: Any) -> Any:
    """'EV-treated hearts had less fibrosis and more capillaries': the small parser makes the
    first noun a modifier of the second and the second comparative a conjunct of the first noun
    ('[less fibrosis and more] capillaries'); rebuilt as the two compared nouns they are (the
    first in the second's place, the second its conjunct, each with its comparative), as 'less
    fibrosis and less apoptosis' parses."""
    for noun in doc:
        head = noun.head
        if not (
            noun.dep_ in ("amod", "compound")
            and noun.tag_ in ("NN", "NNS")
            and head.tag_ in ("NN", "NNS")
            and head.i > noun.i
            and head.head.i != head.i
            and any(c.dep_ == "amod" and c.tag_ == "JJR" and c.i < noun.i for c in noun.children)
        ):
            continue
        second = [c for c in noun.children if c.dep_ == "conj" and c.tag_ == "JJR"]
        joined = [c for c in noun.children if c.dep_ == "cc"]
        if len(second) != 1 or not joined or not noun.i < second[0].i < head.i:
            continue
        noun.head, noun.dep_ = head.head, head.dep_
        head.head, head.dep_ = noun, "conj"
        second[0].head, second[0].dep_ = head, "amod"
    return doc


def title_cased(document: TextDocument) -> TextDocument:
    """The document with a title written all in capitals in sentence case, same length
    (``capitals_cased``), and the mark a publisher puts before a retracted paper's title
    ('RETRACTED ARTICLE: ', ``cues.tsv`` 'retracted_title_mark') blanked (same length: the
    paper's own title is read; the record's retraction is its publication type's to say); any
    other document as it is."""
    original = document.title
    if not original:
        return document
    mark = cues.cue("retracted_title_mark").match(original)
    title = " " * mark.end() + original[mark.end() :] if mark else original
    cased = capitals_cased(title)
    if cased == original:
        return document
    sections = [
        Section(s.title, [cased if p == original else p for p in s.paragraphs])
        if s.title == "Title"
        else s
        for s in document.sections
    ]
    return replace(document, title=cased, sections=sections)
