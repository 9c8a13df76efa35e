"""Evidence files (minh chứng) on the form: add, drop, open, remove, undo, the 20 MB warning."""
# ruff: noqa: F811 - test parameters are the fixtures imported from form_helpers

import hashlib
from pathlib import Path

from form_helpers import (  # noqa: F401 - the catalog fixture too
    SGD,
    catalog,
    head,
    line,
    open_form,
    type_into,
)
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

import pytest

from lcdesk.core.exchange import evidence
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets import tasks


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    """Copying evidence runs on a worker thread; these tests want it done at once."""
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)


def make_file(folder, name, content=b"bien ban kiem tra\n"):
    path = folder / name
    path.write_bytes(content)
    return path


def drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_a_file_added_by_dialog_is_stored_by_content_and_linked(qtbot, demo, catalog, tmp_path, monkeypatch):
    source = make_file(tmp_path, "Biên bản kiểm tra.pdf")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    monkeypatch.setattr(prompts, "open_files", lambda *a, **k: [str(source)])
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    with qtbot.waitSignal(form.saved):
        form.evidence.add_button.click()
    stored = demo.home / "evidence" / sha[:2] / sha
    assert stored.read_bytes() == source.read_bytes()
    record = head(demo, catalog, SGD, "1.1.1.a", "value")
    assert record.evidence == (sha,)
    assert record.payload["numerator"] == 5521300  # the figure is kept
    assert form.evidence.items.item(0).text() == "Biên bản kiểm tra.pdf — 18 byte"
    source.unlink()  # the stored copy no longer needs the original
    assert form.evidence.names() == ["Biên bản kiểm tra.pdf"]


def test_files_dropped_on_the_form_are_added(qtbot, demo, catalog, tmp_path):
    first, second = make_file(tmp_path, "ảnh 1.jpg", b"1"), make_file(tmp_path, "ảnh 2.jpg", b"2")
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    drop(form.evidence, [first, second])
    assert form.evidence.names() == ["ảnh 1.jpg", "ảnh 2.jpg"]
    # with no figure yet, the note and evidence ride on a record of the headline measure
    record = head(demo, catalog, SGD, "2.4.1.a", "truong_hoc")
    assert record.payload is None and len(record.evidence) == 2
    type_into(qtbot, line(form, "khong_gian_cong_dong", "numerator"), "3")
    assert len(head(demo, catalog, SGD, "2.4.1.a", "khong_gian_cong_dong").evidence) == 2


def test_a_drop_anywhere_on_the_form_adds_the_file(qtbot, demo, catalog, tmp_path):
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    drop(form, [make_file(tmp_path, "quyết định.docx")])
    assert form.evidence.names() == ["quyết định.docx"]


def test_remove_unlinks_the_file_and_undo_brings_it_back(qtbot, demo, catalog, tmp_path, monkeypatch):
    source = make_file(tmp_path, "bao-cao.pdf")
    monkeypatch.setattr(prompts, "open_files", lambda *a, **k: [str(source)])
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    form.evidence.add_button.click()
    sha = form.evidence.hashes()[0]
    form.evidence.items.setCurrentRow(0)
    form.evidence.remove_button.click()
    assert form.evidence.items.count() == 0
    assert head(demo, catalog, SGD, "1.1.1.a", "value").evidence == ()
    assert evidence.evidence_path(demo.home, sha).exists()  # content-addressed copies stay
    form.undo()
    assert form.evidence.hashes() == (sha,)
    assert head(demo, catalog, SGD, "1.1.1.a", "value").evidence == (sha,)


def test_open_shows_a_copy_under_its_original_name(qtbot, demo, catalog, tmp_path, monkeypatch):
    source = make_file(tmp_path, "Kế hoạch.xlsx", b"xlsx bytes")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    form.evidence.add_paths([str(source)])
    form.evidence.items.setCurrentRow(0)
    form.evidence.open_button.click()
    assert opened and opened[0].endswith("Kế hoạch.xlsx")
    assert Path(opened[0]).read_bytes() == b"xlsx bytes"


def test_a_bundle_past_20_mb_is_warned_about(qtbot, demo, catalog, tmp_path):
    big = tmp_path / "video.mp4"
    with open(big, "wb") as fh:
        fh.truncate(21 * 2 ** 20)  # sparse: cheap to make
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    assert not form.evidence.warning.isVisible()
    form.evidence.add_paths([str(big)])
    assert form.evidence.warning.isVisible()
    assert "21,0 MB" in form.evidence.warning.text() and "~20 MB" in form.evidence.warning.text()
    other = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")  # the same bundle carries it
    assert other.evidence.warning.isVisible()
    form.evidence.items.setCurrentRow(0)
    form.evidence.remove_button.click()
    assert not form.evidence.warning.isVisible()


def test_an_unreadable_file_is_reported(qtbot, demo, catalog, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "user_error", lambda parent, exc: shown.append(exc.message_vi))
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    form.evidence.add_paths([str(tmp_path / "không có.pdf")])
    assert shown and "không có.pdf" in shown[0]
    assert form.evidence.hashes() == ()


def test_a_file_is_copied_on_a_worker_thread_and_then_linked(qtbot, demo, catalog, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_in_thread_pool)
    import threading

    threads = []
    real_copy = evidence.copy_in
    monkeypatch.setattr(evidence, "copy_in", lambda home, p: threads.append(threading.current_thread()) or real_copy(home, p))
    source = make_file(tmp_path, "Biên bản họp.pdf", b"%PDF minh chung")
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    form.evidence.add_paths([str(source)])
    assert not form.evidence.add_button.isEnabled()  # busy until the copy is done
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    qtbot.waitUntil(lambda: head(demo, catalog, SGD, "1.1.1.a", "value") is not None
                    and head(demo, catalog, SGD, "1.1.1.a", "value").evidence == (sha,), timeout=5000)
    assert threads and threads[0] is not threading.main_thread()
    assert form.evidence.add_button.isEnabled() and form.evidence.hashes() == (sha,)
