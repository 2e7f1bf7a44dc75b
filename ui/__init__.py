"""TĐKT Desk GUI (PySide6 Qt Widgets). Calls `app.services` only; see STYLE.md §6."""

from ui.refcounts import pin_singletons

pin_singletons()  # before any Qt call: PySide6 6.12.0 on Python 3.11 (see ui/refcounts.py)
