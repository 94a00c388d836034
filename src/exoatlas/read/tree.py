"""A parsed sentence as plain Python objects, read the way spaCy's ``Doc``, ``Token`` and ``Span``
are read (the part of their interface the reader uses, with the same answers), built once per
parse (``parsing.parse``) after its repairs (``repair.repaired_parse``).

Why: the rule code asks a parse for heads, children and words a few hundred thousand times per
batch, and spaCy makes a new ``Token`` for each answer; the words here are made once and then
only looked up (the bench's deep reading is about a tenth faster). Nothing here judges a
finding: it is the parse, nothing added.

Same answers as spaCy 3.8 to what the reader asks: children are the tokens whose head is the
word, found between its left and right edges as spaCy finds them (after spaCy's head setter,
which the repairs use, a child may lie outside its head's edges: spaCy does not list it, nor
does the tree); ``subtree`` gives them in spaCy's order (in a loop, not spaCy's recursion);
``conjuncts``, ``ancestors``, ``sent`` and ``Span.root`` follow spaCy's definitions; words order
by their character offset. ``tests/test_tree.py`` compares each of these with spaCy's on real
sentences and random trees. Not kept: spaCy's child counts (``n_lefts``: after its setter they
may disagree with the children it lists; the reader counts none after its repairs, and the root
of a span without its sentence's root counts listed children instead), comparing a word with
anything but a word, ordering spans, the sentence of an empty span. The tree is read-only: a head
written here would leave its children and edges as they were (the repairs are made on spaCy's
parse, before)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any


class Word:
    """One token of a parse, its attributes as spaCy's ``Token`` gives them."""

    __slots__ = (
        "_lefts",
        "_rights",
        "_sent",
        "_subtree",
        "dep_",
        "doc",
        "head",
        "i",
        "idx",
        "left_edge",
        "lower_",
        "right_edge",
        "tag_",
        "text",
        "whitespace_",
    )

    doc: Parse
    i: int
    text: str
    lower_: str
    tag_: str
    dep_: str
    idx: int
    whitespace_: str
    head: Word
    left_edge: Word
    right_edge: Word
    _lefts: tuple[Word, ...]
    _rights: tuple[Word, ...]
    _subtree: tuple[Word, ...] | None
    _sent: tuple[int, int]

    @property
    def lefts(self) -> Iterator[Word]:
        return iter(self._lefts)

    @property
    def rights(self) -> Iterator[Word]:
        return iter(self._rights)

    @property
    def children(self) -> Iterator[Word]:
        yield from self._lefts
        yield from self._rights

    @property
    def subtree(self) -> Iterator[Word]:
        if self._subtree is None:
            # each word's left children's subtrees, the word, its right children's: in a loop,
            # not recursion (a made-up text may nest a thousand brackets)
            words: list[Word] = []
            todo: list[tuple[Word, bool]] = [(self, False)]
            while todo:
                word, opened = todo.pop()
                if opened:
                    words.append(word)
                elif word._subtree is not None:
                    words += word._subtree
                else:
                    todo += [(w, False) for w in reversed(word._rights)]
                    todo.append((word, True))
                    todo += [(w, False) for w in reversed(word._lefts)]
            self._subtree = tuple(words)
        return iter(self._subtree)

    @property
    def ancestors(self) -> Iterator[Word]:
        word, steps = self, 0
        while word.head is not word and steps < len(self.doc):
            word = word.head
            steps += 1
            yield word

    @property
    def conjuncts(self) -> tuple[Word, ...]:
        start = self
        while start.head is not start and start.dep_ == "conj":
            start = start.head
        found = [start]
        for word in found:
            found += [child for child in word._rights if child.dep_ == "conj"]
        return tuple(w for w in found if w.i != self.i)

    @property
    def sent(self) -> Span:
        return Span(self.doc, *self._sent)

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()

    @property
    def is_lower(self) -> bool:
        return self.text.islower()

    @property
    def like_num(self) -> bool:
        return bool(_like_num()(self.text))

    def nbor(self, i: int = 1) -> Word:
        if not 0 <= self.i + i < len(self.doc):
            raise IndexError(f"no word {i} from word {self.i} of {len(self.doc)}")
        return self.doc.words[self.i + i]

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    def __lt__(self, other: Word) -> bool:
        return self.idx < other.idx

    def __le__(self, other: Word) -> bool:
        return self.idx <= other.idx

    def __gt__(self, other: Word) -> bool:
        return self.idx > other.idx

    def __ge__(self, other: Word) -> bool:
        return self.idx >= other.idx


