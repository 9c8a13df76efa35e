"""``lcdesk verify-evidence``: every evidence file is named by its content's hash."""

from __future__ import annotations

NAMES = ("verify-evidence",)


def register(sub) -> None:
    """Top-level commands of this module."""
    p = sub.add_parser("verify-evidence", help="check that every evidence file hashes to its name (exit 1 if not)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_verify_evidence)


def register_office(osub) -> None:
    """``office`` actions of this module."""


def cmd_verify_evidence(ctx) -> int:
    from lcdesk.cli import print_json
    from lcdesk.core.exchange import evidence

    recovered = evidence.recover_pending(ctx.store)
    problems = list(evidence.verify_store(ctx.store))
    checked = len(ctx.store.evidence_hashes())
    if ctx.args.json:
        print_json({"checked": checked, "problems": problems, "recovered": recovered})
    else:
        words = {"misnamed": "tên không phải mã SHA-256", "hash_mismatch": "nội dung không khớp với tên",
                 "missing": "thiếu tệp"}
        for p in problems:
            print(f"{p['sha256']}: {words[p['problem']]} ({p['path']})")
        print(f"Đã kiểm tra {checked} tệp minh chứng: {len(problems) or 'không có'} lỗi.")
    return 1 if problems else 0
