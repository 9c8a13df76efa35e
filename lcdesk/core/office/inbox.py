"""The office's inbox: which files to import, importing them with progress and Cancel,
and one plain row per file that says what happened and what to do next.

``run_import(home, paths, on_progress, should_stop)`` is the worker the desk runs off the
GUI thread (and ``bench/office_gui.py`` times): it opens its own store on ``home``, imports
through ``importer.import_files`` (the same checks, backup policy and one transaction per
bundle as ``lcdesk office import``) and stops after the current bundle once
``should_stop()`` says so. Nothing here imports Qt.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lcdesk.core.exchange import importer

BUNDLE_SUFFIX = ".lcb"

# What the clerk does next, by rejection code (the reason itself comes from the importer).
ADVICE_VI = {
    "unknown_key": "Đăng ký cán bộ này (mở tệp yêu cầu .lcr của họ), rồi bấm “Thử lại” trong mục Cách ly.",
    "revoked_key": "Khóa đã bị thu hồi: xin cán bộ gửi yêu cầu đăng ký mới với khóa mới.",
    "unit_not_assigned": "Kiểm tra đơn vị được phân công trong mục Cán bộ; cấp lại cấu hình nếu cần.",
    "unknown_catalog": "Nhập danh mục chỉ số đó (hoặc cấp lại cấu hình cho cán bộ), rồi thử lại.",
    "sequence_reused": "Gọi điện cho cán bộ: máy có thể đã được khôi phục từ bản sao lưu cũ.",
    "unreadable": "Chép lại tệp từ USB hoặc thư điện tử, rồi nhập lại.",
    "duplicate": "Không cần làm gì.",
}
ADVICE_EN = {
    "unknown_key": "Enrol this officer (open their .lcr request), then press Retry in Quarantine.",
    "revoked_key": "The key was revoked: ask the officer to enrol again with a new key.",
    "unit_not_assigned": "Check the officer's units in Officers; provision them again if needed.",
    "unknown_catalog": "Import that catalog (or provision the officer again), then retry.",
    "sequence_reused": "Call the officer: their computer may have been restored from an old backup.",
    "unreadable": "Copy the file again from the USB stick or e-mail and import it again.",
    "duplicate": "Nothing to do.",
}
DEFAULT_ADVICE_VI = "Xin cán bộ xuất lại gói và gửi lại."
DEFAULT_ADVICE_EN = "Ask the officer to export the bundle again and resend it."


@dataclass
class InboxRow:
    """One file's outcome, as the result table and its .xlsx export show it."""

    file: str
    status: str
    officer: str = ""
    units: list[str] = field(default_factory=list)
    periods: list[int] = field(default_factory=list)
    figures: int = 0
    new_figures: int = 0
    evidence: int = 0
    reason_vi: str = ""
    reason_en: str = ""
    advice_vi: str = ""
    advice_en: str = ""
    code: str = ""
    bundle: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ImportRun:
    rows: list[InboxRow]
    total: int
    cancelled: bool


class _Stop(Exception):
    """Raised from the progress callback to end the batch after the current bundle."""


def collect(paths: Iterable[str | os.PathLike]) -> list[str]:
    """Files as given, and every ``.lcb`` inside the folders given (recursively), each once."""
    found: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() == BUNDLE_SUFFIX)
        else:
            found.append(str(p))
    return list(dict.fromkeys(found))


class Describer:
    """Turns importer results into rows, looking officers and units up once each."""

    def __init__(self, store, unit_names: dict[str, str]):
        self.store, self.unit_names, self.officers = store, unit_names, {}

    def officer(self, key_id: str) -> str:
        if key_id and key_id not in self.officers:
            key = self.store.trusted_key(key_id)
            self.officers[key_id] = key.name if key else ""
        return self.officers.get(key_id, "")

    def row(self, r) -> InboxRow:
        row = InboxRow(Path(r.file).name, r.status, self.officer(r.author), figures=r.records, new_figures=r.new_records,
                       reason_vi=r.reason_vi, reason_en=r.reason, code=r.code, bundle=r.bundle)
        info = self.store.bundle_row(r.bundle) if r.bundle else None
        if info is not None:
            row.units = [self.unit_names.get(u, u) for u in json.loads(info["units"])]
            row.periods = json.loads(info["periods"])
            row.evidence = int((json.loads(info["manifest"]).get("counts") or {}).get("evidence", 0) or 0)
        if r.status == importer.REJECTED:
            row.advice_vi = ADVICE_VI.get(r.code, DEFAULT_ADVICE_VI)
            row.advice_en = ADVICE_EN.get(r.code, DEFAULT_ADVICE_EN)
        elif r.status == importer.DUPLICATE:
            row.advice_vi, row.advice_en = ADVICE_VI["duplicate"], ADVICE_EN["duplicate"]
        return row


