"""The layout a reader checks (DOMAIN.md §8), on every document kind made from the demo
office — once with its names, once with very long agency and council names. Workbooks
and Word files are printed to PDF by LibreOffice (as a superior prints them); then the
word boxes of `pdftotext -bbox` must show: no two words printed over each other, nothing
outside the printable area, page numbers from page 2, a last page that is not a
signature block alone, the Vietnamese text intact; and every font embedded.

Select with `-m layout`; about a minute per variant on 2 cores (one LibreOffice call
converts all the files of a variant). One page of each normal document is rendered at
60 dpi into docs/gallery/ when TDKT_GALLERY=1.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.app.layout_docs import EXPORTS, LONG, LONG_COUNCIL, NORMAL, make_documents, make_office

pytestmark = [
    pytest.mark.layout,
    pytest.mark.skipif(
        shutil.which("pdftotext") is None or shutil.which("soffice") is None,
        reason="poppler-utils or LibreOffice missing (tests/run.sh installs them)",
    ),
]

MM = 72 / 25.4
EDGE = 10 * MM  # nothing printed closer to the paper's edge (the printable area)
# Words that open a signature block (bold capitals) and words of the body, per document.
SIGNATURE_WORDS = (
    "TRƯỞNG",
    "THƯ KÝ",
    "CHỦ TỊCH",
    "NGƯỜI LẬP",
    "THỦ TRƯỞNG",
    "KHỐI TRƯỞNG",
    "THÀNH VIÊN",
    "TM.",
    "KT.",
    "T/M",
    "PHÓ",
)
GALLERY = Path(__file__).resolve().parents[3] / "docs" / "gallery"


class Word:
    __slots__ = ("x0", "y0", "x1", "y1", "text")

    def __init__(self, x0, y0, x1, y1, text):
        self.x0, self.y0, self.x1, self.y1, self.text = x0, y0, x1, y1, text


def read_boxes(pdf: Path) -> list[tuple[float, float, list[Word]]]:
    """Per page: (width, height, words)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [
            Word(float(a), float(b), float(c), float(d), html.unescape(t))
            for a, b, c, d, t in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', m.group(3)
            )
        ]
        pages.append((float(m.group(1)), float(m.group(2)), words))
    return pages


def overprints(words: list[Word]) -> list[tuple[str, str]]:
    """Pairs of words whose boxes overlap by more than a sliver (a third of the smaller
    word's height and a quarter of its width): text printed over text."""
    found = []
    ws = sorted(words, key=lambda w: w.y0)
    for i, a in enumerate(ws):
        for b in ws[i + 1 :]:
            if b.y0 >= a.y1:
                break
            dy = min(a.y1, b.y1) - max(a.y0, b.y0)
            dx = min(a.x1, b.x1) - max(a.x0, b.x0)
            h = min(a.y1 - a.y0, b.y1 - b.y0)
            w = min(a.x1 - a.x0, b.x1 - b.x0)
            if dy > h / 3 and dx > max(w / 4, 0.5):
                found.append((a.text, b.text))
    return found


