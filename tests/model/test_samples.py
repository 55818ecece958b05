"""The built-in samples against their tables (docs/methods.md §9), read from the analysis
spec in the optional test-data folder beside the clone.

The parser is strict: a row or cell it does not understand fails the test, so a change
to the tables cannot slip past the comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from customer_modeler.model import ProcessModel
from customer_modeler.model.attributes import CHANNELS, OUTCOMES, PHASES, STEP_ATTRIBUTES
from customer_modeler.samples import (
    SAMPLES,
    competitor_online_first,
    order_journey,
    order_journey_account_executive,
)
from tests.conftest import shared_path

DERIVED = "ᵈ"
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
STEP_HEADER = ["ID", "Lane", "Type / name", "Vis", "Ch", "Phase", "d", "w", "tol", "cost",
               "eff", "emo", "fail", "S", "D", "systems", "data_in", "key", "flags"]
FLOW_HEADER = ["From", "To", "p", "note"]
#: Table column -> Step field, for the numeric columns.
NUMERIC = {"d": "duration", "w": "wait", "tol": "tolerance", "cost": "cost", "eff": "effort",
           "emo": "emotion", "fail": "fail_prob", "S": "severity", "D": "detection"}
KIND_PREFIX = {"start: ": "startEvent", "end: ": "endEvent", "XOR: ": "exclusiveGateway"}
MODELS = {"9.1": order_journey, "9.2": order_journey_account_executive,
          "9.3": competitor_online_first}
COMPETITOR_SECTION = "9.3"


class TableError(AssertionError):
    """A row or cell of the spec's §9 tables that the parser does not understand."""


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]


# -- reading the markdown ---------------------------------------------------------------
@pytest.fixture(scope="module")
def analyses() -> str:
    path: Path = shared_path("ANALYSES.md")
    return path.read_text(encoding="utf-8")


def section(text: str, number: str) -> str:
    """The text of ``### <number> ...`` up to the next heading of level 2 or 3."""
    match = re.search(rf"^### {re.escape(number)} .*?(?=^##)", text, re.M | re.S)
    if match is None:
        raise TableError(f"no section {number}")
    return match.group(0)


def split_row(line: str) -> list[str]:
    if not (line.startswith("|") and line.endswith("|")):
        raise TableError(f"not a table row: {line!r}")
    return [cell.strip() for cell in line[1:-1].split("|")]


def tables(text: str) -> list[Table]:
    """Every markdown table of the text: header, separator, body rows."""
    found: list[Table] = []
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            block.append(line.rstrip())
            continue
        if block:
            header, separator, *body = block
            if not re.fullmatch(r"\|(\s*-+\s*\|)+", separator):
                raise TableError(f"bad separator {separator!r}")
            width = len(split_row(header))
            rows = [split_row(row) for row in body]
            if any(len(row) != width for row in rows):
                raise TableError(f"a row of the table {header!r} has the wrong width")
            found.append(Table(split_row(header), rows))
            block = []
    return found


def table(text: str, header: list[str]) -> list[list[str]]:
    matches = [t.rows for t in tables(text) if t.header == header]
    if len(matches) != 1:
        raise TableError(f"expected one table headed {header}, found {len(matches)}")
    return matches[0]


# -- cells ------------------------------------------------------------------------------
def key(cell: str) -> str | None:
    if not re.fullmatch(r"[A-Z][A-Z_]*|", cell):
        raise TableError(f"key: unexpected {cell!r}")
    return cell or None


def number(cell: str, field: str) -> float | int | None:
    """Blank -> None; ``3ᵈ`` (a derived default) -> None; else the number."""
    text = cell.removesuffix(DERIVED)
    if cell == "":
        return None
    if not NUMBER.fullmatch(text):
        raise TableError(f"{field}: not a number: {cell!r}")
    if text != cell:
        return None
    return int(text) if field == "emotion" else float(text)


def choice(cell: str, allowed: tuple[str, ...], field: str) -> str | None:
    if cell == "":
        return None
    if cell not in allowed:
        raise TableError(f"{field}: {cell!r} is not one of {allowed}")
    return cell


