"""One import of bundles off the GUI thread: progress n/N, Cancel after the current bundle.

``ImportRunner(home)`` runs ``lcdesk.core.office.inbox.run_import`` through
``lcdesk.ui.widgets.tasks`` (the worker opens its own store on ``home`` and gets only
paths); ``progressed(n, total, row)`` arrives on the GUI thread after each file,
``finished(run)`` at the end (``run.cancelled`` when Cancel stopped it), ``failed(exc)``.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from lcdesk.core.office import inbox
from lcdesk.ui.widgets import tasks


class ImportRunner(QObject):
    progressed = Signal(int, int, object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, home: str, parent: QObject | None = None):
        super().__init__(parent)
        self.home = str(home)
        self.running = False
        self._stop = threading.Event()

    def start(self, paths: list[str]) -> None:
        self.running = True
        self._stop.clear()
        home, stop, emit = self.home, self._stop, self.progressed.emit
        tasks.run_in_background(lambda: inbox.run_import(home, list(paths), emit, stop.is_set),
                                self._done, self._failed)

    def cancel(self) -> None:
        """Stop after the bundle being imported (each bundle is its own transaction)."""
        self._stop.set()

    def _done(self, run) -> None:
        self.running = False
        self.finished.emit(run)

    def _failed(self, exc) -> None:
        self.running = False
        self.failed.emit(exc)
