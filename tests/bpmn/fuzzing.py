"""Mutation fuzzing of the reader: damaged copies of real files must open with warnings or
be refused with :class:`BpmnReadError` — never another exception, never a hang.

A file that opens must also save, and what we save must open again as the same model
(we never write what we cannot reopen). The suite runs this with fixed seeds;
``benchmarks/fuzz_bpmn.py`` runs it for minutes with fresh seeds and keeps every input
that breaks it in ``tests/bpmn/fuzz_regressions/``.
"""

from __future__ import annotations

import contextlib
import copy
import random
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

from lxml import etree

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from tests.bpmn.model_strategies import exact_differences

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
CORPUS = ROOT.parent / "shared" / "interop"
REGRESSIONS = Path(__file__).resolve().parent / "fuzz_regressions"
#: The reader turns a bug of ours into a BpmnReadError with this text: still a finding.
INTERNAL_ERROR = "because of an internal error"
CASE_SECONDS = 10.0

#: Attribute values that numbers, ids and flags of real files never hold.
ODD_VALUES = ("NaN", "nan", "inf", "-Infinity", "1e309", "-1e309", "9" * 400, "1e-400", "-0",
              "", " ", "0x10", "١٢٣", "1_000", "true", "\u00a0", "\U0001f600", "]]>", "&amp;")
REF_ATTRIBUTES = ("sourceRef", "targetRef", "bpmnElement", "attachedToRef", "processRef",
                  "default", "calledElement", "messageRef", "id")


class CaseTimeout(Exception):
    """One case ran longer than its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`CaseTimeout` in the main thread after ``seconds`` (SIGALRM)."""
    def expire(_signum: int, _frame: object) -> None:
        raise CaseTimeout(f"no result after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check(data: bytes, seconds: float = CASE_SECONDS) -> str | None:
    """None when ``data`` is handled as promised, else what went wrong (one line)."""
    try:
        with time_limit(seconds):
            return _open_save_reopen(data)
    except BpmnReadError as exc:
        return f"internal error: {exc}" if INTERNAL_ERROR in str(exc) else None
    except CaseTimeout as exc:
        return f"hang: {exc}"
    except RecursionError:
        return "RecursionError"
    except Exception as exc:  # noqa: BLE001 - any other exception is the finding
        return f"{type(exc).__name__}: {exc}"[:300]


def _open_save_reopen(data: bytes) -> str | None:
    model, _warnings = read_bpmn(data)
    written = write_bpmn(model)
    try:
        again, _ = read_bpmn(written)
    except BpmnReadError as exc:
        return f"our own save cannot be reopened: {exc}"
    # A customer lane the reader inferred (by its name) is marked as such on save: its
    # role stays, only the record that the file stated it changes.
    differences = exact_differences(model, again, ignore=("role_set",))
    if differences:
        return f"save changed the model: {differences[0]}"[:300]
    return None


# -- mutations ------------------------------------------------------------------------------
def seed_files(corpus: bool = True) -> list[Path]:
    """The bundled examples and, when present, the interop corpus files."""
    files = sorted(EXAMPLES.glob("*.bpmn"))
    if corpus and CORPUS.is_dir():
        files += sorted(CORPUS.rglob("*.bpmn"))
    return files


def mutate(data: bytes, rng: random.Random) -> bytes:
    """``data`` with one to three random mutations, byte-level or structural."""
    for _ in range(rng.randint(1, 3)):
        mutation = rng.choice(STRUCTURAL if rng.random() < 0.7 else BYTE_LEVEL)
        data = mutation(data, rng)
    return data


def _flip_bytes(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def _duplicate_bytes(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data) + 1)
    end = min(len(data), start + rng.randint(1, 200))
    return data[:end] + data[start:end] + data[end:]


def _structural(change: Callable[[etree._Element, random.Random], None]) -> Callable[[bytes, random.Random], bytes]:
    """A mutation of the parsed tree; input that does not parse any more is flipped instead."""
    def mutation(data: bytes, rng: random.Random) -> bytes:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError:
            return _flip_bytes(data, rng)
        if root is None:
            return data
        change(root, rng)
        return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8")
    mutation.__name__ = change.__name__
    return mutation


def _elements(root: etree._Element) -> list[etree._Element]:
    return [e for e in root.iter() if isinstance(e.tag, str)]


def _delete_element(root: etree._Element, rng: random.Random) -> None:
    element = rng.choice(_elements(root))
    if element.getparent() is not None:
        element.getparent().remove(element)


def _duplicate_element(root: etree._Element, rng: random.Random) -> None:
    element = rng.choice(_elements(root))
    parent = element.getparent()
    if parent is not None:
        parent.insert(parent.index(element) + rng.randint(0, 1), _copy(element))


def _move_element(root: etree._Element, rng: random.Random) -> None:
    """Put an element under another one (not inside itself): lanes in tasks, flows in DI ..."""
    elements = _elements(root)
    element, target = rng.choice(elements), rng.choice(elements)
    if element.getparent() is not None and element not in list(target.iterancestors()) and element is not target:
        element.getparent().remove(element)
        target.insert(rng.randint(0, len(target)), element)


def _delete_attribute(root: etree._Element, rng: random.Random) -> None:
    owners = [e for e in _elements(root) if e.attrib]
    if owners:
        element = rng.choice(owners)
        del element.attrib[rng.choice(list(element.attrib))]


def _copy_attribute(root: etree._Element, rng: random.Random) -> None:
    """An attribute of one element set on another (a second id, a sourceRef on a lane ...)."""
    owners = [e for e in _elements(root) if e.attrib]
    if owners:
        source, target = rng.choice(owners), rng.choice(_elements(root))
        name = rng.choice(list(source.attrib))
        target.set(name, source.get(name))


def _swap_ids(root: etree._Element, rng: random.Random) -> None:
    holders = [e for e in _elements(root) if e.get("id")]
    if len(holders) >= 2:
        a, b = rng.sample(holders, 2)
        first, second = a.get("id"), b.get("id")
        a.set("id", second)
        b.set("id", first)


def _retarget_reference(root: etree._Element, rng: random.Random) -> None:
    """A reference pointed at another element's id, or at nothing."""
    ids = [str(e.get("id")) for e in _elements(root) if e.get("id")] + ["missing", ""]
    holders = [e for e in _elements(root) if any(e.get(name) is not None for name in REF_ATTRIBUTES)]
    texts = [e for e in _elements(root) if (e.text or "").strip() and len(e) == 0]
    if holders and rng.random() < 0.7:
        element = rng.choice(holders)
        name = rng.choice([n for n in REF_ATTRIBUTES if element.get(n) is not None])
        element.set(name, rng.choice(ids))
    elif texts:
        rng.choice(texts).text = rng.choice(ids)


def _odd_value(root: etree._Element, rng: random.Random) -> None:
    """A number, flag or name replaced by a huge number, NaN, infinity, a blank ..."""
    owners = [e for e in _elements(root) if e.attrib]
    if owners:
        element = rng.choice(owners)
        element.set(rng.choice(list(element.attrib)), rng.choice(ODD_VALUES))


def _copy(element: etree._Element) -> etree._Element:
    return copy.deepcopy(element)


BYTE_LEVEL = (_flip_bytes, _truncate, _duplicate_bytes)
STRUCTURAL = tuple(_structural(change) for change in (
    _delete_element, _duplicate_element, _move_element, _delete_attribute, _copy_attribute,
    _swap_ids, _retarget_reference, _odd_value))
