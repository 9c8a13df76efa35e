"""The chase list: who to phone, about what, and how late (``office completeness --out F.xlsx``).

One row per unit with anything outstanding (a form not received, a draft, a form returned
and not answered) and per officer enrolled for it (a unit nobody is enrolled for still gets
a row, with no name). Columns: unit, unit code, officer, position, what is missing, drafts,
returned forms waiting, deadline, first received, late / days overdue.
"""

from __future__ import annotations

from pathlib import Path

HEADERS = ("Đơn vị", "Mã đơn vị", "Cán bộ", "Chức vụ", "Chưa nhận", "Bản nháp", "Trả lại chờ sửa",
           "Hạn nộp", "Văn phòng nhận lần đầu", "Trễ hạn")


def officers_by_unit(store) -> dict[str, list]:
    out: dict[str, list] = {}
    for key in store.trusted_keys():
        if key.role == "officer" and not key.revoked:
            for unit in key.units:
                out.setdefault(unit, []).append(key)
    return out


def lateness(row: dict) -> str:
    if row["late"]:
        return "Nộp trễ"
    if row["overdue_days"]:
        return f"Quá hạn {row['overdue_days']} ngày"
    return ""


def rows(store, data: dict) -> list[dict]:
    """The chase list of a completeness ``summary``: plain dicts, one per unit and officer."""
    people = officers_by_unit(store)
    out = []
    for u in data["units"]:
        if not (u["missing"] or u["drafts"] or u["waiting"]):
            continue
        for key in people.get(u["code"]) or [None]:
            out.append({"unit": u["name"], "code": u["code"], "officer": key.name if key else "",
                        "position": key.position if key else "", "key_id": key.key_id if key else "",
                        "missing": u["missing"], "drafts": u["drafts"], "waiting": u["waiting"],
                        "deadline": u["deadline"], "received_at": u["received_at"], "late": lateness(u)})
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
                   ", ".join(r["waiting"]), r["deadline"], r["received_at"], r["late"]])
    for column, width in zip("ABCDEFGHIJ", (28, 18, 24, 24, 40, 30, 30, 12, 26, 16)):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    path = Path(path)
    wb.save(path)
    return path
