"""``lcdesk office init|catalogs|enroll|provision|officers|import|quarantine|revoke``: the city office.

Other modules add their own ``office`` actions (values, review, figures, report)."""

from __future__ import annotations

from pathlib import Path

NAMES = ("office",)
EXIT_REJECTED = 3  # `office import`: at least one file was rejected (it is in quarantine)
ENROLL_FIELDS = ("key_id", "fingerprint", "name", "position", "requested_unit", "units", "catalogs", "periods")
OFFICER_FIELDS = ("key_id", "fingerprint", "name", "units", "catalogs", "periods", "status", "last_bundle_seq",
                  "last_received")
QUARANTINE_FIELDS = ("file", "reason", "reason_vi", "code", "when")


def office_modules():
    """The modules that add their own ``office`` actions."""
    from lcdesk.cli import figures_cmd, office_values_cmd, report_cmd, review_cmd

    return [office_values_cmd, review_cmd, figures_cmd, report_cmd]


def _json_flag(c) -> None:
    c.add_argument("--json", action="store_true", help="print JSON")


def _provision_args(c) -> None:
    c.add_argument("--period", action="append", type=int, default=[], help="reporting year (repeatable)")
    c.add_argument("--deadline", default="", help="the deadline, YYYY-MM-DD")
    _json_flag(c)


def register(sub) -> None:
    p = sub.add_parser("office", help="city office: set up, enrol officers, import bundles, see values")
    osub = p.add_subparsers(dest="office_command", metavar="ACTION", required=True)
    c = osub.add_parser("init", help="make this installation the city office")
    c.add_argument("--city", required=True, help="city code or name")
    c.add_argument("--catalog", action="append", required=True,
                   help="catalog id (id or id@version) to collect; repeat for several (hanoi-2025, learning-models)")
    c.add_argument("--name", default="", help="the office's name")
    _json_flag(c)
    c.set_defaults(handler=cmd_init)
    c = osub.add_parser("catalogs", help="the catalogs this office collects")
    _json_flag(c)
    c.set_defaults(handler=cmd_catalogs)
    c = osub.add_parser("enroll", help="register an officer's request and write their provisioning file")
    c.add_argument("file", help="the enrolment request (.lcr)")
    c.add_argument("--unit", action="append", required=True,
                   help="unit to assign, by code or name (case and diacritics ignored); repeatable")
    c.add_argument("--out", required=True, help="the provisioning file to write (.lcp)")
    _provision_args(c)
    c.set_defaults(handler=cmd_enroll)
    c = osub.add_parser("provision", help="write a provisioning update for an enrolled key (or, with --all, "
                                          "for every active officer)")
    c.add_argument("key_id", nargs="?", help="the officer's key id (not with --all)")
    c.add_argument("--all", action="store_true",
                   help="every active officer: one file each in the folder --out (their own years and deadline "
                        "unless --period/--deadline are given)")
    c.add_argument("--out", required=True, help="the provisioning file to write (.lcp); with --all, the folder")
    _provision_args(c)
    c.set_defaults(handler=cmd_provision)
    _register_registry(osub)
    for module in office_modules():
        module.register_office(osub)


def _register_registry(osub) -> None:
    c = osub.add_parser("officers", help="the registry of enrolled officers")
    _json_flag(c)
    c.set_defaults(handler=cmd_officers)
    c = osub.add_parser("catalog", help="switch the office to another catalog or catalog version")
    c.add_argument("id", help="catalog id or id@version (e.g. one imported from a workbook)")
    c.set_defaults(handler=cmd_catalog)
    c = osub.add_parser("import", help="verify and merge bundle files (or every .lcb in a folder); "
                                       "rejected ones go to quarantine; exit 3 if any was rejected")
    c.add_argument("files", nargs="+", help="bundle files (.lcb) or folders")
    _json_flag(c)
    c.set_defaults(handler=cmd_import)
    c = osub.add_parser("quarantine", help="the rejected files, with their reasons")
    _json_flag(c)
    c.set_defaults(handler=cmd_quarantine)
    c = osub.add_parser("revoke", help="revoke a key: its later bundles are rejected, earlier figures stay (marked)")
    c.add_argument("key_id", help="the key id")
    c.add_argument("--reason", default="Thu hồi bằng dòng lệnh", help="why (kept in the registry)")
    c.set_defaults(handler=cmd_revoke)


