"""``lcdesk office period|extend|expected``: open a period (freeze who is expected), deadlines, extensions."""

from __future__ import annotations


def register_office(osub) -> None:
    c = osub.add_parser("period", help="open a reporting period (freezes the expected set) and set its deadline")
    c.add_argument("--period", required=True, type=int, help="the reporting year")
    c.add_argument("--catalog", help="catalog id (default: the office's first catalog)")
    c.add_argument("--deadline", default="", help="the deadline, YYYY-MM-DD (end of that day, Vietnam time)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_period)
    c = osub.add_parser("extend", help="give one unit a later deadline, with a reason")
    c.add_argument("--unit", required=True, help="the unit code")
    c.add_argument("--period", required=True, type=int, help="the reporting year")
    c.add_argument("--until", required=True, help="the new deadline, YYYY-MM-DD")
    c.add_argument("--reason", required=True, help="why")
    c.add_argument("--catalog", help="catalog id (default: the office's first catalog)")
    c.set_defaults(handler=cmd_extend)
    c = osub.add_parser("expected", help="add a form to or remove one from a period's expected set, with a reason")
    c.add_argument("--unit", required=True, help="the unit code")
    c.add_argument("--period", required=True, type=int, help="the reporting year")
    c.add_argument("--indicator", required=True, help="indicator code")
    group = c.add_mutually_exclusive_group(required=True)
    group.add_argument("--add", action="store_true", help="expect this form")
    group.add_argument("--remove", action="store_true", help="no longer expect this form")
    c.add_argument("--reason", required=True, help="why")
    c.add_argument("--catalog", help="catalog id (default: the office's first catalog)")
    c.set_defaults(handler=cmd_expected)


def cmd_period(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.office import expected

    a = ctx.args
    opened = expected.open_period(ctx.store, a.catalog, a.period, a.deadline)
    if a.deadline and opened["deadline"] != a.deadline:
        expected.set_deadline(ctx.store, a.catalog, a.period, a.deadline, "hạn nộp mới")
    general, _ = expected.deadlines(ctx.store, opened["catalog"], a.period)
    cells = sum(len(u) for u in expected.expected_cells(ctx.store, opened["catalog"], a.period).values())
    data = {"catalog": opened["catalog"], "period": a.period, "opened_at": opened["opened_at"], "deadline": general,
            "expected": cells}
    print_json(data) if a.json else print(f"Kỳ {a.period} ({opened['catalog']}) mở từ {opened['opened_at']}: "
                                          f"{cells} biểu mẫu; hạn nộp {general or '—'}.")
    return 0


def cmd_extend(ctx) -> int:
    from lcdesk.core.office import expected

    a = ctx.args
    expected.set_deadline(ctx.store, a.catalog, a.period, a.until, a.reason, unit=a.unit)
    print(f"Đã gia hạn cho {a.unit} đến hết ngày {a.until}.")
    return 0


def cmd_expected(ctx) -> int:
    from lcdesk.core.office import expected

    a = ctx.args
    expected.adjust(ctx.store, a.catalog, a.period, a.unit, a.indicator, "add" if a.add else "remove", a.reason)
    print(f"Đã {'thêm' if a.add else 'bỏ'} {a.unit} / {a.indicator} trong danh sách phải báo cáo kỳ {a.period}.")
    return 0
