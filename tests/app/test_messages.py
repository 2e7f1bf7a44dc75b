"""Message catalogues (app/messages): every code raised in app/ has a Vietnamese and an
English text with the same placeholders, and parameters are formatted per language."""

from __future__ import annotations

import ast
import datetime as _dt
import pickle
from decimal import Decimal
from pathlib import Path

import pytest

from app import messages
from app.errors import AppError, BadInput, NotFound, StaleRecord, ValidationFailed
from app.messages import (
    Count,
    Msg,
    Num,
    en,
    fmt_number,
    format_message,
    localize,
    placeholders,
    vi,
)

APP = Path(__file__).resolve().parents[2] / "app"
ERROR_BASES = {
    "AppError",
    "BadInput",
    "Cancelled",
    "NotFound",
    "ValidationFailed",
    "StaleRecord",
    "DatabaseError",
    "SchemaTooNew",
    "FileLocked",
    "PermissionDenied",
    "LoginFailed",
}

# Raises that still pass a ready-made sentence as `detail` (code `bad_input`/`database_error`):
# the sentence is built elsewhere (a Msg, or a list of per-sheet problems). Shrink, never grow.
FREE_TEXT_ALLOWED = {
    "app/services/accounts.py": 1,  # LoginFailed(detail=<a Msg of authenticate()>)
    "app/services/backup.py": 1,  # BadInput(detail=<the Msg of pg_dump_howto()>)
    "app/connection.py": 1,  # DatabaseError(detail=<a Msg of explain_connect_error()>)
    "app/database.py": 1,
    "app/migrate.py": 2,
}


def _trees():
    for path in sorted(APP.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _error_classes() -> dict[str, str | None]:
    """Every AppError subclass of app/ → its `code` (None when it inherits one)."""
    classes: dict[str, str | None] = {}
    found = True
    defs = [n for _, t in _trees() for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    known = set(ERROR_BASES)
    while found:
        found = False
        for node in defs:
            if node.name in known:
                continue
            if any(isinstance(b, ast.Name) and b.id in known for b in node.bases):
                known.add(node.name)
                found = True
    for node in defs:
        if node.name in known:
            code = None
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "code" for t in stmt.targets)
                    and isinstance(stmt.value, ast.Constant)
                ):
                    code = stmt.value.value
            classes[node.name] = code
    return classes


def _uses():
    """(file:line, code, parameter names or None when **kwargs) of every coded raise, Msg and
    format_message in app/."""
    classes = set(_error_classes()) | {"Msg"}
    for path, tree in _trees():
        rel = path.relative_to(APP.parent).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if not node.args or not isinstance(node.args[0], ast.Constant) or not isinstance(node.args[0].value, str):
                continue
            if name in classes:
                names = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
                yield f"{rel}:{node.lineno}", node.args[0].value, names
            elif name == "format_message":
                params = node.args[1] if len(node.args) > 1 else None
                names = (
                    {k.value for k in params.keys if isinstance(k, ast.Constant)}
                    if isinstance(params, ast.Dict) and None not in params.keys
                    else None
                )
                yield f"{rel}:{node.lineno}", node.args[0].value, names


def test_both_catalogues_have_the_same_codes_and_placeholders():
    assert set(vi.MESSAGES) - set(en.MESSAGES) == set()
    assert {k for k in set(en.MESSAGES) - set(vi.MESSAGES) if not k.startswith("term:")} == set()
    differ = {
        code: (placeholders(vi.MESSAGES[code]), placeholders(en.MESSAGES[code]))
        for code in vi.MESSAGES
        if placeholders(vi.MESSAGES[code]) != placeholders(en.MESSAGES[code])
    }
    assert differ == {}


def test_english_catalogue_is_english():
    # Vietnamese-only letters in an English text mean a translation was forgotten; the
    # program's name, legal references, sheet and column headers and the values a clerk types
    # into a cell (Nam/Nữ…) stay Vietnamese.
    allowed = (
        "QĐ-HĐTĐKT",
        "TĐKT",
        "NĐ-CP",
        "Mã cán bộ",
        "Mã đơn vị",
        "Xong lượt nhập",
        "Cá nhân",
        "Tập thể",
        "Nữ",
        "Ông/Bà",
        "Danh xưng",
        "Nhà nước",
        "Đảng",
        "Sáng kiến",
        "Đề tài, đề án",
        "Thường xuyên",
        "Chuyên đề",
        "Đột xuất",
        "đồng",
    )
    viet = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ")
    bad = []
    for code, text in en.MESSAGES.items():
        if code.startswith("term:"):
            continue
        for word in allowed:
            text = text.replace(word, "")
        if viet & set(text.lower()):
            bad.append(code)
    assert bad == []


def test_every_code_used_in_app_is_in_both_catalogues_with_its_parameters():
    uses = list(_uses())
    assert len(uses) > 250  # the walk finds the converted raises
    missing, unfilled = [], []
    for where, code, names in uses:
        if code not in vi.MESSAGES or code not in en.MESSAGES:
            missing.append((where, code))
        elif names is not None and placeholders(vi.MESSAGES[code]) - names:
            unfilled.append((where, code, placeholders(vi.MESSAGES[code]) - names))
    assert missing == []
    assert unfilled == []


