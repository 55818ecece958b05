"""No import circles inside the package: between modules, or between sibling folders.

Function-level imports and imports under ``TYPE_CHECKING`` count too: a module that only
needs another's type describes it with a ``typing.Protocol`` instead of importing it.
"""

from __future__ import annotations

import grimp
import networkx as nx
import pytest

PACKAGE = "customer_modeler"


@pytest.fixture(scope="module")
def imports() -> nx.DiGraph:
    graph = grimp.build_graph(PACKAGE, cache_dir=None, exclude_type_checking_imports=False)
    edges = nx.DiGraph()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if imported.startswith(PACKAGE + "."):
                edges.add_edge(module, imported)
    return edges


def circles(graph: nx.DiGraph) -> list[list[str]]:
    return sorted(sorted(group) for group in nx.strongly_connected_components(graph)
                  if len(group) > 1)


def folder_graph(modules: nx.DiGraph) -> nx.DiGraph:
    """Imports between sibling folders and modules (``editor.window`` → ``editor.canvas``)."""
    folders = nx.DiGraph()
    for source, target in modules.edges:
        a, b = source.split("."), target.split(".")
        common = 0
        while common < min(len(a), len(b)) - 1 and a[common] == b[common]:
            common += 1
        if common >= 1:  # inside the package, below its top level
            folders.add_edge(".".join(a[:common + 1]), ".".join(b[:common + 1]))
    return folders


def test_no_module_imports_itself_in_a_circle(imports: nx.DiGraph) -> None:
    assert circles(imports) == []


def test_no_folder_imports_a_sibling_in_a_circle(imports: nx.DiGraph) -> None:
    assert circles(folder_graph(imports)) == []


def test_the_check_sees_a_circle_when_there_is_one() -> None:
    graph = nx.DiGraph([("p.editor.window.a", "p.editor.canvas.b"),
                        ("p.editor.canvas.b", "p.editor.window.c")])
    assert circles(graph) == []
    assert circles(folder_graph(graph)) == [["p.editor.canvas", "p.editor.window"]]
