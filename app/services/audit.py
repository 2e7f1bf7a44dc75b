"""The append-only, hash-chained audit trail, hooked once under every Session.

Every INSERT, UPDATE and DELETE that a Session of the program sends to a domain table —
ORM flushes and Core bulk statements (`session.execute(insert(Model), rows)`,
`session.connection().execute(update(...), params)`) alike — passes through the engine's
`before_execute`/`after_execute` events. There the hook

1. checks the role of the session's account (`PermissionDenied`: a viewer writes nothing,
   a clerk does not write accounts, rule sets or settings);
2. takes the write lock of the transaction once (`pg_advisory_xact_lock` on PostgreSQL,
   `BEGIN IMMEDIATE` on SQLite), so that two PCs append to one chain;
3. reads the affected rows before the statement (by primary key) and after it, rows
   deleted by `ON DELETE CASCADE`/`SET NULL` included, and appends one entry per changed
   row: seq, UTC time, account, action, table, row id, before/after (canonical JSON of the
   row's columns) and hash = SHA-256(previous hash + canonical JSON of the entry).

Events that change no row (logins, exports, prints, seal, reopen, restore) are appended by
`log_event`. The program never updates or deletes an entry; `app.services.integrity`
verifies the chain and compares every row with the after-image of its latest entry.

A Session's `info` carries who is working: `info["actor"]` (an `Actor`, set by
`Database.login`) and `info["accounts_required"]` (the database has accounts, so a session
without an actor may not write).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as _dt
import decimal
import getpass
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Column, Integer, Select, String, Table, event, func, insert, inspect, select, text, type_coerce
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql import operators
from sqlalchemy.sql.dml import Delete, Insert, Update
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, BooleanClauseList, ColumnElement

from app.db import Base, utcnow
from app.errors import Msg, PermissionDenied
from app.models import AuditEntry

AUDIT_TABLE = "audit_log"
UNAUDITED = frozenset({AUDIT_TABLE, "alembic_version"})
SECRET_COLUMNS = frozenset({("account", "password_hash")})  # imaged as a hash of the value
ADMIN_TABLES = frozenset({"account", "rule_set", "award_rule", "award_type", "setting"})
ROW_ACTIONS = frozenset({"INSERT", "UPDATE", "DELETE", "GENESIS"})
# Derived caches, recomputed from the audited data by the program (the last eligibility
# verdict of a nomination): not part of a row's image, so recomputing them appends nothing
# and `check` does not compare them. A statement that writes only these columns (and keeps
# updated_at) says so with execution_options(audit_cache=True) and is not imaged at all.
CACHE_COLUMNS = {"nomination": frozenset({"verdict_status", "verdict_reasons", "verdict_at", "initiative_id"})}
ROLES = ("admin", "clerk", "viewer")
ROLE_LABELS = {"admin": "quản trị", "clerk": "chuyên viên", "viewer": "chỉ xem"}
LOCK_KEY = 0x74646B74  # "tdkt": the advisory lock that serialises appends on PostgreSQL
_CTX = "tdkt_audit"
_CHUNK = 900


@dataclasses.dataclass(frozen=True)
class Actor:
    """The logged-in account of a session (or of the process)."""

    login: str
    role: str
    full_name: str = ""
    account_id: int | None = None


_process_actor: Actor | None = None


def set_process_actor(actor: Actor | None) -> None:
    """The account logged in in this process (the CLI's `--user`, the GUI's login): the
    name stamped into `updated_by` columns by `org.current_user()`."""
    global _process_actor
    _process_actor = actor


def process_actor() -> Actor | None:
    return _process_actor


def os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no name can be found
        return ""


def current_login() -> str:
    """The logged-in account's login, else the operating-system login name."""
    return _process_actor.login if _process_actor is not None else os_login()


# ---------------------------------------------------------------- canonical JSON