def test_every_error_class_code_is_in_both_catalogues():
    codes = {c for c in _error_classes().values() if c}
    assert {"bad_input", "not_found", "stale_record", "ballot_sealed", "network_database"} <= codes
    assert sorted(c for c in codes if c not in vi.MESSAGES or c not in en.MESSAGES) == []


def test_free_text_raises_do_not_grow():
    classes = set(_error_classes())
    counts: dict[str, int] = {}
    for path, tree in _trees():
        rel = path.relative_to(APP.parent).as_posix()
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in classes
                and any(k.arg == "detail" for k in node.keywords)
            ):
                counts[rel] = counts.get(rel, 0) + 1
    assert counts == FREE_TEXT_ALLOWED


def test_numbers_by_language():
    assert fmt_number(1234.5, "vi") == "1.234,5"
    assert fmt_number(1234.5, "en") == "1,234.5"
    assert fmt_number(Decimal("1234567.50"), "vi") == "1.234.567,50"
    assert fmt_number(-1234567, "en") == "-1,234,567"
    assert fmt_number(Decimal("0.125"), "en", decimals=2) == "0.13"
    assert fmt_number(2, "vi", decimals=2) == "2,00"


def test_parameters_by_language():
    params = {"n": Count(12345), "x": Num("1234.5"), "year": 2024, "d": _dt.date(2026, 3, 9), "p": Decimal("94.5")}
    template = "{n} {x} {year} {d} {p}"
    assert messages._Formatter("vi").format(template, **params) == "12.345 1.234,5 2024 09/03/2026 94.5"
    assert messages._Formatter("en").format(template, **params) == "12,345 1,234.5 2024 09/03/2026 94.5"


def test_an_error_in_both_languages():
    exc = BadInput("xlsx.old_xls", file="nhan_su.xls")
    assert (
        str(exc)
        == exc.message("vi")
        == (
            "Tệp nhan_su.xls là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dạng Excel Workbook (.xlsx) "
            "rồi nhập lại."
        )
    )
    assert exc.message("en").startswith("The file nhan_su.xls is in the old Excel format (.xls).")
    assert NotFound(what="đợt xét", key=7).message("en") == "Not found: review round 7."
    stale = StaleRecord(what=Msg("what.unit_named", name="Phòng Tổ chức"), who="người khác")
    assert stale.message("vi").startswith("Đơn vị Phòng Tổ chức đã được người khác thay đổi")
    assert stale.message("en").startswith("Unit Phòng Tổ chức was changed by someone else")


def test_the_current_language_is_the_default_of_message():
    exc = BadInput("output.is_folder", shown="/tmp")
    try:
        messages.set_language("en")
        assert exc.message() == "/tmp is a folder; choose the name of the file to write."
        assert str(exc).startswith("/tmp là một thư mục")  # str() stays Vietnamese (logs)
    finally:
        messages.set_language("vi")
    assert exc.message() == str(exc)
    assert messages.set_language("fr") == "vi"


def test_msg_is_its_vietnamese_text_and_survives_pickling():
    m = Msg("login.disabled", login="an")
    assert m == "Tài khoản an đã bị vô hiệu hóa; hãy hỏi người quản trị."
    assert m.text("en") == "Account an is disabled; ask the administrator."
    again = pickle.loads(pickle.dumps(m))
    assert again.text("en") == m.text("en") and again == m
    assert localize(m, "en") == m.text("en")
    assert localize("plain", "en") == "plain"
    assert localize(BadInput("output.no_file"), "en") == "No file chosen to write."


def test_validation_reasons_follow_the_language():
    exc = ValidationFailed({"code": Msg("login.wrong"), "name": "bắt buộc"})
    assert exc.message("vi") == "Dữ liệu chưa hợp lệ: code: Sai tên đăng nhập hoặc mật khẩu.; name: bắt buộc"
    assert exc.reasons("en") == ["Wrong login or password.", "bắt buộc"]


def test_unknown_code_and_bad_parameters_never_raise():
    assert format_message("no.such.code", {"a": 1}) == "no.such.code {'a': 1}"
    assert "xlsx.not_found" not in format_message("xlsx.not_found", {})  # the template, params missing
    assert isinstance(AppError("no.such.code").message("en"), str)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_legacy_detail_is_shown_as_it_is(lang):
    assert BadInput(detail="Câu cũ.").message(lang) == "Câu cũ."


def test_lists_of_texts_are_joined_in_the_language():
    from app.messages import Joined, Lines

    problems = [Msg("sheets.number_twice", n=2), Msg("ballot.bad_sheet_kind", kind="x")]
    exc = BadInput("ballot.sheet_problems", number=3, text=Joined(problems), problems=tuple(problems))
    assert str(exc) == "Phiếu 3: số 2 bị ghi hai lần; loại phiếu 'x' không hợp lệ."
    assert exc.message("en") == "Sheet 3: number 2 is written twice; sheet kind 'x' is invalid."
    lines = BadInput("sheets.problems", lines=Lines([Msg("sheets.no_candidates", source="c.txt"), "plain"]))
    assert lines.message("en") == "File c.txt: the candidate list is empty.\nplain"
    assert format_message("reason.not_in_list", {"text": "X", "table": ["a", "b"]}, "en") == (
        "'X' is not in the list; choose one of: a, b"
    )
