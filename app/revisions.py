"""The revision ids of the schema, read from the migration files as text (no Alembic).

Used by `app.migrate` (is there anything to migrate?) and by the restore's check of a
backup (`app.services.backup`: is its schema one this program knows?).
"""

from __future__ import annotations

import functools
import re

from app import paths

__all__ = ["known_revisions"]

_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.M)


@functools.lru_cache(maxsize=1)
def known_revisions() -> tuple[frozenset[str], str | None]:
    """(every revision id, the single head) read from the revision files as text.

    Start-up uses this instead of importing Alembic (≈ 0.3 s) when nothing is to migrate.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (paths.migrations_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = _REVISION.search(source)
        if rev is None:
            continue
        revisions.add(rev.group(1))
        down = _DOWN.search(source)
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    return frozenset(revisions), (next(iter(heads)) if len(heads) == 1 else None)
