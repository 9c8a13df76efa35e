"""Catalogs and reporting units kept in the store.

The built-in catalogs ship as resources and are always available; catalogs
imported from a workbook or received in a provisioning file are stored here
with their origin, next to the built-in ones.
"""

from __future__ import annotations

import json

from lcdesk.core.catalog import model as catalog_model
from lcdesk.core.errors import CatalogError
from lcdesk.core.store.base import utc_now


def _version_key(version: str):
    return [int(p) if p.isdigit() else p for p in version.replace("-", ".").split(".")]


class CatalogsMixin:
    def add_catalog(self, cat: catalog_model.Catalog, origin: str = "import") -> bool:
        """Store ``cat``; returns False when that id and version were already stored, unchanged."""
        body = json.dumps(catalog_model.to_dict(cat), ensure_ascii=False, sort_keys=True)
        with self.transaction():
            row = self.conn.execute(
                "SELECT body FROM catalogs WHERE id = ? AND version = ?", (cat.id, cat.version)
            ).fetchone()
            if row is not None:
                if row[0] == body:
                    return False
                raise CatalogError(
                    f"Danh mục {cat.id} phiên bản {cat.version} đã có với nội dung khác; hãy tăng số phiên bản.",
                    f"Catalog {cat.id} version {cat.version} already exists with other content; bump the version.",
                )
            self.conn.execute(
                "INSERT INTO catalogs (id, version, title, origin, body, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                (cat.id, cat.version, cat.title, origin, body, utc_now()),
            )
        return True

    def list_catalogs(self) -> list[dict]:
        """Every catalog available: built-in and stored, newest version last per id."""
        from lcdesk.core.catalog.builtin import builtin_summaries  # not built: get_catalog loads the one asked for

        seen = {}
        for cat in builtin_summaries():
            seen[(cat["id"], cat["version"])] = {**cat, "origin": "builtin"}
        for cid, version, title, origin in self.conn.execute("SELECT id, version, title, origin FROM catalogs"):
            seen.setdefault((cid, version), {"id": cid, "version": version, "title": title, "origin": origin})
        return sorted(seen.values(), key=lambda c: (c["id"], _version_key(c["version"])))

    def get_catalog(self, catalog_id: str, version: str | None = None) -> catalog_model.Catalog:
        """The catalog ``catalog_id`` at ``version`` (default: the newest available)."""
        if "@" in catalog_id and version is None:
            catalog_id, version = catalog_id.split("@", 1)
        versions = [c for c in self.list_catalogs() if c["id"] == catalog_id]
        if version is not None:
            versions = [c for c in versions if c["version"] == version]
        if not versions:
            what = catalog_id if version is None else f"{catalog_id}@{version}"
            raise CatalogError(f"Không có danh mục '{what}'.", f"No catalog '{what}'.")
        chosen = versions[-1]
        row = self.conn.execute(
            "SELECT body FROM catalogs WHERE id = ? AND version = ?", (chosen["id"], chosen["version"])
        ).fetchone()
        if row is not None:
            return catalog_model.from_dict(json.loads(row[0]))
        from lcdesk.core.catalog.builtin import load_builtin

        return load_builtin(chosen["id"])

    # ----------------------------------------------------------------- units
    def replace_units(self, city: str, units: list) -> None:
        """Make ``units`` (lcdesk.core.units.registry.Unit) the units of ``city``, in one transaction."""
        with self.transaction():
            self.conn.execute("DELETE FROM units WHERE city = ?", (city,))
            self.conn.executemany(
                "INSERT INTO units (code, name, kind, parent, city) VALUES (?, ?, ?, ?, ?)",
                [(u.code, u.name, u.kind, u.parent, u.city) for u in units],
            )

    def list_units(self, city: str | None = None) -> list:
        from lcdesk.core.units.registry import Unit

        sql, params = "SELECT code, name, kind, parent, city FROM units", []
        if city is not None:
            sql, params = sql + " WHERE city = ?", [city]
        return [Unit(*row) for row in self.conn.execute(sql + " ORDER BY code", params)]

    def get_unit(self, code: str):
        from lcdesk.core.units.registry import Unit

        row = self.conn.execute("SELECT code, name, kind, parent, city FROM units WHERE code = ?", (code,)).fetchone()
        return None if row is None else Unit(*row)
