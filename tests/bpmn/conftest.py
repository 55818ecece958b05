"""Fixtures for the BPMN tests: the OMG XSD check of the shared validator."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable

import pytest
from lxml import etree

from tests.conftest import shared_path


@pytest.fixture(scope="session")
def schema_errors() -> Callable[[bytes], set[str]]:
    """A function giving the BPMN 2.0 XSD errors of a document (empty set = valid)."""
    tool = shared_path("tools", "validate_bpmn.py")
    spec = importlib.util.spec_from_file_location("validate_bpmn", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    schema = module.load_schema()

    def errors(data: bytes) -> set[str]:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        document = etree.fromstring(data, parser).getroottree()
        if schema.validate(document):
            return set()
        # without line numbers: writing moves lines around
        return {re.sub(r"\s+", " ", e.message) for e in schema.error_log}

    return errors
