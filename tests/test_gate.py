"""Literal gates (vocab/gate.py): a gate may let through a text its pattern does not match, never
turn away one it does."""

from __future__ import annotations

import re
import string
import sys

import pytest

from exoatlas.vocab import cues, gate

from .conftest import unreserved_records


def test_required_strings_of_scoped_flags_and_verbose_patterns() -> None:
    """The parse tree behind the gates (re's private parser) still gives these strings."""
    assert gate.required(r"(?-i:\bSHEDs?\b)|exfoliated", re.I) == {"shed", "exfoliated"}
    # verbose: the spaces are no literals; the longer of 'bone' and 'marrow' is kept
    assert gate.required(r"bone \s marrow | BMSC", re.I | re.X) == {"marrow", "bmsc"}
    assert gate.required(r"(?:exo){2}some", re.I) == {"some"}


def test_required_strings_of_simple_patterns() -> None:
    assert gate.required(r"\bBMSCs?|bone[- ]marrow", re.I) == {"bmsc", "marrow"}
    assert gate.required(r"exosom\w*|EVs?\b", re.I) == {"exosom", "ev"}
    # the most selective of what a match must hold: either alternative (5 characters or more)
    # rather than ' of ' (4)
    assert gate.required(r"(?:knock-?down|silencing) of (?P<name>\w+)") == {"knock", "silencing"}


def test_alternatives_need_all_their_strings() -> None:
    """Each way to match needs all of its strings: 'msc' alone lets no 'WJ-MSC' pattern through."""
    pattern = re.compile(r"\bWJ-?MSCs?|Wharton", re.I)
    assert gate.alternatives(pattern.pattern, pattern.flags) == (("msc", "wj"), ("wharton",))
    assert not gate.may_match(pattern, gate.fold("bone marrow MSCs"))
    assert gate.may_match(pattern, gate.fold("WJ-MSCs")) and gate.may_match(pattern, "wharton")


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:abc)?d",  # the only literal run is optional
        r"abc|\d+",  # one alternative needs no literal
        r"[A-Z]\w*",  # classes only
        r"a(?:bc)*",  # zero or more
        "é",  # no ASCII run of two or more
    ],
)
def test_no_gate_when_no_literal_is_needed(pattern: str) -> None:
    assert gate.required(pattern, re.I) is None
    assert gate.may_match(re.compile(pattern, re.I), "anything at all")


def test_case_folding_matches_what_re_ignorecase_matches() -> None:
    """Every non-ASCII character re's IGNORECASE takes for an ASCII letter folds to it."""
    letter = re.compile("[a-z]", re.I)
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if letter.fullmatch(char):
            folded = gate.fold(char)
            assert folded in string.ascii_lowercase, hex(code)
            assert re.fullmatch(folded, char, re.I), hex(code)


def test_kelvin_sign_and_dotted_capital_i_reach_their_gate() -> None:
    pattern = re.compile(r"\bkinase|\bIPSC", re.I)
    for text in ("a \u212ainase", "the \u0130PSC-MSCs"):
        assert pattern.search(text)
        assert gate.may_match(pattern, gate.fold(text))


def _corpus_texts(lines: int) -> list[str]:
    """Real abstracts (title and text) of the MSC-EV file's first ``lines`` records, less the
    reserved ones."""
    return [
        f"{record.get('title') or ''} {record.get('abstract') or ''}"
        for record in unreserved_records("msc_ev_abstracts.jsonl", lines)
    ]


def _corpus_sentences() -> list[str]:
    return [s for text in _corpus_texts(80) for s in re.split(r"(?<=[.;])\s+", text)]


