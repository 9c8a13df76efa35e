"""Where the demo lives: ``<data folder>/demo``, set up on first use.

``lcdesk --demo`` and the first-run wizard's "Dùng thử" both open this store, so
trying the demo never touches the real installation's key, role or figures.
"""

from __future__ import annotations

from pathlib import Path

from lcdesk.core.exchange import identity
from lcdesk.core.officer.demo import setup_demo
from lcdesk.core.store import Store

DEMO_FOLDER = "demo"


def demo_home(base: str | Path) -> Path:
    return Path(base) / DEMO_FOLDER


def open_demo(base: str | Path) -> Store:
    """The demo store below ``base`` (a data folder), made a demo ward officer if new."""
    store = Store.open(demo_home(base))
    try:
        if identity.role(store) is None:
            setup_demo(store)
    except BaseException:
        store.close()
        raise
    return store
