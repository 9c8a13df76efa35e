"""Feedback (``.lcf``): the office's returns and approvals, carried back to one officer.

The office writes, per officer key, a package of kind ``feedback`` holding the current
review state of every reviewed form of that officer's units: returned (with the comment
per cell), answered (seen, not yet decided), approved (with the values approved), or
changed after approval. Each form names the officer's own records the office judged
(``seen``: [measure, sequence number]), so the officer's installation can tell whether
it has changed the form since. Opened by the officer (``lcdesk open``, the window),
returned forms come first in the to-do list with the comment beside the field, and the
next bundle answers them. Format: docs/bundle-format.md, "Receipts and feedback".
"""

from __future__ import annotations

from lcdesk.core.exchange import identity, office_files
from lcdesk.core.exchange.office_files import is_int, is_text

KIND, SUFFIX, MEMBER = "feedback", ".lcf", "feedback.json"
SENT_STATES = ("returned", "answered", "approved", "changed_after_approval")
FORM_FIELDS = frozenset({"catalog", "unit", "period", "indicator", "state", "comments", "approved", "seen",
                         "reviewed_at"})


def forms_for(store, key_id: str, cache: dict | None = None) -> list[dict]:
    """The reviewed forms of ``key_id``'s units, as they travel in ``feedback.json``.

    ``cache`` keeps the office's forms per (catalog, period) across officers (one batch)."""
    from lcdesk.core.office import review

    key = store.trusted_key(key_id)
    units = set(key.units) if key else set()
    pairs = sorted({(r["catalog"], int(r["period"])) for r in store.review_records() if r["unit"] in units})
    out, cache = [], {} if cache is None else cache
    for catalog_id, period in pairs:
        if (catalog_id, period) not in cache:
            cache[(catalog_id, period)] = review.forms(store, catalog_id, period)
        for (unit, code), form in sorted(cache[(catalog_id, period)].items()):
            if unit in units and form.state in SENT_STATES:
                out.append({"catalog": catalog_id, "unit": unit, "period": period, "indicator": code,
                            "state": form.state, "comments": form.comments, "approved": form.approved,
                            "seen": [[m, s] for m, a, s in form.records if a == key_id],
                            "reviewed_at": form.reviewed_at})
    return out


def write_feedback(store, key_id: str, out, cache: dict | None = None) -> dict:
    """Office: write the signed feedback file for the officer ``key_id``; noted in the audit."""
    from lcdesk.core.office import audit

    forms = forms_for(store, key_id, cache)
    info = office_files.write(store, KIND, MEMBER, key_id, out, {"forms": forms})
    summary = {"forms": len(forms), "returned": sum(f["state"] == "returned" for f in forms),
               "approved": sum(f["state"] == "approved" for f in forms)}
    store.add_issued_file(KIND, key_id, info["seq"], info["package"], str(out), summary)
    audit.note(store, "feedback", f"{info['officer']} ({key_id})", {**summary, "seq": info["seq"], "file": str(out)},
               f"feedback:{info['package']}")
    return {**info, **summary}


def _form_ok(f: dict) -> bool:
    return (all(is_text(f[k], 200) for k in ("catalog", "unit", "indicator", "reviewed_at")) and is_int(f["period"])
            and isinstance(f["comments"], list) and (f["approved"] is None or isinstance(f["approved"], dict))
            and isinstance(f["seen"], list)
            and all(isinstance(c, dict) and set(c) == {"measure", "text", "at"} and all(is_text(v) for v in c.values())
                    for c in f["comments"])
            and all(isinstance(s, list) and len(s) == 2 and is_text(s[0], 200) and is_int(s[1]) for s in f["seen"]))


def check_content(content: dict) -> list[dict]:
    return office_files.checked_items(content, "forms", FORM_FIELDS, "state", SENT_STATES, _form_ok)


