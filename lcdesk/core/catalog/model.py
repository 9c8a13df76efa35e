"""The indicator catalog: areas -> standards -> criteria -> indicators -> measures.

A catalog is plain data (frozen dataclasses), free of Qt and SQL. It is read
from and written to the JSON catalog format (``docs/catalogs.md``); the Excel
authoring format lives in ``catalog_xlsx.py``. Targets and their evaluation
live in ``targets.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from lcdesk.core.errors import CatalogError
from lcdesk.core.catalog.targets import Target
from lcdesk.core.text import nfc

FORMAT_NAME = "lcdesk-catalog"
FORMAT_VERSION = 1

KINDS = ("percent", "count_by_sex", "rating5", "trend")
KIND_LABELS_VI = {
    "percent": "Tỷ lệ (%)",
    "count_by_sex": "Số lượng theo giới tính (Nam/Nữ/Tổng) và tỷ lệ",
    "rating5": "Đánh giá 5 mức (Xuất sắc … Yếu)",
    "trend": "Tăng / Giảm so với năm trước",
}
RATING_LABELS_VI = {5: "Xuất sắc", 4: "Rất tốt", 3: "Tốt", 2: "Khá", 1: "Yếu"}

# Who reports an indicator. "local" = ward/commune/special-zone committees;
# "district" = district committees (plans written before the 2025 reform);
# "expert" = the expert panel (entered by the city office);
# "dept:<slug>" = the department or organisation whose name slugs to <slug>.
ASSIGN_FIXED = ("local", "district", "expert")


@dataclass(frozen=True)
class Measure:
    code: str
    label: str
    unit: str = "%"  # what the figure counts: "%", "trẻ", "người", "hộ", ...


@dataclass(frozen=True)
class Node:
    """An area, standard or criterion: a code and its title."""

    code: str
    title: str


@dataclass(frozen=True)
class Indicator:
    code: str  # "1.2.1.b"
    criterion: str  # "1.2.1"
    text: str
    responsible: tuple[str, ...]
    assign: tuple[str, ...]
    kind: str
    measures: tuple[Measure, ...]
    target: Target | None = None
    bounds: tuple[float | None, float | None] = (0.0, 100.0)
    note: str = ""

    @property
    def standard(self) -> str:
        return ".".join(self.criterion.split(".")[:2])

    @property
    def area(self) -> str:
        return self.criterion.split(".")[0]

    @property
    def headline_measure(self) -> Measure:
        """The measure a target is checked against: the total ("tong") when there is one, else the first."""
        for m in self.measures:
            if m.code == "tong":
                return m
        return self.measures[0]

    def measure(self, code: str) -> Measure:
        for m in self.measures:
            if m.code == code:
                return m
        raise CatalogError(
            f"Chỉ số {self.code} không có thành phần '{code}'.",
            f"Indicator {self.code} has no measure '{code}'.",
        )


@dataclass(frozen=True)
class Catalog:
    id: str
    version: str
    title: str
    city: str = ""
    source: str = ""
    areas: tuple[Node, ...] = ()
    standards: tuple[Node, ...] = ()
    criteria: tuple[Node, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    # data-quality rules (lcdesk.core.catalog.rules.Rule, issue 12); the built-in ones
    # (resources/catalogs/rules/) are merged at load and not written back by to_dict
    rules: tuple = field(default=(), compare=False)

    @cached_property
    def _by_code(self) -> dict[str, Indicator]:
        return {ind.code: ind for ind in self.indicators}

    def indicator(self, code: str) -> Indicator:
        found = self._by_code.get(code)
        if found is not None:
            return found
        raise CatalogError(
            f"Danh mục {self.id} không có chỉ số '{code}'.",
            f"Catalog {self.id} has no indicator '{code}'.",
        )

    def node_title(self, code: str) -> str:
        for node in (*self.areas, *self.standards, *self.criteria):
            if node.code == code:
                return node.title
        return ""

    def standards_of(self, area: str) -> list[Node]:
        return [s for s in self.standards if s.code.split(".")[0] == area]

    def criteria_of(self, standard: str) -> list[Node]:
        return [c for c in self.criteria if ".".join(c.code.split(".")[:2]) == standard]

    def indicators_of(self, criterion: str) -> list[Indicator]:
        return [i for i in self.indicators if i.criterion == criterion]

    def counts(self) -> dict[str, int]:
        return {
            "areas": len(self.areas),
            "standards": len(self.standards),
            "criteria": len(self.criteria),
            "indicators": len(self.indicators),
        }

    @property
    def key(self) -> str:
        """``id@version``: how bundles and provisioning name a catalog."""
        return f"{self.id}@{self.version}"


# ----------------------------------------------------------------- JSON form


def indicator_to_dict(ind: Indicator) -> dict:
    return {
        "code": ind.code,
        "area": ind.area,
        "standard": ind.standard,
        "criterion": ind.criterion,
        "text": ind.text,
        "responsible": list(ind.responsible),
        "assign": list(ind.assign),
        "kind": ind.kind,
        "measures": [{"code": m.code, "label": m.label, "unit": m.unit} for m in ind.measures],
        "target": ind.target.to_dict() if ind.target else None,
        "bounds": list(ind.bounds),
        "note": ind.note,
    }


def to_dict(cat: Catalog) -> dict:
    """The catalog in its JSON form (``docs/catalogs.md``)."""
    data = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "id": cat.id,
        "version": cat.version,
        "title": cat.title,
        "city": cat.city,
        "source": cat.source,
        "areas": [{"code": n.code, "title": n.title} for n in cat.areas],
        "standards": [{"code": n.code, "title": n.title} for n in cat.standards],
        "criteria": [{"code": n.code, "title": n.title} for n in cat.criteria],
        "indicators": [indicator_to_dict(i) for i in cat.indicators],
    }
    own = [r.to_dict() for r in cat.rules if not r.builtin]
    if own:
        data["rules"] = own
    data.update(cat.extra)
    return data


def _nodes(items: list, what: str) -> tuple[Node, ...]:
    try:
        return tuple(Node(str(n["code"]), nfc(str(n["title"]))) for n in items)
    except (KeyError, TypeError) as exc:
        raise CatalogError(f"Danh mục hỏng: mục '{what}' thiếu mã hoặc tên.", f"Bad catalog: {what} entry lacks code or title ({exc}).") from exc


def _indicator_from_dict(d: dict) -> Indicator:
    try:
        measures = tuple(
            Measure(str(m["code"]), nfc(str(m["label"])), nfc(str(m.get("unit", "%")))) for m in d["measures"]
        )
        bounds = d.get("bounds") or [0, 100]
        return Indicator(
            code=str(d["code"]),
            criterion=str(d["criterion"]),
            text=nfc(str(d["text"])),
            responsible=tuple(nfc(str(r)) for r in d.get("responsible", [])),
            assign=tuple(str(a) for a in d.get("assign", [])),
            kind=str(d["kind"]),
            measures=measures,
            target=Target.from_dict(d["target"]) if d.get("target") else None,
            bounds=(None if bounds[0] is None else float(bounds[0]), None if bounds[1] is None else float(bounds[1])),
            note=nfc(str(d.get("note", ""))),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        code = d.get("code", "?") if isinstance(d, dict) else "?"
        raise CatalogError(f"Danh mục hỏng ở chỉ số {code}: {exc}", f"Bad catalog at indicator {code}: {exc}") from exc


RESERVED_KEYS = {"format", "format_version", "id", "version", "title", "city", "source", "areas", "standards", "criteria", "indicators", "rules"}


def from_dict(data: dict) -> Catalog:
    """Build and validate a catalog from its JSON form."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise CatalogError("Tệp này không phải là danh mục chỉ số của lcdesk.", "This is not an lcdesk catalog.")
    if int(data.get("format_version", 0)) > FORMAT_VERSION:
        raise CatalogError(
            "Danh mục được tạo bởi phiên bản lcdesk mới hơn; hãy cập nhật phần mềm.",
            "The catalog was written by a newer lcdesk; please upgrade.",
        )
    try:
        cat = Catalog(
            id=str(data["id"]),
            version=str(data["version"]),
            title=nfc(str(data["title"])),
            city=nfc(str(data.get("city", ""))),
            source=nfc(str(data.get("source", ""))),
            areas=_nodes(data["areas"], "lĩnh vực"),
            standards=_nodes(data["standards"], "tiêu chuẩn"),
            criteria=_nodes(data["criteria"], "tiêu chí"),
            indicators=tuple(_indicator_from_dict(d) for d in data["indicators"]),
            extra={k: v for k, v in data.items() if k not in RESERVED_KEYS},
            rules=_rules(data.get("rules")),
        )
    except KeyError as exc:
        raise CatalogError(f"Danh mục thiếu trường {exc}.", f"Catalog lacks field {exc}.") from exc
    validate(cat)
    return cat