def _jsonable(value: Any) -> Any:
    kind = type(value)
    if value is None or kind is str or kind is int or kind is bool or kind is float:
        return value
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None:
            value = value.replace(tzinfo=None)
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
        if len(raw) <= 512:
            return "b64:" + base64.b64encode(raw).decode("ascii")
        return "sha256:" + hashlib.sha256(raw).hexdigest()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return str(value)


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=True)
# For dicts whose keys are already in sorted order: the same text without sorting again.
_UNSORTED = json.JSONEncoder(ensure_ascii=False, sort_keys=False, separators=(",", ":"), allow_nan=True)
_string = json.encoder.encode_basestring  # a JSON string literal, as _ENCODER writes it


def canonical(obj: Any) -> str:
    """Sorted keys, no spaces, UTF-8 text: the same object gives the same string."""
    return _ENCODER.encode(obj)


def _secret(value: Any) -> Any:
    if value is None:
        return None
    return "sha256:" + hashlib.sha256(str(value).encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    return value


def _when(value: Any) -> Any:
    if value is None or type(value) is str:
        return value
    return _jsonable(value)


def _converter(table_name: str, column: Column[Any]) -> Callable[[Any], Any]:
    """A fast per-column conversion to a JSON value (identity for ints and texts)."""
    if (table_name, column.name) in SECRET_COLUMNS:
        return _secret
    try:
        py = column.type.python_type
    except NotImplementedError:
        return _jsonable
    if py in (int, str, bool):
        return _plain
    if py in (_dt.datetime, _dt.date):
        return _when
    return _jsonable


class _TableShape:
    """How rows of one table are read and imaged (cached per table and column set)."""

    def __init__(self, table: Table, columns: Sequence[str] | None = None) -> None:
        self.table = table
        cache = CACHE_COLUMNS.get(table.name, frozenset())
        cols = [c for c in table.columns if (columns is None or c.name in columns) and c.name not in cache]
        self.columns = cols
        self.names = [c.name for c in cols]
        self.convert = [_converter(table.name, c) for c in cols]
        self._converted = [(i, conv) for i, conv in enumerate(self.convert) if conv is not _plain]
        self._order = sorted(range(len(self.names)), key=lambda i: self.names[i])
        self._sorted_names = [self.names[i] for i in self._order]
        pks = list(table.primary_key.columns)
        self.pk = pks[0] if len(pks) == 1 else None
        self.pk_index = self.names.index(self.pk.name) if self.pk is not None else None
        self.pk_int = self.pk is not None and isinstance(self.pk.type, Integer)

    def image(self, row: Sequence[Any]) -> str:
        # The same text as canonical({name: value}): keys pre-sorted once, values that need no
        # conversion (ints, texts) taken as they are (thousands of rows a batched write).
        values = list(row)
        for i, conv in self._converted:
            values[i] = conv(values[i])
        return _UNSORTED.encode(dict(zip(self._sorted_names, [values[i] for i in self._order])))

    def row_id(self, row: Sequence[Any]) -> str:
        return str(row[cast(int, self.pk_index)])  # only for a shape with a primary key

    def select(self) -> Select[Any]:
        # Dates as stored (SQLite keeps them as ISO text already): no parse and re-format.
        return select(
            *(
                type_coerce(c, String).label(c.name) if self.convert[i] is _when else c
                for i, c in enumerate(self.columns)
            )
        )


_shapes: dict[str, _TableShape] = {}


def _shape(name: str) -> _TableShape | None:
    shape = _shapes.get(name)
    if shape is None:
        import app.models  # noqa: F401  (registers every table)

        table = Base.metadata.tables.get(name)
        if table is None or name in UNAUDITED:
            return None
        shape = _shapes[name] = _TableShape(table)
    return shape


def audited_tables() -> list[str]:
    import app.models  # noqa: F401

    return [t.name for t in Base.metadata.sorted_tables if t.name not in UNAUDITED]


def entry_hash(
    prev: str,
    seq: int,
    at: _dt.datetime | str,
    account: str,
    action: str,
    table: str,
    row_id: str,
    before: str,
    after: str,
) -> str:
    """SHA-256 of the previous hash followed by the canonical JSON of the entry."""
    body = _ENCODER.encode([seq, _when(at), account, action, table, row_id, before, after])
    return hashlib.sha256((prev + body).encode("utf-8")).hexdigest()


def _hasher(at: _dt.datetime, account: str) -> Callable[[str, int, str, str, str, str, str], str]:
    """`entry_hash` for many entries of one time and account: the same text built by hand
    (the constant parts encoded once)."""
    when, who = _ENCODER.encode(_when(at)), _string(account)

    def digest(prev: str, seq: int, action: str, table: str, row_id: str, before: str, after: str) -> str:
        body = (
            f"[{seq},{when},{who},{_string(action)},{_string(table)},{_string(row_id)},"
            f"{_string(before)},{_string(after)}]"
        )
        return hashlib.sha256((prev + body).encode("utf-8")).hexdigest()

    return digest


# ---------------------------------------------------------------- per-transaction state


class _Ctx:
    def __init__(self, info: dict) -> None:
        self.info = info  # the Session's info (live: a login later is seen)
        self.locked = False
        self.head: tuple[int, str] | None = None
        self.pending: dict[int, tuple] = {}
        # INSERTs are recorded in one go (a bulk import runs thousands of statements):
        # table → [shape, max id before the first insert (None: none), explicit ids].
        self.deferred: dict[str, list] = {}
        self.saved: list[dict[str, list]] = []  # `deferred` at each open savepoint (innermost last)


def _actor(info: dict) -> Actor | None:
    return info.get("actor")


def _account_label(info: dict) -> str:
    if info.get("audit_system"):  # a login attempt names the account tried
        return str(info["audit_system"])
    actor = _actor(info)
    if actor is not None:
        return actor.login
    return current_login()


def check_write(info: dict, table_name: str) -> None:
    """PermissionDenied unless the session's account may write `table_name`."""
    actor = _actor(info)
    if info.get("audit_system") and table_name == "account":
        return  # login bookkeeping and one's own password change
    if actor is None:
        if info.get("accounts_required"):
            raise PermissionDenied(who="(chưa đăng nhập)", role="—", what=Msg("permission.write_logged_out"))
        return
    role = ROLE_LABELS.get(actor.role, actor.role)
    if actor.role == "viewer":
        raise PermissionDenied(who=actor.login, role=role, what=Msg("permission.write_table", table=table_name))
    if actor.role != "admin" and table_name in ADMIN_TABLES:
        raise PermissionDenied(who=actor.login, role=role, what=Msg("permission.write_admin_table", table=table_name))


def require_role(session: Session, role: str, what: str) -> None:
    """Explicit check for operations reserved to a role (reopening a sealed ballot, restoring
    a backup: `require_role(session, "admin", "mở lại phiếu đã niêm phong")`)."""
    actor = _actor(session.info) or _process_actor
    if actor is None:
        if session.info.get("accounts_required"):
            raise PermissionDenied(who="(chưa đăng nhập)", role="—", what=what)
        return
    if ROLES.index(actor.role) > ROLES.index(role):
        raise PermissionDenied(who=actor.login, role=ROLE_LABELS.get(actor.role, actor.role), what=what)


def _lock(conn: Connection, ctx: _Ctx) -> None:
    if ctx.locked:
        return
    name = conn.dialect.name
    if name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_KEY})
    elif name == "sqlite":
        dbapi = conn.connection.dbapi_connection
        if not getattr(dbapi, "in_transaction", True):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    ctx.locked = True
    ctx.head = None


