"""The office's review actions: approve, return for correction (a comment per cell), unapprove.

Each action appends **review records** (``review_records``, append-only) signed off by the
office key like the values themselves: the office key id, a per-key sequence number
(counter ``review_seq:<key>``), the time, and an Ed25519 signature of the record's
canonical JSON (every field but ``signature``; ``verify_records`` checks them all).
A record keeps the form's snapshot it saw (``review.snapshot_of``) and, for an
approval, the values approved, so a later change is seen and the approved value
stays visible.

Only a **complete** form can be approved (``approvable``): approving a draft or a form
received empty is refused, naming the forms, and nothing is approved.
"""

from __future__ import annotations

import base64
import json

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import identity, keys
from lcdesk.core.exchange.container_read import canonical_json
from lcdesk.core.office import expected, review
from lcdesk.core.store.base import utc_now
from lcdesk.core.store.review import REVIEW_FIELDS
from lcdesk.core.text import nfc

MAX_TEXT = 2000
MAX_NAMED = 8
_REASON_VI = {review.DRAFT: "bản nháp, cán bộ chưa đánh dấu hoàn thành",
              review.EMPTY: "đã nhận gói nhưng biểu mẫu để trống",
              review.NOT_RECEIVED: "chưa nhận được số liệu"}
_REASON_EN = {review.DRAFT: "a draft, not marked complete by the officer",
              review.EMPTY: "received empty", review.NOT_RECEIVED: "nothing received"}
APPROVABLE = (review.DRAFT, review.COMPLETE, review.ANSWERED, review.CHANGED)  # states; the data must be complete too


class ReviewError(LcdeskError):
    """A review action that cannot be done as asked."""


def failed_check_forms(store, catalog_id: str, period: int) -> set[tuple[str, str]]:
    """(unit, indicator) of forms with a failed check, from ``lcdesk.core.office.checks``.

    Seam: that module (issue 12) provides ``failed_forms(store, catalog_id, period)``;
    until it exists no form counts as failed."""
    try:
        from lcdesk.core.office import checks  # type: ignore[attr-defined]
    except ImportError:
        return set()
    failed = getattr(checks, "failed_forms", None)
    return set(failed(store, catalog_id, period)) if failed is not None else set()


def clean_forms(store, catalog_id: str, period: int, unit: str | None = None) -> list[review.Form]:
    """Forms to approve with "all clean": complete, not yet approved, not waiting for an answer,
    without conflicts and without failed checks."""
    catalog = expected.office_catalog(store, catalog_id)
    failed = failed_check_forms(store, catalog.id, period)
    return [f for (u, ind), f in sorted(review.forms(store, catalog.id, period).items())
            if (unit is None or u == unit) and approvable(f) and f.state in APPROVABLE
            and not f.conflict and (u, ind) not in failed]


def approvable(form: review.Form) -> bool:
    """The one rule of approval: only a form the officer marked complete can be approved.

    A draft (some value not marked complete) and a form received empty or not received
    are refused by ``approve`` and ``approve_forms``, whatever their review state (a form
    answered or changed after approval with a draft is refused too); the review page greys
    its approve button out with the same rule."""
    return form.data == review.COMPLETE


