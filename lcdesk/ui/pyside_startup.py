"""PySide6's per-import check, made cheap (imports nothing: ``lcdesk.__main__`` calls it too).

Once ``shiboken6`` is imported, PySide6 asks of every module imported after it whether its
source mentions "PySide6" (for ``from __feature__ import ...``, which lcdesk does not use),
through ``inspect.getsource``: ~0.15-0.2 ms a module, some 130 modules on the way to the first
window, and every module's source kept in ``linecache``. ``read_feature_marks_from_bytes``
answers the same question from the file's bytes; an extension module has no source (no mark);
a module without a file (built-in, frozen) still goes to PySide6's own check.
"""

from __future__ import annotations

import sys

FEATURE_MODULE = "shibokensupport.feature"
EXTENSION_SUFFIXES = (".so", ".pyd")


def read_feature_marks_from_bytes() -> bool:
    """Install the cheaper check if PySide6 is loaded; True when it is in place."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "lcdesk_bytes", False):
        return True

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        elif isinstance(path, str) and path.endswith(EXTENSION_SUFFIXES):
            return False  # no source: PySide6's check finds none either
        return original(module)

    mod_uses_pyside.lcdesk_bytes = True
    mod_uses_pyside.original = original
    feature._mod_uses_pyside = mod_uses_pyside
    return True