def _rules(items) -> tuple:
    """The catalog's data-quality rules (``lcdesk.core.catalog.rules``); none when absent."""
    if not items:
        return ()
    from lcdesk.core.catalog.rules import rules_from_list

    return rules_from_list(items)


def validate(cat: Catalog) -> None:
    """Raise CatalogError naming the first structural problem of ``cat``."""
    problems = list(iter_problems(cat))
    if problems:
        vi, en = problems[0]
        raise CatalogError(vi, en)


def iter_problems(cat: Catalog):
    """Yield (vietnamese, english) descriptions of structural problems."""
    if not cat.id or not cat.version:
        yield ("Danh mục phải có mã (id) và phiên bản.", "A catalog needs an id and a version.")
    seen: set[str] = set()
    areas = {a.code for a in cat.areas}
    standards = {s.code for s in cat.standards}
    criteria = {c.code for c in cat.criteria}
    for s in cat.standards:
        if s.code.split(".")[0] not in areas:
            yield (f"Tiêu chuẩn {s.code} không thuộc lĩnh vực nào.", f"Standard {s.code} has no area.")
    for c in cat.criteria:
        if ".".join(c.code.split(".")[:2]) not in standards:
            yield (f"Tiêu chí {c.code} không thuộc tiêu chuẩn nào.", f"Criterion {c.code} has no standard.")
    for ind in cat.indicators:
        if ind.code in seen:
            yield (f"Mã chỉ số {ind.code} bị trùng.", f"Indicator code {ind.code} is duplicated.")
        seen.add(ind.code)
        if ind.criterion not in criteria:
            yield (f"Chỉ số {ind.code} thuộc tiêu chí {ind.criterion} không có trong danh mục.", f"Indicator {ind.code} names unknown criterion {ind.criterion}.")
        if ind.kind not in KINDS:
            yield (f"Chỉ số {ind.code} có loại '{ind.kind}' không hợp lệ.", f"Indicator {ind.code} has unknown kind '{ind.kind}'.")
        if not ind.measures:
            yield (f"Chỉ số {ind.code} không có thành phần số liệu nào.", f"Indicator {ind.code} has no measure.")
        codes = [m.code for m in ind.measures]
        if len(set(codes)) != len(codes):
            yield (f"Chỉ số {ind.code} có mã thành phần trùng nhau.", f"Indicator {ind.code} repeats a measure code.")
        for a in ind.assign:
            if a not in ASSIGN_FIXED and not a.startswith("dept:"):
                yield (f"Chỉ số {ind.code}: đơn vị phụ trách '{a}' không hợp lệ.", f"Indicator {ind.code}: bad assignment '{a}'.")
    yield from _rule_problems(cat)


def _rule_problems(cat: Catalog):
    if not cat.rules:
        return
    from lcdesk.core.catalog.rules import RuleError, check_against

    for rule in cat.rules:
        try:
            check_against(rule, cat)
        except RuleError as exc:
            yield (exc.message_vi, exc.message_en)


def load_json(path: str | Path) -> Catalog:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"Không đọc được danh mục {path.name}: {exc}", f"Cannot read catalog {path.name}: {exc}") from exc
    return from_dict(data)


def dump_json(cat: Catalog, path: str | Path) -> None:
    Path(path).write_text(json.dumps(to_dict(cat), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
