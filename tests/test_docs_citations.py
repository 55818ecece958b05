"""Citations in the code and the docs point into the repository's own ``docs/``.

Docstrings, comments and docs cite methods by section ("§2.3", "§3 step 4", "§3–§8"); every
such section must be a heading of ``docs/methods.md`` (or of the docs file named right
before it), and a cited step or item must be a numbered entry of that section. No file may
name a document that is not in the repository, except test lines that read the optional
test-data folder beside the clone by path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
METHODS = DOCS / "methods.md"
THIS = Path(__file__).resolve()

#: Where citations live: the package, tests, benchmarks, packaging, docs and the top files.
SCANNED_DIRS = ("customer_modeler", "tests", "benchmarks", "packaging", "docs")
SCANNED_GLOBS = ("README.md", "run-*.sh")
TEXT_SUFFIXES = frozenset({".py", ".md", ".sh", ".spec", ".toml", ".cfg", ".txt"})

#: Names of documents that are not in the repository, and the path of the folder beside it.
OUTSIDE = re.compile(r"\b(?:ANALYSES|DESIGN|STYLE|DEVELOPERS)\.md\b|\.\./shared\b")
#: A test line that reads the optional test-data folder by path may name what it reads.
READS_TEST_DATA = re.compile(r"\bshared_path\(|\bSHARED\b")

SECTION = r"\d+(?:\.\d+)?[a-z]?"
CITATION = re.compile(
    rf"§§?\s?(?P<first>{SECTION})(?:\s?[-–]\s?§?(?P<last>{SECTION}))?"
    r"(?:\s+(?P<kind>steps?|items?)\s+(?P<numbers>\d+(?:\s*(?:[-–]|and|,)\s*\d+)*))?")
#: A docs file named right before the section sign ("methods.md §2.3", "design.md §…").
NAMED_FILE = re.compile(r"([\w.-]+)\.md\s*$")
HEADING = re.compile(rf"^(?P<level>#{{2,4}}) §(?P<section>{SECTION})\b", re.MULTILINE)


@dataclass(frozen=True)
class Citation:
    """One section citation: where it is, the document it names, what it cites."""

    where: str
    document: str
    first: str
    last: str | None
    numbers: tuple[int, ...]

    def __str__(self) -> str:
        span = self.first if self.last is None else f"{self.first}–{self.last}"
        steps = f" step(s) {', '.join(map(str, self.numbers))}" if self.numbers else ""
        return f"{self.where}: {self.document} §{span}{steps}"


def scanned_files() -> list[Path]:
    """Every text file where citations may live (this test module excepted)."""
    files = [p for d in SCANNED_DIRS for p in (REPO / d).rglob("*")
             if p.suffix in TEXT_SUFFIXES and "__pycache__" not in p.parts]
    files += [p for pattern in SCANNED_GLOBS for p in REPO.glob(pattern)]
    return sorted(p for p in files if p.is_file() and p.resolve() != THIS)


def step_numbers(text: str | None) -> tuple[int, ...]:
    """``"1-3 and 6"`` → (1, 2, 3, 6)."""
    if not text:
        return ()
    found: list[int] = []
    for part in re.split(r"\s*(?:and|,)\s*", text):
        ends = [int(n) for n in re.split(r"\s*[-–]\s*", part) if n]
        found.extend(range(ends[0], ends[-1] + 1))
    return tuple(found)


def citations(text: str, where: str = "") -> Iterator[Citation]:
    """The section citations in a text, each with the docs file it refers to."""
    for match in CITATION.finditer(text):
        named = NAMED_FILE.search(text[max(0, match.start() - 60):match.start()])
        document = f"{named.group(1)}.md" if named else METHODS.name
        line = text.count("\n", 0, match.start()) + 1
        yield Citation(f"{where}:{line}", document, match["first"], match["last"],
                       step_numbers(match["numbers"]))


@cache
def sections(document: str) -> dict[str, str]:
    """{section: its text, subsections included} of a docs file, in document order."""
    path = DOCS / document
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8")
    heads = list(HEADING.finditer(text))
    found: dict[str, str] = {}
    for k, head in enumerate(heads):
        end = next((h.start() for h in heads[k + 1:]
                    if len(h["level"]) <= len(head["level"])), len(text))
        found[head["section"]] = text[head.start():end]
    return found


def problem(citation: Citation) -> str | None:
    """Why a citation does not resolve, or None when it does."""
    known = sections(citation.document)
    if not known:
        return "no such docs file, or it has no § headings"
    order = list(known)
    for section in (citation.first, citation.last):
        if section is not None and section not in known:
            return f"no heading §{section}"
    if citation.last is not None and order.index(citation.last) < order.index(citation.first):
        return "range runs backwards"
    body = known[citation.first]
    missing = [n for n in citation.numbers
               if not re.search(rf"^\s*{n}\. ", body, re.MULTILINE)]
    return f"§{citation.first} has no numbered step {missing}" if missing else None


def outside_names(path: Path, text: str) -> list[str]:
    """Lines naming a document outside the repository (test lines reading the optional
    test-data folder by path are allowed)."""
    in_tests = path.is_relative_to(REPO / "tests")
    return [f"{path.relative_to(REPO)}:{k}: {line.strip()}"
            for k, line in enumerate(text.splitlines(), start=1)
            if OUTSIDE.search(line) and not (in_tests and READS_TEST_DATA.search(line))]


# -- the parser itself ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("the engine (§2.3) and", [("methods.md", "2.3", None, ())]),
    ("rules (docs/methods.md §3 step 4).", [("methods.md", "3", None, (4,))]),
    ("§§2.3-2.6 and §3–§8", [("methods.md", "2.3", "2.6", ()), ("methods.md", "3", "8", ())]),
    ("(§6b steps 1-3 and 6)", [("methods.md", "6b", None, (1, 2, 3, 6))]),
    ("§3\n    steps 1 and 3, §2.10).", [("methods.md", "3", None, (1, 3)),
                                      ("methods.md", "2.10", None, ())]),
    ("checklist (§10 item 8)", [("methods.md", "10", None, (8,))]),
    ("§4/§9.4 and §2.8.", [("methods.md", "4", None, ()), ("methods.md", "9.4", None, ()),
                           ("methods.md", "2.8", None, ())]),
    ("OTHER.md §1.2–1.3", [("OTHER.md", "1.2", "1.3", ())]),
    ("f\"§{number}: bad row\"", []),
])
def test_citations_are_parsed_with_ranges_and_steps(
        text: str, expected: list[tuple[str, str, str | None, tuple[int, ...]]]) -> None:
    found = [(c.document, c.first, c.last, c.numbers) for c in citations(text)]
    assert found == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("§2.14", "no heading §2.14"),
    ("§3 step 9", "§3 has no numbered step [9]"),
    ("§8–§3", "range runs backwards"),
    ("ANALYSES.md §2.3", "no such docs file, or it has no § headings"),
])
def test_a_citation_without_a_target_is_reported(text: str, reason: str) -> None:
    (citation,) = citations(text)
    assert problem(citation) == reason


def test_a_line_naming_an_outside_document_is_reported_unless_a_test_reads_it() -> None:
    code = 'x = 1  # see ANALYSES.md\npath = shared_path("ANALYSES.md")\n'
    assert len(outside_names(REPO / "customer_modeler" / "x.py", code)) == 2
    assert len(outside_names(REPO / "tests" / "x.py", code)) == 1
    assert outside_names(REPO / "docs" / "x.md", "see docs/design.md §1") == []


# -- the tree ---------------------------------------------------------------------------------

def test_every_cited_section_exists_in_docs() -> None:
    found = [c for p in scanned_files()
             for c in citations(p.read_text(encoding="utf-8"), str(p.relative_to(REPO)))]
    assert len(found) > 100, "the citation scan found suspiciously few citations"
    broken = [f"{c} ({reason})" for c in found if (reason := problem(c)) is not None]
    assert not broken, f"{len(broken)} citations without a target:\n" + "\n".join(broken)


def test_no_file_names_a_document_outside_the_repository() -> None:
    lines = [line for p in scanned_files()
             for line in outside_names(p, p.read_text(encoding="utf-8"))]
    assert not lines, f"{len(lines)} lines name a document outside the repository:\n" \
        + "\n".join(lines)


def test_methods_has_the_engine_and_each_analysis_with_a_worked_example() -> None:
    found = sections(METHODS.name)
    titles = {s: body.splitlines()[0] for s, body in found.items()}
    assert "engine" in titles["2"]
    assert all(f"2.{k}" in found for k in range(1, 14)), "§2.1–§2.13 are the engine's parts"
    for number in range(1, 7):
        section = str(number + 2)
        assert f"Analysis {number}" in titles[section], titles[section]
        assert "Worked example" in found[section], f"§{section} has no worked example"
    assert {"1.1", "1.2", "1.3", "1.4", "1.5", "6a", "6b", "9.0", "9.4", "10"} <= set(found)
