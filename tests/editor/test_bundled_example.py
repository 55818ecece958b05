"""The bundled examples are templates: they open without a lock and Save goes to Save As."""

from __future__ import annotations

from customer_modeler.editor.window.file_lock import is_bundled_example, lock_path
from customer_modeler.resources import example_path


def test_example_opens_read_only_without_a_lock_and_saves_elsewhere(window, tmp_path):
    example = example_path()
    lock = lock_path(example)
    before = lock.read_bytes() if lock.exists() else None  # another editor may have it open
    original = example.read_bytes()
    # when the example is opened and edited
    assert window.files.open(example)
    assert window.files.lock is None and window.files.read_only
    assert (lock.read_bytes() if lock.exists() else None) == before
    assert "is an example" in window.statusBar().currentMessage()
    step = next(s for s in window.editor.model.steps.values() if s.kind == "task")
    window.editor.rename(step.id, "Renamed in my copy")
    # then Save asks for a name of the user's own, and the example is untouched
    asked = []
    copy = tmp_path / "my-journey.bpmn"
    window.files.ask_path = lambda title, saving: asked.append(title) or str(copy)
    assert window.actions["save"].trigger() is None and asked == ["Save As"]
    assert example.read_bytes() == original
    assert b"Renamed in my copy" in copy.read_bytes()
    # and the copy is an ordinary document: locked while open
    assert window.files.path == copy and window.files.lock is not None and not window.files.read_only
    assert lock_path(copy).exists()


def test_only_the_shipped_examples_count_as_templates(tmp_path):
    copy = tmp_path / example_path().name
    copy.write_bytes(example_path().read_bytes())
    assert is_bundled_example(example_path())
    assert not is_bundled_example(copy)
