"""Running slow work off the GUI thread.

``run_in_background(fn, on_done, on_error)`` runs ``fn()`` in Qt's global
thread pool and calls ``on_done(result)`` or ``on_error(exception)`` back on
the GUI thread. The worker gets plain data (bind it into ``fn``), never widgets.

Tests make it synchronous, as Picard's ``FakeThreadPool`` does::

    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def _log_error(exc: BaseException) -> None:
    log.error("background task failed", exc_info=exc)


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals reach it through the event queue."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Done, on_error: Failed):
        super().__init__()
        self._on_done, self._on_error = on_done, on_error
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result) -> None:
        on_done = self._release()
        on_done(result)

    @Slot(object)
    def _deliver_error(self, exc) -> None:
        self._release(error=True)(exc)

    def _release(self, error: bool = False):
        """Forget the callbacks once one is due, so that a finished job keeps no widget alive."""
        _pending.discard(self)
        callback = self._on_error if error else self._on_done
        self._on_done = self._on_error = None
        return callback


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - any failure goes to on_error on the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


_pending: set[_Relay] = set()  # keeps relays alive until their callback has run


def run_in_thread_pool(fn: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
    """The default runner: ``fn`` on ``QThreadPool.globalInstance()``."""
    relay = _Relay(on_done, on_error)
    _pending.add(relay)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def run_synchronously(fn: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
    """The runner for tests: everything happens before this returns."""
    try:
        result = fn()
    except Exception as exc:  # noqa: BLE001 - as the thread-pool runner does
        on_error(exc)
    else:
        on_done(result)


runner: Callable[[Callable[[], Any], Done, Failed], None] = run_in_thread_pool


def run_in_background(fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
    """Run ``fn()`` with the current ``runner``; results come back on the GUI thread."""
    runner(fn, on_done, on_error or _log_error)


class Latest:
    """Background jobs of which only the newest one's answer counts: a page that asks again (another
    year chosen) before an older job finished never shows the older answer."""

    def __init__(self):
        self.count = 0

    def run(self, fn: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        self.count += 1
        mine = self.count
        run_in_background(fn, lambda result: mine == self.count and on_done(result),
                          lambda exc: mine == self.count and on_error(exc))


def set_runner(new_runner) -> Callable:
    """Replace the runner (tests: ``run_synchronously``); returns the previous one."""
    global runner
    previous, runner = runner, new_runner
    return previous


def wait_for_all(msecs: int = -1) -> bool:
    """Block until the thread pool is idle (the relays' callbacks still need the event loop)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
