"""The entry point tells a command from a file to open with ``lcdesk.command_line`` (without
importing every command's module): its names must be exactly the commands ``lcdesk.cli``
registers, and a name there must reach the command, not the window."""

from __future__ import annotations

import argparse

from hypothesis import given, settings
from hypothesis import strategies as st

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


TOKENS = ["--demo", "--verbose", "--self-check", "--home", "--home=D:\\Dữ liệu", "--home=", "C:\\lcdesk", "-x",
          "--homes", "--dem", "phường-ba-đình.lcp", "--", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=6))
def test_the_window_reads_its_options_as_the_parser_does(options):
    """``window_options`` (the start's short way) gives what ``global_parser`` gives, or the
    parser's own refusal (exit status 2 with its message) for what it does not read itself."""
    import contextlib
    import io

    from lcdesk.command_line import global_parser, window_options

    def run(read):
        with contextlib.redirect_stderr(io.StringIO()):
            try:
                return vars(read())
            except SystemExit as exc:
                return ("exit", exc.code)

    expected = run(lambda: global_parser().parse_args(options))
    assert run(lambda: window_options(options)) == expected
