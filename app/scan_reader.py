"""Reading scanned ballot papers and printer test sheets (PRODUCT.md §1.13). No Qt.

A scan page (a page of a copier's PDF, or a PNG/JPEG/TIFF image) is read like this:

1. the four solid corner squares are found (size known from the paper), their centroids
   give a homography onto the clean page at `REF_DPI`; a page upside down is tried too;
2. the page code between the bottom squares says which ballot, page k of n: a page whose
   code is missing, unreadable or of another ballot is reported, never counted;
3. for each candidate's name box, the aligned scan is compared with the clean rendering of
   the printed page (rendered from the ballot PDF itself with pdfium, locally re-aligned
   by template matching): ink present in the scan but not on the clean page, across the
   printed name, is a strike. The share of the name's width crossed by added ink decides:
   ≥ `STRUCK_AT` struck; no added ink (under `MIN_INK_MM2`) not struck; anything in
   between — or a badly aligned box — leaves the sheet for a person (`review`). Ink
   outside the name boxes is never looked at.

Consecutive pages 1..n of the same ballot make one sheet (paper), numbered in pile order.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np

from app import scan_image as im
from app.errors import BadInput, Cancelled
from app.exports.printer_profiles import PrinterProfile, profile_from_measurements
from app.exports.scan_marks import (
    MARK_MM,
    TEST_SHEET_INSET,
    NameBox,
    PageCode,
    ScanLayout,
    code_cells_mm,
    decode_code,
    mark_centres_mm,
    parse_layout_keywords,
)
from app.messages import Msg

if TYPE_CHECKING:  # pypdfium2 loads only when scans are read (see _pdfium)
    from pypdfium2 import PdfDocument, PdfPage

__all__ = [
    "REF_DPI",
    "count_scan_pages",
    "ScanPage",
    "PageReading",
    "SheetReading",
    "ReadResult",
    "load_reference",
    "read_scans",
    "iter_scan_pages",
    "sheets_csv",
    "read_test_sheet",
    "find_marks",
]

MM_PER_PT = 25.4 / 72.0
REF_DPI = 200
CLEAN_INK_LEVEL = 200  # a pixel of the clean rendering darker than this is printed ink
# The clean ink is grown by 1, 2 or 3 pixels before it is taken away from the scan: the
# least that leaves (almost) nothing of the page's printed head (title, instructions) —
# a printer that prints bolder, a blurrier scanner need more. None fits: every name of the
# page is left for a person.
INK_GROW = (1, 2, 3)
CONTROL_RESIDUAL = 0.01
MAX_MISSING_INK = 0.2  # share of a name's solid printed ink that may look white in the scan
SCAN_DPI = 200  # PDF scans are rasterised at this resolution
MAX_SIDE_PX = 5000  # no page is read larger than this (A3 at 300 dpi is 4961 px)
STRUCK_AT = 0.5
MIN_INK_MM2 = 0.2  # less added ink than this on a name (dust, a speck) is no mark at all
GAP_MM = 3.0  # the longest run of a line hidden by printed letters
MIN_MATCH = 0.35  # template-match score under which a name box is not trusted
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"}
Progress = Callable[[int, int], None]


# ---------------------------------------------------------------- inputs


@dataclasses.dataclass
class ScanPage:
    source: str  # file name as given
    index: int  # 1-based page of that file
    image: np.ndarray  # grey, uint8 (darkest channel: any ink colour reads dark)
    dpi: float | None = None


def _grey(rgb: np.ndarray) -> np.ndarray:
    return im.darkest_channel(rgb)


def _pdfium() -> ModuleType:
    # Lazy: pypdfium2 and Pillow load only when scans are read.
    import pypdfium2 as pdfium

    return pdfium


def _open_pdf(path: Path) -> PdfDocument:
    """A PdfDocument read through a Python file (Vietnamese letters in Windows paths are
    safe that way; pdfium's own file opening is not). Closed with the document."""
    handle = open(path, "rb")  # noqa: SIM115 - closed with the document (autoclose)
    try:
        return _pdfium().PdfDocument(handle, autoclose=True)
    except BaseException:
        handle.close()
        raise


def iter_scan_pages(paths: Sequence[str | Path], *, dpi: int = SCAN_DPI) -> Iterator[ScanPage]:
    """Each page of each file, in order: PDF pages rasterised at `dpi`, images (PNG, JPEG,
    TIFF with several pages, BMP) as they are. Raises BadInput naming a file that cannot
    be read (missing, not a PDF or image, damaged)."""
    for path in paths:
        p = Path(path)
        if not p.is_file():
            raise BadInput("scan.scan_not_found", path=path)
        suffix = p.suffix.lower()
        if suffix == ".pdf":
            try:
                pdf = _open_pdf(p)
            except Exception as exc:  # pdfium raises its own PdfiumError
                raise BadInput("scan.pdf_unreadable", path=path, exc=exc) from None
            try:
                for i in range(len(pdf)):
                    page = pdf[i]
                    arr = _scanned_image(page)
                    if arr is not None:
                        yield ScanPage(str(path), i + 1, arr, arr.shape[1] * 72.0 / page.get_size()[0])
                    else:
                        # A huge page (a poster, a broken size) is rendered smaller, not into gigabytes.
                        scale = min(dpi / 72.0, MAX_SIDE_PX / max(1.0, *page.get_size()))
                        # Grey: pen colours (blue, red, green, black) stay far darker than the paper.
                        arr = page.render(scale=scale, grayscale=True).to_numpy()
                        yield ScanPage(str(path), i + 1, _grey(arr), scale * 72.0)
                    page.close()
            finally:
                pdf.close()
        elif suffix in IMAGE_SUFFIXES:
            # Lazy: pypdfium2 and Pillow load only when scans are read.
            from PIL import Image, ImageSequence, UnidentifiedImageError

            try:
                with Image.open(p) as im:
                    for i, frame in enumerate(ImageSequence.Iterator(im)):
                        if max(frame.size) > MAX_SIDE_PX:  # e.g. a 1200-dpi scan: read at a sane size
                            factor = MAX_SIDE_PX / max(frame.size)
                            frame = frame.convert("RGB").resize(
                                (max(1, int(frame.size[0] * factor)), max(1, int(frame.size[1] * factor)))
                            )
                        rgb = np.asarray(frame.convert("RGB"))
                        d = frame.info.get("dpi")
                        yield ScanPage(str(path), i + 1, _grey(rgb), float(d[0]) if d and d[0] > 1 else None)
            except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
                raise BadInput("scan.image_unreadable", path=path, exc=exc) from None
        else:
            raise BadInput("scan.bad_suffix", path=path, suffix=suffix or "trống")


def _scanned_image(page: PdfPage) -> np.ndarray | None:
    """The page's picture as the copier stored it, when the page is exactly one upright
    JPEG image covering it (the usual scan-to-PDF): decoding it is ten times faster than
    rendering the page. None otherwise (then the page is rendered)."""
    try:
        # Lazy: pypdfium2 and Pillow load only when scans are read.
        import pypdfium2.raw as pdfium_c

        if page.get_rotation() != 0:
            return None
        objects = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1))
        if len(objects) != 1:
            return None
        image = objects[0]
        a, b, c, d, e, f = image.get_matrix().get()
        pw, ph = page.get_size()
        upright = abs(b) < 1e-6 and abs(c) < 1e-6 and a > 0 and d > 0
        if not (
            upright
            and abs(a - pw) <= 0.02 * pw
            and abs(d - ph) <= 0.02 * ph
            and abs(e) <= 0.02 * pw
            and abs(f) <= 0.02 * ph
        ):
            return None
        w, h = image.get_px_size()
        if image.get_filters() != ["DCTDecode"] or max(w, h) > MAX_SIDE_PX:
            return None
        grey = im.decode_jpeg_grey(bytes(image.get_data(decode_simple=False)))
        return grey if grey is not None and grey.shape == (h, w) else None
    except Exception:  # noqa: BLE001 - any oddity: render the page instead
        return None


