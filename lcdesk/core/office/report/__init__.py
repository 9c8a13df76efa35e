"""The official report workbook (issue 12 §3): cover, appendix, charts and annexes.

``write_report(store, period, out, ...)`` gathers the report's data (``gather``) and
writes one sheet per module, in this order:

============================  ==============================================================
``cover``                     "Báo cáo": the report per Nghị định 30/2020/NĐ-CP, Phụ lục I
``appendix``                  "Phụ lục": every indicator in the plans' layout, figure, target, verdict
``figures_sheet``             "Số liệu thành phố": the same city figures as numbers, with coverage
``charts``                    "Biểu đồ": progress by standard, completeness, a learning indicator by year
``completeness_sheet``        "Tiến độ": forms expected, received, complete, approved per unit
``learning_sheet``            "Xã hội học tập": 2025 and 2030 targets and the city's progress
``quality_sheet``             "Chất lượng số liệu": failed checks, outliers, jumps, follow-ups
``sources_sheet``             "Nguồn số liệu": unit, officer, key fingerprint, bundle, received, review
``unit_sheets``               one sheet per unit, or per district
============================  ==============================================================

openpyxl is imported only here, on first use (never at start-up). The format: docs/report.md.
"""

from lcdesk.core.office.report.workbook import write_report

__all__ = ["write_report"]
