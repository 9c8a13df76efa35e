"""``lcdesk --self-check``: prove that an installation (above all a frozen build) works.

Run by the Windows build's smoke test (``installers/windows/build.sh``) on the frozen
``lcdesk.exe`` and again on the installed copy, and by support staff on an officer's laptop.
It needs no display. Each check prints one line, ``ok   NAME: detail``,
``skip NAME: why`` or ``FAIL NAME: error``; the result is 0 when nothing failed.

A check the code base cannot do yet (its module does not exist) reports ``skip``; a module
that exists but breaks reports ``FAIL``. Everything runs in a temporary data folder (or in
``home`` when given), never in the officer's real one.
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import lcdesk
from lcdesk.paths import resource_path

VI_SAMPLE = "Thành phố học tập — Tỷ lệ người dân được học tập suốt đời (%)"


class Skip(Exception):
    """A check that cannot run in this build yet."""


def _require(module: str):
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            raise Skip(f"{module} is not part of this build yet") from None
        raise


def check_imports(home: Path) -> str:
    """Every module under ``lcdesk`` imports: the frozen build left nothing behind."""
    names = [lcdesk.__name__]
    broken = []
    for info in pkgutil.walk_packages(lcdesk.__path__, lcdesk.__name__ + "."):
        try:
            importlib.import_module(info.name)
            names.append(info.name)
        except Exception as exc:  # noqa: BLE001 - each broken module is reported by name
            broken.append(f"{info.name} ({type(exc).__name__}: {exc})")
    from lcdesk.lazy import TARGETS

    for target in TARGETS:  # what the modules import on first use (lcdesk.lazy.LazyModule)
        try:
            importlib.import_module(target)
        except Exception as exc:  # noqa: BLE001
            broken.append(f"{target}, imported on first use ({type(exc).__name__}: {exc})")
    if broken:
        raise RuntimeError("; ".join(broken))
    if len(names) < 5:
        raise RuntimeError(f"only {len(names)} modules found: the build lost the package")
    return f"{len(names)} modules"


def check_resources(home: Path) -> str:
    """Catalogs and icons sit where ``resource_path`` says (sys._MEIPASS when frozen)."""
    catalogs = sorted(resource_path("catalogs").glob("*.json"))
    if not catalogs:
        raise RuntimeError(f"no catalogs in {resource_path('catalogs')}")
    icon = resource_path("icons", "lcdesk.png")
    if not icon.is_file():
        raise RuntimeError(f"missing {icon}")
    return f"{len(catalogs)} catalogs in {resource_path()}"


def check_store(home: Path) -> str:
    """A fresh store opens (and migrates) in the temporary home, and closes."""
    store_module = _require("lcdesk.core.store")
    store = store_module.Store.open(home)
    try:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        store.close()
    return f"schema version {version} in {home}"


def check_catalogs(home: Path) -> str:
    """The built-in catalogs load, validate and go into the store."""
    try:
        builtin = importlib.import_module("lcdesk.core.catalog.builtin")
        catalogs = list(builtin.builtin_catalogs())
    except ModuleNotFoundError:
        from lcdesk.core.catalog import model as catalog_model

        catalogs = [catalog_model.load_json(p) for p in sorted(resource_path("catalogs").glob("*.json"))]
        for cat in catalogs:
            catalog_model.validate(cat)
    if not catalogs:
        raise RuntimeError("no built-in catalog")
    from lcdesk.core.store import Store

    with Store.open(home) as store:
        for cat in catalogs:
            store.add_catalog(cat, origin="builtin")
        stored = len(store.list_catalogs())
    indicators = sum(len(cat.indicators) for cat in catalogs)
    return f"{len(catalogs)} catalogs, {indicators} indicators, {stored} in the store"


def check_crypto(home: Path) -> str:
    """The cryptography library's native part works: an Ed25519 signature verifies."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    message = VI_SAMPLE.encode("utf-8")
    signature = key.sign(message)
    key.public_key().verify(signature, message)
    try:
        key.public_key().verify(signature, message + b"!")
    except InvalidSignature:
        return "Ed25519 sign/verify"
    raise RuntimeError("a tampered message verified")


