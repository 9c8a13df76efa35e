"""`lcdesk export` never writes a bundle where a folder should be, never overwrites."""


def test_cli_export_refuses_a_missing_folder_and_creates_it_when_asked(tmp_path, cli):
    office, officer = cli.enrolled(tmp_path)
    code, _, err = cli(officer, "export", "--out", tmp_path / "Documents", ok=False)
    assert code != 0 and "không tồn tại" in err and not (tmp_path / "Documents").exists()
    first = cli.json(officer, "export", "--out", tmp_path / "Documents", "--create-folder")["file"]
    assert first.endswith("lcdesk-phuong-ba-dinh-tat-ca-0001.lcb")
    again = cli.json(officer, "export", "--out", first)["file"]
    assert again.endswith("lcdesk-phuong-ba-dinh-tat-ca-0001 (2).lcb")