def count_scan_pages(paths: Sequence[str | Path]) -> int:
    """How many pages `iter_scan_pages` will give (0 for a file it cannot open: it will
    say why when read)."""
    total = 0
    for path in paths:
        p = Path(path)
        try:
            if p.suffix.lower() == ".pdf":
                pdf = _open_pdf(p)
                total += len(pdf)
                pdf.close()
            else:
                # Lazy: pypdfium2 and Pillow load only when scans are read.
                from PIL import Image

                with Image.open(p) as im:
                    total += getattr(im, "n_frames", 1)
        except Exception:  # noqa: BLE001 - reported by iter_scan_pages with the file's name
            continue
    return total


# ---------------------------------------------------------------- marks and alignment


def _squares(binary: np.ndarray, side: float) -> list:
    """The blobs of `binary` that are solid squares of about `side` pixels, at any angle."""
    out = []
    # A rectangle at most 1.3 times longer than wide has a bounding box at most 1.3 times
    # longer than wide, fills at least 1/2.04 of it whatever its angle, and with sides
    # averaging 0.55 `side` or more it covers at least 0.297 side²: what cannot be such a
    # square (letters, specks) is set aside before its rectangle is looked for.
    for blob in im.components(
        binary,
        min_side=0.55 * side,
        max_side=1.8 * side,
        max_aspect=1.4,
        min_fill=0.4,
        min_area=0.85 * 0.29 * side * side,
    ):
        # The rectangle around the pixel centres (OpenCV's minAreaRect of the contour); the
        # pixels must fill 85 % of it counted in whole pixels (a ring or a hollow square does not).
        rw, rh = im.min_area_rect(blob.points())
        if rw <= 0 or rh <= 0 or max(rw, rh) / min(rw, rh) > 1.3:
            continue
        if not (0.55 * side <= (rw + rh) / 2 <= 1.45 * side) or blob.area < 0.85 * (rw + 1) * (rh + 1):
            continue
        out.append(blob)
    return out


