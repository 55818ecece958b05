"""collection_paused: the cyclic collector waits during the block and runs as before after it."""

from __future__ import annotations

import gc

import pytest

from customer_modeler.gc_pause import collection_paused


def test_the_collector_waits_inside_and_comes_back_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with collection_paused():
            assert not gc.isenabled()
            with collection_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the inner block leaves the outer one's pause
            raise ValueError("the read failed")
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