class Span:
    """Words ``start`` to ``end`` of a parse, as spaCy's ``Span`` gives them."""

    __slots__ = ("doc", "end", "start")

    def __init__(self, doc: Parse, start: int, end: int) -> None:
        self.doc, self.start, self.end = doc, start, end

    def __len__(self) -> int:
        return max(self.end - self.start, 0)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.doc.words[self.start : self.end])

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            start, end = _bounds(len(self), i)
            return Span(self.doc, start + self.start, end + self.start)
        at = self.end + i if i < 0 else self.start + i
        if not self.start <= at < self.end:
            raise IndexError(f"no word {i} in a span of {len(self)}")
        return self.doc.words[at]

    @property
    def text_with_ws(self) -> str:
        return "".join(w.text + w.whitespace_ for w in self)

    @property
    def text(self) -> str:
        text = self.text_with_ws
        if len(self) and self.doc.words[self.end - 1].whitespace_:
            text = text[:-1]
        return text

    @property
    def start_char(self) -> int:
        words = self.doc.words
        return words[self.start].idx if self.start < len(words) else len(self.doc.text)

    @property
    def end_char(self) -> int:
        if self.end <= self.start:
            return self.start_char
        last = self.doc.words[self.end - 1]
        return last.idx + len(last.text)

    @property
    def root(self) -> Word:
        words = self.doc.words
        for word in words[self.start : self.end]:
            if word.head is word:
                return word
        best, root = len(words), None
        for word in words[self.start : self.end]:
            if self.start <= word.head.i < self.end:
                continue
            steps = _steps_to_root(word)
            if steps < best:
                best, root = steps, word
        return words[self.start] if root is None else root

    @property
    def sent(self) -> Span:
        return Span(self.doc, *self.doc.words[self.start]._sent)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return False
        return (self.doc, self.start_char, self.end_char) == (
            other.doc,
            other.start_char,
            other.end_char,
        )

    def __hash__(self) -> int:
        return hash((id(self.doc), self.start_char, self.end_char))

    def __repr__(self) -> str:
        return self.text


class Parse:
    """A parsed sentence: its words, its text and the reader's notes on it (``user_data``)."""

    __slots__ = ("text", "user_data", "words")

    def __init__(self, words: list[Word], text: str, user_data: dict[Any, Any]) -> None:
        self.words, self.text, self.user_data = words, text, user_data

    def __len__(self) -> int:
        return len(self.words)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return Span(self, *_bounds(len(self.words), i))
        if i < 0:
            i += len(self.words)
        if not 0 <= i < len(self.words):
            raise IndexError(f"no word {i} in a parse of {len(self.words)}")
        return self.words[i]


@cache
def _like_num() -> Any:
    """spaCy's English ``like_num`` (what its lexemes' attribute holds), imported once."""
    from spacy.lang.en.lex_attrs import like_num

    return like_num


def _word(
    doc: Parse, i: int, text: str, lower: str, tag: str, dep: str, idx: int, space: str
) -> Word:
    word = Word()
    word.doc, word.i, word.text, word.lower_ = doc, i, text, lower
    word.tag_, word.dep_, word.idx, word.whitespace_ = tag, dep, idx, space
    word._subtree = None
    return word


def _bounds(length: int, i: slice) -> tuple[int, int]:
    """spaCy's ``normalize_slice``: a slice's start and end, clipped, never reversed."""
    if i.step not in (None, 1):
        raise ValueError("a parse's slices have no step")
    start = 0 if i.start is None else i.start + length if i.start < 0 else i.start
    start = min(length, max(0, start))
    end = length if i.stop is None else i.stop + length if i.stop < 0 else i.stop
    return start, min(length, max(start, end))


def _steps_to_root(word: Word) -> int:
    """Heads from the word to its sentence's root, as spaCy counts them for ``Span.root``: a
    punctuation mark or a space with no children counts as far as can be."""
    from spacy.lang.lex_attrs import is_punct

    if not word._lefts and not word._rights and (word.text.isspace() or is_punct(word.text)):
        return len(word.doc) - 1
    steps = 0
    while word.head is not word and steps < len(word.doc):
        word = word.head
        steps += 1
    return steps


def from_spacy(doc: Any) -> Parse:
    """The parse of a spaCy ``Doc`` (after its repairs), as plain objects."""
    parse = Parse([], doc.text, doc.user_data)
    words = parse.words
    strings = doc.vocab.strings
    # (read as arrays, not token by token: a fifth of the time)
    named = doc.to_array(["ORTH", "LOWER", "TAG", "DEP", "IDX", "SPACY"]).tolist()
    placed = doc.to_array(["HEAD", "SENT_START"]).astype("int64").tolist()
    for i, (orth, lower, tag, dep, idx, space) in enumerate(named):
        words.append(
            _word(
                parse,
                i,
                strings[orth],
                strings[lower],
                strings[tag],
                strings[dep],
                idx,
                " " if space else "",
            )
        )
    children: list[list[Word]] = [[] for _ in words]
    # (spaCy keeps each word's edges as its head changes: taken from it, not worked out again)
    for word, token, (offset, _) in zip(words, doc, placed, strict=True):
        head = word.i + offset
        word.head = words[head]
        word.left_edge = words[token.left_edge.i]
        word.right_edge = words[token.right_edge.i]
        if head != word.i:
            children[head].append(word)
    for word in words:
        # (spaCy looks for a word's children between its edges)
        low, high = word.left_edge.i, word.right_edge.i
        word._lefts = tuple(c for c in children[word.i] if low <= c.i < word.i)
        word._rights = tuple(c for c in children[word.i] if word.i < c.i <= high)
    _sentences(words, [start == 1 for _, start in placed])
    return parse


def _sentences(words: list[Word], starts: list[bool]) -> None:
    """Each word's sentence, found as spaCy's ``Span.sent`` finds it: back to the nearest
    sentence start (or the first word), then on to the next start after the word."""
    ends = [len(words)] * len(words)
    for i in range(len(words) - 2, -1, -1):
        ends[i] = i + 1 if starts[i + 1] else ends[i + 1]
    begin = 0
    for word in words:
        if word.i and starts[word.i]:
            begin = word.i
        word._sent = (begin, ends[word.i])