def find_marks(grey: np.ndarray, w_mm: float, h_mm: float, inset: tuple[float, float]) -> list | None:
    """Centroids (px) of the four corner squares TL, TR, BR, BL of a page `w_mm`×`h_mm`,
    or None when fewer than 3 are found. A missing one is None in the list."""
    h_px, w_px = grey.shape
    ppm = min(w_px / w_mm, h_px / h_mm)
    side = MARK_MM * ppm
    # The squares are looked for on every other pixel (a square is ~40 px wide at 200 dpi:
    # a quarter of the work), then each one found is measured on the page itself.
    step = 2 if side >= 24 else 1
    coarse = im.median3(grey[::step, ::step])
    level = im.otsu_threshold(coarse)
    found = []
    for blob in _squares(coarse <= level, side / step):
        if step == 1:
            found.append((blob.cx, blob.cy))
            continue
        margin = int(0.5 * side) + 3
        x0, y0 = max(0, blob.x * step - margin), max(0, blob.y * step - margin)
        x1, y1 = min(w_px, (blob.x + blob.w) * step + margin), min(h_px, (blob.y + blob.h) * step + margin)
        fine = _squares(im.median3(grey[y0:y1, x0:x1]) <= level, side)
        cx, cy = blob.cx * step - x0, blob.cy * step - y0
        best = min(fine, key=lambda b: (b.cx - cx) ** 2 + (b.cy - cy) ** 2, default=None)
        if best is not None:
            found.append((x0 + best.cx, y0 + best.cy))
    expected = [(x * ppm, y * ppm) for x, y in mark_centres_mm(w_px / ppm, h_px / ppm, inset)]
    radius = 0.22 * min(w_px, h_px)
    marks: list = []
    for ex, ey in expected:
        best = min(found, key=lambda p: (p[0] - ex) ** 2 + (p[1] - ey) ** 2, default=None)
        if best is not None and (best[0] - ex) ** 2 + (best[1] - ey) ** 2 <= radius**2:
            marks.append(best)
        else:
            marks.append(None)
    return marks if sum(m is not None for m in marks) >= 3 else None


