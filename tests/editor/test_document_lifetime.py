"""A document opened in place of another: the old one is let go entirely (its gestures no
longer answer the view, its memory is freed), and the open document's objects are kept
out of the garbage collector's walks without keeping a closed one's: a large closed
document is collected before anything is frozen again, small ones once they add up."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QPointF

from customer_modeler import gc_pause
from customer_modeler.bpmn.writer import save_bpmn_file
from tests.editor import gestures as g
from tests.editor.factory import make_model


def open_through_the_menu(window, path) -> None:  # noqa: ANN001
    window.files.ask_path = lambda title, saving: str(path)
    window.actions["open"].trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_opening_another_file_frees_the_previous_document(window, tmp_path, monkeypatch):
    monkeypatch.setattr(gc_pause, "WAIT_BELOW", 1)  # the small journey counts as large
    path = tmp_path / "other.bpmn"
    save_bpmn_file(make_model(), path)
    previous = weakref.ref(window.editor.model)
    open_through_the_menu(window, path)
    assert window.files.path == path
    gc.collect()
    assert previous() is None


def test_a_palette_drop_after_opening_another_file_adds_one_step_to_it(window, tmp_path):
    path = tmp_path / "other.bpmn"
    save_bpmn_file(make_model(), path)
    previous = window.editor.model
    steps_before = set(previous.steps)
    open_through_the_menu(window, path)
    model = window.editor.model
    assert model is not previous
    g.drop_mime(window.view, window.palette.mime_for("touchpoint:phone"), QPointF(300, 240))
    assert len(model.steps) == len(steps_before) + 1
    assert set(previous.steps) == steps_before  # the closed document was not edited
    assert window.editor.undo_stack.count() == 1


def test_an_open_document_is_kept_out_of_the_collectors_walks_and_a_closed_one_is_freed(
        window, qtbot, tmp_path, monkeypatch):
    """Left to the event loop, as in use: the new document's objects are frozen (a full
    collection no longer walks them) and the previous document is freed by the collection
    made before that, with no collection asked for here."""
    monkeypatch.setattr(gc_pause, "WAIT_BELOW", 1)
    path = tmp_path / "other.bpmn"
    save_bpmn_file(make_model(), path)
    previous = weakref.ref(window.editor.model)
    window.files.ask_path = lambda title, saving: str(path)
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: previous() is None, timeout=5000)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    assert gc.get_freeze_count() > 10 * len(window.editor.model.steps)
    window.close()  # the document closes: everything goes back under the collector
    assert gc.get_freeze_count() == 0


def test_a_small_closed_document_waits_for_a_later_collection_and_is_not_lost(window, tmp_path):
    """Frozen with the rest when the new document settles (no full walk is paid for it),
    it is freed once the collector gets everything back."""
    path = tmp_path / "other.bpmn"
    save_bpmn_file(make_model(), path)
    previous = weakref.ref(window.editor.model)
    open_through_the_menu(window, path)
    assert gc.get_freeze_count() > 0
    window.close()
    gc.collect()
    assert previous() is None
