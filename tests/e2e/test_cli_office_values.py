"""``office values`` (text and streamed JSON), ``office evidence`` and ``office resolve --catalog``, end to end."""

import hashlib
import json

import pytest

WARD = "00004"  # Phường Ba Đình (Hà Nội)
DEPT = "01-so-giao-duc-va-dao-tao"  # Sở Giáo dục và Đào tạo: reports the counts by sex
FIELDS = {"catalog", "unit", "unit_name", "period", "indicator", "measure", "value", "status", "conflict",
          "resolved_by", "sources"}


@pytest.fixture
def office(tmp_path, cli):
    """Two officers of Phường Ba Đình: An (also for the education department) sends a complete
    percent with evidence and a draft count by sex; both send 1.3.2.a, differently (a conflict)."""
    office, a, b = tmp_path / "office", tmp_path / "a", tmp_path / "b"
    cli.json(office, "office", "init", "--city", "01", "--catalog", "hanoi-2025")
    for home, name in ((a, "Nguyễn Văn An"), (b, "Trần Thị Bình")):
        cli(home, "enroll-request", "--name", name, "--unit", WARD, "--out", tmp_path / f"{home.name}.lcr")
        units = ("--unit", WARD, "--unit", DEPT) if home == a else ("--unit", WARD)
        cli(office, "office", "enroll", tmp_path / f"{home.name}.lcr", *units, "--period", 2025,
            "--out", tmp_path / f"{home.name}.lcp")
        cli(home, "setup", tmp_path / f"{home.name}.lcp")
    proof = tmp_path / "Biên bản họp phường.pdf"
    proof.write_bytes(b"%PDF-1.4 bien ban")
    enter = ("enter", "--unit", WARD, "--period", 2025, "--measure")
    cli(a, *enter, "value", "--indicator", "1.1.2.a", "--value", "285/400", "--evidence", proof,
        "--note", "Theo sổ theo dõi")
    cli(a, "enter", "--unit", DEPT, "--period", 2025, "--measure", "tre_5_tuoi", "--indicator", "2.1.1.a",
        "--value", "nam=120, nu=115, tong=235", "--draft")
    cli(a, *enter, "value", "--indicator", "1.3.2.a", "--value", "96")
    cli(b, *enter, "value", "--indicator", "1.3.2.a", "--value", "94")
    for home in (a, b):
        cli(home, "export", "--out", tmp_path / f"{home.name}.lcb")
    cli.json(office, "office", "import", tmp_path / "a.lcb", tmp_path / "b.lcb")
    return office, hashlib.sha256(proof.read_bytes()).hexdigest(), a, b


def by_indicator(items):
    return {v["indicator"]: v for v in items}


def test_values_json_has_the_contract_fields_unit_names_and_statuses(office, cli):
    home, sha, _, _ = office
    items = cli.json(home, "office", "values")
    assert all(set(v) == FIELDS for v in items)
    cells = by_indicator(items)
    assert cells["2.1.1.a"]["unit_name"] == "Sở Giáo dục và Đào tạo"
    percent = cells["1.1.2.a"]
    assert percent["unit_name"] == "Phường Ba Đình" and percent["status"] == "complete"
    assert percent["value"] == {"numerator": 285, "denominator": 400, "rate": 71.25}
    assert percent["sources"][0]["status"] == "complete" and percent["sources"][0]["author"] == "Nguyễn Văn An"
    assert cells["2.1.1.a"]["status"] == "draft" and cells["2.1.1.a"]["sources"][0]["status"] == "draft"
    conflict = cells["1.3.2.a"]
    assert conflict["conflict"] is True and conflict["status"] is None and conflict["value"] is None
    assert sorted(s["status"] for s in conflict["sources"]) == ["complete", "complete"]


def test_values_json_filters_by_catalog_and_period(office, cli):
    home, _, _, _ = office
    assert len(cli.json(home, "office", "values", "--catalog", "hanoi-2025", "--period", 2025)) == 3
    assert cli.json(home, "office", "values", "--period", 2024) == []
    assert cli.json(home, "office", "values", "--catalog", "learning-models") == []


def test_values_text_prints_names_statuses_and_vietnamese_figures(office, cli):
    home, _, _, _ = office
    _, out, _ = cli(home, "office", "values")
    lines = {line.split(": ", 1)[0].split(" ")[-1]: line for line in out.splitlines()}
    assert "Phường Ba Đình (00004)" in lines["1.1.2.a"]
    assert "71,25 % (285/400) · hoàn thành · Nguyễn Văn An" in lines["1.1.2.a"]
    assert "Nam 120 · Nữ 115 · Tổng 235" in out and "nháp" in out
    assert "XUNG ĐỘT, 2 nguồn" in lines["1.3.2.a"] and "96 %" in lines["1.3.2.a"] and "94 %" in lines["1.3.2.a"]


