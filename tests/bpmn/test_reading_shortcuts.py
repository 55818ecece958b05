"""Whole-document shortcuts of the reader: the search for garbled text and for our
namespace may answer from the file's bytes, and must answer as the walk over every
element would; our own files are read without the blank text a save writes anew, and
save to the same bytes as with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from customer_modeler.bpmn import reader
from customer_modeler.bpmn.mojibake import could_hold_garbled_text, warn_garbled_text
from customer_modeler.bpmn.namespaces import carries_our_data, could_name_ours
from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import Flow, ProcessModel, Rect, Step
from tests.bpmn.kept_trees import keep_every_tree

_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"{ns} '
         'id="D" targetNamespace="t"><bpmn:process id="P">{body}</bpmn:process></bpmn:definitions>')
_CPM = ' xmlns:cpm="urn:customer-process-modeler:1"'


def _file(body: str, ns: str = "") -> bytes:
    return _HEAD.format(ns=ns, body=body).encode("utf-8")


def _garbled_codes(data: bytes) -> list[ReadWarning]:
    return [w for w in read_bpmn(data).warnings if w.code == "W-GARBLED-TEXT"]


@pytest.mark.parametrize(("name", "garbled"), [
    ("PrÃ¼fung", True),                      # UTF-8 read as Windows-1252
    ("Pr&#xC3;&#xBC;fung", True),            # the same, spelled as character references
    ("Prüfung", False),                       # plain accented text
    ("Pr&#xFC;fung", False),                  # the same, as a character reference
    ("Check", False),                          # ASCII only
])
def test_garbled_names_found_whatever_the_spelling(name: str, garbled: bool) -> None:
    data = _file(f'<bpmn:task id="T1" name="{name}"/>')
    found = _garbled_codes(data)
    assert bool(found) is garbled
    if garbled:
        assert found[0].elements == ("T1",)
    root = etree.fromstring(data)
    walked: list[ReadWarning] = []
    warn_garbled_text(root, walked)  # every element is looked at
    assert [w.elements for w in walked] == [w.elements for w in found]


def test_the_byte_check_only_rules_out() -> None:
    assert not could_hold_garbled_text(b"<a name='Check'/>")
    assert not could_hold_garbled_text("<a name='Prüfung'/>".encode())
    assert could_hold_garbled_text("<a name='PrÃ¼fung'/>".encode())
    assert could_hold_garbled_text(b"<a name='&#xC3;'/>")


@pytest.mark.parametrize(("ns", "body", "ours"), [
    ("", '<bpmn:task id="T1"/>', False),                                   # never spelled
    (_CPM, '<bpmn:task id="T1"/>', False),                                 # declared, unused
    (_CPM, '<bpmn:task id="T1" cpm:duration="3"/>', True),                 # an attribute
    (_CPM, '<bpmn:extensionElements><cpm:model company="C"/></bpmn:extensionElements>', True),
    (' xmlns:c="&#117;rn:customer-process-modeler:1"', '<bpmn:task id="T1" c:duration="3"/>', True),
])
def test_our_data_found_as_by_the_walk(ns: str, body: str, ours: bool) -> None:
    data = _file(body, ns)
    assert read_bpmn(data).model.visibility_inferred is (not ours)
    assert carries_our_data(etree.fromstring(data)) is ours
    assert (could_name_ours(data) and carries_our_data(etree.fromstring(data))) is ours


# -- the blank text between the elements of our own files -----------------------------------

_EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def _blank_texts(tree: etree._ElementTree) -> int:
    """Whitespace-only texts and tails of elements that have children (layout only)."""
    return sum(1 for element in tree.iter() for text in (element.text if len(element) else None,
                                                          element.tail)
               if text is not None and not text.strip())


def _edit(model: ProcessModel) -> None:
    """Changes a person makes before saving: a move, a rename, a deletion, a new step."""
    steps = list(model.steps.values())
    moved, renamed, removed = steps[1], steps[2], steps[-2]
    box = moved.bounds
    assert box is not None
    model.update_step(moved.id, bounds=Rect(box.x + 40, box.y + 10, box.width, box.height))
    model.update_step(renamed.id, name="Renamed  step")
    for flow in model.flows_of(removed.id):
        model.remove_flow(flow.id)
    model.remove_step(removed.id)
    model.add_step(Step("Added", name="Added step", lane=renamed.lane,
                        bounds=Rect(box.x, box.y + 400, 100, 80)))


@pytest.mark.parametrize("name", sorted(p.name for p in _EXAMPLES.glob("*.bpmn")))
def test_our_files_are_read_without_their_layout_and_saved_to_the_same_bytes(
        name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = (_EXAMPLES / name).read_bytes()
    keep_every_tree(monkeypatch)  # the tree is the subject
    lean = read_bpmn(data, for_editing=True).model
    monkeypatch.setattr(reader, "_OUR_ROOT_WITHIN", 0)  # the hint never matches: blanks parsed
    missed = read_bpmn(data, for_editing=True).model  # and dropped once the root says "ours"
    lean_tree, missed_tree = lean.origin.tree, missed.origin.tree  # type: ignore[union-attr]
    assert _blank_texts(lean_tree) == _blank_texts(missed_tree) == 0
    assert write_bpmn(lean) == write_bpmn(missed) == data  # a save of the unchanged file
    _edit(lean)
    _edit(missed)
    assert write_bpmn(lean) == write_bpmn(missed) != data
    # the serialiser indents: the kept tree gets no blank text (a sixth of its memory)
    assert _blank_texts(lean_tree) == _blank_texts(missed_tree) == 0


def test_an_element_a_save_empties_is_written_empty() -> None:
    """A step whose only reference was removed: written as an empty element, as a new
    document writes it, not with the blank text the indenting once left inside it."""
    model = ProcessModel("m")
    model.add_step(Step("A", "task", "A", bounds=Rect(0, 0, 100, 80)))
    model.add_step(Step("B", "endEvent", "B", bounds=Rect(200, 20, 36, 36)))
    model.add_flow(Flow("F", "A", "B"))
    opened = read_bpmn(write_bpmn(model), for_editing=True).model
    write_bpmn(opened)
    opened.remove_flow("F")
    saved = write_bpmn(opened).decode()
    end = next(line for line in saved.splitlines() if 'id="B"' in line)
    assert end.endswith("/>"), saved


def test_another_tools_file_keeps_its_layout() -> None:
    data = _file('\n    <bpmn:task id="T1"/>\n    <bpmn:task id="T2"/>\n  ')
    tree = read_bpmn(data).model.origin.tree  # type: ignore[union-attr]
    assert _blank_texts(tree) == 3  # the process's text and both tasks' tails


def test_a_hint_in_another_attribute_is_checked_and_the_layout_kept() -> None:
    data = _file('\n    <bpmn:task id="T1"/>\n  ').replace(
        b'id="D"', b'id="D" name=\'said exporter="Customer Process Modeler"\'')
    assert reader._OUR_ROOT.match(data) is not None
    tree = read_bpmn(data).model.origin.tree  # type: ignore[union-attr]
    assert tree.getroot().get("exporter") is None
    assert _blank_texts(tree) == 2
