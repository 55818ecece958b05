"""Test helpers: a journey file as another tool wrote it (vendor data the model does not
know), the window of a test opened on it, and the bytes a save of an edit would write."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.bpmn.writer import write_bpmn
from tests.editor.factory import make_model

VENDOR = "urn:example:vendor"


def foreign_journey() -> bytes:
    """The small journey with a vendor attribute, a vendor extension and a comment."""
    root = etree.fromstring(write_bpmn(make_model()))
    root.set("exporter", "Other Tool")
    task = root.find(".//{*}task[@id='T_call']")
    task.set(f"{{{VENDOR}}}colour", "#ffcc00")
    quote = root.find(".//{*}task[@id='T_quote']")
    extensions = etree.Element(quote.tag.replace("task", "extensionElements"))
    etree.SubElement(extensions, f"{{{VENDOR}}}note", owner="Team B").text = "kept as is"
    quote.insert(0, extensions)
    root.find(".//{*}process").insert(0, etree.Comment(" written by Other Tool "))
    etree.cleanup_namespaces(root, top_nsmap={"vendor": VENDOR})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def saved_after(path: Path, edit) -> tuple[object, bytes]:  # noqa: ANN001
    """The model and bytes a save would give after opening ``path`` and doing ``edit(editor)``."""
    from customer_modeler.editor.editing.facade import DiagramEditor

    model = read_bpmn_file(path).model
    edit(DiagramEditor(model))
    return model, write_bpmn(model)


def open_window(qtbot, path: Path | None = None):  # noqa: ANN001
    """A main window whose dialogs are test answers (``asked`` records each question)."""
    from customer_modeler.editor.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.asked = []
    window.errors = []
    window.files.ask_save_changes = lambda: "discard"
    window.files.show_error = lambda title, text: window.errors.append(text)
    window.files.ask_path = lambda title, saving: window.asked.append(("path", title)) or None
    window.files.ask_locked = lambda name, holder: window.asked.append(("locked", holder)) or "cancel"
    window.files.ask_changed_on_disk = (
        lambda name, saving: window.asked.append(("changed", saving)) or "cancel")
    if path is not None:
        assert window.files.load(path)
    return window
