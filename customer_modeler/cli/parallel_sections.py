"""Command line: the sections of a large ``analyze --json`` report computed by two processes.

Once a model is prepared (engine, Monte Carlo run, scorecard), its sections no longer
depend on one another, and two groups of them take about as long: streamline with systems,
and fail points with failure demand (at 100,000 steps about 3.1 s and 2.5 s with their
JSON text, the child's pages copied as it touches them). On Linux, with a second core
free, :func:`sections_in_a_child` forks the process there: the child runs the second
group and sends each section through a pipe as the text ``--json`` writes there
(:class:`~customer_modeler.cli.json_text.Encoded`), while the parent runs the first. The
prepared model is shared copy-on-write, neither copied nor pickled.

The child only computes and writes to its pipe, then ends without Python's clean-up; the
parent is the one process that writes the output. Whatever goes wrong with the child (no
fork, an error, killed, silent for long), the parent runs those sections itself, so the
output is the same byte for byte, only later.
"""

from __future__ import annotations

import contextlib
import os
import signal
import struct
import sys
import threading
import time
from collections.abc import Callable, Mapping
from functools import partial
from typing import NoReturn

from customer_modeler.analysis.prepare import Prepared
from customer_modeler.analysis.report.full import run_analysis
from customer_modeler.cli.json_text import Encoded
from customer_modeler.cli.support import keep_to_the_end
from customer_modeler.model.document import ProcessModel

#: The sections the child runs; the parent runs the others meanwhile.
CHILD_SECTIONS = ("fail_points", "failure_demand")
#: From this many steps a second process pays for its start.
FORK_FROM = 5_000
#: How long the parent waits for the child once its own sections are done: this many
#: seconds, and twice the time its own sections took (the child's take about as long).
PATIENCE = 30.0
#: The pipe's buffer, as large as Linux lets a process ask without privileges.
PIPE_BYTES = 1 << 20
#: Each section's text goes through the pipe after its length in bytes.
_LENGTH = struct.Struct("<Q")


def worth_forking(model: ProcessModel) -> bool:
    """Whether this machine can fork and has a second core for us, and the model is large
    enough for a second process to pay."""
    return (sys.platform.startswith("linux") and len(model.steps) >= FORK_FROM
            and len(os.sched_getaffinity(0)) > 1)


def sections_in_a_child(prepared: Prepared) -> Mapping[str, Callable[[], object]]:
    """Start the child on :data:`CHILD_SECTIONS` (a ``full_report`` delegate): returns
    {section: what gives its text once the parent needs it}."""
    keep_to_the_end(prepared)  # its engine is freed with the process, not before
    child = _Child(prepared)
    return {name: partial(child.section, name) for name in CHILD_SECTIONS}


class _Child:
    """The forked process computing :data:`CHILD_SECTIONS`, as the parent sees it: a thread
    of the parent takes in what the child sends while the parent runs its own sections
    (the text of a 100,000-step journey's sections is 120 MB: 0.3 s through the pipe)."""

    def __init__(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.started = time.monotonic()
        self.received: dict[str, Encoded] | None = None
        self.chunks: list[bytes] = []
        self.pid = 0
        self.pipe = -1
        reading, writing = os.pipe()
        import fcntl  # here: the module is imported on every system, this runs on Linux only

        with contextlib.suppress(OSError):  # a larger pipe: fewer turns to send the text
            fcntl.fcntl(reading, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
            stream.flush()
        try:
            pid = os.fork()
        except OSError:  # no memory or processes left: the parent does it all
            os.close(reading)
            os.close(writing)
            return
        if pid == 0:
            os.close(reading)
            _run_child(prepared, writing)
        os.close(writing)
        self.pid, self.pipe = pid, reading
        self.taking_in = threading.Thread(target=self._take_in, name="sections-of-the-child",
                                          daemon=True)
        self.taking_in.start()

    def _take_in(self) -> None:
        """Read the pipe to its end: the child's exit, or its end when it is killed."""
        while chunk := os.read(self.pipe, PIPE_BYTES):
            self.chunks.append(chunk)

    def section(self, name: str) -> object:
        """The section's text from the child, or the section run here when the child
        did not deliver."""
        if self.received is None:
            self.received = self._receive()
        text = self.received.get(name)
        return text if text is not None else run_analysis(name, self.prepared)

    def _receive(self) -> dict[str, Encoded]:
        """Every section the child sent, or none when it did not end well in time."""
        if not self.pid:
            return {}
        self.taking_in.join(PATIENCE + 2 * (time.monotonic() - self.started))
        in_time = not self.taking_in.is_alive()
        if not in_time:
            os.kill(self.pid, signal.SIGKILL)  # its end of the pipe closes: the reading ends
            self.taking_in.join()
        os.close(self.pipe)
        _, status = os.waitpid(self.pid, 0)
        if not in_time or os.waitstatus_to_exitcode(status) != 0:
            return {}
        return _sections(memoryview(b"".join(self.chunks)))


def _sections(data: memoryview) -> dict[str, Encoded]:
    """The sections of the child's whole output, or none when it is not complete."""
    found: dict[str, Encoded] = {}
    at = 0
    for name in CHILD_SECTIONS:
        if at + _LENGTH.size > len(data):
            return {}
        (length,) = _LENGTH.unpack_from(data, at)
        at += _LENGTH.size
        found[name] = Encoded(bytes(data[at:at + length]))
        at += length
    return found if at == len(data) else {}


def _run_child(prepared: Prepared, pipe: int) -> NoReturn:
    """Compute every section, send them, then end at once with 0; 1 after any error,
    which the parent meets again when it runs the sections itself."""
    code = 1
    try:
        # Every text is made before any is sent, so that an error midway sends nothing.
        texts = [Encoded.of(run_analysis(name, prepared)).text for name in CHILD_SECTIONS]
        with open(pipe, "wb") as out:
            for text in texts:
                out.write(_LENGTH.pack(len(text)))
                out.write(text)
        code = 0
    finally:
        os._exit(code)  # the parent's clean-up and buffers are not the child's
