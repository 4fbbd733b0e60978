"""The backup file format: one gzip-compressed stream of JSON lines, with a checksum.

A backup is readable with nothing but ``zcat`` and a JSON parser, and does not
depend on the database it came from, so it is also how a deployment moves from
SQLite to PostgreSQL and back.  The lines, in order:

1. the header: ``{"format": "mou-review-backup", "format_version": 1,
   "schema_revision": "0002", "app_version", "created_at", "source",
   "tables": [{"name", "columns": [[name, type], ...], "rows": n}, ...]}``;
   tables are listed parents first (the order restore inserts them);
2. for each table of the header, in its order: ``{"table": name}`` followed by
   one JSON array per row, its values in the header's column order;
3. the trailer: ``{"end": true, "rows": total, "sha256": hex}``, the SHA-256 of
   every byte (UTF-8) of the lines before it, newlines included.

Values are encoded by column type so that every database reads them back the
same: ``int``, ``float``, ``text`` and ``bool`` as JSON numbers, strings and
booleans; ``decimal`` as a string; ``datetime`` as ISO 8601 (an aware time in
UTC with ``+00:00``, a naive one without offset); ``date`` as ``YYYY-MM-DD``;
``binary`` as base64; ``json`` as the JSON value itself; SQL NULL as ``null``.

This module is pure Python: it knows lines and values, not databases.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from .errors import N_, MouReviewError

FORMAT = "mou-review-backup"
FORMAT_VERSION = 1
TYPES = ("int", "float", "decimal", "text", "bool", "datetime", "date", "binary", "json")


class BackupError(MouReviewError):
    """A backup file that cannot be used (damaged, truncated, unknown format or schema)."""

    code = "bad_backup"
    http_status = 400


def _encode_datetime(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.isoformat()


def _decode_datetime(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _identity(value: Any) -> Any:
    return value


ENCODERS: dict[str, Callable[[Any], Any]] = {
    "int": int,
    "float": float,
    "decimal": str,
    "text": str,
    "bool": bool,
    "datetime": _encode_datetime,
    "date": lambda value: value.isoformat(),
    "binary": lambda value: base64.b64encode(bytes(value)).decode("ascii"),
    "json": _identity,
}
DECODERS: dict[str, Callable[[Any], Any]] = {
    "int": int,
    "float": float,
    "decimal": Decimal,
    "text": str,
    "bool": bool,
    "datetime": _decode_datetime,
    "date": date.fromisoformat,
    "binary": base64.b64decode,
    "json": _identity,
}


def row_encoder(types: list[str]) -> Callable[[Any], list[Any]]:
    """Return a function encoding a row (a sequence of values) for the given column types."""
    encoders = [ENCODERS[t] for t in types]

    def encode(row: Any) -> list[Any]:
        return [None if v is None else enc(v) for enc, v in zip(encoders, row, strict=True)]

    return encode


def row_decoder(types: list[str]) -> Callable[[list[Any]], list[Any]]:
    """Return a function decoding an encoded row back into Python values."""
    decoders = [DECODERS[t] for t in types]

    def decode(row: list[Any]) -> list[Any]:
        return [None if v is None else dec(v) for dec, v in zip(decoders, row, strict=True)]

    return decode


@dataclass
class TableHeader:
    """A table as the header describes it."""

    name: str
    columns: list[tuple[str, str]]
    rows: int

    @property
    def column_names(self) -> list[str]:
        return [c[0] for c in self.columns]

    @property
    def column_types(self) -> list[str]:
        return [c[1] for c in self.columns]


@dataclass
class Header:
    """What a backup holds, read from its first line."""

    schema_revision: str
    tables: list[TableHeader]
    created_at: str = ""
    app_version: str = ""
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_revision": self.schema_revision,
            "app_version": self.app_version,
            "created_at": self.created_at,
            "source": self.source,
            "tables": [
                {"name": t.name, "columns": [list(c) for c in t.columns], "rows": t.rows} for t in self.tables
            ],
            **self.extra,
        }


def _dumps(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


class Writer:
    """Write a backup to a binary file object: header, tables, rows, trailer."""

    def __init__(self, stream: IO[bytes], header: Header, compresslevel: int = 6) -> None:
        self._gzip = gzip.GzipFile(fileobj=stream, mode="wb", compresslevel=compresslevel, mtime=0)
        self._hash = hashlib.sha256()
        self._rows = 0
        self._expected = {t.name: t.rows for t in header.tables}
        self._counts: dict[str, int] = {}
        self._table: str | None = None
        self._write(header.to_json())

    def _write(self, value: Any) -> None:
        data = _dumps(value)
        self._hash.update(data)
        self._gzip.write(data)

    def table(self, name: str) -> None:
        """Start the rows of a table."""
        self._table = name
        self._counts[name] = 0
        self._write({"table": name})

    def rows(self, encoded_rows: list[list[Any]]) -> None:
        """Write rows of the current table, already encoded."""
        chunk = b"".join(_dumps(row) for row in encoded_rows)
        self._hash.update(chunk)
        self._gzip.write(chunk)
        self._rows += len(encoded_rows)
        self._counts[self._table] += len(encoded_rows)

    def close(self) -> None:
        """Write the trailer and finish the gzip stream."""
        if self._counts != self._expected:
            raise ValueError(f"rows written {self._counts} differ from the header {self._expected}")
        trailer = {"end": True, "rows": self._rows, "sha256": self._hash.hexdigest()}
        self._gzip.write(_dumps(trailer))
        self._gzip.close()


def _damaged(reason: str) -> BackupError:
    return BackupError(
        N_("The backup file is damaged or incomplete (%(reason)s); nothing was restored."), reason=reason
    )


def _lines(path: Path) -> Iterator[bytes]:
    """Yield the decompressed lines of a backup, turning gzip errors into BackupError."""
    try:
        with gzip.open(path, "rb") as handle:
            yield from handle
    except FileNotFoundError as error:
        raise BackupError(N_("No backup file at %(path)s."), path=str(path), reason="missing") from error
    except gzip.BadGzipFile as error:
        raise _damaged(f"corrupt compressed data: {error}") from error
    except EOFError as error:
        raise _damaged("the file ends too early") from error
    except (zlib.error, OSError) as error:
        raise _damaged(f"compressed data is corrupt: {error}") from error


def _parse(line: bytes) -> Any:
    try:
        return json.loads(line)
    except (ValueError, UnicodeDecodeError) as error:
        raise _damaged("a line is not valid JSON") from error


def _header(value: Any) -> Header:
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise BackupError(N_("This file is not a mou-review backup."), reason="not_backup")
    if value.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            N_("This backup uses format version %(version)s, which this version of mou-review cannot read."),
            version=str(value.get("format_version")),
            reason="format_version",
        )
    try:
        tables = [
            TableHeader(t["name"], [(str(c[0]), str(c[1])) for c in t["columns"]], int(t["rows"]))
            for t in value["tables"]
        ]
        revision = str(value["schema_revision"])
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise _damaged("the header is incomplete") from error
    for table in tables:
        unknown = [t for t in table.column_types if t not in TYPES]
        if unknown:
            raise _damaged(f"unknown column type {unknown[0]!r} in {table.name}")
    known = {"format", "format_version", "schema_revision", "app_version", "created_at", "source", "tables"}
    return Header(
        schema_revision=revision,
        tables=tables,
        created_at=str(value.get("created_at", "")),
        app_version=str(value.get("app_version", "")),
        source=str(value.get("source", "")),
        extra={k: v for k, v in value.items() if k not in known},
    )


def verify(path: Path) -> Header:
    """Read the whole file and return its header if the checksum, structure and row counts hold."""
    digest = hashlib.sha256()
    header: Header | None = None
    trailer: Any = None
    counts: dict[str, int] = {}
    current: str | None = None
    for line in _lines(path):
        if trailer is not None:
            raise _damaged("data after the end marker")
        if header is None:
            header = _header(_parse(line))
            digest.update(line)
            continue
        if line.startswith(b"{"):
            value = _parse(line)
            if value.get("end") is True:
                trailer = value
                continue
            if "table" not in value:
                raise _damaged("an unexpected line")
            current = value["table"]
            counts[current] = 0
        elif current is None:
            raise _damaged("rows before any table")
        else:
            counts[current] += 1
        digest.update(line)
    if header is None:
        raise _damaged("the file is empty")
    if trailer is None:
        raise _damaged("the end marker is missing: the file was cut short")
    if trailer.get("sha256") != digest.hexdigest():
        raise _damaged("the checksum does not match")
    expected = {t.name: t.rows for t in header.tables}
    if counts != expected:
        raise _damaged("row counts differ from the header")
    return header


def read_header(path: Path) -> Header:
    """Return the header of a backup without checking the rest."""
    for line in _lines(path):
        return _header(_parse(line))
    raise _damaged("the file is empty")


def read_tables(path: Path, batch: int = 1000) -> Iterator[tuple[TableHeader, list[list[Any]]]]:
    """Yield (table, decoded rows) in batches, in file order; call after ``verify``."""
    header: Header | None = None
    tables: dict[str, TableHeader] = {}
    current: TableHeader | None = None
    decode: Callable[[list[Any]], list[Any]] | None = None
    pending: list[list[Any]] = []
    for line in _lines(path):
        if header is None:
            header = _header(_parse(line))
            tables = {t.name: t for t in header.tables}
            continue
        value = _parse(line)
        if isinstance(value, dict):
            if current is not None and pending:
                yield current, pending
            pending = []
            if value.get("end") is True:
                return
            current = tables[value["table"]]
            decode = row_decoder(current.column_types)
            yield current, []  # announces the table, even when it has no rows
            continue
        pending.append(decode(value))
        if len(pending) >= batch:
            yield current, pending
            pending = []
    raise _damaged("the end marker is missing: the file was cut short")


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, (date, Decimal)):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def content_digests(path: Path) -> dict[str, tuple[int, str]]:
    """Return, per table, its row count and a digest of its rows (times in UTC, so engines agree)."""
    digests: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for table, rows in read_tables(path):
        if table.name not in digests:
            digests[table.name] = hashlib.sha256(json.dumps(sorted(table.column_names)).encode())
            counts[table.name] = 0
        names = table.column_names
        for row in rows:
            record = {n: _canonical(v) for n, v in zip(names, row, strict=True)}
            digests[table.name].update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
            counts[table.name] += 1
    return {name: (counts[name], digest.hexdigest()) for name, digest in digests.items()}
