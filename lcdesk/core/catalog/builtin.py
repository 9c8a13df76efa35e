"""The catalogs shipped with lcdesk (``resources/catalogs/*.json``).

``hanoi-2025`` and ``haiphong-2026`` are the UNESCO learning-city criteria set
as the two city plans assign it; ``learning-models`` holds the learning-society
targets (learning citizens, families, clans, communities, units; literacy,
training) for 2025 and 2030. Their sources and the corrections made while
transcribing them are listed in ``docs/catalogs.md``.
"""

from __future__ import annotations

from functools import lru_cache

from lcdesk.core.catalog.model import Catalog, load_json
from lcdesk.core.errors import CatalogError
from lcdesk.paths import resource_path

BUILTIN_IDS = ("hanoi-2025", "haiphong-2026", "learning-models")


@lru_cache(maxsize=None)
def load_builtin(catalog_id: str) -> Catalog:
    """The built-in catalog ``catalog_id``, read once and then cached."""
    if catalog_id not in BUILTIN_IDS:
        known = ", ".join(BUILTIN_IDS)
        raise CatalogError(
            f"Không có danh mục có sẵn mang mã '{catalog_id}'. Các danh mục có sẵn: {known}.",
            f"There is no built-in catalog '{catalog_id}'. Built-in catalogs: {known}.",
        )
    return with_builtin_rules(load_json(resource_path("catalogs", f"{catalog_id}.json")))


@lru_cache(maxsize=None)
def builtin_rules(catalog_id: str) -> tuple:
    """The rules shipped for ``catalog_id`` (``resources/catalogs/rules/<id>.json``), or none."""
    import json

    from lcdesk.core.catalog import rules

    path = resource_path("catalogs", "rules", f"{catalog_id}.json")
    if not path.exists():
        return ()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"Không đọc được tệp quy tắc {path.name}: {exc}", f"Cannot read rules file {path.name}: {exc}") from exc
    return rules.rules_from_list(data.get("rules", []), builtin=True)


def with_builtin_rules(cat: Catalog) -> Catalog:
    """``cat`` with the built-in rules of its id added to its own (an own rule with the same id wins).

    Built-in rules are not written back by ``model.to_dict``: every installation has them."""
    import dataclasses

    from lcdesk.core.catalog import model

    own = {r.id for r in cat.rules}
    extra = tuple(r for r in builtin_rules(cat.id) if r.id not in own)
    if not extra:
        return cat
    merged = dataclasses.replace(cat, rules=cat.rules + extra)
    model.validate(merged)
    return merged


def builtin_catalogs() -> list[Catalog]:
    """All built-in catalogs, in the order of ``BUILTIN_IDS``."""
    return [load_builtin(catalog_id) for catalog_id in BUILTIN_IDS]


@lru_cache(maxsize=None)
def builtin_summaries() -> tuple[dict, ...]:
    """``{"id", "version", "title"}`` of each built-in catalog, in the order of ``BUILTIN_IDS``,
    without building or validating them (``Store.list_catalogs``: the window lists the
    catalogs at start-up and then loads only the one the installation uses)."""
    return tuple(_read_summary(catalog_id) for catalog_id in BUILTIN_IDS)


def _read_summary(catalog_id: str) -> dict:
    """A built-in catalog's id, version and title, read from its JSON without building it
    (the same values as ``load_builtin``'s, which ``model.from_dict`` takes from the same fields)."""
    import json

    from lcdesk.core.text import nfc

    path = resource_path("catalogs", f"{catalog_id}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {"id": str(data["id"]), "version": str(data["version"]), "title": nfc(str(data["title"]))}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise CatalogError(f"Không đọc được danh mục {path.name}: {exc}", f"Cannot read catalog {path.name}: {exc}") from exc
