"""What the importer checks once it knows who signed: trust, scope, and the one pass over the records.

Order (``docs/bundle-format.md``, "What the office does with a bundle"): the manifest's
header against the schema, then the key (known, not revoked), its scope (units,
catalogs, periods), the bundle sequence number, the members; after reading
``records.json``, one pass in which each record's shape is checked before its meaning.
Every failure is a :class:`schema.Invalid` with a precise code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lcdesk.core.catalog import values
from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import identity, schema
from lcdesk.core.exchange.schema import Invalid, bad_record
from lcdesk.core.store import Cell, ValueRecord
from lcdesk.core.text import nfc

RECORDS = "records.json"


@dataclass
class Batch:
    """What one import batch looks up once: catalogs, units, each unit's indicators."""

    store: object
    catalogs: dict = field(default_factory=dict)  # (id, version) -> Catalog
    units: dict = field(default_factory=dict)  # code -> Unit or None
    assigned: dict = field(default_factory=dict)  # (catalog key, unit code) -> frozenset of indicator codes
    office_catalog_ids: frozenset | None = None
    _city_units: dict | None = None

    def catalog(self, ref: tuple[str, str]):
        if ref not in self.catalogs:
            try:
                self.catalogs[ref] = self.store.get_catalog(*ref)
            except LcdeskError:
                self.catalogs[ref] = None
        return self.catalogs[ref]

    def office_ids(self) -> frozenset:
        if self.office_catalog_ids is None:
            self.office_catalog_ids = frozenset(k.split("@")[0] for k in identity.office_catalog_keys(self.store))
        return self.office_catalog_ids

    def unit(self, code: str):
        if code not in self.units:
            unit = self.store.get_unit(code)
            if unit is None:
                unit = self._office_units().get(code)
            self.units[code] = unit
        return self.units[code]

    def _office_units(self) -> dict:
        if self._city_units is None:
            from lcdesk.core.units import city as city_units
            from lcdesk.core.units import registry

            office = identity.office_settings(self.store)
            self._city_units = {u.code: u for u in city_units.city_units(self.store, registry.find_city(office["city"]))}
        return self._city_units

    def indicators_of(self, catalog, unit) -> frozenset:
        # what ``unit_matches`` looks at: a ward's code does not matter, a department's does
        from lcdesk.core.units.registry import LOCAL_KINDS

        key = (catalog.key, unit.kind, unit.parent == unit.city, "" if unit.kind in LOCAL_KINDS else unit.code)
        if key not in self.assigned:
            from lcdesk.core.units import registry

            self.assigned[key] = frozenset(i.code for i in registry.indicators_for_unit(catalog, unit))
        return self.assigned[key]


@dataclass
class Header:
    """A bundle manifest that passed the schema and the trust and scope checks."""

    key: object
    fields: dict
    catalogs: dict  # id -> Catalog


def check_signed(store, batch: Batch, manifest: dict) -> Header:
    """Everything about a signed manifest, before any member is inflated."""
    key = store.trusted_key(manifest["author"]["key_id"])
    if key is None:
        raise Invalid("unknown_key", "Gói được ký bởi một khóa chưa đăng ký với văn phòng thành phố.",
                      "Signed by a key the office has not enrolled.")
    if key.revoked:
        raise Invalid("revoked_key", "Gói được ký bởi một khóa đã bị thu hồi.", "Signed by a revoked key.")
    h = schema.check_header(manifest)
    unassigned = sorted(set(h["units"]) - set(key.units))
    if unassigned:
        raise Invalid("unit_not_assigned", f"Người gửi không được phân công báo cáo cho đơn vị {_names(batch, unassigned)}.",
                      f"The key is not assigned to unit(s) {', '.join(unassigned)}.")
    scope_catalogs, scope_periods = store.key_scope(key.key_id)
    catalogs = _catalogs_in_scope(batch, scope_catalogs, h["catalogs"])
    _periods_in_scope(scope_periods, h["periods"])
    used = store.bundle_seq_used(key.key_id, h["bundle_seq"])
    if used:
        raise Invalid("bundle_seq_reused", "Số thứ tự của gói đã được dùng cho một gói khác của cùng người gửi "
                      "(máy có thể đã được khôi phục từ bản sao lưu cũ); hãy liên hệ cán bộ gửi.",
                      f"bundle_seq {h['bundle_seq']} was already used by this key (bundle {used[:12]}).")
    _check_members(manifest, h)
    return Header(key, h, catalogs)


def _names(batch: Batch, codes) -> str:
    out = []
    for code in codes:
        unit = batch.unit(code)
        out.append(f"{unit.name} ({code})" if unit is not None else code)
    return ", ".join(out)


def _catalogs_in_scope(batch: Batch, allowed: frozenset, refs) -> dict:
    allowed = allowed or batch.office_ids()
    out = {}
    for cat_id, version in refs:
        if cat_id not in allowed:
            raise Invalid("catalog_not_provisioned", f"Người gửi không được giao báo cáo danh mục {cat_id}; "
                          f"khóa này chỉ được báo cáo: {', '.join(sorted(allowed)) or '(không có)'}.",
                          f"The key was not provisioned for catalog {cat_id} (it may report: {', '.join(sorted(allowed))}).")
        catalog = batch.catalog((cat_id, version))
        if catalog is None:
            raise Invalid("unknown_catalog", f"Văn phòng chưa có danh mục {cat_id} phiên bản {version}.",
                          f"Unknown catalog {cat_id}@{version}.")
        out[cat_id] = catalog
    return out


