"""The office desk's pages after its own: (key, title, "module:Class").

The desk (``desk.py``) shows its own pages (inbox, officers, values, conflicts, catalog)
first, then these, in this order. A factory is imported only when its page is first shown.
Titles are translated in the context "OfficePages".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP


def extra_pages() -> list[tuple[str, str, str]]:
    """(key, untranslated title, "module:Class") for the review chain and the report."""
    return [
        # the review chain
        ("completeness", QT_TRANSLATE_NOOP("OfficePages", "Tiến độ"), "lcdesk.ui.office.completeness_page:CompletenessPage"),
        ("review", QT_TRANSLATE_NOOP("OfficePages", "Duyệt số liệu"), "lcdesk.ui.office.review_page:ReviewPage"),
        ("audit", QT_TRANSLATE_NOOP("OfficePages", "Nhật ký"), "lcdesk.ui.office.audit_page:AuditPage"),
        # city figures, data-quality checks, the report
        ("figures", QT_TRANSLATE_NOOP("OfficePages", "Chỉ số thành phố"), "lcdesk.ui.office.figures_page:FiguresPage"),
        ("checks", QT_TRANSLATE_NOOP("OfficePages", "Kiểm tra số liệu"), "lcdesk.ui.office.checks_page:ChecksPage"),
        ("report", QT_TRANSLATE_NOOP("OfficePages", "Báo cáo"), "lcdesk.ui.office.report_page:ReportPage"),
    ]
