"""Editor layer: the Qt desktop editor (window, scene, items, commands, docks, dialogs).

The only package that imports PySide6. Every edit goes through the façade
:class:`~customer_modeler.editor.editing.facade.DiagramEditor` as one undo command that changes
the model; :class:`~customer_modeler.editor.canvas.scene.ProcessScene` mirrors the model
through its change events; graphics items only paint.
"""
