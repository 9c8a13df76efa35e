"""The officer's commands: ``enroll-request``, ``setup``, ``enter``, ``export``."""

from __future__ import annotations

NAMES = ("enroll-request", "setup", "enter", "export")


def register(sub) -> None:
    p = sub.add_parser("enroll-request", help="officer: write an enrolment request file for the city office")
    p.add_argument("--name", required=True, help="your full name")
    p.add_argument("--position", default="", help="your position")
    p.add_argument("--unit", default="", help="the unit code you report for (a request; the office decides)")
    p.add_argument("--out", required=True, help="the request file to write (.lcr)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_enroll_request)
    p = sub.add_parser("setup", help="officer: accept the provisioning file from the city office")
    p.add_argument("file", help="the provisioning file (.lcp)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_setup)
    p = sub.add_parser("enter", help="enter one figure, with the same validation as the forms")
    for name in ("unit", "indicator", "measure", "value"):
        p.add_argument(f"--{name}", required=True, help=f"the {name}")
    p.add_argument("--period", required=True, type=int, help="the reporting year")
    p.add_argument("--catalog", help="catalog id (default: the provisioned or office catalog)")
    p.add_argument("--note", default="", help="a note kept with the value")
    p.add_argument("--evidence", action="append", default=[], help="an evidence file to attach (repeatable)")
    p.add_argument("--draft", action="store_true", help="keep as a draft instead of marking it complete")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_enter)
    p = sub.add_parser("export", help="officer: write the signed bundle of your figures")
    p.add_argument("--out", required=True,
                   help="a folder to put the bundle in, or a .lcb file name (an existing file is never overwritten)")
    p.add_argument("--period", type=int, help="only this reporting year")
    p.add_argument("--unit", action="append", default=None, help="only this unit (repeatable; default: all yours)")
    p.add_argument("--catalog", help="only this catalog's figures (default: every catalog you were provisioned with)")
    p.add_argument("--create-folder", action="store_true", help="create the --out folder when it does not exist")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_export)


def _show(ctx, data: dict, text: str) -> int:
    from lcdesk.cli import print_json

    print_json(data) if ctx.args.json else print(text)
    return 0


def cmd_enroll_request(ctx) -> int:
    from lcdesk.core.exchange import provisioning

    a = ctx.args
    info = provisioning.write_enrolment_request(ctx.store, a.out, a.name, a.position, a.unit)
    return _show(ctx, info, f"Đã ghi yêu cầu đăng ký {a.out}.\nDấu vân tay của bạn: {info['fingerprint']}")


def cmd_setup(ctx) -> int:
    from lcdesk.core.exchange import provisioning

    info = provisioning.setup(ctx.store, ctx.args.file)
    units = ", ".join(u["name"] for u in info["units"])
    return _show(ctx, info, f"Đã thiết lập. Văn phòng: {info['office']['name']} — dấu vân tay {info['office_fingerprint']}"
                            f"\nĐơn vị: {units}\nHạn nộp: {info['deadline'] or '—'}")


def default_catalog(store) -> str:
    from lcdesk.core.exchange import identity

    if identity.role(store) == identity.OFFICER:
        catalogs = identity.provisioning(store)["catalogs"]
        if len(catalogs) > 1:  # both programs at once (issue 10 §6): the officer says which
            from lcdesk.core.errors import EntryError

            ids = ", ".join(c.split("@")[0] for c in catalogs)
            raise EntryError(f"Bạn được giao nhiều danh mục chỉ số ({ids}): hãy chọn một bằng --catalog.",
                             f"You were provisioned with several catalogs ({ids}): choose one with --catalog.")
        return catalogs[0]
    if identity.role(store) == identity.OFFICE:
        return identity.office_settings(store)["catalog"]
    identity.require_role(store, identity.OFFICER)


def cmd_enter(ctx) -> int:
    from lcdesk.core.officer import entry
    from lcdesk.core.exchange import evidence
    from lcdesk.core.catalog import values

    a, store = ctx.args, ctx.store
    catalog = store.get_catalog(a.catalog or default_catalog(store))
    ind = entry.check_cell(store, catalog, a.unit, a.period, a.indicator, a.measure)
    raw = values.parse_value_text(ind.kind, a.value)
    hashes = [evidence.add_file(store, f) for f in a.evidence]
    record, _ = entry.save_value(store, catalog, unit=a.unit, period=a.period, indicator=a.indicator, measure=a.measure,
                                 raw=raw, status="draft" if a.draft else "complete", note=a.note, evidence=hashes)
    data = {"unit": a.unit, "period": a.period, "indicator": a.indicator, "measure": a.measure,
            "value": record.payload, "seq": record.seq, "status": record.status}
    return _show(ctx, data, f"Đã lưu {a.indicator}/{a.measure} = {record.payload} (số thứ tự {record.seq}).")


def cmd_export(ctx) -> int:
    from lcdesk.core.exchange import bundle

    a = ctx.args
    result = bundle.export_bundle(ctx.store, a.out, a.period, units=a.unit, catalog_id=a.catalog,
                                  create_folder=a.create_folder)
    from lcdesk.core.numbers import format_size

    lines = [f"Đã ghi và kiểm tra lại {result.path} ({format_size(result.size)}): {result.records} số liệu, "
             f"{result.evidence} tệp minh chứng; đơn vị {', '.join(result.units)}; năm {', '.join(map(str, result.periods)) or '—'}."]
    lines += [f"Lưu ý: {vi}" for vi, _ in result.warnings]
    return _show(ctx, result.summary(), "\n".join(lines))