def _head(conn: Connection, ctx: _Ctx) -> tuple[int, str]:
    if ctx.head is None:
        row = conn.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
        ctx.head = (int(row[0]), row[1]) if row else (0, "")
    return ctx.head


def _append(conn: Connection, ctx: _Ctx, entries: list[tuple[str, str, str, str, str]]) -> None:
    """Append (action, table, row id, before, after) entries to the chain: the hashes
    computed in memory, one executemany INSERT."""
    if not entries:
        return

    _lock(conn, ctx)
    seq, prev = _head(conn, ctx)
    at = utcnow()
    account = _account_label(ctx.info)[:100]
    digest = _hasher(at, account)
    rows = []
    for action, table, row_id, before, after in entries:
        seq += 1
        prev = digest(prev, seq, action, table, row_id, before, after)
        rows.append((seq, action, table, row_id, before, after, prev))
    _insert_entries(conn, cast(Table, AuditEntry.__table__), at, account, rows)
    ctx.head = (seq, prev)


_ENTRY_COLUMNS = ("seq", "at", "account", "action", "table_name", "row_id", "before", "after", "hash")
_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _insert_entries(conn: Connection, table: Table, at: _dt.datetime, account: str, rows: list[tuple]) -> None:
    """INSERT rows (seq, action, table, row id, before, after, hash) of one time and account.
    Straight to the driver where its parameter style is known: SQLAlchemy's per-row
    parameter processing costs more than the hashing for a 1,000-row batch."""
    mark = _MARKS.get(conn.dialect.paramstyle)
    if mark is None:
        conn.execute(insert(table), [dict(zip(_ENTRY_COLUMNS, (r[0], at, account, *r[1:]))) for r in rows])
        return
    process = table.c.at.type._cached_bind_processor(conn.dialect)
    when = process(at) if process else at
    quote = conn.dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in _ENTRY_COLUMNS)}) "
        f"VALUES ({', '.join([mark] * len(_ENTRY_COLUMNS))})"
    )
    params = [(r[0], when, account, *r[1:]) for r in rows]
    for i in range(0, len(params), 5000):
        conn.exec_driver_sql(sql, params[i : i + 5000])