def lines_of(words: list[Word]) -> list[tuple[float, str]]:
    """Words grouped into text lines (by baseline), top to bottom."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.y1, w.x0)):
        if rows and abs(rows[-1][0].y1 - w.y1) < 3:
            rows[-1].append(w)
        else:
            rows.append([w])
    return [(r[0].y0, " ".join(x.text for x in sorted(r, key=lambda w: w.x0))) for r in rows]


def page_number(words: list[Word], width: float) -> int | None:
    """The Arabic number printed alone in the top band, near the centre."""
    for w in words:
        if w.y1 < 22 * MM and w.text.isdigit() and abs((w.x0 + w.x1) / 2 - width / 2) < 40 * MM:
            others = [o for o in words if o is not w and abs(o.y1 - w.y1) < 3]
            if not others:
                return int(w.text)
    return None


def check_pdf(pdf: Path, *, kind: str, sheets: int = 1, numbered: bool = True, many_signers: bool = False) -> list[str]:
    """Every layout rule on one printed file; returns the problems found."""
    problems: list[str] = []
    pages = read_boxes(pdf)
    if not pages:
        return [f"{kind}: no page"]
    text = " ".join(w.text for _, _, ws in pages for w in ws)
    # Vietnamese text intact: NFC, no replacement characters, the header's letters read back.
    if "\ufffd" in text or unicodedata.normalize("NFC", text) != text:
        problems.append(f"{kind}: damaged Vietnamese text")
    for i, (width, height, words) in enumerate(pages, start=1):
        if any(w.text == "ST" for w in words):
            problems.append(f"{kind} p{i}: a column head «STT» wraps to «ST/T»")
        for a, b in overprints(words)[:3]:
            problems.append(f"{kind} p{i}: «{a}» printed over «{b}»")
        for w in words:
            if w.x0 < EDGE or w.y0 < EDGE or w.x1 > width - EDGE or w.y1 > height - EDGE:
                problems.append(
                    f"{kind} p{i}: «{w.text}» outside the printable area "
                    f"({w.x0 / MM:.0f}–{w.x1 / MM:.0f} mm, {w.y0 / MM:.0f}–{w.y1 / MM:.0f} mm)"
                )
                break
    if numbered:
        # From page 2 the number of the page; each sheet of a workbook starts again at 1.
        firsts = 0
        expected = None
        for i, (width, _h, words) in enumerate(pages, start=1):
            n = page_number(words, width)
            if n is None:
                firsts += 1
                expected = 2
                continue
            if expected is None or n != expected:
                problems.append(f"{kind} p{i}: page number {n}, expected {expected}")
            expected = n + 1
        if firsts > sheets:
            problems.append(f"{kind}: {firsts} pages without a number (from page 2 every page is numbered)")
    if len(pages) > 1:
        # The last page holds at least two lines of the body above the signatures. A grid
        # of signers longer than a page (the pledge of a large bloc) may run on, if the
        # page where it starts holds the end of the text.
        for back in range(len(pages) - 1, 0, -1):
            width, _h, words = pages[back]
            body = [(y, t) for y, t in lines_of(words) if not (t.isdigit() and y < 22 * MM)]
            first_sig = next(
                (
                    k
                    for k, (_y, t) in enumerate(body)
                    if any(t.startswith(s) for s in SIGNATURE_WORDS) and t.upper() == t
                ),
                None,
            )
            if first_sig is None or first_sig >= 2:
                break
            if not (many_signers and first_sig == 0):
                problems.append(f"{kind}: page {back + 1} holds a signature block alone ({body[:3]})")
                break
    return problems


def fonts_embedded(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [line.split()[0] for line in out if len(line.split()) >= 6 and line.split()[-5] == "no"]


def convert(files: list[Path], outdir: Path) -> None:
    """Workbooks and Word files to PDF in one LibreOffice run, with a private profile."""
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )


@pytest.fixture(scope="module", params=["normal", "long"])
def printed(request, tmp_path_factory):
    """(variant, {kind: printed PDF}) for the demo office, normal or with long names."""
    folder = tmp_path_factory.mktemp(f"layout-{request.param}")
    db = str(folder / "office.db")
    ids = make_office(db, long=request.param == "long")
    files = make_documents(db, ids, folder / "out")
    office = [p for p in files.values() if p.suffix in (".xlsx", ".docx")]
    convert(office, folder / "pdf")
    pdfs = {k: (folder / "pdf" / f"{p.stem}.pdf" if p.suffix != ".pdf" else p) for k, p in files.items()}
    return request.param, pdfs, files


def test_every_document_passes_the_layout_check(printed):
    variant, pdfs, files = printed
    assert set(pdfs) == set(EXPORTS) | {"pledge"}
    problems = []
    for kind, pdf in pdfs.items():
        assert pdf.exists(), f"{kind}: {pdf} not printed"
        sheets = 3 if kind == "scoring_xlsx" else 1
        # ballot papers are numbered "Trang 1/2" at the foot of each member's paper
        problems += check_pdf(pdf, kind=kind, sheets=sheets, numbered=kind != "ballots", many_signers=kind == "pledge")
        missing = fonts_embedded(pdf)
        if missing:
            problems.append(f"{kind}: fonts not embedded: {missing}")
    assert not problems, "\n".join(problems)
    if variant == "normal" and os.environ.get("TDKT_GALLERY"):
        GALLERY.mkdir(parents=True, exist_ok=True)
        for kind, pdf in pdfs.items():
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "60",
                    "-gray",
                    "-png",
                    "-singlefile",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    str(pdf),
                    str(GALLERY / kind),
                ],
                check=True,
            )
            try:  # 16 grey levels: a small picture in the repository
                from PIL import Image

                Image.open(GALLERY / f"{kind}.png").quantize(16).save(GALLERY / f"{kind}.png", optimize=True)
            except ImportError:
                pass


def test_the_headers_read_back_in_full(printed):
    """Every header line (and a long name wrapped over lines) reads back, words in order."""
    variant, pdfs, _files = printed
    names = LONG if variant == "long" else NORMAL
    for kind, pdf in pdfs.items():
        if kind.startswith("form_"):
            continue  # the statistical forms carry the corner blocks of TT 02/2023 instead
        flat = " ".join(" ".join(w.text for w in ws) for _, _, ws in read_boxes(pdf)[:1])
        needle = "ĐẢNG CỘNG SẢN VIỆT NAM" if variant == "long" else "Độc lập - Tự do - Hạnh phúc"
        assert needle in flat, f"{kind}: {needle}"
        agency = names["agency_name"].upper()
        head = (
            agency
            if kind
            not in (
                "ballots",
                "tally_pdf",
                "tally_docx",
                "results_xlsx",
                "minutes_pdf",
                "minutes_docx",
                "pledge",
                "scoring_xlsx",
                "scoring_pdf",
            )
            else None
        )
        if head:
            assert head in flat, f"{kind}: {head}"
    if variant == "long":
        flat = " ".join(w.text for _, _, ws in read_boxes(pdfs["ballots"])[:1] for w in ws)
        assert LONG_COUNCIL.upper() in flat
        # Party bodies: a "*" under the agency's name, "T/M" instead of "TM." in the pledge
        assert "*" in flat
        pledge = " ".join(w.text for _, _, ws in read_boxes(pdfs["pledge"]) for w in ws)
        assert "T/M" in pledge and "TM." not in pledge


def test_word_files_read_back(printed):
    """The Word files: Times New Roman, the decision's annex has one row per recipient."""
    import docx

    from app.database import open_database
    from app.services.decision import get_decision

    _variant, _pdfs, files = printed
    for kind in ("decision_docx", "submission", "tally_docx", "minutes_docx"):
        d = docx.Document(str(files[kind]))
        fonts = {r.font.name for p in d.paragraphs for r in p.runs if r.text.strip()}
        assert fonts == {"Times New Roman"}, (kind, fonts)
        assert d.sections[0].different_first_page_header_footer
    d = docx.Document(str(files["decision_docx"]))
    annex = d.tables[-1]
    db = open_database(str(files["decision_docx"].parents[1] / "office.db"))
    try:
        with db.factory() as s:
            from sqlalchemy import select

            from app.models import Decision

            detail = get_decision(
                s, decision_id=s.scalar(select(Decision.id).order_by(Decision.id.desc()))
            )  # the one make_office drafted (the demo has an issued one too)
    finally:
        db.close()
    names = [r.cells[1].text for r in annex.rows[1:] if r.cells[0].text.strip().isdigit()]
    expected = [f"{i.salutation} {i.name}" if i.subject == "CA_NHAN" else i.name for i in detail.items]
    assert names == expected