def cmd_init(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import identity
    from lcdesk.core.units import registry as units

    city = units.find_city(ctx.args.city)
    catalogs = [ctx.store.get_catalog(c) for c in ctx.args.catalog]
    info = identity.init_office(ctx.store, city, catalogs, ctx.args.name)
    keys = info.get("catalogs") or [info["catalog"]]
    print_json(info) if ctx.args.json else print(
        f"Đã thiết lập văn phòng {info['name']} ({', '.join(keys)}).\nDấu vân tay: {info['fingerprint']}")
    return 0


def cmd_catalogs(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.office import registry

    rows = []
    for key in registry.office_catalogs(ctx.store):
        cat = ctx.store.get_catalog(key)
        rows.append({"id": cat.id, "version": cat.version, "key": cat.key, "title": cat.title})
    if ctx.args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['key']:<28} {r['title']}")
    return 0


def _print_enrolled(info: dict) -> None:
    units = ", ".join(f"{u['name'] or u['code']} ({u['code']})" for u in info["units"])
    print(f"Cán bộ: {info['name']}" + (f" — {info['position']}" if info["position"] else ""))
    print(f"Đơn vị đề nghị: {info['requested_unit'] or '(không ghi)'}")
    print(f"Dấu vân tay: {info['fingerprint']}  (đối chiếu qua điện thoại trước khi gửi tệp)")
    print(f"Đơn vị được giao: {units}")
    print(f"Đã ghi {info['file']}")


def cmd_enroll(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.office import registry

    a = ctx.args
    info = registry.enrol(ctx.store, a.file, a.unit, a.out, a.period, a.deadline)
    print_json({k: info[k] for k in ENROLL_FIELDS}) if a.json else _print_enrolled(info)
    return 0


def cmd_provision(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.office import registry

    a = ctx.args
    if a.all == bool(a.key_id):
        from lcdesk.core.errors import LcdeskError

        raise LcdeskError("Hãy ghi mã khóa của một cán bộ, hoặc --all để cấp lại cho tất cả (không cả hai).",
                          "Give one officer's key id, or --all for every active officer (not both).")
    if a.all:
        return _provision_all(ctx, registry, print_json)
    info = registry.reprovision(ctx.store, a.key_id, a.out, a.period, a.deadline)
    print_json({k: info[k] for k in ENROLL_FIELDS}) if a.json else print(f"Đã ghi cấu hình mới cho {info['name']}: {a.out}.")
    return 0


def _provision_all(ctx, registry, print_json) -> int:
    """``office provision --all``: the desk's "Cấp lại cho tất cả" (``registry.reprovision_all``)."""
    from lcdesk.core.exchange import identity

    a = ctx.args
    identity.require_role(ctx.store, identity.OFFICE)
    if Path(a.out).exists() and not Path(a.out).is_dir():
        from lcdesk.core.errors import LcdeskError

        raise LcdeskError(f"Với --all, --out phải là một thư mục; {a.out} là một tệp.",
                          f"With --all, --out must be a folder; {a.out} is a file.")
    written = registry.reprovision_all(ctx.store, a.out, a.period, a.deadline)
    if a.json:
        print_json([{**{k: info[k] for k in ENROLL_FIELDS}, "file": info["file"]} for info in written])
        return 0
    for info in written:
        print(f"Đã ghi cấu hình mới cho {info['name']}: {info['file']}")
    if not written:
        print("Không có cán bộ nào đang hiệu lực: không ghi tệp nào.")
    return 0


def cmd_officers(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.office import registry

    rows = registry.officers(ctx.store)
    if ctx.args.json:
        print_json([{k: r[k] for k in OFFICER_FIELDS} for r in rows])
        return 0
    for r in rows:
        units = ", ".join(u["name"] or u["code"] for u in r["units"])
        last = f"gói {r['last_bundle_seq']} nhận {r['last_received']}" if r["last_bundle_seq"] else "chưa gửi gói"
        state = "đang hiệu lực" if r["status"] == registry.ACTIVE else "đã thu hồi"
        print(f"{r['name']:<28} {r['fingerprint']}  {state:<14} {last:<40} {units}")
    return 0


def cmd_catalog(ctx) -> int:
    from lcdesk.core.exchange import identity

    office = identity.set_office_catalog(ctx.store, ctx.store.get_catalog(ctx.args.id))
    print(f"Văn phòng dùng danh mục {', '.join(office.get('catalogs') or [office['catalog']])}.")
    return 0


def cmd_import(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import importer
    from lcdesk.core.office import inbox

    results = importer.import_files(ctx.store, inbox.collect(ctx.args.files))
    if ctx.args.json:
        print_json([r.to_dict() for r in results])
    else:
        for r in results:
            print(f"{r.status:<9} {r.file}: {r.reason_vi or f'{r.records} số liệu ({r.new_records} mới)'}")
    return EXIT_REJECTED if any(r.status == importer.REJECTED for r in results) else 0


def cmd_quarantine(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import identity
    from lcdesk.core.office import inbox

    identity.require_role(ctx.store, identity.OFFICE)
    rows = inbox.quarantine_rows(ctx.store)
    if ctx.args.json:
        print_json([{k: r[k] for k in QUARANTINE_FIELDS} for r in rows])
    else:
        for r in rows:
            print(f"{r['when']}  {r['file']}: {r['reason_vi']}")
    return 0


def cmd_revoke(ctx) -> int:
    from lcdesk.core.office import registry

    registry.revoke(ctx.store, ctx.args.key_id, ctx.args.reason)
    print(f"Đã thu hồi khóa {ctx.args.key_id}. {registry.POLICY_VI}")
    return 0
