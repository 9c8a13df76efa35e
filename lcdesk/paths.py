"""Where lcdesk finds its resources and keeps its data.

``resource_path`` is frozen-aware: under PyInstaller the resources sit below
``sys._MEIPASS``; in a source checkout they sit in ``resources/`` beside the
package. ``data_home`` is the per-user data folder (no admin rights needed),
overridden by ``--home DIR`` or ``LCDESK_HOME`` (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lcdesk import APP_AUTHOR, APP_NAME

HOME_ENV = "LCDESK_HOME"


def resources_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("catalogs", "hanoi-2025.json")``."""
    return resources_root().joinpath(*parts)


def data_home(override: str | os.PathLike | None = None) -> Path:
    """The data folder: ``override``, else ``$LCDESK_HOME``, else the platform's user data dir."""
    if override:
        home = Path(override)
    elif os.environ.get(HOME_ENV):
        home = Path(os.environ[HOME_ENV])
    else:
        from platformdirs import user_data_dir

        home = Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    home.mkdir(parents=True, exist_ok=True)
    return home