def test_the_check_sees_the_defects_it_looks_for(tmp_path):
    """The check itself fails on a page with the issue's defects: a long name drawn over the
    motto, text 3 mm from the edge, no page number on page 2, a last page holding only the
    signatures, "STT" wrapped."""
    from reportlab.pdfgen.canvas import Canvas

    from app.exports.pdf_fonts import SERIF, SERIF_BOLD, register_fonts

    register_fonts()
    pdf = tmp_path / "xấu.pdf"
    c = Canvas(str(pdf), initialFontName=SERIF)
    c.setFont(SERIF_BOLD, 8)
    c.drawString(3 * MM, 800, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG KHỐI CÁC CƠ QUAN ĐẢNG TRUNG ƯƠNG RẤT DÀI")
    c.drawString(150, 800, "Độc lập - Tự do - Hạnh phúc")
    c.drawString(100, 600, "ST")
    c.drawString(100, 590, "T")
    c.showPage()
    c.setFont(SERIF_BOLD, 13)
    c.drawString(300, 700, "CHỦ TỊCH HỘI ĐỒNG")
    c.drawString(300, 600, "Nguyễn Văn A")
    c.showPage()
    c.save()
    problems = "\n".join(check_pdf(pdf, kind="x"))
    for needle in (
        "printed over",
        "outside the printable area",
        "without a number",
        "signature block alone",
        "«STT» wraps",
    ):
        assert needle in problems, (needle, problems)
