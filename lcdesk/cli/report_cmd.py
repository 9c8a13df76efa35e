"""``lcdesk office report|settings|export-db``: the official workbook and the analysis database."""

from __future__ import annotations

NAMES = ()


def register(sub) -> None:
    """Top-level commands of this module."""


def register_office(osub) -> None:
    """``office`` actions of this module."""
