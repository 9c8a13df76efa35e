"""Who this installation is: its key, its role (officer or city office), what it was given.

Settings used (all JSON in the store's ``settings`` table):
- ``role``: "officer" or "office" (None until first set-up).
- ``me``: {"name", "position"} of the person using this installation.
- ``office``: the office's own set-up {"city", "city_name", "catalogs", "catalog", "name"}:
  ``catalogs`` lists every catalog key collected (``id@version``); ``catalog`` is the first
  (older installations have only it; ``office_catalog_keys`` reads both).
- ``office_key``: on an officer's installation, the pinned office key
  {"key_id", "public_key", "fingerprint", "name"}; later provisioning must be signed by it.
- ``provisioning``: the accepted provisioning header (units, catalogs, periods, deadline, seq).
"""

from __future__ import annotations

import json
import os

from lcdesk.core.exchange import keys
from lcdesk.core.errors import LcdeskError

OFFICER, OFFICE = "officer", "office"


class IdentityError(LcdeskError):
    """The installation is not set up for what was asked."""


PASSPHRASE_ENV = "LCDESK_PASSPHRASE"


def my_key(store, passphrase: bytes | None = None) -> keys.KeyPair:
    """This installation's key pair, created on first use in the data folder.

    A passphrase-protected key is opened with ``passphrase``, else with the one in
    ``$LCDESK_PASSPHRASE`` (scripts), else the GUI's remembered passphrase for this session."""
    if passphrase is None:
        env = os.environ.get(PASSPHRASE_ENV)
        passphrase = env.encode("utf-8") if env else _session_passphrases.get(str(store.home))
    kp = keys.load_or_create(store.home, passphrase)
    if not getattr(store, "counters_synced", False):
        sync_counters(store, kp.key_id)
        store.counters_synced = True
    return kp


def my_key_id(store) -> str:
    """This installation's key id, for reading (whose records are whose): from the public key
    kept beside the key file (``keys.cached_key_id``) without opening the key, else from
    ``my_key``. Whatever is signed uses ``my_key`` itself."""
    return keys.cached_key_id(store.home) or my_key(store).key_id


# --------------------------------------------------------- sequence high-water marks
# Sequence numbers must never go back: a database restored from an old backup (or
# lost and recreated) would otherwise reuse numbers the office has already seen, and
# the office would rightly refuse the next bundle. Each export records the highest
# numbers it used in keys/sequence.json, beside the key and outside the database.

SEQUENCE_FILE = "sequence.json"


