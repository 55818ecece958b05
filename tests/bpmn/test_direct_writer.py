"""The direct writer (``customer_modeler.bpmn.direct_writer``) writes, without a tree, the
very bytes the tree writer writes for a new document, and seals them; it declines every
model it cannot write so; and a file it wrote opens with no tree kept, while a file that
holds anything more keeps its tree and loses nothing on save.
"""

from __future__ import annotations

import gc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from customer_modeler.bpmn import reader
from customer_modeler.bpmn.direct_writer import DIRECT_KINDS, write_direct
from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.seal import sealed, unsealed_length
from customer_modeler.bpmn.source import SourceDocument
from customer_modeler.bpmn.writer import write_bpmn, write_through_tree
from customer_modeler.model import Flow, Lane, Pool, ProcessModel, Rect, Step
from customer_modeler.model.elements import Artifact, ModelInfo, Notation
from tests.bpmn.factories import journey_model
from tests.bpmn.model_strategies import exact_differences, random_models
from tests.bpmn.test_written_record import EDITS


def _tree_text(model: ProcessModel) -> bytes:
    """What the tree writer writes for the model as a new document (the model keeps no tree)."""
    model.origin = None
    try:
        return write_through_tree(model)
    finally:
        model.origin = None


def _sealed_tree_text(model: ProcessModel) -> bytes:
    """:func:`_tree_text` with the seal the direct writer puts after it."""
    return sealed(_tree_text(model))


def _unsealed(data: bytes) -> bytes:
    return data[:unsealed_length(data)[0]]


def _plain(model: ProcessModel, *, with_pool: bool) -> ProcessModel:
    """``model`` in the shape the direct writer writes: the editor's kinds."""
    for step in model.steps.values():
        if step.kind not in DIRECT_KINDS:
            step.kind, step.notation = "task", Notation()
    if not with_pool:
        model.pools.clear()
        for lane in model.lanes.values():
            lane.pool = None
    return model


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_models(), st.booleans())
def test_a_random_model_is_written_as_the_tree_writer_writes_it(model, with_pool):
    model = _plain(model, with_pool=with_pool)
    direct = write_direct(model)
    assert direct is not None
    assert direct == _sealed_tree_text(model)
    # and it reads back as the same model
    again, _ = read_bpmn(direct)
    assert exact_differences(model, again) == []


def test_every_part_of_the_shape_is_written_as_the_tree_writer_writes_it():
    model = ProcessModel("Ünïcode & <all> \"parts\"\tof\nit")
    model.add_lane(Lane("CUS", "Customer", "customer", bounds=Rect(0, 0, 900, 140), role_set=True))
    model.add_lane(Lane("UP", "Upright", bounds=Rect(0, 140, 140, 600), horizontal=False,
                        fixed_cost_per_year=12.5))
    model.add_lane(Lane("EMPTY", "", "partner", role_set=True))  # no steps, no bounds
    x = 40.0
    for kind in sorted(DIRECT_KINDS):
        model.add_step(Step(f"K_{kind}", kind, f"{kind} \r\n'x'", lane="CUS", bounds=Rect(x, 30, 36, 36),
                            label_bounds=Rect(x, 70, 50.5, 14), duration=1.0 / 3, systems=("A", "B")))
        x += 60
    model.add_step(Step("LOOSE", "task", "No lane, no bounds", extra={"duration": "soon"}))
    model.add_flow(Flow("D1", "K_exclusiveGateway", "K_task", is_default=True, condition="a < b & c\r",
                        waypoints=((1.0, 2.0), (3.25, 4.0)), label_bounds=Rect(1, 2, 3, 4), name="default"))
    model.add_flow(Flow("D2", "K_exclusiveGateway", "LOOSE", prob=0.25))
    model.add_flow(Flow("SELF", "LOOSE", "LOOSE", failure=True))
    model.info = ModelInfo(company="", time_unit="min")
    model.scenario["accounts"] = 1e20
    assert write_direct(model) == _sealed_tree_text(model)


def test_every_marker_is_written_as_the_tree_writer_writes_it():
    model = ProcessModel("Markers")
    notations = {
        "startEvent": Notation(event_definitions=("timer",), interrupting=False),
        "intermediateCatchEvent": Notation(event_definitions=("conditional", "message"), parallel_multiple=True),
        "intermediateThrowEvent": Notation(event_definitions=("link",)),
        "endEvent": Notation(event_definitions=("terminate",)),
        "userTask": Notation(loop="sequential", compensation=True),
        "task": Notation(loop="standard", triggered_by_event=True),
        "manualTask": Notation(loop="parallel", instantiate=True),
        "exclusiveGateway": Notation(event_gateway_type="parallel"),
    }
    for kind, notation in notations.items():
        model.add_step(Step(f"N_{kind}", kind, "a <b> & \"c\"", notation=notation))
    model.add_step(Step("Unnamed", "intermediateThrowEvent", notation=Notation(event_definitions=("link",))))
    model.add_flow(Flow("F1", "N_startEvent", "N_userTask", is_default=True))
    model.add_flow(Flow("F2", "N_intermediateCatchEvent", "N_userTask"))
    assert write_direct(model) == _sealed_tree_text(model)


