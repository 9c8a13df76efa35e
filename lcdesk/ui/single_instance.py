"""One window per data folder; a second start hands its file to the first one.

How it fits together (``lcdesk/__main__.py`` and ``lcdesk/ui/app.py``):

1. The window's process holds the data folder's lock (``lcdesk.folder_lock``) for as long
   as it runs; the lock is the operating system's, so a crashed first process never
   leaves a lock that blocks.
2. Once its window exists, that process listens on a local socket (``QLocalServer``: a
   named pipe on Windows, a Unix socket elsewhere) whose name is derived from the data
   folder and the user (``server_name``), so that two data folders, or two users of one
   machine, never meet.
3. A second ``lcdesk [FILE]`` on the same folder finds the lock taken, sends one line to
   that socket (``{"open": "/absolute/path" | null}``), waits for ``ok``, and exits with
   status 0 without ever opening the database (``hand_over``).
4. The first process brings its window forward (``activation_requested``) and emits
   ``file_received(str path)`` for the file, if any.

**The seam.** ``InstanceServer.file_received`` is the one signal for files that arrive
from outside: ``run_gui`` connects it to the officer window's ``open_file`` (which opens a
``.lcp``, and explains a ``.lcb``); the office desk connects its inbox to it (``.lcb``
bundles, ``.lcr`` enrolment requests). Files given to the first start arrive through
``window.start(open_file)`` as before; files dropped on the window through its drop event.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

# QtNetwork (~0.03 s to import) loads when the server starts listening, after the first
# window is painted, or when a second start hands its file over.

HAND_OVER_WAIT_SECONDS = 15.0  # the first process may still be starting (store, window)
_REPLY = b"ok\n"


def server_name(home: str | os.PathLike) -> str:
    """The local socket's name for a data folder: the same for every start on that folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (containers)
        user = str(getattr(os, "getuid", lambda: "")())
    folder = os.path.normcase(str(Path(home).resolve()))
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"lcdesk-{digest}"


class InstanceServer(QObject):
    """Listens for later starts on the same data folder (see the module's docstring)."""

    file_received = Signal(str)
    activation_requested = Signal()

    def __init__(self, home: str | os.PathLike, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(home)
        self.server = None

    def listen(self) -> bool:
        """Start listening. Call only while holding the folder lock: a socket left behind by
        a crashed process is removed first, and nobody else may be listening."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is None:
            self.server = QLocalServer(self)
            self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self.server.newConnection.connect(self._on_new_connection)
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        if self.server is not None:
            self.server.close()

    def _on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or not socket.canReadLine():
            if isinstance(socket, QLocalSocket) and socket.bytesAvailable() > 65536:
                socket.abort()  # not one of ours
            return
        line = bytes(socket.readLine(65536)).rstrip(b"\n")
        socket.write(_REPLY)
        socket.flush()
        self._deliver(line)

    def _deliver(self, line: bytes) -> None:
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return
        if not isinstance(message, dict):
            return
        self.activation_requested.emit()
        path = message.get("open")
        if isinstance(path, str) and path:
            self.file_received.emit(path)


def hand_over(home: str | os.PathLike, open_file: str | None, wait: float = HAND_OVER_WAIT_SECONDS) -> bool:
    """Give ``open_file`` (or just "come forward") to the window already running on ``home``.

    True when that window answered; False when nobody listens within ``wait`` seconds
    (the folder is held by a CLI command, or the first process hangs)."""
    path = str(Path(open_file).resolve()) if open_file else None
    message = json.dumps({"open": path}, ensure_ascii=False).encode("utf-8") + b"\n"
    _allow_foreground()
    deadline = time.monotonic() + wait
    while True:
        if _send(server_name(home), message):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)


def _send(name: str, message: bytes) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(1000):
        return False
    try:
        socket.write(message)
        socket.waitForBytesWritten(2000)
        reply = b""
        while _REPLY not in reply and socket.waitForReadyRead(3000):
            reply += bytes(socket.readAll())
        return _REPLY in reply
    finally:
        socket.disconnectFromServer()


def _allow_foreground() -> None:
    """Windows lets only the foreground process raise a window: let the first one do it."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY


def bring_forward(window) -> None:
    """Show ``window`` (restored if minimised) above the others, with the keyboard focus."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
