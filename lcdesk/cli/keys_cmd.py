"""``lcdesk keys show``: this installation's public identity."""

from __future__ import annotations

NAMES = ("keys",)


def register(sub) -> None:
    p = sub.add_parser("keys", help="show this installation's key (id, fingerprint, public key)")
    ksub = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    c = ksub.add_parser("show", help="show the key id, fingerprint and public key (created on first use)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_show)
    c = ksub.add_parser("passphrase", help="protect the private key with a passphrase, change or remove it")
    c.add_argument("--new-env", default="LCDESK_NEW_PASSPHRASE",
                   help="environment variable holding the new passphrase (empty or unset: remove protection)")
    c.set_defaults(handler=cmd_passphrase)


def cmd_show(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import identity

    info = identity.describe_key(identity.my_key(ctx.store))
    if ctx.args.json:
        print_json(info)
    else:
        print(f"Mã khóa (key id): {info['key_id']}\nDấu vân tay (fingerprint): {info['fingerprint']}")
    return 0


def cmd_passphrase(ctx) -> int:
    """The old passphrase comes from $LCDESK_PASSPHRASE, the new from --new-env (never from argv)."""
    import os

    from lcdesk.core.exchange import identity

    from lcdesk.core.exchange import keys

    old = os.environ.get(identity.PASSPHRASE_ENV)
    new = os.environ.get(ctx.args.new_env)
    identity.my_key(ctx.store)  # make sure the key exists and the old passphrase is right
    keys.change_passphrase(ctx.store.home, old.encode() if old else None, new.encode() if new else None)
    print("Đã bảo vệ khóa bằng mật khẩu." if new else "Đã bỏ mật khẩu của khóa.")
    return 0
