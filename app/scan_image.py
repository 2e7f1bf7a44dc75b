"""The image operations of the scan reader (app/scan_reader.py), in NumPy and Pillow.

OpenCV did these few operations for ~100 MB of the bundle (issue 13: the bundle bar is
150 MB); each one here follows OpenCV's definition where the reader's thresholds depend on
it (tests/app/scans/test_scan_image.py compares them with OpenCV where it is installed for
the tests). Grey images are 2-D uint8 arrays, row 0 at the top; a pixel's centre is at its
integer index. No Qt.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

import numpy as np
from PIL import Image

__all__ = [
    "darkest_channel",
    "median3",
    "otsu_threshold",
    "components",
    "Blob",
    "min_area_rect",
    "perspective_matrix",
    "affine_matrix",
    "warp_perspective",
    "Template",
    "match_template",
    "grow_box",
    "grow_vertical",
    "open_2x2",
    "fit_line_huber",
    "encode_png",
    "decode_jpeg_grey",
    "half_size",
]


def darkest_channel(rgb: np.ndarray) -> np.ndarray:
    """Grey as the darkest of the R, G, B channels (any ink colour reads dark)."""
    if rgb.ndim == 2:
        return rgb.astype(np.uint8, copy=False)
    return np.minimum(np.minimum(rgb[:, :, 0], rgb[:, :, 1]), rgb[:, :, 2]).astype(np.uint8, copy=False)


def _med3(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return np.maximum(np.minimum(a, b), np.minimum(np.maximum(a, b), c))


def median3(grey: np.ndarray) -> np.ndarray:
    """3×3 median (edges replicated, as OpenCV's medianBlur): each column of three sorted,
    then the median of the largest low, the median middle and the smallest high of three
    neighbouring columns — exact, and twenty array operations instead of a sort per pixel."""
    p = np.pad(grey, 1, mode="edge")
    up, mid, down = p[:-2], p[1:-1], p[2:]
    lo, hi = np.minimum(up, mid), np.maximum(up, mid)
    mid = np.maximum(lo, np.minimum(hi, down))
    lo, hi = np.minimum(lo, down), np.maximum(hi, down)
    a = np.maximum(np.maximum(lo[:, :-2], lo[:, 1:-1]), lo[:, 2:])
    b = _med3(mid[:, :-2], mid[:, 1:-1], mid[:, 2:])
    c = np.minimum(np.minimum(hi[:, :-2], hi[:, 1:-1]), hi[:, 2:])
    return _med3(a, b, c)


def otsu_threshold(grey: np.ndarray) -> int:
    """Otsu's threshold of a uint8 image, computed as OpenCV does (the last level of the
    dark class: pixels <= it are dark)."""

    # Pillow counts a page's levels ~10 times faster than np.bincount (no widening copy).
    hist = np.array(Image.fromarray(np.ascontiguousarray(grey, dtype=np.uint8)).histogram(), dtype=np.float64)
    p = hist / max(1.0, hist.sum())
    levels = np.arange(256, dtype=np.float64)
    q1 = np.cumsum(p)
    m1 = np.cumsum(levels * p)
    mu = m1[-1]
    q2 = 1.0 - q1
    eps = np.finfo(np.float32).eps
    valid = (np.minimum(q1, q2) >= eps) & (np.maximum(q1, q2) <= 1.0 - eps)
    with np.errstate(divide="ignore", invalid="ignore"):
        mu1 = m1 / q1
        mu2 = (mu - q1 * mu1) / q2
        sigma = np.where(valid, q1 * q2 * (mu1 - mu2) ** 2, 0.0)
    return int(np.argmax(sigma)) if sigma.max() > 0 else 0


class Blob:
    """One 8-connected component of a binary image: its bounding box (x, y, w, h), pixel
    count, centroid and the end pixels of its horizontal runs (for its hull)."""

    __slots__ = ("x", "y", "w", "h", "area", "cx", "cy", "_rows", "_starts", "_ends")

    def __init__(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        area: float,
        cx: float,
        cy: float,
        rows: np.ndarray,
        starts: np.ndarray,
        ends: np.ndarray,
    ):
        self.x, self.y, self.w, self.h = int(x), int(y), int(w), int(h)
        self.area, self.cx, self.cy = float(area), float(cx), float(cy)
        self._rows, self._starts, self._ends = rows, starts, ends

    def points(self) -> np.ndarray:
        """The first and last pixel of each run, (x, y) float rows: the blob's convex hull
        is the hull of these."""
        xs = np.concatenate([self._starts, self._ends - 1])
        ys = np.concatenate([self._rows, self._rows])
        return np.column_stack([xs, ys]).astype(np.float64)


def _runs(binary: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Horizontal runs of True: rows, starts, ends (exclusive), in raster order."""
    h, w = binary.shape
    padded = np.zeros((h, w + 2), np.int8)
    padded[:, 1:-1] = binary
    d = np.diff(padded, axis=1)
    ys, xs = np.nonzero(d)
    return ys[0::2], xs[0::2], xs[1::2]