Progress = Callable[[int, int, InboxRow], None]


def import_paths(store, paths: list[str], on_progress: Progress | None = None,
                 should_stop: Callable[[], bool] | None = None) -> ImportRun:
    """Import ``paths`` into ``store``; ``on_progress(n, total, row)`` after each file."""
    from lcdesk.core.office.registry import unit_names_of

    describer, rows = Describer(store, unit_names_of(store)), []

    def progress(n: int, total: int, result) -> None:
        rows.append(describer.row(result))
        if on_progress is not None:
            on_progress(n, total, rows[-1])
        if should_stop is not None and n < total and should_stop():
            raise _Stop

    try:
        importer.import_files(store, paths, on_progress=progress)
    except _Stop:
        return ImportRun(rows, len(paths), True)
    return ImportRun(rows, len(paths), False)


def run_import(home: str, paths: list[str], on_progress: Progress | None = None,
               should_stop: Callable[[], bool] | None = None) -> ImportRun:
    """The worker: its own store connection on ``home``, plain data in and out."""
    from lcdesk.core.store import Store

    store = Store.open(home)
    try:
        return import_paths(store, paths, on_progress, should_stop)
    finally:
        store.close()


# ------------------------------------------------------------------ quarantine


def quarantine_rows(store) -> list[dict]:
    """Every quarantined file: the fields of ``office quarantine --json`` plus id and stored path."""
    return [{"file": q["file_name"], "reason": q["reason_en"], "reason_vi": q["reason_vi"], "code": q["code"],
             "when": q["at"], "id": q["id"], "stored_path": q["stored_path"],
             "present": bool(q["stored_path"]) and Path(q["stored_path"]).is_file()}
            for q in store.quarantined()]


def delete_quarantined(store, item_id: int) -> None:
    """Forget a quarantined file: its copy, its reason file and its row."""
    item = store.quarantine_item(item_id)
    if item is None:
        return
    if item["stored_path"]:
        stored = Path(item["stored_path"])
        reasons = (stored.with_name(stored.name + ".reason.txt"), stored.with_suffix(".reason.txt"))
        for p in (stored, *reasons):
            if p.is_file():
                p.unlink()
    store.delete_quarantine(item_id)


def retry_quarantined(store, item_id: int) -> InboxRow | None:
    """Import a quarantined file again (after enrolling a key, importing a catalog).

    The copy is imported under its original name; the old entry goes, and a file that is
    still rejected gets a new entry with today's reason."""
    from lcdesk.core.office.registry import unit_names_of

    item = store.quarantine_item(item_id)
    if item is None or not item["stored_path"] or not Path(item["stored_path"]).is_file():
        return None
    with tempfile.TemporaryDirectory(prefix="lcdesk-retry-") as tmp:
        copy = Path(tmp) / item["file_name"]
        shutil.copyfile(item["stored_path"], copy)
        result = importer.import_files(store, [str(copy)])[0]
    delete_quarantined(store, item_id)
    return Describer(store, unit_names_of(store)).row(result)


# ---------------------------------------------------------------------- export

EXPORT_HEADERS = ("Tệp", "Kết quả", "Cán bộ", "Đơn vị", "Năm", "Số liệu", "Số liệu mới", "Minh chứng",
                  "Lý do", "Việc cần làm")
STATUS_VI = {importer.IMPORTED: "Đã nhập", importer.DUPLICATE: "Đã nhập trước đó", importer.REJECTED: "Bị từ chối"}


def export_rows(rows: Iterable[InboxRow], path: str | os.PathLike) -> Path:
    """Write the result table to an .xlsx workbook (Vietnamese headings), atomically."""
    from openpyxl import Workbook

    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Kết quả nhập gói")
    ws.append(list(EXPORT_HEADERS))
    for r in rows:
        ws.append([r.file, STATUS_VI.get(r.status, r.status), r.officer, ", ".join(r.units),
                   ", ".join(map(str, r.periods)), r.figures, r.new_figures, r.evidence, r.reason_vi, r.advice_vi])
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    os.replace(tmp, path)
    return path
