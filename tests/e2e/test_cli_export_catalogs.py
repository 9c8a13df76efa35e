"""`lcdesk export` carries every provisioned catalog unless --catalog names one, as its help says."""

import zipfile

import pytest

from lcdesk.core.exchange import bundle


def records_by_catalog(path):
    import json

    with zipfile.ZipFile(path) as z:
        text = z.read(bundle.RECORDS).decode("utf-8")
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    rows = lines if lines and isinstance(lines[0], dict) and "catalog" in lines[0] else json.loads(text)
    return sorted({r["catalog"].split("@")[0] for r in rows})


def test_export_without_catalog_carries_every_catalog_and_the_help_says_so(tmp_path, cli, capsys):
    office, officer = cli.enrolled(tmp_path, ("hanoi-2025", "learning-models"))
    for catalog, value in (("hanoi-2025", "71"), ("learning-models", "55")):
        cli(officer, "enter", "--catalog", catalog, "--unit", "00004", "--period", 2025, "--indicator", "1.1.2.a",
            "--measure", "value", "--value", value)
    both = cli.json(officer, "export", "--out", tmp_path / "a.lcb")
    one = cli.json(officer, "export", "--out", tmp_path / "b.lcb", "--catalog", "learning-models")
    assert both["records"] == 2 and one["records"] == 1
    assert records_by_catalog(both["file"]) == ["hanoi-2025", "learning-models"]
    assert records_by_catalog(one["file"]) == ["learning-models"]
    with pytest.raises(SystemExit):
        cli(officer, "export", "--help", ok=False)
    words = " ".join(capsys.readouterr().out.split())
    assert "default: every catalog you were provisioned with" in words and "needed when" not in words
