"""What ``lcdesk``'s entry point needs before it knows whether it runs a command or the window:
the command names and the global options, without importing ``lcdesk.cli`` (every command's
module, ~0.01 s) on the window's start-up path.

``lcdesk.cli`` builds its full parser on ``global_parser`` and checks that ``COMMAND_NAMES``
names exactly the commands its modules register (``tests/test_cli_names.py``)."""

from __future__ import annotations

import argparse

from lcdesk import APP_NAME, __version__

COMMAND_NAMES = frozenset({
    "backup", "catalog", "check", "enroll-request", "enter", "export", "exports", "keys", "office", "open",
    "restore", "setup", "todo", "units", "verify-evidence",
})


def is_command(argv: list[str]) -> bool:
    """Whether ``argv`` asks for a command (or help, or the version) rather than the window."""
    return any(a in COMMAND_NAMES or a in ("-h", "--help", "--version") for a in argv)


FLAGS = {"--demo": "demo", "--verbose": "verbose", "--self-check": "self_check"}


def window_options(options: list[str]) -> argparse.Namespace:
    """The global options of a start without a command (``lcdesk [--home DIR] [--demo] FILE``):
    read directly when they are the usual ones, as ``global_parser`` would read them (argparse
    with its help and messages costs ~0.002 s more at every start); anything else (an unknown
    option, ``--home`` without a folder) goes to ``global_parser``, which explains or refuses it."""
    values = {"home": None, "demo": False, "verbose": False, "self_check": False}
    rest = list(options)
    while rest:
        option = rest.pop(0)
        if option in FLAGS:
            values[FLAGS[option]] = True
        elif option == "--home" and rest and not rest[0].startswith("-"):
            values["home"] = rest.pop(0)
        elif option.startswith("--home=") and len(option) > len("--home="):
            values["home"] = option[len("--home="):]
        else:
            return global_parser().parse_args(options)
    return argparse.Namespace(**values)


def global_parser() -> argparse.ArgumentParser:
    """The parser with the global options only (what the window's start-up reads)."""
    parser = argparse.ArgumentParser(prog=APP_NAME, description="Learning City Desk — báo cáo chỉ số thành phố học tập.")
    parser.add_argument("--home", help="data folder (default: the per-user data folder, or $LCDESK_HOME)")
    parser.add_argument("--verbose", action="store_true", help="log debugging detail")
    parser.add_argument("--self-check", action="store_true", help="check the installation and exit")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo data folder (<data folder>/demo: a Hanoi ward officer with sample figures, "
                             "set up on first use); without a command, open the GUI on it")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser
