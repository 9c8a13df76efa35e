"""``lcdesk office report|settings|export-db``: the official workbook and the analysis database."""

from __future__ import annotations

from datetime import date

NAMES = ()


def register(sub) -> None:
    """Top-level commands of this module."""


def _day(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def register_office(osub) -> None:
    """``office`` actions of this module."""
    c = osub.add_parser("report", help="write the official report workbook (cover, appendix, charts, annexes)")
    c.add_argument("--period", required=True, type=int, help="the reporting year")
    c.add_argument("--catalog", help="catalog id (default: the office's first catalog)")
    c.add_argument("--only", choices=("approved", "received"), default="received",
                   help="which figures count: received (default; coverage says how many are approved) or approved")
    c.add_argument("--out", required=True, help="the workbook to write (.xlsx)")
    c.add_argument("--per", choices=("auto", "unit", "district", "none"), default="auto",
                   help="sheets per unit or per district (auto: per unit up to 300 units)")
    c.add_argument("--date", type=_day, help="the report's date on the cover, YYYY-MM-DD (default: today)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_report)
    c = osub.add_parser("settings", help="the names, number and signer the report's cover uses")
    c.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="set a cover setting (repeatable; an empty value restores the default)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_settings)
    c = osub.add_parser("export-db", help="write the period's analysis database (SQLite, for sqlite-utils, Datasette, Excel)")
    c.add_argument("--period", required=True, type=int, help="the reporting year")
    c.add_argument("--out", required=True, help="the database file to write (.db)")
    c.add_argument("--only", choices=("approved", "received"), default="received", help="which figures count")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_export_db)


def cmd_report(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.office.report import write_report

    a = ctx.args
    info = write_report(ctx.store, a.period, a.out, catalog=a.catalog, only=a.only, per=a.per, day=a.date)
    if a.json:
        print_json(info)
    else:
        print(f"Đã ghi báo cáo năm {info['period']} ({info['catalog']}): {info['out']}\n"
              f"{info['indicators']} chỉ số: {info['met']} đạt, {info['not_met']} chưa đạt, "
              f"{info['no_figure']} chưa có số liệu, {info['no_target']} không có chỉ tiêu; "
              f"{info['units_received']}/{info['units_expected']} đơn vị đã gửi, {info['units_approved']} đã duyệt.")
    return 0


def cmd_settings(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import identity
    from lcdesk.core.office.report import settings

    identity.require_role(ctx.store, identity.OFFICE)
    values = settings.update(ctx.store, ctx.args.set) if ctx.args.set else settings.cover_settings(ctx.store)
    if ctx.args.json:
        print_json(values)
    else:
        for key in settings.KEYS:
            print(f"{key:<20} {values[key]}")
    return 0


def cmd_export_db(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.office.report.analysis import export_analysis_db

    a = ctx.args
    info = export_analysis_db(ctx.store, a.period, a.out, only=a.only)
    if a.json:
        print_json(info)
    else:
        counts = ", ".join(f"{name} {n}" for name, n in info["tables"].items())
        print(f"Đã ghi cơ sở dữ liệu phân tích năm {info['period']}: {info['out']} ({counts}).")
    return 0
