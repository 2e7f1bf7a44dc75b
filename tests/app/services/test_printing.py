"""Printing: decision certificates, printer profiles and blank layouts in the database,
the print log, reprinting, and the CLI (`certificates --decision`, `export decision`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.errors import BadInput, StaleRecord, ValidationFailed
from app.exports.printer_profiles import PrinterProfile as ProfileData
from app.services import decision as dec
from app.services import printing
from tests.app.services.test_decision import world  # noqa: F401  (fixture)

MM = 72 / 25.4


def _pages(pdf) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def _page_w(pdf) -> float:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return float(re.search(r"Page size:\s+([\d.]+)", out).group(1))


def _text(pdf, page: int | None = None) -> str:
    args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _word_x(pdf, word: str) -> float:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>' + re.escape(word) + "</word>", html)
    assert m, word
    return float(m.group(1)), float(m.group(2))


@pytest.fixture
def decision_id(session, world):  # noqa: F811
    did = dec.create_decision(
        session, data=dec.default_input(session, on=dt.date(2025, 1, 20), round_id=world["round"])
    )
    session.commit()
    return did


def test_decision_certificates_one_page_per_recipient(session, decision_id, tmp_path):
    items = printing.decision_certificates(session, decision_id=decision_id)
    assert [i.recipient for i in items] == [
        "Bà Nguyễn Thị Hoa",
        "Bà Lê Thị Lan",
        "Ông Trần Văn Minh",
        "Tập thể Phòng Tổ chức",
    ]
    assert [i.so_so_vang for i in items] == ["1", "2", "3", "4"]
    assert printing.check_certificates(session, items=items, template_key="giay-khen", blank=False) == []
    result = printing.produce_certificates(
        session,
        items=items,
        template_key="giay-khen",
        blank=False,
        out=tmp_path / "gk.pdf",
        decision_id=decision_id,
        source="QĐ 01",
    )
    assert result.pages == 4 and _pages(result.path) == 4
    for page, item in enumerate(items, start=1):
        text = _text(result.path, page)
        assert item.recipient in text
        assert "Quyết định số 01/QĐ-HĐTĐKT ngày 20/01/2025" in text
        assert f"Số sổ vàng: {page}" in text
    log = printing.list_print_log(session)
    assert len(log) == 1 and log[0].pages == 4 and log[0].decision_id == decision_id and not log[0].reprint
    assert log[0].recipients.split("; ") == [i.recipient for i in items]
    assert log[0].output == str(result.path)


def test_printer_profile_in_db_moves_blank_fields(session, decision_id, tmp_path):
    pid = printing.save_printer_profile(session, data=ProfileData("Canon LBP 2900", 2.0, -1.5))
    with pytest.raises(ValidationFailed):
        printing.save_printer_profile(session, data=ProfileData("canon lbp 2900"))
    row = printing.list_printer_profiles(session)[0]
    with pytest.raises(StaleRecord):
        printing.save_printer_profile(
            session, data=ProfileData("Canon LBP 2900", 1, 1), profile_id=pid, version=row.version + 1
        )
    profile = printing.get_printer_profile(session, name="CANON lbp 2900")
    assert (profile.offset_x_mm, profile.offset_y_mm) == (2.0, -1.5)
    with pytest.raises(BadInput, match="Canon LBP 2900"):
        printing.get_printer_profile(session, name="HP")
    items = printing.decision_certificates(session, decision_id=decision_id)[:1]
    plain = printing.produce_certificates(
        session, items=items, template_key="giay-khen", blank=True, out=tmp_path / "plain.pdf", log=False
    )
    moved = printing.produce_certificates(
        session, items=items, template_key="giay-khen", blank=True, out=tmp_path / "moved.pdf", printer=profile
    )
    (x0, y0), (x1, y1) = _word_x(plain.path, "Hoa"), _word_x(moved.path, "Hoa")
    assert x1 - x0 == pytest.approx(2.0 * MM, abs=0.05)
    assert y1 - y0 == pytest.approx(-1.5 * MM, abs=0.05)
    assert printing.list_print_log(session)[0].printer_name == "Canon LBP 2900"
    # blank mode prints no header lines
    assert "CỘNG HÒA" not in _text(moved.path)


def test_blank_layout_override_and_fit_refusal(session, decision_id, tmp_path):
    layout = printing.get_blank_layout(session, key="giay-khen")
    assert layout.version == 0 and not layout.customised
    box = layout.template.field("recipient", blank=True)
    moved = dataclasses.replace(box, x=box.x + 10, y=box.y + 5)
    boxes = [moved if b.name == "recipient" else b for b in layout.template.blank]
    version = printing.save_blank_layout(
        session, key="giay-khen", version=0, boxes=boxes, scan_name="phoi.png", scan_image=b"\x89PNG fake"
    )
    again = printing.get_blank_layout(session, key="giay-khen")
    assert again.customised and again.version == version and again.scan_image == b"\x89PNG fake"
    assert again.template.field("recipient", blank=True).x == pytest.approx(box.x + 10)
    # the full design keeps the shipped boxes
    assert printing.load_template(session, key="giay-khen").full == layout.template.full
    with pytest.raises(StaleRecord):
        printing.save_blank_layout(session, key="giay-khen", version=version + 5, boxes=boxes)
    outside = dataclasses.replace(box, x=290)
    with pytest.raises(ValidationFailed) as e:
        printing.save_blank_layout(session, key="giay-khen", version=version, boxes=[outside])
    assert "ngoài trang" in e.value.fields["boxes"]
    # a tiny box: the fit check lists every recipient and producing is refused
    tiny = dataclasses.replace(box, w=20, h=4, min_size=10)
    printing.save_blank_layout(
        session, key="giay-khen", version=version, boxes=[tiny if b.name == "recipient" else b for b in boxes]
    )
    items = printing.decision_certificates(session, decision_id=decision_id)
    problems = printing.check_certificates(session, items=items, template_key="giay-khen", blank=True)
    assert {p.index for p in problems if p.field == "recipient"} == {0, 1, 2, 3}
    with pytest.raises(BadInput, match="không vừa"):
        printing.produce_certificates(
            session, items=items, template_key="giay-khen", blank=True, out=tmp_path / "x.pdf"
        )
    assert not (tmp_path / "x.pdf").exists() and printing.list_print_log(session) == []
    printing.reset_blank_layout(session, key="giay-khen")
    assert printing.load_template(session, key="giay-khen").blank == layout.template.blank


def test_print_log_and_reprint_one(session, decision_id, tmp_path):
    items = printing.decision_certificates(session, decision_id=decision_id)
    first = printing.produce_certificates(
        session, items=items, template_key="giay-khen", blank=False, out=tmp_path / "all.pdf", decision_id=decision_id
    )
    # the data printed is kept: editing people later does not change a reprint
    again = printing.reprint_one(session, log_id=first.log_id, index=2, out=tmp_path / "one.pdf")
    assert again.pages == 1 and "Ông Trần Văn Minh" in _text(again.path)
    assert "Số sổ vàng: 3" in _text(again.path)
    log = printing.list_print_log(session)
    assert [r.reprint for r in log] == [True, False]
    assert log[0].recipients == "Ông Trần Văn Minh" and "In lại giấy thứ 3" in log[0].source
    assert printing.logged_certificates(session, log_id=first.log_id) == items
    with pytest.raises(BadInput):
        printing.reprint_one(session, log_id=first.log_id, index=9, out=tmp_path / "none.pdf")


def test_test_sheet(session, tmp_path):
    out = printing.write_test_sheet(
        session, template_key="bang-khen", out=tmp_path / "test.pdf", printer=ProfileData("X", 1, 1)
    )
    assert "TỜ IN THỬ" in _text(out)
    assert _page_w(out) == pytest.approx(420 * MM, abs=0.1)


def test_cli_certificates_and_export_decision(db_url, tmp_path, capsys):
    from app.database import open_database
    from app.models import Person
    from tests.app.services.test_decision import world as world_fixture

    db = open_database(db_url)
    with db.factory() as s:
        w = world_fixture.__wrapped__(s)
        did = dec.create_decision(s, data=dec.default_input(s, on=dt.date(2025, 1, 20), round_id=w["round"]))
        printing.save_printer_profile(s, data=ProfileData("Máy in phòng TĐKT", 1.0, 0.5))
        s.get(Person, w["people"][0]).full_name = "Nguyễn Thị Hoà"
        s.commit()
    db.close()
    out = tmp_path / "giấy khen.pdf"
    assert main(["--db", db_url, "certificates", "--decision", str(did), "--out", str(out)]) == 0
    assert _pages(out) == 4
    assert "Bà Nguyễn Thị Hoà" in _text(out, 1)
    assert (
        main(
            [
                "--db",
                db_url,
                "certificates",
                "--decision",
                str(did),
                "--template",
                "giay-khen",
                "--blank",
                "--printer",
                "máy in phòng tđkt",
                "--out",
                str(tmp_path / "phoi.pdf"),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--db",
                db_url,
                "certificates",
                "--decision",
                str(did),
                "--blank",
                "--printer",
                "HP",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert "Máy in phòng TĐKT" in capsys.readouterr().err
    assert main(["--db", db_url, "certificates", "--decision", "999", "--out", str(tmp_path / "x.pdf")]) == 2
    xlsx = tmp_path / "qd.xlsx"
    assert main(["--db", db_url, "export", "decision", "--decision", str(did), "--out", str(xlsx)]) == 0
    values = [c for row in load_workbook(xlsx).active.iter_rows(values_only=True) for c in row if c]
    assert "Nguyễn Thị Hoà" in values and "Phòng Tổ chức" in values
    assert main(["--db", db_url, "export", "decision", "--out", str(xlsx)]) == 2
    db = open_database(db_url)
    with db.factory() as s:
        log = printing.list_print_log(s)
        assert [(r.mode, r.printer_name, r.pages) for r in log] == [("blank", "Máy in phòng TĐKT", 4), ("full", "", 4)]
    db.close()
