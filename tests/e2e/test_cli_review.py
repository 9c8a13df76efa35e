"""The review chain through the CLI, as a clerk and three ward officers would run it.

Three wards, one missing, one late, one returned for correction and answered, then
approved; receipts and feedback opened on the officers' side; the completeness figures
checked by hand against the meanings in docs/review-chain.md.
"""

import json
import zipfile

import openpyxl

UNITS_CSV = "\ufeffMã,Tên,Loại,Cấp trên,Thành phố\n01,Thành phố Hà Nội,Thành phố,,01\n" \
            "00004,Phường Ba Đình,Phường,01,01\n00008,Phường Ngọc Hà,Phường,01,01\n00025,Phường Giảng Võ,Phường,01,01\n"
WARD_INDICATORS = ("1.1.2.a", "1.3.2.a", "2.2.2.c", "2.2.2.d")
YESTERDAY, TOMORROW = "2000-01-01", "2999-12-31"


def setup_city(cli, tmp_path):
    office = tmp_path / "office"
    cli(office, "office", "init", "--city", "01", "--catalog", "hanoi-2025")
    (tmp_path / "units.csv").write_text(UNITS_CSV, encoding="utf-8")
    cli(office, "units", "--import", tmp_path / "units.csv")
    cli(office, "office", "period", "--period", 2025, "--deadline", YESTERDAY)
    officers = {}
    for code, name in (("00004", "Nguyễn Văn An"), ("00008", "Trần Thị Bình"), ("00025", "Lê Văn Cường")):
        home = tmp_path / code
        req = cli.json(home, "enroll-request", "--name", name, "--position", "Công chức", "--out", tmp_path / f"{code}.lcr")
        cli(office, "office", "enroll", tmp_path / f"{code}.lcr", "--unit", code, "--period", 2025,
            "--out", tmp_path / f"{code}.lcp")
        cli(home, "setup", tmp_path / f"{code}.lcp")
        officers[code] = (home, req["key_id"])
    return office, officers


def enter_all(cli, home, unit, numerator=45, indicators=WARD_INDICATORS):
    for ind in indicators:
        cli(home, "enter", "--unit", unit, "--period", 2025, "--indicator", ind, "--measure", "value",
            "--value", f"{numerator}/60")


