"""The editor refuses a save over the reader's size cap with a plain message."""

from __future__ import annotations

from customer_modeler.bpmn import safe_xml


def test_the_window_says_why_a_too_big_save_was_refused(window, tmp_path, monkeypatch):
    path = tmp_path / "journey.bpmn"
    window.files.ask_path = lambda title, saving: str(path)
    window.editor.rename(next(iter(window.editor.model.steps)), "Changed")
    monkeypatch.setattr(safe_xml, "MAX_BYTES", 1000)
    window.actions["save"].trigger()
    assert not path.exists() and window.isWindowModified()
    assert len(window.errors) == 1
    assert window.errors[0].startswith("journey.bpmn: The model would make a file of ")
    assert window.errors[0].endswith("more than the 1,000 bytes this program opens; nothing was saved.")