def _transform(src: list, dst: list) -> np.ndarray:
    """3×3 matrix mapping src → dst from 4 points (homography) or 3 (affine)."""
    pairs = [(s, d) for s, d in zip(src, dst) if s is not None]
    s = [p[0] for p in pairs]
    d = [p[1] for p in pairs]
    if len(pairs) == 4:
        return im.perspective_matrix(s, d)
    return im.affine_matrix(s[:3], d[:3])


# ---------------------------------------------------------------- reference


@dataclasses.dataclass
class _RefPage:
    grey: np.ndarray  # clean page at REF_DPI
    inks: dict  # grow (pixels each side) → bool mask of the clean ink grown by that much
    control: tuple[int, int, int, int]  # y0, y1, x0, x1: the printed head of the page (no names)
    templates: dict = dataclasses.field(default_factory=dict)  # (y0, y1, x0, x1, area shape) → im.Template

    def template(self, y0: int, y1: int, x0: int, x1: int, area_shape: tuple[int, int]) -> im.Template:
        """The clean region y0:y1, x0:x1 prepared for matching in areas of `area_shape`."""
        key = (y0, y1, x0, x1, area_shape)
        if key not in self.templates:
            self.templates[key] = im.Template(self.grey[y0:y1, x0:x1], area_shape)
        return self.templates[key]


@dataclasses.dataclass
class Reference:
    layout: ScanLayout
    pages: list[_RefPage]
    source: str

    @property
    def size_mm(self) -> tuple[float, float]:
        return self.layout.page_w * MM_PER_PT, self.layout.page_h * MM_PER_PT


def load_reference(path: str | Path) -> Reference:
    """The printed ballot (the PDF of `tdkt-cli ballots` or of the program's ballot
    papers): its layout and the clean rendering of each page of one paper."""
    p = Path(path)
    if not p.is_file():
        raise BadInput("scan.ballots_not_found", path=path)
    try:
        pdf = _open_pdf(p)
    except Exception as exc:
        raise BadInput("scan.pdf_unreadable", path=path, exc=exc) from None
    try:
        layout = parse_layout_keywords(pdf.get_metadata_dict().get("Keywords"))
        if layout is None:
            raise BadInput("scan.not_our_ballots", path=path)
        if len(pdf) < len(layout.pages):
            raise BadInput("scan.pages_missing", path=path, n_pdf=len(pdf), n_pages=len(layout.pages))
        pages = []
        for i in range(len(layout.pages)):
            page = pdf[i]
            grey = _grey(page.render(scale=REF_DPI / 72.0).to_numpy())
            page.close()
            ink = grey < CLEAN_INK_LEVEL
            inks = {g: im.grow_box(ink, g) for g in INK_GROW}
            ppm = REF_DPI / 25.4
            top = (layout.page_h - max(b.y1 for b in layout.pages[i])) * REF_DPI / 72.0 - 9 * ppm
            control = (int(18 * ppm), max(int(18 * ppm) + 1, int(top)), int(30 * ppm), grey.shape[1] - int(15 * ppm))
            pages.append(_RefPage(grey, inks, control))
    finally:
        pdf.close()
    return Reference(layout, pages, str(path))


# ---------------------------------------------------------------- reading


@dataclasses.dataclass
class PageReading:
    source: str
    index: int
    code: PageCode | None
    problem: str = ""  # why the page is not counted ("" when it belongs to the ballot)
    struck: frozenset[int] = frozenset()
    doubtful: frozenset[int] = frozenset()
    crop: bytes = b""  # PNG of the aligned name column, for a person to look at
    # Our corner squares are there but the page code cannot be read (written over, stained):
    # the page stays in the pile as a sheet for a person, so later sheets keep their numbers.
    unreadable: bool = False

    @property
    def where(self) -> str:
        return f"{self.source}, trang {self.index}"


