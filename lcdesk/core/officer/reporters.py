"""Who reports an indicator today, beside the wording the plan used.

The plans name the responsible bodies as they were when written ("UBND quận, huyện,
thị xã", departments merged in 2025). The catalog keeps that wording (``responsible``);
what the office assigned is ``assign`` (selectors, ``registry.unit_matches``). This module
turns the selectors into names a reader understands today:

- "local" and, in a city without districts (since 1 July 2025), "district": "UBND phường,
  xã, đặc khu" — or the selected unit itself when it is one of them;
- "dept:x": the department the office's catalog names for it;
- "expert": the expert panel.

``is_assigned`` is the one test the forms and ``lcdesk enter`` use to decide whether the
selected unit may enter figures for an indicator.
"""

from __future__ import annotations

from lcdesk.core.text import nfc, slug
from lcdesk.core.units import registry

LOCAL_NAME = "UBND phường, xã, đặc khu"


def is_assigned(unit: dict | registry.Unit, indicator) -> bool:
    """Whether ``unit`` (a provisioning unit dict or a Unit) reports ``indicator``."""
    unit = registry.from_dict(unit) if isinstance(unit, dict) else unit
    return any(registry.unit_matches(unit, s) for s in indicator.assign)


def _department_name(catalog, indicator, key: str) -> str:
    for name in indicator.responsible:
        if slug(name) == key:
            return nfc(name)
    for other in catalog.indicators:
        for name in other.responsible:
            if slug(name) == key:
                return nfc(name)
    return key


def reported_by(catalog, indicator, unit: dict | None = None) -> list[str]:
    """The names of who reports ``indicator`` today (the selected ``unit`` when it is one of them)."""
    selected = registry.from_dict(unit) if unit else None
    names: list[str] = []
    for selector in indicator.assign:
        if selected is not None and registry.unit_matches(selected, selector):
            name = selected.name
        elif selector in ("local", "district"):
            name = LOCAL_NAME
        elif selector == "expert":
            name = registry.EXPERT_NAME
        elif selector.startswith("dept:"):
            name = _department_name(catalog, indicator, selector[len("dept:"):])
        else:
            name = selector
        if name not in names:
            names.append(name)
    return names
