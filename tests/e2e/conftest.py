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

    def json(self, home, *args, ok=True):
        code, out, _ = self(home, *args, "--json", ok=ok)
        return json.loads(out)


@pytest.fixture
def cli(capsys):
    return Cli(capsys)
