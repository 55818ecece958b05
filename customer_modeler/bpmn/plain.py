"""BPMN layer: "BPMN for other tools" — our file without anything of our own namespace.

Some tools (strict validators, simulators) dislike foreign attributes even where the
schema allows them. The plain export drops every ``cpm:`` attribute and element and the
namespace declaration; everything else, other vendors' extensions included, stays.
"""

from __future__ import annotations

from lxml import etree

from customer_modeler.bpmn.namespaces import CPM, bpmn, split_tag
from customer_modeler.bpmn.safe_xml import parse_bytes
from customer_modeler.bpmn.seal import kept_or_dropped
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model.document import ProcessModel


BPSIM = "http://www.bpsim.org/schemas/2.0"


def write_plain_bpmn(model: ProcessModel, *, bpsim: bool = False) -> bytes:
    """The model as BPMN 2.0 without Customer Process Modeler attributes or extension data.

    With ``bpsim`` the branch probabilities go along as BPSim 2.0 ``Probability`` control
    parameters on the sequence flows, the form simulators read.
    """
    tree = parse_bytes(write_bpmn(model))
    for element in list(tree.getroot().iter()):
        if not isinstance(element.tag, str):
            continue
        if split_tag(element.tag)[0] == CPM:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
            continue
        for name in [k for k in element.attrib if split_tag(k)[0] == CPM]:
            del element.attrib[name]
    for ext in list(tree.getroot().iter(bpmn("extensionElements"))):
        parent = ext.getparent()
        if len(ext) == 0 and not (ext.text or "").strip() and parent is not None:
            parent.remove(ext)
    kept = {prefix: uri for prefix, uri in tree.getroot().nsmap.items() if prefix and uri != CPM}
    etree.cleanup_namespaces(tree, top_nsmap=kept)
    if bpsim:
        _add_bpsim(tree.getroot(), model)
    return kept_or_dropped(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))  # the seal is of our text


def _add_bpsim(root: etree._Element, model: ProcessModel) -> None:
    flows = [f for f in model.sequence_flows() if f.prob is not None]
    if not flows:
        return
    relationship = etree.Element(bpmn("relationship"), type="BPSimData")
    ext = etree.SubElement(relationship, bpmn("extensionElements"))
    data = etree.SubElement(ext, f"{{{BPSIM}}}BPSimData", nsmap={"bpsim": BPSIM})
    scenario = etree.SubElement(data, f"{{{BPSIM}}}Scenario", id="cpm_default", name="Branch probabilities")
    for flow in flows:
        parameters = etree.SubElement(scenario, f"{{{BPSIM}}}ElementParameters", elementRef=flow.id)
        control = etree.SubElement(parameters, f"{{{BPSIM}}}ControlParameters")
        probability = etree.SubElement(control, f"{{{BPSIM}}}Probability")
        etree.SubElement(probability, f"{{{BPSIM}}}FloatingParameter", value=repr(float(flow.prob or 0.0)))
    definitions_id = root.get("id", "")
    etree.SubElement(relationship, bpmn("source")).text = definitions_id
    etree.SubElement(relationship, bpmn("target")).text = definitions_id
    root.append(relationship)
