"""docs/methods.md lists exactly the issue codes the analyses register, and the source
uses no code that is not registered."""

from __future__ import annotations

import re
from pathlib import Path

from customer_modeler.analysis.issues import CODES

REPO = Path(__file__).resolve().parents[2]


def test_the_issue_code_table_lists_every_registered_code_and_no_other() -> None:
    text = (REPO / "docs" / "methods.md").read_text(encoding="utf-8")
    table = text[text.index("## Issue codes"):]
    documented = re.findall(r"^\| ([EW]-[A-Z-]+) \|", table, flags=re.MULTILINE)
    assert sorted(documented) == sorted(CODES) and len(documented) == len(set(documented))


def test_every_issue_code_in_the_analysis_source_is_registered() -> None:
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in (REPO / "customer_modeler" / "analysis").rglob("*.py"))
    used = set(re.findall(r'make_issue\(\s*"([EW]-[A-Z-]+)"', source))
    assert used <= set(CODES) and used
