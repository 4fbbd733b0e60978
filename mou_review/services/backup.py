"""Backup and restore of the whole record, generic over the tables of the database.

Nothing here names a table: a backup holds every table of the SQLAlchemy
metadata (or, for a database at an older schema, every table found in it), in
dependency order, with values encoded by column type (see
``domain/backup_format.py``).  A table added by a later migration is backed up
and restored with no change here; ``tests/app/test_backup.py`` fills one row in
every table of the metadata and checks it comes back exactly.

Consistency: the backup reads every table inside one read transaction that
sees one snapshot of the database: PostgreSQL ``REPEATABLE READ READ ONLY``;
SQLite an explicit ``BEGIN`` (in WAL mode a reader keeps the snapshot of its
first read while the server goes on writing).  Never a copy of the file.

Restore writes in one transaction: it empties the tables, inserts every row
with its original id, fills the self-referencing (and cyclic) foreign keys
once all rows exist, and moves PostgreSQL's id sequences past the largest id.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.schema import sort_tables_and_constraints

from ..domain import backup_format as fmt
from ..domain.errors import N_

#: Tables ``init-db`` fills by itself: rows there alone do not make a database "hold data".
SEEDED_TABLES = frozenset({"party", "glossary_entry"})
#: What ``backup --without-cache`` leaves out: machine translations, rebuilt on demand.
CACHE_TABLES = frozenset({"translation_cache"})
#: Alembic's bookkeeping table: the revision travels in the header instead.
VERSION_TABLE = "alembic_version"
BATCH = 1000

#: progress(table, rows done in that table, rows in that table)
Progress = Callable[[str, int, int], None]


@dataclass
class Summary:
    """What a backup or restore did: rows per table, file size, time."""

    path: Path
    schema_revision: str
    rows: dict[str, int] = field(default_factory=dict)
    size: int = 0
    seconds: float = 0.0
    migrated_from: str | None = None

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


# --- types -----------------------------------------------------------------


def type_tag(column_type: sa.types.TypeEngine) -> str:
    """Return the backup format's type name for a column type; TypeError if it has none."""
    if isinstance(column_type, sa.types.TypeDecorator):
        return type_tag(column_type.impl_instance)
    checks: list[tuple[type, str]] = [
        (sa.JSON, "json"),
        (sa.Boolean, "bool"),
        (sa.DateTime, "datetime"),
        (sa.Date, "date"),
        (sa.LargeBinary, "binary"),
        (sa.Integer, "int"),
        (sa.Float, "float"),
        (sa.Numeric, "decimal"),
        (sa.String, "text"),
    ]
    for kind, tag in checks:
        if isinstance(column_type, kind):
            return tag
    raise TypeError(f"no backup encoding for column type {column_type!r}")


def _is_aware(column: sa.Column) -> bool:
    return isinstance(column.type, sa.DateTime) and bool(column.type.timezone)


