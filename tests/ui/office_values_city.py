"""An office data folder for the values and conflicts screens, built through the real CLI once.

Hà Nội; An (Phường Ba Đình and the education department), Bình (Phường Ba Đình), Cường
(Phường Ngọc Hà, revoked after his bundle). An: 1.1.2.a = 285/400 complete with an
evidence file and a note, 2.1.1.a counts by sex (draft); An and Bình disagree on 1.3.2.a
(Bình's with an evidence file).
"""

import contextlib
import io
import shutil

from lcdesk.__main__ import main

WARD, OTHER_WARD, DEPT = "00004", "00008", "01-so-giao-duc-va-dao-tao"
PROOF_NAME = "Biên bản họp phường.pdf"
PROOF_BYTES = b"%PDF-1.4 bien ban hop phuong"
REPORT_NAME, REPORT_BYTES = "Báo cáo quý 3.xlsx", b"PK bao cao quy 3"


def lcdesk(home, *args) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--home", str(home), *map(str, args)])
    if code != 0:
        raise AssertionError(f"lcdesk {' '.join(map(str, args))} exited {code}: {out.getvalue()}")
    return out.getvalue()


def build(base):
    office = base / "office"
    lcdesk(office, "office", "init", "--city", "01", "--catalog", "hanoi-2025")
    people = (("a", "Nguyễn Văn An", (WARD, DEPT)), ("b", "Trần Thị Bình", (WARD,)), ("c", "Lê Văn Cường", (OTHER_WARD,)))
    for name, full, units in people:
        lcdesk(base / name, "enroll-request", "--name", full, "--unit", units[0], "--out", base / f"{name}.lcr")
        lcdesk(office, "office", "enroll", base / f"{name}.lcr", *[x for u in units for x in ("--unit", u)],
               "--period", 2025, "--out", base / f"{name}.lcp")
        lcdesk(base / name, "setup", base / f"{name}.lcp")
    proof = base / PROOF_NAME
    proof.write_bytes(PROOF_BYTES)
    enter = ("enter", "--period", 2025, "--measure", "value")
    lcdesk(base / "a", *enter, "--unit", WARD, "--indicator", "1.1.2.a", "--value", "285/400", "--evidence", proof,
           "--note", "Theo sổ theo dõi của phường")
    lcdesk(base / "a", "enter", "--period", 2025, "--unit", DEPT, "--measure", "tre_5_tuoi", "--indicator", "2.1.1.a",
           "--value", "nam=120, nu=115, tong=235", "--draft")
    lcdesk(base / "a", *enter, "--unit", WARD, "--indicator", "1.3.2.a", "--value", "4")
    report = base / REPORT_NAME
    report.write_bytes(REPORT_BYTES)
    lcdesk(base / "b", *enter, "--unit", WARD, "--indicator", "1.3.2.a", "--value", "3,5", "--note", "Số liệu quý 3",
           "--evidence", report)
    lcdesk(base / "c", *enter, "--unit", OTHER_WARD, "--indicator", "1.1.2.a", "--value", "60")
    for name, _, _ in people:
        lcdesk(base / name, "export", "--out", base / f"{name}.lcb")
    lcdesk(office, "office", "import", *(base / f"{n}.lcb" for n, _, _ in people))
    key_c = lcdesk(base / "c", "keys", "show", "--json")
    import json

    lcdesk(office, "office", "revoke", json.loads(key_c)["key_id"])
    return office


def copy_office(template, dest):
    shutil.copytree(template, dest)
    return dest


def open_page(qtbot, monkeypatch, template, dest, page_class):
    """A fresh copy of the built office, a page of the desk on it, background work run synchronously."""
    from lcdesk.core.store import Store
    from lcdesk.ui.widgets import tasks

    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)
    widget = page_class(Store.open(copy_office(template, dest)))
    qtbot.addWidget(widget)
    return widget