def log_event(session: Session, action: str, *, table: str = "", row_id: Any = "", detail: dict | None = None) -> None:
    """Append an event entry (LOGIN, LOGIN_FAILED, EXPORT, PRINT, RESTORE, SEAL, REOPEN…)
    in the session's transaction; the caller commits. Any role may log an event."""
    conn = session.connection()
    ctx = conn.info.get(_CTX)
    if ctx is None:
        ctx = conn.info[_CTX] = _Ctx(session.info)
    _lock(conn, ctx)
    _flush_deferred(conn, ctx)
    _append(
        conn,
        ctx,
        [
            (
                action[:20],
                table,
                "" if row_id is None else str(row_id),
                "",
                canonical(_jsonable(detail)) if detail else "",
            )
        ],
    )


# ---------------------------------------------------------------- the hook


def _target(stmt: object) -> _TableShape | None:
    table = getattr(stmt, "table", None)
    name = getattr(table, "name", None)
    return _shape(name) if name else None


def _param_sets(multiparams: Sequence[Any], params: dict[str, Any] | None) -> list[dict]:
    if multiparams:
        return [p for p in multiparams if isinstance(p, dict)] or [{}]
    return [params] if params else [{}]


def _ids_from_where(where: ColumnElement[Any] | None, shape: _TableShape, sets: list[dict]) -> list | None:
    """Primary keys of the rows an UPDATE/DELETE can touch, when its WHERE is (an AND
    with) `pk = :param`; None when the rows must be selected."""
    if where is None or shape.pk is None:
        return None
    terms = (
        list(where.clauses) if isinstance(where, BooleanClauseList) and where.operator is operators.and_ else [where]
    )
    for term in terms:
        if not isinstance(term, BinaryExpression) or term.operator is not operators.eq:
            continue
        left, right = term.left, term.right
        if getattr(left, "name", None) != shape.pk.name or not isinstance(right, BindParameter):
            continue
        if getattr(getattr(left, "table", None), "name", None) != shape.table.name:
            continue
        if all(right.key in s for s in sets):
            return [s[right.key] for s in sets]
        if len(sets) == 1 and right.value is not None and not right.callable:
            return [right.value]
    return None


def _select_ids(conn: Connection, stmt: Update | Delete, shape: _TableShape, sets: list[dict]) -> list:
    ids = _ids_from_where(stmt.whereclause, shape, sets)
    if ids is not None:
        return ids
    assert shape.pk is not None  # the caller returns first for a table without one
    query = select(shape.pk)
    if stmt.whereclause is not None:
        query = query.where(stmt.whereclause)
    found: list = []
    for s in sets:
        found += [r[0] for r in conn.execute(query, s)]
    return found


