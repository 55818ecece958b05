"""Analysis layer: analysis inputs the model cannot use stop the analysis loudly.

The reader keeps a value it cannot use (a flow probability 1.3, a failure probability 15
meant as 15 %, a negative duration, severity 42, emotion 9, "abc" for a wait) as raw
text beside the element, so the file is written back unchanged. Left at that, the
analyses would quietly use the default instead. Here each such value becomes
E-BAD-INPUT naming the element, the field by its display name, the value and the
accepted range (docs/methods.md §2.2). Model-level values (systems, resource pools,
scenario) are checked the same way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from customer_modeler.analysis.engine.naming import ElementNames
from customer_modeler.analysis.issues import Issue, make_issue
from customer_modeler.model.attributes import (
    FLOW_ATTRIBUTE_BY_NAME,
    LANE_ATTRIBUTE_BY_NAME,
    STEP_ATTRIBUTE_BY_NAME,
    AttributeSpec,
    format_value,
)
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.model_inputs import RESOURCE_FIELDS, SYSTEM_FIELDS, spec_of_key

#: Free-text attributes no analysis reads.
_NOT_INPUTS = frozenset({"evidence"})


def accepted_range(spec: AttributeSpec) -> str:
    """What the field accepts, in words: '0 to 1', 'at least 0 min', 'one of web, app …'."""
    unit = f" {spec.unit}" if spec.unit else ""
    if spec.kind == "choice":
        return "one of " + ", ".join(spec.choices)
    if spec.kind == "bool":
        return "true or false"
    if spec.kind == "distribution":
        return "fixed, exp, tri:min,mode,max or lognorm:sd"
    whole = "a whole number" if spec.kind == "int" else "a number"
    if spec.low is not None and spec.high is not None:
        return f"{whole} from {format_value(spec.low)} to {format_value(spec.high)}{unit}"
    if spec.low is not None:
        return f"{whole} of at least {format_value(spec.low)}{unit}"
    if spec.high is not None:
        return f"{whole} of at most {format_value(spec.high)}{unit}"
    return whole + unit


def bad_input_issue(names: ElementNames, element: str, spec: AttributeSpec,
                    text: str) -> Issue:
    """E-BAD-INPUT for one value: element, field, value and accepted range."""
    return make_issue("E-BAD-INPUT", [element], (
        f"{names(element)}: {spec.display_name} {text.strip()!r} cannot be used; "
        f"accepted is {accepted_range(spec)}"))


def check_inputs(model: ProcessModel, names: ElementNames | None = None) -> list[Issue]:
    """E-BAD-INPUT for every unusable analysis input of the model, in model order.

    Parameters
    ----------
    model : ProcessModel
        Read, never changed.
    names : ElementNames, optional
        How messages name elements (built from the model when not given).

    Returns
    -------
    list of Issue
        Empty when every input can be used.
    """
    names = ElementNames(model) if names is None else names
    issues: list[Issue] = []
    groups: tuple[tuple[Mapping[str, object], Mapping[str, AttributeSpec]], ...] = (
        (model.lanes, LANE_ATTRIBUTE_BY_NAME), (model.steps, STEP_ATTRIBUTE_BY_NAME),
        (model.flows, FLOW_ATTRIBUTE_BY_NAME))
    for elements, specs in groups:
        for element_id, element in elements.items():
            for key, text in getattr(element, "extra").items():
                spec = specs.get(key)
                # a value set since (in the editor) replaces the unusable one
                if spec is not None and key not in _NOT_INPUTS and getattr(element, key) is None:
                    issues.append(bad_input_issue(names, element_id, spec, text))
    issues.extend(_model_data(model, names))
    return issues


def _model_data(model: ProcessModel, names: ElementNames) -> list[Issue]:
    """Systems' failure probabilities, pools' servers and costs, the scenario's values."""
    systems = {spec.name: spec for spec in SYSTEM_FIELDS}
    resources = {spec.name: spec for spec in RESOURCE_FIELDS}
    found: list[tuple[str, AttributeSpec, object]] = []
    for system in model.systems.values():
        found.extend((system.id, systems[k], getattr(system, k)) for k in ("fail_prob",))
    for resource in model.resources.values():
        found.extend((resource.id, resources[k], getattr(resource, k))
                     for k in ("capacity", "cost_per_hour"))
    for key, value in model.scenario.items():
        try:
            found.append(("", spec_of_key(key), value))
        except KeyError:  # a value this version does not know is no input of ours
            continue
    return [make_issue("E-BAD-INPUT", [element] if element else [], (
        f"{names(element) if element else 'Scenario'}: {spec.display_name} "
        f"{format_value(value)} cannot be used; accepted is {accepted_range(spec)}"))
        for element, spec, value in found if value is not None and not _accepts(spec, value)]


def _accepts(spec: AttributeSpec, value: object) -> bool:
    """Whether a number read from the file lies in the spec's range."""
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return False
    return ((spec.low is None or value >= spec.low)
            and (spec.high is None or value <= spec.high))
