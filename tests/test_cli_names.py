"""The entry point tells a command from a file to open with ``lcdesk.command_line`` (without
importing every command's module): its names must be exactly the commands ``lcdesk.cli``
registers, and a name there must reach the command, not the window."""

from __future__ import annotations

import argparse

from lcdesk import cli
from lcdesk.command_line import COMMAND_NAMES, is_command


def _registered() -> set[str]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_the_start_up_list_names_every_registered_command():
    assert COMMAND_NAMES == cli.COMMANDS == _registered()


def test_a_command_name_is_a_command_and_a_file_is_not():
    assert is_command(["--home", "x", "export", "--out", "y"])
    assert is_command(["--version"])
    assert not is_command(["--home", "x", "--demo"])
    assert not is_command(["C:\\Users\\an\\Downloads\\phuong-ba-dinh.lcp"])
