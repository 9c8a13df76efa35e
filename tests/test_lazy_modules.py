"""Modules imported on first use (``lcdesk.lazy.LazyModule``) exist, load, and are frozen into
the Windows build: PyInstaller cannot see a module named in a string, so ``build.spec`` lists
every such module outside lcdesk (lcdesk's own are all collected), and the build's self-check
imports each one."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import lcdesk
from lcdesk import lazy
from lcdesk.lazy import LazyModule

ROOT = Path(__file__).resolve().parent.parent


def _all_targets() -> list[str]:
    for info in pkgutil.walk_packages(lcdesk.__path__, "lcdesk."):  # every LazyModule declared
        importlib.import_module(info.name)
    return list(lazy.TARGETS)


def test_every_lazy_module_outside_lcdesk_is_a_hidden_import_of_the_build():
    targets = _all_targets()
    assert "cryptography.hazmat.primitives.asymmetric.ed25519" in targets  # the key's, for one
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    listed = set(re.findall(r'^\s*"([\w.]+)",', spec, re.M))
    outside = [t for t in targets if not t.startswith("lcdesk.") and t.split(".")[0] != "PySide6"]
    assert outside and set(outside) <= listed, set(outside) - listed


def test_every_lazy_module_loads_and_the_names_used_exist():
    for target in _all_targets():
        importlib.import_module(target)
    module = LazyModule("json")
    assert module.dumps([1]) == "[1]" and "dumps" in vars(module)  # kept after the first use
    try:
        LazyModule("lcdesk.no_such_module").anything
    except ModuleNotFoundError:
        pass
    else:
        raise AssertionError("a missing module must fail when used")


def test_the_self_check_imports_the_lazy_modules(tmp_path, monkeypatch):
    from lcdesk import selfcheck

    monkeypatch.setattr(lazy, "TARGETS", [*lazy.TARGETS, "lcdesk_missing_for_the_test"])
    try:
        selfcheck.check_imports(tmp_path)
    except RuntimeError as exc:
        assert "lcdesk_missing_for_the_test, imported on first use" in str(exc)
    else:
        raise AssertionError("the self-check must report a lazy module it cannot import")
