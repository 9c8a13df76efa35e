"""The desk's pages, in side-bar order: its own, then ``pages.extra_pages()``.

Each is ("key", untranslated title, "module:Class"); a page class is imported only when
the page is first shown, and a page whose module is not there yet shows a placeholder.
Page interface: ``Page(store, parent=None)`` (a QWidget), optionally ``refresh()``.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lcdesk.ui.widgets.labels import plain_label

log = logging.getLogger(__name__)

OWN_PAGES = [
    ("inbox", QT_TRANSLATE_NOOP("OfficePages", "Nhận gói"), "lcdesk.ui.office.inbox_page:InboxPage"),
    ("quarantine", QT_TRANSLATE_NOOP("OfficePages", "Cách ly"), "lcdesk.ui.office.quarantine_page:QuarantinePage"),
    ("officers", QT_TRANSLATE_NOOP("OfficePages", "Cán bộ"), "lcdesk.ui.office.officers_page:OfficersPage"),
    ("values", QT_TRANSLATE_NOOP("OfficePages", "Số liệu"), "lcdesk.ui.office.values_page:ValuesPage"),
    ("conflicts", QT_TRANSLATE_NOOP("OfficePages", "Xung đột"), "lcdesk.ui.office.conflicts_page:ConflictsPage"),
    ("catalog", QT_TRANSLATE_NOOP("OfficePages", "Danh mục"), "lcdesk.ui.office.catalog_page:CatalogPage"),
]


def all_pages() -> list[tuple[str, str, str]]:
    from lcdesk.ui.office.pages import extra_pages

    return OWN_PAGES + list(extra_pages())


def title(text: str) -> str:
    return QCoreApplication.translate("OfficePages", text)


def load_class(target: str):
    """The class named by "module:Class", or None when it cannot be imported yet."""
    module_name, _, class_name = target.partition(":")
    try:
        return getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError):
        log.info("office page %s is not available", target, exc_info=True)
        return None


class PlaceholderPage(QWidget):
    """Shown for a page whose module is not installed in this build."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("placeholder_page")
        self.label = plain_label("placeholder_text", self)
        self.label.setText(self.tr("Trang này chưa có trong bản cài đặt này."))
        QVBoxLayout(self).addWidget(self.label)


def make_page(target: str, store, parent: QWidget):
    """The page, or a placeholder when its module is missing or it cannot be built (logged:
    one broken page must not take the desk down)."""
    cls = load_class(target) or PlaceholderPage
    try:
        return cls(store, parent)
    except Exception:  # noqa: BLE001 - any page's failure; the traceback goes to the log
        log.exception("office page %s failed to open", target)
        page = PlaceholderPage(store, parent)
        page.label.setText(QCoreApplication.translate("PlaceholderPage",
                                                      "Không mở được trang này; chi tiết đã được ghi vào nhật ký."))
        return page
