"""Administration: user accounts (the admin role), with room for feature panels."""

from __future__ import annotations

import secrets

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user
from sqlalchemy import select

from ..domain.errors import MouReviewError
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
            )
        except (MouReviewError, ValueError) as exc:
            db.session.rollback()
            flash(message_for(exc) if isinstance(exc, MouReviewError) else gettext("Unknown role."), "error")
        else:
            created = (user.username, password)
    return render_template(
        "admin/index.html",
        users=db.session.scalars(select(User).order_by(User.username)).all(),
        parties=db.session.scalars(select(Party).order_by(Party.id)).all(),
        roles=list(Role),
        created=created,
        panels=PANELS,
    )


@bp.route("/users/<int:user_id>/password", methods=("POST",))
def reset_password(user_id: int):
    """Give a user a new generated password, shown once."""
    require(actor_of(current_user), Action.MANAGE_USERS)
    user = db.session.get(User, user_id)
    if user is None:
        flash(gettext("This page does not exist."), "error")
        return redirect(url_for("admin.index"))
    password = secrets.token_urlsafe(9)
    users.set_password(db.session, user, password, actor=current_user)
    flash(
        gettext(
            "New password for %(name)s: %(password)s (shown once).", name=user.username, password=password
        ),
        "info",
    )
    return redirect(url_for("admin.index"))