def test_an_empty_model_is_written_as_the_tree_writer_writes_it():
    for model in (ProcessModel(""), ProcessModel("Only data")):
        assert write_direct(model) == _sealed_tree_text(model)
    with_pool = ProcessModel("Pool only")
    with_pool.add_pool(Pool("P", "Our company", with_pool.process_id))
    assert write_direct(with_pool) == _sealed_tree_text(with_pool)


def _declined_models() -> dict[str, ProcessModel]:
    cases = {}

    def case(name: str, change) -> None:
        model = _plain(journey_model(), with_pool=True)
        change(model)
        cases[name] = model

    case("a second pool", lambda m: m.add_pool(Pool("P2", "Partner", "Process_2")))
    case("a black-box pool", lambda m: setattr(m.pools["Org"], "process_id", None))
    case("a message flow", lambda m: m.add_flow(Flow("M1", "T1", "T2", message=True)))
    case("a boundary event", lambda m: m.update_step(
        "S0", notation=Notation(event_definitions=("timer",), attached_to="T1")))
    case("an event definition that is no XML name", lambda m: m.update_step(
        "S0", notation=Notation(event_definitions=("a b",))))
    case("a loop on an event", lambda m: m.update_step(
        "E1", notation=Notation(event_definitions=("message",), loop="standard")))
    case("a sub-process", lambda m: setattr(m.steps["T1"], "kind", "subProcess"))
    case("a step inside a sub-process", lambda m: setattr(m.steps["T2"], "container", "T1"))
    case("a nested lane", lambda m: setattr(m.lanes["ITS"], "parent", "SAL"))
    case("an annotation", lambda m: m.artifacts.update(
        {"A1": Artifact("A1", "textAnnotation", "Note", Rect(0, 0, 100, 30))}))
    case("an attribute of a later version", lambda m: m.update_step("T1", extra={"future_field": "1"}))
    case("a lane's unreadable value", lambda m: setattr(m.lanes["SAL"], "extra", {"role": "boss"}))
    case("an id that needs escaping", lambda m: m.add_step(Step('odd"id', "task")))
    case("a control character", lambda m: m.update_step("T1", name="bell\x07"))
    case("a scenario key that is no XML name", lambda m: m.scenario.update({"per year": 1.0}))
    return cases


@pytest.mark.parametrize("name", list(_declined_models()))
def test_what_only_the_tree_writer_writes_is_declined(name):
    model = _declined_models()[name]
    assert write_direct(model) is None
    if name in ("a control character", "a scenario key that is no XML name",
                "an event definition that is no XML name"):
        with pytest.raises(ValueError):  # lxml's refusal, as before
            write_bpmn(model)
        return
    write_bpmn(model)  # the tree writer writes it, and the model keeps that tree
    assert isinstance(model.origin, SourceDocument)


@settings(max_examples=40, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(random_models(), st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 99)), min_size=1, max_size=10))
def test_a_file_without_a_tree_saved_after_each_edit_is_what_the_tree_writer_writes(model, edits):
    model.name = model.name or "Journey"  # a file without a name keeps its tree (below)
    opened, _ = read_bpmn(write_bpmn(_plain(model, with_pool=True)), for_editing=True)
    assert opened.origin is None
    for n, (edit, pick) in enumerate(edits):
        steps = sorted(opened.steps)
        if not steps:
            break
        edit(opened, opened.steps[steps[pick % len(steps)]], n)
        saved = write_bpmn(opened)
        if opened.origin is not None:  # an edit only the tree writer writes (a later version's value)
            assert "future" in "".join(str(step.extra) for step in opened.steps.values())
            break
        assert saved == sealed(write_through_tree(opened.copy()))
        assert exact_differences(opened, read_bpmn(saved)[0]) == []


# -- reading -------------------------------------------------------------------------------
def _our_file() -> bytes:
    model = _plain(journey_model(), with_pool=True)
    data = write_bpmn(model)
    assert model.origin is None  # written without a tree
    return data


def test_the_tree_is_gone_before_its_memory_is_given_back(monkeypatch: pytest.MonkeyPatch) -> None:
    # given a file of ours read for editing, which keeps no tree
    alive_then: list[int] = []

    def count_trees_alive(model: ProcessModel) -> None:
        alive_then.append(sum(1 for thing in gc.get_objects() if isinstance(thing, reader._Reader)))

    monkeypatch.setattr(reader, "give_back_after", count_trees_alive)
    model, _ = read_bpmn(_our_file(), for_editing=True)
    # then nothing that holds the tree (the walk over it) was alive when its pages went back
    assert model.origin is None and alive_then == [0]


def test_a_file_the_direct_writer_wrote_opens_without_a_tree_and_saves_the_same_bytes():
    data = _our_file()
    model, warnings = read_bpmn(data, for_editing=True)
    assert not warnings and model.origin is None
    assert write_bpmn(model) == data
    # an edit is written as the tree writer writes the edited model
    model.update_step("T1", name="Research online", duration=20.0)
    for flow in model.flows_of("T2"):
        model.remove_flow(flow.id)
    model.remove_step("T2")
    edited = write_bpmn(model)
    assert model.origin is None and edited == _sealed_tree_text(model)
    assert read_bpmn(edited)[0].steps["T1"].name == "Research online"


