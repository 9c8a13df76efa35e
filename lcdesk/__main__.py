"""Entry point: ``lcdesk`` (or ``python -m lcdesk``).

With a subcommand it runs the CLI (``lcdesk.cli``); without one it opens the
GUI, optionally with a file to open (a bundle or a provisioning file, as when
the user double-clicks one). ``--self-check`` runs the frozen build's check;
``--demo`` uses the demo data folder (``<data folder>/demo``), set up on first use.

One process per data folder (``lcdesk.folder_lock``): the window holds the folder's lock
while it runs, a second start hands its file to it (``lcdesk.ui.single_instance``) and
exits; a command that writes holds the lock while it runs and is refused (exit status 2,
a Vietnamese and an English message) while the window is open; read-only commands run
beside the window on a read-only connection.
"""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from lcdesk.ui.pyside_startup import read_feature_marks_from_bytes

read_feature_marks_from_bytes()  # when PySide6 is loaded already (a launcher's probe): before our imports

from lcdesk import folder_lock  # noqa: E402
from lcdesk.command_line import is_command, window_options  # noqa: E402
from lcdesk.folder_lock import FolderLock  # noqa: E402
from lcdesk.paths import data_home  # noqa: E402

DEMO_FOLDER = "demo"  # lcdesk.core.officer.demo_home.DEMO_FOLDER, without importing the store


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if is_command(argv):
        from lcdesk.cli import build_parser

        args = build_parser().parse_args(argv)
        args.open_file = None
    else:
        options, files = _split_gui_args(argv)
        args = window_options(options)
        args.command = None
        args.open_file = files[0] if files else None
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.demo:
        args.demo_base = args.home
        args.home = str(data_home(args.home) / DEMO_FOLDER)
    if args.command:
        return _run_cli(args)
    if args.self_check:
        return _run_self_check(args)
    return _run_gui(args)


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


def _prepare_demo(args) -> None:
    """``--demo`` (with the demo folder's lock held): set the demo up on first use."""
    if not args.demo:
        return
    if (Path(args.home) / "lcdesk.db").exists():  # set up already? (without loading the demo's code)
        from lcdesk.core.store import Store

        with Store.open(args.home) as store:
            if store.get_setting("role"):
                return
    from lcdesk.core.officer.demo_home import open_demo

    open_demo(data_home(args.demo_base)).close()


def _print_error(args, exc) -> None:
    if getattr(args, "json", False):
        from lcdesk.cli import print_json

        print_json({"error": exc.message_en, "error_vi": exc.message_vi})
    else:
        print(f"Lỗi: {exc.message_vi}\nError: {exc.message_en}", file=sys.stderr)


def _run_cli(args) -> int:
    """A command, holding the folder's lock when it writes (see ``lcdesk.folder_lock``)."""
    import sqlite3

    from lcdesk.core.errors import LcdeskError

    lock = FolderLock(data_home(args.home))
    name = folder_lock.command_name(args)
    try:
        if folder_lock.is_read_only(args):
            args.read_only_store = not lock.try_acquire(f"cli {name}")
        elif not lock.try_acquire(f"cli {name}"):
            wait = folder_lock.CLI_WAIT_SECONDS if lock.holder()[0] == folder_lock.CLI else 0.0
            if not lock.acquire(f"cli {name}", wait=wait):
                raise folder_lock.busy_error(lock)
        if lock.held:
            _prepare_demo(args)
        from lcdesk.cli import run_command

        return run_command(args)
    except LcdeskError as exc:
        _print_error(args, exc)
        return 2
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):
            raise
        _print_error(args, folder_lock.busy_error(lock))
        return 2
    finally:
        lock.release()


def _run_self_check(args) -> int:
    """``--self-check`` in a temporary folder, or in ``--home`` while holding its lock."""
    from lcdesk.selfcheck import run

    if not args.home:
        return run(None)
    with FolderLock(data_home(args.home)) as lock:
        if not lock.try_acquire("cli self-check"):
            _print_error(args, folder_lock.busy_error(lock))
            return 2
        _prepare_demo(args)
        return run(args.home)


def _run_gui(args) -> int:
    """The window, holding the folder's lock; a second start hands its file to the first.

    No garbage collection runs until the window has painted (``lcdesk.ui.app.collect_from_now_on``):
    the start-up allocates some 100,000 objects (modules, classes, Qt's enums, the catalog) and
    frees almost none, so the collector's passes over them are wasted work."""
    gc.disable()
    try:
        return _start_window(args)
    finally:
        gc.enable()


def _start_window(args) -> int:
    from lcdesk.core.errors import LcdeskError
    from lcdesk.system_libraries import MissingLibrary, check_display

    try:
        check_display()  # Qt would abort with its own message; say which library is missing
    except MissingLibrary as exc:
        print(f"Lỗi: {exc.message_vi}\nError: {exc.message_en}", file=sys.stderr)
        return 2
    home = data_home(args.home)
    lock = FolderLock(home)
    if not lock.try_acquire("gui"):
        handed = _second_start(lock, home, args.open_file)
        if handed is not None:
            return handed
    try:
        _prepare_demo(args)
        from lcdesk.core.store import Store

        store = Store.open(home)
    except LcdeskError as exc:
        lock.release()
        print(exc.message_vi, file=sys.stderr)
        return 2
    from lcdesk.ui.app import run_gui

    try:
        return run_gui(store, sys.argv[:1], open_file=args.open_file)
    finally:
        store.close()
        lock.release()


def _second_start(lock, home, open_file) -> int | None:
    """The folder is taken: hand ``open_file`` to the window running there (exit status 0),
    or, when a command holds the folder, wait for it and start normally (None)."""
    import time

    from lcdesk.ui.single_instance import HAND_OVER_WAIT_SECONDS, hand_over

    deadline = time.monotonic() + HAND_OVER_WAIT_SECONDS
    while time.monotonic() < deadline:
        if lock.holder()[0] == folder_lock.GUI and hand_over(home, open_file, wait=0):
            return 0
        if lock.try_acquire("gui"):
            return None
        time.sleep(0.2)
    from lcdesk.ui.app import show_startup_error

    show_startup_error(folder_lock.busy_error(lock).message_vi)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
