"""Editor layer: the Analysis menu — run the analyses on the open model and show the results.

:class:`AnalysisController` fills the window's Analysis menu, copies the model
(``model.copy()``) for each run so the user keeps editing, hands the job to the
:class:`~customer_modeler.editor.analysis_ui.runner.AnalysisRunner` (a worker thread, with
a busy indicator in the status bar), and shows the outcome in the
:class:`~customer_modeler.editor.analysis_ui.results_dock.ResultsDock` and as highlights on the
diagram (:mod:`~customer_modeler.editor.analysis_ui.highlights`). It keeps a copy of the model as
last opened or saved, for "What Does a System Change Do?".

It follows the model's change events only to count revisions — an outcome computed for
an earlier revision is shown but marked stale, and its highlights fade — and to let the
highlights follow the elements an edit moved. It never edits the model or pushes
anything on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar

from customer_modeler import gc_pause
from customer_modeler.editor import plural
from customer_modeler.editor.analysis_texts import menu_title
from customer_modeler.editor.analysis_ui import jobs
from customer_modeler.editor.analysis_ui.runner import AnalysisRunner
from customer_modeler.editor.analysis_ui.highlights import HighlightLayer
from customer_modeler.editor.analysis_ui.report_export import ReportExporter
from customer_modeler.editor.analysis_ui.results_dock import ResultsDock
from customer_modeler.editor.analysis_ui.what_if_dialog import WhatIfDialog
from customer_modeler.model.copies import ModelCopies, SavedState
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.events import (
    ChangesEnded,
    ElementChanged,
    ElementKind,
    ElementRemoved,
    ModelDataChanged,
    ModelEvent,
)

from customer_modeler.editor.canvas.scene import ProcessScene
from customer_modeler.editor.editing.facade import DiagramEditor
from customer_modeler.editor.editing.undo_state import same_state, undo_state


class AnalysisWindow(Protocol):
    """What the Analysis menu needs of its window (the main window imports this module)."""

    editor: DiagramEditor | None
    files: Any
    warnings: Any
    analysis_menu: Any
    actions: dict[str, QAction]

    def reveal(self, ids: list[str]) -> None: ...
    def statusBar(self) -> Any: ...
    def addDockWidget(self, area: Any, dock: Any) -> None: ...
    def tabifyDockWidget(self, first: Any, second: Any) -> None: ...

FILE_FILTER = QT_TRANSLATE_NOOP("AnalysisMenu", "BPMN 2.0 files (*.bpmn *.xml);;All files (*)")

#: (key, menu text, shortcut, status tip); None is a separator. Texts are translated when shown.
ENTRIES = [
    ("scorecard", QT_TRANSLATE_NOOP("AnalysisMenu", "&Scorecard"), "F5",
     QT_TRANSLATE_NOOP("AnalysisMenu", "The journey's customer-side KPIs and its issues")),
    ("streamline", QT_TRANSLATE_NOOP("AnalysisMenu", "Where to S&treamline"), "F6",
     QT_TRANSLATE_NOOP("AnalysisMenu", "Handoffs, transfers, loops, repeated data and steps that add no value")),
    ("fail_points", QT_TRANSLATE_NOOP("AnalysisMenu", "&Fail Points and Poor Experience"), "F7",
     QT_TRANSLATE_NOOP("AnalysisMenu", "Where failure and waiting hurt the customer, ranked by expected impact")),
    None,
    ("compare", QT_TRANSLATE_NOOP("AnalysisMenu", "&Compare with a Competitor…"), None,
     QT_TRANSLATE_NOOP("AnalysisMenu", "Our journey against a competitor's model, step by step and phase by phase")),
    ("system_change", QT_TRANSLATE_NOOP("AnalysisMenu", "What Does a S&ystem Change Do?"), None,
     QT_TRANSLATE_NOOP("AnalysisMenu", "The current edits against the model as last opened or saved")),
    ("system_change_file", QT_TRANSLATE_NOOP("AnalysisMenu", "…with &Another File…"), None,
     QT_TRANSLATE_NOOP("AnalysisMenu", "This model against a changed version of it in another file")),
    ("what_if", QT_TRANSLATE_NOOP("AnalysisMenu", "&What-If: Compare with a Variant…"), None,
     QT_TRANSLATE_NOOP("AnalysisMenu", "Customer effect and annual economics of a variant (e.g. account executives)")),
    ("failure_demand", QT_TRANSLATE_NOOP("AnalysisMenu", "What Drives &Repeat Contacts"), "F8",
     QT_TRANSLATE_NOOP("AnalysisMenu", "Failure demand: avoidable contacts, their reasons and root causes")),
    ("what_if_values", QT_TRANSLATE_NOOP("AnalysisMenu", "What &If…"), None,
     QT_TRANSLATE_NOOP("AnalysisMenu", "Try other values for steps, flows and lanes and see the scorecard "
                                       "change; the model is not changed")),
    None,
    ("export_report", QT_TRANSLATE_NOOP("AnalysisMenu", "E&xport Report…"), None,
     QT_TRANSLATE_NOOP("AnalysisMenu", "Every analysis of this model as an HTML page or as CSV files, as "
                                       "the command line writes them")),
    ("clear", QT_TRANSLATE_NOOP("AnalysisMenu", "C&lear Highlights"), "Ctrl+Shift+H",
     QT_TRANSLATE_NOOP("AnalysisMenu", "Remove the analysis highlights")),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisMenu", text)


class AnalysisController(QObject):
    """Runs the analyses of one window and shows their outcomes.

    Parameters
    ----------
    window : AnalysisWindow
        Its ``analysis_menu`` gets the entries, its ``actions`` the actions by key.
    """

    def __init__(self, window: AnalysisWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = AnalysisRunner(self)
        self.runner.started.connect(self._started)
        self.runner.finished.connect(self._finished)
        # What If…'s comparisons: a worker of their own, so that neither they nor the
        # menu's analyses replace the other's (the dialog shows what this one finishes).
        self.what_if_runner = AnalysisRunner(self)
        self.dock = ResultsDock(window)
        self.dock.elements_clicked.connect(window.reveal)
        self.dock.rerun_requested.connect(self.run_again)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.warnings, self.dock)
        self.dock.hide()
        self.model: ProcessModel | None = None
        self.scene: ProcessScene | None = None
        self.layer: HighlightLayer | None = None
        #: The model as last opened or saved (What Does a System Change Do? compares the
        #: edits with it), kept without a copy (see ``model.copies``).
        self._saved: SavedState | None = None
        #: The document's copies: a run copies only what changed since the copy before
        #: (see ``model.copies``; a whole copy of 100,000 steps took 0.6-0.9 s).
        self._copies: ModelCopies | None = None
        #: Copies made for the job about to run, their lookups still to make (see :meth:`_run`).
        self._unfilled: list[ProcessModel] = []
        #: Counts the model's change events; an outcome remembers the revision it ran on.
        self.revision = 0
        self.shown_revision: int | None = None
        #: Elements whose marks follow them once the edit under way has ended.
        self._marks_due: dict[str, None] = {}
        self._asked: dict[int, int] = {}
        self._last: Callable[[], None] | None = None
        self._build_busy_indicator()
        self.exporter = ReportExporter(window, lambda: self.model)
        self.what_if_dialog: WhatIfDialog | None = None
        self.actions = self._build_menu()

    def _build_busy_indicator(self) -> None:
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("analysis-busy")
        self.busy_bar.setRange(0, 0)  # no known end: the bar moves back and forth
        self.busy_bar.setFixedWidth(110)
        self.busy_bar.setMaximumHeight(14)
        for widget in (self.busy_label, self.busy_bar):
            self.window.statusBar().addPermanentWidget(widget)
            widget.hide()

    def _build_menu(self) -> dict[str, QAction]:
        menu = self.window.analysis_menu
        slots = {"scorecard": self.run_scorecard,
                 **{key: lambda k=key: self.run_single(k)
                    for key in ("streamline", "fail_points", "failure_demand")},
                 "compare": self.compare_with_competitor, "system_change": self.system_change,
                 "system_change_file": self.system_change_with_file,
                 "what_if": self.what_if_with_variant, "clear": self.clear_highlights,
                 "what_if_values": self.what_if_values, "export_report": self.export_report}
        actions: dict[str, QAction] = {}
        for entry in ENTRIES:
            if entry is None:
                menu.addSeparator()
                continue
            key, text, keys, tip = entry
            action = QAction(_tr(text), self.window)
            action.setObjectName(f"action-analysis-{key}")
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.setStatusTip(_tr(tip))
            action.triggered.connect(lambda _=False, slot=slots[key]: slot())
            menu.addAction(action)
            actions[key] = action
            self.window.actions[f"analysis_{key}"] = action
        menu.addSeparator()
        results = self.dock.toggleViewAction()
        results.setText(QCoreApplication.translate("AnalysisMenu", "Show &Results"))
        menu.addAction(results)
        return actions

    # -- the document ---------------------------------------------------------------------
    def set_document(self, model: ProcessModel, scene: ProcessScene, editor: DiagramEditor) -> None:
        """Follow a newly shown document: forget the old results, keep a copy of this one."""
        if self.model is not None:
            self.model.unsubscribe(self._model_event)
        self.runner.cancel()
        self._asked.clear()
        self._hide_busy()
        self.model, self.scene = model, scene
        self.stop_drawing()
        self.layer = HighlightLayer(scene)
        self._copies = editor.copies
        self._keep_saved_state()
        self._snapshot_state = undo_state(editor.undo_stack)
        self.revision, self.shown_revision, self._last = 0, None, None
        self._marks_due = {}
        model.subscribe(self._model_event)  # after the scene: marks follow the moved items
        editor.undo_stack.cleanChanged.connect(self._clean_changed)
        self.dock.clear()

    def _clean_changed(self, clean: bool) -> None:
        # Saved (or undone back to the saved state): this is now the "last saved" model.
        # Not a stack being emptied as its document goes (an old one, or at closing).
        stack = self.sender()
        current = self.window.editor.undo_stack if self.window.editor is not None else None
        if clean and stack is current and stack.count() > 0 and self.model is not None:
            state = undo_state(stack)
            if not same_state(state, self._snapshot_state):
                self._keep_saved_state()
                self._snapshot_state = state
            # else: undone or redone back to the state the snapshot was taken in (a large
            # model's copy is the slowest part of that undo), so the snapshot still holds

    @property
    def snapshot(self) -> ProcessModel | None:
        """A copy of the model as last opened or saved, made now."""
        return None if self._saved is None else self._saved.model()

    def _keep_saved_state(self) -> None:
        if self._saved is not None:
            self._saved.release()
        assert self._copies is not None
        self._saved = SavedState(self._copies)

    def _copy(self) -> ProcessModel:
        """A copy of the model for a job, sharing what no edit changed with the earlier ones.

        Its lookups (a lane's steps, a step's flows) are made by the job's thread when it
        starts (:meth:`_run`): on the window's thread they were most of the copy, 0.3 of
        0.44 s at 100,000 steps, at every run."""
        assert self._copies is not None
        copy = self._copies.copy(lookups=False)
        self._unfilled.append(copy)
        return copy

    def _model_event(self, event: ModelEvent) -> None:
        if isinstance(event, ChangesEnded):  # the scene has drawn the edit's flows: marks follow
            if self._marks_due:
                due, self._marks_due = list(self._marks_due), {}
                self.layer.element_changed(due)
            return
        self.revision += 1
        if self.shown_revision is not None and self.revision != self.shown_revision:
            self.dock.set_stale(True)
            self.layer.set_stale(True)
        if not self.layer.items or isinstance(event, ModelDataChanged):  # no element to follow
            return
        element = event.element
        if isinstance(event, ElementRemoved):
            self.layer.element_removed(element.id)
        elif isinstance(event, ElementChanged):
            ids = [element.id]
            if event.kind == ElementKind.STEP:  # the scene re-routes its flows without their own event
                ids += [flow.id for flow in self.model.flows_of(element.id)]
            if self.model.changing:  # the scene draws the edit's flows when it ends
                self._marks_due.update(dict.fromkeys(ids))
            else:
                self.layer.element_changed(ids)

    # -- menu commands --------------------------------------------------------------------
    def run_scorecard(self) -> None:
        """Analysis ▸ Scorecard (first asking for the customer when the model has none)."""
        if self.window.files.customer.before_analysis(self.run_scorecard):
            return
        model = self._copy()
        self._run("scorecard", menu_title("scorecard"), lambda: jobs.scorecard_job(model),
                  self.run_scorecard)

    def run_single(self, key: str) -> None:
        """Streamline, fail points or failure demand on a copy of the model."""
        if self.window.files.customer.before_analysis(lambda: self.run_single(key)):
            return
        model = self._copy()
        self._run(key, menu_title(key), lambda: jobs.single_job(key, model),
                  lambda: self.run_single(key))

    def compare_with_competitor(self, path: str | None = None) -> None:
        """Analysis ▸ Compare with a Competitor…: our model (A) against the chosen file (B)."""
        path = path or self._ask_file(QCoreApplication.translate("AnalysisMenu", "Compare with a Competitor"))
        if path:
            ours = self._copy()
            self._run("compare", menu_title("compare"),
                      lambda: jobs.compare_job(ours, jobs.read_model(path)),
                      lambda: self.compare_with_competitor(path))

    def system_change(self) -> None:
        """What Does a System Change Do?: the model as last opened or saved → the edits."""
        assert self._saved is not None
        after = self._copy()
        before = self._saved.model(lookups=False)
        self._unfilled.append(before)  # as a copy's: see _copy
        self._run("system_change", menu_title("system_change"),
                  lambda: jobs.system_change_job(before, after, "after", QCoreApplication.translate("AnalysisMenu", "last saved version")),
                  self.system_change)

    def system_change_with_file(self, path: str | None = None) -> None:
        """…with Another File…: this model → a changed version of it in a file."""
        path = path or self._ask_file(QCoreApplication.translate("AnalysisMenu", "What Does a System Change Do? Changed Version"))
        if path:
            before = self._copy()
            self._run("system_change", menu_title("system_change"),
                      lambda: jobs.system_change_job(before, jobs.read_model(path), "before",
                                                     Path(path).name),
                      lambda: self.system_change_with_file(path))

    def what_if_with_variant(self, path: str | None = None) -> None:
        """What-If: Compare with a Variant…: this model as the baseline of the chosen one."""
        path = path or self._ask_file(QCoreApplication.translate("AnalysisMenu", "What-If: Compare with a Variant"))
        if path:
            current = self._copy()
            self._run("what_if", menu_title("what_if"),
                      lambda: jobs.what_if_job(current, jobs.read_model(path)),
                      lambda: self.what_if_with_variant(path))

    def what_if_values(self) -> WhatIfDialog | None:
        """Analysis ▸ What If…: try values on the open model (it only reads the model)."""
        if self.model is None:
            return None
        if self.what_if_dialog is not None:
            self.what_if_dialog.close()
            self.what_if_dialog.deleteLater()
        copies = self._copies
        assert copies is not None
        self.what_if_dialog = WhatIfDialog(self.model, self.what_if_runner,
                                           lambda: self._what_if_copy(copies), self.window)
        self.what_if_dialog.show()
        return self.what_if_dialog

    def _what_if_copy(self, copies: ModelCopies) -> ProcessModel:
        """A copy for a What If… run: shared with the runs' copies, its lookups left to the
        job's thread, as :meth:`_copy`'s; the scene's index catches up first (see :meth:`_run`).
        ``copies`` are those of the model the dialog was opened on."""
        if self.scene is not None:
            self.scene.index.catch_up()
        return copies.copy(lookups=False)

    def export_report(self) -> None:
        """Analysis ▸ Export Report…: the HTML page or the CSV files of the open model."""
        self.exporter.export()

    def stop_drawing(self) -> None:
        """Add no more highlights (the document goes, or the window closes)."""
        if self.layer is not None:
            self.layer.cancel()

    def clear_highlights(self) -> None:
        """Analysis ▸ Clear Highlights (the results stay in the dock)."""
        if self.layer is not None:
            self.layer.clear()
        self.window.statusBar().showMessage(QCoreApplication.translate("AnalysisMenu", "Highlights cleared"), 3000)

    def run_again(self) -> None:
        """Run the analysis shown last again, on the model as it is now."""
        if self._last is not None:
            self._last()

    # -- running --------------------------------------------------------------------------
    def _run(self, key: str, title: str, job: Callable[[], jobs.Outcome],
             again: Callable[[], None]) -> None:
        self._last = again
        if self.scene is not None:
            self.scene.index.catch_up()  # not while the job runs: see scene_index
        unfilled, self._unfilled = self._unfilled, []

        def filled_first() -> jobs.Outcome:
            for model in unfilled:
                model.fill_lookups()
            return job()

        ticket = self.runner.run(key, title, filled_first)
        self._asked[ticket] = self.revision

    def _ask_file(self, title: str) -> str | None:
        files = self.window.files
        start = str(files.path.parent) if files.path else _examples_dir()
        path, _ = QFileDialog.getOpenFileName(self.window, title, start, _tr(FILE_FILTER))
        return path or None

    def _started(self, title: str) -> None:
        self.busy_label.setText(QCoreApplication.translate("AnalysisMenu", "Running {title}…").format(title=title))
        self.busy_label.show()
        self.busy_bar.show()
        self.dock.show_busy(title)

    def _hide_busy(self) -> None:
        self.busy_label.hide()
        self.busy_bar.hide()

    def _finished(self, outcome: jobs.Outcome, ticket: int) -> None:
        self._hide_busy()
        # The result stays until the next one: out of the collector's walks from now on, or
        # each collection while its marks are drawn walks it again (see gc_pause).
        gc_pause.settle()
        self.shown_revision = self._asked.pop(ticket, self.revision)
        scene = self.scene
        self.dock.show_outcome(outcome, lambda i: scene.item_of(i) is not None)
        self.layer.show(outcome.marks, outcome.ghosts, lambda: self._drawn(outcome), kind=outcome.key)
        stale = self.shown_revision != self.revision
        self.dock.set_stale(stale)
        self.layer.set_stale(stale)

    def _drawn(self, outcome: jobs.Outcome) -> None:
        # Called by the layer once its last highlight is on the scene. The marks stay until
        # the next result: out of the collector's walks, as the result is (a full collection
        # walked them and the result, 0.1 s at 10,000 steps; see gc_pause).
        gc_pause.settle()
        if outcome.error is None:
            count = len(self.layer.items) + len(self.layer.ghosts)
            title = menu_title(outcome.key, outcome.title)
            self.window.statusBar().showMessage(
                plural.translate("AnalysisMenu", "{title}: %n element(s) highlighted", None, count)
                .format(title=title), 5000)


def _examples_dir() -> str:
    from customer_modeler.resources import example_path

    try:
        return str(example_path().parent)
    except FileNotFoundError:
        return ""
