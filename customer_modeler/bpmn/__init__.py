"""BPMN layer: safe reading and faithful writing of BPMN 2.0 XML (lxml; no Qt, no analysis).

``read_bpmn(data) -> ReadResult(model, warnings)`` and ``write_bpmn(model) -> bytes``;
``read_bpmn_file`` / ``save_bpmn_file`` do the same with files (saving is atomic).
"""

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.reader import ReadResult, read_bpmn, read_bpmn_file
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.bpmn.writer import save_bpmn_file, write_bpmn

__all__ = ["BpmnReadError", "ReadResult", "ReadWarning", "read_bpmn", "read_bpmn_file",
           "save_bpmn_file", "write_bpmn"]
