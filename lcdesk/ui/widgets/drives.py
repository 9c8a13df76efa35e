"""Where a bundle can go: removable drives (USB sticks) first, then the Documents folder.

``destinations()`` is a pure function of the volumes it is given, so tests inject
volumes instead of plugging in sticks::

    destinations([Volume("E:/", "KINGSTON", True)], is_removable=lambda v: True, documents="C:/Users/a/Documents")

Removable means: on Windows ``GetDriveTypeW(root) == DRIVE_REMOVABLE``; elsewhere a
volume mounted under ``/media`` or ``/run/media`` (where desktops mount sticks).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

DRIVE_REMOVABLE = 2
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/")


@dataclass(frozen=True)
class Volume:
    root: str
    name: str = ""
    ready: bool = True
    read_only: bool = False


@dataclass(frozen=True)
class Destination:
    path: str
    label: str
    removable: bool


def mounted_volumes() -> list[Volume]:
    """The volumes Qt sees mounted now."""
    from PySide6.QtCore import QStorageInfo

    return [Volume(v.rootPath(), v.displayName() or v.name(), v.isReady(), v.isReadOnly())
            for v in QStorageInfo.mountedVolumes()]


def is_removable(volume: Volume) -> bool:
    if sys.platform == "win32":
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(volume.root) == DRIVE_REMOVABLE
    root = volume.root.rstrip("/") + "/"
    return any(root.startswith(prefix) and root != prefix for prefix in REMOVABLE_MOUNT_ROOTS)


def documents_folder() -> str:
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def volume_label(volume: Volume) -> str:
    """'KINGSTON (E:)' on Windows style roots, else 'KINGSTON — /media/an/KINGSTON'."""
    root = volume.root.rstrip("/\\")
    name = volume.name.strip()
    if len(root) == 2 and root[1] == ":":
        return f"{name} ({root})" if name and name != root else root
    return f"{name} — {volume.root}" if name and name != volume.root else volume.root


def destinations(volumes: Iterable[Volume] | None = None, is_removable: Callable[[Volume], bool] = is_removable,
                 documents: str | None = None) -> list[Destination]:
    """Ready, writable removable drives (by label), then the Documents folder."""
    volumes = mounted_volumes() if volumes is None else list(volumes)
    removable = [v for v in volumes if v.ready and not v.read_only and is_removable(v)]
    found = [Destination(v.root, volume_label(v), True) for v in sorted(removable, key=lambda v: v.root.lower())]
    documents = documents_folder() if documents is None else documents
    if documents and all(d.path != documents for d in found):
        found.append(Destination(documents, documents, False))
    return found
