"""Data-quality rules as catalog data, and the small parser that evaluates them (never ``eval``).

A rule (``docs/figures-and-checks.md``) compares two arithmetic expressions over one unit's
figures of one period::

    {"id": "2.1.1.a-nam-nu", "indicator": "2.1.1.a", "left": "male + female", "op": "=",
     "right": "total", "missing": "skip_any", "importance": "high",
     "message_vi": "Nam + Nữ ({left}) phải bằng Tổng ({right})."}

An expression is numbers (``12``, ``0,5``), ``+ - * /``, parentheses and references:

- ``field`` — a field of the rule's indicator (its only or headline measure):
  ``numerator``, ``denominator``, ``rate``, ``male``, ``female``, ``total``, ``base``,
  ``rating``, ``figure``, ``previous``;
- ``measure.field`` — a field of one of its measures (``nam.numerator``);
- ``{code}.field`` or ``{code/measure}.field`` — another indicator of the same unit and period.

Operators: ``=``, ``≠``, ``<``, ``≤``, ``>``, ``≥`` (also ``!=``, ``<=``, ``>=``) and
``both_or_neither`` / ``not_both``, which ask only whether each side has a value.
Missing values: ``skip_any`` (default: skip when any reference is missing), ``skip_all``
(skip only when all are missing; the others count as 0) or ``zero`` (missing is 0).
A division by zero skips the rule. Importance: ``high``, ``medium``, ``low``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from lcdesk.core.errors import CatalogError
from lcdesk.core.text import nfc

FIELDS = ("numerator", "denominator", "rate", "male", "female", "total", "base", "rating", "figure", "previous")
OPERATORS = {"=": "=", "==": "=", "≠": "≠", "!=": "≠", "<>": "≠", "<": "<", "≤": "≤", "<=": "≤", ">": ">",
             "≥": "≥", ">=": "≥", "both_or_neither": "both_or_neither", "not_both": "not_both"}
PRESENCE = ("both_or_neither", "not_both")
MISSING = ("skip_any", "skip_all", "zero")
IMPORTANCE = ("high", "medium", "low")
IMPORTANCE_VI = {"high": "Cao", "medium": "Trung bình", "low": "Thấp"}
MAX_LENGTH = 400
MAX_DEPTH = 24
TOLERANCE = 1e-6


class RuleError(CatalogError):
    """A rule that cannot be read: its text, operator or settings (with a Vietnamese message)."""


# ----------------------------------------------------------------- parsing

_TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:[.,]\d+)?)|(?P<ref>\{[^{}]{1,40}\}\.[a-z_]+|[a-z_][a-z0-9_]*(?:\.[a-z_]+)?)"
                    r"|(?P<op>[-+*/()]))")


@dataclass(frozen=True)
class Ref:
    indicator: str | None  # None: the rule's own indicator
    measure: str | None  # None: the only or headline measure
    field: str


def tokenize(text: str) -> list[tuple[str, str]]:
    if not isinstance(text, str):
        raise RuleError("Biểu thức của quy tắc phải là văn bản.", "A rule expression must be text.")
    text = nfc(text)
    if len(text) > MAX_LENGTH:
        raise RuleError(f"Biểu thức dài quá {MAX_LENGTH} ký tự.", f"The expression is longer than {MAX_LENGTH} characters.")
    tokens, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            bad = text[pos:].strip()[:1]
            raise RuleError(f"Biểu thức có ký tự không hợp lệ '{bad}' ở vị trí {pos + 1}.",
                            f"Unexpected character {bad!r} at position {pos + 1}.")
        kind = m.lastgroup
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    return tokens


def _ref(text: str) -> Ref:
    if text.startswith("{"):
        inner, _, name = text[1:].partition("}.")
        code, _, measure = inner.strip().partition("/")
        if not re.fullmatch(r"[0-9A-Za-z._-]{1,30}", code.strip()):
            raise RuleError(f"Mã chỉ số '{code}' trong biểu thức không hợp lệ.", f"Bad indicator code {code!r}.")
        ref = Ref(code.strip(), measure.strip() or None, name)
    else:
        measure, _, name = text.rpartition(".")
        ref = Ref(None, measure or None, name)
    if ref.field not in FIELDS:
        raise RuleError(f"'{ref.field}' không phải là trường số liệu; hãy dùng: {', '.join(FIELDS)}.",
                        f"{ref.field!r} is not a field; use one of: {', '.join(FIELDS)}.")
    return ref


class _Parser:
    """expr := term (('+'|'-') term)*; term := unary (('*'|'/') unary)*;
    unary := '-' unary | atom; atom := number | reference | '(' expr ')'."""

    def __init__(self, tokens):
        self.tokens, self.pos, self.depth = tokens, 0, 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def expr(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise RuleError("Biểu thức lồng quá nhiều dấu ngoặc.", "The expression is nested too deeply.")
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = (self.take()[1], node, self.term())
        self.depth -= 1
        return node

    def term(self):
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = (self.take()[1], node, self.unary())
        return node

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise RuleError("Biểu thức lồng quá sâu.", "The expression is nested too deeply.")
            node = ("neg", self.unary())
            self.depth -= 1
            return node
        return self.atom()

    def atom(self):
        kind, text = self.take()
        if kind == "num":
            return ("num", float(text.replace(",", ".")))
        if kind == "ref":
            return ("ref", _ref(text))
        if (kind, text) == ("op", "("):
            node = self.expr()
            if self.take() != ("op", ")"):
                raise RuleError("Thiếu dấu ngoặc đóng ')'.", "Missing closing parenthesis.")
            return node
        if kind is None:
            raise RuleError("Biểu thức kết thúc giữa chừng.", "The expression ends too early.")
        raise RuleError(f"Không mong đợi '{text}' ở đây.", f"Unexpected {text!r}.")


def parse(text: str):
    """The expression tree of ``text``; raises RuleError (only) for anything else."""
    tokens = tokenize(text)
    if not tokens:
        raise RuleError("Biểu thức trống.", "The expression is empty.")
    parser = _Parser(tokens)
    node = parser.expr()
    if parser.pos != len(tokens):
        raise RuleError(f"Thừa '{tokens[parser.pos][1]}' ở cuối biểu thức.", f"Unexpected {tokens[parser.pos][1]!r} at the end.")
    return node


def refs(node) -> list[Ref]:
    if node[0] == "ref":
        return [node[1]]
    if node[0] == "num":
        return []
    return [r for child in node[1:] for r in refs(child)]


def evaluate(node, lookup) -> float | None:
    """The value of ``node``; ``lookup(ref)`` gives a number or None. None when a division by zero."""
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "ref":
        return lookup(node[1])
    if kind == "neg":
        value = evaluate(node[1], lookup)
        return None if value is None else -value
    left, right = evaluate(node[1], lookup), evaluate(node[2], lookup)
    if left is None or right is None:
        return None
    if kind == "/":
        return None if right == 0 else left / right
    value = left + right if kind == "+" else left - right if kind == "-" else left * right
    return value if math.isfinite(value) else None


# ----------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    id: str
    indicator: str
    left: str
    op: str
    right: str = ""
    missing: str = "skip_any"
    importance: str = "medium"
    message_vi: str = ""
    builtin: bool = field(default=False, compare=False)

    @property
    def left_tree(self):
        return parse(self.left)

    @property
    def right_tree(self):
        return parse(self.right) if self.right.strip() else None

    def to_dict(self) -> dict:
        return {"id": self.id, "indicator": self.indicator, "left": self.left, "op": self.op, "right": self.right,
                "missing": self.missing, "importance": self.importance, "message_vi": self.message_vi}


def rule_from_dict(d: dict, builtin: bool = False) -> Rule:
    """A checked rule from its JSON form; RuleError says what is wrong, in Vietnamese."""
    if not isinstance(d, dict):
        raise RuleError("Quy tắc phải là một đối tượng.", "A rule must be an object.")
    rid = nfc(str(d.get("id") or "")).strip()
    where = f"Quy tắc '{rid}'" if rid else "Một quy tắc"
    if not rid:
        raise RuleError("Quy tắc thiếu mã (id).", "A rule lacks its id.")
    op = OPERATORS.get(str(d.get("op", "")).strip())
    if op is None:
        raise RuleError(f"{where}: phép so sánh '{d.get('op')}' không hợp lệ; hãy dùng =, ≠, <, ≤, >, ≥, "
                        "both_or_neither hoặc not_both.", f"Rule {rid}: unknown operator {d.get('op')!r}.")
    rule = Rule(id=rid, indicator=str(d.get("indicator") or "").strip(), left=nfc(str(d.get("left") or "")),
                op=op, right=nfc(str(d.get("right") or "")), missing=str(d.get("missing") or "skip_any").strip(),
                importance=str(d.get("importance") or "medium").strip(), message_vi=nfc(str(d.get("message_vi") or "")),
                builtin=builtin)
    _check(rule, where)
    return rule


def _check(rule: Rule, where: str) -> None:
    if not rule.indicator:
        raise RuleError(f"{where}: thiếu mã chỉ số.", f"Rule {rule.id}: no indicator.")
    if rule.missing not in MISSING:
        raise RuleError(f"{where}: cách xử lý thiếu số liệu '{rule.missing}' không hợp lệ; hãy dùng skip_any, "
                        "skip_all hoặc zero.", f"Rule {rule.id}: unknown missing strategy {rule.missing!r}.")
    if rule.importance not in IMPORTANCE:
        raise RuleError(f"{where}: mức quan trọng '{rule.importance}' không hợp lệ; hãy dùng high, medium hoặc low.",
                        f"Rule {rule.id}: unknown importance {rule.importance!r}.")
    for side, text in (("vế trái", rule.left), ("vế phải", rule.right)):
        if side == "vế phải" and not text.strip():
            raise RuleError(f"{where}: thiếu vế phải.", f"Rule {rule.id}: no right-hand side.")
        try:
            parse(text)
        except RuleError as exc:
            raise RuleError(f"{where}, {side}: {exc.message_vi}", f"Rule {rule.id}: {exc.message_en}") from exc


def check_against(rule: Rule, catalog) -> None:
    """RuleError when ``rule`` names an indicator or measure ``catalog`` lacks."""
    where = f"Quy tắc '{rule.id}'"
    codes = {i.code: i for i in catalog.indicators}
    own = codes.get(rule.indicator)
    if own is None:
        raise RuleError(f"{where}: danh mục không có chỉ số {rule.indicator}.", f"Rule {rule.id}: no indicator {rule.indicator}.")
    for ref in refs(rule.left_tree) + (refs(rule.right_tree) if rule.right_tree else []):
        ind = own if ref.indicator is None else codes.get(ref.indicator)
        if ind is None:
            raise RuleError(f"{where}: danh mục không có chỉ số {ref.indicator}.", f"Rule {rule.id}: no indicator {ref.indicator}.")
        if ref.measure is not None and ref.measure not in {m.code for m in ind.measures}:
            raise RuleError(f"{where}: chỉ số {ind.code} không có thành phần '{ref.measure}'.",
                            f"Rule {rule.id}: indicator {ind.code} has no measure {ref.measure!r}.")


# ----------------------------------------------------------- evaluation


@dataclass(frozen=True)
class Failure:
    rule: Rule
    left: float | None
    right: float | None
    message_vi: str


_SYMBOL_VI = {"=": "=", "≠": "≠", "<": "<", "≤": "≤", ">": ">", "≥": "≥"}
_NEGATION_VI = {"=": "khác", "≠": "bằng", "<": "không nhỏ hơn", "≤": "lớn hơn", ">": "không lớn hơn", "≥": "nhỏ hơn"}


def _holds(op: str, left: float, right: float) -> bool:
    close = abs(left - right) <= TOLERANCE * max(1.0, abs(left), abs(right))
    return {"=": close, "≠": not close, "<": left < right and not close, "≤": left < right or close,
            ">": left > right and not close, "≥": left > right or close}[op]


def run_rule(rule: Rule, catalog, values: dict) -> Failure | None:
    """Check ``rule`` on one unit's figures of one period (``values``: {(indicator, measure): payload}).

    None when the rule holds or is skipped (missing values, division by zero, unknown codes)."""
    seen: list[bool] = []

    def lookup(ref: Ref):
        code = ref.indicator or rule.indicator
        try:
            ind = catalog.indicator(code)
        except CatalogError:
            seen.append(False)
            return None
        payload = values.get((code, ref.measure or ind.headline_measure.code)) or {}
        value = payload.get(ref.field)
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        seen.append(ok)
        return float(value) if ok else (0.0 if rule.missing != "skip_any" and rule.op not in PRESENCE else None)

    left = evaluate(rule.left_tree, lookup)
    right = evaluate(rule.right_tree, lookup) if rule.right_tree is not None else None
    if rule.op in PRESENCE:
        both, neither = left is not None and right is not None, left is None and right is None
        failed = not (both or neither) if rule.op == "both_or_neither" else both
    else:
        if not seen or (rule.missing == "skip_all" and not any(seen)) or left is None or right is None:
            return None
        failed = not _holds(rule.op, left, right)
    return Failure(rule, left, right, describe(rule, left, right)) if failed else None


def describe(rule: Rule, left, right) -> str:
    """The rule's Vietnamese message with {left} and {right} filled in (plain replacement)."""
    from lcdesk.core.numbers import format_number

    lt, rt = format_number(left), format_number(right)
    if rule.message_vi:
        return rule.message_vi.replace("{left}", lt).replace("{right}", rt)
    if rule.op == "both_or_neither":
        return f"Chỉ có một trong hai vế ({rule.left} / {rule.right}) có số liệu: cần cả hai hoặc không có cả hai."
    if rule.op == "not_both":
        return f"{rule.left} và {rule.right} không được cùng có số liệu."
    return f"{rule.left} ({lt}) {_NEGATION_VI[rule.op]} {rule.right} ({rt})."


