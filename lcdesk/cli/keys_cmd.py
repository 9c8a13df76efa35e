"""``lcdesk keys show``: this installation's public identity."""

from __future__ import annotations

NAMES = ("keys",)


def register(sub) -> None:
    p = sub.add_parser("keys", help="show this installation's key (id, fingerprint, public key)")
    ksub = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    c = ksub.add_parser("show", help="show the key id, fingerprint and public key (created on first use)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_show)


def cmd_show(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core import identity

    info = identity.describe_key(identity.my_key(ctx.store))
    if ctx.args.json:
        print_json(info)
    else:
        print(f"Mã khóa (key id): {info['key_id']}\nDấu vân tay (fingerprint): {info['fingerprint']}")
    return 0
