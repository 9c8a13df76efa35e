"""A city's reporting units as the store knows them."""

from __future__ import annotations

from lcdesk.core.units import registry as units
from lcdesk.core.errors import UnitError


def city_units(store, city: units.Unit) -> list[units.Unit]:
    """The units the store holds for ``city`` (imported from a units file), else its
    official wards and communes plus the departments its catalogs assign indicators to."""
    stored = store.list_units(city.code)
    if stored:
        return stored
    result = units.city_tree(city)
    seen = {u.code for u in result}
    for info in store.list_catalogs():
        cat = store.get_catalog(info["id"], info["version"])
        if not cat.city or _city_code(cat.city) != city.code:
            continue
        for dept in units.departments_for(city, cat):
            if dept.code not in seen:
                seen.add(dept.code)
                result.append(dept)
    return result


def _city_code(name: str) -> str | None:
    try:
        return units.find_city(name).code
    except UnitError:
        return None
