"""Plain data types of a printed document that services fill and exports print.

They live here, not in `app/exports`, so that a service can build them without importing a
writer, and a writer can print them without importing a service.
"""

from __future__ import annotations

import dataclasses

__all__ = ["DocumentHeader"]


@dataclasses.dataclass(frozen=True)
class DocumentHeader:
    """Top of the page. `header_style` "national" prints the national motto lines on the
    right; "party" prints "ĐẢNG CỘNG SẢN VIỆT NAM" instead (DOMAIN.md §11)."""

    header_style: str = "national"
    issuing_body: str = ""  # the superior body, above the agency name
    agency_name: str = ""
    number: str = ""  # "Số: 05/DS-HĐTĐKT", optional
    place_date: str = ""  # "Hà Nội, ngày 05 tháng 3 năm 2024", optional
    # header_style "form" (TT 02/2023 statistical forms): these lines instead, the first of
    # each block bold ("Biểu số: 0603.N/BNV-TĐKT" | "Đơn vị báo cáo: …").
    left_lines: tuple[str, ...] = ()
    right_lines: tuple[str, ...] = ()
