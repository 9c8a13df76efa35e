"""The office's officer registry: read a request, enrol by unit names, re-provision, revoke.

Every function takes the office's store and returns plain data. Units are chosen by
code or name (``unit_names.resolve``); every provisioning file written is noted in the
store (``provisionings``), so the registry can show each officer's periods, deadline
and catalogs and re-provision everyone in one action.

Revocation policy (``docs/bundle-format.md`` "Revoked keys: the policy"): bundles signed
by a revoked key are rejected from then on; what was imported before stays and is marked
as coming from a revoked key. Revocation cannot be undone: the officer enrols a new key.
"""

from __future__ import annotations

from pathlib import Path

from lcdesk.core.exchange import identity, keys, provisioning
from lcdesk.core.exchange.importer import Rejected
from lcdesk.core.office import unit_names
from lcdesk.core.text import slug
from lcdesk.core.units import registry as units
from lcdesk.core.units.city import city_units

ACTIVE, REVOKED = "active", "revoked"
POLICY_VI = ("Các gói mới ký bằng khóa này sẽ bị từ chối. Số liệu đã nhập từ khóa này trước đây được giữ nguyên "
             "và được đánh dấu “khóa đã thu hồi” để văn phòng xem xét. Không thể hoàn tác: cán bộ phải gửi "
             "yêu cầu đăng ký mới với khóa mới.")
POLICY_EN = ("New bundles signed by this key will be rejected. Figures imported from it before stay and are marked "
             "\"revoked key\" for the office to review. This cannot be undone: the officer must send a new "
             "enrolment request with a new key.")


def office_city(store) -> units.Unit:
    return units.find_city(identity.office_settings(store)["city"])


def office_units(store) -> list[units.Unit]:
    """The units the office may assign: its city's wards and communes, departments, organisations."""
    return [u for u in city_units(store, office_city(store)) if u.kind != "city"]


def office_catalogs(store) -> list[str]:
    """The catalog keys (id@version) the office collects."""
    getter = getattr(identity, "office_catalog_keys", None)
    if getter is not None:
        return list(getter(store))
    return [identity.office_settings(store)["catalog"]]


def office_key(store) -> dict:
    """{"key_id", "fingerprint"} of the office's own key, from its registered public key (no
    passphrase needed to show it); the key file itself when it is not registered."""
    row = None
    for key in store.trusted_keys():
        if key.role == identity.OFFICE and not key.revoked:
            row = (key.key_id, key.public_key)
            break
    if row is None:
        kp = identity.my_key(store)
        return {"key_id": kp.key_id, "fingerprint": kp.fingerprint}
    return {"key_id": row[0], "fingerprint": keys.fingerprint(keys.load_public(row[1]))}


def unit_names_of(store) -> dict[str, str]:
    """{code: name} of every unit the office's city knows."""
    return {u.code: u.name for u in office_units(store)}


def read_request(store, path) -> dict:
    """An enrolment request with the unit it asks for resolved when its name is clear."""
    request = provisioning.read_enrolment_request(path)
    asked = request["unit_requested"]
    request["requested_match"] = None
    if asked:
        try:
            unit = unit_names.resolve(asked, office_units(store))
            request["requested_match"] = {"code": unit.code, "name": unit.name}
        except unit_names.UnitNameError:
            pass
    request["enrolled"] = store.trusted_key(request["key_id"]) is not None
    return request


def enrol(store, request_path, unit_texts: list[str], out, periods: list[int] | None = None,
          deadline: str = "") -> dict:
    """Register the request's key for the named units and write its provisioning file."""
    city = office_units(store)
    chosen = unit_names.resolve_all(unit_texts, city)
    if not chosen:
        raise provisioning.ProvisioningError("unknown_unit", "Hãy chọn ít nhất một đơn vị.", "Choose at least one unit.")
    request = provisioning.read_enrolment_request(request_path)
    info = provisioning.enroll(store, request_path, [u.code for u in chosen], out, periods, deadline, city)
    return _provisioned(store, info, out, periods, deadline, request)


def reprovision(store, key_id: str, out, periods: list[int] | None = None, deadline: str = "") -> dict:
    info = provisioning.reprovision(store, key_id, out, periods, deadline, office_units(store))
    return _provisioned(store, info, out, periods, deadline, None)


def reprovision_all(store, folder, periods: list[int] | None = None, deadline: str = "") -> list[dict]:
    """A new provisioning file for every active officer, in ``folder`` (one action)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for row in officers(store):
        if row["status"] != ACTIVE:
            continue
        out = folder / f"{slug(row['name']) or 'can-bo'}-{row['key_id'][:8]}{provisioning.PROVISIONING_SUFFIX}"
        written.append(reprovision(store, row["key_id"], out, periods or row["periods"], deadline or row["deadline"]))
    return written


def _provisioned(store, info: dict, out, periods, deadline, request: dict | None) -> dict:
    catalogs = office_catalogs(store)
    store.record_provisioning(info["key_id"], str(out), catalogs, periods or [], deadline or "")
    names = unit_names_of(store)
    key = store.trusted_key(info["key_id"])
    result = {"key_id": info["key_id"], "fingerprint": keys.fingerprint(keys.load_public(key.public_key)),
              "name": key.name, "position": key.position,
              "requested_unit": (request or {}).get("unit_requested", ""),
              "units": [{"code": c, "name": names.get(c)} for c in info["units"]],
              "catalogs": catalogs, "periods": sorted(periods or [])}
    return {**result, "file": str(out)}


def officers(store) -> list[dict]:
    """The registry, one dict per officer key (the fields of ``office officers --json`` and more)."""
    names, provisioned = unit_names_of(store), store.last_provisionings()
    fallback = office_catalogs(store)
    out = []
    for row in store.officer_registry():
        last = provisioned.get(row["key_id"], {})
        out.append({
            "key_id": row["key_id"], "fingerprint": keys.fingerprint(keys.load_public(row["public_key"])),
            "name": row["name"], "units": [{"code": u, "name": names.get(u)} for u in row["units"]], "catalogs": last.get("catalogs", fallback),
            "periods": last.get("periods") or _scope_periods(store, row["key_id"]), "status": REVOKED if row["revoked_at"] else ACTIVE,
            "last_bundle_seq": row["last_bundle_seq"], "last_received": row["last_received"],
            "position": row["position"],
            "enrolled_at": row["enrolled_at"], "revoked_at": row["revoked_at"],
            "revoke_reason": row["revoke_reason"], "deadline": last.get("deadline", ""),
            "bundles": row["bundles"],
        })
    return out


def _scope_periods(store, key_id: str) -> list[int]:
    """The periods the key may report (issue 8's scope), for keys provisioned before the desk."""
    scope = getattr(store, "key_scope", None)
    return sorted(scope(key_id)[1]) if scope is not None else []


def revoke(store, key_id: str, reason: str) -> None:
    """Revoke an officer's key with a reason (see the policy above)."""
    identity.require_role(store, identity.OFFICE)
    if not reason.strip():
        raise Rejected("no_reason", "Hãy ghi lý do thu hồi.", "A reason is required to revoke a key.")
    if not store.revoke_with_reason(key_id, reason.strip()):
        raise Rejected("unknown_key", f"Không có khóa đang hiệu lực {key_id}.", f"No active key {key_id}.")
