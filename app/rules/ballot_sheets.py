"""Reading the files of `tdkt-cli tally` (PRODUCT.md §2): the candidate list and the sheets CSV.

Pure: the caller reads the bytes; these functions decode and parse them and raise
`BadInput` with Vietnamese messages naming the file, the line and the column, e.g.
"Tệp phieu.csv, dòng 7, cột struck: số 31 không có trong danh sách (1–30)".
Every problem of a file is reported at once (one line each, at most `MAX_REPORTED`);
`BadInput.params["problems"]` holds them as a tuple for the GUI.
"""

from __future__ import annotations

import csv
import io
import re

from app.errors import BadInput
from app.messages import Lines, Msg
from app.rules.tally import KINDS, Sheet
from app.rules.vntext import clean_text

__all__ = ["HEADER", "MAX_REPORTED", "decode_text", "parse_candidates", "parse_sheets", "parse_struck"]

HEADER = ("sheet", "kind", "struck")
MAX_REPORTED = 20
_SEPARATORS = re.compile(r"[\s,]+")


def _fail(source: str, problems: list[str]) -> BadInput:
    shown = problems[:MAX_REPORTED]
    if len(problems) > MAX_REPORTED:
        shown.append(Msg("sheets.more", source=source, count=len(problems) - MAX_REPORTED))
    return BadInput("sheets.problems", lines=Lines(shown), problems=tuple(problems))


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 bytes (with or without BOM) → text. Raises BadInput naming the line of a bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _fail(
            source,
            [Msg("sheets.not_utf8", source=source, line=line)],
        ) from None


def parse_candidates(text: str, source: str) -> tuple[str, ...]:
    """One name a line, numbered from 1 in order; names NFC, spaces tidied.

    Trailing empty lines are ignored; an empty line before the last name is an error
    (it would shift every following number).
    """
    lines = text.removeprefix("\ufeff").splitlines()
    names = [clean_text(line) for line in lines]
    while names and not names[-1]:
        names.pop()
    if not names:
        raise _fail(source, [Msg("sheets.no_candidates", source=source)])
    problems: list[str] = [
        Msg("sheets.blank_candidate_line", source=source, line=i) for i, name in enumerate(names, start=1) if not name
    ]
    if problems:
        raise _fail(source, problems)
    return tuple(names)


MAX_DIGITS = 9  # no sheet or candidate number is longer; int() of 5,000 digits would fail


def _short(text: str, limit: int = 20) -> str:
    """A token as shown in a message: at most `limit` characters."""
    return text if len(text) <= limit else Msg("sheets.shortened", text=text[:limit], length=len(text))


def parse_struck(text: str, candidates: int) -> tuple[frozenset[int], list[str]]:
    """'3 17' or '3,17' → ({3, 17}, []); problems (without location) for bad tokens."""
    numbers: set[int] = set()
    problems: list[str] = []
    for token in _SEPARATORS.split(text.strip()):
        if not token:
            continue
        if not (token.isascii() and token.isdigit()):
            problems.append(Msg("sheets.not_a_candidate_number", token=_short(token)))
            continue
        if len(token) > MAX_DIGITS:
            problems.append(Msg("sheets.number_too_large", token=_short(token), candidates=candidates))
            continue
        n = int(token)
        if not 1 <= n <= candidates:
            problems.append(Msg("sheets.number_not_listed", n=n, candidates=candidates))
        elif n in numbers:
            problems.append(Msg("sheets.number_twice", n=n))
        else:
            numbers.add(n)
    return frozenset(numbers), problems


def parse_sheets(text: str, source: str, *, candidates: int, members: int | None = None) -> tuple[Sheet, ...]:
    """The sheets CSV: header `sheet,kind,struck` (case-insensitive, trimmed), then one row a sheet.

    `struck` holds numbers separated by spaces or commas (quote the field when commas; an
    unquoted row `5,ballot,3,17` is read the same, since `sheet` and `kind` come first).
    Empty lines are skipped. Raises BadInput for a missing header, a bad sheet number,
    a repeated sheet number, an unknown kind, a struck number that is not an integer,
    outside 1..`candidates` or written twice, and more sheets than `members`.
    """
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    problems: list[str] = []
    header_seen = False
    sheets: list[Sheet] = []
    first_line: dict[int, int] = {}
    rows = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _fail(source, [Msg("sheets.not_csv", source=source, line=reader.line_num, exc=str(exc))]) from None
        line = reader.line_num
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if not header_seen:
            while cells and not cells[-1]:
                cells.pop()
            if tuple(c.lower() for c in cells) != HEADER:
                raise _fail(
                    source,
                    [Msg("sheets.no_header", source=source, line=line, read=",".join(row))],
                )
            header_seen = True
            continue
        where = Msg("sheets.where", source=source, line=line)
        rows += 1
        row_ok = True
        number_text = cells[0]
        number = 0
        if not number_text:
            problems.append(Msg("sheets.sheet_empty", where=where))
            row_ok = False
        elif not (number_text.isascii() and number_text.isdigit()) or int(number_text[: MAX_DIGITS + 1]) < 1:
            problems.append(Msg("sheets.sheet_not_number", where=where, text=_short(number_text)))
            row_ok = False
        elif len(number_text) > MAX_DIGITS:
            problems.append(Msg("sheets.sheet_too_large", where=where, text=_short(number_text), digits=MAX_DIGITS))
            row_ok = False
        else:
            number = int(number_text)
            if number in first_line:
                problems.append(Msg("sheets.sheet_repeated", where=where, number=number, first=first_line[number]))
                row_ok = False
            else:
                first_line[number] = line
        kind = cells[1].lower() if len(cells) > 1 else ""
        if kind == "review":  # written by `read-ballots` for a sheet it is not sure of
            problems.append(Msg("sheets.kind_review", where=where))
            row_ok = False
            cells = cells[:2]
        elif kind not in KINDS:
            shown = f"'{cells[1]}'" if kind else Msg("sheets.empty")
            problems.append(Msg("sheets.bad_kind", where=where, shown=shown))
            row_ok = False
        struck, struck_problems = parse_struck(",".join(cells[2:]), candidates)
        for p in struck_problems:
            problems.append(Msg("sheets.struck_problem", where=where, problem=p))
            row_ok = False
        if row_ok:
            sheets.append(Sheet(number, kind, struck))
        if members is not None and rows == members + 1:
            problems.append(Msg("sheets.too_many", where=where, members=members, nth=members + 1))
    if not header_seen:
        raise _fail(source, [Msg("sheets.empty_file", source=source)])
    if problems:
        raise _fail(source, problems)
    return tuple(sheets)
