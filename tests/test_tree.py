"""read.tree: the parse as plain objects answers every question the reader asks of it exactly as
spaCy's own objects answer it, on real sentences and on sentences the parse repairs change."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from spacy.tokens import Doc

from exoatlas.read.parsing import nlp, parse
from exoatlas.read.repair import prepared, repaired_parse
from exoatlas.read.tree import Parse, Span, from_spacy

from .conftest import unreserved_records

# written for this test: sentences whose first parse the repairs change (read.repair), a list,
# a coordination, brackets, a number word, two sentences in one text
MADE_UP = [
    "Compared with the model group, fibrosis in the EV group was markedly reduced.",
    "After 4 weeks of treatment, the MSC-EVs reduced apoptosis, inflammation and oxidative stress.",
    "Lipopolysaccharide (LPS)-induced apoptosis was attenuated by the vesicles.",
    "BMSC-Exos promote osteogenesis and inhibit osteoclast formation via the Wnt pathway.",
    "Serum creatinine rose sharply. This rise was reversed by twenty doses of exosomes.",
    "The exosomes, which carried miR-21-5p, suppressed PTEN and activated AKT signalling.",
    "Cell viability was restored to normal, whereas caspase-3 remained high in treated cells.",
]

_WORD_ATTRS = (
    "i",
    "text",
    "lower_",
    "tag_",
    "dep_",
    "idx",
    "whitespace_",
    "text_with_ws",
    "is_alpha",
    "is_lower",
    "like_num",
)
_WORD_LINKS = ("head", "left_edge", "right_edge")
_WORD_SEQUENCES = ("children", "lefts", "rights", "subtree", "ancestors", "conjuncts")


def _corpus_sentences(records: int) -> list[str]:
    sentences = []
    for record in unreserved_records("msc_ev_abstracts.jsonl", records):
        text = re.sub(r"<[^>]+>", " ", f"{record.get('title') or ''}. {record.get('abstract')}")
        sentences += [s for s in re.split(r"(?<=[.;])\s+", " ".join(text.split())) if s]
    return sentences


def _spacy_parse(sentence: str) -> Any:
    """The sentence as spaCy parses and the reader repairs it, before it becomes a tree."""
    return repaired_parse(nlp()(prepared(sentence)))


def _ids(words: Any) -> list[int]:
    return [w.i for w in words]


def _assert_same(doc: Any, tree: Parse) -> None:
    assert (len(tree), tree.text) == (len(doc), doc.text)
    for token, word in zip(doc, tree, strict=True):
        for attr in _WORD_ATTRS:
            assert getattr(word, attr) == getattr(token, attr), (attr, token.i, doc.text)
        for attr in _WORD_LINKS:
            assert getattr(word, attr).i == getattr(token, attr).i, (attr, token.i, doc.text)
        for attr in _WORD_SEQUENCES:
            seen = _ids(getattr(word, attr))
            assert seen == _ids(getattr(token, attr)), (attr, token.i, doc.text)
        assert (word.sent.start, word.sent.end) == (token.sent.start, token.sent.end)
        assert word.sent.root.i == token.sent.root.i
        assert word.sent.text == token.sent.text
        assert str(word) == str(token) and len(word) == len(token)
    n = len(doc)
    for start in range(-2, n + 2):
        for end in {start, start + 1, start + 3, n, -1, None}:
            spacy_span, span = doc[start:end], tree[start:end]
            assert (span.start, span.end, span.text, len(span)) == (
                spacy_span.start,
                spacy_span.end,
                spacy_span.text,
                len(spacy_span),
            )
            assert (span.start_char, span.end_char) == (spacy_span.start_char, spacy_span.end_char)
            assert _ids(span) == _ids(spacy_span)
            if len(spacy_span):
                assert span.root.i == spacy_span.root.i, (start, end, doc.text)
                assert span.sent.start == spacy_span.sent.start
                assert span[-1].i == spacy_span[-1].i and span[0].i == spacy_span[0].i
                assert _ids(span[1:]) == _ids(spacy_span[1:])
    for i in (-n, -1, 0, n - 1):
        assert tree[i].i == doc[i].i
    for i in (n, n + 4, -n - 1, -n - 5):
        with pytest.raises(IndexError):
            doc[i]
        with pytest.raises(IndexError):
            tree[i]
    for offset in (1, -n):  # past either end
        with pytest.raises(IndexError):
            tree[n - 1].nbor(offset)
        with pytest.raises(IndexError):
            doc[n - 1].nbor(offset)
    if n > 1:
        assert tree[1].nbor(-1).i == doc[1].nbor(-1).i == 0


def _spacy_parses(sentences: list[str]) -> list[Any]:
    """The sentences parsed in one batch and repaired, as ``parsing.parse`` has them before they
    become trees (each compared with the tree made of that same parse)."""
    return [repaired_parse(doc) for doc in nlp().pipe([prepared(s) for s in sentences])]


def test_made_up_sentences_read_as_spacy_reads_them() -> None:
    for doc in _spacy_parses(MADE_UP):
        _assert_same(doc, from_spacy(doc))


def test_real_sentences_read_as_spacy_reads_them() -> None:
    sentences = _corpus_sentences(30)
    assert len(sentences) > 150
    for doc in _spacy_parses(sentences):
        _assert_same(doc, from_spacy(doc))


def test_the_repairs_are_among_what_is_compared() -> None:
    """The comparison covers parses whose heads the repairs moved (spaCy keeps the edges then)."""
    moved = [
        s
        for s in MADE_UP
        if [t.head.i for t in _spacy_parse(s)] != [t.head.i for t in nlp()(prepared(s))]
    ]
    assert moved


def test_parse_gives_trees_that_keep_the_readers_notes() -> None:
    first, second = parse(MADE_UP[:2])
    assert isinstance(first, Parse) and isinstance(second, Parse)
    first.user_data["title"] = True
    assert first.user_data == {"title": True} and not second.user_data


def test_words_order_and_compare_as_spacys_do() -> None:
    tree = from_spacy(_spacy_parse(MADE_UP[1]))
    words = list(tree)
    assert sorted(reversed(words)) == words
    assert words[0] < words[1] and words[2] >= words[1] and words[1] <= words[1]
    assert not words[1] < words[1] and not words[1] > words[1] and not words[1] >= words[2]
    assert words[0] != words[1] and words[0] == tree[0] and words[0] in {tree[0]}
    assert tree[1:3] == tree[1:3] and tree[1:3] != tree[1:4] and len({tree[1:3], tree[1:3]}) == 1
    assert tree[1:3] != "x" and isinstance(tree[1:3], Span)


def test_a_deeply_nested_text_has_its_subtree() -> None:
    """A made-up text of 1,200 nested brackets, deeper than Python's recursion: the subtrees of
    its root and of words along the nesting, as spaCy gives them."""
    doc = _spacy_parse("MSC-EVs (" * 1200 + "reduced fibrosis.")
    tree = from_spacy(doc)
    assert max(len(list(word.ancestors)) for word in tree) > 1000
    for i in (tree[0].sent.root.i, 0, 1, 600, len(doc) - 3):
        assert _ids(tree[i].subtree) == _ids(doc[i].subtree)


def _random_forest(rng: random.Random, size: int) -> list[int]:
    """Heads (absolute) of a random forest over ``size`` words: a word's head is a word already
    placed, in any order of placing (so arcs cross, and some words are roots)."""
    order = list(range(size))
    rng.shuffle(order)
    heads = list(range(size))
    for k, i in enumerate(order):
        if k and rng.random() > 0.15:
            heads[i] = order[rng.randrange(k)]
    return heads


def test_random_trees_read_as_spacy_reads_them() -> None:
    """Random forests, crossing arcs and several roots included, built by spaCy from their heads
    (its edges then need more than one pass) and then given new heads by spaCy's setter: every
    edge, child and sentence of the tree is spaCy's. (Not spaCy's child counts, ``n_lefts``:
    after its setter they may disagree with the children it lists; the tree has none, and the
    reader counts none after its repairs.)"""
    rng = random.Random(7)
    vocab = nlp().vocab
    for size in [1, 2, 3, 5, 8, 13, 21, 34] * 6:
        heads = _random_forest(rng, size)
        deps = [
            "ROOT" if h == i else rng.choice(["conj", "dobj", "prep"]) for i, h in enumerate(heads)
        ]
        doc = Doc(vocab, words=[f"w{i}" for i in range(size)], heads=heads, deps=deps)
        _assert_same(doc, from_spacy(doc))
        for _ in range(3):
            child, head = rng.randrange(size), rng.randrange(size)
            if child not in [a.i for a in doc[head].ancestors]:  # (no cycle)
                doc[child].head = doc[head]
                _assert_same(doc, from_spacy(doc))
