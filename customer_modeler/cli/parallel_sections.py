"""Command line: a large ``analyze --json`` report made by three processes.

Once a model is prepared (engine, Monte Carlo run, scorecard), its sections no longer
depend on one another, and two groups of them take about as long: streamline with
systems, and fail points with failure demand. Nor does any section need the file's
diagram, whose reading only adds warnings to the report (``reader.read_diagram``: more
than a second at 100,000 steps). On Linux, with a second core free, :class:`Children`
forks the process twice: once the file is read up to its diagram, a child reads the
diagram while the parent prepares the model; once it is prepared, a child runs the second
group while the parent runs the first. Each child sends its results through a pipe as the
text ``--json`` writes there (:class:`~customer_modeler.cli.json_text.Encoded`). The
model and its tree are shared copy-on-write, neither copied nor pickled.

A child only computes and writes to its pipe, then ends without Python's clean-up; the
parent is the one process that writes the output. Whatever goes wrong with a child (no
fork, an error, killed, silent for long), the parent does the child's part itself, so the
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
from customer_modeler.bpmn.reader import ReadResult, read_diagram
from customer_modeler.cli.json_text import Encoded
from customer_modeler.cli.support import keep_to_the_end
from customer_modeler.model.document import ProcessModel

#: The sections the second child runs; the parent runs the others meanwhile.
CHILD_SECTIONS = ("fail_points", "failure_demand")
#: The report's entry the diagram's child fills: the warnings of reading the whole file.
READER_WARNINGS = "reader_warnings"
#: From this many steps a second process pays for its start.
FORK_FROM = 5_000
#: How long the parent waits for a child once its own work is done: this many seconds,
#: and twice the time since the fork (the child's part takes about as long as the parent's).
PATIENCE = 30.0
#: The pipe's buffer, as large as Linux lets a process ask without privileges.
PIPE_BYTES = 1 << 20
#: Each result's text goes through the pipe after its length in bytes.
_LENGTH = struct.Struct("<Q")

Job = Callable[[], object]


def worth_forking(model: ProcessModel) -> bool:
    """Whether this machine can fork and has a second core for us, and the model is large
    enough for a second process to pay."""
    return (sys.platform.startswith("linux") and len(model.steps) >= FORK_FROM
            and len(os.sched_getaffinity(0)) > 1)


class Children:
    """The two children's part of the report of a file read with ``diagram_later``: one reads
    the diagram for the :data:`READER_WARNINGS` while the parent prepares the model
    (:meth:`reader_warnings`), one runs the :data:`CHILD_SECTIONS` once it is prepared
    (:meth:`sections`, the ``full_report`` delegate)."""

    def __init__(self, opened: ReadResult) -> None:
        self.opened = opened
        self.reading = _Child({READER_WARNINGS: self._warnings_of_the_whole_file})

    def sections(self, prepared: Prepared) -> Mapping[str, Job]:
        """Start the sections' child, now that the model is prepared: returns {section:
        what gives its text once the parent needs it}."""
        keep_to_the_end(prepared)  # its engine is freed with the process, not before
        child = _Child({name: partial(run_analysis, name, prepared) for name in CHILD_SECTIONS})
        return {name: partial(child.result, name) for name in CHILD_SECTIONS}

    def reader_warnings(self) -> object:
        """The report's list of the file's warnings: the child's text, or made here when
        the child did not deliver."""
        return self.reading.result(READER_WARNINGS)

    def _warnings_of_the_whole_file(self) -> list[dict[str, object]]:
        read_diagram(self.opened)
        return [warning.as_dict() for warning in self.opened.warnings]


class _Child:
    """A forked process doing ``jobs``, as the parent sees it: a thread of the parent takes
    in what the child sends while the parent does its own work (the text of a
    100,000-step journey's sections is 120 MB: 0.3 s through the pipe)."""

    def __init__(self, jobs: Mapping[str, Job]) -> None:
        self.jobs = jobs
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
            _run_child(jobs, writing)
        os.close(writing)
        self.pid, self.pipe = pid, reading
        self.taking_in = threading.Thread(target=self._take_in, name="results-of-the-child",
                                          daemon=True)
        self.taking_in.start()

    def _take_in(self) -> None:
        """Read the pipe to its end: the child's exit, or its end when it is killed."""
        while chunk := os.read(self.pipe, PIPE_BYTES):
            self.chunks.append(chunk)

    def result(self, name: str) -> object:
        """The job's text from the child, or the job done here when the child did not
        deliver."""
        if self.received is None:
            self.received = self._receive()
        text = self.received.get(name)
        return text if text is not None else self.jobs[name]()

    def _receive(self) -> dict[str, Encoded]:
        """Every result the child sent, or none when it did not end well in time."""
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
        return _results(memoryview(b"".join(self.chunks)), list(self.jobs))


def _results(data: memoryview, names: list[str]) -> dict[str, Encoded]:
    """The results named ``names`` in the child's whole output, or none when it is not
    complete."""
    found: dict[str, Encoded] = {}
    at = 0
    for name in names:
        if at + _LENGTH.size > len(data):
            return {}
        (length,) = _LENGTH.unpack_from(data, at)
        at += _LENGTH.size
        found[name] = Encoded(bytes(data[at:at + length]))
        at += length
    return found if at == len(data) else {}


def _run_child(jobs: Mapping[str, Job], pipe: int) -> NoReturn:
    """Do every job, send the results, then end at once with 0; 1 after any error, which
    the parent meets again when it does the jobs itself."""
    code = 1
    try:
        # Every text is made before any is sent, so that an error midway sends nothing.
        texts = [Encoded.of(job()).text for job in jobs.values()]
        with open(pipe, "wb") as out:
            for text in texts:
                out.write(_LENGTH.pack(len(text)))
                out.write(text)
        code = 0
    finally:
        os._exit(code)  # the parent's clean-up and buffers are not the child's
