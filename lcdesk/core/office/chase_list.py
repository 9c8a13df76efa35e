"""The chase list: who to phone, about what, and how late (``office completeness --out F.xlsx``).

One row per unit with anything outstanding (a form not received, a draft, a form returned
and not answered) and per officer enrolled for it (a unit nobody is enrolled for still gets
a row, with no name). Columns: unit, unit code, officer, position, what is missing, drafts,
returned forms waiting, deadline, first received, how late (text), days overdue (a number).

**How late** says both things a caller needs: "Nộp trễ N ngày" when the office first
received the unit's bundle N days after its deadline (the Vietnam date of the import minus
the deadline date; never the officer's signing time), and "quá hạn N ngày" while something
is still outstanding N days after the deadline. **Số ngày quá hạn** is that second number
(0 before the deadline), so the sheet sorts by it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HEADERS = ("Đơn vị", "Mã đơn vị", "Cán bộ", "Chức vụ", "Chưa nhận", "Bản nháp", "Trả lại chờ sửa",
           "Hạn nộp", "Văn phòng nhận lần đầu", "Trễ hạn", "Số ngày quá hạn")
VIETNAM = timezone(timedelta(hours=7))


def officers_by_unit(store) -> dict[str, list]:
    out: dict[str, list] = {}
    for key in store.trusted_keys():
        if key.role == "officer" and not key.revoked:
            for unit in key.units:
                out.setdefault(unit, []).append(key)
    return out


def days_late(row: dict) -> int:
    """Days between the unit's deadline and the Vietnam date the office first received its bundle."""
    if not (row["late"] and row["deadline"] and row["received_at"]):
        return 0
    received = datetime.fromisoformat(row["received_at"]).astimezone(VIETNAM).date()
    return max(1, (received - date.fromisoformat(row["deadline"])).days)


def days_overdue(row: dict, today: date) -> int:
    """Days since the deadline passed, for a unit that still owes something (0 before it)."""
    if row["overdue_days"] or not row["deadline"]:
        return row["overdue_days"]
    return max(0, (today - date.fromisoformat(row["deadline"])).days)


def lateness(row: dict, today: date | None = None) -> str:
    """'Nộp trễ 2 ngày · còn thiếu, quá hạn 5 ngày', 'Quá hạn 3 ngày', or '' (not late)."""
    today = today or datetime.now(timezone.utc).date()
    overdue = days_overdue(row, today)
    if row["late"]:
        late = f"Nộp trễ {days_late(row)} ngày"
        return f"{late} · còn thiếu, quá hạn {overdue} ngày" if overdue else late
    return f"Quá hạn {overdue} ngày" if overdue else ""


def rows(store, data: dict, today: date | None = None) -> list[dict]:
    """The chase list of a completeness ``summary``: plain dicts, one per unit and officer."""
    today = today or datetime.now(timezone.utc).date()
    people = officers_by_unit(store)
    out = []
    for u in data["units"]:
        if not (u["missing"] or u["drafts"] or u["waiting"]):
            continue
        for key in people.get(u["code"]) or [None]:
            out.append({"unit": u["name"], "code": u["code"], "officer": key.name if key else "",
                        "position": key.position if key else "", "key_id": key.key_id if key else "",
                        "missing": u["missing"], "drafts": u["drafts"], "waiting": u["waiting"],
                        "deadline": u["deadline"], "received_at": u["received_at"], "late": lateness(u, today),
                        "overdue_days": days_overdue(u, today)})
    return out


def write_xlsx(path: str | Path, items: list[dict], period: int) -> Path:
    """Write the chase list as one sheet with a header row, frozen and filterable."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = f"Đôn đốc {period}"
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in items:
        ws.append([r["unit"], r["code"], r["officer"], r["position"], ", ".join(r["missing"]), ", ".join(r["drafts"]),
                   ", ".join(r["waiting"]), r["deadline"], r["received_at"], r["late"], r["overdue_days"]])
    for column, width in zip("ABCDEFGHIJK", (28, 18, 24, 24, 40, 30, 30, 12, 26, 34, 14)):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    path = Path(path)
    wb.save(path)
    return path