@dataclasses.dataclass
class SheetReading:
    number: int
    pages: list[PageReading]
    complete: bool

    @property
    def struck(self) -> frozenset[int]:
        return frozenset().union(*(p.struck for p in self.pages))

    @property
    def doubtful(self) -> frozenset[int]:
        return frozenset().union(*(p.doubtful for p in self.pages))

    @property
    def kind(self) -> str:
        return "ballot" if self.complete and not self.doubtful else "review"

    def reason(self) -> str:
        if any(p.unreadable for p in self.pages):
            return "có trang không đọc được mã trang (bị viết, dán hoặc bẩn đè lên)"
        if not self.complete:
            return "thiếu trang của tờ phiếu"
        if self.doubtful:
            return "chưa chắc tên số " + ", ".join(str(n) for n in sorted(self.doubtful))
        return ""

    def to_dict(self) -> dict:
        return {
            "sheet": self.number,
            "kind": self.kind,
            "struck": sorted(self.struck),
            "doubtful": sorted(self.doubtful),
            "reason": self.reason(),
            "pages": [
                {"file": p.source, "page": p.index, "paper_page": p.code.page if p.code else None} for p in self.pages
            ],
        }


@dataclasses.dataclass
class ReadResult:
    sheets: list[SheetReading]
    rejected: list[PageReading]  # pages that are not this ballot: reported, never counted
    seconds: float = 0.0

    @property
    def review(self) -> list[SheetReading]:
        return [s for s in self.sheets if s.kind == "review"]

    def to_dict(self) -> dict:
        return {
            "sheets": [s.to_dict() for s in self.sheets],
            "rejected_pages": [{"file": p.source, "page": p.index, "problem": p.problem} for p in self.rejected],
            "review": len(self.review),
            "seconds": round(self.seconds, 2),
        }


def _align(
    grey: np.ndarray, w_mm: float, h_mm: float, inset: tuple[float, float], out_size: tuple[int, int]
) -> tuple[np.ndarray | None, PageCode | None, str]:
    """(warped page at REF_DPI, its page code) — trying the page upright and upside down —
    or (None, None, problem)."""
    marks = find_marks(grey, w_mm, h_mm, inset)
    if marks is None:
        return None, None, Msg("reason.scan_marks_missing")
    ppm = REF_DPI / 25.4
    dst = [(x * ppm, y * ppm) for x, y in mark_centres_mm(w_mm, h_mm, inset)]
    cells = [(x * ppm, y * ppm) for x, y in code_cells_mm(w_mm, h_mm, inset)]
    upright = None
    for turn in (0, 2):
        src = marks[turn:] + marks[:turn]
        matrix = _transform(src, dst)
        warped = im.warp_perspective(grey, matrix, out_size, fill=255)
        code = _read_code(warped, dst, cells, ppm)
        if code is not None:
            return warped, code, ""
        upright = warped if upright is None else upright
    return upright, None, "có dấu định vị ở góc nhưng không đọc được mã trang"


def _paper_level(grey: np.ndarray) -> float:
    """The paper's grey level (the 90th percentile of a sample of the page)."""
    return float(np.percentile(grey[::4, ::4], 90))


def _read_code(warped: np.ndarray, marks: list, cells: list, ppm: float) -> PageCode | None:
    r = max(1, int(0.5 * ppm))

    def mean_at(x: float, y: float) -> float:
        xi, yi = int(round(x)), int(round(y))
        patch = warped[max(0, yi - r) : yi + r + 1, max(0, xi - r) : xi + r + 1]
        return float(patch.mean()) if patch.size else 255.0

    dark = float(np.mean([mean_at(x, y) for x, y in marks]))
    white = _paper_level(warped)
    if white - dark < 60:
        return None
    cut = (dark + white) / 2
    return decode_code([1 if mean_at(x, y) < cut else 0 for x, y in cells])