def check_bundle(home: Path) -> str:
    """The installation key is created, signs a bundle package, and the package verifies."""
    keys = _require("lcdesk.core.exchange.keys")
    package = _require("lcdesk.core.exchange.container")
    package_read = _require("lcdesk.core.exchange.container_read")
    bundle = _require("lcdesk.core.exchange.bundle")
    kp = keys.load_or_create(home)
    if keys.load_or_create(home).public_raw != kp.public_raw:
        raise RuntimeError("the key file did not read back")
    records = bundle.canonical_json([{"indicator": "1.1.1", "value": VI_SAMPLE}])
    path = home / f"selfcheck{bundle.SUFFIX}"
    info = package.write_package(path, bundle.KIND, {"note": VI_SAMPLE}, {bundle.RECORDS: records}, kp)
    read = package_read.read_package(path, expected_kind=bundle.KIND)
    if read.id != info.id or not keys.verify(kp.public_raw, keys.sign(kp, records), records):
        raise RuntimeError("the bundle did not verify")
    return f"key {kp.fingerprint}, {path.name} signed and verified ({info.file_size} bytes)"


def check_xlsx(home: Path) -> str:
    """An .xlsx with Vietnamese text is written and read back (openpyxl)."""
    from openpyxl import Workbook, load_workbook

    path = home / "Báo cáo thử.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "Chỉ số"
    sheet.append(["Mã", "Chỉ số", "Giá trị"])
    sheet.append(["1.1.1", VI_SAMPLE, 87.5])
    book.save(path)
    back = load_workbook(path, read_only=True)
    rows = list(back["Chỉ số"].iter_rows(values_only=True))
    back.close()
    if rows[1] != ("1.1.1", VI_SAMPLE, 87.5):
        raise RuntimeError(f"read back {rows[1]!r}")
    return f"{path.name}, {path.stat().st_size} bytes"


def check_qt(home: Path) -> str:
    """Qt starts headless (offscreen platform), paints Vietnamese text, loads translations.

    Qt (6.11, 6.12) ships no Vietnamese translation of its own strings, so ``qtbase_vi`` is
    reported when present, not required; lcdesk's own ``.qm`` files must all load.
    """
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    image = QImage(160, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.drawText(2, 15, "Tỷ lệ người dân")
    painter.end()
    ours = sorted(resource_path("i18n").glob("*.qm"))
    for qm in ours:
        if not QTranslator().load(str(qm)):
            raise RuntimeError(f"cannot load {qm}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_vi = "with" if QTranslator().load("qtbase_vi", qt_dir) else "without"
    return f"{app.platformName()} platform, {len(ours)} lcdesk .qm, {qt_vi} qtbase_vi"


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("imports", check_imports),
    ("resources", check_resources),
    ("store", check_store),
    ("catalogs", check_catalogs),
    ("crypto", check_crypto),
    ("bundle", check_bundle),
    ("xlsx", check_xlsx),
    ("qt", check_qt),
]


def _output() -> TextIO | None:
    """Where to print: stdout in UTF-8, or on Windows a windowed build's parent console."""
    from lcdesk import console

    console.prepare()
    return sys.stdout


def _run_one(name: str, check: Callable[[Path], str], home: Path) -> tuple[str, str]:
    try:
        return "ok  ", check(home)
    except Skip as exc:
        return "skip", str(exc)
    except Exception as exc:  # noqa: BLE001 - the self-check reports, it does not crash
        last = traceback.extract_tb(exc.__traceback__)[-1]
        return "FAIL", f"{type(exc).__name__}: {exc} ({Path(last.filename).name}:{last.lineno})"


def run(home: Path | str | None = None, out: TextIO | None = None) -> int:
    """Run every check in turn; 0 when none failed, else 1."""
    out = out or _output()

    def say(line: str) -> None:
        if out is not None:
            print(line, file=out, flush=True)

    temporary = home is None
    root = Path(tempfile.mkdtemp(prefix="lcdesk-selfcheck-")) if temporary else Path(home)
    root.mkdir(parents=True, exist_ok=True)
    kind = "frozen" if getattr(sys, "frozen", False) else "source"
    say(f"lcdesk {lcdesk.__version__} self-check ({kind}, Python {sys.version.split()[0]}, {sys.platform})")
    failed = 0
    try:
        for name, check in CHECKS:
            status, detail = _run_one(name, check, root)
            failed += status == "FAIL"
            say(f"{status} {name}: {detail}")
    finally:
        if temporary:
            shutil.rmtree(root, ignore_errors=True)
    say("self-check " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1] if len(sys.argv) > 1 else None))
