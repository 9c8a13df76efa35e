"""``lcdesk office figures|checks|follow-up|rating`` and the officer's ``check``: city figures and data-quality checks."""

from __future__ import annotations

import json
import sys

NAMES = ("check",)
EVALUATION_VI = {"met": "Đạt", "not_met": "Chưa đạt", "no_figure": "Chưa có số liệu", "no_target": "Không có chỉ tiêu"}
IMPORTANCE_VI = {"high": "cao", "medium": "trung bình", "low": "thấp"}


def register(sub) -> None:
    """Top-level commands of this module: the officer's ``check``."""
    c = sub.add_parser("check", help="run the catalog's data-quality rules on your own figures (before export)")
    c.add_argument("--period", type=int, help="only this year (default: every year you report)")
    c.add_argument("--catalog", help="only this catalog")
    c.add_argument("--unit", help="only this unit (code)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_check)


def _city_scope(c) -> None:
    """What ``figures`` and ``checks`` look at: one year, every catalog or one, every indicator or one."""
    c.add_argument("--period", required=True, type=int, help="the year")
    c.add_argument("--catalog", help="catalog id (default: every catalog the office collects)")
    c.add_argument("--indicator", help="only this indicator (code)")


def register_office(osub) -> None:
    """``office`` actions of this module."""
    c = osub.add_parser("figures", help="city figures: Σ numerator / Σ denominator, coverage, target evaluation")
    _city_scope(c)
    c.add_argument("--only", choices=("approved", "received"), default="received",
                   help="which values count: received (default; coverage says how many are approved) or approved")
    c.add_argument("--drill", action="store_true", help="add the units (and bundles) behind each figure")
    c.add_argument("--json", action="store_true", help="print JSON (streamed: one object per figure)")
    c.set_defaults(handler=cmd_figures)
    c = osub.add_parser("checks", help="data-quality checks: failed rules, peer outliers, year-on-year jumps")
    _city_scope(c)
    c.add_argument("--jump-factor", help="first set the year-on-year factor (default 3: ×3 or ÷3)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_checks)
    c = osub.add_parser("follow-up", help="mark a value to check with its unit (with a comment), close a mark, or list them")
    c.add_argument("--period", required=True, type=int, help="the year")
    c.add_argument("--unit", help="the unit (code); without it: list the marks")
    c.add_argument("--indicator", help="the indicator (code)")
    c.add_argument("--measure", default="", help="the measure (default: the whole form)")
    c.add_argument("--catalog", help="catalog id (default: the office's first)")
    c.add_argument("--comment", default="", help="what to check")
    c.add_argument("--close", action="store_true", help="close the mark")
    c.add_argument("--all", action="store_true", help="list closed marks too")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_follow_up)
    c = osub.add_parser("rating", help="record the city's rating (1-5) of an indicator, with a note (the expert panel's)")
    c.add_argument("--period", required=True, type=int, help="the year")
    c.add_argument("--indicator", required=True, help="the indicator (code)")
    c.add_argument("--rating", required=True, type=int, choices=range(1, 6), help="1 (Yếu) … 5 (Xuất sắc)")
    c.add_argument("--note", default="", help="where the rating comes from (e.g. the panel's minutes)")
    c.add_argument("--catalog", help="catalog id (default: the office's first)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_rating)


def write_json_list(rows, out=sys.stdout) -> None:
    """A JSON array written one object at a time (C encoder; nothing held but the current row)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    out.write("[")
    for i, row in enumerate(rows):
        out.write(",\n" if i else "\n")
        out.write(encode(row))
    out.write("\n]\n")


def cmd_figures(ctx) -> int:
    from lcdesk.core.exchange import identity
    from lcdesk.core.office import figures

    identity.require_role(ctx.store, identity.OFFICE)
    a = ctx.args
    rows = figures.city_figures(ctx.store, a.period, a.catalog, a.indicator, only=a.only, drill=a.drill)
    if a.json:
        write_json_list(rows)
        return 0
    for line in figure_lines(rows):
        print(line)
    return 0


def figure_lines(rows):
    from lcdesk.core.office.figures import figure_text

    for f in rows:
        yield (f"{f['indicator']} [{f['measure']}] {figure_text(f) or '—'} · {EVALUATION_VI[f['evaluation']]}"
               + (f" ({f['target']['text']})" if f["target"] else "") + f" · {f['coverage']}")
        for u in f.get("units", []):
            yield f"    {u['code']} {u['name']}: {u['value'] if u['value'] is not None else '—'}" \
                  + (" (chỉ báo tỷ lệ)" if u.get("rate_only") else "") + f" · {u['officer']} · {u['bundle'] or ''}"


def cmd_checks(ctx) -> int:
    from lcdesk.core.exchange import identity
    from lcdesk.core.office import checks

    identity.require_role(ctx.store, identity.OFFICE)
    a = ctx.args
    if a.jump_factor:
        checks.set_jump_factor(ctx.store, a.jump_factor)
    rows = checks.office_checks(ctx.store, a.period, a.catalog, a.indicator)
    _print_checks(rows, a.json)
    return 0


def cmd_check(ctx) -> int:
    from lcdesk.core.exchange import identity
    from lcdesk.core.office import checks

    identity.require_role(ctx.store, identity.OFFICER)
    a = ctx.args
    rows = checks.officer_checks(ctx.store, a.period, a.catalog, a.unit)
    _print_checks(rows, a.json)
    return 0


def _print_checks(rows, as_json: bool) -> None:
    if as_json:
        write_json_list(rows)
        return
    if not rows:
        print("Không có cảnh báo nào.")
    for r in rows:
        where = f"{r['unit_name']} · {r['indicator']}" if r["unit"] else "Chung"
        print(f"[{IMPORTANCE_VI.get(r['importance'], r['importance'])}] {where}: {r['message_vi']}")


def cmd_follow_up(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import identity
    from lcdesk.core.office import followups
    from lcdesk.core.office.expected import office_catalog

    identity.require_role(ctx.store, identity.OFFICE)
    a = ctx.args
    if not a.unit:
        rows = followups.follow_up_list(ctx.store, a.period, open_only=not a.all)
        if a.json:
            write_json_list(rows)
        for r in [] if a.json else rows:
            print(f"{r['name']} · {r['indicator']} {r['measure']}: {followups.STATE_VI[r['state']]} — {r['comment']}")
        return 0
    cat = office_catalog(ctx.store, a.catalog)
    where = dict(catalog=cat.id, unit=a.unit, period=a.period, indicator=a.indicator or "", measure=a.measure)
    if not a.indicator:
        from lcdesk.core.office.followups import FollowUpError

        raise FollowUpError("Hãy cho biết chỉ số (--indicator).", "Name the indicator (--indicator).")
    cat.indicator(a.indicator)
    row = followups.close(ctx.store, **where, comment=a.comment) if a.close else \
        followups.mark(ctx.store, **where, comment=a.comment)
    if a.json:
        print_json(row)
    else:
        print(f"{row['name']} · {row['indicator']}: {followups.STATE_VI[row['state']]} — {row['comment']}")
    return 0


def cmd_rating(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import identity
    from lcdesk.core.office import figures

    identity.require_role(ctx.store, identity.OFFICE)
    a = ctx.args
    row = figures.record_city_rating(ctx.store, a.period, a.indicator, a.rating, a.note, a.catalog)
    if a.json:
        print_json(row)
    else:
        print(f"Đã ghi đánh giá của thành phố cho {row['indicator']} năm {row['period']}: {row['value']}.")
    return 0
