"""Editor layer: the properties dock — edits the selected step, flow or lane.

Each field commits through the façade as one undoable edit. An empty field means
"not set" (the default applies and nothing is written to the file). A value the
attribute does not accept is refused: the model is left alone and a message appears
under the field. The dock re-reads the element after every undo-stack change.
Durations and amounts show in the units of Preferences (display only: what is typed is
turned back into the file's own unit).
"""

from __future__ import annotations

import dataclasses
import html

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from customer_modeler.editor.core_texts import choice_text, kind_text
from customer_modeler.editor.editing.facade import DiagramEditor, EditRefused
from customer_modeler.editor.panels.property_fields import DEFAULTS, flow_fields, label_of, lane_fields, step_fields
from customer_modeler.editor.preferences import store as preferences
from customer_modeler.editor.preferences.units import DisplayUnits
from customer_modeler.model.attributes import AttributeError_, AttributeSpec, is_set
from customer_modeler.model.elements import LANE_ROLES

ERROR_STYLE = "color: #d32f2f;"
BOOL_TEXT = {"": "", "true": QT_TRANSLATE_NOOP("FieldDefault", "yes"), "false": QT_TRANSLATE_NOOP("FieldDefault", "no")}


def default_text(name: str, fallback: str) -> str:
    """What applies when a field is empty, in the user's language."""
    return QCoreApplication.translate("FieldDefault", DEFAULTS.get(name, fallback))


def _heading(kind: str, element) -> str:  # noqa: ANN001
    """The dock's heading, rich text: the kind in bold and the element's name, if any."""
    name = getattr(element, "name", "") or ""
    return f"<b>{html.escape(kind)}</b> · {html.escape(name)}" if name else f"<b>{html.escape(kind)}</b>"


#: Element forms kept aside (a task's, an event's, a flow's, a lane's, ...).
KEPT_FORMS = 6
#: The key of the page shown when nothing is selected, kept as the forms are.
NOTHING_SELECTED: tuple[object, ...] = ("nothing selected",)


@dataclasses.dataclass
class _Form:
    """One page of the panel and the widgets of its form that show values."""

    key: tuple[object, ...] | None  # see PropertiesDock._form_of; None: not kept
    page: QWidget
    fields: dict[str, QLineEdit | QComboBox] = dataclasses.field(default_factory=dict)
    errors: dict[str, QLabel] = dataclasses.field(default_factory=dict)
    title: QLabel | None = None
    lane_label: QLabel | None = None
    title_kind: str = ""


