"""Short names of catalogs, for where a whole title does not fit (shared by the officer's catalog
selector, the officer's to-do list and ``lcdesk feedback``; no catalog is built for them)."""

from __future__ import annotations

import re

_DASH = re.compile(r"\s+[–—-]\s+")


def short_titles(titles: dict[str, str]) -> dict[str, str]:
    """{catalog id: short title} for naming a form's catalog beside it: the title before its first
    dash ("Mô hình học tập và xã hội học tập – chỉ tiêu năm 2025 và 2030" -> "Mô hình học tập và xã
    hội học tập"), the whole title where two short ones would read the same."""
    short = {cid: _DASH.split(title, maxsplit=1)[0].strip() or title for cid, title in titles.items()}
    clash = {s for s in short.values() if list(short.values()).count(s) > 1}
    return {cid: titles[cid] if s in clash else s for cid, s in short.items()}
