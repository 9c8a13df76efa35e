"""`lcdesk enter` refuses an indicator not assigned to the unit, naming who reports it."""


def test_enter_refuses_another_units_indicator(tmp_path, cli):
    office, officer = cli.enrolled(tmp_path)
    code, _, err = cli(officer, "enter", "--unit", "00004", "--period", 2025, "--indicator", "2.1.1.a",
                       "--measure", "value", "--value", "95", ok=False)
    assert code != 0 and "2.1.1.a" in err and "Sở Giáo dục và Đào tạo" in err
    assert cli.json(officer, "enter", "--unit", "00004", "--period", 2025, "--indicator", "1.1.2.a",
                    "--measure", "value", "--value", "950/1000")["status"] == "complete"
