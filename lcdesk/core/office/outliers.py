"""Outliers fit for yearly data: a unit against its peers in the same year, and jumps between years.

**Peers** (``peer_outliers``): for one indicator, measure and year, the units' figures x₁…xₙ.
The modified z-score of a unit is 0.6745 · |x − median| / MAD, where MAD is the median of
|xᵢ − median|; a unit is flagged when it exceeds 3.5 (Iglewicz and Hoaglin). It needs at
least 8 units with a figure (``MIN_UNITS``); with fewer no check runs and the result says
so. When MAD = 0 (more than half of the units gave the same figure) the score is undefined:
like DHIS2 we score 0 and flag nothing, and say so.

A time-series z-score over a unit's own years is *not* used: with n values |z| ≤ (n−1)/√n,
1,79 for five years, so it can never pass 3.5.

**Jumps** (``jump``): a unit's figure against its own figure of the year before, flagged when
it grew or shrank by the office's factor or more (default ×3 or ÷3). Zero on either side is
not a ratio and is not flagged.

Every flag says why in words, through ``lcdesk.core.numbers``: "gấp 3,9 lần trung vị
(12 %) của 126 phường".
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from lcdesk.core.numbers import format_count, format_number

THRESHOLD = 3.5
MIN_UNITS = 8
CONSISTENCY = 0.6745
DEFAULT_JUMP = 3.0
KIND_WORDS = {"ward": "phường", "commune": "xã", "special_zone": "đặc khu", "department": "sở, ngành",
              "organisation": "tổ chức", "district": "quận, huyện"}


@dataclass(frozen=True)
class PeerResult:
    """What the peer check found for one figure: ``ran`` False when there were too few units or MAD = 0."""

    n: int
    median: float | None
    mad: float | None
    ran: bool
    reason_vi: str
    flags: tuple  # ((unit, value, score, message_vi), ...)


def peers_word(kinds) -> str:
    """'phường' when every peer is a ward, else 'đơn vị'."""
    kinds = set(kinds)
    return KIND_WORDS.get(next(iter(kinds)), "đơn vị") if len(kinds) == 1 else "đơn vị"


def peer_outliers(values: dict, word: str = "đơn vị", unit_sign: str = "") -> PeerResult:
    """Modified z-scores of ``values`` ({unit: figure}); flags above ``THRESHOLD``."""
    figures = {u: float(v) for u, v in values.items() if v is not None}
    n = len(figures)
    if n < MIN_UNITS:
        return PeerResult(n, None, None, False, f"chỉ có {format_count(n)} {word} có số liệu (cần ít nhất {MIN_UNITS})", ())
    median = statistics.median(figures.values())
    mad = statistics.median(abs(x - median) for x in figures.values())
    if mad == 0:
        return PeerResult(n, median, 0.0, False, f"hơn nửa số {word} có cùng số liệu {format_number(median)}{unit_sign} "
                                                 "(độ lệch trung vị MAD = 0)", ())
    flags = []
    for unit, x in sorted(figures.items()):
        score = CONSISTENCY * abs(x - median) / mad
        if score > THRESHOLD:
            flags.append((unit, x, score, _peer_words(x, median, n, word, unit_sign, score)))
    return PeerResult(n, median, mad, True, "", tuple(flags))


def _peer_words(x: float, median: float, n: int, word: str, sign: str, score: float) -> str:
    base = f"trung vị ({format_number(median)}{sign}) của {format_count(n)} {word}"
    if median > 0 and x > median:
        how = f"gấp {format_number(x / median, 1, trim=True)} lần {base}"
    elif median > 0 and x > 0:
        how = f"chỉ bằng {format_number(x / median, 2, trim=True)} lần {base}"
    else:
        how = f"cách xa {base}"
    return f"Số liệu {format_number(x)}{sign} {how} (điểm z hiệu chỉnh {format_number(score, 1, trim=True)} > {format_number(THRESHOLD)})."


def jump(current, previous, factor: float = DEFAULT_JUMP, year: int | None = None, sign: str = "") -> str | None:
    """The words for a year-on-year change by ``factor`` or more, else None."""
    if current is None or previous is None:
        return None
    current, previous = float(current), float(previous)
    if current <= 0 or previous <= 0:
        return None
    ratio = current / previous
    since = f"năm {year}" if year else "năm trước"
    span = f"từ {format_number(previous)}{sign} lên {format_number(current)}{sign}"
    if ratio >= factor:
        return f"Tăng gấp {format_number(ratio, 1, trim=True)} lần so với {since} ({span}; ngưỡng ×{format_number(factor)})."
    if ratio <= 1 / factor:
        span = f"từ {format_number(previous)}{sign} xuống {format_number(current)}{sign}"
        return (f"Giảm còn {format_number(ratio, 2, trim=True)} lần so với {since} ({span}; "
                f"ngưỡng ÷{format_number(factor)}).")
    return None
