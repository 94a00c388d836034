"""The README documents every CLI command (sqlite-utils' test_docs)."""

from __future__ import annotations

from pathlib import Path

from exoatlas.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_opens_with_purpose_then_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    setup = text.index("## Set-up")
    assert "extracellular vesicles" in text[:setup]
    block = text[setup : text.index("##", setup + 3)]
    assert "make run" in block and "make test" in block


def test_every_command_appears_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"exoatlas {name}" in text, name
        assert f"**{name}**" in text, name
