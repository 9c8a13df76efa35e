"""``lcdesk office figures|checks`` and the officer's ``check``: city figures and data-quality checks."""

from __future__ import annotations

NAMES = ()


def register(sub) -> None:
    """Top-level commands of this module."""


def register_office(osub) -> None:
    """``office`` actions of this module."""
