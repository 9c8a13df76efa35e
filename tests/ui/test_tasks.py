"""run_in_background: results and errors come back on the GUI thread."""

import threading

import pytest

from lcdesk.ui.widgets import tasks


def test_result_arrives_on_the_gui_thread(qtbot):
    worker_threads, got = [], []

    def work():
        worker_threads.append(threading.get_ident())
        return 42

    tasks.run_in_thread_pool(work, lambda r: got.append((r, threading.get_ident())), pytest.fail)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, threading.get_ident())]
    assert worker_threads[0] != threading.get_ident()


def test_error_arrives_on_the_gui_thread(qtbot):
    errors = []

    def work():
        raise ValueError("hỏng")

    tasks.run_in_thread_pool(work, pytest.fail, lambda exc: errors.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0][0], ValueError) and errors[0][1] == threading.get_ident()


def test_tests_can_make_it_synchronous(monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)
    got, errors = [], []
    tasks.run_in_background(lambda: "xong", got.append, errors.append)
    tasks.run_in_background(lambda: 1 / 0, got.append, errors.append)
    assert got == ["xong"]
    assert isinstance(errors[0], ZeroDivisionError)


def test_set_runner_returns_the_previous_one():
    previous = tasks.set_runner(tasks.run_synchronously)
    try:
        assert previous is tasks.run_in_thread_pool
    finally:
        tasks.set_runner(previous)
