"""``lcdesk office approve`` refuses a form that is not complete (a draft, or received empty).

The contract: a refusal exits 2 and approves nothing; with ``--json`` it prints the usual
``{"error", "error_vi"}`` plus ``incomplete: [{"unit", "indicator", "data"}]``. Without
``--indicator`` (the unit's complete forms) and with ``--all-clean`` drafts are left alone."""

import json

from tests.e2e.test_cli_review import enter_all, setup_city


def review_states(cli, office, unit):
    return {i["indicator"]: i["state"] for i in cli.json(office, "office", "review", "--period", 2025, "--unit", unit)}


def test_cli_refuses_to_approve_a_draft_and_approves_nothing(cli, tmp_path):
    office, officers = setup_city(cli, tmp_path)
    home, _key = officers["00008"]
    enter_all(cli, home, "00008", indicators=("1.1.2.a",))
    cli(home, "enter", "--unit", "00008", "--period", 2025, "--indicator", "1.3.2.a", "--measure", "value",
        "--value", "30/60", "--draft")
    cli(office, "office", "import", cli.json(home, "export", "--out", tmp_path / "b1.lcb")["file"])
    assert review_states(cli, office, "00008")["1.3.2.a"] == "draft"

    ask = ("office", "approve", "--unit", "00008", "--period", 2025, "--indicator", "1.1.2.a", "--indicator", "1.3.2.a")
    code, out, _ = cli(office, *ask, "--json", ok=False)
    data = json.loads(out)
    assert code == 2 and data["incomplete"] == [{"unit": "00008", "indicator": "1.3.2.a", "data": "draft"}]
    assert "Phường Ngọc Hà — 1.3.2.a (bản nháp" in data["error_vi"] and "Chưa duyệt biểu mẫu nào." in data["error_vi"]
    assert "return it for correction" in data["error"] and "Nothing was approved." in data["error"]
    code, _, err = cli(office, *ask, ok=False)
    assert code == 2 and "Lỗi: Không duyệt được biểu mẫu chưa hoàn thành" in err and "Error: Cannot approve" in err
    code, out, _ = cli(office, "office", "approve", "--unit", "00008", "--period", 2025, "--indicator", "2.2.2.c",
                       "--json", ok=False)
    assert code == 2 and json.loads(out)["incomplete"][0]["data"] == "empty"
    states = review_states(cli, office, "00008")
    assert (states["1.1.2.a"], states["1.3.2.a"]) == ("complete", "draft")  # nothing approved

    done = cli.json(office, "office", "approve", "--unit", "00008", "--period", 2025)  # its complete ones: unchanged
    assert done == {"approved": [{"unit": "00008", "indicator": "1.1.2.a", "action": "approve", "seq": 1}]}
    assert cli.json(office, "office", "approve", "--unit", "00008", "--period", 2025, "--all-clean") == {"approved": []}
    assert review_states(cli, office, "00008")["1.3.2.a"] == "draft"
