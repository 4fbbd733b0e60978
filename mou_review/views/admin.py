"""Administration: user accounts (the admin role), with room for feature panels."""

from __future__ import annotations

import secrets

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user
from sqlalchemy import select

from ..domain.errors import N_, MouReviewError, NotFound
from ..domain.permissions import Action, can, require
from ..domain.types import Role
from ..errors import message_for
from ..extensions import db
from ..models import Party, User
from ..services import users
from ..services.actors import actor_of
from .nav import nav_entry

bp = Blueprint("admin", __name__, url_prefix="/admin")

#: Templates other features add to the admin page (each included once).
PANELS: list[str] = []


@nav_entry
def _admin_link() -> dict[str, str] | None:
    """Show the Administration link to those who may use it."""
    if can(actor_of(current_user), Action.MANAGE_USERS):
        return {"url": url_for("admin.index"), "label": gettext("Administration")}
    return None


@bp.route("/", methods=("GET", "POST"))
def index():
    """List users and add one (admin only)."""
    require(actor_of(current_user), Action.MANAGE_USERS)
    created = None
    if request.method == "POST":
        password = secrets.token_urlsafe(9)
        try:
            user = users.add_user(
                db.session,
                request.form.get("username", ""),
                party_code=request.form.get("party", ""),
                role=Role(request.form.get("role", "member")),
                password=password,
                display_name=request.form.get("display_name") or None,
                actor=current_user,
                email=request.form.get("email") or None,
                temporary=True,
            )
        except (MouReviewError, ValueError) as exc:
            db.session.rollback()
            flash(message_for(exc) if isinstance(exc, MouReviewError) else gettext("Unknown role."), "error")
        else:
            created = (user.username, password)
    return _page(created=created)


def _page(**context):
    """Render the administration page (a generated password, if any, travels in this body only)."""
    return render_template(
        "admin/index.html",
        users=db.session.scalars(select(User).order_by(User.username)).all(),
        parties=db.session.scalars(select(Party).order_by(Party.id)).all(),
        roles=list(Role),
        panels=PANELS,
        **{"created": None, "reset": None, **context},
    )


def _target(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound(N_("No user has the number %(id)s."), id=user_id)
    return user


@bp.route("/users/<int:user_id>/password", methods=("POST",))
def reset_password(user_id: int):
    """Give a user a generated temporary password, shown once in this response only (never flashed)."""
    require(actor_of(current_user), Action.MANAGE_USERS)
    user = _target(user_id)
    password = users.reset_password(db.session, user, current_user)
    return _page(reset=(user.username, password))


@bp.route("/users/<int:user_id>/<any(deactivate, activate):change>", methods=("POST",))
def set_active(user_id: int, change: str):
    """Deactivate a user (every session ends, no token works) or activate them again."""
    require(actor_of(current_user), Action.MANAGE_USERS)
    user = _target(user_id)
    users.set_active(db.session, user, change == "activate", actor=current_user)
    if change == "activate":
        flash(gettext("%(name)s can sign in again.", name=user.username), "info")
    else:
        flash(
            gettext(
                "%(name)s is deactivated: signed out everywhere, API tokens refused.", name=user.username
            ),
            "info",
        )
    return redirect(url_for("admin.index"))
