"""Reference lists: entries, their numbers (printed or inferred) and bibliographic fields.

Two styles are recognised: Vancouver ('Smith AB, Lee C. Title. J Name. 2020;1:2–3.') and MDPI
('Smith, A.B.; Lee, C. Title. J. Name 2020, 1, 2–3.'). OCR often loses the printed numbers; an
entry's number is the previous entry's number plus one, re-anchored wherever a number survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exoatlas.model import Reference

_PRINTED_NUMBER = re.compile(r"^(?:\[(\d{1,4})\]|(\d{1,4})\.)\s+")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_MDPI_INITIALS = r"(?:[A-Z][a-z]?\.(?:[\s-]?[A-Za-z][a-z]?\.)*)"
_MDPI_AUTHORS = re.compile(
    r"^(?P<authors>(?:[^;.]+?, " + _MDPI_INITIALS + r"(?:;\s*|\s+(?=[A-Z0-9\"“])))+)"
)
_ET_AL = re.compile(r"^(?P<authors>.+?,?\s+et al)\.\s+")
_DOI = re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)", re.IGNORECASE)
_PMID = re.compile(r"\bPMID:?\s*(\d{1,9})\b")
_INITIALS = re.compile(r"^(?:[A-Z]{1,3}(?:-[A-Za-z])?|[A-Z]\.(?:[A-Z]\.)*|I{1,3}|Jr\.?)$")


@dataclass(frozen=True)
class ReferenceEntry:
    """One entry of a reference list."""

    number: int
    printed_number: int | None
    text: str
    first_author: str | None
    title: str | None
    journal: str | None
    year: int | None
    pmid: str | None = None
    doi: str | None = None

    def stored(self) -> Reference:
        """The reference as the atlas stores it; a DOI or PMID printed in the entry is kept."""
        doi = self.doi or ((m := _DOI.search(self.text)) and m.group(1).rstrip(".,;)"))
        pmid = self.pmid or ((m := _PMID.search(self.text)) and m.group(1))
        return Reference(
            number=self.number,
            text=self.text,
            first_author=self.first_author,
            title=self.title,
            journal=self.journal,
            year=self.year,
            pmid=pmid or None,
            doi=doi or None,
        )


def _entry_lines(lines: list[str]) -> list[tuple[int | None, str]]:
    entries: list[tuple[int | None, str]] = []
    for raw in lines:
        line = raw.strip()
        if not line or set(line) <= {"\t", " ", "-", "|"} or line.startswith("[image:"):
            continue
        bullet = line.startswith("- ")
        line = line.removeprefix("- ").strip()
        match = _PRINTED_NUMBER.match(line)
        printed = int(match.group(1) or match.group(2)) if match else None
        if match:
            line = line[match.end() :]
        if entries and not bullet and printed is None and line[:1].islower():
            number, text = entries[-1]
            entries[-1] = (number, f"{text} {line}")  # a continuation line
        else:
            entries.append((printed, line))
    return entries


def infer_numbers(printed: list[int | None]) -> list[int]:
    """Previous + 1, re-anchored on every printed number that is larger than the previous one."""
    numbers: list[int] = []
    for value in printed:
        expected = numbers[-1] + 1 if numbers else 1
        numbers.append(value if value is not None and value >= expected else expected)
    return numbers


def _surname(author: str) -> str:
    words = author.replace(",", " ").split()
    while len(words) > 1 and _INITIALS.match(words[-1]):
        words.pop()
    return " ".join(words)


def parse_fields(text: str) -> tuple[str | None, str | None, str | None, int | None]:
    """(first author's surname, title, journal, year) of one entry; None where unsure."""
    text = re.sub(r"\[(?:Google Scholar|CrossRef|PubMed|Green Version)\]", "", text).strip()
    year_match = _YEAR.search(text)
    year = int(year_match.group(1)) if year_match else None
    mdpi = (
        _MDPI_AUTHORS.match(text)
        if ";" in text[:200] or re.match(r"^[^,]+, [A-Z]\.", text)
        else None
    )
    if mdpi:
        authors = mdpi.group("authors")
        first = _surname(authors.split(";")[0].split(",")[0])
        rest = text[mdpi.end() :].strip()
        title, _, tail = rest.partition(". ")
        journal = re.split(r"\s(?:19|20)\d{2}\b", tail)[0].strip(" .,") or None
        return first or None, title.strip() or None, journal, year
    et_al = _ET_AL.match(text)
    if et_al:
        authors, rest = et_al.group("authors"), text[et_al.end() :]
    else:
        authors, _, rest = text.partition(". ")
    lead = _surname(authors.split(",")[0].strip()) if authors else None
    title, _, tail = rest.partition(". ")
    vancouver_journal = tail.split(".")[0].strip() or None
    return lead or None, title.strip() or None, vancouver_journal, year


_MARKER = re.compile(r"\[(\d[\d,\s–—-]*)\]")


def citation_numbers(text: str) -> list[int]:
    """Reference numbers cited in text: '[89, 90]', '[154–156]', '[43,44,45]' (ranges expanded)."""
    numbers: list[int] = []
    for group in _MARKER.findall(text):
        for part in re.split(r"\s*,\s*", group.strip()):
            bounds = re.split(r"\s*[–—-]\s*", part)
            if len(bounds) == 2 and all(b.isdigit() for b in bounds):
                low, high = int(bounds[0]), int(bounds[1])
                if 0 <= high - low <= 50:
                    numbers.extend(range(low, high + 1))
                    continue
            numbers.extend(int(b) for b in bounds if b.isdigit())
    return list(dict.fromkeys(numbers))


def parse_reference_list(lines: list[str]) -> list[ReferenceEntry]:
    entries = _entry_lines(lines)
    numbers = infer_numbers([printed for printed, _ in entries])
    out = []
    for number, (printed, text) in zip(numbers, entries, strict=True):
        first, title, journal, year = parse_fields(text)
        out.append(ReferenceEntry(number, printed, text, first, title, journal, year))
    return out
