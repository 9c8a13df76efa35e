"""Draw lcdesk's icon and write ``lcdesk.ico`` and ``lcdesk.png`` beside this file.

Run by hand after changing the design (the outputs are committed, so the build needs no
image library): ``QT_QPA_PLATFORM=offscreen python resources/icons/make_icon.py``.

The .ico holds 16-64 px images as classic 32-bit DIBs (every Windows component, NSIS
included, reads them) and 128/256 px as PNG (Vista+), each drawn at its own size so the
small ones stay crisp.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
)

HERE = Path(__file__).resolve().parent
DIB_SIZES = (16, 24, 32, 48, 64)
PNG_SIZES = (128, 256)


def draw(size: int) -> QImage:
    """A teal rounded square with a white open book and the letters "LC"."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    gradient = QLinearGradient(0, 0, 0, s)
    gradient.setColorAt(0.0, QColor("#1b8a8f"))
    gradient.setColorAt(1.0, QColor("#0d5560"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    margin = max(0.5, s * 0.03)
    p.drawRoundedRect(QRectF(margin, margin, s - 2 * margin, s - 2 * margin), s * 0.18, s * 0.18)
    # The book: two pages under the letters, in warm orange.
    p.setBrush(QColor("#f5a623"))
    base = s * 0.80
    p.drawRect(QRectF(s * 0.16, base, s * 0.32, max(1.0, s * 0.07)))
    p.drawRect(QRectF(s * 0.52, base, s * 0.32, max(1.0, s * 0.07)))
    p.setPen(QColor("white"))
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(int(s * (0.50 if size >= 32 else 0.58)))
    p.setFont(font)
    p.drawText(QRectF(0, 0, s, s * 0.84), Qt.AlignmentFlag.AlignCenter, "LC")
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def dib_bytes(image: QImage) -> bytes:
    """BITMAPINFOHEADER + bottom-up BGRA rows + an all-zero AND mask (alpha does the work)."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):
        row = bytearray()
        for x in range(size):
            c = image.pixelColor(x, y)
            row += bytes((c.blue(), c.green(), c.red(), c.alpha()))
        rows.append(bytes(row))
    mask_row = b"\0" * (((size + 31) // 32) * 4)
    return header + b"".join(rows) + mask_row * size


def ico_bytes() -> bytes:
    entries = [(n, dib_bytes(draw(n))) for n in DIB_SIZES]
    entries += [(n, png_bytes(draw(n))) for n in PNG_SIZES]
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, blob in entries:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blob for _, blob in entries)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    (HERE / "lcdesk.ico").write_bytes(ico_bytes())
    draw(256).save(str(HERE / "lcdesk.png"), "PNG")
    print("wrote", HERE / "lcdesk.ico", "and", HERE / "lcdesk.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
