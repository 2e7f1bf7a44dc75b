"""Draw the program's icon: a deep-red rounded square with a gold five-pointed star above
a laurel arc (emulation and commendation), in resources/icons/ as tdkt.png (256 px, the
window icon), tdkt.ico (16–256 px, the exes, shortcuts and installer) and tdkt-<n>.png
(the smaller window-icon sizes).

    python installer/make_icon.py          (needs PySide6 and Pillow; run once, commit the files)
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
RED, DEEP, GOLD, LIGHT = QColor("#B3121F"), QColor("#7A0E16"), QColor("#F2C230"), QColor("#FFE27A")


def star(cx: float, cy: float, r: float) -> QPainterPath:
    path = QPainterPath()
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.40
        angle = -math.pi / 2 + i * math.pi / 5
        point = QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        path.moveTo(point) if i == 0 else path.lineTo(point)
    path.closeSubpath()
    return path


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    p.scale(s, s)
    body = QRectF(8, 8, 240, 240)
    p.setPen(QPen(DEEP, 8))
    p.setBrush(QBrush(RED))
    p.drawRoundedRect(body, 44, 44)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(GOLD))
    small = size < 32
    p.drawPath(star(128, 112 if not small else 128, 78 if not small else 96))
    if not small:  # the laurel: two arcs of leaves under the star
        p.setBrush(QBrush(LIGHT))
        for side in (-1, 1):
            for k in range(5):
                angle = math.radians(200 - k * 17) if side < 0 else math.radians(-20 + k * 17)
                x, y = 128 + 92 * math.cos(angle), 150 - 60 * math.sin(angle) + 40
                p.save()
                p.translate(x, y)
                p.rotate(math.degrees(-angle) + (90 if side > 0 else -90))
                p.drawEllipse(QRectF(-7, -15, 14, 30))
                p.restore()
    p.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from PIL import Image

    OUT.mkdir(parents=True, exist_ok=True)
    names = {n: OUT / (f"tdkt-{n}.png" if n != 256 else "tdkt.png") for n in SIZES}
    for n, path in names.items():
        draw(n).save(str(path))
    frames = [Image.open(names[n]).convert("RGBA") for n in SIZES]
    frames[-1].save(OUT / "tdkt.ico", format="ICO", sizes=[(n, n) for n in SIZES], append_images=frames[:-1])
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
