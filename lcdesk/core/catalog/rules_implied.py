"""The rules every plan implies, generated from the indicators' kinds (``rules.all_rules`` adds them)."""

from __future__ import annotations

from lcdesk.core.catalog.rules import Rule


def _implied(code, rid, left, op, right, importance, message) -> Rule:
    return Rule(id=f"{code}:{rid}", indicator=code, left=left, op=op, right=right, importance=importance,
                message_vi=message, builtin=True)


def implied_rules(catalog) -> list[Rule]:
    """What every plan implies: male + female = total, a total within its base, a numerator within its
    denominator, a share at most 100 %, and the sexes adding up to the total of a by-sex percent."""
    out = []
    for ind in catalog.indicators:
        codes = [m.code for m in ind.measures]
        for m in codes:
            label = f"{m}." if len(codes) > 1 else ""
            tag = f"[{m}] " if len(codes) > 1 else ""
            if ind.kind == "count_by_sex":
                out.append(_implied(ind.code, f"{m}:nam+nu=tong", f"{m}.male + {m}.female", "=", f"{m}.total", "high",
                                    f"{tag}Nam + Nữ ({{left}}) khác Tổng ({{right}})."))
                out.append(_implied(ind.code, f"{m}:tong<=mau", f"{m}.total", "≤", f"{m}.base", "high",
                                    f"{tag}Tổng số ({{left}}) lớn hơn dân số trong độ tuổi ({{right}})."))
            if ind.kind == "percent" and ind.bounds[1] is not None and ind.bounds[1] <= 100:
                out.append(_implied(ind.code, f"{m}:tu<=mau", f"{label}numerator", "≤", f"{label}denominator", "high",
                                    f"{tag}Tử số ({{left}}) lớn hơn mẫu số ({{right}})."))
                out.append(_implied(ind.code, f"{m}:tyle<=100", f"{label}rate", "≤", "100", "high",
                                    f"{tag}Tỷ lệ {{left}} % vượt quá 100 %."))
        if ind.kind == "percent" and {"nam", "nu", "tong"} <= set(codes):
            for f, word in (("numerator", "Tử số"), ("denominator", "Mẫu số")):
                out.append(_implied(ind.code, f"nam+nu=tong:{f}", f"nam.{f} + nu.{f}", "=", f"tong.{f}", "medium",
                                    f"{word} của Nam + Nữ ({{left}}) khác của Tổng ({{right}})."))
    return out
