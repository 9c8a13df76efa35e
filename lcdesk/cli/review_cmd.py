"""``lcdesk office completeness|approve|return|unapprove|review|receipt|feedback|audit`` and the officer's ``open|todo|exports``: the review chain."""

from __future__ import annotations

import sys

NAMES = ("open", "todo", "exports")


def _json(p) -> None:
    p.add_argument("--json", action="store_true", help="print JSON")


def _form_args(p, indicator: str = "repeat") -> None:
    p.add_argument("--unit", required=True, help="the unit code")
    p.add_argument("--period", required=True, type=int, help="the reporting year")
    p.add_argument("--catalog", help="catalog id (default: the office's first catalog)")
    if indicator == "repeat":
        p.add_argument("--indicator", action="append", default=[], help="indicator code (repeatable)")
    else:
        p.add_argument("--indicator", required=True, help="indicator code")
    _json(p)


def register(sub) -> None:
    """Top-level commands of this module."""
    p = sub.add_parser("open", help="officer: open a provisioning, receipt (.lcx) or feedback (.lcf) file")
    p.add_argument("file", help="the file from the city office")
    _json(p)
    p.set_defaults(handler=cmd_open)
    p = sub.add_parser("todo", help="officer: forms the office returned for correction or approved")
    _json(p)
    p.set_defaults(handler=cmd_todo)
    p = sub.add_parser("exports", help="officer: the export history and which exports a receipt confirmed")
    _json(p)
    p.set_defaults(handler=cmd_exports)


def register_office(osub) -> None:
    """``office`` actions of this module."""
    c = osub.add_parser("completeness", help="who is expected, missing and late for a period; the chase list")
    c.add_argument("--period", required=True, type=int, help="the reporting year")
    c.add_argument("--catalog", help="catalog id (default: every catalog the office collects)")
    c.add_argument("--out", help="write the chase list to this .xlsx file")
    _json(c)
    c.set_defaults(handler=cmd_completeness)
    c = osub.add_parser("approve", help="approve complete forms of a unit (named ones, its complete ones, "
                                         "or --all-clean); a named draft is refused")
    _form_args(c)
    c.add_argument("--all-clean", action="store_true", help="every complete form without conflicts or failed checks")
    c.set_defaults(handler=cmd_approve)
    c = osub.add_parser("return", help="return a form for correction with a comment")
    _form_args(c, indicator="one")
    c.add_argument("--comment", required=True, help="the comment for the officer")
    c.add_argument("--measure", default="", help="the measure the comment is about (default: the whole form)")
    c.set_defaults(handler=cmd_return)
    c = osub.add_parser("unapprove", help="withdraw approvals, with a reason")
    _form_args(c)
    c.add_argument("--reason", required=True, help="why the approval is withdrawn")
    c.set_defaults(handler=cmd_unapprove)
    c = osub.add_parser("review", help="each form's review state for a period")
    c.add_argument("--period", required=True, type=int, help="the reporting year")
    c.add_argument("--catalog", help="catalog id (default: every catalog the office collects)")
    c.add_argument("--unit", help="only this unit")
    _json(c)
    c.set_defaults(handler=cmd_review)
    for name, what, suffix in (("receipt", "a signed receipt of the bundles received", ".lcx"),
                               ("feedback", "a signed feedback file with the office's returns and approvals", ".lcf")):
        c = osub.add_parser(name, help=f"write {what} for one officer")
        c.add_argument("key_id", help="the officer's key id")
        c.add_argument("--out", required=True, help=f"the file to write ({suffix})")
        _json(c)
        c.set_defaults(handler=cmd_receipt if name == "receipt" else cmd_feedback)
    c = osub.add_parser("audit", help="every import, rejection, enrolment, review action, receipt and feedback")
    c.add_argument("--since", help="only events at or after this date (YYYY-MM-DD) or time")
    c.add_argument("--out", help="write the audit to this .xlsx file")
    _json(c)
    c.set_defaults(handler=cmd_audit)
    from lcdesk.cli import review_period_cmd

    review_period_cmd.register_office(osub)


def _print(ctx, data, text: str) -> int:
    from lcdesk.cli import print_json

    print_json(data) if ctx.args.json else print(text)
    return 0


def cmd_completeness(ctx) -> int:
    from lcdesk.core.office import chase_list, completeness

    a = ctx.args
    data = completeness.summary(ctx.store, a.period, a.catalog)
    if a.out:
        chase_list.write_xlsx(a.out, chase_list.rows(ctx.store, data), a.period)
    text = "\n".join([f"Kỳ {a.period}: {data['complete']}/{data['expected']} biểu mẫu hoàn thành ({data['rate']} %), "
                      f"đã nhận {data['received']}, đã duyệt {data['approved']}, trả lại {data['returned']}; "
                      f"đúng hạn {data['on_time_rate']} %."]
                     + [f"  {u['name']}: {u['complete']}/{u['expected']}" + (" — nộp trễ" if u["late"] else "")
                        + (f" — chưa nhận: {', '.join(u['missing'])}" if u["missing"] else "") for u in data["units"]]
                     + ([f"Đã ghi danh sách đôn đốc: {a.out}"] if a.out else []))
    return _print(ctx, completeness.contract(data), text)


def _action_items(rows) -> list[dict]:
    """The review actions just recorded, as ``approve``/``unapprove`` print them."""
    return [{"unit": r["unit"], "indicator": r["indicator"], "action": r["action"], "seq": r["seq"]} for r in rows]


