"""The parse's text is built once: ``read.doctext.text_of`` gives what spaCy's ``Doc.text``
gives, from the parse's own store after the first call."""

from __future__ import annotations

from exoatlas.read.doctext import text_of
from exoatlas.read.parsing import nlp


def test_text_of_a_parse_is_its_text_and_kept() -> None:
    doc = nlp()("The exosomes reduced fibrosis in the rats.")
    assert text_of(doc) == doc.text
    assert doc.user_data["text"] == doc.text
    doc.user_data["text"] = "kept"  # a second call reads the store, not the tokens
    assert text_of(doc) == "kept"
