"""``lcdesk verify-evidence``: every evidence file is named by its content's hash."""

from __future__ import annotations

NAMES = ()


def register(sub) -> None:
    """Top-level commands of this module."""


def register_office(osub) -> None:
    """``office`` actions of this module."""