def cmd_approve(ctx) -> int:
    """Approve; a named form that is not complete refuses the whole command (exit 2, nothing approved,
    with ``--json`` ``{"error", "error_vi", "incomplete": [{"unit", "indicator", "data"}]}``)."""
    from lcdesk.core.office import review_actions

    a = ctx.args
    try:
        rows = review_actions.approve(ctx.store, a.catalog, a.period, a.unit, a.indicator or None, a.all_clean)
    except review_actions.IncompleteFormsError as exc:  # nothing approved; exit 2 as every refusal
        if not a.json:
            raise
        from lcdesk.cli import print_json

        print_json({"error": exc.message_en, "error_vi": exc.message_vi,
                    "incomplete": [{"unit": u, "indicator": i, "data": d} for u, i, d in exc.forms]})
        return 2
    items = _action_items(rows)
    return _print(ctx, {"approved": items}, f"Đã duyệt {len(items)} biểu mẫu: {', '.join(r['indicator'] for r in rows) or '—'}.")


def cmd_return(ctx) -> int:
    from lcdesk.core.office import review_actions

    a = ctx.args
    row = review_actions.return_form(ctx.store, a.catalog, a.period, a.unit, a.indicator, a.comment, a.measure)
    data = {"unit": row["unit"], "indicator": row["indicator"], "measure": row["measure"], "comment": row["text"],
            "action": "return", "seq": row["seq"]}
    return _print(ctx, data, f"Đã trả lại {row['indicator']} của {row['unit']} để sửa: {row['text']}")


def cmd_unapprove(ctx) -> int:
    from lcdesk.core.office import review_actions

    a = ctx.args
    rows = review_actions.unapprove(ctx.store, a.catalog, a.period, a.unit, a.indicator or None, a.reason)
    items = _action_items(rows)
    return _print(ctx, {"unapproved": items}, f"Đã bỏ duyệt {len(items)} biểu mẫu.")


def cmd_review(ctx) -> int:
    from lcdesk.core.exchange import identity
    from lcdesk.core.office import expected, review

    a = ctx.args
    catalogs = [expected.office_catalog(ctx.store, a.catalog)] if a.catalog else identity.office_catalogs(ctx.store)
    items = []
    for cat in catalogs:
        for (unit, code), form in sorted(review.forms(ctx.store, cat.id, a.period).items()):
            if a.unit is None or unit == a.unit:
                items.append({"catalog": cat.id, "period": a.period, **form.to_dict()})
    text = "\n".join(f"{i['unit']:<20} {i['indicator']:<10} {i['state']}" for i in items)
    return _print(ctx, items, text)


def cmd_receipt(ctx) -> int:
    from lcdesk.core.exchange import receipt

    info = receipt.write_receipt(ctx.store, ctx.args.key_id, ctx.args.out)
    return _print(ctx, info, f"Đã ghi biên nhận {ctx.args.out} cho {info['officer']}: {info['bundles']} gói.")


def cmd_feedback(ctx) -> int:
    from lcdesk.core.exchange import feedback

    info = feedback.write_feedback(ctx.store, ctx.args.key_id, ctx.args.out)
    return _print(ctx, info, f"Đã ghi phản hồi {ctx.args.out} cho {info['officer']}: {info['returned']} trả lại, "
                             f"{info['approved']} đã duyệt.")


def cmd_audit(ctx) -> int:
    from lcdesk.cli.figures_cmd import write_json_list
    from lcdesk.core.exchange import identity
    from lcdesk.core.office import audit

    a = ctx.args
    identity.require_role(ctx.store, identity.OFFICE)
    if a.out:
        audit.write_xlsx(ctx.store, a.out, a.since)
        print(f"Đã ghi nhật ký vào {a.out}.", file=sys.stderr if a.json else sys.stdout)
        if not a.json:
            return 0
    events = audit.events(ctx.store, a.since)
    if not a.json:
        for e in events:
            print(f"{e['at']}  {e['action']:<9} {e['target']}  ({e['actor']})")
        return 0
    write_json_list(events, sys.stdout)
    return 0


def cmd_open(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.errors import LcdeskError
    from lcdesk.core.officer import open_file

    try:
        result = open_file.open_file(ctx.store, ctx.args.file)
    except LcdeskError as exc:
        if ctx.args.json:
            print_json({"status": "refused", "reason": exc.message_en, "reason_vi": exc.message_vi})
        else:
            print(f"Không mở tệp: {exc.message_vi}\nRefused: {exc.message_en}", file=sys.stderr)
        return 2
    return _print(ctx, result, open_file.describe(result))


def cmd_todo(ctx) -> int:
    from lcdesk.core.exchange import feedback, identity

    identity.require_role(ctx.store, identity.OFFICER)
    items = feedback.todo(ctx.store)
    fields = ("catalog", "catalog_title", "unit", "period", "indicator", "state", "comment")
    from lcdesk.core.catalog.titles import short_titles

    short = short_titles({t["catalog"]: t["catalog_title"] for t in items})
    text = "\n".join(f"{t['indicator']:<10} {t['unit']:<8} {t['state']:<24} "
                     + (f"[{short[t['catalog']]}] " if len(short) > 1 else "") + t["comment"].replace("\n", " · ")
                     for t in items) or "Chưa có phản hồi nào của văn phòng."
    return _print(ctx, [{**{k: t[k] for k in fields},
                         "comments": [{"measure": c["measure"], "label": c["label"], "text": c["text"]} for c in t["comments"]]}
                        for t in items], text)


def cmd_exports(ctx) -> int:
    from lcdesk.core.exchange import receipt

    items = receipt.exports_with_receipts(ctx.store)
    text = "\n".join(f"{e['at']}  {e['path']}  " + ("đã nhận " + e["received_at"] if e["received"] else "chưa có biên nhận")
                     for e in items) or "Chưa xuất gói nào."
    return _print(ctx, items, text)
