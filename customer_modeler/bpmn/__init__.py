"""BPMN layer: safe reading and faithful writing of BPMN 2.0 XML (lxml; no Qt, no analysis).

``read_bpmn(data) -> ReadResult(model, warnings)`` and ``write_bpmn(model) -> bytes``.
"""
