"""One lcdesk process at a time writes to a data folder: the lock file ``lcdesk.lock``.

The lock is an operating-system lock on the open file (``flock`` on Linux and macOS,
``LockFileEx`` through ``msvcrt.locking`` on Windows), not the file's existence: when
the process holding it ends, crashed or killed, the system releases it, so a stale
``lcdesk.lock`` never blocks anyone. The file's text says who holds it
(``gui <pid>`` or ``cli <pid> <command>``) so that the next process can say so in
plain words; on Windows the locked byte lies far beyond that text, which therefore
stays readable.

Who takes it (``lcdesk/__main__.py``):

- the window (``lcdesk``, ``lcdesk FILE``, ``lcdesk --demo``) for as long as it runs; a
  second start finds it taken and hands its file to the first window
  (``lcdesk.ui.single_instance``) instead of opening the database;
- a CLI command that writes (everything not in ``READ_ONLY_COMMANDS``) for as long as it
  runs. While the window holds the lock, a writing command is refused with
  ``FolderBusyError`` (exit status 2, Vietnamese and English message) before it opens
  anything; while another command holds it, it waits up to ``CLI_WAIT_SECONDS``.
- a read-only command (``READ_ONLY_COMMANDS``) never takes it; when someone else holds
  it, the command opens the store read-only (``PRAGMA query_only``), so that even a
  mis-classified command cannot write behind the holder's back.

Qt-free: the CLI uses it without loading Qt.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from lcdesk.core.errors import LcdeskError

LOCK_NAME = "lcdesk.lock"
GUI, CLI = "gui", "cli"
CLI_WAIT_SECONDS = 30.0
_WINDOWS_LOCK_OFFSET = 1 << 20  # the locked byte, far past the holder's text

# Commands that only read the database: "<command> <action>" (or "<command>").
# A command missing here counts as writing, the safe default; add read-only ones here.
READ_ONLY_COMMANDS = frozenset({
    "catalog list", "catalog show", "catalog export", "units", "office values", "backup",
    "office evidence", "office officers", "office catalogs", "office quarantine",
})


class FolderBusyError(LcdeskError):
    """Another lcdesk process uses this data folder for writing."""


def command_name(args) -> str:
    """``"office import"`` for ``lcdesk office import …``: the command and its action."""
    action = next((v for k, v in sorted(vars(args).items()) if k.endswith("_command") and v), None)
    return f"{args.command} {action}" if action else str(args.command)


def is_read_only(args) -> bool:
    if getattr(args, "import_file", None):  # units --import
        return False
    return command_name(args) in READ_ONLY_COMMANDS


class FolderLock:
    """The lock of one data folder, held by this process until ``release``."""

    def __init__(self, home: str | os.PathLike):
        self.path = Path(home) / LOCK_NAME
        self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def try_acquire(self, holder: str) -> bool:
        """Take the lock now if free (``holder``: "gui" or "cli <command>"); never waits."""
        if self._file is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        if not _lock(handle):
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{holder.split()[0]} {os.getpid()} {' '.join(holder.split()[1:])}".strip().encode())
        handle.flush()
        self._file = handle
        return True

    def acquire(self, holder: str, wait: float = 0.0) -> bool:
        """Take the lock, trying again for up to ``wait`` seconds."""
        deadline = time.monotonic() + wait
        while not self.try_acquire(holder):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
        return True

    def holder(self) -> tuple[str, int | None]:
        """Who holds the lock, as its file says: ("gui" | "cli" | "", pid)."""
        try:
            words = self.path.read_bytes()[:200].decode("utf-8", "replace").split()
        except OSError:
            return "", None
        kind = words[0] if words and words[0] in (GUI, CLI) else ""
        pid = int(words[1]) if len(words) > 1 and words[1].isdigit() else None
        return kind, pid

    def release(self) -> None:
        if self._file is None:
            return
        handle, self._file = self._file, None
        try:
            handle.seek(0)
            handle.truncate()
            _unlock(handle)
        finally:
            handle.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release()


def busy_error(lock: FolderLock) -> FolderBusyError:
    """The refusal a writing command gets while another process holds the folder."""
    kind, pid = lock.holder()
    if kind == GUI:
        return FolderBusyError(
            f"Cửa sổ lcdesk đang mở trên thư mục dữ liệu này (tiến trình {pid}). Lệnh này ghi vào cơ sở dữ liệu, "
            "nên không chạy song song với cửa sổ: hãy đóng cửa sổ lcdesk rồi chạy lại lệnh. "
            "Các lệnh chỉ đọc (catalog list/show/export, units, office values, backup) vẫn dùng được.",
            f"The lcdesk window is open on this data folder (process {pid}). This command writes to the database "
            "and does not run beside the window: close the window and run the command again. Read-only "
            "commands (catalog list/show/export, units, office values, backup) still work.",
        )
    return FolderBusyError(
        f"Một lệnh lcdesk khác đang ghi vào thư mục dữ liệu này (tiến trình {pid}). Hãy chờ lệnh đó xong rồi chạy lại.",
        f"Another lcdesk command is writing to this data folder (process {pid}). Wait until it ends and try again.",
    )


if sys.platform == "win32":
    import msvcrt

    def _lock(handle) -> bool:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
