"""Derived step defaults of docs/methods.md §1.2, computed in the analysis layer from the step
and its lane's role (the ᵈ values of the §9 tables), never stored in the model."""

from __future__ import annotations

import pytest

from customer_modeler.analysis.engine.attributes import channel_family, resolved
from customer_modeler.model import Step


def task(**attrs: object) -> Step:
    return Step("T", "task", "a task", **attrs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("role", "attrs", "visible", "contact", "by", "ctime", "effort"), [
    ("customer", dict(channel="web"), True, False, "customer", True, 1.0),          # T01
    ("system", dict(visible=True, channel="ivr"), True, False, "customer", True, 2.0),  # T02
    ("department", dict(visible=True, channel="phone"), True, True, "customer", True, 3.0),
    ("system", dict(visible=False, channel="none"), False, False, "company", False, 0.0),  # T08
    ("system", dict(visible=True, channel="email"), True, False, "company", False, 0.0),  # T09
    ("department", dict(visible=True, channel="physical"), True, False, "company", True, 1.0),
    ("customer", dict(channel="none"), True, False, "customer", True, 0.0),         # T16
    ("customer", dict(channel="physical"), True, False, "customer", True, 1.0),     # T15
    ("department", dict(visible=True, channel="chat"), True, True, "customer", True, 2.0),
    ("partner", dict(visible=True, channel="store"), True, True, "customer", True, 3.0),
    ("department", dict(channel="phone"), False, False, "company", False, 0.0),     # not visible
    ("department", dict(visible=True, channel="email"), True, False, "company", False, 0.0),
])
def test_derived_defaults(role: str, attrs: dict[str, object], visible: bool, contact: bool,
                          by: str, ctime: bool, effort: float) -> None:
    step = resolved(task(**attrs), role)
    assert (step.visible, step.contact, step.initiated_by, step.customer_time, step.effort) == (
        visible, contact, by, ctime, effort)


def test_outbound_contact_is_company_initiated_with_effort_one() -> None:
    step = resolved(task(visible=True, channel="phone", initiated_by="company"), "department")
    assert step.contact and step.initiated_by == "company" and step.effort == 1.0  # T00


def test_explicit_values_win() -> None:
    step = resolved(task(visible=True, channel="phone", effort=2, contact=False,
                         customer_time=False), "department")
    assert (step.effort, step.contact, step.customer_time) == (2.0, False, False)


def test_plain_defaults() -> None:
    step = resolved(task(), "department")
    assert (step.channel, step.phase, step.duration, step.wait, step.cost) == (
        "none", "other", 0.0, 0.0, 0.0)
    assert (step.severity, step.detection, step.fail_emotion) == (5.0, 5.0, -3)
    assert not step.severity_rated and not step.detection_rated
    assert step.tolerance is None and step.emotion is None and step.outcome == "success"


def test_gateways_and_events_are_never_visible_touchpoints() -> None:
    gateway = resolved(Step("G", "exclusiveGateway", lane="CUS"), "customer")
    assert not gateway.visible and not gateway.customer_time and gateway.effort == 0.0
    assert not gateway.is_task


def test_the_model_is_not_changed() -> None:
    step = task(channel="web")
    resolved(step, "customer")
    assert step.visible is None and step.effort is None and step.contact is None


@pytest.mark.parametrize(("channel", "family"), [
    ("phone", "voice"), ("ivr", "voice"), ("web", "web"), ("app", "web"), ("email", "email"),
    ("chat", "chat")])
def test_channel_families(channel: str, family: str) -> None:
    assert channel_family(channel) == family
