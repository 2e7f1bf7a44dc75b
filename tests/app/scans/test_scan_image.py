"""app/scan_image.py (the reader's NumPy + Pillow image operations) against OpenCV, which
the tests keep for drawing synthetic scans: the reader's thresholds were tuned with
OpenCV's definitions, so each operation must agree with it."""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
import pytest
from PIL import Image

from app import scan_image as im


def _page(seed: int = 3, h: int = 420, w: int = 300) -> np.ndarray:
    """Grey paper with text-like strokes, solid squares (some rotated), rings and noise."""
    rng = np.random.default_rng(seed)
    img = np.full((h, w), 235, np.uint8)
    for _ in range(60):
        x, y = int(rng.integers(5, w - 40)), int(rng.integers(5, h - 20))
        cv2.line(img, (x, y), (x + int(rng.integers(3, 30)), y + int(rng.integers(-8, 9))), 30, int(rng.integers(1, 3)))
    for cx, cy, angle, side in [(30, 30, 0, 20), (260, 40, 12, 22), (40, 380, -30, 18), (250, 370, 45, 26)]:
        box = cv2.boxPoints(((cx, cy), (side, side), angle)).astype(np.int32)
        cv2.fillPoly(img, [box], 20)
    cv2.circle(img, (150, 200), 15, 25, 3)
    noise = rng.normal(0, 6, img.shape)
    return np.clip(img + noise, 0, 255).astype(np.uint8)


