"""`lcdesk todo`: a comment on one measure names the measure by its label, never its code; the
JSON keeps the code apart (``comments``: measure, label, text) and names the form's catalog."""

from tests.e2e.test_cli_review import enter_all, setup_city


def test_todo_names_the_measure_by_its_label(cli, tmp_path):
    office, officers = setup_city(cli, tmp_path)
    home, key = officers["00004"]
    enter_all(cli, home, "00004")
    cli(office, "office", "import", cli.json(home, "export", "--out", tmp_path / "a1.lcb")["file"])
    cli(office, "office", "return", "--unit", "00004", "--period", 2025, "--indicator", "1.3.2.a",
        "--comment", "Mẫu số không khớp với dân số năm 2025", "--measure", "value")
    cli(office, "office", "feedback", key, "--out", tmp_path / "a.lcf")
    cli(home, "open", tmp_path / "a.lcf")

    item = cli.json(home, "todo")[0]
    assert item["comment"] == "Tỷ lệ: Mẫu số không khớp với dân số năm 2025"
    assert item["comments"] == [{"measure": "value", "label": "Tỷ lệ", "text": "Mẫu số không khớp với dân số năm 2025"}]
    assert item["catalog"] == "hanoi-2025" and item["catalog_title"].startswith("Bộ tiêu chí Thành phố học tập")
    _code, out, _err = cli(home, "todo")
    assert "Tỷ lệ: Mẫu số không khớp" in out and "value" not in out
