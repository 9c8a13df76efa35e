"""Enrolment requests (officer -> office) and provisioning files (office -> officer).

An officer's installation sends an **enrolment request**: a package of kind
``enrolment`` signed by the officer's own key (proving they hold it) with their
name, position and the unit they ask for. The office registers the key,
assigns it units, and answers with a **provisioning** package signed by the
office: the officer's key, units, catalog(s) with their full bodies, reporting
periods, deadline and a sequence number. The officer's installation pins the
office key on first set-up and accepts later provisioning only when signed by
it and newer. Formats: ``docs/bundle-format.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from lcdesk.core.catalog import model as catalog_model
from lcdesk.core.exchange import identity
from lcdesk.core.exchange import keys
from lcdesk.core.exchange import container as package
from lcdesk.core.units import registry as units
from lcdesk.core.errors import LcdeskError
from lcdesk.core.text import nfc

ENROLMENT, PROVISIONING = "enrolment", "provisioning"
ENROLMENT_SUFFIX, PROVISIONING_SUFFIX = ".lcr", ".lcp"


class ProvisioningError(LcdeskError):
    def __init__(self, code: str, message_vi: str, message_en: str):
        super().__init__(message_vi, message_en)
        self.code = code


def write_enrolment_request(store, out: str | Path, name: str, position: str = "", unit: str = "") -> dict:
    """The officer's request to the office, signed by this installation's new key."""
    kp = identity.my_key(store)
    me = {"name": nfc(name.strip()), "position": nfc(position.strip()), "unit_requested": unit.strip()}
    if not me["name"]:
        raise ProvisioningError("no_name", "Hãy nhập họ và tên.", "A name is required.")
    store.set_setting("me", {"name": me["name"], "position": me["position"]})
    info = package.write_package(Path(out), ENROLMENT, {"officer": me}, {}, kp)
    return {"file": str(out), "request": info.id, **identity.describe_key(kp), **me}


def read_enrolment_request(path: str | Path) -> dict:
    pkg = package.read_package(Path(path), expected_kind=ENROLMENT)
    officer = pkg.manifest.get("officer") or {}
    if not isinstance(officer, dict) or not str(officer.get("name", "")).strip():
        raise ProvisioningError("bad_request", "Yêu cầu đăng ký không có tên cán bộ.", "The enrolment request has no name.")
    return {"key_id": pkg.author_key_id, "public_key": pkg.manifest["author"]["public_key"],
            "fingerprint": keys.fingerprint(pkg.author_public), "name": nfc(str(officer["name"])),
            "position": nfc(str(officer.get("position", ""))), "unit_requested": str(officer.get("unit_requested", ""))}


def enroll(store, request_path, unit_codes: list[str], out, periods: list[int] | None = None,
           deadline: str | None = None, city_units: list | None = None) -> dict:
    """Office: register the requesting key for ``unit_codes`` and write its provisioning file."""
    office = identity.office_settings(store)
    request = read_enrolment_request(request_path)
    known = {u.code: u for u in (city_units or [])}
    missing = [c for c in unit_codes if c not in known]
    if not unit_codes or missing:
        raise ProvisioningError("unknown_unit", f"Không có đơn vị {', '.join(missing) or '(chưa chọn)'} trong thành phố.",
                                f"Unknown unit(s): {', '.join(missing) or '(none given)'}.")
    store.register_key(request["key_id"], request["public_key"], request["name"], request["position"], units=tuple(unit_codes))
    assigned = store.trusted_key(request["key_id"]).units
    return write_provisioning(store, office, request, [known[c] for c in assigned if c in known], out, periods, deadline)


def reprovision(store, key_id: str, out, periods: list[int] | None = None, deadline: str | None = None,
                city_units: list | None = None) -> dict:
    """Office: a provisioning update for an enrolled key (new catalog version, targets, deadline)."""
    office = identity.office_settings(store)
    key = store.trusted_key(key_id)
    if key is None or key.revoked:
        raise ProvisioningError("unknown_key", f"Không có khóa đang hiệu lực {key_id}.", f"No active enrolled key {key_id}.")
    known = {u.code: u for u in (city_units or [])}
    officer = {"key_id": key.key_id, "public_key": key.public_key, "name": key.name, "position": key.position}
    return write_provisioning(store, office, officer, [known[c] for c in key.units if c in known], out, periods, deadline)


def write_provisioning(store, office, officer: dict, assigned: list, out, periods, deadline) -> dict:
    kp = identity.my_key(store)
    cats = [store.get_catalog(k) for k in (office.get("catalogs") or [office["catalog"]])]
    header = {
        "officer": {k: officer[k] for k in ("key_id", "public_key", "name", "position")},
        "office": {"name": office["name"], "city": office["city"], "city_name": office["city_name"]},
        "units": [units.to_dict(u) for u in assigned],
        "catalogs": [c.key for c in cats], "periods": sorted(periods or []), "deadline": deadline or "",
        "provisioning_seq": store.next_counter("provisioning_seq")
    }
    bodies = {f"catalogs/{c.key}.json": json.dumps(catalog_model.to_dict(c), sort_keys=True, ensure_ascii=False).encode("utf-8")
              for c in cats}
    info = package.write_package(Path(out), PROVISIONING, header, bodies, kp)
    store.record_provisioned_scope(officer["key_id"], header["catalogs"], header["periods"])  # what the key may report
    from lcdesk.core.office import audit  # issue 11: every provisioning file is in the office's audit

    audit.note_provision(store, header, info.id, str(out))
    return {"file": str(out), "provisioning": info.id, "units": [u.code for u in assigned], **header["officer"]}


@dataclass
class Offer:
    """A verified provisioning file, not yet accepted: what the GUI shows before trusting it."""

    package: object
    header: dict
    office_key_id: str
    office_fingerprint: str
    pinned: bool  # True when the office key is already pinned (an update)


def inspect(store, path) -> Offer:
    """Verify a provisioning file for this installation; raises with a clear reason."""
    pkg = package.read_package(Path(path), expected_kind=PROVISIONING)
    header = pkg.manifest
    mine = identity.my_key(store).key_id
    if (header.get("officer") or {}).get("key_id") != mine:
        raise ProvisioningError("not_for_me", "Tệp cấu hình này dành cho một cán bộ khác (khóa không khớp với máy này).",
                                "This provisioning file is meant for another officer (key mismatch).")
    pinned = store.get_setting("office_key")
    if pinned and pinned["key_id"] != pkg.author_key_id:
        raise ProvisioningError("wrong_office", "Tệp cấu hình không do văn phòng thành phố đã đăng ký ký; không thể tin cậy.",
                                "The provisioning file is not signed by the pinned city office key.")
    current = store.get_setting("provisioning") or {}
    if pinned and int(header.get("provisioning_seq", 0)) <= int(current.get("provisioning_seq", 0)):
        raise ProvisioningError("stale", "Tệp cấu hình này cũ hơn cấu hình đang dùng; không có gì thay đổi.",
                                "This provisioning file is older than the one in use; nothing changed.")
    return Offer(pkg, header, pkg.author_key_id, keys.fingerprint(pkg.author_public), bool(pinned))


def accept(store, offer: Offer) -> dict:
    """Pin the office key (first time), store catalogs and units, become an officer."""
    if identity.role(store) == identity.OFFICE:
        raise ProvisioningError("is_office", "Máy này là văn phòng thành phố, không nhận cấu hình của cán bộ.",
                                "This installation is a city office; it cannot take an officer's provisioning.")
    catalogs = []
    for name in offer.package.member_names:
        if name.startswith("catalogs/"):
            catalogs.append(catalog_model.from_dict(json.loads(offer.package.read(name).decode("utf-8"))))
    header = offer.header
    unit_list = [units.from_dict(u) for u in header["units"]]
    with store.transaction():
        for cat in catalogs:
            store.add_catalog(cat, origin="provisioning")
        for city in {u.city for u in unit_list}:
            store.replace_units(city, [u for u in unit_list if u.city == city])
        store.set_setting("office_key", {"key_id": offer.office_key_id, "public_key": header["author"]["public_key"],
                                         "fingerprint": offer.office_fingerprint, "name": header["office"]["name"]})
        store.set_setting("provisioning", {k: header[k] for k in ("units", "catalogs", "periods", "deadline",
                                                                  "provisioning_seq", "office")})
        store.set_setting("role", identity.OFFICER)
    return store.get_setting("provisioning")


def setup(store, path) -> dict:
    """CLI set-up: inspect and accept in one go (the GUI asks the user in between)."""
    offer = inspect(store, path)
    result = accept(store, offer)
    return {**result, "office_fingerprint": offer.office_fingerprint, "update": offer.pinned}
