"""Word files (.docx, `python-docx`) in the NĐ 30/2020 layout, editable by the office:
A4, Times New Roman 13–14, the margins of NĐ 30, the national header of `layout` (agency
block and motto block side by side in a borderless two-column table, each wrapping in its
own column, a short rule under the agency name — or the Party "*" — and under the motto),
page numbers from page 2 (top centre, a PAGE field), signature blocks kept with the last
lines of the body (keep-with-next, rows that do not split).

Paragraph text may carry the small markup of the PDF writers (<b>, <i>, <br/>, &amp;).
Pure output: plain values in, a file out (temp file beside the target, then rename).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from html import unescape
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from app.exports.layout import LEFT_SHARE, MARGINS_MM, header_layout
from app.exports.xlsx_report import DocumentHeader, SignatureBlock
from app.rules.vntext import nfc
from app.safe_write import atomic_output

__all__ = [
    "FONT",
    "new_document",
    "add_header",
    "add_par",
    "add_table",
    "add_signatures",
    "add_page_break",
    "save_docx",
    "text_width_mm",
    "keep_last",
]

FONT = "Times New Roman"
BODY_SIZE = 13
A4_MM = (210.0, 297.0)
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def text_width_mm(landscape: bool = False) -> float:
    width = A4_MM[1] if landscape else A4_MM[0]
    return width - MARGINS_MM[0] - MARGINS_MM[1]


@functools.lru_cache(maxsize=64)
def _rpr_xml(size: float | None, bold: bool | None, italic: bool | None) -> str:
    parts = [f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>']
    if bold is not None:
        parts.append("<w:b/>" if bold else '<w:b w:val="0"/>')
    if italic is not None:
        parts.append("<w:i/>" if italic else '<w:i w:val="0"/>')
    if size is not None:
        half = int(round(size * 2))
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    return f"<w:rPr {nsdecls('w')}>{''.join(parts)}</w:rPr>"


def _set_run_font(run: Run, size: float | None = None, bold: bool | None = None, italic: bool | None = None) -> None:
    """Times New Roman (every script), size, bold, italic: one prepared rPr copied in (the
    property setters cost a millisecond a run, seconds on a long list)."""
    old = run._r.rPr
    if old is None:
        run._r.insert(0, parse_xml(_rpr_xml(size, bold, italic)))
        return
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic


def _page_field(paragraph: Paragraph) -> None:
    run = paragraph.add_run()
    _set_run_font(run, BODY_SIZE)
    for tag, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        elif text is not None and text.strip() == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._element.append(el)


def new_document(*, title: str = "", landscape: bool = False) -> DocxDocument:
    """An empty A4 document: Times New Roman 13, NĐ 30 margins, the page number from
    page 2 (top centre; the first page's header stays empty)."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_SIZE)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(3)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.1
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(A4_MM[1]), Mm(A4_MM[0])
    else:
        section.page_width, section.page_height = Mm(A4_MM[0]), Mm(A4_MM[1])
    left, right, top, bottom = MARGINS_MM
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.header_distance, section.footer_distance = Mm(12), Mm(10)
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(p)
    if title:
        doc.core_properties.title = nfc(title)
    doc.core_properties.author = "TĐKT Desk"
    return doc


_TOKEN = re.compile(r"(<b>|</b>|<i>|</i>|<br\s*/?>)")


def _add_runs(paragraph: Paragraph, text: str, *, size: float, bold: bool = False, italic: bool = False) -> None:
    """Runs from the PDF writers' small markup."""
    b, i = bold, italic
    for part in _TOKEN.split(nfc(text or "")):
        if not part:
            continue
        if part == "<b>":
            b = True
        elif part == "</b>":
            b = bold
        elif part == "<i>":
            i = True
        elif part == "</i>":
            i = italic
        elif part.startswith("<br"):
            paragraph.add_run().add_break()
        else:
            clean = unescape(re.sub(r"<[^>]+>", "", part))
            _set_run_font(paragraph.add_run(clean), size, b, i)


def add_par(
    container: DocxDocument | _Cell,
    text: str = "",
    *,
    size: float = BODY_SIZE,
    bold: bool = False,
    italic: bool = False,
    align: str = "justify",
    first_indent_mm: float = 0,
    space_before: float = 0,
    space_after: float = 3,
    keep_next: bool = False,
) -> Paragraph:
    """A paragraph of `text` (markup allowed) in `container` (the document or a cell)."""
    p = container.add_paragraph()
    p.alignment = _ALIGN[align]
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(space_before), Pt(space_after)
    if first_indent_mm:
        fmt.first_line_indent = Mm(first_indent_mm)
    if keep_next:
        fmt.keep_with_next = True
    _add_runs(p, text, size=size, bold=bold, italic=italic)
    return p


def _no_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _grid(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def _cells(table: Table, row: _Row) -> list[_Cell]:
    """A row's cells straight from its XML (python-docx's `row.cells` walks the whole
    table each time: quadratic on a list of thousands)."""
    return [_Cell(tc, table) for tc in row._tr.tc_lst]


def _fixed_widths(table: Table, widths_mm: Sequence[float]) -> None:
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    widths = [Mm(w) for w in widths_mm]
    for tr in table._tbl.tr_lst:
        tcs = tr.tc_lst
        if len(tcs) == len(widths):
            for tc, w in zip(tcs, widths):
                tc.width = w
        elif len(tcs) == 1:  # a row merged across (I. Cá nhân)
            tcs[0].width = Mm(sum(widths_mm))
    for col, w in zip(table.columns, widths):
        col.width = w


def _rule(cell: _Cell, width_mm: float, cell_mm: float) -> None:
    """A short centred rule: an empty tiny paragraph with a bottom border, indented."""
    p = cell.add_paragraph()
    fmt = p.paragraph_format
    side = max(0.0, (cell_mm - width_mm) / 2)
    fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
    fmt.space_before, fmt.space_after = Pt(0), Pt(2)
    fmt.line_spacing = Pt(3)
    p_pr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    p_pr.append(bdr)


def _cell_margins(table: Table, mm_each: float = 1.0) -> None:
    tbl_pr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(int(mm_each * 56.7)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tbl_pr.append(mar)


def add_header(doc: DocxDocument, h: DocumentHeader, *, landscape: bool = False) -> None:
    """The NĐ 30 header: agency block left, motto block right (`layout.header_layout`)."""
    width = text_width_mm(landscape)
    lay = header_layout(h, width * 72 / 25.4 - 8, size=BODY_SIZE)
    left_mm = width * LEFT_SHARE
    widths = (left_mm, width - left_mm)
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _cell_margins(table)
    _fixed_widths(table, widths)
    for cell, lines, cell_mm in zip(table.rows[0].cells, (lay.left, lay.right), widths):
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        for hl in lines:
            add_par(
                cell,
                hl.text,
                size=hl.size,
                bold=hl.bold,
                italic=hl.italic,
                align="center",
                space_before=hl.gap_before,
                space_after=0,
            )
            if hl.rule == "rule":
                _rule(cell, hl.rule_width * 25.4 / 72, cell_mm - 2)
            elif hl.rule == "star":
                add_par(cell, "*", size=hl.size, align="center", space_after=0)
    add_par(doc, "", space_after=0)


def _repeat_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cant_split(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def _fill_cell(
    cell: _Cell, text: str, *, size: float, bold: bool = False, align: str = "left", keep_next: bool = False
) -> None:
    p = cell.paragraphs[0]
    p.alignment = _ALIGN[align]
    p.paragraph_format.space_after = Pt(0)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    _add_runs(p, text, size=size, bold=bold)


def add_table(
    doc: DocxDocument,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths_mm: Sequence[float],
    *,
    aligns: Sequence[str] = (),
    size: float = 12,
    sections: Sequence[int] = (),
    keep_last: int = 2,
) -> object:
    """A grid table: bold header row (repeated on every page), rows that do not split;
    row indexes in `sections` span all columns in bold (I. Cá nhân). The last `keep_last`
    rows keep with what follows (a signature block never alone)."""
    n = len(headers)
    table = doc.add_table(rows=1, cols=n)
    _grid(table)
    _cell_margins(table)
    for cell, text in zip(_cells(table, table.rows[0]), headers):
        _fill_cell(cell, text, size=size, bold=True, align="center")
    _repeat_header(table.rows[0])
    _cant_split(table.rows[0])
    _fixed_widths(table, widths_mm)
    # The body rows as WordprocessingML, parsed a few hundred at a time: python-docx's
    # objects cost milliseconds a cell, seconds on the list of a large round.
    section_set = set(sections)
    total = len(rows)
    twips = [int(round(w * 56.6929)) for w in widths_mm]
    chunk: list[str] = []

    def flush() -> None:
        if chunk:
            holder = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(chunk)}</w:tbl>")
            for tr in list(holder):
                table._tbl.append(tr)
            chunk.clear()

    for k, values in enumerate(rows):
        keep = k >= total - keep_last
        if k in section_set:
            chunk.append(
                f'<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{sum(twips)}" '
                f'w:type="dxa"/><w:gridSpan w:val="{n}"/></w:tcPr>'
                f"{_p_xml(str(values[0]), size, True, 'left', True)}</w:tc></w:tr>"
            )
        else:
            cells = []
            for c in range(n):
                value = values[c] if c < len(values) else None
                align = aligns[c] if c < len(aligns) and aligns[c] else "left"
                cells.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{twips[c]}" w:type="dxa"/></w:tcPr>'
                    f"{_p_xml('' if value is None else str(value), size, False, align, keep)}</w:tc>"
                )
            chunk.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>")
        if len(chunk) >= 200:
            flush()
    flush()
    return table


_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}


def _p_xml(text: str, size: float, bold: bool, align: str, keep_next: bool) -> str:
    """One cell paragraph as XML, with the runs of the small markup of `_add_runs`."""
    runs = []
    b, i = bold, False
    for part in _TOKEN.split(nfc(text or "")):
        if not part:
            continue
        if part in ("<b>", "</b>"):
            b = part == "<b>" or bold
        elif part in ("<i>", "</i>"):
            i = part == "<i>"
        elif part.startswith("<br"):
            runs.append("<w:r><w:br/></w:r>")
        else:
            clean = escape(unescape(re.sub(r"<[^>]+>", "", part)))
            rpr = _rpr_xml(size, b, i).replace(f" {nsdecls('w')}", "")
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{clean}</w:t></w:r>')
    keep = "<w:keepNext/>" if keep_next else ""
    return (
        f'<w:p><w:pPr>{keep}<w:spacing w:before="0" w:after="0"/><w:jc w:val="{_JC[align]}"/></w:pPr>'
        f"{''.join(runs)}</w:p>"
    )


def keep_last(doc: DocxDocument, lines: int = 2) -> None:
    """Keep the last `lines` body paragraphs with what follows."""
    for p in doc.paragraphs[-lines:]:
        p.paragraph_format.keep_with_next = True


def add_signatures(
    doc: DocxDocument, blocks: Sequence[SignatureBlock], *, landscape: bool = False, left_lines: Sequence[str] = ()
) -> None:
    """Signature blocks two a row (title bold, note italic, room to sign, name bold); a
    lone block signs on the right, `left_lines` ("Nơi nhận:" …) then fill the left cell.
    Every paragraph keeps with the next and rows do not split: the block stays whole and
    with the body lines kept before it."""
    width = text_width_mm(landscape)
    blocks = list(blocks)
    if len(blocks) == 1 or left_lines:
        cells = [None] + blocks[:1]
        rest = blocks[1:]
        grid = [cells] + [rest[i : i + 2] for i in range(0, len(rest), 2)]
    else:
        grid = [blocks[i : i + 2] for i in range(0, len(blocks), 2)]
    table = doc.add_table(rows=0, cols=2)
    _no_borders(table)
    _cell_margins(table)
    for r, group in enumerate(grid):
        row = table.add_row()
        _cant_split(row)
        for cell, b in zip(row.cells, list(group) + [None] * (2 - len(group))):
            first = cell.paragraphs[0]
            first._p.getparent().remove(first._p)
            if b is None:
                if r == 0 and left_lines:
                    for i, line in enumerate(left_lines):
                        add_par(
                            cell,
                            line,
                            size=12 if i else 12,
                            bold=i == 0,
                            italic=i == 0,
                            align="left",
                            space_after=0,
                            keep_next=True,
                        )
                else:
                    add_par(cell, "", space_after=0)
                continue
            title = b.title.upper() if b.upper else b.title
            for line in title.split("\n"):
                add_par(cell, line, bold=True, align="center", space_after=0, keep_next=True)
            if b.note:
                add_par(cell, b.note, italic=True, align="center", space_after=0, keep_next=True)
            add_par(cell, "", space_after=0, space_before=48, keep_next=True)
            add_par(cell, b.name or "", bold=True, align="center", space_after=6, keep_next=r < len(grid) - 1)
    _fixed_widths(table, (width / 2, width / 2))


def add_page_break(doc: DocxDocument) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save_docx(doc: DocxDocument, out: str | Path) -> Path:
    """Save crash-safely through `app.safe_write.atomic_output` (FileLocked when the
    target is open in Word)."""
    with atomic_output(out, suffix=".docx.tmp") as tmp:
        doc.save(str(tmp))
    return Path(out)