def tokens(cell: str, pattern: str, field: str) -> tuple[str, ...]:
    words = tuple(cell.split())
    if any(not re.fullmatch(pattern, word) for word in words):
        raise TableError(f"{field}: unexpected {cell!r}")
    return words


def flags(cell: str, kind: str) -> dict[str, Any]:
    """The flags column: contact, contact(out), MOT, VA/BVA/NVA, reason=, outcome=, margin=."""
    found: dict[str, Any] = {}
    for word in cell.split():
        if kind == "endEvent" and (m := re.fullmatch(r"outcome=(\w+)", word)):
            found["outcome"] = choice(m.group(1), OUTCOMES, "outcome")
        elif kind == "endEvent" and (m := re.fullmatch(rf"margin=({NUMBER.pattern})", word)):
            found["margin"] = float(m.group(1))
        elif kind != "task":
            raise TableError(f"flag {word!r} on a {kind}")
        elif word in ("contact", "contact(out)"):
            found["contact"] = True
            if word == "contact(out)":
                found["initiated_by"] = "company"
        elif word == "MOT":
            found["moment_of_truth"] = True
        elif word in ("VA", "BVA", "NVA"):
            found["value"] = word
        elif m := re.fullmatch(r"reason=([\w-]+)(\(avoidable\))?", word):
            found["contact_reason"] = m.group(1)
            if m.group(2):
                found["avoidable"] = True
        else:
            raise TableError(f"unknown flag {word!r}")
    return found


# -- rows -------------------------------------------------------------------------------
def blank_step() -> dict[str, Any]:
    """Every step attribute unset: None, or () for the lists."""
    return {spec.name: () if spec.kind == "list" else None for spec in STEP_ATTRIBUTES}


def kind_and_name(cell: str) -> tuple[str, str]:
    for prefix, kind in KIND_PREFIX.items():
        if cell.startswith(prefix):
            return kind, cell.removeprefix(prefix)
    if re.match(r"^\w+: ", cell):
        raise TableError(f"unknown step type in {cell!r}")
    return "task", cell


def parse_step(row: list[str], systems: set[str]) -> dict[str, Any]:
    """One step row -> the expected ``Step`` fields (id, kind, name, lane, attributes)."""
    cells = dict(zip(STEP_HEADER, row, strict=True))
    kind, name = kind_and_name(cells["Type / name"])
    expected = blank_step() | {"id": cells["ID"], "kind": kind, "name": name,
                               "lane": cells["Lane"]}
    if kind != "task":
        if any(cells[c] for c in STEP_HEADER[3:-1]):
            raise TableError(f"{cells['ID']}: a {kind} carries only lane and name")
        return expected | flags(cells["flags"], kind)
    visible = {"Y": True, "N": False}.get(cells["Vis"], "?")
    if visible == "?":
        raise TableError(f"{cells['ID']}: Vis must be Y or N, not {cells['Vis']!r}")
    expected |= {
        "visible": visible,
        "channel": choice(cells["Ch"], CHANNELS, "channel"),
        "phase": choice(cells["Phase"], PHASES, "phase"),
        "systems": tokens(cells["systems"], "|".join(map(re.escape, systems)), "systems"),
        "data_in": tokens(cells["data_in"], r"[a-z_]+", "data_in"),
        "key": key(cells["key"]),
    }
    expected |= {field: number(cells[column], field) for column, field in NUMERIC.items()}
    return expected | flags(cells["flags"], kind)


def parse_flow(row: list[str], index: int, step_ids: set[str]) -> dict[str, Any]:
    source, target, prob, note = row
    if source not in step_ids or target not in step_ids:
        raise TableError(f"flow {source}->{target}: unknown step")
    expected: dict[str, Any] = {"id": f"F{index:02d}", "source": source, "target": target,
                                "prob": number(prob, "prob"), "failure": None,
                                "severity": None, "detection": None}
    if note:
        m = re.fullmatch(r"failure \(S (\d+), D (\d+)\)", note)
        if m is None:
            raise TableError(f"flow {source}->{target}: unknown note {note!r}")
        expected |= {"failure": True, "severity": float(m.group(1)),
                     "detection": float(m.group(2))}
    return expected


