"""Reading a made-up abstract in tests: one helper for the reader's rule tests."""

from __future__ import annotations

from exoatlas.ingest.text import Section, TextDocument
from exoatlas.read.reader import ReadRecord, read_document
from exoatlas.read.triage import about_msc_ev


def read_abstract(title: str, *sentences: str, scored: bool = False) -> list[tuple[str, str, str]]:
    """(process label, direction, role) of each finding the reader gives a made-up abstract.
    The rules' findings, before the learned finding scorer (``read.finding_score``, tested on
    its own) keeps the likely ones, unless ``scored``: a two-sentence abstract made up to show
    one rule is not the kind of text the scorer was trained on."""
    return [triple(r) for r in _read(title, sentences, scored)]


def read_cargo(title: str, *sentences: str) -> set[str]:
    """The labels of the cargo any finding read from a made-up abstract carries (before the
    learned scorer): what cargo recall counts for a record."""
    return {e.label for r in _read(title, sentences, False) for e in r.finding.cargo}


def read_asserted(title: str, *sentences: str) -> list[tuple[str, str, str]]:
    """``read_abstract`` less the findings whose evidence is negated or hedged ('no reduction in
    X was seen', 'EVs may reduce X'): what the abstract asserts."""
    return [
        triple(r)
        for r in _read(title, sentences, False)
        if not (r.evidence.negated or r.evidence.hedged)
    ]


def read_records(title: str, *sentences: str) -> list[ReadRecord]:
    """The findings the reader gives a made-up abstract, whole (before the learned scorer)."""
    return _read(title, sentences, False)


def topic_findings(title: str, *sentences: str) -> list[tuple[str, str, str]]:
    """(process, direction, role) of each hedged topic finding of a made-up record: what a
    review's title, or a cut-short study's, sets the vesicles beside (``read.review_topic``)."""
    return [
        triple(r)
        for r in read_records(title, *sentences)
        if r.evidence.extractor.endswith("review:topic") and r.evidence.hedged
    ]


def read_document_findings(title: str, *sentences: str) -> list[tuple[str, str, str, str]]:
    """(section, process label, direction, role) of each finding of a made-up abstract: which
    findings its title gave."""
    return [(r.evidence.locator.split('"')[1], *triple(r)) for r in _read(title, sentences, False)]


def _read(title: str, sentences: tuple[str, ...], scored: bool) -> list[ReadRecord]:
    doc = _document(title, sentences)
    if not about_msc_ev(doc):
        return []
    return list(read_document(doc, force=True, scored=scored))


def triple(record: ReadRecord) -> tuple[str, str, str]:
    """(process label, direction, role) of a finding."""
    outcome = record.finding.outcome
    return (outcome.process.label if outcome.process else "", outcome.direction, outcome.role)


def folded(found: list[tuple[str, str, str]]) -> set[tuple[str, ...]]:
    """The (process, direction, role) triples casefolded: vocabulary labels keep their source's
    case ('Fibrosis' in MeSH, 'fibrosis' in GO), a test names the process either way."""
    return {tuple(x.casefold() for x in f) for f in found}


def read_folded(title: str, *sentences: str) -> set[tuple[str, ...]]:
    """The (process, direction, role) triples read from an abstract, case-folded."""
    return folded(read_abstract(title, *sentences))


def read_roles(title: str, *sentences: str) -> set[str]:
    """The roles of the findings read from an abstract."""
    return {role for *_, role in read_folded(title, *sentences)}


def kept_by_triage(*sentences: str, title: str = "A study of vesicles") -> bool:
    """Does triage keep a made-up abstract as about MSC-derived vesicles?"""
    return about_msc_ev(_document(title, sentences))


def _document(title: str, sentences: tuple[str, ...]) -> TextDocument:
    return TextDocument(
        "pmid:9",
        title,
        [Section("Title", [title]), Section("Abstract", [" ".join(sentences)])],
        [],
        [],
        kind="medline",
    )


def parsed_finding(product: str) -> str:
    """A sentence the parse reads as a finding of ``product`` ('UC-Exos lowered neutrophil
    infiltration.'). Beside it, a made-up abstract whose other sentences the parse reads nothing
    from is not handed to the keyword fallback (which reads every abstract the parse reads
    nothing in), so a test sees what the parse makes of its sentence, not a keyword guess."""
    return f"{product} lowered neutrophil infiltration."


def records_at(at: str, title: str, *sentences: str) -> list[ReadRecord]:
    """The findings of a made-up abstract read from one place ('"Title"', '"Abstract",
    sentence 2'), before the learned scorer."""
    return [r for r in read_records(title, *sentences) if at in r.evidence.locator]


def triples_at(at: str, title: str, *sentences: str) -> list[tuple[str, str, str]]:
    """(process, direction, role) of each finding read from one place of a made-up abstract."""
    return [triple(r) for r in records_at(at, title, *sentences)]


# a made-up injury abstract: its opening gives the EVs a short form, its second sentence is the
# one a rule test reads (the rounds from 54 on)
INJURY_TITLE = "Bone marrow MSC exosomes in a rat model of injury"
INJURY_OPENING = "Injured rats were given exosomes of bone marrow MSCs (BM-Exos)."


def read_injured(sentence: str) -> list[tuple[str, str, str]]:
    """The findings of the made-up injury abstract whose second sentence is ``sentence``."""
    return read_abstract(INJURY_TITLE, INJURY_OPENING, sentence)


def read_title(title: str) -> list[tuple[str, str, str]]:
    """The findings read from a title, beside a background sentence and a sentence the parse
    reads (so the keyword fallback stays out): what the title alone is read as saying."""
    return triples_at(
        '"Title"', title, "Background: renal disease is common.", parsed_finding("The vesicles")
    )
