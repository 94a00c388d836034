"""Locators: 'section "Kidney disease", sentence 4' <-> the sentence itself."""

from __future__ import annotations

import re
from functools import lru_cache

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.read.sentences import split_sentences

_SENTENCE_LOCATOR = re.compile(r'section "(.+)", sentence (\d+)')


def sentence_locator(section: str, index: int) -> str:
    return f'section "{section}", sentence {index}'


@lru_cache(maxsize=4096)  # bounded: a MEDLINE file streams 30,000 abstracts through here
def _sentences(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(s for p in paragraphs for s in split_sentences(p))


def section_sentences(section: Section) -> tuple[str, ...]:
    """The sentences of a section, numbered from 1 in locators."""
    return _sentences(tuple(section.paragraphs))


def sentence_at(document: TextDocument, locator: str) -> str | None:
    """Resolve a sentence locator against a parsed document; None if it does not resolve."""
    match = _SENTENCE_LOCATOR.fullmatch(locator)
    if match is None:
        return None
    section = document.section(match.group(1))
    if section is None:
        return None
    sentences = section_sentences(section)
    index = int(match.group(2))
    return sentences[index - 1] if 1 <= index <= len(sentences) else None
