"""A parsed sentence's text, kept once per parse: spaCy builds ``Doc.text`` anew from every
token each time it is asked, and the reader asks it of the same parse many times; and the token
at a character offset (where a finding's trigger was read)."""

from __future__ import annotations

from typing import Any


def text_of(doc: Any) -> str:
    """``doc.text``, computed once per parse (kept in the parse's ``user_data``)."""
    text: str | None = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def token_at(doc: Any, at: int) -> Any:
    """The token of a parse that starts at character ``at`` (a finding's ``trigger_at``), or
    None (no parse, or no token starts there)."""
    if doc is None:
        return None
    return next((t for t in doc if t.idx == at), None)
