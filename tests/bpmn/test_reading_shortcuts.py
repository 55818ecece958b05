"""Whole-document shortcuts of the reader: the search for garbled text and for our
namespace may answer from the file's bytes, and must answer as the walk over every
element would."""

from __future__ import annotations

import pytest
from lxml import etree

from customer_modeler.bpmn.mojibake import could_hold_garbled_text, warn_garbled_text
from customer_modeler.bpmn.namespaces import carries_our_data
from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.warnings import ReadWarning

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
    warn_garbled_text(root, walked)  # no bytes: every element is looked at
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
    assert carries_our_data(etree.fromstring(data), data) is ours