def _utc(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _encoder(table: sa.Table) -> Callable[[Any], list[Any]]:
    """Encode a row of ``table``; naive times of an aware column are UTC (SQLite drops the zone)."""
    encode = fmt.row_encoder([type_tag(c.type) for c in table.columns])
    aware = [i for i, c in enumerate(table.columns) if _is_aware(c)]
    if not aware:
        return encode

    def encode_aware(row: Any) -> list[Any]:
        values = list(row)
        for i in aware:
            values[i] = _utc(values[i])
        return encode(values)

    return encode_aware


# --- tables and their order ------------------------------------------------


@dataclass
class Plan:
    """Tables in insert order, and the foreign-key columns filled after every row exists."""

    tables: list[sa.Table]
    deferred: dict[str, list[str]]


def plan(tables: Iterable[sa.Table]) -> Plan:
    """Order tables parents first; defer self-referencing and cyclic foreign keys."""
    ordered: list[sa.Table] = []
    cyclic: list[sa.ForeignKeyConstraint] = []
    for table, constraints in sort_tables_and_constraints(list(tables)):
        if table is None:
            cyclic.extend(constraints)
        else:
            ordered.append(table)
    deferred: dict[str, list[str]] = {}
    for table in ordered:
        for constraint in table.foreign_key_constraints:
            if constraint.referred_table is table or constraint in cyclic:
                for column in constraint.columns:
                    deferred.setdefault(table.name, [])
                    if column.name not in deferred[table.name]:
                        deferred[table.name].append(column.name)
    return Plan(ordered, deferred)


def _app_tables() -> list[sa.Table]:
    from ..extensions import db

    return list(db.metadata.tables.values())


def _reflected_tables(connection: Connection) -> list[sa.Table]:
    metadata = sa.MetaData()
    metadata.reflect(connection)
    return [t for t in metadata.tables.values() if t.name != VERSION_TABLE]


def _revision(connection: Connection) -> str | None:
    if not sa.inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def head_revision(directory: str) -> str:
    """Return the newest migration of the code."""
    return _scripts(directory).get_current_head()


def _scripts(directory: str):
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", directory)
    return ScriptDirectory.from_config(config)


def known_revision(directory: str, revision: str) -> bool:
    """Return whether the code's migrations know a revision (so they can take it to head)."""
    from alembic.util import CommandError

    try:
        return _scripts(directory).get_revision(revision) is not None
    except CommandError:
        return False


# --- backup ----------------------------------------------------------------


def _snapshot(engine: Engine) -> Connection:
    """Open a connection whose reads all see one snapshot of the database."""
    if engine.dialect.name == "sqlite":
        # pysqlite would start no transaction for a SELECT: take over and BEGIN ourselves.
        connection = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        connection.exec_driver_sql("BEGIN")
        return connection
    options: dict[str, Any] = {"isolation_level": "REPEATABLE READ"}
    if engine.dialect.name == "postgresql":
        options["postgresql_readonly"] = True
    connection = engine.connect().execution_options(**options)
    connection.begin()
    return connection


def _end_snapshot(connection: Connection) -> None:
    try:
        if connection.engine.dialect.name == "sqlite":
            connection.exec_driver_sql("ROLLBACK")
        else:
            connection.rollback()
    finally:
        connection.close()


def _primary_order(table: sa.Table) -> list[sa.Column]:
    return list(table.primary_key.columns) or list(table.columns)


def write_backup(
    engine: Engine,
    path: Path,
    *,
    head: str,
    app_version: str = "",
    progress: Progress | None = None,
    on_snapshot: Callable[[], None] | None = None,
    skip: Iterable[str] = (),
) -> Summary:
    """Write a consistent backup of the database to ``path`` (atomically: a temporary file, then rename).

    Tables in ``skip`` (the translation cache, which can be rebuilt) are listed with no rows, so a
    restore empties them.
    """
    skip = frozenset(skip)
    started = time.perf_counter()
    path = Path(path)
    connection = _snapshot(engine)
    try:
        revision = _revision(connection)
        if revision is None:
            raise fmt.BackupError(
                N_("The database has no schema yet: there is nothing to back up."), reason="no_schema"
            )
        tables = _app_tables() if revision == head else _reflected_tables(connection)
        order = plan(tables).tables
        counts = {
            t.name: 0
            if t.name in skip
            else connection.execute(sa.select(sa.func.count()).select_from(t)).scalar()
            for t in order
        }
        if on_snapshot is not None:
            on_snapshot()  # tests write here to prove the snapshot does not move
        header = fmt.Header(
            schema_revision=revision,
            tables=[
                fmt.TableHeader(t.name, [(c.name, type_tag(c.type)) for c in t.columns], counts[t.name])
                for t in order
            ],
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            app_version=app_version,
            source=engine.dialect.name,
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as stream:
                writer = fmt.Writer(stream, header)
                for table in order:
                    writer.table(table.name)
                    encode = _encoder(table)
                    done = 0
                    total = counts[table.name]
                    query = sa.select(table).order_by(*_primary_order(table))
                    if table.name in skip:
                        query = query.where(sa.false())
                    result = connection.execution_options(yield_per=BATCH).execute(query)
                    for rows in result.partitions(BATCH):
                        writer.rows([encode(row) for row in rows])
                        done += len(rows)
                        if progress:
                            progress(table.name, done, total)
                    if done != total:
                        raise RuntimeError(f"{table.name}: read {done} rows, counted {total}")
                    if progress and total == 0:
                        progress(table.name, 0, 0)
                writer.close()
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    finally:
        _end_snapshot(connection)
    return Summary(
        path=path,
        schema_revision=revision,
        rows=counts,
        size=path.stat().st_size,
        seconds=time.perf_counter() - started,
    )


BACKUP_NAME = re.compile(r"^mou-review-\d{8}T\d{6}\.\d{3}Z\.jsonl\.gz$")


def timestamped_path(directory: Path, now: datetime | None = None) -> Path:
    """Return ``DIR/mou-review-YYYYMMDDTHHMMSS.mmmZ.jsonl.gz`` (sorting by name sorts by time)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    return Path(directory) / f"mou-review-{now:%Y%m%dT%H%M%S}.{now.microsecond // 1000:03d}Z.jsonl.gz"


def prune(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` timestamped backups in a folder; return the deleted ones."""
    backups = sorted(p for p in Path(directory).iterdir() if BACKUP_NAME.match(p.name))
    doomed = backups[: max(len(backups) - keep, 0)]
    for old in doomed:
        old.unlink()
    return doomed


# --- restore ---------------------------------------------------------------


def data_tables(connection: Connection) -> dict[str, int]:
    """Return the tables of a database that hold rows (beyond what ``init-db`` puts there)."""
    found = {}
    for table in _reflected_tables(connection):
        if table.name in SEEDED_TABLES:
            continue
        if connection.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first():
            found[table.name] = 1
    return found


def inspect_target(engine: Engine) -> tuple[str | None, dict[str, int]]:
    """Return the target's schema revision (None without a schema) and the tables holding data."""
    with engine.connect() as connection:
        return _revision(connection), data_tables(connection)


def _empty(connection: Connection, order: Plan) -> None:
    """Delete every row of the tables (children first)."""
    if connection.dialect.name == "postgresql":
        names = ", ".join(connection.dialect.identifier_preparer.format_table(t) for t in order.tables)
        connection.exec_driver_sql(f"TRUNCATE {names}")
        return
    by_name = {t.name: t for t in order.tables}
    for name, columns in order.deferred.items():
        connection.execute(by_name[name].update().values({c: None for c in columns}))
    for table in reversed(order.tables):
        connection.execute(table.delete())


def _reset_sequences(connection: Connection, tables: Iterable[sa.Table]) -> None:
    """Move each id sequence past the largest restored id (PostgreSQL)."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, sa.Integer):
            continue
        quoted = connection.dialect.identifier_preparer.format_table(table)
        column = connection.dialect.identifier_preparer.quote(key[0].name)
        sequence = connection.execute(
            sa.text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": quoted, "column": key[0].name},
        ).scalar()
        if sequence:
            connection.execute(
                sa.text(
                    f"SELECT setval(CAST(:sequence AS regclass), COALESCE(MAX({column}), 0) + 1, false) "
                    f"FROM {quoted}"
                ),
                {"sequence": sequence},
            )


def load(
    connection: Connection,
    tables: Iterable[sa.Table],
    batches: Iterator[tuple[fmt.TableHeader, list[list[Any]]]],
    header: fmt.Header,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Empty the target tables and insert the backup's rows, in the caller's transaction."""
    by_name = {t.name: t for t in tables}
    missing = [t.name for t in header.tables if t.name not in by_name]
    if missing:
        raise fmt.BackupError(
            N_("The database has no table %(table)s that the backup holds."), table=missing[0], reason="table"
        )
    order = plan(by_name.values())
    _empty(connection, order)
    counts: dict[str, int] = {t.name: 0 for t in header.tables}
    post: list[tuple[sa.Table, str, list[str], list[dict[str, Any]]]] = []
    totals = {t.name: t.rows for t in header.tables}
    for described, rows in batches:
        table = by_name[described.name]
        names = described.column_names
        unknown = [n for n in names if n not in table.c]
        if unknown:
            raise fmt.BackupError(
                N_("The table %(table)s has no column %(column)s that the backup holds."),
                table=table.name,
                column=unknown[0],
                reason="column",
            )
        if not rows:
            if progress and totals[table.name] == 0:
                progress(table.name, 0, 0)
            continue
        aware = [i for i, n in enumerate(names) if _is_aware(table.c[n])]
        later = order.deferred.get(table.name, [])
        records = []
        for values in rows:
            for i in aware:
                values[i] = _utc(values[i])
            records.append(dict(zip(names, values, strict=True)))
        if later:
            key = _single_key(table)
            updates = [
                {"_key": r[key], **{f"_{c}": r[c] for c in later}}
                for r in records
                if any(r.get(c) is not None for c in later)
            ]
            for record in records:
                for column in later:
                    record[column] = None
            post.append((table, key, later, updates))
        connection.execute(table.insert(), records)
        counts[table.name] += len(records)
        if progress:
            progress(table.name, counts[table.name], totals[table.name])
    for table, key, later, updates in post:
        if updates:
            statement = (
                table.update()
                .where(table.c[key] == sa.bindparam("_key"))
                .values({c: sa.bindparam(f"_{c}") for c in later})
            )
            connection.execute(statement, updates)
    _reset_sequences(connection, order.tables)
    return counts


def _single_key(table: sa.Table) -> str:
    key = list(table.primary_key.columns)
    if len(key) != 1:
        raise fmt.BackupError(
            N_("The table %(table)s refers to itself but has no single-column key."), table=table.name
        )
    return key[0].name


def restore_rows(
    engine: Engine,
    path: Path,
    header: fmt.Header,
    *,
    tables: Iterable[sa.Table] | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Load a verified backup into a database already at the backup's schema, in one transaction."""
    with engine.connect() as connection:
        with connection.begin():
            targets = list(tables) if tables is not None else _reflected_tables(connection)
            return load(connection, targets, fmt.read_tables(path, BATCH), header, progress)


def app_tables() -> list[sa.Table]:
    """Return the tables of the app's metadata (the schema at head)."""
    return _app_tables()