@pytest.mark.slow  # every cue over every corpus sentence (~3 s): make test-slow
def test_every_cue_match_in_real_text_passes_its_gate() -> None:
    """Over real abstracts: wherever a cue of cues.tsv matches, its gate lets the text through,
    and the matched stretch alone holds one of its required strings."""
    sentences = _corpus_sentences()
    gated = 0
    for group, value, _ in cues._cue_rows():
        pattern = cues.cue(group, value)
        needed = gate.required(pattern.pattern, pattern.flags)
        gated += needed is not None
        for sentence in sentences:
            for match in pattern.finditer(sentence):
                if match.group() and needed is not None:
                    assert any(s in gate.fold(match.group()) for s in needed), (group, value)
                assert gate.may_match(pattern, gate.fold(sentence)), (group, value, sentence)
    assert gated > 100  # nearly every cue has a gate


def test_top_level_branches_split_only_outside_groups_classes_and_escapes() -> None:
    assert gate.top_level_branches(r"a(b|c)|d") == ["a(b|c)", "d"]
    assert gate.top_level_branches(r"[|]x|\|y|[]|]z|[^]|]w") == ["[|]x", r"\|y", "[]|]z", "[^]|]w"]
    assert gate.top_level_branches(r"(?:a|b)") == ["(?:a|b)"]
    # a back-reference, a conditional or a global flag would change meaning once split
    assert gate.top_level_branches(r"(a)x|\1") is None
    assert gate.top_level_branches(r"(?P<n>a)|(?P=n)") is None
    assert gate.top_level_branches(r"(?i)ab|cd") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the ABD here", True),  # the first alternative, in another case
        ("a | b", False),
        ("x|y", True),  # the escaped bar is a literal of the second alternative
        ("|z", True),  # a class holding a bar
        ("no match", False),
        ("q9", True),  # an alternative with no literal of two characters: always searched
    ],
)
def test_found_is_search_by_alternative(text: str, expected: bool) -> None:
    pattern = re.compile(r"\bab(?:c|d)\b|x\|y|[|]z|q\d", re.I)
    assert gate.found(pattern, text) is expected
    assert (pattern.search(text) is not None) is expected


def test_a_verbose_pattern_is_searched_whole() -> None:
    """A comment in a verbose pattern may hold a bar: split there, 'b' would match alone."""
    pattern = re.compile("ab  # or | cd\n", re.X)
    assert pattern.search("cd") is None
    assert not gate.found(pattern, "cd")
    assert gate.found(pattern, "xaby")


def test_found_agrees_with_search_for_every_cue_in_real_text() -> None:
    """Over real corpus sentences (the first 120), each cue of cues.tsv is found exactly where
    its whole pattern's search finds it."""
    sentences = _corpus_sentences()[:120]
    split = 0
    for group, value, _ in cues._cue_rows():
        pattern = cues.cue(group, value)
        split += len(gate.top_level_branches(pattern.pattern) or ()) > 1
        for sentence in sentences:
            expected = pattern.search(sentence) is not None
            assert gate.found(pattern, sentence) is expected, (group, value, sentence)
    assert split > 60  # 81 of the cues are alternations, searched branch by branch


def test_finditer_finds_every_match_finditer_does_in_real_abstracts() -> None:
    """Over whole real abstracts, every cue of cues.tsv with a bound on what it reads yields
    exactly the matches of its pattern's own finditer, where those stretches are searched
    alone."""
    abstracts = _corpus_texts(30)
    bounded = 0
    for group, value, _ in cues._cue_rows():
        pattern = cues.cue(group, value)
        bounded += gate._reach(pattern.pattern, pattern.flags) is not None
        for text in abstracts:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in gate.finditer(pattern, text)] == expected, (group, value)
    assert bounded > 40


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        # a word boundary and a look-ahead at the end read past what they match: a stretch cut
        # after 'BMSC' would make 'BMSCs' match as 'BMSC' and a look-ahead see nothing
        (r"\bBMSCs?\b(?!-derived)", "x " * 40 + "BMSCs-derived cells " + "y " * 40 + "BMSC."),
        (r"(?<![\w-])ADSCs?(?= were)", "ADSCs were " + "z" * 90 + " the ADSCs are " + "w " * 50),
        # overlapping places of the strings: one stretch, searched once, matches not repeated
        (r"\bmsc-?evs?\b", "MSC-EV MSC-EVs " * 30 + "q" * 60),
        (r"ab(?:cd){1,3}", "abcdcdcd " + "-" * 200 + " abcd abcdcdcdcd"),
        # a long look-ahead: its stretch reaches past the string, to all that it reads
        (r"abc(?=defghij)", "x" * 100 + "abcdefghij" + "y" * 100 + "abcdefgh"),
    ],
)
def test_finditer_keeps_finditer_s_matches_at_cut_ends(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.I)
    assert gate._reach(pattern, re.I) is not None
    assert [m.span() for m in gate.finditer(compiled, text)] == [
        m.span() for m in compiled.finditer(text)
    ]


