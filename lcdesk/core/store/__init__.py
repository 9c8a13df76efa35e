"""The store: the only place lcdesk writes SQL (SQLite through sqlite-utils).

``Store`` is composed of small mixins, one concern each: the connection,
transactions, settings and backups (``base``), catalogs and units
(``catalogs``), the append-only value history (``records``), the office's trust registry, bundles and quarantine
(``trust``), evidence files and exports (``files``), the office's inbox and registry (``inbox``),
the review chain (``review``), city figures and report settings (``figures``). Schema changes are
new functions in ``migrations``.
"""

from lcdesk.core.store.base import StoreBase, utc_now
from lcdesk.core.store.catalogs import CatalogsMixin
from lcdesk.core.store.figures import FiguresMixin
from lcdesk.core.store.files import FilesMixin
from lcdesk.core.store.inbox import InboxMixin
from lcdesk.core.store.records import Cell, RecordsMixin, ValueRecord
from lcdesk.core.store.review import ReviewMixin
from lcdesk.core.store.trust import TrustedKey, TrustMixin
from lcdesk.core.store.values_view import ValuesViewMixin


class Store(ValuesViewMixin, ReviewMixin, FiguresMixin, InboxMixin, TrustMixin, FilesMixin, CatalogsMixin, RecordsMixin, StoreBase):
    """One installation's database. Open with ``Store.open(home)``."""


__all__ = ["Store", "Cell", "ValueRecord", "TrustedKey", "utc_now"]
