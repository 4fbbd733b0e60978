"""Backup and restore time and size: the demo record, and a generated record 100 times larger.

For each database (SQLite, and PostgreSQL at MOU_BENCH_PG_URL, default a database
``mou_bench_backup`` on the local server): load the demo (``seed-demo``), back it up, restore
the file into a fresh database; then build backups 10 and 100 times larger by copying every row of
the demo backup with its ids (and the foreign keys pointing at them) shifted, restore that into
a fresh database and back it up again.  Prints rows, size, time per row for each, and the ratio
of the time per row (100x / 1x, and 100x / 10x where fixed costs such as one query per table
no longer count): at or below 1 means the cost grows linearly with the record, not faster.
Restore time includes checking the file (checksum); schema creation is reported apart.

    .venv/bin/python bench/bench_backup.py [--copies 100] [--sqlite-only]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fresh_postgres(base: str, name: str) -> str:
    """Drop and create a database next to ``base``; return its URL."""
    engine = sa.create_engine(
        base.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    with engine.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return urlunsplit(urlsplit(base)._replace(path="/" + name))


def multiply(source: Path, target: Path, copies: int) -> int:
    """Write a backup holding ``copies`` shifted copies of every row of ``source``; return its rows."""
    from mou_review.domain import backup_format as fmt
    from mou_review.extensions import db

    header = fmt.verify(source)
    rows = {t.name: [] for t in header.tables}
    for table, batch in fmt.read_tables(source):
        rows[table.name].extend(batch)
    tables = db.metadata.tables
    offset = {}
    for described in header.tables:
        key = list(tables[described.name].primary_key.columns)[0].name
        index = described.column_names.index(key)
        offset[described.name] = max((r[index] for r in rows[described.name]), default=0) + 1
    plans = {}
    for described in header.tables:
        table = tables[described.name]
        shifts, uniques = {}, {}
        for i, name in enumerate(described.column_names):
            column = table.c[name]
            if column.primary_key:
                shifts[i] = described.name
            for fk in column.foreign_keys:
                shifts[i] = fk.column.table.name
            single_unique = column.unique or any(
                isinstance(c, sa.UniqueConstraint) and list(c.columns) == [column] for c in table.constraints
            )
            if single_unique and described.column_types[i] == "text":
                uniques[i] = getattr(column.type, "length", None) or 10_000
        plans[described.name] = (shifts, uniques)
    out = fmt.Header(
        schema_revision=header.schema_revision,
        tables=[fmt.TableHeader(t.name, t.columns, t.rows * copies) for t in header.tables],
        created_at=header.created_at,
        source="generated",
    )
    encoders = {t.name: fmt.row_encoder(t.column_types) for t in header.tables}
    with target.open("wb") as stream:
        writer = fmt.Writer(stream, out, compresslevel=6)
        for described in header.tables:
            writer.table(described.name)
            shifts, uniques = plans[described.name]
            for k in range(copies):
                batch = []
                for row in rows[described.name]:
                    copy = list(row)
                    for i, referred in shifts.items():
                        if copy[i] is not None:
                            copy[i] += k * offset[referred]
                    if k:
                        for i, length in uniques.items():
                            suffix = f"~{k}"
                            copy[i] = copy[i][: length - len(suffix)] + suffix
                    batch.append(encoders[described.name](copy))
                writer.rows(batch)
        writer.close()
    return out.total_rows


def measure(url: str, label: str, workdir: Path, copies: int) -> dict[str, dict[str, float]]:
    """Back up and restore the demo record and the multiplied one on one kind of database."""
    from flask_migrate import upgrade

    from mou_review import create_app
    from mou_review.cli import upgrade_database
    from mou_review.domain import backup_format as fmt
    from mou_review.extensions import db
    from mou_review.services import backup as service
    from mou_review.services.demo import seed_demo

    def app_on(database: str):
        return create_app({"SQLALCHEMY_DATABASE_URI": database, "SECRET_KEY": "bench"})

    def database(name: str) -> str:
        if label == "SQLite":
            return f"sqlite:///{workdir / (name + '.sqlite3')}"
        return fresh_postgres(url, "mou_bench_backup_" + name)

    def backup(app, path: Path) -> tuple[float, int, int]:
        with app.app_context():
            head = service.head_revision(app.extensions["migrate"].directory)
            started = time.perf_counter()
            summary = service.write_backup(db.engine, path, head=head)
            return time.perf_counter() - started, summary.size, summary.total_rows

    def restore(path: Path, name: str) -> tuple[float, float, object]:
        app = app_on(database(name))
        with app.app_context():
            started = time.perf_counter()
            upgrade(directory=app.extensions["migrate"].directory)
            schema = time.perf_counter() - started
            started = time.perf_counter()
            header = fmt.verify(path)
            service.restore_rows(db.engine, path, header, tables=service.app_tables())
            return time.perf_counter() - started, schema, app

    results = {}
    demo = app_on(database("bench_demo"))
    with demo.app_context():
        upgrade_database()
        seed_demo(db.session, ROOT / "documents")
        db.session.remove()
    small = workdir / f"{label}-demo.jsonl.gz"
    b_time, size, rows = backup(demo, small)
    r_time, schema, restored = restore(small, "bench_demo_restored")
    results["demo"] = {"rows": rows, "size": size, "backup": b_time, "restore": r_time, "schema": schema}
    for app in (demo, restored):
        with app.app_context():
            db.engine.dispose()
    for factor in (copies // 10, copies):
        big = workdir / f"{label}-x{factor}.jsonl.gz"
        multiply(small, big, factor)
        r_time, schema, restored = restore(big, f"bench_x{factor}")
        again = workdir / f"{label}-x{factor}-again.jsonl.gz"
        b_time, size, rows = backup(restored, again)
        with restored.app_context():
            db.engine.dispose()
        results[f"x{factor}"] = {
            "rows": rows,
            "size": size,
            "backup": b_time,
            "restore": r_time,
            "schema": schema,
        }
    if label != "SQLite":
        for name in ("bench_demo", "bench_demo_restored", f"bench_x{copies // 10}", f"bench_x{copies}"):
            engine = sa.create_engine(
                url.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
            )
            with engine.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "mou_bench_backup_{name}" WITH (FORCE)')
            engine.dispose()
    return results


def report(label: str, results: dict[str, dict[str, float]], copies: int) -> None:
    small, middle, big = results["demo"], results[f"x{copies // 10}"], results[f"x{copies}"]
    print(f"\n{label}")
    print(
        f"  {'record':<8} {'rows':>9} {'file':>10} {'bytes/row':>9} {'backup':>9} {'µs/row':>7} {'restore':>9} {'µs/row':>7}"
    )
    for name, r in results.items():
        print(
            f"  {name:<8} {r['rows']:>9,} {r['size'] / 1000:>8.1f}kB {r['size'] / r['rows']:>9.1f} "
            f"{r['backup']:>8.3f}s {r['backup'] / r['rows'] * 1e6:>7.1f} {r['restore']:>8.3f}s "
            f"{r['restore'] / r['rows'] * 1e6:>7.1f}"
        )
    for what in ("backup", "restore"):
        per_row = {k: v[what] / v["rows"] for k, v in (("s", small), ("m", middle), ("b", big))}
        print(
            f"  {what} time per row, x{copies} / demo: {per_row['b'] / per_row['s']:.2f}; "
            f"x{copies} / x{copies // 10}: {per_row['b'] / per_row['m']:.2f}"
        )
    print(f"  schema creation (migrations) before a restore: {small['schema']:.2f}s, not counted above")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=3, help="Keep the fastest of N runs (a shared machine is noisy)."
    )
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    os.environ["MOU_INSTANCE_PATH"] = str(workdir / "instance")
    import logging

    logging.disable(logging.INFO)  # alembic's "Running upgrade" lines
    targets = [("SQLite", "")]
    if not args.sqlite_only:
        targets.append(
            (
                "PostgreSQL",
                os.environ.get("MOU_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
            )
        )
    results = {}
    for label, url in targets:
        runs = []
        for run in range(args.repeat):
            folder = workdir / f"{label}-{run}"
            folder.mkdir()
            runs.append(measure(url, label, folder, args.copies))
        results[label] = {
            record: {metric: min(r[record][metric] for r in runs) for metric in runs[0][record]}
            for record in runs[0]
        }
    for label, values in results.items():
        report(label, values, args.copies)


if __name__ == "__main__":
    main()
