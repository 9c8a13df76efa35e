"""The cover's words: the subject line and the summary paragraphs, from the report's data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lcdesk.core.numbers import format_count, format_percent
from lcdesk.core.office.report.data import ReportData
from lcdesk.core.office.report.settings import DEFAULT_BODY

KNOWN_BODIES = {DEFAULT_BODY: "Sở Giáo dục và Đào tạo"}


def body_in_sentence(body: str) -> str:
    """'SỞ GIÁO DỤC VÀ ĐÀO TẠO' -> 'Sở Giáo dục và Đào tạo' (other names: first letter capital)."""
    return KNOWN_BODIES.get(body, body[:1].upper() + body[1:].lower())


@dataclass
class Coverage:
    expected: int
    received: int
    approved: int

    @property
    def rate(self) -> float | None:
        return 100.0 * self.received / self.expected if self.expected else None


def coverage(data: ReportData) -> Coverage:
    """Units expected, units that sent at least one form, units whose every form is approved."""
    rows = [r for r in data.completeness if r.get("expected", 0) > 0]
    received = sum(1 for r in rows if r.get("received", 0) > 0)
    approved = sum(1 for r in rows if r.get("approved", 0) >= r["expected"])
    return Coverage(len(rows), received, approved)


@dataclass
class Summary:
    data: ReportData

    @property
    def day(self) -> date:
        return self.data.day

    def subject(self) -> str:
        return f"Kết quả thực hiện các chỉ số xây dựng thành phố học tập năm {self.data.period}"

    def counts(self) -> dict[str, int]:
        return {e: self.data.count(e) for e in ("met", "not_met", "no_figure", "no_target")}

    def paragraphs(self, settings: dict[str, str]) -> list[str]:
        d, c, cov = self.data, self.counts(), coverage(self.data)
        body = body_in_sentence(settings.get("office.body", DEFAULT_BODY))
        source = f"Thực hiện {d.catalog.source}, " if d.catalog.source else ""
        which = ("chỉ tính các số liệu đã được duyệt" if d.only == "approved"
                 else "tính mọi số liệu đã nhận, kể cả số liệu chưa duyệt")
        rate = f" ({format_percent(cov.rate, 1)})" if cov.rate is not None else ""
        quality = self.quality_counts()
        return [
            f"{source}{body} báo cáo kết quả thực hiện {d.catalog.title} năm {d.period} như sau:",
            f"1. Kết quả chung: trong {len(d.rows)} chỉ số, có {c['met']} chỉ số đạt chỉ tiêu, "
            f"{c['not_met']} chỉ số chưa đạt, {c['no_figure']} chỉ số chưa có số liệu và "
            f"{c['no_target']} chỉ số không có chỉ tiêu định lượng (theo dõi, không đánh giá).",
            f"2. Mức độ đầy đủ: số liệu được tổng hợp từ {format_count(cov.received)}/{format_count(cov.expected)} "
            f"đơn vị đã gửi báo cáo{rate}, trong đó {format_count(cov.approved)} đơn vị đã được duyệt toàn bộ; "
            f"số liệu thành phố {which}, cộng từ tử số và mẫu số của các đơn vị.",
            f"3. Chất lượng số liệu: {quality['rule']} trường hợp không thỏa quy tắc kiểm tra, "
            f"{quality['outlier']} giá trị bất thường so với các đơn vị cùng năm, {quality['jump']} biến động "
            f"lớn so với năm trước và {len(d.follow_ups)} số liệu cần theo dõi.",
            "Chi tiết từng chỉ số, từng đơn vị và nguồn số liệu tại các phụ lục kèm theo.",
            f"{body} trân trọng báo cáo./.",
        ]

    def quality_counts(self) -> dict[str, int]:
        counts = {"rule": 0, "outlier": 0, "jump": 0}
        for check in self.data.checks:
            if check.get("kind") in counts and check.get("unit"):  # unit None: "could not run" notes
                counts[check["kind"]] += 1
        return counts
