"""City-level expert ratings, follow-up marks, report settings (issue 12)."""

from __future__ import annotations


class FiguresMixin:
    pass
