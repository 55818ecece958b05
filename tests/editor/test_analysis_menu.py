"""The Analysis menu, driven as a person would: menu entries, file dialogs, the results
dock and the highlights on the diagram (docs/methods.md §3–§8 sample values)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QTableView

from customer_modeler.editor.analysis_ui import jobs as analysis_jobs
from customer_modeler.editor.analysis_ui import highlights
from customer_modeler.editor.analysis_ui.highlights import STALE_OPACITY, MarkItem
from customer_modeler.editor.window.main_window import MainWindow
from customer_modeler.model import Flow, Rect
from customer_modeler.resources import example_path
from tests.editor.factory import make_model, snapshot
from tests.editor.qt_work import bounding_rect_calls, qt_work_left
from tests.editor.watched import models_given

COMPETITOR = example_path("competitor-online-first.bpmn")
VARIANT = example_path("order-journey-account-executive.bpmn")


@pytest.fixture
def window(example_window):
    return example_window


def analysis_action(window: MainWindow, text: str):
    """The Analysis menu entry whose text starts with ``text``, as the menu shows it."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Analysis")
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def run(qtbot, window: MainWindow, text: str):
    """Choose an Analysis menu entry and wait for its result in the dock and its highlights."""
    dock = window.analysis.dock
    before = dock.outcome
    analysis_action(window, text).trigger()
    qtbot.waitUntil(lambda: not window.analysis.runner.busy and dock.outcome is not before
                    and not window.analysis.layer.pending, timeout=20_000)
    return dock


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def marks(window: MainWindow) -> dict[str, str]:
    """Element id → severity of the highlights shown on the scene."""
    return {item.element: item.severity for item in window.scene.items()
            if isinstance(item, MarkItem) and item.ghost is None and item.isVisible()}


def mark_items(window: MainWindow) -> list[MarkItem]:
    """Every highlight item on the scene, shown or hidden until it is deleted."""
    return [item for item in window.scene.items() if isinstance(item, MarkItem)]