def _images(conn: Connection, shape: _TableShape, ids: Iterable) -> dict[str, str]:
    ids = list(dict.fromkeys(i for i in ids if i is not None))
    out: dict[str, str] = {}
    assert shape.pk is not None  # callers image only tables with a primary key
    for i in range(0, len(ids), _CHUNK):
        for row in conn.execute(shape.select().where(shape.pk.in_(ids[i : i + _CHUNK]))):
            out[shape.row_id(row)] = shape.image(row)
    return out


def _dependents(conn: Connection, shape: _TableShape, ids: list, seen: set) -> list[tuple]:
    """Rows that the database itself deletes (ON DELETE CASCADE) or nulls (SET NULL) when
    rows `ids` of `shape` go: [(child shape, action, {row id: image}, [child pks])]."""
    out: list[tuple] = []
    if not ids:
        return out
    for child in Base.metadata.sorted_tables:
        if child.name in UNAUDITED:
            continue
        for fk in child.foreign_keys:
            if fk.column.table.name != shape.table.name or fk.ondelete not in ("CASCADE", "SET NULL"):
                continue
            cshape = _shape(child.name)
            if cshape is None or cshape.pk is None:
                continue
            key = (child.name, fk.parent.name)
            if key in seen:
                continue
            pks: list = []
            for i in range(0, len(ids), _CHUNK):
                pks += [r[0] for r in conn.execute(select(cshape.pk).where(fk.parent.in_(ids[i : i + _CHUNK])))]
            if not pks:
                continue
            out.append((cshape, fk.ondelete, _images(conn, cshape, pks), pks))
            if fk.ondelete == "CASCADE":
                out += _dependents(conn, cshape, pks, seen | {key})
    return out


def _before_execute(
    conn: Connection,
    clauseelement: object,
    multiparams: Sequence[Any],
    params: dict[str, Any] | None,
    execution_options: dict[str, Any],
) -> None:
    if not isinstance(clauseelement, (Insert, Update, Delete)):
        return
    ctx = conn.info.get(_CTX)
    if ctx is None:
        return
    shape = _target(clauseelement)
    if shape is None:
        return
    check_write(ctx.info, shape.table.name)
    if isinstance(clauseelement, Update) and (
        execution_options.get("audit_cache") or clauseelement.get_execution_options().get("audit_cache")
    ):
        written = {getattr(k, "key", k) for k in getattr(clauseelement, "_values", None) or {}}
        if written and written <= CACHE_COLUMNS.get(shape.table.name, frozenset()) | {"updated_at"}:
            return  # a derived cache only: nothing the trail records
    _lock(conn, ctx)
    sets = _param_sets(multiparams, params)
    if isinstance(clauseelement, Insert):
        pk = shape.pk
        if pk is None:
            return
        explicit = sets != [{}] and all(s.get(pk.key) is not None for s in sets)
        if explicit or shape.pk_int:
            d = ctx.deferred.get(shape.table.name)
            if d is None:
                d = ctx.deferred[shape.table.name] = [shape, None, set()]
            if explicit:
                d[2].update(s[pk.key] for s in sets)
            elif d[1] is None:
                d[1] = conn.execute(select(func.max(pk))).scalar() or 0
            return
        plan: tuple[str, Any, Any, Any] = ("I", None, None, {r[0] for r in conn.execute(select(pk))})
    else:
        if shape.pk is None:
            return
        _flush_deferred(conn, ctx)  # an update or a cascade sees the rows' INSERT entries first
        ids = _select_ids(conn, clauseelement, shape, sets)
        before = _images(conn, shape, ids)
        deps = (
            _dependents(conn, shape, list(dict.fromkeys(i for i in ids if i is not None)), set())
            if isinstance(clauseelement, Delete) and before
            else []
        )
        plan = ("U" if isinstance(clauseelement, Update) else "D", ids, before, deps)
    ctx.pending[id(clauseelement)] = (shape, plan)


