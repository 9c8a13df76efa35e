"""``lcdesk office init|enroll|import|revoke|values|resolve|status``: the city office."""

from __future__ import annotations

NAMES = ("office",)


def office_modules():
    """The modules that add their own ``office`` actions (one owner each)."""
    from lcdesk.cli import figures_cmd, office_values_cmd, report_cmd, review_cmd

    return [office_values_cmd, review_cmd, figures_cmd, report_cmd]


def register(sub) -> None:
    p = sub.add_parser("office", help="city office: set up, enrol officers, import bundles, see values")
    osub = p.add_subparsers(dest="office_command", metavar="ACTION", required=True)
    c = osub.add_parser("init", help="make this installation the city office")
    c.add_argument("--city", required=True, help="city code or name")
    c.add_argument("--catalog", required=True, help="catalog id (id or id@version)")
    c.add_argument("--name", default="", help="the office's name")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_init)
    c = osub.add_parser("enroll", help="register an officer's request and write their provisioning file")
    c.add_argument("file", help="the enrolment request (.lcr)")
    c.add_argument("--unit", action="append", required=True, help="unit code to assign (repeatable)")
    c.add_argument("--out", required=True, help="the provisioning file to write (.lcp)")
    c.add_argument("--period", action="append", type=int, default=[], help="reporting year (repeatable)")
    c.add_argument("--deadline", default="", help="the deadline, YYYY-MM-DD")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_enroll)
    c = osub.add_parser("provision", help="write a provisioning update for an enrolled key")
    c.add_argument("key_id", help="the officer's key id")
    c.add_argument("--out", required=True, help="the provisioning file to write (.lcp)")
    c.add_argument("--period", action="append", type=int, default=[], help="reporting year (repeatable)")
    c.add_argument("--deadline", default="", help="the deadline, YYYY-MM-DD")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_provision)
    c = osub.add_parser("catalog", help="switch the office to another catalog or catalog version")
    c.add_argument("id", help="catalog id or id@version (e.g. one imported from a workbook)")
    c.set_defaults(handler=cmd_catalog)
    c = osub.add_parser("import", help="verify and merge bundle files; rejected ones go to quarantine")
    c.add_argument("files", nargs="+", help="bundle files (.lcb)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_import)
    c = osub.add_parser("revoke", help="revoke a key: its later bundles are rejected")
    c.add_argument("key_id", help="the key id")
    c.set_defaults(handler=cmd_revoke)
    for module in office_modules():
        module.register_office(osub)

def cmd_init(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import identity
    from lcdesk.core.units import registry as units

    city = units.find_city(ctx.args.city)
    info = identity.init_office(ctx.store, city, ctx.store.get_catalog(ctx.args.catalog), ctx.args.name)
    print_json(info) if ctx.args.json else print(f"Đã thiết lập văn phòng {info['name']} ({info['catalog']}).\nDấu vân tay: {info['fingerprint']}")
    return 0


def cmd_enroll(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import identity
    from lcdesk.core.exchange import provisioning
    from lcdesk.core.units import registry as units
    from lcdesk.core.units.city import city_units

    a, store = ctx.args, ctx.store
    city = units.find_city(identity.office_settings(store)["city"])
    info = provisioning.enroll(store, a.file, a.unit, a.out, a.period, a.deadline, city_units(store, city))
    print_json(info) if a.json else print(f"Đã đăng ký {info['name']} ({info['key_id']}) cho {', '.join(info['units'])}; ghi {a.out}.")
    return 0


def cmd_provision(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import identity
    from lcdesk.core.exchange import provisioning
    from lcdesk.core.units import registry as units
    from lcdesk.core.units.city import city_units

    a, store = ctx.args, ctx.store
    city = units.find_city(identity.office_settings(store)["city"])
    info = provisioning.reprovision(store, a.key_id, a.out, a.period, a.deadline, city_units(store, city))
    print_json(info) if a.json else print(f"Đã ghi cấu hình mới cho {info['name']}: {a.out}.")
    return 0


def cmd_catalog(ctx) -> int:
    from lcdesk.core.exchange import identity

    office = identity.set_office_catalog(ctx.store, ctx.store.get_catalog(ctx.args.id))
    print(f"Văn phòng dùng danh mục {office['catalog']}.")
    return 0


def cmd_import(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import importer

    results = importer.import_files(ctx.store, ctx.args.files)
    if ctx.args.json:
        print_json([r.to_dict() for r in results])
    else:
        for r in results:
            print(f"{r.status:<9} {r.file}: {r.reason_vi or f'{r.records} số liệu ({r.new_records} mới)'}")
    return 0


def cmd_revoke(ctx) -> int:
    from lcdesk.core.exchange import identity
    from lcdesk.core.exchange.importer import Rejected

    identity.require_role(ctx.store, identity.OFFICE)
    if not ctx.store.revoke_key(ctx.args.key_id):
        raise Rejected("unknown_key", f"Không có khóa đang hiệu lực {ctx.args.key_id}.", f"No active key {ctx.args.key_id}.")
    print(f"Đã thu hồi khóa {ctx.args.key_id}.")
    return 0
