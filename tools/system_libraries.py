#!/usr/bin/env python3
"""Install the system libraries Qt needs, when they are missing (Debian and Ubuntu).

Run by the README's two commands and by ``.ci/run``; safe to run again (it installs only
what is missing, and says what). Windows and macOS need nothing: it does nothing there.

    python3 tools/system_libraries.py            # Qt's libraries, and python3-venv if needed
    python3 tools/system_libraries.py --xvfb     # also a virtual display (CI)
    python3 tools/system_libraries.py --check    # only say what is missing (exit 1 if any)

As root it runs apt-get; otherwise it uses ``sudo -n`` when that works without a password,
and else prints the command to run and exits 1. Other Linux systems get the list of what
Qt needs. The package list lives in ``lcdesk/system_libraries.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from lcdesk.system_libraries import QT_PACKAGES, XVFB_PACKAGES  # noqa: E402 - stdlib-only module of the checkout


def installed(package: str) -> bool:
    done = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Abbrev}", package], capture_output=True, text=True)
    return done.returncode == 0 and done.stdout.startswith("ii")


def missing_packages(groups) -> list[str]:
    """The first name of each group none of whose alternatives is installed."""
    return [group[0] for group in groups if not any(installed(p) for p in group)]


def needs_venv_package() -> bool:
    """Debian's python3 has no ensurepip (so no ``python3 -m venv``) without python3-venv."""
    done = subprocess.run([sys.executable, "-c", "import ensurepip, venv"], capture_output=True)
    return done.returncode != 0


def apt_prefix() -> list[str] | None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n"]
    return None


def install(packages: list[str]) -> int:
    prefix = apt_prefix()
    command = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    if prefix is None:
        print("Cần quyền root để cài. Hãy chạy / Run as root:\n  apt-get update && " + " ".join(command), file=sys.stderr)
        return 1
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-q"], check=True, env=env)
    subprocess.run([*prefix, *command], check=True, env=env)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--xvfb", action="store_true", help="also install a virtual X display (xvfb, xauth)")
    parser.add_argument("--check", action="store_true", help="only list what is missing; exit 1 if anything is")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        return 0  # Windows/macOS: the PySide6 wheel carries what Qt needs
    groups = QT_PACKAGES + (XVFB_PACKAGES if args.xvfb else ())
    if not shutil.which("dpkg-query"):
        names = ", ".join(g[0] for g in groups)
        print(f"Not a Debian/Ubuntu system: make sure the equivalents of these are installed: {names}")
        return 0
    missing = missing_packages(groups) + (["python3-venv"] if needs_venv_package() else [])
    if not missing:
        return 0
    print("Thư viện hệ thống còn thiếu / missing system libraries: " + " ".join(missing))
    if args.check:
        return 1
    print("Đang cài / installing: " + " ".join(missing), flush=True)
    return install(missing)


if __name__ == "__main__":
    raise SystemExit(main())
