"""The deep reader's parser runs its arithmetic on numpy's BLAS on one thread
(``read.parsing.nlp``): faster per core than thinc's bundled BLIS on the bench machine, and
parsing exactly as BLIS does. The sentences are written for this test."""

from __future__ import annotations

import importlib
import subprocess
import sys

from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from exoatlas.read.parsing import PIPELINE, nlp, parse

_SENTENCES = [
    "In rats, BMSC-Exos reduced apoptosis and fibrosis and improved cardiac function.",
    "Apoptosis in the exosome group was markedly decreased, whereas the vesicles promoted "
    "angiogenesis via miR-21 by targeting PTEN.",
    "hUCMSC-EVs did not alter the proliferation of tumour cells but suppressed their migration.",
]


def _signature(docs: list[object]) -> list[list[tuple[str, int, str]]]:
    return [[(t.dep_, t.head.i, t.tag_) for t in doc] for doc in docs]  # type: ignore[attr-defined]


def test_every_layer_multiplies_through_numpy_not_blis() -> None:
    pipeline = nlp()
    layers = [layer for _, component in pipeline.pipeline for layer in component.model.walk()]
    assert layers
    assert all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis for layer in layers)


def test_blas_is_held_to_one_thread_while_parsing_only() -> None:
    seen: list[set[int]] = []

    def spy(texts: object, batch_size: int = 0) -> object:
        # inside the parse: what the thread pools are set to now (the real pipeline then runs)
        seen.append(blas_threads())
        return real(texts, batch_size=batch_size)

    def blas_threads() -> set[int]:
        return {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"}

    pipeline = nlp()
    before = blas_threads()
    real = pipeline.pipe
    pipeline.pipe = spy
    try:
        docs = parse([_SENTENCES[0]])
    finally:
        del pipeline.pipe
    assert [t.dep_ for t in docs[0]], "the sentence was not parsed"
    assert seen == [{1}]
    assert blas_threads() == before  # other numpy work keeps its threads


def test_parses_as_the_default_backend_does() -> None:
    ours = nlp()
    texts = list(_SENTENCES)  # (no hyphenated trigger: the two tokenise alike)
    module = importlib.import_module(PIPELINE)
    default = module.load(exclude=["ner", "lemmatizer", "attribute_ruler"])
    assert not any(
        not getattr(layer.ops, "use_blis", True)
        for _, c in default.pipeline
        for layer in c.model.walk()
    ), "the comparison pipeline should keep thinc's default backend"
    assert _signature(list(ours.pipe(texts))) == _signature(list(default.pipe(texts)))


_FIRST_PARSE = """
import sys
from threadpoolctl import threadpool_info
from exoatlas.read import parsing
assert "numpy" not in sys.modules, "numpy was loaded before the first parse"
real_nlp = parsing.nlp
seen = []
def spied():
    pipeline = real_nlp()
    real = pipeline.pipe
    def spy(texts, batch_size=0):
        pools = threadpool_info()
        seen.append(sorted({p["num_threads"] for p in pools if p["user_api"] == "blas"}))
        return real(texts, batch_size=batch_size)
    pipeline.pipe = spy
    return pipeline
parsing.nlp = spied
parsing.parse([sys.argv[1]])
print(seen)
"""


def test_the_first_parse_of_a_process_is_held_to_one_thread_too() -> None:
    # a fresh process whose first numpy work is the parse: the thread pools must be looked up
    # after the pipeline has loaded numpy (looked up before, there were none to hold)
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PARSE, _SENTENCES[0]],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[[1]]"
