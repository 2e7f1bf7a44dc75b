"""The blank Excel templates a user fills in for an import (staff, history, the units'
nomination lists, the certificate mail merge): one entry point for the CLI (`tdkt-cli
template KIND`) and the screens, so neither glues a writer itself."""

from __future__ import annotations

from pathlib import Path

from app.services.mail_merge import write_certificate_list_template

TEMPLATE_KINDS = ("staff", "history", "certificates", "nominations")


def write_import_template(kind: str, out: str | Path) -> Path:
    """Write the blank template of `kind` (TEMPLATE_KINDS) to `out`; returns the path
    written. Raises FileLocked (open in Excel), BadInput (folder not writable)."""
    out = Path(out)
    if kind == "history":
        # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
        from app.exports.history_template import write_history_template

        return Path(write_history_template(out))
    if kind == "nominations":
        from app.exports.nomination_template import write_nomination_template

        return Path(write_nomination_template(out))
    if kind == "certificates":
        return Path(write_certificate_list_template(out))
    from app.exports.staff_template import write_template

    return Path(write_template(kind, out))
