"""TĐKT Desk GUI (PySide6 Qt Widgets). Calls `app.services` only; see STYLE.md §6."""
