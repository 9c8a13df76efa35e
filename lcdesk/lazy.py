"""A module imported on first use of one of its names, not when the importing module loads.

For what the first window does not need: cryptography (the first window signs nothing),
PySide6's message box and file dialog (PySide6 creates a class's Python type and enums on
its first import), the container code behind a wizard page's buttons. ``tests/test_startup_imports.py``
checks that they stay off the start-up path."""

from __future__ import annotations

import importlib

# Every module named by a LazyModule, in the order they were declared: ``lcdesk.selfcheck`` imports
# each (a frozen build would otherwise find a gap only when the module is first used), and
# ``build.spec`` lists those outside lcdesk as hidden imports (PyInstaller cannot see a name in a
# string; ``tests/test_lazy_modules.py`` checks the list).
TARGETS: list[str] = []


class LazyModule:
    """``LazyModule("package.module").name`` imports the module on the first such access and
    keeps each name it hands out (later accesses skip ``__getattr__``)."""

    def __init__(self, name: str):
        self.__name = name
        if name not in TARGETS:
            TARGETS.append(name)

    def __getattr__(self, attr: str):
        value = getattr(importlib.import_module(self.__name), attr)
        setattr(self, attr, value)
        return value

    def __repr__(self) -> str:
        return f"<lazy module {self.__name!r}>"
