"""``lcdesk units``: the reporting units of a city (list, export, import)."""

from __future__ import annotations

NAMES = ("units",)


def register(sub) -> None:
    p = sub.add_parser("units", help="list, export or import the reporting units of a city")
    p.add_argument("--city", help="city code or name: 01, 'Hà Nội', hanoi, 31, 'Hải Phòng', 79, HCM …")
    p.add_argument("--json", action="store_true", help="print JSON: [{code, name, kind, parent}]")
    p.add_argument("--out", help="write the units to this .xlsx or .csv file instead of printing")
    p.add_argument("--import", dest="import_file", help="replace the city's units by those of this .xlsx/.csv file")
    p.set_defaults(handler=cmd_units)


def cmd_units(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.units import registry as units
    from lcdesk.core.units import files as units_io
    from lcdesk.core.units.city import city_units

    args = ctx.args
    if args.import_file:
        imported = units_io.import_units(args.import_file)
        by_city: dict[str, list] = {}
        for u in imported:
            by_city.setdefault(u.city, []).append(u)
        for city, items in by_city.items():
            ctx.store.replace_units(city, items)
        print(f"Đã nhập {len(imported)} đơn vị ({', '.join(sorted(by_city))}).")
        return 0
    if not args.city:
        from lcdesk.core.errors import UnitError

        raise UnitError("Hãy chọn thành phố bằng --city (ví dụ: --city 01 hoặc --city 'Hà Nội').",
                        "Choose a city with --city (e.g. --city 01 or --city 'Ha Noi').")
    city = units.find_city(args.city)
    found = city_units(ctx.store, city)
    if args.out:
        units_io.export_units(found, args.out)
        print(f"Đã ghi {len(found)} đơn vị vào {args.out}.")
    elif args.json:
        print_json([units.to_dict(u) for u in found])
    else:
        for u in found:
            print(f"{u.code:<34} {u.kind:<13} {u.name}")
    return 0
