"""Expected sets, review records, receipts, feedback and the audit (issue 11)."""

from __future__ import annotations


class ReviewMixin:
    pass
