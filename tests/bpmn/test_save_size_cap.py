"""A save bigger than the reader opens is refused before writing: we never write a file
we could not open again."""

from __future__ import annotations

import errno

import pytest

from customer_modeler.bpmn import safe_xml
from customer_modeler.bpmn.errors import BpmnReadError, BpmnSaveError
from customer_modeler.bpmn.reader import read_bpmn, read_bpmn_file
from customer_modeler.bpmn.writer import save_bpmn_file, write_bpmn
from tests.bpmn.factories import journey_model


def test_a_save_over_the_cap_is_refused_and_the_old_file_stays(tmp_path, monkeypatch):
    model = journey_model()
    size = len(write_bpmn(model))
    path = tmp_path / "journey.bpmn"
    path.write_bytes(b"old content")
    monkeypatch.setattr(safe_xml, "MAX_BYTES", size - 1)
    with pytest.raises(BpmnSaveError) as refused:
        save_bpmn_file(model, path)
    assert str(refused.value) == (f"The model would make a file of {size:,} bytes, more than the "
                                  f"{size - 1:,} bytes this program opens; nothing was saved.")
    assert refused.value.errno == errno.EFBIG
    assert path.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journey.bpmn"]  # no temporary file
    with pytest.raises(BpmnReadError):  # the reader would indeed have refused it
        read_bpmn(write_bpmn(model))


def test_a_save_at_the_cap_is_written_and_opens(tmp_path, monkeypatch):
    model = journey_model()
    monkeypatch.setattr(safe_xml, "MAX_BYTES", len(write_bpmn(model)))
    path = tmp_path / "journey.bpmn"
    save_bpmn_file(model, path)
    assert read_bpmn_file(path).model.steps.keys() == model.steps.keys()