def _ink_growth(warped: np.ndarray, ref: _RefPage, paper: float) -> int | None:
    """How much the clean ink must grow to cover the scan's printed ink (INK_GROW), judged
    on the page's printed head; None when no growth does (a smudged or damaged page)."""
    y0, y1, x0, x1 = ref.control
    pad = int(1.0 * REF_DPI / 25.4)
    if y1 - y0 < 4 * pad or y0 - pad < 0 or x0 - pad < 0 or x1 + pad > warped.shape[1]:
        return INK_GROW[-1]
    clean = ref.grey[y0:y1, x0:x1]
    area = warped[y0 - pad : y1 + pad, x0 - pad : x1 + pad]
    best, (dx, dy) = im.match_template(area, ref.template(y0, y1, x0, x1, area.shape))
    if best < MIN_MATCH:
        return None
    scan_ink = area[dy : dy + (y1 - y0), dx : dx + (x1 - x0)] < paper - 70
    printed = max(1, int((clean < CLEAN_INK_LEVEL).sum()))
    for grow in INK_GROW:
        if int((scan_ink & ~ref.inks[grow][y0:y1, x0:x1]).sum()) <= CONTROL_RESIDUAL * printed:
            return grow
    return None


def _judge_box(
    warped: np.ndarray, ref: _RefPage, box: NameBox, page_h: float, paper: float, grow: int = 1
) -> tuple[str, float]:
    """'struck', 'clean' or 'doubt' for one name box, and the share of the name crossed."""
    s = REF_DPI / 72.0
    pad = int(1.0 * REF_DPI / 25.4)  # the name may sit up to 1 mm off after the page's alignment
    x0, x1 = int(box.x0 * s) + 2, int(box.x1 * s) - 2
    y0, y1 = int((page_h - box.y1) * s) + 2, int((page_h - box.y0) * s) - 2
    tx0, tx1 = int(box.text_x0 * s) - x0, int(box.text_x1 * s) - x0
    h_img, w_img = warped.shape
    if x0 - pad < 0 or y0 - pad < 0 or x1 + pad > w_img or y1 + pad > h_img or tx1 - tx0 < 4:
        return "doubt", 0.0
    clean = ref.grey[y0:y1, x0:x1]
    area = warped[y0 - pad : y1 + pad, x0 - pad : x1 + pad]
    best, (dx, dy) = im.match_template(area, ref.template(y0, y1, x0, x1, area.shape))
    cell = area[dy : dy + (y1 - y0), dx : dx + (x1 - x0)]
    ink = ref.inks[grow]
    added = (cell < paper - 70) & ~ink[y0:y1, x0:x1]
    if best < MIN_MATCH:
        # The printed name is not where it should be (folded, torn, covered): a person looks.
        return "doubt", 0.0
    # A pen only adds ink: printed ink missing from the scan means the name is not where we
    # look (misaligned, torn, whited out) — never read such a box.
    core = clean < 100
    if core.sum() and int((core & (cell > paper - 40)).sum()) > MAX_MISSING_INK * int(core.sum()):
        return "doubt", 0.0
    added = im.open_2x2(added).astype(np.uint8)
    span = added[:, max(0, tx0) : tx1]
    if int(span.sum()) < MIN_INK_MM2 * (REF_DPI / 25.4) ** 2:
        return "clean", 0.0
    cols = span.any(axis=0)
    # Bridge the gaps where the line runs over the printed letters (≤ 2.5 mm).
    gap = int(GAP_MM * REF_DPI / 25.4)
    idx = np.flatnonzero(cols)
    if idx.size == 0:
        return "clean", 0.0
    covered = idx.size
    jumps = np.diff(idx)
    covered += int(jumps[(jumps > 1) & (jumps <= gap)].sum() - ((jumps > 1) & (jumps <= gap)).sum())
    share = max(covered / max(1, cols.size), _line_share(span, ink[y0:y1, x0:x1][:, max(0, tx0) : tx1]))
    # Ink on the name that does not cross enough of it (a short stroke, a tick, a blot) is
    # never guessed either way.
    return ("struck" if share >= STRUCK_AT else "doubt"), share