def test_evidence_is_written_under_its_original_name(office, cli, tmp_path):
    home, sha, _, _ = office
    out = tmp_path / "ra"
    info = cli.json(home, "office", "evidence", sha, "--out", out)
    written = out / "Biên bản họp phường.pdf"
    assert info["path"] == str(written) and written.read_bytes() == b"%PDF-1.4 bien ban"
    cli.json(home, "office", "evidence", sha, "--out", out)  # the same bytes again: reused, not doubled
    assert [p.name for p in out.iterdir()] == ["Biên bản họp phường.pdf"]
    code, _, err = cli(home, "office", "evidence", "0" * 64, "--out", out, ok=False)
    assert code == 2 and "Không có tệp minh chứng" in err


def test_resolve_with_catalog_settles_the_conflict_and_it_leaves_the_json(office, cli):
    home, _, a, _ = office
    key_a = cli.json(a, "keys", "show")["key_id"]
    cli(home, "office", "resolve", "--catalog", "hanoi-2025", "--unit", WARD, "--period", 2025,
        "--indicator", "1.3.2.a", "--measure", "value", "--choose", key_a, "--note", "Đã gọi điện xác minh")
    cell = by_indicator(cli.json(home, "office", "values"))["1.3.2.a"]
    assert cell["conflict"] is False and cell["value"]["rate"] == 96.0 and cell["status"] == "complete"
    assert cell["resolved_by"]


def test_values_json_streams_one_object_per_line(office, cli):
    home, _, _, _ = office
    _, out, _ = cli(home, "office", "values", "--json")
    lines = out.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 5
    assert all(set(json.loads(line.rstrip(","))) == FIELDS for line in lines[1:-1])


def test_two_catalogs_are_listed_together_or_one_at_a_time(tmp_path, cli):
    office, a = tmp_path / "office", tmp_path / "a"
    cli.json(office, "office", "init", "--city", "01", "--catalog", "hanoi-2025", "--catalog", "learning-models")
    cli(a, "enroll-request", "--name", "Nguyễn Văn An", "--unit", WARD, "--out", tmp_path / "a.lcr")
    cli(office, "office", "enroll", tmp_path / "a.lcr", "--unit", WARD, "--period", 2025, "--out", tmp_path / "a.lcp")
    cli(a, "setup", tmp_path / "a.lcp")
    for catalog, indicator, value in (("learning-models", "1.1.1.a", "80"), ("hanoi-2025", "1.1.2.a", "70")):
        cli(a, "enter", "--catalog", catalog, "--unit", WARD, "--period", 2025, "--indicator", indicator,
            "--measure", "value", "--value", value)
    cli(a, "export", "--out", tmp_path / "a.lcb")
    cli.json(office, "office", "import", tmp_path / "a.lcb")
    both = cli.json(office, "office", "values")
    assert [(v["catalog"], v["indicator"]) for v in both] == [("hanoi-2025", "1.1.2.a"), ("learning-models", "1.1.1.a")]
    [only] = cli.json(office, "office", "values", "--catalog", "learning-models")
    assert only["catalog"] == "learning-models" and only["value"]["rate"] == 80.0 and only["status"] == "complete"
    # resolve finds the one catalog holding the cell when --catalog is left out
    cli(office, "office", "resolve", "--unit", WARD, "--period", 2025, "--indicator", "1.1.1.a", "--measure", "value",
        "--value", "81", "--note", "Sửa theo biên bản")
    [only] = cli.json(office, "office", "values", "--catalog", "learning-models")
    assert only["value"]["rate"] == 81.0 and only["resolved_by"]


@pytest.mark.parametrize("note", [None, "", "   "])
def test_resolve_without_a_note_is_refused_and_records_nothing(office, cli, note):
    home, _, a, _ = office
    key_a = cli.json(a, "keys", "show")["key_id"]
    args = ("office", "resolve", "--unit", WARD, "--period", 2025, "--indicator", "1.3.2.a", "--measure", "value",
            "--choose", key_a) + (() if note is None else ("--note", note))
    code, _, err = cli(home, *args, ok=False)
    assert code == 2 and "Hãy ghi lý do của quyết định" in err and "--note" in err
    cell = by_indicator(cli.json(home, "office", "values"))["1.3.2.a"]
    assert cell["conflict"] is True and cell["resolved_by"] is None


def test_values_json_lists_each_sources_evidence_usable_by_office_evidence(office, cli, tmp_path):
    home, sha, _, _ = office
    cells = by_indicator(cli.json(home, "office", "values"))
    [source] = cells["1.1.2.a"]["sources"]
    assert source["evidence"] == [{"sha256": sha, "name": "Biên bản họp phường.pdf"}]
    assert all(s["evidence"] == [] for s in cells["1.3.2.a"]["sources"])
    out = tmp_path / "script"
    info = cli.json(home, "office", "evidence", source["evidence"][0]["sha256"], "--out", out)
    assert info["name"] == source["evidence"][0]["name"]
    assert (out / info["name"]).read_bytes() == b"%PDF-1.4 bien ban"
