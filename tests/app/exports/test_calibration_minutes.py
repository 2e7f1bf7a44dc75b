"""Issue 14 services: printer calibration from ruler readings (no sign to get backwards),
the test sheet's labels, and what the minutes receive (times from the meeting, written
opinions listed)."""

from __future__ import annotations

import shutil
import subprocess
from collections import namedtuple

import pytest

from app.errors import ValidationFailed
from app.exports.printer_profiles import PrinterProfile
from app.services.ballot import _opinion_text
from app.services.printing import calibrate_profile


def test_readings_give_the_offsets():
    """A printer that puts everything 1.5 mm right and 0.8 mm high: the clerk reads 21,5 and
    19,2 at the mark printed for (20; 20) — the profile moves text 1.5 mm left, 0.8 down."""
    p = calibrate_profile("Canon", [(20, 20, 21.5, 19.2), (277, 190, 278.5, 189.2)])
    assert (p.offset_x_mm, p.offset_y_mm, p.scale_x, p.scale_y) == (-1.5, 0.8, 1.0, 1.0)
    # and with it, every mark lands on its label
    assert p.apply(20, 20) == pytest.approx((18.5, 20.8))


def test_a_scaling_printer_and_a_sheet_printed_through_a_profile():
    # the printer maps d → 1 + 1.01·d
    p = calibrate_profile("HP", [(20, 20, 1 + 1.01 * 20, 20), (277, 190, 1 + 1.01 * 277, 190)])
    assert p.scale_x == pytest.approx(1 / 1.01, abs=1e-4) and p.offset_x_mm == pytest.approx(-1 / 1.01, abs=0.01)
    # a sheet printed through a wrong profile (+1.5 instead of −1.5): the readings show
    # +3; the new profile corrects the printer itself, not the old profile
    wrong = PrinterProfile("Canon", 1.5, 0.0, 1.0, 1.0)
    fixed = calibrate_profile("Canon", [(20, 20, 23.0, 20.0)], applied=wrong)
    assert (fixed.offset_x_mm, fixed.offset_y_mm) == (-1.5, 0.0)
    # measured again through the right profile: the marks are on their labels, nothing changes
    again = calibrate_profile("Canon", [(20, 20, 20.0, 20.0)], applied=fixed)
    assert (again.offset_x_mm, again.offset_y_mm) == (-1.5, 0.0)


def test_misreadings_are_refused_naming_the_mark():
    with pytest.raises(ValidationFailed) as info:
        calibrate_profile("Canon", [(20, 20, 21.5, 19.2), (277, 190, 227.0, 190.0)], marks=[1, 9])
    assert "dấu số 9: đo được 227 mm nhưng dấu in ở 277 mm" in info.value.fields["x9"]
    with pytest.raises(ValidationFailed) as info:
        calibrate_profile("Canon", [(20, 20, None, None)])
    assert "readings" in info.value.fields


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_the_sheet_says_what_the_dialog_says(tmp_path):
    from app.exports.certificates import render_test_sheet

    out = render_test_sheet((297.0, 210.0), tmp_path / "tờ thử.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "x = 148,5 mm" in text  # the decimal comma the clerk types back
    assert "chương trình tự tính độ lệch" in text
    assert "Độ lệch = số đo" not in text


def test_written_opinions_are_listed_even_without_their_text():
    Row = namedtuple("Row", "status opinion")
    assert _opinion_text(Row("WRITTEN", "  Đồng ý  ")) == "Đồng ý"
    assert _opinion_text(Row("WRITTEN", "")) == "có ý kiến bằng văn bản (kèm theo biên bản)"
    assert _opinion_text(Row("PRESENT", "")) == ""


def test_demo_council_flags_only_real_conflicts(session):
    """On the demo bloc (a council member from every agency) only nominations where a member
    is the nominee or works in the nominee's own unit are flagged — not every row."""
    from sqlalchemy import select

    from app.models import CouncilMember, Nomination, Person
    from app.services import movement, nomination
    from app.services.demo import generate_demo

    generate_demo(session, people=400)
    rnd = next(r for r in movement.list_rounds(session) if r.status == "OPEN")
    rows = nomination.list_nominations(session, round_id=rnd.id)
    flagged = [r for r in rows if r.conflicts]
    assert rows and len(flagged) * 5 < len(rows)  # a handful, not the noise of every row
    members = session.execute(
        select(CouncilMember.full_name, CouncilMember.person_id, Person.unit_id).join(
            Person, Person.id == CouncilMember.person_id
        )
    ).all()
    units = {name: (pid, uid) for name, pid, uid in members}
    for r in flagged:
        n = session.get(Nomination, r.id)
        home = session.get(Person, n.person_id).unit_id if n.person_id else None
        for name in r.conflicts:
            pid, uid = units[name]
            assert pid == n.person_id or (home is not None and uid == home) or n.unit_id is not None
