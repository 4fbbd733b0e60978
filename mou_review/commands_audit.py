"""``mou-review audit export SLUG --format csv|json``: a document's audit trail for the parties."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click
from flask.cli import with_appcontext

from .cli import CliError, cli_text, error_text
from .domain.errors import N_, MouReviewError
from .extensions import db
from .services import audit as service
from .services.documents import get_document


@click.group("audit")
def audit_group() -> None:
    """Read the audit log."""


def _day(_ctx, _param, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@audit_group.command("export")
@click.argument("slug")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Default: standard output."
)
@click.option("--since", callback=_day, help="First day (UTC), YYYY-MM-DD.")
@click.option("--until", callback=_day, help="Last day (UTC), YYYY-MM-DD.")
@with_appcontext
def audit_export(slug: str, fmt: str, output: Path | None, since: date | None, until: date | None) -> None:
    """Write every audit event of a document, oldest first, as CSV or JSON."""
    try:
        document = get_document(db.session, slug)
    except MouReviewError as error:
        raise CliError(error_text(error)) from None
    rows = service.export_rows(
        db.session, service.AuditFilter(document_id=document.id, since=since, until=until)
    )
    try:
        stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as error:
        raise CliError(
            cli_text(N_("Cannot write %(path)s: %(reason)s."), path=output, reason=error.strerror or error)
        ) from None
    try:
        if fmt == "csv":
            service.write_csv(rows, stream)
        else:
            service.write_json(rows, stream, document)
    finally:
        if output:
            stream.close()
    if output:
        click.echo(f"{len(rows)} events of {slug} written to {output}.", err=True)