def expected_model(text: str, number_: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    part = section(text, number_)
    systems = {row[0] for row in table(section(text, "9.0"), SYSTEM_HEADER)}
    steps = [parse_step(row, systems) for row in table(part, STEP_HEADER)]
    ids = {step["id"] for step in steps}
    if len(ids) != len(steps):
        raise TableError(f"§{number_}: duplicate step ids")
    flows = [parse_flow(row, i, ids) for i, row in enumerate(table(part, FLOW_HEADER), 1)]
    return steps, flows


SYSTEM_HEADER = ["id", "name", "fail_prob", "current and AE", "competitor"]
LANE_HEADER = ["id", "name", "role", "notes"]


def expected_systems(text: str, competitor: bool) -> dict[str, tuple[str, float]]:
    result = {}
    for sid, name, fail, ours, theirs in table(section(text, "9.0"), SYSTEM_HEADER):
        mark = theirs if competitor else ours
        if mark not in ("✓", "–"):
            raise TableError(f"system {sid}: unexpected mark {mark!r}")
        if mark == "✓":
            result[sid] = (name, float(fail))
    return result


def expected_lanes(text: str, ae_variant: bool) -> list[tuple[str, str, str]]:
    result = []
    for lane_id, name, role, notes in table(section(text, "9.0"), LANE_HEADER):
        renamed = re.search(r'In the AE variant the lane is named "([^"]+)"', notes)
        if "named" in notes and renamed is None:
            raise TableError(f"lane {lane_id}: notes not understood: {notes!r}")
        if ae_variant and renamed is not None:
            name = renamed.group(1)
        result.append((lane_id, name, role))
    return result


def expected_scenario(text: str) -> dict[str, float]:
    line = next(ln for ln in section(text, "9.0").splitlines() if ln.startswith("**Scenario**"))
    pairs = re.findall(r"`(\w+)` (\d[\d,]*(?:\.\d+)?)", line)
    if not pairs or len(pairs) != line.count("`") // 2:
        raise TableError(f"scenario not understood: {line!r}")
    return {key: float(value.replace(",", "")) for key, value in pairs}


# -- tests ------------------------------------------------------------------------------
def step_fields(model: ProcessModel, step_id: str, names: list[str]) -> dict[str, Any]:
    return {name: getattr(model.steps[step_id], name) for name in names}


@pytest.mark.parametrize("number_", sorted(MODELS))
def test_steps_match_the_table(analyses: str, number_: str) -> None:
    steps, _ = expected_model(analyses, number_)
    model = MODELS[number_]()
    assert list(model.steps) == [step["id"] for step in steps]
    for expected in steps:
        assert step_fields(model, expected["id"], list(expected)) == expected, expected["id"]
        assert model.steps[expected["id"]].extra == {}


@pytest.mark.parametrize("number_", sorted(MODELS))
def test_derived_defaults_are_not_stored(analyses: str, number_: str) -> None:
    model = MODELS[number_]()
    for row in table(section(analyses, number_), STEP_HEADER):
        cells = dict(zip(STEP_HEADER, row, strict=True))
        for column, field in NUMERIC.items():
            if cells[column].endswith(DERIVED):
                assert getattr(model.steps[cells["ID"]], field) is None, (cells["ID"], field)


@pytest.mark.parametrize("number_", sorted(MODELS))
def test_flows_match_the_table(analyses: str, number_: str) -> None:
    _, flows = expected_model(analyses, number_)
    model = MODELS[number_]()
    assert list(model.flows) == [flow["id"] for flow in flows]
    for expected in flows:
        flow = model.flows[expected["id"]]
        assert {name: getattr(flow, name) for name in expected} == expected
        assert not flow.message and flow.condition is None and flow.extra == {}


@pytest.mark.parametrize("number_", sorted(MODELS))
def test_lanes_and_pool(analyses: str, number_: str) -> None:
    model = MODELS[number_]()
    lanes = [(lane.id, lane.name, lane.role) for lane in model.lanes.values()]
    assert lanes == expected_lanes(analyses, ae_variant=number_ == "9.2")
    (pool,) = model.pools.values()
    assert pool.process_id == model.process_id
    assert all(lane.pool == pool.id and lane.parent is None for lane in model.lanes.values())
    assert pool.name == ("Competitor" if number_ == COMPETITOR_SECTION else "Our company")


@pytest.mark.parametrize("number_", sorted(MODELS))
def test_systems_of_each_model(analyses: str, number_: str) -> None:
    model = MODELS[number_]()
    systems = {sid: (s.name, s.fail_prob) for sid, s in model.systems.items()}
    assert systems == expected_systems(analyses, competitor=number_ == COMPETITOR_SECTION)
    assert all(s.owner_lane is None for s in model.systems.values())
    used = {sid for step in model.steps.values() for sid in step.systems}
    assert used <= set(systems)


def test_model_info_and_scenario(analyses: str) -> None:
    unit = re.search(r"\*\*Model level\.\*\* Time unit (\w+); currency (\w+)\.",
                     section(analyses, "9.0"))
    assert unit is not None
    current, ae, competitor = (build() for build in MODELS.values())
    assert current.name == "Order journey (current)"
    assert ae.name == "Order journey (what-if: account executive)"
    assert competitor.name == "Competitor (online-first)"
    for model, company in ((current, "ours"), (ae, "ours"), (competitor, "competitor")):
        assert (model.info.company, model.info.time_unit, model.info.currency) == (
            company, unit.group(1), unit.group(2))
    assert (current.info.variant_of, ae.info.variant_of, competitor.info.variant_of) == (
        None, current.name, None)
    assert ae.scenario == expected_scenario(analyses)
    assert current.scenario == {} and competitor.scenario == {}


def test_every_builder_returns_a_fresh_model() -> None:
    for build in SAMPLES.values():
        first, second = build(), build()
        assert first is not second and first.steps["T01"] is not second.steps["T01"]


@pytest.mark.parametrize(("line", "message"), [
    ("| T99 | CUS | Do it | maybe | web | research | 1 | 0 |  | 0 | 1ᵈ | 0 |  |  |  | WEB |  | K | VA |",
     "Vis"),
    ("| T99 | CUS | Do it | Y | fax | research | 1 | 0 |  | 0 | 1ᵈ | 0 |  |  |  | WEB |  | K | VA |",
     "channel"),
    ("| T99 | CUS | Do it | Y | web | research | x | 0 |  | 0 | 1ᵈ | 0 |  |  |  | WEB |  | K | VA |",
     "duration"),
    ("| T99 | CUS | Do it | Y | web | research | 1 | 0 |  | 0 | 1ᵈ | 0 |  |  |  | NOPE |  | K | VA |",
     "systems"),
    ("| T99 | CUS | Do it | Y | web | research | 1 | 0 |  | 0 | 1ᵈ | 0 |  |  |  | WEB |  | K | VIP |",
     "flag"),
    ("| G99 | CUS | AND: Both | | | | | | | | | | | | | | | |  |", "type"),
    ("| G99 | CUS | XOR: Which? | | web | | | | | | | | | | | | | |  |", "only lane and name"),
    ("| E99 | CUS | end: Done | | | | | | | | | | | | | | | | outcome=great |", "outcome"),
])
def test_parser_refuses_rows_it_does_not_understand(line: str, message: str) -> None:
    with pytest.raises(TableError, match=message):
        parse_step(split_row(line), {"WEB"})


def test_parser_refuses_unknown_flow_notes() -> None:
    with pytest.raises(TableError, match="note"):
        parse_flow(["A", "B", "0.5", "failure (S 4)"], 1, {"A", "B"})


def test_samples_module_writes_the_three_files(tmp_path: Path) -> None:
    pytest.importorskip("customer_modeler.bpmn.writer")
    from customer_modeler.samples.__main__ import main

    assert main([str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["competitor-online-first.bpmn", "order-journey-account-executive.bpmn",
                     "order-journey.bpmn"]
    assert all(p.read_bytes().startswith(b"<?xml") for p in tmp_path.iterdir())