def test_median_and_otsu_agree_with_opencv():
    page = _page()
    small = im.median3(page)
    assert np.array_equal(small, cv2.medianBlur(page, 3))
    for img in (small, _page(5), np.full((20, 20), 7, np.uint8)):
        level, _ = cv2.threshold(img, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
        assert im.otsu_threshold(img) == int(level)


def test_components_match_opencv_contours():
    binary = im.median3(_page()) <= im.otsu_threshold(im.median3(_page()))
    contours, _ = cv2.findContours(binary.astype(np.uint8) * 255, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    theirs = sorted(cv2.boundingRect(c) for c in contours)
    blobs = im.components(binary)
    # A blob inside a ring's hole would be a contour of its own in neither; none here.
    assert sorted((b.x, b.y, b.w, b.h) for b in blobs) == theirs
    assert sum(b.area for b in blobs) == binary.sum()
    squares = im.components(binary, min_side=15, max_side=40)
    assert {(b.x, b.y, b.w, b.h) for b in squares} == {r for r in theirs if 15 <= max(r[2:]) <= 40}
    by_rect = {cv2.boundingRect(c): c for c in contours}
    for blob in squares:
        cnt = by_rect[(blob.x, blob.y, blob.w, blob.h)]
        m = cv2.moments(cnt)
        if m["m00"] > 100:  # a solid blob: its contour's centroid is its pixels' centroid
            assert abs(blob.cx - m["m10"] / m["m00"]) < 0.6 and abs(blob.cy - m["m01"] / m["m00"]) < 0.6
        rw, rh = im.min_area_rect(blob.points())
        (_, _), (cw, ch), _ = cv2.minAreaRect(cnt)
        assert sorted((rw, rh)) == pytest.approx(sorted((cw, ch)), abs=0.5)


def test_rotated_square_is_a_square_and_a_ring_is_hollow():
    img = np.zeros((80, 160), np.uint8)
    cv2.fillPoly(img, [cv2.boxPoints(((40, 40), (30, 30), 30)).astype(np.int32)], 1)
    cv2.rectangle(img, (100, 20), (140, 60), 1, 3)
    square, ring = sorted(im.components(img > 0), key=lambda b: b.x)
    rw, rh = im.min_area_rect(square.points())
    contours, _ = cv2.findContours(img, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    (_, _), (cw, ch), _ = cv2.minAreaRect(min(contours, key=lambda c: cv2.boundingRect(c)[0]))
    assert rw == pytest.approx(cw, abs=1.0) and rh == pytest.approx(ch, abs=1.0) and abs(rw - 30) < 2
    assert square.area >= 0.85 * (rw + 1) * (rh + 1)
    assert (square.cx, square.cy) == pytest.approx((40, 40), abs=0.6)
    rw, rh = im.min_area_rect(ring.points())
    assert ring.area < 0.5 * (rw + 1) * (rh + 1)


def test_transforms_agree_with_opencv():
    src = [(12.5, 20.0), (300.2, 15.1), (310.0, 420.7), (8.0, 410.3)]
    dst = [(0.0, 0.0), (290.0, 0.0), (290.0, 400.0), (0.0, 400.0)]
    ours = im.perspective_matrix(src, dst)
    theirs = cv2.getPerspectiveTransform(np.float32(src), np.float32(dst))
    assert np.allclose(ours, theirs, atol=1e-6 * np.abs(theirs).max())
    affine = im.affine_matrix(src[:3], dst[:3])
    assert np.allclose(affine[:2], cv2.getAffineTransform(np.float32(src[:3]), np.float32(dst[:3])), atol=1e-6)
    assert np.allclose(affine[2], [0, 0, 1])


def test_warp_agrees_with_opencv():
    page = _page(7)
    m = cv2.getPerspectiveTransform(
        np.float32([(3, 4), (296, 2), (299, 415), (1, 418)]), np.float32([(0, 0), (280, 0), (280, 400), (0, 400)])
    )
    ours = im.warp_perspective(page, m, (280, 400)).astype(int)
    theirs = cv2.warpPerspective(page, m, (280, 400), flags=cv2.INTER_LINEAR, borderValue=255).astype(int)
    diff = np.abs(ours - theirs)
    assert diff[2:-2, 2:-2].max() <= 3 and diff.mean() < 0.5
    # A shift by whole pixels moves the picture exactly (pixel centres line up).
    shift = np.array([[1.0, 0, 5], [0, 1.0, -3], [0, 0, 1]])
    moved = im.warp_perspective(page, shift, (300, 420))
    assert np.array_equal(moved[0:417, 5:300], page[3:420, 0:295])
    assert (moved[:, :5] == 255).all() and (moved[417:, :] == 255).all()


def test_template_match_agrees_with_opencv():
    page = _page(11).astype(np.uint8)
    template = page[100:140, 60:260]
    for dx, dy in [(0, 0), (7, 3), (14, 14)]:
        area = np.full((54, 214), 240, np.uint8)
        area[dy : dy + 40, dx : dx + 200] = template
        ours, at = im.match_template(area, template)
        _, theirs, _, their_at = cv2.minMaxLoc(cv2.matchTemplate(area, template, cv2.TM_CCOEFF_NORMED))
        assert at == their_at == (dx, dy) and ours == pytest.approx(theirs, abs=1e-3)
    noisy = np.clip(page[90:150, 50:270].astype(int) + np.random.default_rng(1).normal(0, 25, (60, 220)), 0, 255)
    noisy = noisy.astype(np.uint8)
    ours, at = im.match_template(noisy, template)
    _, theirs, _, their_at = cv2.minMaxLoc(cv2.matchTemplate(noisy, template, cv2.TM_CCOEFF_NORMED))
    assert at == their_at and ours == pytest.approx(theirs, abs=1e-3)
    flat = np.full((50, 210), 200, np.uint8)
    assert im.match_template(flat, template)[0] == 0.0
    with pytest.raises(ValueError):
        im.match_template(template, flat)


def test_morphology_is_opencv_exactly():
    rng = np.random.default_rng(2)
    mask = rng.random((60, 90)) < 0.35
    for g in (1, 2, 3):
        theirs = cv2.dilate(mask.astype(np.uint8), np.ones((2 * g + 1, 2 * g + 1), np.uint8)) > 0
        assert np.array_equal(im.grow_box(mask, g), theirs)
        theirs = cv2.dilate(mask.astype(np.uint8), np.ones((2 * g + 1, 1), np.uint8)) > 0
        assert np.array_equal(im.grow_vertical(mask, g), theirs)
    theirs = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, np.ones((2, 2), np.uint8)) > 0
    assert np.array_equal(im.open_2x2(mask), theirs)


def test_huber_line_ignores_outliers_like_opencv():
    rng = np.random.default_rng(4)
    xs = np.arange(0, 300, dtype=float)
    ys = 20 + 0.08 * xs + rng.normal(0, 0.7, xs.size)
    xs = np.r_[xs, rng.uniform(0, 300, 40)]
    ys = np.r_[ys, rng.uniform(0, 60, 40)]  # a tick and specks off the line
    vx, vy, cx, cy = im.fit_line_huber(xs, ys)
    theirs = cv2.fitLine(np.column_stack([xs, ys]).astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
    assert math.hypot(vx, vy) == pytest.approx(1.0)
    assert abs(vy / vx - theirs[1] / theirs[0]) < 0.01
    # The point found lies on OpenCV's line (within a pixel).
    assert abs(-theirs[1] * (cx - theirs[2]) + theirs[0] * (cy - theirs[3])) < 1.0
    assert abs(vy / vx - 0.08) < 0.01


def test_png_and_jpeg_and_half_size():
    page = _page(9)
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(im.encode_png(page)))), page)
    ok, jpeg = cv2.imencode(".jpg", cv2.cvtColor(page, cv2.COLOR_GRAY2BGR), [cv2.IMWRITE_JPEG_QUALITY, 80])
    assert ok
    ours = im.decode_jpeg_grey(jpeg.tobytes())
    theirs = cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE)
    assert ours.shape == theirs.shape and np.abs(ours.astype(int) - theirs).max() <= 2
    assert im.decode_jpeg_grey(b"not a jpeg") is None
    half = im.half_size(page[:, :299])
    theirs = cv2.resize(page[:, :298], (149, 210), interpolation=cv2.INTER_AREA)
    assert half.shape == (210, 149) and np.abs(half.astype(int) - theirs).max() <= 1
    rgb = np.dstack([page, page // 2, np.full_like(page, 255)])
    assert np.array_equal(im.darkest_channel(rgb), page // 2)
