"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11 (issue 18, the
"exit crash").

Measured here: with PySide6/shiboken6 6.12.0 on CPython 3.11, every call of a Qt method
that returns nothing (`setMinimumSize`, `setAlignment`, `deleteLater`, …) releases one
reference to `None` it never took, and some calls do the same to `True`/`False`; 1,000
calls lower `sys.getrefcount(None)` by exactly 1,000. When the count reaches zero CPython
aborts ("Fatal Python error: none_dealloc" / "bool_dealloc") — at exit, when the
interpreter frees everything (the crash the program and the tests used to dodge with
`os._exit`), or mid-session after enough clicks (300,000 void calls abort a plain
script). 6.11.3 does not have the bug, but `pyside6-pdf` (QtPdf, issue 13) exists only
for 6.12.0.

CPython 3.12 made these singletons immortal (PEP 683): their count never reaches zero, so
the stray releases are harmless. On 3.11 we do the same by hand: `pin_singletons()` adds
2**40 references to None, True, False, Ellipsis and NotImplemented — they are never
freed anyway, and no realistic session releases 10**12 references. Nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

PIN = 1 << 40
_pinned = False


def needs_pin() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def pin_singletons() -> bool:
    """Make the singletons effectively immortal on CPython < 3.12; True when pinned now."""
    global _pinned
    if _pinned or not needs_pin():
        return False
    for obj in (None, True, False, Ellipsis, NotImplemented):
        # ob_refcnt is the first field of every CPython object (Include/object.h).
        ctypes.c_ssize_t.from_address(id(obj)).value += PIN
    _pinned = True
    return True