def check_values(catalog, values: dict, indicator: str | None = None) -> list[Failure]:
    """Every rule of ``catalog`` (its own and the implied ones) that fails on one unit's figures."""
    failures = []
    for rule in all_rules(catalog):
        if indicator is None or rule.indicator == indicator:
            failure = run_rule(rule, catalog, values)
            if failure is not None:
                failures.append(failure)
    return failures


# ---------------------------------------------------------- implied rules


def all_rules(catalog) -> tuple[Rule, ...]:
    """The catalog's own rules, the built-in ones for its id and those its kinds imply (the first
    rule with an id wins). A catalog received in a provisioning file carries only its own rules;
    the built-in ones ship with every installation."""
    from lcdesk.core.catalog.builtin import builtin_rules
    from lcdesk.core.catalog.rules_implied import implied_rules

    own = tuple(getattr(catalog, "rules", ()) or ())
    ids = {r.id for r in own}
    shipped = tuple(r for r in builtin_rules(catalog.id) if r.id not in ids)
    own += shipped
    ids |= {r.id for r in shipped}
    return own + tuple(r for r in implied_rules(catalog) if r.id not in ids)


def rules_from_list(items, builtin: bool = False) -> tuple[Rule, ...]:
    if not isinstance(items, list):
        raise RuleError("Danh sách quy tắc phải là một mảng.", "The rules must be a list.")
    rules = tuple(rule_from_dict(d, builtin) for d in items)
    ids = [r.id for r in rules]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise RuleError(f"Mã quy tắc bị trùng: {', '.join(dupes)}.", f"Duplicate rule ids: {', '.join(dupes)}.")
    return rules