class PropertiesDock(QDockWidget):
    """Shows the fields of the one selected element (or a count when several are)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(QCoreApplication.translate("Properties", "Properties"), parent)
        self.setObjectName("properties-dock")
        self.editor: DiagramEditor | None = None
        self.element_id: str | None = None
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        #: The "Lane" row of a step (not a field: a step changes lane by moving).
        self.lane_label: QLabel | None = None
        #: The heading: the element's kind and name (never its id, which is the file's).
        self.title: QLabel | None = None
        self.title_kind = ""
        #: The units the fields show (the document's own, or those of Preferences).
        self.units = DisplayUnits()
        #: What the form shown holds besides values (see :meth:`_form_of`); None: not kept.
        self._form: tuple[object, ...] | None = None
        #: The last pages replaced by another (element forms, the "nothing selected" page),
        #: kept for the next alike selection.
        self._aside: dict[tuple[object, ...] | None, _Form] = {}
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.setWidget(self.scroll)
        self.show_ids([])

    def set_editor(self, editor: DiagramEditor) -> None:
        if self.editor is not None:
            self.editor.undo_stack.indexChanged.disconnect(self.refresh)
        self.editor = editor
        editor.undo_stack.indexChanged.connect(self.refresh)
        self.show_ids([])

    # -- building -------------------------------------------------------------------------
    def show_ids(self, ids: list[str]) -> None:
        """Show the element of ``ids`` when there is exactly one.

        A form is kept for the next element with the same fields (a task after a task),
        also across a click on the empty diagram: its values are read again. Building the
        form anew held a click on a step about 10 ms. The page shown when nothing is
        selected is kept the same way.
        """
        #: The selection the panel shows (the window tells it only of a different one).
        self.shown_ids = list(ids)
        self.element_id = ids[0] if len(ids) == 1 else None
        if self.editor is not None:
            chosen = preferences.current()
            self.units = DisplayUnits.of(self.editor.model.info, chosen.time_unit, chosen.currency)
        element = self.editor.model.element(self.element_id) if self.editor and self.element_id else None
        form = self._form_of(element) if ids else NOTHING_SELECTED
        if form is None or form != self._form:
            # a kept page (an element's form, "nothing selected") is put aside, not destroyed
            previous = self._current_form(self.scroll.takeWidget()) if self._form is not None else None
            kept = self._aside.pop(form, None) if form is not None else None
            if kept is not None:
                self._show_form(kept)
            else:
                self._build_page(form, element, len(ids))
            if previous is not None:
                self._aside[previous.key] = previous
                if len(self._aside) > KEPT_FORMS:  # the one left aside longest goes
                    self._aside.pop(next(iter(self._aside))).page.deleteLater()
        for error in self.errors.values():
            error.hide()  # a message about the element shown before
        self.refresh()

    def _build_page(self, form: tuple[object, ...] | None, element, count: int) -> None:  # noqa: ANN001
        """A new page: the form of ``element``, or a message when there is none."""
        page = QWidget()
        layout = QFormLayout(page)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._use(_Form(form, page))
        if element is None:  # a message: how many are selected, or what to select
            text = (QCoreApplication.translate("Properties", "{count} elements selected.").format(
                count=QLocale().toString(count)) if count > 1
                else QCoreApplication.translate("Properties", "Select a step, flow or lane."))
            layout.addRow(QLabel(text))
        else:
            self._build(layout, element)
        self.scroll.setWidget(page)

    def _current_form(self, page: QWidget) -> _Form:
        return _Form(self._form, page, self.fields, self.errors, self.title, self.lane_label,
                     self.title_kind)

    def _show_form(self, form: _Form) -> None:
        """Show a form kept aside again."""
        self._use(form)
        self.scroll.setWidget(form.page)

    def _use(self, form: _Form) -> None:
        """Make the widgets of ``form`` those the panel fills (``_build`` fills a new one)."""
        self._form, self.fields, self.errors = form.key, form.fields, form.errors
        self.title, self.lane_label, self.title_kind = form.title, form.lane_label, form.title_kind

    def _form_of(self, element) -> tuple[object, ...] | None:  # noqa: ANN001
        """What the form of ``element`` shows besides its values: equal for two elements
        whose forms are alike. None when the form is not kept (none, or read-only)."""
        if element is None:
            return None
        model = self.editor.model
        if element.id in model.steps:
            if not element.editable or element.container:
                return None
            return ("step", element.kind, tuple(spec.name for spec in step_fields(element)), self.units)
        if element.id in model.flows:
            return ("flow", self.units)
        if element.id in model.lanes:
            return ("lane", self.units)
        return None

    def _build(self, layout: QFormLayout, element) -> None:  # noqa: ANN001
        model = self.editor.model
        kind = "step" if element.id in model.steps else "flow" if element.id in model.flows else \
            "lane" if element.id in model.lanes else "other"
        self.title_kind = kind_text(kind)
        title = QLabel(_heading(self.title_kind, element))
        title.setObjectName("properties-title")
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addRow(title)
        self.title = title
        if kind == "other" or (kind == "step" and (not element.editable or element.container)):
            layout.addRow(QLabel(getattr(element, 'name', '') + "\n" + QCoreApplication.translate(
                "Properties", "From another tool: shown and kept as it is.")))
            return
        self._add_row(layout, "name", QCoreApplication.translate("Properties", "Name"), QLineEdit())
        if kind == "step":
            layout.addRow(QCoreApplication.translate("Properties", "Type"), QLabel(kind_text(element.kind)))
            lane_label = QLabel()
            lane_label.setObjectName("field-lane")
            layout.addRow(QCoreApplication.translate("Properties", "Lane"), lane_label)
            self.lane_label = lane_label
            specs = step_fields(element)
        elif kind == "flow":
            specs = flow_fields()
        else:
            role = QComboBox()
            for name in LANE_ROLES:
                role.addItem(choice_text(name).capitalize(), name)
            self._add_row(layout, "role", QCoreApplication.translate("Properties", "Role"), role)
            self._add_row(layout, "height", QCoreApplication.translate("Properties", "Height"), QLineEdit())
            specs = lane_fields()
        for spec in specs:
            self._add_row(layout, spec.name, label_of(self.units.shown_spec(spec)), self._field_for(spec))

    def refresh_units(self) -> None:
        """Show the fields again in the units of Preferences (after they changed)."""
        self._form = None  # built anew: the labels name the units
        for kept in self._aside.values():
            kept.page.deleteLater()
        self._aside.clear()
        self.show_ids([self.element_id] if self.element_id else [])

    def _field_for(self, spec: AttributeSpec) -> QLineEdit | QComboBox:
        if spec.kind in ("bool", "choice"):
            box = QComboBox()
            options = ["true", "false"] if spec.kind == "bool" else list(spec.choices)
            unset = default_text(spec.name, QT_TRANSLATE_NOOP("FieldDefault", "not set"))
            box.addItem(f"({unset})", "")
            for option in options:
                box.addItem(QCoreApplication.translate("FieldDefault", BOOL_TEXT.get(option, option))
                            if spec.kind == "bool" else choice_text(option), option)
            return box
        edit = QLineEdit()
        edit.setPlaceholderText(QCoreApplication.translate("Properties", "not set: {default}").format(
            default=default_text(spec.name, "none")) if spec.name in DEFAULTS
            else QCoreApplication.translate("Properties", "not set"))
        return edit

    def _add_row(self, layout: QFormLayout, name: str, label: str, field: QLineEdit | QComboBox) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        field.setObjectName(f"field-{name}")
        error = QLabel()
        error.setObjectName(f"error-{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(field)
        column.addWidget(error)
        layout.addRow(label, holder)
        self.fields[name], self.errors[name] = field, error
        if isinstance(field, QComboBox):
            field.activated.connect(lambda _=0, n=name: self._commit(n))
        else:
            field.editingFinished.connect(lambda n=name: self._commit(n))

    # -- values ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the shown element's values (after any edit, undo or redo)."""
        if self.element_id is None or self.editor is None or not shiboken6.isValid(self.scroll):
            return
        element = self.editor.model.element(self.element_id)
        if element is None:
            self.show_ids([])
            return
        if self.title is not None:  # a rename, or its undo, shows in the heading at once
            self.title.setText(_heading(self.title_kind, element))
        if self.lane_label is not None:  # a move changes the lane without selecting anew
            lane = self.editor.model.lanes.get(getattr(element, "lane", None) or "")
            self.lane_label.setText(lane.name if lane else "—")
        for name, field in self.fields.items():
            text = self._model_text(element, name)
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(text)))
            elif not field.hasFocus() or not self.errors[name].isVisible():
                field.setText(text)
                if not field.hasFocus():
                    field.setCursorPosition(0)  # long names show their start

    def _model_text(self, element, name: str) -> str:  # noqa: ANN001
        if name == "height":
            return f"{element.bounds.height:g}" if element.bounds else ""
        value = getattr(element, name, None)
        if name in ("name", "role"):
            return value or ""
        if not is_set(value):
            return ""
        spec = self.editor._spec(self._kind(), name)
        return self.units.shown_text(spec, value)

    def _kind(self) -> str:
        model = self.editor.model
        return "step" if self.element_id in model.steps else "flow" if self.element_id in model.flows else "lane"

    def _commit(self, name: str) -> None:
        field = self.fields.get(name)
        if field is None or self.element_id is None:
            return
        text = field.currentData() if isinstance(field, QComboBox) else field.text()
        error = self.errors[name]
        element = self.editor.model.element(self.element_id) if self.editor else None
        if element is not None and text == self._model_text(element, name):
            error.hide()  # unchanged: a rounded display value must not be written back
            return
        try:
            self._apply(name, text)
        except (AttributeError_, EditRefused, ValueError) as refusal:
            error.setText(str(refusal))
            error.show()
            # A wrapped message gets the lines it needs (the form lays it out one line high).
            error.setMinimumHeight(error.heightForWidth(max(field.width(), 120)))
            return
        error.hide()
        self.refresh()

    def _apply(self, name: str, text: str) -> None:
        editor, element_id = self.editor, self.element_id
        if name == "name":
            editor.rename(element_id, text)
        elif name == "role":
            editor.lanes.set_role(element_id, text)
        elif name == "height":
            try:
                height = float(text)
            except ValueError:
                raise ValueError(QCoreApplication.translate("Properties", "Height must be a number.")) from None
            editor.lanes.resize(element_id, height)
        else:
            spec = editor._spec(self._kind(), name)
            editor.set_attribute(element_id, name, self.units.file_text(spec, text))