class IncompleteFormsError(ReviewError):
    """Approving forms that are not complete: nothing approved. ``forms``: [(unit, indicator, data)]."""

    def __init__(self, forms: list, names: dict[str, str]):
        self.forms = [(f.unit, f.indicator, f.data) for f in forms]
        shown = forms[:MAX_NAMED]
        more = len(forms) - len(shown)
        vi = "; ".join(f"{names.get(f.unit, f.unit)} — {f.indicator} ({_REASON_VI.get(f.data, f.data)})" for f in shown)
        en = "; ".join(f"{names.get(f.unit, f.unit)} — {f.indicator} ({_REASON_EN.get(f.data, f.data)})" for f in shown)
        if more:
            vi, en = f"{vi}; và {more} biểu mẫu khác", f"{en}; and {more} more"
        if any(f.data == review.DRAFT for f in forms):
            advice_vi = "hãy trả lại để sửa, hoặc chờ cán bộ đánh dấu hoàn thành và gửi gói mới"
            advice_en = "return it for correction, or wait until the officer marks it complete and sends a new bundle"
        else:
            advice_vi = "hãy chờ cán bộ nhập số liệu, đánh dấu hoàn thành và gửi gói mới"
            advice_en = "wait until the officer enters the figures, marks the form complete and sends a new bundle"
        super().__init__(
            f"Không duyệt được biểu mẫu chưa hoàn thành: {vi}. Chỉ duyệt được biểu mẫu cán bộ đã đánh dấu "
            f"hoàn thành: {advice_vi}. Chưa duyệt biểu mẫu nào.",
            f"Cannot approve a form that is not complete: {en}. Only forms the officer marked complete can be "
            f"approved: {advice_en}. Nothing was approved.")


def approve(store, catalog_id: str | None, period: int, unit: str | None, indicators=None,
            all_clean: bool = False) -> list[dict]:
    """Approve the named forms of ``unit`` (default: its complete ones), or every clean one.

    Forms already approved are skipped; naming a form that is not complete (``approvable``)
    refuses the whole call with ``IncompleteFormsError`` and approves nothing."""
    catalog = expected.office_catalog(store, catalog_id)
    if all_clean:
        chosen = clean_forms(store, catalog.id, period, unit)
        if indicators:
            chosen = [f for f in chosen if f.indicator in set(indicators)]
    elif indicators:
        return approve_forms(store, catalog.id, period, [(unit, ind) for ind in indicators])
    else:
        current = review.forms(store, catalog.id, period)
        chosen = [f for (u, _), f in sorted(current.items())
                  if u == unit and approvable(f) and f.state in APPROVABLE]
    return _write(store, catalog.id, period, [(f, "approve", "", "") for f in chosen])


def approve_forms(store, catalog_id: str | None, period: int, pairs) -> list[dict]:
    """Approve the forms ``pairs`` [(unit, indicator)] (several units at once), in one transaction.

    Already approved ones are skipped; if any other is not complete, nothing is approved
    (``IncompleteFormsError`` names each with why, and what to do instead)."""
    catalog = expected.office_catalog(store, catalog_id)
    current = review.forms(store, catalog.id, period)
    chosen = [_form(current, u, ind, catalog) for u, ind in dict.fromkeys((u, ind) for u, ind in pairs)]
    chosen = [f for f in chosen if f.state != review.APPROVED]
    refused = [f for f in chosen if not approvable(f)]
    if refused:
        from lcdesk.core.office import completeness

        names = {code: name for code, (name, _kind) in completeness.unit_names(store).items()}
        raise IncompleteFormsError(refused, names)
    return _write(store, catalog.id, period, [(f, "approve", "", "") for f in chosen])


def return_form(store, catalog_id: str | None, period: int, unit: str, indicator: str, comment: str,
                measure: str = "") -> dict:
    """Return one form for correction with the office's comment (on one measure, or the whole form)."""
    catalog = expected.office_catalog(store, catalog_id)
    text = _text(comment, "Hãy ghi nhận xét gửi cán bộ.", "A comment is required.")
    if measure:
        catalog.indicator(indicator).measure(measure)
    form = _form(review.forms(store, catalog.id, period), unit, indicator, catalog)
    if form.data in (review.NOT_RECEIVED, review.EMPTY):
        raise ReviewError(f"Chưa nhận được số liệu của chỉ số {indicator}: không thể trả lại.",
                          f"Nothing received for {indicator}: nothing to return.")
    return _write(store, catalog.id, period, [(form, "return", measure, text)])[0]


