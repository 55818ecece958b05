"""Editor layer: :class:`AnalysisRunner` runs analysis jobs in a worker thread.

A job is a plain callable returning an :class:`~customer_modeler.editor.analysis_ui.jobs.
Outcome`; it gets copies of the models, so the user keeps editing while it runs. One
worker thread runs the jobs in turn; asking for a new one drops the queued ones, and
the outcome of a job that a newer one has replaced is not delivered. An exception in a
job becomes an outcome with ``error`` set (logged, never a dialog).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from customer_modeler.editor.analysis_ui.jobs import FileRefused, Outcome, timed
from customer_modeler.editor.module_sources import forget_module_sources
from customer_modeler.gc_pause import collection_paused, job_running

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a finished job's outcome back to the GUI thread (a queued signal)."""

    done = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ticket: int, job: Callable[[], Outcome], key: str, title: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its outcome is delivered
        self.ticket, self.job, self.key, self.title = ticket, job, key, title
        self.relay = _Relay()

    def run(self) -> None:
        # Qt for Python keeps a runnable the pool does not delete alive for good: it must
        # not keep the job, whose closure holds the copies of the models it analysed
        # (5 MB more after every analysis of a 10,000-step journey).
        job, self.job = self.job, _ran
        try:
            # Its objects are not frozen while it runs, and the collector waits until it
            # ends (each of its passes would otherwise be followed by a walk of all the
            # young objects it keeps): see gc_pause.
            with job_running(), collection_paused():
                outcome = timed(job)
        except FileRefused as refusal:
            outcome = Outcome(self.key, self.title, "", error=str(refusal))
        except Exception as error:  # noqa: BLE001 - any failure becomes a message in the dock
            log.exception("analysis %s failed", self.key)
            outcome = Outcome(self.key, self.title, "", error=QCoreApplication.translate(
                "AnalysisRunner", "The analysis failed: {error}").format(
                    error=f"{type(error).__name__}: {error}"))
        # The first run imported the engine (numpy, networkx), whose sources Qt for Python's
        # import hook read into linecache (17 MB, see module_sources).
        forget_module_sources()
        self.relay.done.emit(self.ticket, outcome)


def _ran() -> Outcome:
    raise RuntimeError("an analysis job runs once")


class AnalysisRunner(QObject):
    """Runs one analysis job at a time off the GUI thread.

    Signals
    -------
    started(str)
        The title of the job that was asked for.
    finished(object, int)
        Its :class:`Outcome` and the ticket :meth:`run` returned.
    """

    started = Signal(str)
    finished = Signal(object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: dict[int, _Job] = {}
        self._ticket = 0

    @property
    def busy(self) -> bool:
        """A job was asked for and its outcome has not arrived yet."""
        return self._ticket in self._jobs

    def run(self, key: str, title: str, job: Callable[[], Outcome]) -> int:
        """Queue ``job`` (replacing any queued one); return its ticket."""
        self._drop_queued()  # queued jobs that have not started are not wanted any more
        self._ticket += 1
        runnable = _Job(self._ticket, job, key, title)
        runnable.relay.done.connect(self._done)
        self._jobs[self._ticket] = runnable
        self.started.emit(title)
        self.pool.start(runnable)
        return self._ticket

    def cancel(self) -> None:
        """Forget the job asked for last: its outcome will not be delivered."""
        self._drop_queued()
        self._ticket += 1

    def _drop_queued(self) -> None:
        """Take the jobs that have not started off the queue, and let go of them at once:
        each holds the copies of its models, and no later job may come to free them."""
        for ticket, runnable in list(self._jobs.items()):
            if self.pool.tryTake(runnable):
                runnable.job = _ran  # Qt for Python may keep the runnable (see _Job.run)
                del self._jobs[ticket]

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (tests, closing the window)."""
        return self.pool.waitForDone(msecs)

    def _done(self, ticket: int, outcome: Outcome) -> None:
        self._jobs.pop(ticket, None)
        if ticket == self._ticket:
            self.finished.emit(outcome, ticket)
