"""Editor layer: the core's names for fields, units and choices, in the user's language.

The model names every attribute for people in English (``AttributeSpec.display_name``)
and imports no Qt. The editor shows those names through the lookups below; the tables
list each English name once so Qt's lupdate collects them for translation (a test keeps
them in step with the model's attribute tables).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from customer_modeler.model.attributes import AttributeSpec

#: Every field name of the attribute tables, as the model writes it.
ATTRIBUTE_NAMES: Final = (
    QT_TRANSLATE_NOOP("Attribute", "Branch probability"),
    QT_TRANSLATE_NOOP("Attribute", "Failure branch"),
    QT_TRANSLATE_NOOP("Attribute", "Severity"),
    QT_TRANSLATE_NOOP("Attribute", "Detection"),
    QT_TRANSLATE_NOOP("Attribute", "Fixed cost per year"),
    QT_TRANSLATE_NOOP("Attribute", "Customer sees it"),
    QT_TRANSLATE_NOOP("Attribute", "Channel"),
    QT_TRANSLATE_NOOP("Attribute", "Phase"),
    QT_TRANSLATE_NOOP("Attribute", "Duration"),
    QT_TRANSLATE_NOOP("Attribute", "Wait"),
    QT_TRANSLATE_NOOP("Attribute", "Tolerance"),
    QT_TRANSLATE_NOOP("Attribute", "Duration distribution"),
    QT_TRANSLATE_NOOP("Attribute", "Cost"),
    QT_TRANSLATE_NOOP("Attribute", "Resource"),
    QT_TRANSLATE_NOOP("Attribute", "Contact"),
    QT_TRANSLATE_NOOP("Attribute", "Initiated by"),
    QT_TRANSLATE_NOOP("Attribute", "Customer time"),
    QT_TRANSLATE_NOOP("Attribute", "Effort"),
    QT_TRANSLATE_NOOP("Attribute", "Emotion"),
    QT_TRANSLATE_NOOP("Attribute", "Failure probability"),
    QT_TRANSLATE_NOOP("Attribute", "Emotion on failure"),
    QT_TRANSLATE_NOOP("Attribute", "Moment of truth"),
    QT_TRANSLATE_NOOP("Attribute", "Systems"),
    QT_TRANSLATE_NOOP("Attribute", "Data items"),
    QT_TRANSLATE_NOOP("Attribute", "Value"),
    QT_TRANSLATE_NOOP("Attribute", "Contact reason"),
    QT_TRANSLATE_NOOP("Attribute", "Avoidable (failure demand)"),
    QT_TRANSLATE_NOOP("Attribute", "Caused by"),
    QT_TRANSLATE_NOOP("Attribute", "Activity key"),
    QT_TRANSLATE_NOOP("Attribute", "Evidence"),
    QT_TRANSLATE_NOOP("Attribute", "Start share"),
    QT_TRANSLATE_NOOP("Attribute", "Outcome"),
    QT_TRANSLATE_NOOP("Attribute", "Margin"),
    QT_TRANSLATE_NOOP("Attribute", "Code"),
    QT_TRANSLATE_NOOP("Attribute", "Name"),
    QT_TRANSLATE_NOOP("Attribute", "Servers"),
    QT_TRANSLATE_NOOP("Attribute", "Cost per hour"),
    QT_TRANSLATE_NOOP("Attribute", "Journeys per year"),
    QT_TRANSLATE_NOOP("Attribute", "Arrival rate"),
    QT_TRANSLATE_NOOP("Attribute", "Accounts"),
    QT_TRANSLATE_NOOP("Attribute", "Journeys per account per year"),
    QT_TRANSLATE_NOOP("Attribute", "Accounts per account executive"),
    QT_TRANSLATE_NOOP("Attribute", "Cost per account executive per year"),
    QT_TRANSLATE_NOOP("Attribute", "Working hours per account executive per year"),
    QT_TRANSLATE_NOOP("Attribute", "Share of accounts lost per year, baseline"),
    QT_TRANSLATE_NOOP("Attribute", "Share of accounts lost per year, this variant"),
    QT_TRANSLATE_NOOP("Attribute", "Margin per account per year"),
    QT_TRANSLATE_NOOP("Attribute", "Owner lane"),
    QT_TRANSLATE_NOOP("Attribute", "Failure probability per use"),
    QT_TRANSLATE_NOOP("Attribute", "Margin per kept order"),
)
#: The group and column titles of Model ▸ Scenario.
SCENARIO_TITLES: Final = (
    QT_TRANSLATE_NOOP("Attribute", "Volume"),
    QT_TRANSLATE_NOOP("Attribute", "Accounts and account executives"),
    QT_TRANSLATE_NOOP("Attribute", "Retention (all three or none)"),
    QT_TRANSLATE_NOOP("Attribute", "Low"),
    QT_TRANSLATE_NOOP("Attribute", "Most likely"),
    QT_TRANSLATE_NOOP("Attribute", "High"),
)
#: Every unit a field can have.
UNITS: Final = (
    QT_TRANSLATE_NOOP("Unit", "CU"),
    QT_TRANSLATE_NOOP("Unit", "min"),
    QT_TRANSLATE_NOOP("Unit", "journeys per min"),
    QT_TRANSLATE_NOOP("Unit", "h"),
)
#: Every value of a choice field and every lane role, as shown in lists.
CHOICES: Final = (
    QT_TRANSLATE_NOOP("Choice", "web"),
    QT_TRANSLATE_NOOP("Choice", "app"),
    QT_TRANSLATE_NOOP("Choice", "email"),
    QT_TRANSLATE_NOOP("Choice", "chat"),
    QT_TRANSLATE_NOOP("Choice", "phone"),
    QT_TRANSLATE_NOOP("Choice", "ivr"),
    QT_TRANSLATE_NOOP("Choice", "store"),
    QT_TRANSLATE_NOOP("Choice", "mail"),
    QT_TRANSLATE_NOOP("Choice", "video"),
    QT_TRANSLATE_NOOP("Choice", "physical"),
    QT_TRANSLATE_NOOP("Choice", "none"),
    QT_TRANSLATE_NOOP("Choice", "research"),
    QT_TRANSLATE_NOOP("Choice", "evaluate"),
    QT_TRANSLATE_NOOP("Choice", "order"),
    QT_TRANSLATE_NOOP("Choice", "revise"),
    QT_TRANSLATE_NOOP("Choice", "receive"),
    QT_TRANSLATE_NOOP("Choice", "return"),
    QT_TRANSLATE_NOOP("Choice", "other"),
    QT_TRANSLATE_NOOP("Choice", "customer"),
    QT_TRANSLATE_NOOP("Choice", "company"),
    QT_TRANSLATE_NOOP("Choice", "VA"),
    QT_TRANSLATE_NOOP("Choice", "BVA"),
    QT_TRANSLATE_NOOP("Choice", "NVA"),
    QT_TRANSLATE_NOOP("Choice", "success"),
    QT_TRANSLATE_NOOP("Choice", "abandon"),
    QT_TRANSLATE_NOOP("Choice", "failure"),
    QT_TRANSLATE_NOOP("Choice", "department"),
    QT_TRANSLATE_NOOP("Choice", "system"),
    QT_TRANSLATE_NOOP("Choice", "partner"),
)


def attribute_name(spec: AttributeSpec) -> str:
    """The field's name in the user's language: 'Failure probability' in Swedish."""
    return QCoreApplication.translate("Attribute", spec.display_name)


def unit_text(unit: str) -> str:
    """A unit in the user's language ('min'); an unknown one (a currency) as it is."""
    return QCoreApplication.translate("Unit", unit) if unit else ""


