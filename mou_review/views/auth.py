"""Signing in and out, one's own password and API tokens, and the interface language switch.

A browser session names the user *and* their session epoch (``User.get_id``):
logout, a password change or reset and deactivation bump the epoch, so every
copy of an earlier cookie stops working at its next request. Signing in starts
a fresh session (a new CSRF secret included).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    redirect,
    render_template,
    request,
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
#: Endpoints reachable while a temporary password waits to be replaced.
TEMPORARY_ENDPOINTS = PUBLIC_ENDPOINTS | {"auth.change_password", "auth.logout"}


@bp.get("/favicon.ico")
def favicon():
    """Serve the icon browsers ask for at the site root (a 404 otherwise, on every first visit).

    Sent from memory, not as a file stream: browsers often drop this request half-way, which would
    leave a file handle to the garbage collector.
    """
    if not _FAVICON:
        _FAVICON.append((Path(current_app.static_folder) / "favicon.ico").read_bytes())
    response = Response(_FAVICON[0], mimetype="image/vnd.microsoft.icon")
    response.cache_control.max_age = 86400
    response.cache_control.public = True
    return response


_FAVICON: list[bytes] = []


@login_manager.user_loader
def _load_user(ident: str) -> User | None:
    return users.load_session_user(db.session, ident)


@bp.before_app_request
def _require_login():
    """Send anonymous visitors of any HTML page to the sign-in page, and temporary passwords to be changed."""
    if request.blueprint == "api" or request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
        return None
    if not current_user.is_authenticated:
        return redirect(
            url_for("auth.login", next=request.full_path if request.query_string else request.path)
        )
    if current_user.must_change_password and request.endpoint not in TEMPORARY_ENDPOINTS:
        return redirect(url_for("auth.change_password"))
    return None


def _throttle() -> users.Throttle:
    config = current_app.config
    return users.Throttle(
        free_failures=config["LOGIN_MAX_FAILURES"],
        base_delay=config["LOGIN_BASE_DELAY_SECONDS"],
        max_delay=config["LOGIN_MAX_DELAY_SECONDS"],
        window_seconds=config["LOGIN_WINDOW_SECONDS"],
    )


def _start_session(user: User) -> None:
    """Sign the user in on a fresh session: nothing of the earlier one (CSRF secret included) survives."""
    chosen = session.get("ui_lang")
    session.clear()
    if chosen:
        session["ui_lang"] = chosen
    login_user(user)


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
                throttle=_throttle(),
            )
        except MouReviewError as exc:
            error = message_for(exc)
        else:
            chosen = session.get("ui_lang")
            if chosen and not user.preferred_lang:
                users.set_language(db.session, user, Lang(chosen))
            _start_session(user)
            if user.must_change_password:
                return redirect(url_for("auth.change_password"))
            return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/login.html", error=error), (401 if error else 200)


@bp.route("/logout", methods=("POST",))
@login_required
def logout():
    """Sign out, here and in every other browser session of this user."""
    users.logout(db.session, current_user)
    logout_user()
    session.clear()
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
    """Create a personal API token (optionally expiring) and show it once."""
    days = request.form.get("expires_days", "").strip()
    if days and not (days.isdigit() and len(days) <= 4):
        flash(gettext("A token expires after 1 to 3,650 days."), "error")
        return redirect(url_for("auth.account"))
    token = users.create_token(
        db.session, current_user, request.form.get("label", "web"), expires_days=int(days) if days else None
    )
    return render_template("auth/token.html", token=token)


@bp.route("/account/tokens/<int:token_id>/revoke", methods=("POST",))
@login_required
def revoke_token(token_id: int):
    """Revoke one of one's own API tokens."""
    users.revoke_tokens(db.session, current_user, token_id=token_id)
    flash(gettext("The token is revoked: it no longer opens the API."), "info")
    return redirect(url_for("auth.account"))


@bp.route("/account/password", methods=("GET", "POST"))
@login_required
def change_password():
    """Change one's own password (the current one required); every other session of the user ends."""
    error = None
    if request.method == "POST":
        new = request.form.get("new_password", "")
        if new != request.form.get("confirm_password", ""):
            error = gettext("The two new passwords differ.")
        else:
            try:
                users.change_own_password(
                    db.session, current_user, request.form.get("current_password", ""), new
                )
            except MouReviewError as exc:
                db.session.rollback()
                error = message_for(exc)
            else:
                _start_session(current_user._get_current_object())  # the user, not the proxy
                flash(gettext("Your password is changed. Your other sessions are signed out."), "info")
                return redirect(url_for("auth.account"))
    return render_template("auth/password.html", error=error), (400 if error else 200)


@bp.route("/account")
@login_required
def account():
    """Show the user's account: party, role, language, password, API tokens."""
    return render_template(
        "auth/account.html", tokens=users.list_tokens(db.session, current_user), token_state=users.token_state
    )
