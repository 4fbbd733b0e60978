"""The ``import-docx`` and ``export`` commands: Word files in and out from the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from .cli import CliError, error_text
from .domain import numbering
from .domain.errors import MouReviewError
from .domain.types import ClauseKind, DocumentKind, Lang
from .extensions import db


def _fail(error: MouReviewError) -> None:
    message = error_text(error)
    which = error.details.get("file")
    reason = error.details.get("reason")
    prefix = f"{which}: " if isinstance(which, str) else ""
    suffix = f" ({reason})" if isinstance(reason, str) else ""
    raise CliError(f"{prefix}{message}{suffix}")


def _read(path: Path | None, max_bytes: int) -> bytes | None:
    if path is None:
        return None
    # Never read more than one byte past the limit: the reader refuses it as too large.
    with path.open("rb") as handle:
        return handle.read(max_bytes + 1)


@click.command("import-docx")
@click.argument("slug")
@click.option(
    "--en", "en_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="The English DOCX."
)
@click.option(
    "--fr", "fr_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="The French DOCX."
)
@click.option(
    "--bilingual",
    "bilingual_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="One DOCX laid out as a two-column table (English | French), instead of --en and --fr.",
)
@click.option("--kind", type=click.Choice([k.value for k in DocumentKind]), default="mou", show_default=True)
@click.option("--title-en", default="", help="English title (default: the short name).")
@click.option("--title-fr", default="", help="French title (default: the short name).")
@click.option("--json", "as_json", is_flag=True, help="Print the imported clauses as JSON.")
@with_appcontext
def import_docx_command(
    slug: str,
    en_path: Path | None,
    fr_path: Path | None,
    bilingual_path: Path | None,
    kind: str,
    title_en: str,
    title_fr: str,
    as_json: bool,
) -> None:
    """Import an English and a French DOCX (or one bilingual DOCX) as a new document."""
    from .services import docx_io

    if bilingual_path is None and (en_path is None or fr_path is None):
        raise click.UsageError("Give --en and --fr, or --bilingual.")
    max_bytes = int(current_app.config["MAX_DOCX_BYTES"])
    try:
        document, proposal = docx_io.import_files(
            db.session,
            None,
            slug=slug,
            kind=DocumentKind(kind),
            title_en=title_en,
            title_fr=title_fr,
            en=_read(en_path, max_bytes),
            fr=_read(fr_path, max_bytes),
            bilingual=_read(bilingual_path, max_bytes),
            max_bytes=max_bytes,
            max_paragraphs=int(current_app.config["MAX_DOCX_PARAGRAPHS"]),
            time_limit=float(current_app.config["DOCX_IMPORT_SECONDS"]),
        )
    except MouReviewError as error:
        db.session.rollback()
        _fail(error)
    numbers = numbering.number_all((ClauseKind(r.kind), r.level) for r in proposal.rows)
    if as_json:
        payload = {
            "document": document.slug,
            "clauses": [
                {
                    "number": number,
                    "kind": row.kind,
                    "level": row.level,
                    "en": row.en,
                    "fr": row.fr,
                    "confidence": row.confidence,
                }
                for row, number in zip(proposal.rows, numbers, strict=True)
            ],
            "unpaired": {"en": proposal.unpaired_en, "fr": proposal.unpaired_fr},
            "warnings": proposal.warnings,
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for warning in proposal.warnings:
        if warning["code"] == "language_mismatch":
            click.echo(
                f"Warning: the {warning['file']} file reads as {warning['detected']}"
                + (" (the two files look swapped)." if warning.get("swapped") else "."),
                err=True,
            )
    low = sum(1 for row in proposal.rows if row.confidence is not None and row.confidence < 0.5)
    click.echo(f"Imported {document.slug}: {len(proposal.rows)} clauses ({low} with low confidence).")
    for lang, texts in ((Lang.EN, proposal.unpaired_en), (Lang.FR, proposal.unpaired_fr)):
        for text in texts:
            click.echo(f"  unpaired {lang}: {text[:100]}")


@click.command("export")
@click.argument("slug")
@click.option("--lang", "variant", type=click.Choice(["en", "fr", "bilingual"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), required=True)
@click.option(
    "--against",
    "snapshot_id",
    type=int,
    default=None,
    help="Write a redline (tracked changes) against this snapshot id (--lang en or fr).",
)
@click.option(
    "--since",
    type=click.DateTime(),
    default=None,
    help="Write a redline against the text as it stood at this date (--lang en or fr).",
)
@click.option("--comments", is_flag=True, help="With --against/--since: add the open comments.")
@with_appcontext
def export_command(
    slug: str, variant: str, output: Path, snapshot_id: int | None, since: datetime | None, comments: bool
) -> None:
    """Export a document as DOCX: the signing copy in one language, or the bilingual table."""
    from .services import docx_io

    redline = snapshot_id is not None or since is not None
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)  # dates on the command line are in UTC, as the database keeps them
    if redline and variant == "bilingual":
        raise click.UsageError("A redline is written in one language: use --lang en or fr.")
    try:
        with output.open("wb") as handle:
            if redline:
                docx_io.write_redline(
                    db.session,
                    slug,
                    Lang(variant),
                    handle,
                    snapshot_id=snapshot_id,
                    since=since,
                    with_comments=comments,
                )
            else:
                docx_io.write_export(
                    db.session, slug, "bilingual" if variant == "bilingual" else f"signing-{variant}", handle
                )
    except MouReviewError as error:
        output.unlink(missing_ok=True)
        _fail(error)
    click.echo(f"Wrote {output}")


@click.command("import-markup")
@click.argument("slug")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--user", "username", required=True, help="Who imports: the author of record (their party).")
@click.option(
    "--lang",
    type=click.Choice([str(lang) for lang in Lang]),
    default=None,
    help="The language of the file (refused if it is an export in the other language).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the proposal (and the ids created) as JSON.")
@click.option(
    "--confirm", is_flag=True, help="Write the amendments and comments; without it nothing is written."
)
@with_appcontext
def import_markup_command(
    slug: str, path: Path, username: str, lang: str | None, as_json: bool, confirm: bool
) -> None:
    """Turn a party's marked-up Word file (tracked changes, comments) into amendments and comments."""
    from .services import markup, users

    max_bytes = int(current_app.config["MAX_DOCX_BYTES"])
    try:
        user = users.get_user(db.session, username)
        action = markup.confirm_markup if confirm else markup.propose_markup
        result = action(
            db.session,
            user,
            slug,
            _read(path, max_bytes) or b"",
            lang=Lang(lang) if lang else None,
            filename=path.name,
            max_bytes=max_bytes,
        )
    except MouReviewError as error:
        db.session.rollback()
        _fail(error)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return
    verb = "Imported" if confirm else "Proposed (nothing written; add --confirm to write)"
    count = f"{len(result.changes) - len(result.already)} new of {len(result.changes)} changes"
    click.echo(
        f"{verb}: {count if result.already else f'{len(result.changes)} changes'} from {path.name} ({result.lang})."
    )
    for index, change in enumerate(result.changes):
        ids = " ".join(f"{key}={value}" for key, value in result.created.get(index, {}).items())
        flags = " conflict" if change.conflict else ""
        flags += "" if change.tracked or change.action == "comment" else " untracked"
        if index in result.already:
            flags += " already-imported ({})".format(
                " ".join(f"{key}={value}" for key, value in result.already[index].items())
            )
        where = change.number or f"clause {change.clause_id}"
        click.echo(f"  {change.action:8} {where:10} {change.lang}{flags} {ids}".rstrip())
    for text in result.unmatched:
        click.echo(f"  unmatched: {text[:100]}")
    if result.already:
        click.echo(
            f"{len(result.already)} of the changes were already imported (same clause, base version, text and "
            "party): not written again."
        )