def record_high_water(store, key_id: str, seq: int, bundle_seq: int) -> None:
    path = keys.key_path(store.home).parent / SEQUENCE_FILE
    current = _read_high_water(path).get(key_id, {})
    marks = {"seq": max(seq, current.get("seq", 0)), "bundle_seq": max(bundle_seq, current.get("bundle_seq", 0))}
    data = {**_read_high_water(path), key_id: marks}
    tmp = path.with_name(SEQUENCE_FILE + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def sync_counters(store, key_id: str) -> None:
    """Raise this key's counters to the high-water marks of earlier exports."""
    marks = _read_high_water(keys.key_path(store.home).parent / SEQUENCE_FILE).get(key_id)
    if marks:
        store.raise_counter(f"seq:{key_id}", int(marks.get("seq", 0)))
        store.raise_counter(f"bundle_seq:{key_id}", int(marks.get("bundle_seq", 0)))


def forget_sync(store) -> None:
    """Make the next ``my_key`` re-apply the high-water marks (after a restore)."""
    store.counters_synced = False


def _read_high_water(path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


_session_passphrases: dict[str, bytes] = {}


def remember_passphrase(store, passphrase: bytes) -> None:
    """Keep the passphrase in memory for this session (never on disk)."""
    _session_passphrases[str(store.home)] = passphrase


def describe_key(kp: keys.KeyPair) -> dict:
    return {"key_id": kp.key_id, "fingerprint": kp.fingerprint, "public_key": keys.public_key_b64(kp)}


def role(store) -> str | None:
    return store.get_setting("role")


def my_name(store) -> str:
    return (store.get_setting("me") or {}).get("name", "")


def require_role(store, wanted: str) -> None:
    current = role(store)
    if current == wanted:
        return
    if wanted == OFFICE:
        raise IdentityError(
            "Máy này chưa được thiết lập làm văn phòng thành phố (lcdesk office init).",
            "This installation is not a city office (run `lcdesk office init`).",
        )
    raise IdentityError(
        "Máy này chưa được thiết lập cho cán bộ báo cáo: hãy mở tệp cấu hình do văn phòng thành phố gửi.",
        "This installation is not set up for an officer: open the provisioning file from the city office.",
    )


def init_office(store, city, catalogs, name: str = "") -> dict:
    """Make this installation the city office of ``city`` (a units.Unit) collecting ``catalogs``.

    ``catalogs`` is a list of Catalog objects (a single Catalog is accepted too). The
    settings keep ``catalogs`` (every key, in order) and ``catalog`` (the first: older
    callers read it)."""
    if role(store) == OFFICER:
        raise IdentityError(
            "Máy này đã được thiết lập cho cán bộ báo cáo; hãy dùng một thư mục dữ liệu khác cho văn phòng.",
            "This installation is set up for an officer; use another data folder for the office.",
        )
    keys_ = _catalog_keys(catalogs)
    kp = my_key(store)
    office = {"city": city.code, "city_name": city.name, "catalog": keys_[0], "catalogs": keys_,
              "name": name or f"Văn phòng {city.name}"}
    with store.transaction():
        store.set_setting("role", OFFICE)
        store.set_setting("office", office)
        store.set_setting("me", {"name": office["name"], "position": ""})
        store.register_key(kp.key_id, keys.public_key_b64(kp), office["name"], role=OFFICE)
    return {**office, **describe_key(kp)}


def _catalog_keys(catalogs) -> list[str]:
    items = [catalogs] if hasattr(catalogs, "key") else list(catalogs)
    out: list[str] = []
    for cat in items:
        key = cat.key if hasattr(cat, "key") else str(cat)
        if key not in out:
            out.append(key)
    if not out:
        raise IdentityError("Hãy chọn ít nhất một danh mục chỉ số.", "Choose at least one catalog.")
    return out


def set_office_catalogs(store, catalogs) -> dict:
    """Office: collect ``catalogs`` (Catalog objects, new versions or targets) from now on."""
    keys_ = _catalog_keys(catalogs)
    office = {**office_settings(store), "catalog": keys_[0], "catalogs": keys_}
    store.set_setting("office", office)
    return office


def set_office_catalog(store, catalog) -> dict:
    """Office: replace the catalog of the same id by ``catalog`` (another id is added).

    Kept for single-catalog callers: with one catalog it behaves as it always did."""
    current = office_catalog_keys(store)
    cat_id = catalog.key.split("@")[0]
    if any(k.split("@")[0] == cat_id for k in current):
        chosen = [catalog.key if k.split("@")[0] == cat_id else k for k in current]
    else:
        chosen = [catalog.key] if len(current) <= 1 else current + [catalog.key]
    return set_office_catalogs(store, chosen)


def office_catalog_keys(store) -> list[str]:
    """Keys (``id@version``) of every catalog this office collects, in order."""
    office = office_settings(store)
    return list(office.get("catalogs") or ([office["catalog"]] if office.get("catalog") else []))


def office_catalogs(store) -> list:
    """Every catalog this office collects (Catalog objects, in order)."""
    return [store.get_catalog(k) for k in office_catalog_keys(store)]


def officer_catalogs(store) -> list:
    """Every catalog this officer was provisioned for (Catalog objects, provisioning order).

    Each is the body the office sent, with the targets it carries for the office's city."""
    return [store.get_catalog(k) for k in provisioning(store).get("catalogs") or []]


def office_settings(store) -> dict:
    require_role(store, OFFICE)
    return store.get_setting("office")


def provisioning(store) -> dict:
    require_role(store, OFFICER)
    return store.get_setting("provisioning")
