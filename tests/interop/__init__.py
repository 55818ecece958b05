"""bpmn.io interoperability tests (Node: bpmn-moddle, bpmnlint)."""