def test_review_chain_through_the_cli(cli, tmp_path):
    office, officers = setup_city(cli, tmp_path)
    (a_home, a_key), (b_home, b_key), (c_home, _) = officers["00004"], officers["00008"], officers["00025"]
    # Ba Đình sends everything (on time thanks to a recorded extension); Ngọc Hà sends late; Giảng Võ nothing.
    cli(office, "office", "extend", "--unit", "00004", "--period", 2025, "--until", TOMORROW, "--reason", "Mất điện")
    enter_all(cli, a_home, "00004")
    enter_all(cli, b_home, "00008", indicators=WARD_INDICATORS[:3])
    a1 = cli.json(a_home, "export", "--out", tmp_path / "a1.lcb")["file"]
    b1 = cli.json(b_home, "export", "--out", tmp_path / "b1.lcb")["file"]
    cli(office, "office", "import", a1, b1)

    data = cli.json(office, "office", "completeness", "--period", 2025)
    assert (data["expected"], data["received"], data["complete"], data["approved"], data["returned"]) == (12, 7, 7, 0, 0)
    assert data["rate"] == round(100 * 7 / 12, 1) and data["on_time_rate"] == round(100 * 4 / 12, 1)
    units = {u["code"]: u for u in data["units"]}
    assert (units["00004"]["late"], units["00008"]["late"], units["00025"]["late"]) == (False, True, False)
    assert units["00008"]["missing"] == ["2.2.2.d"] and units["00025"]["missing"] == list(WARD_INDICATORS)
    assert units["00025"]["received"] == 0 and units["00008"]["empty"] == ["2.2.2.d"]

    cli(office, "office", "completeness", "--period", 2025, "--out", tmp_path / "chase.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "chase.xlsx").active.iter_rows(values_only=True))
    chase = {r[1]: r for r in rows[1:]}
    assert set(chase) == {"00008", "00025"} and chase["00025"][2] == "Lê Văn Cường" and chase["00025"][3] == "Công chức"
    assert chase["00025"][4] == ", ".join(WARD_INDICATORS) and chase["00008"][9].startswith("Nộp trễ ")

    # Receipts: each officer learns which exports arrived.
    cli(office, "office", "receipt", a_key, "--out", tmp_path / "a.lcx")
    opened = cli.json(a_home, "open", tmp_path / "a.lcx")
    assert (opened["status"], opened["kind"], opened["confirmed"]) == ("applied", "receipt", 1)
    exports = cli.json(a_home, "exports")
    assert exports[0]["received"] is True and exports[0]["received_at"]
    assert cli.json(b_home, "exports")[0]["received"] is False

    # Review: approve two, return one with a comment, officer answers, office approves.
    cli(office, "office", "approve", "--unit", "00004", "--period", 2025, "--indicator", "1.1.2.a", "--indicator", "2.2.2.c")
    cli(office, "office", "return", "--unit", "00004", "--period", 2025, "--indicator", "1.3.2.a",
        "--comment", "Mẫu số không khớp với dân số năm 2025")
    states = {(f["unit"], f["indicator"]): f["state"] for f in cli.json(office, "office", "review", "--period", 2025)}
    assert states[("00004", "1.1.2.a")] == "approved" and states[("00004", "1.3.2.a")] == "returned"
    assert states[("00008", "1.1.2.a")] == "complete" and states[("00025", "1.1.2.a")] == "not_received"

    cli(office, "office", "feedback", a_key, "--out", tmp_path / "a.lcf")
    assert cli.json(a_home, "open", tmp_path / "a.lcf")["returned"] == 1
    todo = cli.json(a_home, "todo")
    assert todo[0] == {"catalog": "hanoi-2025", "unit": "00004", "period": 2025, "indicator": "1.3.2.a",
                       "state": "returned", "comment": "Mẫu số không khớp với dân số năm 2025",
                       "catalog_title": "Bộ tiêu chí Thành phố học tập toàn cầu của UNESCO – thành phố Hà Nội",
                       "comments": [{"measure": "", "label": "", "text": "Mẫu số không khớp với dân số năm 2025"}]}
    assert {t["indicator"]: t["state"] for t in todo[1:]} == {"1.1.2.a": "approved", "2.2.2.c": "approved"}

    enter_all(cli, a_home, "00004", numerator=48, indicators=["1.3.2.a"])
    assert cli.json(a_home, "todo")[0]["state"] == "answered"
    a2 = cli.json(a_home, "export", "--out", tmp_path / "a2.lcb")["file"]
    cli(office, "office", "import", a2)
    states = {(f["unit"], f["indicator"]): f for f in cli.json(office, "office", "review", "--period", 2025)}
    assert states[("00004", "1.3.2.a")]["state"] == "answered"
    cli(office, "office", "approve", "--unit", "00004", "--period", 2025, "--all-clean")
    data = cli.json(office, "office", "completeness", "--period", 2025)
    assert (data["approved"], data["returned"]) == (4, 0)
    assert {u["code"]: u["approved"] for u in data["units"]} == {"00004": 4, "00008": 0, "00025": 0}

    code, out, _ = cli(office, "office", "unapprove", "--unit", "00004", "--period", 2025, "--indicator", "1.1.2.a",
                       "--reason", "", ok=False)
    assert code == 2
    cli(office, "office", "unapprove", "--unit", "00004", "--period", 2025, "--indicator", "1.1.2.a", "--reason", "Chờ đối chiếu")

    # The audit has every step, append-only.
    events = cli.json(office, "office", "audit")
    actions = [e["action"] for e in events]
    for action in ("enrol", "import", "approve", "return", "unapprove", "receipt", "feedback"):
        assert action in actions, action
    assert set(events[0]) == {"at", "actor", "action", "target", "detail"}
    assert [e for e in events if e["action"] == "return"][0]["detail"]["comment"] == "Mẫu số không khớp với dân số năm 2025"
    cli(office, "office", "audit", "--out", tmp_path / "audit.xlsx")
    assert openpyxl.load_workbook(tmp_path / "audit.xlsx").active.max_row == len(events) + 1


def test_open_refuses_hostile_files_with_a_vietnamese_reason(cli, tmp_path):
    office, officers = setup_city(cli, tmp_path)
    (a_home, a_key), (b_home, b_key) = officers["00004"], officers["00008"]
    cli(office, "office", "receipt", a_key, "--out", tmp_path / "a.lcx")
    # for another officer
    code, out, _ = cli(b_home, "open", tmp_path / "a.lcx", "--json", ok=False)
    refused = json.loads(out)
    assert code == 2 and refused["status"] == "refused" and "cán bộ khác" in refused["reason_vi"]
    # edited by hand: one byte of the member changed
    data = (tmp_path / "a.lcx").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.lcx") as zf:
        names = {i.filename: i for i in zf.infolist()}
    tampered = tmp_path / "tampered.lcx"
    with zipfile.ZipFile(tmp_path / "a.lcx") as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "receipt.json":
                body = body.replace(b'"bundles":[]', b'"bundles":[{}]')
            dst.writestr(info, body)
    assert data and "receipt.json" in names
    code, out, _ = cli(a_home, "open", tampered, "--json", ok=False)
    assert code == 2 and json.loads(out)["status"] == "refused"
    assert cli.json(a_home, "exports") == []
    # a replayed older feedback
    cli(office, "office", "feedback", a_key, "--out", tmp_path / "f1.lcf")
    cli(office, "office", "feedback", a_key, "--out", tmp_path / "f2.lcf")
    assert cli.json(a_home, "open", tmp_path / "f2.lcf")["status"] == "applied"
    code, out, _ = cli(a_home, "open", tmp_path / "f1.lcf", "--json", ok=False)
    assert code == 2 and "cũ hơn" in json.loads(out)["reason_vi"]
