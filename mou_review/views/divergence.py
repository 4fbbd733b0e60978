"""Divergence pages: a document's findings (filterable), waivers, and the glossary."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from markupsafe import Markup, escape

from ..domain.divergence import CHECKS, Severity
from ..domain.errors import MouReviewError
from ..domain.glossary import join_exact, split_exact
from ..domain.permissions import Action, can
from ..domain.types import DocumentStatus, Lang
from ..errors import message_for
from ..extensions import db
from ..services import divergence as service
from ..services.actors import actor_of
from ..services.documents import get_document
from .nav import nav_entry

bp = Blueprint("divergence", __name__)

CHECK_NAMES = {
    "missing_translation": _l("missing translation"),
    "untranslated": _l("untranslated text"),
    "stale_translation": _l("translation out of date"),
    "number_mismatch": _l("numbers differ"),
    "date_mismatch": _l("dates differ"),
    "cross_reference_mismatch": _l("cross-references differ"),
    "term_mismatch": _l("glossary term without its counterpart"),
    "entity_mismatch": _l("names or acronyms differ"),
    "structure_mismatch": _l("structure differs"),
    "length_ratio": _l("unusual length"),
    "obligation_mismatch": _l("obligation or negation differs"),
    "meaning_divergence": _l("meaning differs (machine back-translation)"),
}
SEVERITY_NAMES = {"error": _l("error"), "warning": _l("warning"), "info": _l("note")}


def highlight(text: str, spans: Any) -> Markup:
    """Return the text, HTML-escaped, with the evidence spans wrapped in <mark>."""
    ranges = sorted((s.start, s.end) for s in spans if 0 <= s.start < s.end <= len(text))
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, position = [], 0
    for start, end in merged:
        out.append(escape(text[position:start]))
        out.append(Markup("<mark>%s</mark>") % text[start:end])
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)


@bp.app_context_processor
def _divergence_names() -> dict[str, Any]:
    return {
        "check_name": lambda code: str(CHECK_NAMES.get(code, code)),
        "severity_name": lambda code: str(SEVERITY_NAMES.get(str(code), code)),
        "mark_evidence": highlight,
        "term_form": split_exact,
        "finding_message": lambda finding, lang: finding.message_fr if lang == "fr" else finding.message_en,
    }


def _may(action: Action, **ctx: Any) -> bool:
    return current_user.is_authenticated and can(actor_of(current_user), action, **ctx)


@bp.route("/documents/<slug>/divergences")
def document(slug: str):
    """List a document's findings with counts, filterable by check, severity and waiver."""
    result = service.document_findings(db.session, get_document(db.session, slug))
    check = request.args.get("check") or None
    severity = request.args.get("severity") or None
    shown = request.args.get("show", "open")
    waived = {"open": False, "waived": True}.get(shown)
    items = service.filter_items(result.items, check=check, severity=severity, waived=waived)
    status = DocumentStatus(result.view.document.status)
    return render_template(
        "divergence/document.html",
        view=result.view,
        result=result,
        items=items,
        counts=result.counts(),
        checks=CHECKS,
        severities=[str(s) for s in Severity],
        check=check,
        severity=severity,
        show=shown,
        may_waive=_may(Action.WAIVE_FINDING, document_status=status),
        Lang=Lang,
    )


@bp.route("/clauses/<int:clause_id>/findings/waive", methods=("POST",))
def waive(clause_id: int):
    """Waive one finding for the exact texts shown, with the facilitator's reason."""
    form = request.form

    def number(name: str) -> int | None:
        try:
            return int(form.get(name, ""))
        except ValueError:
            return None

    target = form.get("next") or ""
    try:
        service.waive(
            db.session,
            current_user,
            clause_id,
            form.get("key", ""),
            form.get("reason", ""),
            en_number=number("en"),
            fr_number=number("fr"),
        )
    except MouReviewError as exc:
        db.session.rollback()
        flash(message_for(exc), "error")
    else:
        flash(gettext("The finding is waived for these versions of the texts."), "info")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect(url_for("documents.index"))


@nav_entry
def _glossary_link() -> dict[str, str]:
    return {"url": url_for("divergence.glossary"), "label": gettext("Glossary")}


@bp.route("/glossary")
def glossary():
    """Show the glossary in force; the facilitator can add, change and remove terms."""
    # First use writes the default glossary out, so every term has a row to edit (idempotent).
    service.seed_glossary(db.session)
    return render_template(
        "divergence/glossary.html",
        entries=service.glossary_entries(db.session),
        may_edit=_may(Action.EDIT_GLOSSARY),
    )


def _glossary_action(action, *args: Any, done: str):
    try:
        action(db.session, current_user, *args)
    except MouReviewError as exc:
        db.session.rollback()
        flash(message_for(exc), "error")
    else:
        flash(done, "info")
    return redirect(url_for("divergence.glossary"))


def _term_fields(form) -> tuple[str, str, str]:
    """Read a term's English, French and note; a ticked "exact form" box marks that side's form."""
    return (
        join_exact(form.get("en", ""), bool(form.get("exact_en"))),
        join_exact(form.get("fr", ""), bool(form.get("exact_fr"))),
        form.get("note", ""),
    )


@bp.route("/glossary/add", methods=("POST",))
def add_term():
    """Add a bilingual term."""
    form = request.form
    return _glossary_action(
        service.add_term,
        *_term_fields(form),
        done=gettext("The term was added to the glossary."),
    )


@bp.route("/glossary/<int:entry_id>/replace", methods=("POST",))
def replace_term(entry_id: int):
    """Change a term: the old entry is retired and replaced."""
    form = request.form
    return _glossary_action(
        service.replace_term,
        entry_id,
        *_term_fields(form),
        done=gettext("The term was changed."),
    )


@bp.route("/glossary/<int:entry_id>/retire", methods=("POST",))
def retire_term(entry_id: int):
    """Remove a term from the glossary in force (kept in the history)."""
    return _glossary_action(
        service.retire_term, entry_id, done=gettext("The term was removed from the glossary.")
    )