def click_row(table: QTableView, column_value: str, column: str = "element") -> None:
    model = table.model()
    row = model.column_values(column).index(column_value)
    table.scrollTo(model.index(row, 0))
    rect = table.visualRect(model.index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_menu_lists_every_analysis_with_shortcuts(window):
    texts = ["Scorecard", "Where to Streamline", "Fail Points and Poor Experience",
             "Compare with a Competitor…", "What Does a System Change Do?",
             "…with Another File…", "What-If: Compare with a Variant…",
             "What Drives Repeat Contacts", "Clear Highlights"]
    actions = [analysis_action(window, text) for text in texts]
    assert [a.shortcut().toString() for a in actions[:3]] == ["F5", "F6", "F7"]
    assert actions[7].shortcut().toString() == "F8"


def test_scorecard_shows_the_kpis_and_leaves_the_model_alone(qtbot, window):
    # given the Order journey as opened
    before = snapshot(window.editor.model)
    # when Analysis ▸ Scorecard is chosen
    dock = run(qtbot, window, "Scorecard")
    # then the dock shows the §2.11 scorecard
    assert dock.isVisible() and dock.outcome.error is None
    assert dock.kpi_text("effort_index") == "12.477375"
    assert dock.kpi_text("p_outcome_success") == "77.0 %"  # a share reads as a percentage
    assert kpi_value(dock, "p_outcome_success") == pytest.approx(0.77)
    assert dock.table("visits").rowCount() == len(window.editor.model.steps)
    assert "Scorecard" in dock.title_label.text() and "stale" not in dock.title_label.text()
    # and the model and the undo history are untouched
    assert snapshot(window.editor.model) == before
    assert window.editor.undo_stack.count() == 0 and not window.isWindowModified()


def test_fail_points_rank_the_misroute_flow_first_and_highlight_by_severity(qtbot, window):
    before = snapshot(window.editor.model)
    dock = run(qtbot, window, "Fail Points")
    table = dock.table("fail_points")
    assert dock.tabs.currentWidget() is dock.tables["fail_points"]
    assert table.column_values("element")[:3] == ["F07", "T14", "T04"]
    assert dock.kpi_text("p_any_failure") == "39.6 %"
    assert kpi_value(dock, "p_any_failure") == pytest.approx(0.395677, abs=1e-6)
    # one overlay item per flagged element, in its severity, on the element's item
    found = marks(window)
    assert found["F07"] == "error" and found["T14"] == "error"
    assert found["T12"] == "warning" and found["T05"] == "info"
    assert len(found) == len(dock.outcome.marks) == 23
    t04 = window.analysis.layer.item_of("T04")
    assert t04.parentItem() is window.scene.step_items["T04"]
    assert "F" in t04.badge and "W" in t04.badge
    assert window.analysis.layer.item_of("F07").parentItem() is window.scene.flow_items["F07"]
    # the overlay is never hit: a click on a highlighted step still finds the step
    centre = window.scene.step_items["T04"].sceneBoundingRect().center()
    assert window.scene.step_item_at(centre) is window.scene.step_items["T04"]
    assert snapshot(window.editor.model) == before and window.editor.undo_stack.count() == 0


def test_clear_highlights_removes_them_and_keeps_the_results(qtbot, window):
    dock = run(qtbot, window, "Fail Points")
    assert marks(window)
    analysis_action(window, "Clear Highlights").trigger()
    # gone from sight at once, and from the scene a slice at a time
    assert marks(window) == {} and window.analysis.layer.items == {}
    qtbot.waitUntil(lambda: mark_items(window) == [])
    assert dock.table("fail_points").rowCount() == 19
    assert window.editor.undo_stack.count() == 0


def test_highlights_arrive_in_slices_that_clear_cancels(qtbot, window, monkeypatch):
    # given slices so short that each adds a single mark
    monkeypatch.setattr(highlights, "SLICE_SECONDS", 0.0)
    dock = window.analysis.dock
    # when a result arrives
    analysis_action(window, "Fail Points").trigger()
    qtbot.waitUntil(lambda: dock.outcome is not None, timeout=20_000)
    # then the marks come one slice at a time, and the count is told once all are drawn
    layer = window.analysis.layer
    assert layer.pending and 0 < len(marks(window)) < 23
    qtbot.waitUntil(lambda: not layer.pending)
    assert len(marks(window)) == 23
    assert window.statusBar().currentMessage().endswith(": 23 elements highlighted")
    # and Clear Highlights while they are still coming stops them
    dock.rerun_button.click()
    qtbot.waitUntil(lambda: layer.pending, timeout=20_000)
    analysis_action(window, "Clear Highlights").trigger()
    assert not layer.pending and marks(window) == {}
    qtbot.wait(50)
    assert marks(window) == {}


def shown(window: MainWindow) -> dict[str, tuple[str, str, tuple[float, float, float, float]]]:
    """Element id → severity, badge and scene rectangle of every highlight shown."""
    return {item.element: (item.severity, item.badge, item.sceneBoundingRect().getRect())
            for item in window.scene.items()
            if isinstance(item, MarkItem) and item.ghost is None and item.isVisible()}


def test_another_result_reuses_the_marks_of_the_elements_it_marks_again(qtbot, window):
    streamline = shown(window) if run(qtbot, window, "Where to Streamline") else None
    fail_points = run(qtbot, window, "Fail Points") and {
        element: window.analysis.layer.item_of(element) for element in marks(window)}
    # when Streamline runs again after Fail Points
    run(qtbot, window, "Where to Streamline")
    # then it shows what it showed the first time, badges placed as then
    assert shown(window) == streamline
    again = set(streamline) & set(fail_points)
    assert again and set(streamline) != set(fail_points)
    # in the very items Fail Points drew for the elements both mark
    assert all(window.analysis.layer.item_of(e) is fail_points[e] for e in again)
    # and the marks of the elements it leaves out go from the scene
    qtbot.waitUntil(lambda: len(mark_items(window)) == len(streamline))
    assert all(item.isVisible() for item in mark_items(window))


def test_the_same_analysis_run_again_keeps_its_marks_shown_while_it_renews_them(
        qtbot, window, monkeypatch):
    dock = run(qtbot, window, "Fail Points")
    fail_points = marks(window)
    monkeypatch.setattr(highlights, "SLICE_SECONDS", 0.0)  # a mark a slice
    layer = window.analysis.layer
    # when Run Again brings a new result
    before = dock.outcome
    dock.rerun_button.click()
    qtbot.waitUntil(lambda: dock.outcome is not before, timeout=20_000)
    # then every mark stays in view while the new ones are drawn: nothing blinks
    assert layer.pending and marks(window) == fail_points
    qtbot.waitUntil(lambda: not layer.pending)
    assert marks(window) == fail_points
    # while another analysis's result hides them at once
    analysis_action(window, "Where to Streamline").trigger()
    qtbot.waitUntil(lambda: dock.outcome.key == "streamline", timeout=20_000)
    streamline = {mark.element: mark.severity for mark in dock.outcome.marks}
    assert layer.pending and all(streamline.get(e) == s for e, s in marks(window).items())


def test_running_again_after_an_edit_renews_the_marks_in_place(qtbot, window):
    dock = run(qtbot, window, "Fail Points")
    before = {element: window.analysis.layer.item_of(element) for element in marks(window)}
    window.editor.remove(["T14"])  # its mark goes with it
    bounds = window.editor.model.steps["T04"].bounds
    window.editor.move_steps({"T04": Rect(bounds.x + 100, bounds.y, bounds.width, bounds.height)})
    assert window.analysis.layer.item_of("T04").opacity() == pytest.approx(STALE_OPACITY)
    dock.rerun_button.click()
    qtbot.waitUntil(lambda: not window.analysis.runner.busy and not dock.stale
                    and not window.analysis.layer.pending, timeout=20_000)
    item = window.analysis.layer.item_of("T04")
    assert item is before["T04"] and item.isVisible() and item.opacity() == 1.0
    # around the step where it stands now
    step = window.scene.step_items["T04"]
    assert item.sceneBoundingRect().contains(step.mapRectToScene(step.node_rect()))
    assert "T14" not in marks(window)


def test_an_analysis_starts_once_qt_has_filed_the_items_of_a_grown_scene(qtbot, window, monkeypatch):
    run(qtbot, window, "Fail Points")
    calls = bounding_rect_calls(monkeypatch)
    # given a task added just now past the end of a lane: the lane and the scene grew,
    # and Qt files every item again (asking each its rectangle) two seconds later
    step = window.editor.model.steps["T04"]
    indexed, right = window.scene.sceneRect(), window.scene.shown_rect().right()
    window.editor.add_step("back_office", step.lane, (right + 400, step.bounds.y + step.bounds.height / 2))
    assert window.scene.shown_rect().right() > right and window.scene.sceneRect() != indexed
    # when an analysis starts before that moment
    analysis_action(window, "Fail Points").trigger()
    # then Qt did that work before the job began, not while it runs in its worker thread
    # (each question would wait for the worker to hand over Python's lock)
    assert window.analysis.runner.busy
    assert qt_work_left(window.scene, calls) == []
    qtbot.waitUntil(lambda: not window.analysis.runner.busy, timeout=20_000)


def test_a_drawn_result_is_kept_out_of_the_collectors_walks(qtbot, window):
    # a result stays until the next one: a full collection would walk it for nothing
    dock = run(qtbot, window, "Fail Points")
    rows = dock.outcome.report["tables"]["fail_points"]
    walked = {id(o) for o in gc.get_objects()}
    assert rows and id(rows) not in walked and id(rows[0]) not in walked


def test_an_arrived_result_is_kept_out_of_the_collectors_walks_while_its_marks_come(
        qtbot, window, monkeypatch):
    # or each collection while the marks are drawn walks it again
    monkeypatch.setattr(highlights, "SLICE_SECONDS", 0.0)  # a mark a slice
    dock = window.analysis.dock
    analysis_action(window, "Fail Points").trigger()
    qtbot.waitUntil(lambda: dock.outcome is not None, timeout=20_000)
    assert window.analysis.layer.pending
    rows = dock.outcome.report["tables"]["fail_points"]
    walked = {id(o) for o in gc.get_objects()}
    assert rows and id(rows) not in walked and id(rows[0]) not in walked
    qtbot.waitUntil(lambda: not window.analysis.layer.pending)


def test_clicking_a_row_selects_and_centres_the_element(qtbot, window):
    dock = run(qtbot, window, "Fail Points")
    window.view.set_zoom(1.0)
    window.view.centerOn(0, 0)
    click_row(dock.tables["fail_points"], "T14")
    assert window.scene.selected_ids() == ["T14"]
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(window.scene.step_items["T14"].sceneBoundingRect())
    assert window.properties.element_id == "T14"
    # a row naming several steps selects them all
    run(qtbot, window, "Where to Streamline")
    click_row(window.analysis.dock.tables["loops"], 1, column="loop")
    assert set(window.scene.selected_ids()) == {"T02", "G02", "T03", "T04", "T05", "G03"}


def test_compare_with_a_competitor(qtbot, window, monkeypatch):
    choose_file(monkeypatch, COMPETITOR)
    dock = run(qtbot, window, "Compare with a Competitor")
    assert dock.kpi_text("node_similarity") == "60.0 %"
    assert kpi_value(dock, "node_similarity") == pytest.approx(0.6)
    assert dock.table("theirs_only").column_values("element") == ["T10"]
    found = marks(window)
    assert found["T02"] == "warning"  # ours only: extra for the customer
    assert found["T01"] == "error"  # matched, and we are worse
    assert "not on this diagram" in dock.message_label.text()  # their idea is listed, not drawn
    # their T10 is not our T10: clicking it selects nothing of ours
    window.scene.clearSelection()
    click_row(dock.tables["theirs_only"], "T10")
    assert window.scene.selected_ids() == []


def test_cancelled_file_dialog_runs_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    analysis_action(window, "Compare with a Competitor").trigger()
    assert not window.analysis.runner.busy and window.analysis.dock.outcome is None


def test_what_if_with_the_account_executive_variant(qtbot, window, monkeypatch):
    choose_file(monkeypatch, VARIANT)
    dock = run(qtbot, window, "What-If")
    assert dock.kpi_text("net_delta_per_year") == "-449,753.27 CU"
    assert dock.outcome.report["kpis"]["net_delta_per_year"] == pytest.approx(-449_753.27, abs=0.01)
    assert dock.kpi_text("break_even_margin_per_kept_order") == "489.753272 CU"
    found = marks(window)
    assert found["T02"] == "info" and "removed" in window.analysis.layer.item_of("T02").badge
    assert "changed" in window.analysis.layer.item_of("T04").badge
    assert "T00" not in found  # the variant's new step is not on this diagram


def test_system_change_compares_the_edits_with_the_last_saved_model(qtbot, window, tmp_path):
    editor = window.editor
    dock = run(qtbot, window, "What Does a System Change Do?")
    assert dock.outcome.note.startswith("No changes") and "changes" not in dock.tables
    # when a step is renamed and another removed
    editor.rename("T04", "Advice by video call")
    editor.remove(["T18"])
    dock = run(qtbot, window, "What Does a System Change Do?")
    changes = dock.table("changes")
    found = {(r["element"], r["attribute"], r["change"]) for r in changes.rows}
    assert ("T04", "name", "changed") in found
    assert marks(window)["T04"] == "warning"  # a change the customer sees
    assert [g.element for g in window.analysis.layer.ghosts if g.scene()] == ["T18"]
    # once saved, the saved model is what edits are compared with
    window.files.write(tmp_path / "saved.bpmn")
    dock = run(qtbot, window, "What Does a System Change Do?")
    assert dock.outcome.note.startswith("No changes")


def test_the_saved_model_is_kept_without_a_copy_and_a_system_change_still_sees_every_edit(qtbot, window):
    """The model as opened is kept without copying its steps (1 s and 150 MB at 100,000
    steps); a step deleted, brought back by undo and then renamed is reported renamed."""
    editor = window.editor
    saved = window.analysis._saved._frame  # noqa: SLF001 - the state holds the model's own steps
    assert all(saved.steps[key] is step for key, step in editor.model.steps.items())
    editor.remove(["T18"])
    editor.undo_stack.undo()
    editor.rename("T18", "Chases the order by chat")
    editor.rename("T04", "Advice by video call")
    editor.undo_stack.undo()  # this one is as it was
    dock = run(qtbot, window, "What Does a System Change Do?")
    found = {(r["element"], r["attribute"], r["change"]) for r in dock.table("changes").rows}
    assert found == {("T18", "name", "changed")}
    # the live steps are the analysis's no more than before: it ran on copies
    assert window.analysis.snapshot.steps["T18"] is not editor.model.steps["T18"]
    editor.undo_stack.undo()
    dock = run(qtbot, window, "What Does a System Change Do?")
    assert dock.outcome.note.startswith("No changes")


def test_a_runs_copies_get_their_lookups_in_the_jobs_thread(qtbot, window, monkeypatch):
    """Making a copy's lookups was most of the copy (0.3 of 0.44 s at 100,000 steps) and
    held the window at every run: the job's thread makes them now, for the edits' copy and
    the saved model's alike, and the results are those of a complete model."""
    import threading

    from customer_modeler.model import ProcessModel

    threads = []
    fill = ProcessModel.fill_lookups
    monkeypatch.setattr(ProcessModel, "fill_lookups",
                        lambda self: threads.append(threading.current_thread()) or fill(self))
    dock = run(qtbot, window, "Where to Streamline")
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert dock.table("candidates").rows
    window.editor.rename("T04", "Advice by video call")
    dock = run(qtbot, window, "What Does a System Change Do?")
    assert len(threads) == 3 and threading.main_thread() not in threads
    assert {(r["element"], r["attribute"]) for r in dock.table("changes").rows} == {("T04", "name")}


def test_system_change_with_another_file(qtbot, window, monkeypatch):
    choose_file(monkeypatch, VARIANT)
    dock = run(qtbot, window, "…with Another File")
    assert dock.table("changes").rowCount() > 0 and dock.kpi_text("changes_removed") == "20"
    found = marks(window)
    assert "T02" in found and "T00" not in found
    assert dock.outcome.elsewhere > 0


def test_what_drives_repeat_contacts(qtbot, window):
    dock = run(qtbot, window, "What Drives Repeat Contacts")
    assert dock.kpi_text("fdr") == "79.2 %"
    assert kpi_value(dock, "fdr") == pytest.approx(0.791747, abs=1e-6)
    assert dock.table("reasons").column_values("reason")[0] == "product_information"
    found = marks(window)
    assert found["T04"] == "error" and found["T01"] == "warning"  # contact, and its root cause


def test_a_tables_columns_fit_their_contents_once_its_tab_is_shown(qtbot, window):
    dock = run(qtbot, window, "Where to Streamline")
    tabs = dock.tabs
    other = next(view for view in dock.tables.values()
                 if view is not tabs.currentWidget() and tabs.indexOf(view) >= 0
                 and view.model().columnCount() > 2)
    # when its tab is chosen
    tabs.setCurrentWidget(other)
    # then each column but the last (which stretches) is as wide as its contents and its
    # heading, at most 320
    header = other.horizontalHeader()
    for column in range(other.model().columnCount() - 1):
        fit = max(other.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert other.columnWidth(column) == min(fit, 320)


def test_a_cell_listing_many_steps_names_the_first_twelve_and_counts_the_others(qtbot):
    from benchmarks.generate import generate_model

    model = generate_model(200)
    window = MainWindow(model)
    qtbot.addWidget(window)
    window.show()
    dock = run(qtbot, window, "Where to Streamline")
    table = dock.table("repeated_data")
    column = table.columns.index("steps")
    row = next(i for i, r in enumerate(table.rows) if len(str(r["steps"]).split()) > 12)
    ids = str(table.rows[row]["steps"]).split()
    shown = table.data(table.index(row, column))
    names = ", ".join(model.steps[i].name for i in ids[:12])
    assert shown == f"{names} and {len(ids) - 12} more"
    # and a short list is named whole
    phases = dock.table("phases")
    short = next(i for i, r in enumerate(phases.rows) if 1 < len(str(r["steps"]).split()) <= 12)
    assert phases.data(phases.index(short, phases.columns.index("steps"))) == ", ".join(
        model.steps[i].name for i in str(phases.rows[short]["steps"]).split())
    window.close()


def test_results_sort_by_a_column(qtbot, window):
    dock = run(qtbot, window, "Fail Points")
    table = dock.tables["fail_points"]
    column = table.model().columns.index("RPN")
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    rpn = table.model().column_values("RPN")
    assert rpn == sorted(rpn, reverse=True) and table.model().column_values("element")[0] == "T14"


def test_edits_make_the_result_stale_and_marks_follow_their_step(qtbot, window):
    dock = run(qtbot, window, "Fail Points")
    item = window.analysis.layer.item_of("T04")
    old = item.sceneBoundingRect()
    # when the flagged step is moved
    bounds = window.editor.model.steps["T04"].bounds
    window.editor.move_steps({"T04": Rect(bounds.x + 100, bounds.y, bounds.width, bounds.height)})
    # then the result is marked stale, the marks fade, and T04's mark went along
    assert dock.stale and "stale" in dock.title_label.text() and dock.rerun_button.isVisibleTo(dock)
    assert item.opacity() == pytest.approx(STALE_OPACITY)
    assert item.sceneBoundingRect().center().x() == pytest.approx(old.center().x() + 100, abs=12)
    # a deleted step takes its mark along; running again is fresh
    window.editor.remove(["T14"])
    assert window.analysis.layer.item_of("T14") is None
    dock.rerun_button.click()
    qtbot.waitUntil(lambda: not window.analysis.runner.busy and not dock.stale, timeout=20_000)
    assert window.analysis.layer.item_of("T04").opacity() == 1.0


def test_a_flows_mark_follows_the_flow_when_its_step_moves_and_back(qtbot, window):
    run(qtbot, window, "Fail Points")
    flow = window.editor.model.flows["F07"]
    flow_item, mark = window.scene.flow_items["F07"], window.analysis.layer.item_of("F07")

    def mark_on_its_flow() -> bool:
        halo = mark.boundingRect().adjusted(2, 2, -2, -2)
        return halo.contains(flow_item.boundingRect()) and mark.ring().boundingRect().contains(
            flow_item.path().boundingRect())

    assert mark_on_its_flow()
    drawn_before = flow_item.path().boundingRect()
    step = window.editor.model.steps[flow.target]
    window.editor.move_steps({step.id: Rect(step.bounds.x + 60, step.bounds.y + 120,
                                            step.bounds.width, step.bounds.height)})
    assert flow_item.path().boundingRect() != drawn_before
    assert mark_on_its_flow()
    window.editor.undo_stack.undo()
    assert flow_item.path().boundingRect() == drawn_before
    assert mark_on_its_flow()


def test_a_result_for_an_edited_model_arrives_stale(qtbot, window):
    dock = window.analysis.dock
    analysis_action(window, "Fail Points").trigger()
    assert window.analysis.busy_bar.isVisible()
    window.editor.rename("T04", "Edited while it ran")  # before the result can arrive
    qtbot.waitUntil(lambda: dock.outcome is not None, timeout=20_000)
    assert dock.stale and not window.analysis.busy_bar.isVisible()
    assert dock.table("fail_points").rowCount() == 19


def test_a_stopping_error_is_a_message_not_a_dialog(qtbot):
    model = make_model()
    model.remove_flow("F3")
    model.add_flow(Flow("F4", "T_quote", "T_call", process="Process_1"))
    window = MainWindow(model)
    qtbot.addWidget(window)
    window.show()
    dock = run(qtbot, window, "Fail Points")
    assert dock.message_label.text().startswith("Stopped by E-TRAP")
    assert dock.tabs.currentWidget() is dock.tables["issues"]
    assert marks(window)["T_call"] == "error"
    window.analysis.runner.wait()


def test_an_exception_or_a_refused_file_is_a_message(qtbot, window, monkeypatch, tmp_path):
    def broken(key, model):
        raise RuntimeError("boom")

    monkeypatch.setattr(analysis_jobs, "single_job", broken)
    dock = run(qtbot, window, "Where to Streamline")
    assert dock.outcome.error == "The analysis failed: RuntimeError: boom"
    assert dock.message_label.isVisibleTo(dock) and "boom" in dock.message_label.text()
    bad = tmp_path / "bad.bpmn"
    bad.write_text("<!DOCTYPE x [<!ENTITY a 'b'>]><definitions/>", encoding="utf-8")
    choose_file(monkeypatch, bad)
    dock = run(qtbot, window, "Compare with a Competitor")
    assert dock.outcome.error.startswith("Cannot open bad.bpmn")


def test_another_document_drops_the_results(qtbot, window):
    run(qtbot, window, "Fail Points")
    window.actions["new"].trigger()
    assert window.analysis.dock.outcome is None and window.analysis.layer.items == {}
    assert not any(isinstance(i, MarkItem) for i in window.scene.items())


def kpi_value(dock, key: str) -> object:
    """The number behind a key figure (the dock shows it in words and units)."""
    return next(row["value"] for row in dock.table("kpis").rows if row["kpi"] == key)


def test_badges_too_long_for_one_line_are_shown_one_a_line_and_whole(qtbot, window):
    from customer_modeler.editor.analysis_ui.highlights import BADGE_WIDTH, badge_font

    run(qtbot, window, "Where to Streamline")
    _, metrics = badge_font()
    items = window.analysis.layer.live_items()
    long = [item for item in items
            if metrics.horizontalAdvance(" · ".join(item.badges)) > BADGE_WIDTH]
    short = [item for item in items if len(item.badges) > 1 and item not in long]
    assert long and short
    for item in long:  # each badge on a line of its own, none cut
        assert item._badge_text.split("\n") == list(item.badges)
        assert item.boundingRect().height() > len(item.badges) * metrics.lineSpacing()
    for item in short:  # short badges share a line ("0.66 · handoff")
        assert item._badge_text == " · ".join(item.badges)


def test_the_models_runs_copy_share_what_no_edit_changed_and_keep_their_own_values(qtbot, window):
    # given the example as opened, run once
    controller, model = window.analysis, window.editor.model
    saved = controller.snapshot
    run(qtbot, window, "Scorecard")
    # when a step is renamed, the next run's copy copies that step afresh, shares the others
    window.editor.rename("T04", "Advice by video call")
    renamed = controller._copy()
    assert all(renamed.steps[key] is saved.steps[key] for key in model.steps if key != "T04")
    assert all(renamed.flows[key] is saved.flows[key] for key in model.flows)
    assert renamed.steps["T04"].name == "Advice by video call" != saved.steps["T04"].name
    # and after the undo the name is back in the next copy, while the one before keeps its own
    window.editor.undo_stack.undo()
    undone = controller._copy()
    assert undone.steps["T04"].name == saved.steps["T04"].name != "Advice by video call"
    assert renamed.steps["T04"].name == "Advice by video call"
    dock = run(qtbot, window, "What Does a System Change Do?")
    assert dock.outcome.note.startswith("No changes")


def _overlapping(boxes):
    """The pairs of badge boxes (element, QRectF in scene coordinates) that overlap."""
    return [(a, b) for i, (a, box) in enumerate(boxes) for b, other in boxes[i + 1:]
            if box.intersected(other).width() > 0 and box.intersected(other).height() > 0]


def test_badges_keep_clear_of_each_other_on_the_canvas_and_in_the_svg(qtbot, window):
    """A flow's badge at the middle of its route covered a step's badge ("0.66" under
    "8 % of customer time"): it now goes to the middle of another of its segments, on the
    canvas and in the SVG, PNG and PDF exports alike."""
    from lxml import etree
    from PySide6.QtCore import QRectF

    from customer_modeler.editor.canvas.export import svg_document
    from customer_modeler.editor.window.export_actions import svg_marks

    run(qtbot, window, "Where to Streamline")
    items = window.analysis.layer.live_items()
    boxes = [(item.element, item.mapRectToScene(item._badge_rect)) for item in items if item._badge_text]
    assert len(boxes) == 58 and _overlapping(boxes) == []
    # the flow whose middle was covered sits beside another of its segments
    flow = window.analysis.layer.item_of("F14")
    route = [point.toTuple() for point in window.scene.flow_items["F14"].points]
    middle = (len(route) - 2) // 2
    at_middle = ((route[middle][0] + route[middle + 1][0]) / 2 + 14, (route[middle][1] + route[middle + 1][1]) / 2)
    corner = flow.mapRectToScene(flow._badge_rect).topRight()
    assert (corner.x() - 6, corner.y() - 4) != at_middle
    # and the exported SVG places them alike
    svg = svg_document(window.editor.model, highlights=svg_marks(window.exports.highlights()))
    root = etree.fromstring(svg.encode())
    drawn = [(group.get("data-element-id"), QRectF(*(float(rect.get(k)) for k in ("x", "y", "width", "height"))))
             for group in root.iter("{http://www.w3.org/2000/svg}g")
             if group.get("class", "").startswith("highlight ")
             for rect in group.iter("{http://www.w3.org/2000/svg}rect") if rect.get("stroke") == "#ffffff"]
    assert len(drawn) == 58 and _overlapping(drawn) == []
    # and so does the picture of a PNG or PDF export (a fresh scene with the marks over it)
    from customer_modeler.editor.canvas.scene import ProcessScene
    from customer_modeler.editor.window.export_actions import mark_overlay

    fresh = ProcessScene(window.editor.model)
    mark_overlay(window.exports.highlights())(fresh)
    exported = [(item.element, item.mapRectToScene(item._badge_rect)) for item in fresh.items()
                if isinstance(item, MarkItem) and item._badge_text]
    assert len(exported) == 58 and _overlapping(exported) == []
    fresh.detach()


def test_marks_keep_their_fields_in_slots(qtbot, window):
    """A result marks every step and flow of a large model: a field added to a mark
    without a slot would give each a dictionary of its own (most of a kilobyte)."""
    run(qtbot, window, "Where to Streamline")
    items = window.analysis.layer.live_items()
    window.view.viewport().grab()  # painted: the halo's path is made
    assert items and all(vars(item) == {} for item in items), \
        [sorted(vars(item)) for item in items if vars(item)][:2]


def test_the_models_an_analysis_ran_on_go_once_it_has_run(qtbot, window, monkeypatch) -> None:
    import gc

    # given the copies of the model each run of the menu entry is given, watched
    copies = models_given(monkeypatch, analysis_jobs, "single_job", 1)
    # when Where to Streamline is chosen three times
    for _ in range(3):
        run(qtbot, window, "Where to Streamline")
    # then no copy is kept: each went with its run (Qt for Python keeps the runnables)
    gc.collect()
    assert len(copies) == 3 and all(copy() is None for copy in copies)
