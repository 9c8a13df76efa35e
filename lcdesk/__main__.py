"""Entry point: ``lcdesk`` (or ``python -m lcdesk``).

With a subcommand it runs the CLI (``lcdesk.cli``); without one it opens the
GUI, optionally with a file to open (a bundle or a provisioning file, as when
the user double-clicks one). ``--self-check`` runs the frozen build's check;
``--demo`` uses the demo data folder (``<data folder>/demo``), set up on first use.
"""

from __future__ import annotations

import logging
import sys

from lcdesk.cli import COMMANDS, build_parser, run_command


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if _is_cli(argv):
        args = parser.parse_args(argv)
        args.open_file = None
    else:
        options, files = _split_gui_args(argv)
        args = parser.parse_args(options)
        args.open_file = files[0] if files else None
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.demo:
        code = _use_demo(args)
        if code:
            return code
    if args.self_check:
        from lcdesk.selfcheck import run

        return run(args.home)
    if args.command:
        return run_command(args)
    return _run_gui(args)


def _is_cli(argv: list[str]) -> bool:
    return any(a in COMMANDS or a in ("-h", "--help", "--version") for a in argv)


def _split_gui_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """Global options for the parser, and bare paths (files to open)."""
    options, files, expect_value = [], [], False
    for arg in argv:
        if expect_value:
            options.append(arg)
            expect_value = False
        elif arg.startswith("-"):
            options.append(arg)
            expect_value = arg == "--home"
        else:
            files.append(arg)
    return options, files


def _use_demo(args) -> int:
    """``--demo``: point ``--home`` at <data folder>/demo, setting the demo up on first use."""
    from lcdesk.core.officer.demo_home import demo_home, open_demo
    from lcdesk.core.errors import LcdeskError
    from lcdesk.paths import data_home

    base = data_home(args.home)
    try:
        open_demo(base).close()
    except LcdeskError as exc:
        print(exc.message_vi, file=sys.stderr)
        return 2
    args.home = str(demo_home(base))
    return 0


def _run_gui(args) -> int:
    from lcdesk.core.errors import LcdeskError
    from lcdesk.core.store import Store

    try:
        store = Store.open(args.home)
    except LcdeskError as exc:
        print(exc.message_vi, file=sys.stderr)
        return 2
    from lcdesk.ui.app import run_gui

    try:
        return run_gui(store, sys.argv[:1], open_file=args.open_file)
    finally:
        store.close()


if __name__ == "__main__":
    raise SystemExit(main())