def _periods_in_scope(allowed: frozenset, periods) -> None:
    outside = sorted(set(periods) - allowed) if allowed else []
    if outside:
        years = ", ".join(str(p) for p in sorted(allowed))
        raise Invalid("period_not_provisioned", f"Người gửi không được giao báo cáo năm {', '.join(map(str, outside))}; "
                      f"khóa này chỉ được báo cáo năm: {years}.",
                      f"The key was not provisioned for period(s) {outside} (it may report: {years}).")


def _check_members(manifest: dict, h: dict) -> None:
    """Members: ``records.json`` and ``evidence/<sha256>`` named by the hash the manifest signs."""
    members, listed = manifest["members"], h["evidence"]
    if RECORDS not in members:
        raise Invalid("bad_members", "Gói thiếu danh sách số liệu; hãy xin cán bộ xuất lại gói.", "records.json is missing.")
    evidence = {}
    for name, info in members.items():
        if name == RECORDS:
            continue
        if not schema.evidence_name_ok(name) or info["sha256"] != name[len("evidence/"):]:
            raise Invalid("bad_evidence_name", "Gói có tệp minh chứng mang tên không khớp với nội dung; "
                          "hãy xin cán bộ xuất lại gói.",
                          f"Member {name[:80]!r} is not evidence/<the lowercase SHA-256 of its bytes>.")
        evidence[info["sha256"]] = info["size"]
    if set(evidence) != set(listed):
        raise Invalid("bad_evidence_list", "Danh sách minh chứng của gói không khớp với các tệp trong gói; "
                      "hãy xin cán bộ xuất lại gói.", "The manifest's evidence list differs from the evidence members.")
    if h["counts"]["evidence"] != len(evidence):
        raise Invalid("bad_counts", "Số lượng ghi trong phần mô tả của gói không đúng; hãy xin cán bộ xuất lại gói.",
                      "counts.evidence differs from the evidence members.")


def check_records(batch: Batch, header: Header, raw: list) -> list[ValueRecord]:
    """The single pass over the records: shape (schema) then meaning, record by record."""
    h, key = header.fields, header.key
    if h["counts"]["records"] != len(raw):
        raise Invalid("bad_counts", "Số lượng ghi trong phần mô tả của gói không đúng; hãy xin cán bộ xuất lại gói.",
                      f"counts.records is {h['counts']['records']}, records.json holds {len(raw)}.")
    units, periods, evidence = set(h["units"]), set(h["periods"]), h["evidence"]
    seen_cells, seen_seqs, out = set(), set(), []
    shape, catalogs, key_id = schema.check_record_shape, header.catalogs, key.key_id
    for i, r in enumerate(raw):
        shape(i, r)
        catalog = catalogs.get(r["catalog"])
        unit, period, seq, ev = r["unit"], r["period"], r["seq"], r["evidence"]
        if catalog is None or unit not in units or period not in periods:
            raise bad_record(i, "catalog/unit/period", "danh mục, đơn vị hoặc năm không có trong phần mô tả của gói",
                             "catalog, unit or period not in the manifest", "record_outside_manifest")
        ind = _indicator(i, batch, catalog, r)
        _check_payload(i, ind, r["payload"])
        if ev and any(e not in evidence for e in ev):
            raise bad_record(i, "evidence", "minh chứng không có trong gói", "evidence missing from the bundle")
        where = (catalog.id, unit, period, r["indicator"], r["measure"])
        if where in seen_cells or seq in seen_seqs:
            raise bad_record(i, "seq", "ô số liệu hoặc số thứ tự bị lặp", "repeated cell or sequence number")
        seen_cells.add(where)
        seen_seqs.add(seq)
        out.append(ValueRecord(Cell(*where), r["payload"], r["status"], nfc(r["note"]), tuple(ev), key_id,
                               nfc(r["author_name"]), seq, r["created_at"], origin="bundle"))
    return out


def _indicator(i: int, batch: Batch, catalog, r: dict):
    try:
        ind = catalog.indicator(r["indicator"])
        ind.measure(r["measure"])
    except LcdeskError:
        raise bad_record(i, "indicator", f"chỉ số {r['indicator']} / {r['measure']} không có trong danh mục {catalog.id}",
                         "unknown indicator or measure", "unknown_indicator") from None
    unit = batch.unit(r["unit"])
    if unit is None:
        raise bad_record(i, "unit", f"văn phòng không có đơn vị {r['unit']} trong danh sách đơn vị",
                         "the office does not know this unit", "unknown_unit")
    if ind.code not in batch.indicators_of(catalog, unit):
        raise Invalid("indicator_not_assigned",
                      f"Chỉ số {ind.code} không được giao cho đơn vị {unit.name} ({unit.code}) nên không nhận số liệu "
                      f"này; hãy liên hệ cán bộ gửi.",
                      f"Record {i + 1}: indicator {ind.code} is not assigned to unit {unit.code}.")
    return ind


def _check_payload(i: int, ind, payload) -> None:
    schema.check_payload_shape(i, ind.kind, payload)
    if payload is None:
        return
    checked = values.validate(ind, payload)
    if not checked.ok:
        raise bad_record(i, "payload", f"{ind.code}: {checked.errors[0].message_vi.rstrip('.')}",
                         f"{ind.code}: {checked.errors[0].message_en}", "bad_value")
    if not schema.same_json(checked.payload, payload):
        raise bad_record(i, "payload", f"{ind.code}: giá trị không ở dạng chuẩn", f"{ind.code}: the payload is not "
                         f"the normalised one ({schema.canonical(checked.payload)[:120]})", "not_normalised")