def open_feedback(store, path) -> dict:
    """Officer: check and apply a feedback file; returns what it says."""
    def apply(pkg, seq, forms):
        store.apply_file(KIND, pkg.id, seq, {"forms": forms})
        return {"forms": len(forms), "returned": sum(f["state"] == "returned" for f in forms),
                "approved": sum(f["state"] == "approved" for f in forms)}

    return office_files.open_file(store, path, KIND, MEMBER, check_content, apply)


def comment_text(comments: list[dict], labels: dict[str, str]) -> str:
    """The office's comments as the officer reads them, one a line: "Tỷ lệ: …" for a comment on a
    measure (its label from ``labels``, {measure code: label}), the text alone for the whole form."""
    return "\n".join(f"{labels.get(c['measure']) or c['measure']}: {c['text']}" if c["measure"] else c["text"]
                     for c in comments)


def _officer_catalogs(store) -> tuple[dict, dict]:
    """({catalog id: provisioned key "id@version"}, {catalog id: title}) of this officer, titles read
    from the catalog list (no catalog is built for them)."""
    keys = {}
    for key in identity.provisioning(store).get("catalogs") or []:
        keys.setdefault(key.split("@")[0], key)
    titles, exact = {}, set()
    for c in store.list_catalogs():  # newest version last per id: the provisioned version, else the newest
        if c["id"] in keys and c["id"] not in exact:
            titles[c["id"]] = c["title"]
            if c["version"] == keys[c["id"]].partition("@")[2]:
                exact.add(c["id"])
    return keys, titles


def todo(store) -> list[dict]:
    """Officer: the office's latest word on each reviewed form, returned ones first.

    A returned form this officer has changed since is ``answered``; an approved one
    changed since is ``changed_after_approval`` (it goes back to the office for review).
    ``comment`` is the comments as text with each measure's label (never its code);
    ``comments`` keep the code (``measure``) beside its ``label``; ``catalog_title`` names the
    form's catalog. "Changed" is ``entry.states_now``'s: by what the office saw (an edit undone is none)."""
    from lcdesk.core.officer.entry import states_now

    applied = store.latest_applied(KIND)
    if applied is None:
        return []
    keys, titles = _officer_catalogs(store)
    labels: dict[tuple[str, str], dict] = {}
    catalogs: dict[str, object] = {}
    out = []
    for f, state in zip(applied["body"]["forms"], states_now(store, applied["body"]["forms"])):
        form_labels = _measure_labels(store, f, keys, catalogs, labels) if any(c["measure"] for c in f["comments"]) else {}
        comments = [{**c, "label": form_labels.get(c["measure"], "") if c["measure"] else ""} for c in f["comments"]]
        out.append({"catalog": f["catalog"], "catalog_title": titles.get(f["catalog"], f["catalog"]), "unit": f["unit"],
                    "period": f["period"], "indicator": f["indicator"], "state": state,
                    "comment": comment_text(f["comments"], form_labels), "comments": comments,
                    "approved": f["approved"], "reviewed_at": f["reviewed_at"]})
    order = {"returned": 0, "changed_after_approval": 1, "answered": 2, "approved": 3}
    return sorted(out, key=lambda t: (order.get(t["state"], 9), t["catalog"], t["unit"], t["period"], t["indicator"]))


def _measure_labels(store, form: dict, keys: dict, catalogs: dict, cache: dict) -> dict[str, str]:
    """{measure code: label} of the form's indicator, from the catalog this officer was provisioned with
    (built only when a comment names a measure; {} when the catalog or indicator is unknown)."""
    from lcdesk.core.errors import LcdeskError

    wanted = (form["catalog"], form["indicator"])
    if wanted not in cache:
        cache[wanted] = {}
        if form["catalog"] not in catalogs:
            try:
                catalogs[form["catalog"]] = store.get_catalog(keys.get(form["catalog"], form["catalog"]))
            except LcdeskError:
                catalogs[form["catalog"]] = None
        catalog = catalogs[form["catalog"]]
        try:
            cache[wanted] = {m.code: m.label for m in catalog.indicator(form["indicator"]).measures} if catalog else {}
        except LcdeskError:
            pass
    return cache[wanted]
