"""One process per data folder: the lock, the hand-over to the running window, the CLI beside it.

Every test here uses real second processes (``sys.executable -m lcdesk``), because what
is proved is what happens between processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from lcdesk.folder_lock import FolderLock
from lcdesk.ui.single_instance import InstanceServer, server_name

HOLD_LOCK = """
import sys, time
from lcdesk.folder_lock import FolderLock
lock = FolderLock(sys.argv[1])
assert lock.try_acquire("gui")
print("held", flush=True)
time.sleep(60)
"""


def _env():
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}


def _lcdesk(home, *args, timeout=60):
    return subprocess.run([sys.executable, "-m", "lcdesk", "--home", str(home), *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=_env(), timeout=timeout)


def _wait_until(predicate, seconds=90.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_a_lock_left_by_a_killed_process_does_not_block(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        lock = FolderLock(tmp_path)
        assert not lock.try_acquire("gui")
        assert lock.holder() == ("gui", holder.pid)
    finally:
        holder.kill()  # no clean-up: the lock file stays behind, as after a crash
        holder.wait()
    assert (tmp_path / "lcdesk.lock").exists()
    assert lock.try_acquire("gui")
    lock.release()


def test_server_names_differ_per_data_folder_and_stay_the_same_per_folder(tmp_path):
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


def test_a_second_start_hands_its_file_to_the_running_window_and_never_opens_the_database(qtbot, tmp_path):
    lock = FolderLock(tmp_path)
    assert lock.try_acquire("gui")
    server = InstanceServer(tmp_path)
    try:
        assert server.listen()
        target = tmp_path / "hồ sơ cấu hình.lcp"
        target.write_bytes(b"x")
        second = subprocess.Popen([sys.executable, "-m", "lcdesk", "--home", str(tmp_path), str(target)], env=_env(),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        with qtbot.waitSignal(server.activation_requested, timeout=30000):
            with qtbot.waitSignal(server.file_received, timeout=30000) as received:
                pass
        assert second.wait(30) == 0, second.stderr.read().decode()
        assert received.args == [str(target.resolve())]
    finally:
        server.close()
        lock.release()
    assert not (tmp_path / "lcdesk.db").exists()


@pytest.fixture
def running_window(tmp_path):
    """A real ``lcdesk`` window process (offscreen) on a fresh data folder."""
    home = tmp_path / "home"
    proc = subprocess.Popen([sys.executable, "-m", "lcdesk", "--verbose", "--home", str(home)], env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    lock = FolderLock(home)
    try:
        assert _wait_until(lambda: lock.holder()[0] == "gui" and (home / "lcdesk.db").exists()), "the window never started"
        yield home, proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stderr.close()


def test_the_cli_refuses_to_write_beside_the_window_but_reads(running_window, tmp_path):
    home, window = running_window
    refused = _lcdesk(home, "office", "init", "--city", "01", "--catalog", "hanoi-2025")
    assert refused.returncode == 2
    assert "Cửa sổ lcdesk đang mở trên thư mục dữ liệu này" in refused.stderr
    assert f"tiến trình {window.pid}" in refused.stderr
    as_json = _lcdesk(home, "enter", "--unit", "00004", "--period", "2025", "--indicator", "1.1.1.a",
                      "--measure", "value", "--value", "1", "--json")
    assert as_json.returncode == 2 and "đang mở" in json.loads(as_json.stdout)["error_vi"]
    listed = _lcdesk(home, "catalog", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {c["id"] for c in json.loads(listed.stdout)} >= {"hanoi-2025"}
    # Nothing was written: the window's installation still has no role.
    import sqlite3

    conn = sqlite3.connect(f"file:{home / 'lcdesk.db'}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM settings WHERE key = 'role'").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_second_window_start_brings_the_first_forward_with_its_file(running_window, tmp_path):
    home, window = running_window
    target = tmp_path / "cấu hình.lcp"
    target.write_bytes(b"not a provisioning file")
    second = _lcdesk(home, target, timeout=60)
    assert second.returncode == 0, second.stderr
    assert window.poll() is None  # the first window still runs
    window.send_signal(signal.SIGTERM if sys.platform != "win32" else signal.CTRL_BREAK_EVENT)
    window.wait(30)
    assert f"file handed over by a later start: {target.resolve()}" in window.stderr.read()


def test_after_the_window_is_killed_the_cli_writes_again(running_window):
    home, window = running_window
    window.kill()
    window.wait()
    done = _lcdesk(home, "office", "init", "--city", "01", "--catalog", "hanoi-2025")
    assert done.returncode == 0, done.stderr
