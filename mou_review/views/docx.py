"""Word files in the browser: the import with its proposed pairs, downloads and snapshots."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..domain.docx_read import count_paragraphs
from ..domain.errors import DocxFormatError, MouReviewError
from ..domain.permissions import Action, can, require
from ..domain.types import DocumentKind, DocumentStatus, Lang
from ..errors import message_for
from ..extensions import db
from ..services import docx_io, import_jobs, page_context
from ..services.actors import actor_of
from ..services.documents import get_document
from .nav import nav_entry

bp = Blueprint("docx", __name__)

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
VARIANT_NAMES = {
    "signing-en": _l("Signing copy, English"),
    "signing-fr": _l("Signing copy, French"),
    "bilingual": _l("Bilingual table (English | French)"),
}


#: Rows shown per page of a proposal: a 10,000-paragraph import is not one 20 MB page.
PAGE_ROWS = 200
#: How many of the least certain pairs a long proposal lists at its top.
DOUBTFUL_SHOWN = 50


def _store() -> docx_io.ProposalStore:
    return docx_io.ProposalStore(Path(current_app.instance_path) / "imports")


def _jobs() -> import_jobs.JobStore:
    return import_jobs.JobStore(Path(current_app.instance_path) / "imports")


def _upload(name: str) -> bytes | None:
    storage = request.files.get(name)
    if storage is None or not storage.filename:
        return None
    # Read one byte past the limit: the reader refuses an oversized file without holding it whole.
    return storage.stream.read(int(current_app.config["MAX_DOCX_BYTES"]) + 1)


@page_context.provider
def _docx_links(session: Any, view: Any, user: Any) -> dict[str, Any]:
    """Link the document page to its Word downloads (no query: constant cost)."""
    return {
        "doc_links": [
            {
                "url": url_for("docx.document_files", slug=view.document.slug),
                "label": gettext("Word files (DOCX)"),
            }
        ]
    }


@bp.app_context_processor
def _docx_names() -> dict[str, Any]:
    return {"docx_variant_name": lambda code: str(VARIANT_NAMES.get(code, code))}


@nav_entry
def _import_link() -> dict[str, str] | None:
    if can(actor_of(current_user), Action.IMPORT_DOCX):
        return {"url": url_for("docx.upload"), "label": gettext("Import Word files")}
    return None


# --------------------------------------------------------------------------- import


@bp.route("/docx/import", methods=("GET", "POST"))
def upload():
    """Upload an English and a French DOCX (or one bilingual DOCX) to propose an import."""
    require(actor_of(current_user), Action.IMPORT_DOCX)
    form = {key: request.form.get(key, "") for key in ("slug", "kind", "title_en", "title_fr", "mode")}
    if request.method == "POST":
        config = current_app.config
        try:
            docx_io.check_new_slug(db.session, form["slug"])
            kind = DocumentKind(form["kind"] or "mou")
            bilingual = _upload("bilingual") if form["mode"] == "bilingual" else None
            uploads = (
                {"bilingual": bilingual}
                if bilingual is not None
                else {"en": _upload("en"), "fr": _upload("fr")}
            )
            if _large(uploads):
                # Seconds of work, not milliseconds: a process of its own does it while the page follows.
                job = _jobs().start(
                    _new_job(
                        slug=form["slug"].strip(),
                        kind=str(kind),
                        title_en=form["title_en"],
                        title_fr=form["title_fr"],
                    ),
                    {which: data for which, data in uploads.items() if data is not None},
                )
                return redirect(url_for("docx.job", token=job.token))
            proposal = docx_io.propose_import(
                en=uploads.get("en"),
                fr=uploads.get("fr"),
                bilingual=bilingual,
                max_bytes=int(config["MAX_DOCX_BYTES"]),
                max_paragraphs=int(config["MAX_DOCX_PARAGRAPHS"]),
                time_limit=float(config["DOCX_IMPORT_SECONDS"]),
            )
        except ValueError:
            flash(gettext("Unknown document kind."), "error")
            return render_template("docx/upload.html", form=form), 400
        except MouReviewError as error:
            message = message_for(error)
            which = error.details.get("file")
            if which in ("en", "fr", "bilingual"):
                message = f"{_file_name(which)}{gettext(':')} {message}"
            flash(message, "error")
            return render_template("docx/upload.html", form=form), error.http_status
        proposal.slug, proposal.kind = form["slug"].strip(), str(kind)
        docx_io.fill_titles(proposal, form["title_en"], form["title_fr"])
        proposal.owner_id = current_user.id
        token = _store().save(proposal)
        return redirect(url_for("docx.proposal", token=token))
    return render_template("docx/upload.html", form=form)


def _new_job(**fields: Any) -> import_jobs.Job:
    config = current_app.config
    defaults: dict[str, Any] = {
        "token": "",
        "owner_id": current_user.id,
        "files": [],
        "slug": "",
        "kind": "mou",
        "title_en": "",
        "title_fr": "",
        "max_bytes": int(config["MAX_DOCX_BYTES"]),
        "max_paragraphs": int(config["MAX_DOCX_PARAGRAPHS"]),
        "seconds": float(config["DOCX_IMPORT_SECONDS"]),
        "memory_mb": int(config["DOCX_IMPORT_MEMORY_MB"]),
    }
    return import_jobs.Job(**(defaults | fields))


def _large(uploads: dict[str, bytes | None]) -> bool:
    """Tell whether the files hold more paragraphs than the page pairs while the browser waits."""
    if any(data is None for data in uploads.values()):
        return False  # a missing file is reported at once
    total = 0
    for data in uploads.values():
        try:
            total += count_paragraphs(data, max_bytes=int(current_app.config["MAX_DOCX_BYTES"]))  # type: ignore[arg-type]
        except DocxFormatError:
            return False  # refused at once, with the file's own message
    return total > int(current_app.config["DOCX_INLINE_PARAGRAPHS"])


@bp.route("/docx/import/job/<token>")
def job(token: str):
    """Follow a large import as it reads and pairs the files, then go on to its proposal."""
    require(actor_of(current_user), Action.IMPORT_DOCX)
    item = _jobs().load(token, current_user.id)
    if item.state == "done" and item.action == "commit" and item.document:
        flash(gettext("Imported %(count)d clauses.", count=item.clauses), "info")
        return redirect(url_for("documents.show", slug=item.document))
    if item.state == "done" and item.proposal:
        return redirect(url_for("docx.proposal", token=item.proposal))
    message = _job_message(item) if item.state == "failed" else None
    return render_template("docx/job.html", job=item, token=token, message=message, percent=_percent(item))


@bp.route("/docx/import/job/<token>.json")
def job_status(token: str):
    """Say how far a large import has gone (the job page polls this)."""
    require(actor_of(current_user), Action.IMPORT_DOCX)
    item = _jobs().load(token, current_user.id)
    payload: dict[str, Any] = {"state": item.state, "percent": _percent(item)}
    payload["text"] = gettext("%(percent)s %% done", percent=payload["percent"])
    if item.state == "done":
        payload["url"] = url_for("docx.job", token=token)  # it goes on to the proposal or the document
    elif item.state == "failed":
        payload["message"] = _job_message(item)
    response = jsonify(payload)
    response.headers["Cache-Control"] = "no-store"
    return response


def _percent(item: import_jobs.Job) -> int:
    return int(round(100 * item.progress))


def _job_message(item: import_jobs.Job) -> str:
    error = item.failure()
    message = message_for(error)
    which = error.details.get("file")
    if which in ("en", "fr", "bilingual"):
        message = f"{_file_name(which)}{gettext(':')} {message}"
    return message


def _file_name(which: str) -> str:
    return {
        "en": gettext("English file"),
        "fr": gettext("French file"),
        "bilingual": gettext("Bilingual file"),
    }[which]


@bp.route("/docx/import/<token>")
def proposal(token: str):
    """Show the proposed pairs side by side, with their confidence and the corrections."""
    require(actor_of(current_user), Action.IMPORT_DOCX)
    item = _store().load(token, current_user.id)
    pages = max(1, -(-len(item.rows) // PAGE_ROWS))
    page = min(max(request.args.get("page", 1, type=int) or 1, 1), pages)
    start = (page - 1) * PAGE_ROWS
    # A long import is checked page by page, the doubtful pairs first: they are listed with their page.
    doubtful = sorted(
        (i for i, row in enumerate(item.rows) if row.confidence is not None and row.confidence < 0.5),
        key=lambda i: (item.rows[i].confidence, i),
    )
    return render_template(
        "docx/proposal.html",
        proposal=item,
        token=token,
        sentences=docx_io.sentences,
        rows=item.rows[start : start + PAGE_ROWS],
        start=start,
        page=page,
        pages=pages,
        page_rows=PAGE_ROWS,
        doubtful=doubtful[:DOUBTFUL_SHOWN] if pages > 1 else [],
        doubtful_count=len(doubtful),
    )


def _at_row(token: str, row: int) -> str:
    """Return the proposal page that shows a row, scrolled to it."""
    return url_for("docx.proposal", token=token, page=row // PAGE_ROWS + 1, _anchor=f"r{row}")


@bp.route("/docx/import/<token>/edit", methods=("POST",))
def edit(token: str):
    """Apply one correction (merge, shift, split, place) to the proposal."""
    require(actor_of(current_user), Action.IMPORT_DOCX)
    store = _store()
    item = store.load(token, current_user.id)
    if request.form.get("op") == "swap":
        docx_io.swap_languages(item)
        store.save(item)
        flash(gettext("The English and French columns were swapped."), "info")
        return redirect(url_for("docx.proposal", token=token))
    try:
        row = int(request.form.get("row", ""))
        at = int(request.form.get("at", "0") or 0)
    except ValueError:
        abort(400)
    lang = request.form.get("lang")
    operation = request.form.get("op", "")
    if operation == "place":
        row -= 1  # the form asks for a row number as the page shows it, from 1
    try:
        docx_io.edit_proposal(
            item, operation, row=row, lang=Lang(lang) if lang in ("en", "fr") else None, at=at
        )
    except MouReviewError as error:
        flash(message_for(error), "error")
        return redirect(_at_row(token, max(row, 0)))
    store.save(item)
    return redirect(_at_row(token, max(row - 1, 0)))


@bp.route("/docx/import/<token>/confirm", methods=("POST",))
def confirm(token: str):
    """Create the document from the proposal: the only step that writes."""
    require(actor_of(current_user), Action.IMPORT_DOCX)
    store = _store()
    item = store.load(token, current_user.id)
    if len(item.rows) > int(current_app.config["DOCX_INLINE_PARAGRAPHS"]) // 2:
        # Thousands of clauses and versions in one transaction: a process of its own writes them.
        job = _jobs().start(
            _new_job(action="commit", proposal=token, slug=item.slug, kind=item.kind),
            {},
            env={
                "DATABASE_URL": str(current_app.config["SQLALCHEMY_DATABASE_URI"]),
                "MOU_INSTANCE_PATH": current_app.instance_path,
            },
        )
        return redirect(url_for("docx.job", token=job.token))
    try:
        document = docx_io.commit_proposal(db.session, current_user, item)
    except MouReviewError as error:
        db.session.rollback()
        flash(message_for(error), "error")
        return redirect(url_for("docx.proposal", token=token))
    store.delete(token)
    flash(gettext("Imported %(count)d clauses.", count=len(item.rows)), "info")
    return redirect(url_for("documents.show", slug=document.slug))


@bp.route("/docx/import/<token>/cancel", methods=("POST",))
def cancel(token: str):
    """Drop the proposal; nothing was written."""
    require(actor_of(current_user), Action.IMPORT_DOCX)
    store = _store()
    store.load(token, current_user.id)
    store.delete(token)
    flash(gettext("Import cancelled. Nothing was saved."), "info")
    return redirect(url_for("docx.upload"))


# --------------------------------------------------------------------------- export


@bp.route("/documents/<slug>/docx")
def document_files(slug: str):
    """List the downloads and the snapshots of a document."""
    document = get_document(db.session, slug)
    return render_template(
        "docx/files.html",
        document=document,
        variants=list(docx_io.VARIANTS),
        snapshots=docx_io.list_snapshots(db.session, document),
        can_snapshot=can(actor_of(current_user), Action.TAKE_SNAPSHOT),
        can_return_markup=can(
            actor_of(current_user), Action.COMMENT, document_status=DocumentStatus(document.status)
        ),
    )


def _send(data: bytes, name: str):
    return send_file(io.BytesIO(data), mimetype=DOCX_MIME, as_attachment=True, download_name=name)


@bp.route("/documents/<slug>/docx/<variant>.docx")
def download(slug: str, variant: str):
    """Download the signing copy in one language or the bilingual table."""
    if variant not in docx_io.VARIANTS:
        abort(404)
    data, name = docx_io.export_bytes(db.session, slug, variant)
    return _send(data, name)


@bp.route("/documents/<slug>/docx/redline")
def redline(slug: str):
    """Download the current text with tracked changes against a snapshot."""
    try:
        lang = Lang(request.args.get("lang", "en"))
        snapshot_id = int(request.args.get("snapshot", ""))
    except ValueError:
        abort(400)
    buffer = io.BytesIO()
    name = docx_io.write_redline(
        db.session,
        slug,
        lang,
        buffer,
        snapshot_id=snapshot_id,
        with_comments=request.args.get("comments") == "1",
    )
    return _send(buffer.getvalue(), name)


@bp.route("/documents/<slug>/snapshots", methods=("POST",))
def snapshot(slug: str):
    """Take a named snapshot of the document (facilitator)."""
    try:
        taken = docx_io.take_snapshot(db.session, current_user, slug, request.form.get("name", ""))
    except MouReviewError as error:
        db.session.rollback()
        flash(message_for(error), "error")
        return redirect(url_for("docx.document_files", slug=slug))
    flash(gettext("Snapshot “%(name)s” taken.", name=taken.name), "info")
    return redirect(url_for("docx.document_files", slug=slug))
