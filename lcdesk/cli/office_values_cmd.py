"""``lcdesk office values|resolve|evidence``: what the city has received, and settling conflicts."""

from __future__ import annotations

NAMES = ()


def register(sub) -> None:
    """No top-level command: these are ``office`` actions."""


def register_office(osub) -> None:
    c = osub.add_parser("values", help="the current value of every cell, with its sources and conflicts")
    c.add_argument("--period", type=int, help="only this year")
    c.add_argument("--provenance", action="store_true", help="also say when each source was imported")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_values)
    c = osub.add_parser("resolve", help="settle a conflict by choosing a candidate's value (or typing one)")
    for name in ("unit", "indicator", "measure"):
        c.add_argument(f"--{name}", required=True, help=f"the {name}")
    c.add_argument("--period", required=True, type=int, help="the year")
    c.add_argument("--choose", help="the key id whose value stands")
    c.add_argument("--value", help="or: the value to record instead")
    c.add_argument("--note", default="", help="why (kept with the decision)")
    c.set_defaults(handler=cmd_resolve)



def cmd_values(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import identity
    from lcdesk.core.merge import rule as merge

    identity.require_role(ctx.store, identity.OFFICE)
    states = merge.cell_states(ctx.store, period=ctx.args.period)
    if ctx.args.json:
        print_json([s.to_dict(ctx.args.provenance) for s in states])
    else:
        for s in states:
            c = s.cell
            shown = "XUNG ĐỘT" if s.conflict else s.value
            print(f"{c.unit} {c.period} {c.indicator}/{c.measure}: {shown} ({len(s.sources)} nguồn)")
    return 0


def cmd_resolve(ctx) -> int:
    from lcdesk.core.merge import resolve

    a = ctx.args
    record = resolve.resolve(ctx.store, unit=a.unit, period=a.period, indicator=a.indicator, measure=a.measure,
                             choose=a.choose, value_text=a.value, note=a.note)
    print(f"Đã ghi quyết định: {record.payload} (số thứ tự {record.seq}).")
    return 0