def _after_execute(
    conn: Connection,
    clauseelement: object,
    multiparams: Sequence[Any],
    params: dict[str, Any] | None,
    execution_options: dict[str, Any],
    result: object,
) -> None:
    ctx = conn.info.get(_CTX)
    if ctx is None or not isinstance(clauseelement, (Insert, Update, Delete)):
        return
    pending = ctx.pending.pop(id(clauseelement), None)
    if pending is None:
        return
    shape, (kind, a, b, c) = pending
    name = shape.table.name
    entries: list[tuple[str, str, str, str, str]] = []
    if kind == "I":
        if shape.pk is None:
            return
        if a is not None:
            after = _images(conn, shape, a)
        else:
            query = shape.select()
            if b is not None:
                query = query.where(shape.pk > b)
            after = {}
            for row in conn.execute(query):
                rid = shape.row_id(row)
                if c is None or row[shape.pk_index] not in c:
                    after[rid] = shape.image(row)
        entries = [("INSERT", name, rid, "", img) for rid, img in after.items()]
    elif kind == "U":
        after = _images(conn, shape, a)
        for rid, img in after.items():
            old = b.get(rid)
            if old != img:
                entries.append(("UPDATE" if old is not None else "INSERT", name, rid, old or "", img))
    else:
        still = _images(conn, shape, a)
        entries = [("DELETE", name, rid, img, "") for rid, img in b.items() if rid not in still]
        for cshape, _ondelete, images, pks in c:
            now = _images(conn, cshape, pks)
            cname = cshape.table.name
            for rid, img in images.items():
                if rid not in now:
                    entries.append(("DELETE", cname, rid, img, ""))
                elif now[rid] != img:
                    entries.append(("UPDATE", cname, rid, img, now[rid]))
    _append(conn, ctx, entries)


def _flush_deferred(conn: Connection, ctx: _Ctx) -> None:
    """Append the INSERT entries of the rows inserted since the last flush."""
    if not ctx.deferred:
        return
    deferred, ctx.deferred = ctx.deferred, {}
    entries: list[tuple[str, str, str, str, str]] = []
    for name, (shape, prior, ids) in deferred.items():
        after: dict[str, str] = {}
        if prior is not None:
            for row in conn.execute(shape.select().where(shape.pk > prior).order_by(shape.pk)):
                after[shape.row_id(row)] = shape.image(row)
        if ids:
            after.update(_images(conn, shape, sorted(i for i in ids if str(i) not in after)))
        entries += [("INSERT", name, rid, "", img) for rid, img in after.items()]
    _append(conn, ctx, entries)


def _commit(conn: Connection) -> None:
    ctx = conn.info.get(_CTX)
    if ctx is not None and ctx.deferred:
        _flush_deferred(conn, ctx)  # still inside the transaction being committed
    conn.info.pop(_CTX, None)


def _end(conn: Connection, *args: object) -> None:
    conn.info.pop(_CTX, None)


def _savepoint_rolled_back(conn: Connection, name: str, context: object) -> None:
    ctx = conn.info.get(_CTX)
    if ctx is not None:
        ctx.head = None
        ctx.pending.clear()
        # Rows inserted before the savepoint and not yet recorded are pending again (their
        # entries, if appended inside it, are rolled back with it).
        ctx.deferred = ctx.saved.pop() if ctx.saved else {}


def _savepoint(conn: Connection, name: str) -> None:
    ctx = conn.info.get(_CTX)
    if ctx is not None:
        ctx.saved.append({k: [v[0], v[1], set(v[2])] for k, v in ctx.deferred.items()})


def _savepoint_released(conn: Connection, name: str, context: object) -> None:
    ctx = conn.info.get(_CTX)
    if ctx is not None and ctx.saved:
        ctx.saved.pop()


def _after_begin(session: Session, transaction: SessionTransaction, connection: Connection) -> None:
    ctx = connection.info.get(_CTX)
    if ctx is not None and ctx.info is session.info and transaction.nested:
        return  # a savepoint inside the same transaction keeps its state
    connection.info[_CTX] = _Ctx(session.info)


