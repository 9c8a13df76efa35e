"""The inbox's core: collecting files, importing with progress and stop, quarantine, export."""

from openpyxl import load_workbook

from lcdesk.core.exchange import importer
from lcdesk.core.office import inbox
from office_demo_fixture import inbox_folder, office, office_template  # noqa: F401  (fixtures)


def test_collect_finds_bundles_in_folders_recursively_once_each(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/x.lcb", "a/b/y.LCB", "a/b/note.txt", "z.lcb"):
        (tmp_path / name).write_bytes(b"")
    found = inbox.collect([tmp_path / "a", tmp_path / "z.lcb", tmp_path / "a" / "x.lcb"])
    assert [p.replace(str(tmp_path), "") for p in found] == ["/a/b/y.LCB", "/a/x.lcb", "/z.lcb"]


def test_import_paths_describes_each_file_by_names(office, inbox_folder):
    seen = []
    run = inbox.import_paths(office, inbox.collect([inbox_folder]), on_progress=lambda n, t, r: seen.append((n, t)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)] and not run.cancelled
    assert [r.status for r in run.rows] == ["imported", "imported", "duplicate", "rejected"]
    first = run.rows[0]
    assert first.officer == "Ngô Văn Minh" and first.units == ["Phường Bồ Đề"] and first.figures == 6
    rejected = run.rows[3]
    assert rejected.reason_vi and rejected.advice_vi and rejected.code
    assert len(office.quarantined()) == 1


def test_should_stop_ends_the_batch_after_the_current_bundle(office, inbox_folder):
    files = inbox.collect([inbox_folder])
    before = len(office.bundles())
    run = inbox.import_paths(office, files, should_stop=lambda: True)
    assert run.cancelled and len(run.rows) == 1 and run.total == 4
    assert len(office.bundles()) == before + 1
    assert inbox.import_paths(office, files).rows[0].status == importer.DUPLICATE  # nothing half-imported


def test_retry_and_delete_a_quarantined_file(office, inbox_folder):
    inbox.import_paths(office, inbox.collect([inbox_folder]))
    [q] = inbox.quarantine_rows(office)
    assert q["present"] and q["file"].startswith("04-bi-sua")
    again = inbox.retry_quarantined(office, q["id"])
    assert again.status == importer.REJECTED  # still tampered: a new entry with today's reason
    [q2] = inbox.quarantine_rows(office)
    assert q2["id"] != q["id"] and q2["file"] == q["file"]
    inbox.delete_quarantined(office, q2["id"])
    assert inbox.quarantine_rows(office) == []
    assert not list((office.home / "quarantine").glob("*bi-sua*"))


def test_export_rows_writes_a_workbook_with_vietnamese_headings(office, inbox_folder, tmp_path):
    run = inbox.import_paths(office, inbox.collect([inbox_folder]))
    path = inbox.export_rows(run.rows, tmp_path / "kết quả.xlsx")
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Tệp", "Kết quả", "Cán bộ")
    assert [r[1] for r in rows[1:]] == ["Đã nhập", "Đã nhập", "Đã nhập trước đó", "Bị từ chối"]
    assert rows[1][3] == "Phường Bồ Đề"
