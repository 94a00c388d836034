"""What a deep read parses ahead: the sentences of a batch of documents that hold a trigger word
or an EV-property candidate, parsed in one spaCy batch, leaving out an abstract's background and
aims (``reader._read_sentence`` reads no result from them)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from exoatlas.ingest.text import TextDocument
from exoatlas.read.abbrev import defines_short_forms, find_abbreviations
from exoatlas.read.groups import product_groups
from exoatlas.read.locate import section_sentences
from exoatlas.read.parsing import has_trigger, parse
from exoatlas.read.properties import candidate
from exoatlas.read.sentences import unify_dashes
from exoatlas.read.statement import general_capability
from exoatlas.read.triage import bare_stem_cell_products, product_abbreviations
from exoatlas.vocab import cues


def parse_ahead(documents: Iterable[TextDocument]) -> dict[str, Any]:
    """The sentences of these documents that hold a trigger word, parsed (``read.tree`` parses),
    by text. One batch for all: spaCy parses a batch of many documents' sentences much faster
    than each section (or document) on its own, and a sentence parses the same in any batch."""
    documents = list(documents)
    wanted = dict.fromkeys(
        sentence
        for document in documents
        for sentence in parsed_sentences(document)
        if has_trigger(sentence) or candidate(sentence)
    )
    parsed = dict(zip(wanted, parse(list(wanted)), strict=True))
    # a title's present tense is its claim ('MSC-EVs exert protective effects in X'), where an
    # abstract's is what is known (read.frames)
    for document in documents:
        for section in document.sections:
            if section.title == "Title":
                for sentence in section_sentences(section):
                    if sentence in parsed:
                        parsed[sentence].user_data["title"] = True
    return parsed


def parsed_sentences(document: TextDocument) -> Iterator[str]:
    """The sentences a deep read may parse: not an abstract's background or aims, which
    ``_read_sentence`` reads no result from."""
    abstract = document.kind == "medline"
    products = products_of(document) if abstract else ()
    review = abstract and is_review(document)
    for section in document.sections:
        for sentence in section_sentences(section):
            if not (abstract and background(sentence, products, review=review)):
                yield sentence


def products_of(document: TextDocument) -> tuple[str, ...]:
    """Abbreviations the document defines for MSC-derived vesicles ('BMSC-Exos'), and the labels
    of the study groups it gives them ('group III')."""
    paragraphs = [p for section in document.sections for p in section.paragraphs]
    # (a paragraph defines short forms in brackets, or names one in words: 'referred to as X')
    defining = " ".join(p for p in paragraphs if defines_short_forms(p))
    named = product_abbreviations(defining)
    # ('Stem cell-derived exosomes' of a record whose bare stem cells are its MSCs)
    # (a line apiece: a title's last word is no word before the abstract's first)
    titled = any(section.title == "Title" for section in document.sections)
    named += bare_stem_cell_products(
        "\n".join([*([] if titled else [document.title or ""]), *paragraphs])
    )
    named += _holding_products(defining, named)
    # and the study groups it defines as given them ('group III (cisplatin plus exosomes)')
    return named + product_groups(" ".join(paragraphs), named)


def _holding_products(text: str, named: tuple[str, ...]) -> tuple[str, ...]:
    """Short forms the text defines for a preparation holding the MSC vesicles, named by their
    own short form ('a human ASCE-containing solution (HACS)', 'an MSC-EV-laden hydrogel
    (EVGel)'); not one that takes them away ('MSC-EV-depleted medium', ``cues.tsv``
    'inhibitor')."""
    stems = [p.removesuffix("s") for p in named if len(p) > 2]
    if not stems:
        return ()
    return tuple(
        short
        for short, long in find_abbreviations(unify_dashes(text)).items()
        if short not in named
        and any(re.search(rf"(?<![\w-]){re.escape(s)}s?(?![\w])", long) for s in stems)
        and cues.cue_found("vesicle_holder", long)
        and not cues.cue_found("inhibitor", long)
    )


@lru_cache(maxsize=4096)  # asked while parsing ahead and again while reading
def background(sentence: str, products: tuple[str, ...], *, review: bool = False) -> bool:
    """An abstract's background, aim or open question: no result of this study. In a review's
    abstract the work it cites is its content: 'studies have shown that the EVs reduce X' is
    background only if it is without its citing frame ('cited_work')."""
    # ('MSC-EVs are being tested for X thanks to their properties': what the field does)
    testing = cues.cue_found("field_testing", sentence)
    named = cues.cue_found("background", sentence)
    if not (testing or named or general_capability(sentence, products)):
        return False
    aim = cues.cue("aim_opening").match(sentence)
    if aim is not None and cues.cue("own_finding_clause").search(sentence, aim.end()):
        return False  # 'To test this, we found that the EVs reduced X': the result after the aim
    if not review:
        return True
    if testing and not named and cues.cue_found("credited_properties", sentence):
        return False  # (a review's 'EVs are being tested in X thanks to their properties')
    # a review's 'EVs have shown effects on X; however, Y remains unclear': what the field has
    # shown is its content (in a study's abstract such a sentence opens the question it asks)
    stated = cues.cue("open_question_aside").sub(" ", sentence)
    if stated != sentence and stated.strip(" .;,"):
        return background(stated, products, review=review)
    if cues.cue_found("review_content_claim", sentence):
        return background(cues.cue("review_content_claim").sub(" ", sentence), products)
    if not cues.cue_found("cited_work", sentence):
        return True
    return background(cues.cue("cited_work").sub(" ", sentence), products)


def is_review(document: TextDocument) -> bool:
    """Is a record a review: by its publication type (``cues.tsv`` 'review_publication_type':
    MEDLINE's 'Review', 'Systematic Review', ...), or by its title or abstract saying it reviews
    the field ('a review', 'In this review, we summarize', 'review_record')?"""
    if any(cues.cue_found("review_publication_type", kind) for kind in document.publication_types):
        return True
    text = " ".join([document.title or "", *(p for s in document.sections for p in s.paragraphs)])
    return cues.cue_found("review_record", text)


def is_notice(document: TextDocument) -> bool:
    """Is a record a notice about another paper, which reports no effect of its own: by its
    publication type ('Retraction of Publication', 'Published Erratum', ``cues.tsv``
    'notice_publication_type'), its title ('Retraction Note: ...', 'Correction to: ...',
    'notice_title_mark'), or a 'Retracted: ...' title over a body that says so or none?"""
    if any(cues.cue_found("notice_publication_type", kind) for kind in document.publication_types):
        return True
    title = document.title or ""
    if cues.cue_found("notice_title_mark", title):
        return True
    if not cues.cue_found("retracted_notice_mark", title):
        return False
    body = " ".join(p for s in document.sections if s.title != "Title" for p in s.paragraphs)
    return not body.strip() or cues.cue_found("retraction_notice_body", body)


def own_account_start(sentences: Sequence[str]) -> int:
    """The number (from 1) of an abstract's first sentence that tells of the study itself ('In
    this study, we ...', 'Here, ...'), 0 when none does: what the sentences before it say the
    vesicles can do ('MSC-EVs can dampen X') is the field's knowledge, background."""
    study = cues.cue("own_study_opening")
    return next((i for i, s in enumerate(sentences, start=1) if study.search(s)), 0)