def install(factory: sessionmaker, engine: Engine) -> None:
    """Hook the trail (and the role checks) under every Session of `factory`.

    A flag on the engine, not `event.contains`: SQLAlchemy's event registry is keyed by
    id(), which a new engine may share with a collected one."""
    global _session_hooked
    if not _session_hooked:
        event.listen(Session, "after_begin", _after_begin)
        _session_hooked = True
    if getattr(engine, "_tdkt_audit_hooked", False):
        return
    event.listen(engine, "before_execute", _before_execute)
    event.listen(engine, "after_execute", _after_execute)
    event.listen(engine, "commit", _commit)
    event.listen(engine, "rollback", _end)
    event.listen(engine, "savepoint", _savepoint)
    event.listen(engine, "rollback_savepoint", _savepoint_rolled_back)
    event.listen(engine, "release_savepoint", _savepoint_released)
    event.listen(engine.pool, "checkin", _checkin)
    engine._tdkt_audit_hooked = True  # type: ignore[attr-defined]  # our flag: Engine declares no such attribute


_session_hooked = False


def _checkin(dbapi_connection: object, record: ConnectionPoolEntry) -> None:
    record.info.pop(_CTX, None)


# ---------------------------------------------------------------- genesis


def genesis(conn: Connection, *, account: str = "(khởi tạo nhật ký)") -> int:
    """One GENESIS entry per existing row of every audited table (the migration that adds
    the trail), so that old databases are covered from that day. Returns the count."""

    existing = set(inspect(conn).get_table_names())
    row = conn.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (int(row[0]), row[1]) if row else (0, "")
    at = utcnow()
    count = 0
    for name in audited_tables():
        if name not in existing:
            continue
        present = {c["name"] for c in inspect(conn).get_columns(name)}
        names = [c for c in Base.metadata.tables[name].c.keys() if c in present]  # noqa: SIM118 - names, not columns
        shape = _TableShape(Base.metadata.tables[name], names)
        if shape.pk is None:
            continue
        batch = []
        for r in conn.execute(shape.select().order_by(shape.pk)):
            seq += 1
            after = shape.image(r)
            rid = shape.row_id(r)
            prev = entry_hash(prev, seq, at, account, "GENESIS", name, rid, "", after)
            batch.append(
                {
                    "seq": seq,
                    "at": at,
                    "account": account,
                    "action": "GENESIS",
                    "table_name": name,
                    "row_id": rid,
                    "before": "",
                    "after": after,
                    "hash": prev,
                }
            )
            if len(batch) >= 5000:
                conn.execute(insert(cast(Table, AuditEntry.__table__)), batch)
                count += len(batch)
                batch = []
        if batch:
            conn.execute(insert(cast(Table, AuditEntry.__table__)), batch)
            count += len(batch)
    return count


def resync(conn: Connection, *, account: str = "(nâng cấp lược đồ)") -> int:
    """For a migration that changes rows with SQL (after the trail exists): append one
    entry per row whose state differs from its latest entry, named `account`, so that
    `check` does not report the upgrade as tampering. Call it at the end of the
    migration's `upgrade()` with `op.get_bind()`. Returns the number of entries."""

    latest: dict[tuple[str, str], tuple[str, str]] = {}
    q = (
        select(AuditEntry.action, AuditEntry.table_name, AuditEntry.row_id, AuditEntry.after)
        .where(AuditEntry.action.in_(ROW_ACTIONS))
        .order_by(AuditEntry.seq)
    )
    for action, table_name, row_id, after in conn.execute(q):
        latest[(table_name, row_id)] = (action, after)

    existing = set(inspect(conn).get_table_names())
    entries: list[tuple[str, str, str, str, str]] = []
    for name in audited_tables():
        if name not in existing:
            continue
        present = {c["name"] for c in inspect(conn).get_columns(name)}
        table = Base.metadata.tables[name]
        names = [c for c in table.c.keys() if c in present]  # noqa: SIM118 - names, not columns
        shape = _TableShape(table, names)
        if shape.pk is None:
            continue
        for row in conn.execute(shape.select().order_by(shape.pk)):
            rid, image = shape.row_id(row), shape.image(row)
            action, after = latest.pop((name, rid), ("DELETE", ""))
            if action == "DELETE":
                entries.append(("INSERT", name, rid, "", image))
            elif after != image:
                entries.append(("UPDATE", name, rid, after, image))
    for (name, rid), (action, after) in latest.items():
        if action != "DELETE" and name in existing:
            entries.append(("DELETE", name, rid, after, ""))
    ctx = _Ctx({"audit_system": account})
    ctx.locked = True
    _append(conn, ctx, entries)
    return len(entries)