def _line_share(span: np.ndarray, printed: np.ndarray) -> float:
    """The share of a name's width crossed by one straight pen line, judged only where the
    line would show (not over the printed letters): a line is fitted to the added ink;
    the columns where the clean page is white at the line's height must hold added ink
    within 1.5 mm of it (a doubled stroke counts too) from the first such column to the
    last, with at most 40 % missing; the share is that stretch over the name's width."""
    ys, xs = np.nonzero(span)
    if xs.size < 2:
        return 0.0
    vx, vy, cx, cy = im.fit_line_huber(xs, ys)
    if abs(vx) < 0.7:  # steeper than 45°: not a line through a name
        return 0.0
    h, w = span.shape
    cols = np.arange(w)
    rows = np.rint(cy + (cols - cx) * vy / vx).astype(int)
    inside = (rows >= 0) & (rows < h)
    if inside.sum() < 0.8 * w:
        return 0.0
    band = max(1, int(1.5 * REF_DPI / 25.4))
    near = im.grow_vertical(span > 0, band)
    cols, rows = cols[inside], rows[inside]
    # A column shows the line only when no printed ink lies within ±0.3 mm of its height
    # (the fitted line is a pixel or two off the drawn one).
    tol = max(1, int(0.3 * REF_DPI / 25.4))
    printed = im.grow_vertical(printed, tol)
    visible = ~printed[rows, cols]
    if visible.sum() < max(8, 0.05 * w):  # too little of the line could show to tell
        return 0.0
    covered = near[rows, cols] & visible
    hits = np.flatnonzero(covered)
    if hits.size == 0:
        return 0.0
    # Where the line could show along the whole name, it shows (a line hidden at both ends
    # by the letters it crosses still counts in full).
    shown = float(covered.sum() / visible.sum())
    first, last = hits[0], hits[-1]
    between = visible[first : last + 1]
    if covered[first : last + 1].sum() < 0.6 * between.sum():  # broken: not one line
        return shown if shown >= 0.6 else 0.0
    return max(shown, float((cols[last] - cols[first] + 1) / w))


def _crop_png(warped: np.ndarray, boxes: Sequence[NameBox], page_h: float) -> bytes:
    s = REF_DPI / 72.0
    if not boxes:
        return b""
    y0 = max(0, int((page_h - max(b.y1 for b in boxes)) * s) - 6)
    y1 = int((page_h - min(b.y0 for b in boxes)) * s) + 6
    x0 = max(0, int(min(b.x0 for b in boxes) * s) - int(15 * REF_DPI / 25.4))  # with the STT column
    x1 = int(max(b.x1 for b in boxes) * s) + 6
    return png_bytes(warped[y0:y1, x0:x1])


def _half_size(grey: np.ndarray) -> np.ndarray:
    return im.half_size(grey)


def read_page(reference: Reference, page: ScanPage, *, crops: bool = False) -> PageReading:
    layout = reference.layout
    w_mm, h_mm = reference.size_mm
    ref0 = reference.pages[0].grey
    warped, code, problem = _align(page.image, w_mm, h_mm, layout.mark_inset_mm, (ref0.shape[1], ref0.shape[0]))
    if warped is None:
        return PageReading(page.source, page.index, None, problem)
    if code is None:
        crop = png_bytes(_half_size(warped)) if crops else b""
        return PageReading(page.source, page.index, None, problem, crop=crop, unreadable=True)
    if code.ballot != layout.ballot or code.pages != len(layout.pages) or code.version != layout.version:
        return PageReading(
            page.source, page.index, code, f"phiếu của cuộc bỏ phiếu khác hoặc in từ dữ liệu khác (mã {code.label()})"
        )
    if not 1 <= code.page <= code.pages:
        return PageReading(page.source, page.index, code, f"mã trang sai ({code.label()})")
    ref = reference.pages[code.page - 1]
    boxes = layout.pages[code.page - 1]
    paper = _paper_level(warped)
    struck, doubtful = set(), set()
    grow = _ink_growth(warped, ref, paper)
    for box in boxes:
        verdict, _ = ("doubt", 0.0) if grow is None else _judge_box(warped, ref, box, layout.page_h, paper, grow)
        if verdict == "struck":
            struck.add(box.number)
        elif verdict == "doubt":
            doubtful.add(box.number)
    crop = _crop_png(warped, boxes, layout.page_h) if crops else b""
    return PageReading(page.source, page.index, code, "", frozenset(struck), frozenset(doubtful), crop)


