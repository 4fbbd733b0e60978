"""Signing in and out, and the interface language switch."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_from_directory,
    session,
    url_for,
)
from flask_babel import gettext
from flask_login import current_user, login_required, login_user, logout_user

from ..domain.errors import MouReviewError
from ..domain.types import Lang
from ..errors import message_for
from ..extensions import db, login_manager
from ..models import User
from ..services import users

bp = Blueprint("auth", __name__)

#: Endpoints reachable without signing in.
PUBLIC_ENDPOINTS = {"auth.login", "auth.set_language", "static", "health.healthz", "auth.favicon"}


@bp.get("/favicon.ico")
def favicon():
    """Serve the icon browsers ask for at the site root (a 404 otherwise, on every first visit)."""
    return send_from_directory(
        current_app.static_folder, "favicon.ico", mimetype="image/vnd.microsoft.icon", max_age=86400
    )


@login_manager.user_loader
def _load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id))


@bp.before_app_request
def _require_login():
    """Send anonymous visitors of any HTML page to the sign-in page."""
    if request.blueprint == "api" or request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
        return None
    if not current_user.is_authenticated:
        return redirect(
            url_for("auth.login", next=request.full_path if request.query_string else request.path)
        )
    return None


def _safe_next(target: str | None) -> str:
    if target and urlsplit(target).netloc == "" and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("documents.index")


@bp.route("/login", methods=("GET", "POST"))
def login():
    """Show the sign-in form and sign the user in."""
    if current_user.is_authenticated:
        return redirect(url_for("documents.index"))
    error = None
    if request.method == "POST":
        try:
            user = users.authenticate(
                db.session,
                request.form.get("username", ""),
                request.form.get("password", ""),
                remote_addr=request.remote_addr or "",
                max_failures=current_app.config["LOGIN_MAX_FAILURES"],
                window_seconds=current_app.config["LOGIN_WINDOW_SECONDS"],
            )
        except MouReviewError as exc:
            error = message_for(exc)
        else:
            chosen = session.get("ui_lang")
            if chosen and not user.preferred_lang:
                users.set_language(db.session, user, Lang(chosen))
            login_user(user)
            return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/login.html", error=error), (401 if error else 200)


@bp.route("/logout", methods=("POST",))
@login_required
def logout():
    """Sign out."""
    logout_user()
    flash(gettext("You are signed out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/language", methods=("POST",))
def set_language():
    """Switch the interface language (stored on the user, or in the session before sign-in)."""
    lang = request.form.get("lang", "")
    if lang not in {str(x) for x in Lang}:
        flash(gettext("Unknown language."), "error")
        return redirect(_safe_next(request.form.get("next")))
    session["ui_lang"] = lang
    if current_user.is_authenticated:
        users.set_language(db.session, current_user, Lang(lang))
    return redirect(_safe_next(request.form.get("next")))


@bp.route("/account/token", methods=("POST",))
@login_required
def new_token():
    """Create a personal API token and show it once."""
    token = users.create_token(db.session, current_user, request.form.get("label", "web"))
    return render_template("auth/token.html", token=token)


@bp.route("/account")
@login_required
def account():
    """Show the user's account: party, role, language, API token."""
    return render_template("auth/account.html")
