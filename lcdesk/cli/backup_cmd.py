"""``lcdesk backup`` and ``lcdesk restore``: online copies of the database."""

from __future__ import annotations

NAMES = ("backup", "restore")


def register(sub) -> None:
    p = sub.add_parser("backup", help="copy the database to a backup file (safe while in use)")
    p.add_argument("--out", help="the file to write (default: a dated file in the backups folder)")
    p.add_argument("--list", action="store_true", help="list the existing backups instead")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help="replace the database with a backup (the current one is backed up first)")
    p.add_argument("file", help="the backup file")
    p.set_defaults(handler=cmd_restore)


def cmd_backup(ctx) -> int:
    if ctx.args.list:
        for path in ctx.store.list_backups():
            print(path)
        return 0
    path = ctx.store.backup(ctx.args.out)
    print(f"Đã sao lưu vào {path}")
    return 0


def cmd_restore(ctx) -> int:
    safety = ctx.store.restore(ctx.args.file)
    print(f"Đã khôi phục từ {ctx.args.file}. Bản trước khi khôi phục: {safety}")
    return 0