def read_scans(
    reference: Reference,
    pages: Iterable[ScanPage],
    *,
    crops: bool = False,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    total: int = 0,
) -> ReadResult:
    """Read every scanned page and group the pages of each paper (1..n in order) into
    sheets numbered in pile order. A paper with a page missing or out of order is kept as
    a `review` sheet; pages of no paper of this ballot are in `rejected`."""
    started = time.perf_counter()
    n_pages = len(reference.layout.pages)
    sheets: list[SheetReading] = []
    rejected: list[PageReading] = []
    current: list[PageReading] = []

    def close() -> None:
        if current:
            complete = all(p.code is not None for p in current) and [
                p.code.page for p in current if p.code is not None
            ] == list(range(1, n_pages + 1))
            sheets.append(SheetReading(len(sheets) + 1, list(current), complete))
            current.clear()

    for done, page in enumerate(pages, start=1):
        if is_cancelled and is_cancelled():
            raise Cancelled()
        reading = read_page(reference, page, crops=crops)
        if reading.problem and not reading.unreadable:
            rejected.append(reading)
        elif reading.unreadable:  # taken as the next page of the open paper, or a paper of its own
            if len(current) >= n_pages:
                close()
            current.append(reading)
            if len(current) >= n_pages:
                close()
        else:
            assert reading.code is not None  # a page with no problem has its code (read_page)
            k = reading.code.page
            last = current[-1] if current else None
            if k == 1 or last is None or len(current) >= n_pages or (last.code is not None and last.code.page + 1 != k):
                close()
            current.append(reading)
            if k == n_pages:
                close()
        if progress:
            progress(done, max(total, done))
    close()
    return ReadResult(sheets, rejected, time.perf_counter() - started)


def sheets_csv(result: ReadResult) -> str:
    """The `sheet,kind,struck` CSV of `tally`. A `review` row lists the struck numbers it
    is sure of and the doubtful ones followed by '?'; `tally` refuses it until a person
    decides."""
    lines = ["sheet,kind,struck"]
    for s in result.sheets:
        parts = [str(n) for n in sorted(s.struck)]
        if s.kind == "review":
            parts += [f"{n}?" for n in sorted(s.doubtful)]
        lines.append(f"{s.number},{s.kind},{' '.join(parts)}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- printer calibration


def read_test_sheet(
    path: str | Path, w_mm: float, h_mm: float, *, name: str = "Máy in", printed_with: PrinterProfile | None = None
) -> PrinterProfile:
    """The printer profile (offsets and scale) that corrects the printer, from a scan of
    the printed test sheet (`render_test_sheet`). `printed_with`: the PrinterProfile the
    sheet was printed through (None: printed as is); the result corrects the printer
    itself either way. The scan must show the whole sheet edge to edge (the copier's or
    scanner's 'original size'): the image's edges are the paper's edges. Raises BadInput
    when the marks are not found."""
    pages = list(iter_scan_pages([path]))
    if not pages:
        raise BadInput("scan.no_pages", path=path)
    grey = pages[0].image
    h_px, w_px = grey.shape
    if (w_px > h_px) != (w_mm > h_mm):
        raise BadInput("scan.orientation", path=path)
    marks = find_marks(grey, w_mm, h_mm, TEST_SHEET_INSET)
    if marks is None or any(m is None for m in marks):
        raise BadInput("scan.marks_missing", path=path)
    ppm_x, ppm_y = w_px / w_mm, h_px / h_mm
    expected = mark_centres_mm(w_mm, h_mm, TEST_SHEET_INSET)
    if printed_with is not None:  # the squares were drawn through that profile
        expected = [printed_with.apply(x, y) for x, y in expected]
    # A pixel i covers [i, i+1): its centre is at i + 0.5.
    targets = [(ex, ey, (mx + 0.5) / ppm_x, (my + 0.5) / ppm_y) for (ex, ey), (mx, my) in zip(expected, marks)]
    return profile_from_measurements(name, targets)


def png_bytes(grey: np.ndarray) -> bytes:
    return im.encode_png(grey) if grey.size else b""
