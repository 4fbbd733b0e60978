"""``mou-review backup`` and ``mou-review restore``: the whole record in one file, and back.

See ``services/backup.py`` for how the snapshot is kept consistent and how the
restore stays one transaction, and ``domain/backup_format.py`` for the file.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import exc as sa_exc

from .cli import CliError, cli_text, error_text
from .domain import backup_format as fmt
from .domain.errors import N_
from .extensions import db
from .services import backup as service


def app_version() -> str:
    """Return the installed version of mou-review."""
    try:
        return version("mou-review")
    except PackageNotFoundError:
        return "unknown"


def _directory() -> str:
    return current_app.extensions["migrate"].directory


class TerminalProgress:
    """Show 'table  done/total rows' on one line of a terminal, at most five times a second."""

    def __init__(self, verb: str, stream=None) -> None:
        self.verb = verb
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last = 0.0
        self._shown = False

    def __call__(self, table: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.2 and done < total:
            return
        self._last = now
        self.stream.write(f"\r\033[K{self.verb} {table}: {done:,} / {total:,} rows")
        self.stream.flush()
        self._shown = True

    def done(self) -> None:
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def human_size(size: int) -> str:
    """Return a size in B, kB or MB."""
    if size < 1000:
        return f"{size} B"
    if size < 1000 * 1000:
        return f"{size / 1000:.1f} kB"
    return f"{size / 1000 / 1000:.1f} MB"


def print_summary(title: str, summary: service.Summary) -> None:
    """Print rows per table, size and time."""
    click.echo(
        f"{title} {summary.path} (schema {summary.schema_revision}): {summary.total_rows:,} rows in "
        f"{len(summary.rows)} tables, {human_size(summary.size)}, {summary.seconds:.2f} s"
    )
    if summary.migrated_from:
        click.echo(f"  migrated from schema {summary.migrated_from} to {summary.schema_revision}")
    width = max((len(name) for name in summary.rows), default=5)
    for name, rows in summary.rows.items():
        click.echo(f"  {name:<{width}} {rows:>10,}")


def _database_failure(error: sa_exc.SQLAlchemyError) -> click.ClickException:
    first = (str(getattr(error, "orig", None) or error).strip().splitlines() or [""])[0].rstrip(".")
    if isinstance(error, sa_exc.OperationalError) and not isinstance(error, sa_exc.IntegrityError):
        return CliError(
            cli_text(
                N_("Cannot use the database at DATABASE_URL (%(detail)s). Nothing was changed."), detail=first
            )
        )
    return CliError(
        cli_text(N_("The database refused the operation (%(detail)s). Nothing was changed."), detail=first)
    )


@click.command("backup")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file.")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write a timestamped file into this folder.",
)
@click.option("--keep", type=click.IntRange(min=1), help="With --dir: keep only the newest N backups.")
@click.option(
    "--without-cache", is_flag=True, help="Leave out the machine-translation cache (rebuilt on demand)."
)
@with_appcontext
def backup_command(
    output: Path | None, directory: Path | None, keep: int | None, without_cache: bool
) -> None:
    """Write the whole record to one compressed, checksummed file (safe while the server runs)."""
    if (output is None) == (directory is None):
        raise CliError(cli_text(N_("Give either -o FILE or --dir DIR.")))
    if keep is not None and directory is None:
        raise CliError(cli_text(N_("--keep only goes with --dir.")))
    target = output if output is not None else service.timestamped_path(directory)
    progress = TerminalProgress("Backing up")
    try:
        summary = service.write_backup(
            db.engine,
            target,
            head=service.head_revision(_directory()),
            app_version=app_version(),
            progress=progress,
            skip=service.CACHE_TABLES if without_cache else (),
        )
    except fmt.BackupError as error:
        raise CliError(error_text(error)) from None
    except sa_exc.SQLAlchemyError as error:
        raise _database_failure(error) from None
    except OSError as error:
        raise CliError(
            cli_text(N_("Cannot write %(path)s: %(reason)s."), path=target, reason=error.strerror or error)
        ) from None
    finally:
        progress.done()
    print_summary("Backup written to", summary)
    if keep is not None:
        for old in service.prune(directory, keep):
            click.echo(f"  removed old backup {old.name}")


def migrate_forward(path: Path, header: fmt.Header, workdir: Path) -> tuple[Path, fmt.Header]:
    """Load an older backup into a scratch SQLite database, migrate it to head, and back it up again."""
    from flask_migrate import upgrade

    from . import create_app

    scratch = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{workdir / 'scratch.sqlite3'}", "SECRET_KEY": "scratch"}
    )
    migrated = workdir / "migrated.jsonl.gz"
    with scratch.app_context():
        try:
            upgrade(directory=_directory(), revision=header.schema_revision)
            service.restore_rows(db.engine, path, header)
            upgrade(directory=_directory())
            service.write_backup(db.engine, migrated, head=service.head_revision(_directory()))
        finally:
            db.session.remove()
            db.engine.dispose()
    return migrated, fmt.verify(migrated)


@click.command("restore")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace everything in a database that already holds data.")
@with_appcontext
def restore_command(file: Path, force: bool) -> None:
    """Restore a backup into the database at DATABASE_URL, in one transaction."""
    from flask_migrate import upgrade

    started = time.perf_counter()
    directory = _directory()
    head = service.head_revision(directory)
    workdir = Path(tempfile.mkdtemp(prefix="mou-restore-"))
    progress = TerminalProgress("Restoring")
    try:
        click.echo(f"Checking {file}...")
        header = fmt.verify(file)
        if header.schema_revision != head and not service.known_revision(directory, header.schema_revision):
            raise CliError(
                cli_text(
                    N_(
                        "The backup has schema %(revision)s, which this version of mou-review does not know "
                        "(it was made by a newer version): upgrade mou-review first. Nothing was changed."
                    ),
                    revision=header.schema_revision,
                )
            )
        revision, holding = service.inspect_target(db.engine)
        if revision is not None and revision != head and not service.known_revision(directory, revision):
            raise CliError(
                cli_text(
                    N_(
                        "The database is at schema %(revision)s, newer than this version of mou-review. "
                        "Nothing was changed."
                    ),
                    revision=revision,
                )
            )
        if holding and not force:
            raise CliError(
                cli_text(
                    N_(
                        "The database already holds data (in %(tables)s); restore only into an empty database, "
                        "or add --force to replace everything in it. Nothing was changed."
                    ),
                    tables=", ".join(sorted(holding)),
                )
            )
        source, migrated_from = file, None
        if header.schema_revision != head:
            click.echo(f"Migrating the backup from schema {header.schema_revision} to {head}...")
            migrated_from = header.schema_revision
            source, header = migrate_forward(file, header, workdir)
        upgrade(directory=directory)
        rows = service.restore_rows(db.engine, source, header, tables=service.app_tables(), progress=progress)
    except fmt.BackupError as error:
        raise CliError(error_text(error)) from None
    except sa_exc.SQLAlchemyError as error:
        raise _database_failure(error) from None
    finally:
        progress.done()
        shutil.rmtree(workdir, ignore_errors=True)
    summary = service.Summary(
        path=file,
        schema_revision=head,
        rows=rows,
        size=file.stat().st_size,
        seconds=time.perf_counter() - started,
        migrated_from=migrated_from,
    )
    print_summary("Restored", summary)


@click.command("verify-backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--against",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Another backup whose tables and rows must be the same (the restore drill).",
)
def verify_backup_command(file: Path, against: Path | None) -> None:
    """Check a backup's checksum and structure; with --against, compare its content with another."""
    try:
        header = fmt.verify(file)
        click.echo(
            f"{file}: intact, schema {header.schema_revision}, {header.total_rows:,} rows in "
            f"{len(header.tables)} tables, taken {header.created_at} from {header.source or 'unknown'}"
        )
        if against is None:
            return
        other = fmt.verify(against)
        if other.schema_revision != header.schema_revision:
            raise CliError(
                cli_text(
                    N_("%(other)s has schema %(theirs)s, %(file)s has %(mine)s."),
                    other=against,
                    theirs=other.schema_revision,
                    file=file,
                    mine=header.schema_revision,
                )
            )
        mine, theirs = fmt.content_digests(file), fmt.content_digests(against)
    except fmt.BackupError as error:
        raise CliError(error_text(error)) from None
    differing = sorted(name for name in set(mine) | set(theirs) if mine.get(name) != theirs.get(name))
    if differing:
        details = ", ".join(
            cli_text(
                N_("%(table)s (%(mine)s / %(theirs)s rows)"),
                table=name,
                mine=mine.get(name, (0,))[0],
                theirs=theirs.get(name, (0,))[0],
            )
            for name in differing
        )
        raise CliError(
            cli_text(
                N_("The backups differ in %(count)s tables: %(details)s."),
                count=len(differing),
                details=details,
            )
        )
    click.echo(f"Same content as {against}: {len(mine)} tables, {sum(c for c, _ in mine.values()):,} rows.")
