"""A file is read whole whether it comes in one piece (its size as ``stat`` says) or in
several (it grew, or ``stat`` said nothing), and the cap holds either way."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.file_input import _read_capped, read_file_bytes

CONTENT = bytes(range(256)) * 12_000  # about 3 MB: several of the reader's pieces


@pytest.mark.parametrize("expected", [0, 10, len(CONTENT), len(CONTENT) + 5])
def test_every_piece_size_gives_the_whole_file(tmp_path: Path, expected: int) -> None:
    path = tmp_path / "f.bpmn"
    path.write_bytes(CONTENT)
    handle = os.open(path, os.O_RDONLY)
    try:
        assert _read_capped(handle, len(CONTENT), expected) == CONTENT
    finally:
        os.close(handle)


@pytest.mark.parametrize("expected", [0, len(CONTENT)])
def test_one_byte_over_the_cap_is_refused(tmp_path: Path, expected: int) -> None:
    path = tmp_path / "f.bpmn"
    path.write_bytes(CONTENT)
    handle = os.open(path, os.O_RDONLY)
    try:
        with pytest.raises(BpmnReadError, match="larger than"):
            _read_capped(handle, len(CONTENT) - 1, expected)
    finally:
        os.close(handle)


def test_a_regular_file_reads_as_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "f.bpmn"
    path.write_bytes(CONTENT)
    assert read_file_bytes(path) == CONTENT