def unapprove(store, catalog_id: str | None, period: int, unit: str, indicators, reason: str) -> list[dict]:
    """Withdraw approvals (approved or changed-after-approval forms), with a reason."""
    catalog = expected.office_catalog(store, catalog_id)
    text = _text(reason, "Hãy ghi lý do bỏ duyệt.", "A reason is required to unapprove.")
    current = review.forms(store, catalog.id, period)
    names = indicators or sorted(i for (u, i), f in current.items() if u == unit and f.approved is not None)
    chosen = [_form(current, unit, ind, catalog) for ind in names]
    not_approved = [f.indicator for f in chosen if f.state not in (review.APPROVED, review.CHANGED)]
    if not_approved:
        raise ReviewError(f"Chỉ số {', '.join(not_approved)} chưa được duyệt.", f"{', '.join(not_approved)}: not approved.")
    return _write(store, catalog.id, period, [(f, "unapprove", "", text) for f in chosen])


def _form(current: dict, unit: str | None, indicator: str, catalog) -> review.Form:
    catalog.indicator(indicator)  # raises for an unknown code
    form = current.get((unit, indicator))
    if form is None:
        raise ReviewError(f"Đơn vị {unit} không báo cáo chỉ số {indicator} trong kỳ này.",
                          f"Unit {unit} has no form {indicator} in this period.")
    return form


def _text(value: str, vi: str, en: str) -> str:
    text = nfc((value or "").strip())
    if not text:
        raise ReviewError(vi, en)
    if len(text) > MAX_TEXT:
        raise ReviewError(f"Nội dung quá dài (tối đa {MAX_TEXT} ký tự).", f"Text too long (at most {MAX_TEXT} characters).")
    return text


def _write(store, catalog_id: str, period: int, actions: list[tuple]) -> list[dict]:
    """Sign and append one review record per (form, action, measure, text), in one transaction."""
    identity.require_role(store, identity.OFFICE)
    kp = identity.my_key(store)
    rows = []
    with store.transaction():
        for form, action, measure, text in actions:
            row = {"catalog": catalog_id, "unit": form.unit, "period": int(period), "indicator": form.indicator,
                   "action": action, "measure": measure, "text": text, "snapshot": form.snapshot,
                   "approved": json.dumps(form.values if action == "approve" else {}, sort_keys=True, ensure_ascii=False),
                   "actor_key": kp.key_id, "actor_name": identity.my_name(store),
                   "seq": store.next_counter(f"review_seq:{kp.key_id}"), "at": utc_now()}
            row["signature"] = base64.b64encode(keys.sign(kp, signed_bytes(row))).decode("ascii")
            rows.append(row)
        store.add_review_records(rows)
        store.add_audit_events([_audit_row(r) for r in rows])
    return rows


def _audit_row(row: dict) -> tuple:
    target = f"{row['unit']} {row['period']} {row['indicator']}" + (f"/{row['measure']}" if row["measure"] else "")
    detail = {"catalog": row["catalog"], "seq": row["seq"], "key_id": row["actor_key"]}
    if row["text"]:
        detail["comment" if row["action"] == "return" else "reason"] = row["text"]
    return (row["at"], row["actor_name"] or "office", row["action"], target, detail,
            f"review:{row['actor_key']}/{row['seq']}")


def signed_bytes(row: dict) -> bytes:
    """What a review record's signature covers: the canonical JSON of every field but the signature."""
    return canonical_json({f: row[f] for f in REVIEW_FIELDS if f != "signature"})


def verify_records(store) -> list[int]:
    """Ids of review records whose signature does not verify under their actor's registered key."""
    bad, publics = [], {}
    for row in store.review_records():
        if row["actor_key"] not in publics:
            key = store.trusted_key(row["actor_key"])
            publics[row["actor_key"]] = keys.load_public(key.public_key) if key else b""
        try:
            signature = base64.b64decode(row["signature"], validate=True)
        except ValueError:
            signature = b""
        if not keys.verify(publics[row["actor_key"]], signature, signed_bytes(row)):
            bad.append(row["id"])
    return bad
