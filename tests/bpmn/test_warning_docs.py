"""docs/warnings.md lists exactly the warning codes the reader can give."""

from __future__ import annotations

import re
from pathlib import Path

from customer_modeler.bpmn.warnings import WARNING_CODES

REPO = Path(__file__).resolve().parents[2]


def test_docs_list_every_warning_code_and_no_other() -> None:
    text = (REPO / "docs" / "warnings.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `(W-[A-Z-]+)` \|", text, flags=re.MULTILINE)
    assert documented == list(WARNING_CODES)


def test_every_code_in_the_source_is_registered() -> None:
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in (REPO / "customer_modeler" / "bpmn").glob("*.py"))
    used = set(re.findall(r'"(W-[A-Z-]+)"', source))
    assert used == set(WARNING_CODES)
