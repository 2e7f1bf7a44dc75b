"""Synthetic scans of printed ballot papers, for the tests and the benchmark.

The clean paper is rasterised with pypdfium2 at the scan's dpi; names are struck with
varied pens (OpenCV lines: slope, thickness, colour, partial, overshooting, doubled),
stray marks are added outside the names, then the page is rotated, shifted, scaled,
noised and JPEG-compressed — like a copier's scan of a pile.
"""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from app.exports.scan_marks import ScanLayout

PENS = [(20, 20, 20), (30, 40, 160), (170, 30, 30), (60, 60, 60), (20, 60, 20)]  # RGB


def render_pages(pdf_path, dpi: int, count: int | None = None) -> list[np.ndarray]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        n = len(pdf) if count is None else count
        out = []
        for i in range(n):
            page = pdf[i]
            arr = page.render(scale=dpi / 72.0).to_numpy()[:, :, :3][:, :, ::-1].copy()  # BGR → RGB
            page.close()
            out.append(arr)
        return out
    finally:
        pdf.close()


def strike(
    img: np.ndarray, layout: ScanLayout, page: int, number: int, dpi: int, rng: random.Random, style: str | None = None
) -> None:
    """A pen line through candidate `number`'s name on `img` (RGB, unwarped page)."""
    s = dpi / 72.0
    box = next(b for b in layout.pages[page - 1] if b.number == number)
    h_pt = layout.page_h
    y_mid = (h_pt - (box.y0 + 6.5 + 4.0)) * s
    style = style or rng.choice(["full", "full", "slope", "partial", "over", "double", "thick", "thin"])
    x0, x1 = box.text_x0 * s, box.text_x1 * s
    width = x1 - x0
    if style == "partial":
        x0, x1 = x0 + rng.uniform(0.05, 0.15) * width, x1 - rng.uniform(0.05, 0.15) * width
    if style == "over":
        x0, x1 = x0 - rng.uniform(5, 20) * s, x1 + rng.uniform(10, 60) * s
    else:
        x0, x1 = x0 - rng.uniform(0, 6) * s, x1 + rng.uniform(0, 8) * s
    mm = dpi / 25.4
    thick = {"thick": rng.uniform(0.8, 1.2), "thin": rng.uniform(0.25, 0.35)}.get(style, rng.uniform(0.3, 0.7))
    slope = rng.uniform(-1.2, 1.2) * mm if style != "slope" else rng.choice([-1, 1]) * rng.uniform(1.5, 2.5) * mm
    colour = rng.choice(PENS)
    y0, y1 = y_mid + rng.uniform(-0.8, 0.8) * mm - slope / 2, y_mid + rng.uniform(-0.8, 0.8) * mm + slope / 2
    lines = [(y0, y1)]
    if style == "double":
        d = rng.uniform(0.8, 1.5) * mm
        lines.append((y0 + d, y1 + d))
    for a, b in lines:
        cv2.line(img, (int(x0), int(a)), (int(x1), int(b)), colour, max(1, int(round(thick * mm))), cv2.LINE_AA)


def stray_marks(img: np.ndarray, layout: ScanLayout, page: int, dpi: int, rng: random.Random) -> None:
    """Ink that is not a strike: a signature near the bottom, a tick in a unit cell, a dot
    beside a number."""
    s = dpi / 72.0
    h, w = img.shape[:2]
    pts = np.array(
        [[int(w * 0.15 + i * w * 0.02), int(h * 0.93 + rng.uniform(-1, 1) * h * 0.01)] for i in range(12)], np.int32
    )
    cv2.polylines(img, [pts], False, (30, 40, 160), 2, cv2.LINE_AA)
    box = rng.choice(layout.pages[page - 1])
    yc = int((layout.page_h - (box.y0 + 10)) * s)
    xu = int((box.x1 + 30) * s)
    cv2.line(img, (xu, yc), (xu + int(40 * s), yc - int(6 * s)), (20, 20, 20), 2, cv2.LINE_AA)
    cv2.circle(img, (int((box.x0 - 8) * s), yc), 3, (20, 20, 20), -1)


def scanned(
    img: np.ndarray, dpi: int, rng: random.Random, *, angle: float | None = None, jpeg: int = 70, noise: float = 6.0
) -> np.ndarray:
    """The page as a copier would give it: rotated, shifted, scaled, noisy, JPEG."""
    h, w = img.shape[:2]
    mm = dpi / 25.4
    angle = rng.uniform(-2, 2) if angle is None else angle
    scale = rng.uniform(0.985, 1.015)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    m[0, 2] += rng.uniform(-2.5, 2.5) * mm
    m[1, 2] += rng.uniform(-2.5, 2.5) * mm
    out = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 250))
    out = cv2.GaussianBlur(out, (3, 3), 0.6)
    out = np.clip(
        out.astype(np.float32) * rng.uniform(0.92, 1.0)
        + np.random.default_rng(rng.randrange(1 << 30)).normal(0, noise, out.shape),
        0,
        255,
    ).astype(np.uint8)
    ok, data = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_UNCHANGED)


def foreign_page(shape, dpi: int, rng: random.Random) -> np.ndarray:
    """Another document: text-like lines and a few black blocks, no marks of ours."""
    img = np.full(shape, 255, np.uint8)
    h, w = shape[:2]
    for i in range(40):
        y = int(h * 0.08 + i * h * 0.021)
        cv2.line(img, (int(w * 0.1), y), (int(w * rng.uniform(0.5, 0.9)), y), (30, 30, 30), 2)
    cv2.rectangle(img, (int(w * 0.05), int(h * 0.02)), (int(w * 0.2), int(h * 0.05)), (0, 0, 0), -1)
    return img


def save_pdf(pages: list[np.ndarray], path, dpi: int) -> None:
    """Pages (RGB) as a multi-page PDF of JPEG images, like a copier's scan to PDF."""
    images = [Image.fromarray(p) for p in pages]
    images[0].save(str(path), "PDF", resolution=float(dpi), save_all=True, append_images=images[1:], quality=80)


def to_png_bytes(page: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(page).save(buf, "PNG")
    return buf.getvalue()