def _roots(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected components of the graph of n nodes and edges a[i]–b[i]: each node's
    smallest member (hooking of roots onto the smaller root, then pointer jumping)."""
    parent = np.arange(n)
    while a.size:
        pa, pb = parent[a], parent[b]
        differ = pa != pb
        if not differ.any():
            break
        a, b, pa, pb = a[differ], b[differ], pa[differ], pb[differ]
        np.minimum.at(parent, np.maximum(pa, pb), np.minimum(pa, pb))
        while True:
            nxt = parent[parent]
            if np.array_equal(nxt, parent):
                break
            parent = nxt
    return parent


def components(
    binary: np.ndarray,
    *,
    max_side: float | None = None,
    min_side: float = 0,
    max_aspect: float | None = None,
    min_fill: float = 0.0,
    min_area: float = 0.0,
) -> list[Blob]:
    """The 8-connected components of a bool image whose bounding box's longer side lies in
    [min_side, max_side] (all when max_side is None), whose box is at most `max_aspect`
    times longer than wide, whose pixels fill at least `min_fill` of it and number at
    least `min_area`."""
    rows, starts, ends = _runs(binary)
    n = rows.size
    if n == 0:
        return []
    stride = binary.shape[1] + 2
    key_start = rows * stride + starts
    key_end = rows * stride + ends
    # Run b on the next row touches run a (8-connected) when b.start <= a.end and b.end >= a.start.
    lo = np.searchsorted(key_end, (rows + 1) * stride + starts, side="left")
    hi = np.searchsorted(key_start, (rows + 1) * stride + ends, side="right")
    counts = np.maximum(hi - lo, 0)
    a = np.repeat(np.arange(n), counts)
    b = np.repeat(lo, counts) + (np.arange(a.size) - np.repeat(np.cumsum(counts) - counts, counts))
    labels = np.unique(_roots(n, a, b), return_inverse=True)[1].ravel()
    order = np.argsort(labels, kind="stable")
    first = np.flatnonzero(np.r_[True, np.diff(labels[order]) != 0])
    lengths = (ends - starts).astype(np.float64)
    r_o, s_o, e_o = rows[order], starts[order], ends[order]
    x0 = np.minimum.reduceat(s_o, first)
    x1 = np.maximum.reduceat(e_o, first)
    y0 = np.minimum.reduceat(r_o, first)
    y1 = np.maximum.reduceat(r_o, first) + 1
    side = np.maximum(x1 - x0, y1 - y0)
    keep = side >= min_side
    if max_side is not None:
        keep &= side <= max_side
    area = np.bincount(labels, weights=lengths)
    if max_aspect is not None:
        keep &= side <= max_aspect * np.minimum(x1 - x0, y1 - y0)
    keep &= (area >= min_fill * (x1 - x0) * (y1 - y0)) & (area >= min_area)
    sum_x = np.bincount(labels, weights=(starts + ends - 1) * lengths / 2.0)
    sum_y = np.bincount(labels, weights=rows * lengths)
    bounds = np.r_[first, n]
    blobs = []
    for k in np.flatnonzero(keep):
        part = slice(bounds[k], bounds[k + 1])
        blobs.append(
            Blob(
                x0[k],
                y0[k],
                x1[k] - x0[k],
                y1[k] - y0[k],
                area[k],
                sum_x[k] / area[k],
                sum_y[k] / area[k],
                r_o[part],
                s_o[part],
                e_o[part],
            )
        )
    return blobs


_SWEEP = np.deg2rad(np.arange(0.0, 90.0, 1.0))
_FINE = np.deg2rad(np.arange(-1.0, 1.0001, 0.05))


def min_area_rect(points: np.ndarray) -> tuple[float, float]:
    """(width, height) of the smallest rotated rectangle around the points (OpenCV's
    minAreaRect size), found by turning the points through 90° in 1° steps, then in
    0.05° steps around the best (well under a pixel for a mark's size)."""
    if len(points) < 2:
        return 0.0, 0.0
    pts = points - points.mean(axis=0)

    def extents(angles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        c, s = np.cos(angles), np.sin(angles)
        along = pts[:, :1] * c + pts[:, 1:] * s
        across = -pts[:, :1] * s + pts[:, 1:] * c
        return along.max(axis=0) - along.min(axis=0), across.max(axis=0) - across.min(axis=0)

    w, h = extents(_SWEEP)
    best = _SWEEP[int(np.argmin(w * h))]
    w, h = extents(best + _FINE)
    k = int(np.argmin(w * h))
    return float(w[k]), float(h[k])


def perspective_matrix(src: Sequence[tuple[float, float]], dst: Sequence[tuple[float, float]]) -> np.ndarray:
    """The 3×3 homography taking 4 points src → dst (OpenCV's getPerspectiveTransform)."""
    a = np.zeros((8, 8))
    b = np.zeros(8)
    for i, ((x, y), (u, v)) in enumerate(zip(src, dst)):
        a[i] = [x, y, 1, 0, 0, 0, -x * u, -y * u]
        a[i + 4] = [0, 0, 0, x, y, 1, -x * v, -y * v]
        b[i], b[i + 4] = u, v
    return np.append(np.linalg.solve(a, b), 1.0).reshape(3, 3)


def affine_matrix(src: Sequence[tuple[float, float]], dst: Sequence[tuple[float, float]]) -> np.ndarray:
    """The 3×3 affine map taking 3 points src → dst (OpenCV's getAffineTransform, with the
    row 0 0 1 added)."""
    a = np.array([[x, y, 1.0] for x, y in src[:3]])
    m = np.linalg.solve(a, np.array(dst[:3], dtype=np.float64)).T
    return np.vstack([m, [0.0, 0.0, 1.0]])


def warp_perspective(grey: np.ndarray, matrix: np.ndarray, size: tuple[int, int], fill: int = 255) -> np.ndarray:
    """The image mapped by `matrix` (source → output pixel centres) onto an output of
    `size` (width, height), bilinear, outside filled with `fill` (OpenCV's warpPerspective
    with INTER_LINEAR and a constant border)."""

    inverse = np.linalg.inv(matrix)
    # Pillow maps output to input in pixel-edge coordinates (a pixel's centre at i + 0.5).
    shift, unshift = np.eye(3), np.eye(3)
    shift[:2, 2], unshift[:2, 2] = 0.5, -0.5
    m = shift @ inverse @ unshift
    m = m / m[2, 2]
    image = Image.fromarray(np.ascontiguousarray(grey))
    out = image.transform(
        size, Image.Transform.PERSPECTIVE, tuple(m.ravel()[:8]), resample=Image.Resampling.BILINEAR, fillcolor=fill
    )
    return np.asarray(out)


def _fast_size(n: int) -> int:
    """The smallest 2·3·5-smooth length >= n (quick for the FFT)."""
    best = 1 << max(0, (n - 1).bit_length())
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            p = p35
            while p < n:
                p *= 2
            best = min(best, p)
            p35 *= 3
        p5 *= 5
    return best


class Template:
    """A template prepared for `match_template` over search areas of one size (its
    spectrum is computed once: the same clean name box is looked for on every scan)."""

    def __init__(self, template: np.ndarray, area_shape: tuple[int, int]):
        t = template.astype(np.float64)
        t -= t.mean()
        self.shape = template.shape
        self.area_shape = tuple(area_shape)
        self.norm = float((t * t).sum())
        self.fft_shape = (_fast_size(area_shape[0]), _fast_size(area_shape[1]))
        self.spectrum = np.conj(np.fft.rfft2(t.astype(np.float32), self.fft_shape))


def match_template(area: np.ndarray, template: np.ndarray | Template) -> tuple[float, tuple[int, int]]:
    """Where `template` fits best in `area` by normalised cross-correlation (OpenCV's
    TM_CCOEFF_NORMED then minMaxLoc): (the best score, (dx, dy) of its top-left corner).
    A flat window or template scores 0. Raises ValueError when the template is larger
    than the area."""
    th, tw = template.shape
    ah, aw = area.shape
    oh, ow = ah - th + 1, aw - tw + 1
    if oh < 1 or ow < 1:
        raise ValueError("template larger than the search area")
    if not isinstance(template, Template):
        template = Template(template, area.shape)
    elif template.area_shape != area.shape:
        raise ValueError("template prepared for another size of search area")
    a = area.astype(np.float64)
    a -= a.mean()  # the template sums to 0: the correlation is unchanged, the FFT more exact
    # float32 spectra: rounding ~1e-5 of the score, twice as fast as float64.
    spectrum = np.fft.rfft2(a.astype(np.float32), template.fft_shape) * template.spectrum
    corr = np.fft.irfft2(spectrum, template.fft_shape)[:oh, :ow].astype(np.float64)
    n = th * tw

    def window(x: np.ndarray) -> np.ndarray:
        # Sums over every window: few offsets (the search is a pixel or two each way), so
        # the rows are slid one at a time and only the short row sums are integrated.
        rows = np.empty((oh, aw))
        rows[0] = x[:th].sum(axis=0)
        if oh > 1:
            np.cumsum(x[th : th + oh - 1] - x[: oh - 1], axis=0, out=rows[1:])
            rows[1:] += rows[0]
        cols = np.zeros((oh, aw + 1))
        np.cumsum(rows, axis=1, out=cols[:, 1:])
        return cols[:, tw : tw + ow] - cols[:, :ow]

    total = window(a)
    variance = np.maximum(window(a * a) - total * total / n, 0.0)
    denominator = np.sqrt(variance * template.norm)
    # Below this the window or the template is flat (what is left is rounding noise).
    flat = denominator <= 1e-4 * n
    score = np.where(flat, 0.0, corr / np.where(flat, 1.0, denominator))
    np.clip(score, -1.0, 1.0, out=score)
    k = int(np.argmax(score))
    dy, dx = divmod(k, ow)
    return float(score.flat[k]), (dx, dy)


def grow_box(mask: np.ndarray, grow: int) -> np.ndarray:
    """A bool mask grown by `grow` pixels each way (dilation by a (2g+1)² square)."""
    out = mask.astype(bool, copy=True)
    for _ in range(grow):
        nxt = out.copy()
        nxt[1:, :] |= out[:-1, :]
        nxt[:-1, :] |= out[1:, :]
        out = nxt
    for _ in range(grow):
        nxt = out.copy()
        nxt[:, 1:] |= out[:, :-1]
        nxt[:, :-1] |= out[:, 1:]
        out = nxt
    return out


def grow_vertical(mask: np.ndarray, band: int) -> np.ndarray:
    """A bool mask grown by `band` pixels up and down (dilation by a (2b+1)×1 column)."""
    m = mask.astype(np.int32)
    h = m.shape[0]
    cum = np.zeros((h + 1,) + m.shape[1:], np.int32)
    np.cumsum(m, axis=0, out=cum[1:])
    top = np.clip(np.arange(h) - band, 0, h)
    bottom = np.clip(np.arange(h) + band + 1, 0, h)
    return (cum[bottom] - cum[top]) > 0


def open_2x2(mask: np.ndarray) -> np.ndarray:
    """Morphological opening by a 2×2 square as OpenCV does it (anchor at the kernel's
    centre (1, 1): erosion and dilation both look one pixel up and left, so what survives
    moves one pixel down and right; outside the image counts as ink for the erosion)."""
    m = mask.astype(bool)
    padded = np.ones((m.shape[0] + 1, m.shape[1] + 1), bool)
    padded[1:, 1:] = m
    eroded = padded[1:, 1:] & padded[:-1, 1:] & padded[1:, :-1] & padded[:-1, :-1]
    padded = np.zeros_like(padded)
    padded[1:, 1:] = eroded
    return padded[1:, 1:] | padded[:-1, 1:] | padded[1:, :-1] | padded[:-1, :-1]


def fit_line_huber(
    xs: np.ndarray, ys: np.ndarray, *, c: float = 1.345, reps: float = 0.01, aeps: float = 0.01, iterations: int = 30
) -> tuple[float, float, float, float]:
    """A straight line through the points, robust to outliers (Huber weights, iteratively
    reweighted least squares, as OpenCV's fitLine with DIST_HUBER and param 0): (vx, vy,
    x0, y0), a unit direction and a point on the line."""
    x = np.asarray(xs, np.float64)
    y = np.asarray(ys, np.float64)
    w = np.ones_like(x)
    previous = None
    vx = vy = cx = cy = 0.0
    for _ in range(iterations):
        sw = float(w.sum())
        cx, cy = float((w * x).sum() / sw), float((w * y).sum() / sw)
        dx, dy = x - cx, y - cy
        sxx, syy, sxy = float((w * dx * dx).sum()), float((w * dy * dy).sum()), float((w * dx * dy).sum())
        angle = 0.5 * math.atan2(2.0 * sxy, sxx - syy)
        vx, vy = math.cos(angle), math.sin(angle)
        if previous is not None:
            pa, pcx, pcy = previous
            turn = abs(angle - pa) % math.pi
            moved = abs(-vy * (pcx - cx) + vx * (pcy - cy))
            if min(turn, math.pi - turn) < aeps and moved < reps:
                break
        previous = (angle, cx, cy)
        distance = np.abs(-vy * dx + vx * dy)
        w = np.where(distance < c, 1.0, c / np.maximum(distance, 1e-12))
    return vx, vy, cx, cy


def encode_png(grey: np.ndarray) -> bytes:
    """A grey image as PNG bytes (fast compression: crops shown on screen, not archived)."""

    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(grey)).save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def decode_jpeg_grey(data: bytes) -> np.ndarray | None:
    """A JPEG's grey (luma) image as stored, without applying its EXIF orientation; None
    when it cannot be decoded."""

    try:
        with Image.open(io.BytesIO(data)) as im:
            im.draft("L", im.size)  # libjpeg outputs the luma directly
            return np.asarray(im.convert("L"))
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def half_size(grey: np.ndarray) -> np.ndarray:
    """The image at half size, each pixel the mean of a 2×2 block (OpenCV's INTER_AREA)."""
    h, w = grey.shape[0] // 2, grey.shape[1] // 2
    blocks = grey[: 2 * h, : 2 * w].reshape(h, 2, w, 2).astype(np.uint16)
    return ((blocks.sum(axis=(1, 3)) + 2) // 4).astype(np.uint8)
