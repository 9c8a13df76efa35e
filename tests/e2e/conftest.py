"""Run the CLI in-process, as a script would: arguments in, exit code and stdout out."""

import json

import pytest

from lcdesk.__main__ import main


class Cli:
    def __init__(self, capsys):
        self.capsys = capsys

    def __call__(self, home, *args, ok=True):
        self.capsys.readouterr()
        code = main(["--home", str(home), *map(str, args)])
        out, err = self.capsys.readouterr()
        if ok and code != 0:
            raise AssertionError(f"lcdesk {' '.join(map(str, args))} exited {code}: {err}")
        return code, out, err

    def enrolled(self, work, catalogs=("hanoi-2025",), unit="00004"):
        """(office, officer) data folders under ``work``: a Hà Nội office collecting ``catalogs``,
        and Nguyễn Văn An enrolled and set up for ``unit``, year 2025."""
        office, officer = work / "office", work / "officer"
        self.json(office, "office", "init", "--city", "01", *(a for c in catalogs for a in ("--catalog", c)))
        self(officer, "enroll-request", "--name", "Nguyễn Văn An", "--unit", unit, "--out", work / "r.lcr")
        self(office, "office", "enroll", work / "r.lcr", "--unit", unit, "--period", 2025, "--deadline", "2025-12-10",
             "--out", work / "p.lcp")
        self(officer, "setup", work / "p.lcp")
        return office, officer

    def json(self, home, *args, ok=True):
        code, out, _ = self(home, *args, "--json", ok=ok)
        return json.loads(out)


@pytest.fixture
def cli(capsys):
    return Cli(capsys)