def field_label(spec: AttributeSpec) -> str:
    """The name with its unit, as the dock labels a field: 'Duration (min)'."""
    name = attribute_name(spec)
    return f"{name} ({unit_text(spec.unit)})" if spec.unit else name


def choice_text(value: str) -> str:
    """A choice's value as a person reads it in the user's language ('phone', 'customer')."""
    return QCoreApplication.translate("Choice", value)


#: The BPMN element kinds as a person names them.
_KIND_NAMES: Final = {
    "task": QT_TRANSLATE_NOOP("ElementKind", "Task"),
    "userTask": QT_TRANSLATE_NOOP("ElementKind", "User task"),
    "serviceTask": QT_TRANSLATE_NOOP("ElementKind", "Service task"),
    "manualTask": QT_TRANSLATE_NOOP("ElementKind", "Manual task"),
    "sendTask": QT_TRANSLATE_NOOP("ElementKind", "Send task"),
    "receiveTask": QT_TRANSLATE_NOOP("ElementKind", "Receive task"),
    "scriptTask": QT_TRANSLATE_NOOP("ElementKind", "Script task"),
    "businessRuleTask": QT_TRANSLATE_NOOP("ElementKind", "Business rule task"),
    "subProcess": QT_TRANSLATE_NOOP("ElementKind", "Sub-process"),
    "adHocSubProcess": QT_TRANSLATE_NOOP("ElementKind", "Ad-hoc sub-process"),
    "transaction": QT_TRANSLATE_NOOP("ElementKind", "Transaction"),
    "callActivity": QT_TRANSLATE_NOOP("ElementKind", "Call activity"),
    "exclusiveGateway": QT_TRANSLATE_NOOP("ElementKind", "Exclusive gateway"),
    "parallelGateway": QT_TRANSLATE_NOOP("ElementKind", "Parallel gateway"),
    "inclusiveGateway": QT_TRANSLATE_NOOP("ElementKind", "Inclusive gateway"),
    "eventBasedGateway": QT_TRANSLATE_NOOP("ElementKind", "Event-based gateway"),
    "complexGateway": QT_TRANSLATE_NOOP("ElementKind", "Complex gateway"),
    "startEvent": QT_TRANSLATE_NOOP("ElementKind", "Start event"),
    "endEvent": QT_TRANSLATE_NOOP("ElementKind", "End event"),
    "intermediateCatchEvent": QT_TRANSLATE_NOOP("ElementKind", "Intermediate catch event"),
    "intermediateThrowEvent": QT_TRANSLATE_NOOP("ElementKind", "Intermediate throw event"),
    "boundaryEvent": QT_TRANSLATE_NOOP("ElementKind", "Boundary event"),
    "step": QT_TRANSLATE_NOOP("ElementKind", "Step"),
    "flow": QT_TRANSLATE_NOOP("ElementKind", "Flow"),
    "lane": QT_TRANSLATE_NOOP("ElementKind", "Lane"),
    "other": QT_TRANSLATE_NOOP("ElementKind", "Other"),
}


def kind_text(kind: str) -> str:
    """A BPMN element kind ('userTask') as a person names it, in the user's language."""
    return QCoreApplication.translate("ElementKind", _KIND_NAMES.get(kind, kind))
