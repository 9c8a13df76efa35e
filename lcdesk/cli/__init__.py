"""The command-line interface: one module per command, each a few lines over the core.

Every command takes the global ``--home DIR`` (or ``LCDESK_HOME``); with
``--json`` it prints machine-readable output. Errors the user can cause are
printed (Vietnamese, then English) and exit with status 2.
"""

from __future__ import annotations

import json
import sys
from functools import cached_property

from lcdesk import console
from lcdesk.cli import (
    backup_cmd, catalog_cmd, evidence_cmd, figures_cmd, keys_cmd, office_cmd, officer_cmd, report_cmd, review_cmd,
    units_cmd,
)
from lcdesk.command_line import COMMAND_NAMES, global_parser
from lcdesk.core.errors import LcdeskError

MODULES = [catalog_cmd, units_cmd, keys_cmd, officer_cmd, review_cmd, figures_cmd, office_cmd, backup_cmd, evidence_cmd]
COMMANDS = {name for module in MODULES for name in module.NAMES}
assert COMMANDS == COMMAND_NAMES, "lcdesk.command_line.COMMAND_NAMES must list every command"


class Context:
    """What a command needs: its arguments and, opened on first use, the store."""

    def __init__(self, args):
        self.args = args

    @cached_property
    def store(self):
        from lcdesk.core.store import Store

        # read_only_store: another process holds the folder (lcdesk.folder_lock)
        return Store.open(self.args.home, read_only=getattr(self.args, "read_only_store", False))

    def close(self):
        if "store" in self.__dict__:
            self.store.close()


def build_parser(commands: bool = True):
    """The parser; ``commands=False``: the global options only (``lcdesk.command_line``; the
    window's start-up uses that directly and never imports this package)."""
    parser = global_parser()
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in MODULES:
        module.register(sub)
    return parser


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False))


def run_command(args) -> int:
    console.prepare()
    ctx = Context(args)
    try:
        return int(args.handler(ctx) or 0)
    except BrokenPipeError:  # `lcdesk ... | head`
        return 0
    except LcdeskError as exc:
        if getattr(args, "json", False):
            print_json({"error": exc.message_en, "error_vi": exc.message_vi})
        else:
            print(f"Lỗi: {exc.message_vi}\nError: {exc.message_en}", file=sys.stderr)
        return 2
    finally:
        ctx.close()
