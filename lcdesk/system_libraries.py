"""The system libraries Qt needs on Linux, and a plain message when one is missing.

One list serves three users: ``tools/system_libraries.py`` (run by the README's commands and
by ``.ci/run``) installs the missing Debian/Ubuntu packages; ``lcdesk`` itself, before it
creates its window, checks that Qt's X11 platform plugin can load and, when it cannot, names
the missing library and its package in plain words instead of Qt's abort ("could not load
the Qt platform plugin xcb"). Windows needs none of this: the wheels carry what Qt needs.

Stdlib only: the tools script runs before lcdesk's dependencies are installed.
"""

from __future__ import annotations

import importlib.machinery
import os
import re
import sys
from pathlib import Path

# Debian/Ubuntu packages Qt's offscreen and xcb platforms load (each entry: alternatives,
# the first is the Debian name; Ubuntu 24.04 renamed glib to libglib2.0-0t64).
QT_PACKAGES: tuple[tuple[str, ...], ...] = (
    ("libegl1",), ("libgl1",), ("libglib2.0-0", "libglib2.0-0t64"), ("libfontconfig1",),
    ("libfreetype6",), ("libdbus-1-3",), ("libxkbcommon0",), ("libxkbcommon-x11-0",), ("libx11-xcb1",),
    ("libxcb-cursor0",), ("libxcb-icccm4",), ("libxcb-image0",), ("libxcb-keysyms1",), ("libxcb-randr0",),
    ("libxcb-render-util0",), ("libxcb-shape0",), ("libxcb-xkb1",), ("libxcb-xinerama0",),
    ("fonts-dejavu-core",),  # a font with every Vietnamese letter
)
XVFB_PACKAGES: tuple[tuple[str, ...], ...] = (("xvfb",), ("xauth",))  # CI: a virtual display

# The library file a missing package leaves out -> the package that brings it.
SONAME_PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1", "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0", "libxcb-util.so.1": "libxcb-util1", "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}
INSTALL_HINT = "python3 tools/system_libraries.py"


class MissingLibrary(Exception):
    """Qt's platform plugin cannot load; ``message_vi``/``message_en`` say why in plain words."""

    def __init__(self, message_vi: str, message_en: str):
        super().__init__(message_en)
        self.message_vi, self.message_en = message_vi, message_en


def xcb_plugin() -> Path | None:
    """PySide6's X11 platform plugin, found without importing Qt (None when absent)."""
    spec = importlib.machinery.PathFinder.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def _uses_xcb(env) -> bool:
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def check_display(env=None) -> None:
    """Raise MissingLibrary when Qt would abort on its X11 platform: no display, or a
    library the xcb plugin needs is missing (it is loaded here the way Qt loads it)."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or not _uses_xcb(env):
        return
    if not env.get("DISPLAY"):
        raise MissingLibrary(
            "Không tìm thấy màn hình (biến DISPLAY trống): hãy chạy lcdesk trong phiên làm việc có giao diện đồ họa, "
            "hoặc dùng xvfb-run, hoặc đặt QT_QPA_PLATFORM=offscreen.",
            "No display found (DISPLAY is empty): run lcdesk in a graphical session, under xvfb-run, "
            "or with QT_QPA_PLATFORM=offscreen.")
    plugin = xcb_plugin()
    if plugin is None:
        return
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        raise missing_library_error(str(exc)) from None


def missing_library_error(loader_message: str) -> MissingLibrary:
    """The plain message for a loader error such as 'libxcb-icccm.so.4: cannot open shared object file'."""
    found = re.search(r"(lib[\w.+-]+\.so(?:\.\d+)*)\s*:", loader_message)
    soname = found.group(1) if found else loader_message
    package = SONAME_PACKAGES.get(soname)
    install_vi = f" (gói Debian/Ubuntu: {package}; cài bằng: apt-get install {package})" if package else ""
    install_en = f" (Debian/Ubuntu package {package}: apt-get install {package})" if package else ""
    return MissingLibrary(
        f"Không mở được cửa sổ: máy thiếu thư viện hệ thống {soname}{install_vi}, thư viện mà Qt cần để vẽ "
        f"cửa sổ trên X11. Chạy «{INSTALL_HINT}» (với quyền root) để cài mọi thư viện Qt cần.",
        f"Cannot open the window: the system library {soname} is missing{install_en}; Qt needs it to draw "
        f"windows on X11. Run '{INSTALL_HINT}' (as root) to install every library Qt needs.")
