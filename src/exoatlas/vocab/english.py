"""Which words are English first: word frequencies from wordfreq's offline lists.

Used by the lexicon loaders (a dictionary variant that is a common English word is not a name)
and by the grounder's running-text rules (``ground.plausible_in_text``): 'was' is not WAS, 'tall'
is not T-ALL, 'combined' is not a carboxylase deficiency. A frequency list, not a hand list.
"""

from __future__ import annotations

import re
from functools import cache

# A word at least this frequent in English (wordfreq's Zipf scale: 4.0 is about the 4,000th most
# common word) is an English word first when written as a word.
COMMON_ZIPF = 4.0
SOURCE = "wordfreq 3.1.1 (English, Zipf scale)"
_WORD = re.compile(r"[\w'’]+(?:[-/.][\w'’]+)*")
_LETTERS = re.compile(r"[^0-9a-z]+")


@cache
def word_zipf(word: str) -> float:
    """How common a word is in English (Zipf scale, case-folded); 0.0 for an unknown word."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.casefold(), "en"))


def is_common_word(word: str) -> bool:
    """A common English word, also when its hyphen is dropped ('t-all' reads as 'tall')."""
    folded = word.casefold()
    return word_zipf(folded) >= COMMON_ZIPF or word_zipf(_LETTERS.sub("", folded)) >= COMMON_ZIPF


def is_common_english(text: str) -> bool:
    """Every word of ``text`` is a common English word ('in a', 'was', 'at a')."""
    words = _WORD.findall(text)
    return bool(words) and all(is_common_word(w) for w in words)


def in_capitals(text: str) -> bool:
    """Letters all capitals ('WAS', 'T-ALL', 'IL-10'): written as a symbol or abbreviation."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


@cache
def common_words(n: int = 5000) -> tuple[str, ...]:
    """The ``n`` most frequent English words (wordfreq's ``top_n_list``)."""
    from wordfreq import top_n_list

    return tuple(top_n_list("en", n))
