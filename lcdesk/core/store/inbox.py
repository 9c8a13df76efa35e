"""The office's inbox and officer registry (issue 10)."""

from __future__ import annotations


class InboxMixin:
    pass
