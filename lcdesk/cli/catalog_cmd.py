"""``lcdesk catalog list|show|export|import``: the indicator catalogs."""

from __future__ import annotations

NAMES = ("catalog",)


def register(sub) -> None:
    p = sub.add_parser("catalog", help="list, show, export or import indicator catalogs")
    csub = p.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    c = csub.add_parser("list", help="list the available catalogs")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_list)
    c = csub.add_parser("show", help="show a catalog with all its indicators")
    c.add_argument("id", help="catalog id, e.g. hanoi-2025 (or id@version)")
    c.add_argument("--version", dest="catalog_version", help="a specific version")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_show)
    c = csub.add_parser("export", help="write a catalog to an Excel workbook for editing")
    c.add_argument("id", help="catalog id")
    c.add_argument("--out", required=True, help="the .xlsx file to write")
    c.set_defaults(handler=cmd_export)
    c = csub.add_parser("import", help="read a catalog from an Excel workbook into the store")
    c.add_argument("file", help="the .xlsx file")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=cmd_import)


def cmd_list(ctx) -> int:
    from lcdesk.cli import print_json

    catalogs = ctx.store.list_catalogs()
    if ctx.args.json:
        print_json(catalogs)
    else:
        for c in catalogs:
            print(f"{c['id']:<18} {c['version']:<10} {c['origin']:<12} {c['title']}")
    return 0


def cmd_show(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.catalog.model import to_dict

    cat = ctx.store.get_catalog(ctx.args.id, ctx.args.catalog_version)
    if ctx.args.json:
        print_json(to_dict(cat))
        return 0
    print(f"{cat.id} {cat.version} — {cat.title}\n{cat.source}")
    for area in cat.areas:
        print(f"{area.code}. {area.title}")
        for std in cat.standards_of(area.code):
            print(f"  {std.code}. {std.title}")
            for crit in cat.criteria_of(std.code):
                print(f"    {crit.code}. {crit.title}")
                for ind in cat.indicators_of(crit.code):
                    print(f"      {ind.code} [{ind.kind}] {ind.text} — {'; '.join(ind.responsible)}")
    return 0


def cmd_export(ctx) -> int:
    from lcdesk.core.catalog.workbook import export_xlsx

    cat = ctx.store.get_catalog(ctx.args.id)
    export_xlsx(cat, ctx.args.out)
    print(f"Đã ghi {ctx.args.out} ({len(cat.indicators)} chỉ số).")
    return 0


def cmd_import(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.catalog.workbook import import_xlsx

    cat = import_xlsx(ctx.args.file)
    added = ctx.store.add_catalog(cat, origin="import")
    result = {"id": cat.id, "version": cat.version, "indicators": len(cat.indicators), "added": added}
    if ctx.args.json:
        print_json(result)
    else:
        state = "đã nhập" if added else "đã có sẵn, không thay đổi"
        print(f"Danh mục {cat.id} phiên bản {cat.version}: {state} ({len(cat.indicators)} chỉ số).")
    return 0
