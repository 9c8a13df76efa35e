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
    return load_json(resource_path("catalogs", f"{catalog_id}.json"))


def builtin_catalogs() -> list[Catalog]:
    """All built-in catalogs, in the order of ``BUILTIN_IDS``."""
    return [load_builtin(catalog_id) for catalog_id in BUILTIN_IDS]