@pytest.mark.parametrize("change", [
    pytest.param(lambda d: d.replace(b"<bpmn:process ", b"<!-- kept -->\n  <bpmn:process ", 1), id="a comment"),
    pytest.param(lambda d: d.replace(b'isExecutable="false"', b'isExecutable="true"', 1), id="an attribute"),
    pytest.param(lambda d: d.replace(b'<bpmn:task id="T1"', b'<bpmn:task xmlns:x="urn:x" x:colour="red" id="T1"', 1),
                 id="another tool's attribute"),
    pytest.param(lambda d: d.replace(b'exporterVersion="', b'exporterVersion="0.0.0-', 1), id="another version"),
])
def test_a_file_with_anything_more_than_the_model_keeps_its_tree_and_loses_nothing(change):
    data = change(_our_file())
    model, _ = read_bpmn(data, for_editing=True)
    assert isinstance(model.origin, SourceDocument)
    model.update_step("T1", name="Research online")
    saved = write_bpmn(model)
    assert saved.replace(b"Research online", b"Research on website") == _unsealed(data)  # a seal no longer true is left out


def test_a_file_without_a_name_keeps_its_tree_so_the_name_taken_from_its_file_is_not_written(tmp_path):
    from customer_modeler.bpmn.reader import read_bpmn_file

    model = _plain(journey_model(), with_pool=True)
    model.name = ""
    path = tmp_path / "untitled journey.bpmn"
    path.write_bytes(write_bpmn(model))
    opened = read_bpmn_file(path, for_editing=True).model
    assert opened.name == "untitled journey" and isinstance(opened.origin, SourceDocument)
    assert b'name="untitled journey"' not in write_bpmn(opened)


def test_a_file_read_only_to_be_read_keeps_its_tree():
    model, _ = read_bpmn(_our_file())
    assert isinstance(model.origin, SourceDocument)


def test_the_pages_of_a_dropped_tree_are_given_back_from_a_large_document(monkeypatch):
    from customer_modeler import free_memory

    asked: list[int] = []
    monkeypatch.setattr(free_memory, "give_back", lambda: asked.append(1) or True)
    data = _our_file()
    monkeypatch.setattr(free_memory, "GIVE_BACK_FROM", 10_000)
    read_bpmn(data, for_editing=True)
    assert asked == []  # a small document: the allocator's walk would cost more than it gives
    monkeypatch.setattr(free_memory, "GIVE_BACK_FROM", 5)
    read_bpmn(data, for_editing=True)
    assert asked == [1]
    read_bpmn(data.replace(b"<bpmn:process ", b"<!-- kept -->\n  <bpmn:process ", 1), for_editing=True)
    assert asked == [1]  # a tree kept: nothing freed


# -- the seal --------------------------------------------------------------------------------
def test_the_seal_is_the_sha256_of_the_text_before_it():
    import hashlib

    data = _our_file()
    text, seal = data.rsplit(b"\n<!-- ", 1)
    assert text.endswith(b"</bpmn:definitions>")
    assert seal == (b"SHA-256 of the text above, as Customer Process Modeler wrote it: "
                    + hashlib.sha256(text).hexdigest().encode() + b" -->\n")


def test_a_sealed_file_opens_without_a_tree_and_without_being_written_again(monkeypatch):
    from customer_modeler.bpmn import reader

    def no_second_write(*args):
        raise AssertionError("written again")

    monkeypatch.setattr(reader, "writes_back", no_second_write)
    model, warnings = read_bpmn(_our_file(), for_editing=True)
    assert not warnings and model.origin is None


def test_a_file_whose_seal_is_not_true_is_written_again_to_compare(monkeypatch):
    from customer_modeler.bpmn import reader

    data = _our_file()
    digest = unsealed_length(data)[1].encode()
    wrong = data.replace(digest, b"0" * 64)  # the text unchanged, its seal wrong
    assert unsealed_length(wrong)[1] == "0" * 64
    compared: list[int] = []
    writes_back = reader.writes_back
    monkeypatch.setattr(reader, "writes_back", lambda *args: compared.append(1) or writes_back(*args))
    model, _ = read_bpmn(wrong, for_editing=True)
    assert compared == [1] and model.origin is None  # the text is still the model's
    assert write_bpmn(model) == data  # and its save is sealed anew
    # without any seal too (a file of an earlier round of this version)
    model, _ = read_bpmn(_unsealed(data), for_editing=True)
    assert compared == [1, 1] and model.origin is None


def test_a_seal_still_true_is_kept_through_a_tree_and_a_stale_one_is_not():
    data = _our_file()
    model, _ = read_bpmn(data)  # read only: the tree is kept
    assert isinstance(model.origin, SourceDocument)
    assert write_bpmn(model) == data
    model.update_step("T1", name="Research online")
    saved = write_bpmn(model)
    assert b"SHA-256" not in saved
    assert saved == _unsealed(data).replace(b"Research on website", b"Research online")
