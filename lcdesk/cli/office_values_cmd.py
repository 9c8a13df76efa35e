"""``lcdesk office values|resolve|evidence``: what the city has received, settling conflicts, evidence files."""

from __future__ import annotations

import sys

NAMES = ()


def register(sub) -> None:
    """No top-level command: these are ``office`` actions."""


def register_office(osub) -> None:
    c = osub.add_parser("values", help="the current value of every cell, with its sources and conflicts")
    c.add_argument("--period", type=int, help="only this year")
    c.add_argument("--catalog", help="only this catalog (default: every catalog)")
    c.add_argument("--provenance", action="store_true", help="also say when each source was imported")
    c.add_argument("--json", action="store_true", help="print JSON (streamed: one object per cell)")
    c.set_defaults(handler=cmd_values)
    c = osub.add_parser("resolve", help="settle a conflict by choosing a candidate's value (or typing one)")
    for name in ("unit", "indicator", "measure"):
        c.add_argument(f"--{name}", required=True, help=f"the {name}")
    c.add_argument("--period", required=True, type=int, help="the year")
    c.add_argument("--catalog", help="the catalog (needed when the office collects several)")
    c.add_argument("--choose", help="the key id whose value stands")
    c.add_argument("--value", help="or: the value to record instead")
    c.add_argument("--note", default="", help="why (required; kept with the decision)")
    c.set_defaults(handler=cmd_resolve)
    c = osub.add_parser("evidence", help="write an evidence file under its original name")
    c.add_argument("sha256", metavar="SHA", help="the evidence file's SHA-256 (as `office values` lists it)")
    c.add_argument("--out", required=True, help="the folder to write it into")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_evidence)


def cmd_values(ctx) -> int:
    from lcdesk.core.exchange import identity

    identity.require_role(ctx.store, identity.OFFICE)
    a = ctx.args
    if a.json:
        from lcdesk.core.office import values_json

        values_json.write_values(ctx.store, sys.stdout, catalog=a.catalog, period=a.period, provenance=a.provenance)
    else:
        from lcdesk.core.office import values_text

        for line in values_text.lines(ctx.store, catalog=a.catalog, period=a.period, provenance=a.provenance):
            print(line)
    return 0


def cmd_resolve(ctx) -> int:
    from lcdesk.core.merge import resolve

    from lcdesk.core.office import conflicts

    a = ctx.args
    catalog = a.catalog or conflicts.catalog_of_cell(ctx.store, unit=a.unit, period=a.period, indicator=a.indicator,
                                                     measure=a.measure)
    record = resolve.resolve(ctx.store, unit=a.unit, period=a.period, indicator=a.indicator, measure=a.measure,
                             choose=a.choose, value_text=a.value, note=a.note, catalog=catalog)
    print(f"Đã ghi quyết định: {record.payload} (số thứ tự {record.seq}).")
    return 0


def cmd_evidence(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.office import cell_detail

    path = cell_detail.write_evidence(ctx.store, ctx.args.sha256, ctx.args.out)
    if ctx.args.json:
        print_json({"sha256": ctx.args.sha256, "path": str(path), "name": path.name})
    else:
        print(f"Đã ghi tệp minh chứng: {path}")
    return 0