# ---------------------------------------------------------------- reading the trail


@dataclasses.dataclass(frozen=True)
class AuditRow:
    seq: int
    at: _dt.datetime
    account: str
    action: str
    table: str
    row_id: str
    before: dict | None
    after: dict | None

    def to_dict(self) -> dict:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(sep=" ", timespec="seconds") + "Z",
            "account": self.account,
            "action": self.action,
            "table": self.table,
            "row_id": self.row_id,
            "before": self.before,
            "after": self.after,
        }

    def changes(self) -> list[tuple[str, Any, Any]]:
        """(column, before, after) of the columns that differ (every column of an insert
        or delete)."""
        before, after = self.before or {}, self.after or {}
        keys = sorted(set(before) | set(after))
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


ACTION_LABELS = {
    "INSERT": "Thêm",
    "UPDATE": "Sửa",
    "DELETE": "Xóa",
    "GENESIS": "Khởi tạo",
    "LOGIN": "Đăng nhập",
    "LOGIN_FAILED": "Đăng nhập sai",
    "EXPORT": "Xuất tệp",
    "PRINT": "In",
    "RESTORE": "Khôi phục",
    "SEAL": "Niêm phong",
    "REOPEN": "Mở lại niêm phong",
    "PASSWORD": "Đổi mật khẩu",
}


def _parse(text_value: str) -> dict | None:
    if not text_value:
        return None
    try:
        value = json.loads(text_value)
    except ValueError:
        return {"?": text_value}
    return value if isinstance(value, dict) else {"value": value}


def list_entries(
    session: Session,
    *,
    table: str | None = None,
    row_id: Any = None,
    account: str | None = None,
    since: _dt.date | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> list[AuditRow]:
    """Entries matching the filters (the CLI's `audit` and the "Nhật ký thay đổi" screen)."""
    q = select(
        AuditEntry.seq,
        AuditEntry.at,
        AuditEntry.account,
        AuditEntry.action,
        AuditEntry.table_name,
        AuditEntry.row_id,
        AuditEntry.before,
        AuditEntry.after,
    )
    if table:
        q = q.where(AuditEntry.table_name == table)
    if row_id is not None and row_id != "":
        q = q.where(AuditEntry.row_id == str(row_id))
    if account:
        q = q.where(func.lower(AuditEntry.account) == account.casefold())
    if since is not None:
        q = q.where(AuditEntry.at >= _dt.datetime.combine(since, _dt.time()))
    q = q.order_by(AuditEntry.seq.desc() if newest_first else AuditEntry.seq)
    if limit:
        q = q.limit(limit)
    # Fetched 250 rows at a time: a driver converts a fetched batch in C without letting
    # other threads run, and 2,000 entries with their before/after texts in one batch held
    # the window ~0.1 s while the audit screen loaded on PostgreSQL (issue 17).
    rows = session.execute(q.execution_options(yield_per=250))
    return [AuditRow(r[0], r[1], r[2], r[3], r[4], r[5], _parse(r[6]), _parse(r[7])) for r in rows]


def row_history(session: Session, table: str, row_id: Any) -> list[AuditRow]:
    """Every entry of one row, oldest first ("Lịch sử thay đổi…")."""
    return list_entries(session, table=table, row_id=row_id)


__all__ = [
    "Actor",
    "AuditRow",
    "ACTION_LABELS",
    "ROLES",
    "ROLE_LABELS",
    "audited_tables",
    "canonical",
    "check_write",
    "current_login",
    "entry_hash",
    "genesis",
    "install",
    "list_entries",
    "log_event",
    "process_actor",
    "require_role",
    "row_history",
    "set_process_actor",
]
