"""The core stays Qt-free: every module of lcdesk.core imports with PySide6 unimportable."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent(r"""
    import importlib, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                raise ImportError(f"the core must not import {name}")
            return None

    sys.meta_path.insert(0, NoQt())
    import lcdesk.core
    names = ["lcdesk", "lcdesk.paths", "lcdesk.core"]
    names += [m.name for m in pkgutil.walk_packages(lcdesk.core.__path__, "lcdesk.core.")]
    failures = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
    assert not failures, "\n".join(failures)
    assert not any(m.split(".")[0] in ("PySide6", "shiboken6") for m in sys.modules)
    print(len(names))
""")


def test_core_imports_without_qt():
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[-1]) > 5


def test_the_guard_really_blocks_qt():
    probe = SCRIPT.replace("import lcdesk.core\n", "import lcdesk.core\nimport PySide6\n", 1)
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode != 0
    assert "must not import PySide6" in result.stderr