def test_reach_of_patterns() -> None:
    """What a match attempt reads: a bounded repeat times its body, a look-ahead's body, one
    character for an anchor; unbounded repeats and back-references have none."""
    assert gate._reach(r"\bBMSCs?", 0) == 6
    assert gate._reach(r"(?:ab){2,3}(?=cd)", 0) == 8
    assert gate._reach(r"(?<=xyz)ab", 0) == 2
    assert gate._reach(r"ab\w+", 0) is None
    assert gate._reach(r"(a)b\1", 0) is None


def test_leads_are_what_every_match_opens_with() -> None:
    """Openings: a look or a word boundary matches no character; an optional part, a small
    class and an alternation multiply them; a class of many characters or a repeat ends them."""
    assert gate._leads(r"\bh?BMSCs?", re.I) == ("bmsc", "hbmsc")
    assert gate._leads(r"(?<![\w-])bone[- ]marrow", re.I) == ("bone marrow", "bone-marrow")
    assert gate._leads(r"(?:membrane |matrix )?vesicles?", re.I) == (
        "matrix vesicle",
        "membrane vesicle",
        "vesicle",
    )
    assert gate._leads(r"MSCs?|MSC-EVs", re.I) == ("msc",)  # 'msc' is where 'msc-evs' opens
    assert gate._leads(r"[A-Z]\w+", re.I) is None
    assert gate._leads(r"a|bc", re.I) is None  # one opening of one character finds too much
    assert gate._leads(r"\w*exo", re.I) is None


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        # the opening occurs first where no match starts ('several', 'EVs were'), then where
        # one does
        (r"\bEVs? from MSCs", "Several EVs were seen; EVs from MSCs lowered it.", True),
        (r"\bEVs? from MSCs", "Several EVs were seen; EVs from fibroblasts lowered it.", False),
        # case: the opening is looked for in the folded text, the match keeps its case rules
        (r"(?-i:\bEVs)\b", "the evs and the EVs", True),
        (r"(?-i:\bEVs)\b", "the evs and the Evs", False),
        # a look-behind reads what comes before the opening
        (r"(?<=MSC-)Exos?\b", "the Exos of MSC-Exos", True),
        (r"(?<=MSC-)Exos?\b", "the Exos of BM-Exos", False),
    ],
)
def test_found_tries_a_led_alternative_at_each_opening(
    pattern: str, text: str, expected: bool
) -> None:
    compiled = re.compile(pattern, re.I)
    assert gate._leads(pattern, re.I) is not None
    assert (compiled.search(text) is not None) is expected
    assert gate.found(compiled, text) is expected


def test_most_cue_alternatives_are_led() -> None:
    """The cues' top-level alternatives mostly open with known strings: ``found`` tries them only
    there (test_found_agrees_with_search_for_every_cue_in_real_text checks it gives search's
    answer)."""
    led = total = 0
    for group, value, _ in cues._cue_rows():
        pattern = cues.cue(group, value)
        for part in gate.top_level_branches(pattern.pattern) or [pattern.pattern]:
            total += 1
            led += gate._leads(part, pattern.flags) is not None
    assert led > total // 2
