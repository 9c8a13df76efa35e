"""``lcdesk office completeness|approve|return|unapprove|review|receipt|feedback|audit`` and the officer's ``open|todo|exports``: the review chain."""

from __future__ import annotations

NAMES = ()


def register(sub) -> None:
    """Top-level commands of this module."""


def register_office(osub) -> None:
    """``office`` actions of this module."""
