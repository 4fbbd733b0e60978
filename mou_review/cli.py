"""The ``mou-review`` command line, built on Flask's click integration."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app, has_app_context
from flask.cli import FlaskGroup, with_appcontext

from .domain.errors import MouReviewError
from .domain.types import Role
from .extensions import db


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """Return the language of the terminal ("fr" or "en") from the variables that choose it, in their order.

    LANGUAGE (a list such as "fr:en"), then LC_ALL, LC_MESSAGES and LANG: "fr_NE.UTF-8" or "fr" gives
    French, anything else English.
    """
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


@contextmanager
def terminal_language() -> Iterator[None]:
    """Translate in the terminal's language for the block (inside an app context, where the catalogues are)."""
    from flask_babel import force_locale

    from .i18n import FORMAT_LOCALES

    with force_locale(FORMAT_LOCALES[cli_language()]):
        yield


def error_text(error: MouReviewError) -> str:
    """Return a domain error's message, with its values filled in, in the terminal's language.

    The messages are the ones the web pages show (same catalogues); outside an app context, where no
    catalogue is loaded, the English message is given.
    """
    if has_app_context():
        from .errors import message_for

        with terminal_language():
            return message_for(error)
    message = str(error.message)
    try:
        return message % error.details
    except (KeyError, TypeError, ValueError):
        return message


def cli_text(message: str, **values: Any) -> str:
    """Return a command-line message (marked with ``N_``) in the terminal's language, values filled in."""
    text = message
    if has_app_context():
        from flask_babel import gettext

        with terminal_language():
            text = gettext(message)
    try:
        return text % values if values else text
    except (KeyError, TypeError, ValueError):
        return text


class CliError(click.ClickException):
    """A refusal shown on one line with « Erreur : » or "Error:" as the terminal's language has it."""

    def show(self, file: Any = None) -> None:
        click.echo(f"{error_word()}{self.format_message()}", err=True, file=file)


def error_word() -> str:
    """Return the prefix of an error line: "Error: " or « Erreur : » (with the French non-breaking space)."""
    return "Erreur\u00a0: " if cli_language() == "fr" else "Error: "


def _fail(error: MouReviewError) -> None:
    raise CliError(error_text(error))


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """Create or upgrade the database schema to the latest migration."""
    upgrade_database()
    click.echo("Database is at the latest schema.")


def upgrade_database() -> None:
    """Run the Alembic migrations up to head; make sure the parties and the glossary exist."""
    from flask_migrate import upgrade

    from .services.divergence import seed_glossary
    from .services.users import ensure_parties

    upgrade(directory=current_app.extensions["migrate"].directory)
    ensure_parties(db.session)
    seed_glossary(db.session)


@click.command("seed-demo")
@with_appcontext
def seed_demo_command() -> None:
    """Load demo users (passwords printed once) and the MoU and ToR."""
    from .services.demo import seed_demo

    try:
        created = seed_demo(db.session, Path(current_app.config["DOCUMENTS_DIR"]))
    except MouReviewError as error:
        _fail(error)
    print_logins(created)


def print_logins(created) -> None:
    """Print the demo logins as a table (the only time passwords are shown)."""
    click.echo("Demo logins (shown once; change them with `mou-review users set-password NAME`):")
    click.echo(f"  {'user':<20} {'password':<14} {'party':<10} role")
    for user in created:
        click.echo(f"  {user.username:<20} {user.password:<14} {user.party:<10} {user.role}")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int)
@click.option("--no-mail-sender", is_flag=True, help="Do not start the e-mail sender process.")
def serve_command(host: str, port: int, workers: int, no_mail_sender: bool) -> None:
    """Serve the app with gunicorn (a production WSGI server) and the e-mail sender."""
    run_server(host, port, workers, mail_sender=not no_mail_sender)


def start_mail_sender(host: str, port: int):
    """Start ``mou-review mail worker`` as a child process (it stops when this process ends)."""
    import os
    import subprocess

    env = dict(os.environ)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    env.setdefault("MOU_BASE_URL", f"http://{shown}:{port}")
    return subprocess.Popen(
        [sys.executable, "-m", "mou_review", "mail", "worker", "--parent", str(os.getpid())], env=env
    )


def run_server(host: str, port: int, workers: int, *, mail_sender: bool = True) -> None:
    """Start gunicorn in this process with the app factory (and the e-mail sender beside it)."""
    import os

    from gunicorn.app.base import BaseApplication

    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    os.environ.setdefault("MOU_BASE_URL", f"http://{shown}:{port}")

    class Server(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("threads", 4)
            self.cfg.set("timeout", 120)
            self.cfg.set("accesslog", None)

        def load(self):
            from . import create_app

            return create_app()

    click.echo(f"Serving on http://{host}:{port}/ with {workers} workers (Ctrl+C to stop)")
    sender = start_mail_sender(host, port) if mail_sender else None
    try:
        Server().run()
    finally:
        if sender is not None:
            sender.terminate()
            try:
                sender.wait(timeout=10)
            except Exception:  # noqa: BLE001 - it is going anyway
                sender.kill()


@click.command("demo")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int)
@with_appcontext
def demo_command(host: str, port: int, workers: int) -> None:
    """Initialise the database, load the demo if it is empty, and serve."""
    from .services.demo import is_empty, seed_demo

    upgrade_database()
    if is_empty(db.session):
        print_logins(seed_demo(db.session, Path(current_app.config["DOCUMENTS_DIR"])))
    else:
        click.echo("Demo data already loaded; logins were printed at the first start.")
    db.session.remove()
    db.engine.dispose()  # gunicorn forks: no connection may cross the fork
    run_server(host, port, workers)


@click.group("users")
def users_group() -> None:
    """Manage user accounts."""


@users_group.command("add")
@click.argument("name")
@click.option("--party", "party_code", required=True, help="NAPTIP, ANLTP-TIM or ICMPD")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--display-name", default=None)
@click.option("--email", default=None, help="E-mail address for notices.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def users_add(
    name: str, party_code: str, role: str, display_name: str | None, email: str | None, password_stdin: bool
) -> None:
    """Add a user; prints a generated password unless --password-stdin."""
    import secrets

    from .services import users

    password = sys.stdin.readline().rstrip("\n") if password_stdin else secrets.token_urlsafe(9)
    try:
        users.add_user(
            db.session,
            name,
            party_code=party_code,
            role=Role(role),
            password=password,
            display_name=display_name,
            email=email,
        )
    except MouReviewError as error:
        _fail(error)
    click.echo(f"Added {name} ({role}, {party_code}).")
    if not password_stdin:
        click.echo(f"Password: {password}")


@users_group.command("list")
@with_appcontext
def users_list() -> None:
    """List users with party and role."""
    from sqlalchemy import select

    from .models import User

    for user in db.session.scalars(select(User).order_by(User.username)):
        click.echo(
            f"{user.username:<20} {user.party.code:<10} {user.role:<12} {user.email or '-':<32} "
            f"{user.notify:<9} {user.display_name}"
        )


@users_group.command("set-email")
@click.argument("name")
@click.argument("address")
@click.option("--notify", type=click.Choice(["immediate", "digest", "none"]), default=None)
@with_appcontext
def users_set_email(name: str, address: str, notify: str | None) -> None:
    """Set a user's e-mail address ("" clears it) and, optionally, how they want notices."""
    from .services import notifications, users

    try:
        user = users.get_user(db.session, name)
        notifications.set_address(db.session, user, address)
        if notify:
            notifications.set_preference(db.session, user, notify)
    except MouReviewError as error:
        _fail(error)
    click.echo(f"{name}: {user.email or 'no address'} ({user.notify}).")


@users_group.command("set-password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True)
@click.option("--temporary", is_flag=True, help="The user must choose a new password at next sign-in.")
@with_appcontext
def users_set_password(name: str, password_stdin: bool, temporary: bool) -> None:
    """Set a user's password (prompted, or read from standard input); their sessions end."""
    from .services import users

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("New password", hide_input=True, confirmation_prompt=True)
    try:
        users.set_password(db.session, users.get_user(db.session, name), password, temporary=temporary)
    except MouReviewError as error:
        _fail(error)
    click.echo(f"Password of {name} changed.")


@users_group.command("token")
@click.argument("name")
@click.option("--label", default="cli")
@click.option("--expires-days", type=click.IntRange(1, 3650), default=None, help="Expire after N days.")
@with_appcontext
def users_token(name: str, label: str, expires_days: int | None) -> None:
    """Print a new personal API token for a user."""
    from .services import users

    try:
        token = users.create_token(
            db.session, users.get_user(db.session, name), label, expires_days=expires_days
        )
    except MouReviewError as error:
        _fail(error)
    click.echo(token)


def _when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


@users_group.command("tokens")
@click.argument("name")
@with_appcontext
def users_tokens(name: str) -> None:
    """List a user's API tokens: id, label, created, last used, expires, state."""
    from .services import users

    try:
        tokens = users.list_tokens(db.session, users.get_user(db.session, name))
    except MouReviewError as error:
        _fail(error)
    click.echo(f"{'id':>5}  {'label':<20} {'created':<16}  {'last used':<16}  {'expires':<16}  state")
    for token in tokens:
        click.echo(
            f"{token.id:>5}  {token.label[:20]:<20} {_when(token.created_at):<16}  "
            f"{_when(token.last_used_at):<16}  {_when(token.expires_at):<16}  {users.token_state(token)}"
            + (f" {_when(token.revoked_at)}" if token.revoked_at else "")
        )


@users_group.command("revoke-tokens")
@click.argument("name")
@click.option("--id", "token_id", type=click.IntRange(1, 2**62), default=None, help="Revoke this token only.")
@with_appcontext
def users_revoke_tokens(name: str, token_id: int | None) -> None:
    """Revoke every API token of a user (or one, with --id)."""
    from .services import users

    try:
        count = users.revoke_tokens(db.session, users.get_user(db.session, name), token_id=token_id)
    except MouReviewError as error:
        _fail(error)
    click.echo(f"Revoked {count} token(s) of {name}.")


@users_group.command("deactivate")
@click.argument("name")
@with_appcontext
def users_deactivate(name: str) -> None:
    """Withdraw a user's access at once: every session ends, tokens are refused, sign-in fails."""
    from .services import users

    try:
        users.set_active(db.session, users.get_user(db.session, name), False)
    except MouReviewError as error:
        _fail(error)
    click.echo(f"{name} is deactivated: signed out everywhere, API tokens refused.")


@users_group.command("activate")
@click.argument("name")
@with_appcontext
def users_activate(name: str) -> None:
    """Let a deactivated user sign in again (their tokens work again unless revoked or expired)."""
    from .services import users

    try:
        users.set_active(db.session, users.get_user(db.session, name), True)
    except MouReviewError as error:
        _fail(error)
    click.echo(f"{name} can sign in again.")


# Feature modules add their commands here (import path, attribute).
COMMANDS: list[tuple[str, str]] = [
    ("mou_review.commands_docx", "import_docx_command"),
    ("mou_review.commands_docx", "export_command"),
    ("mou_review.commands_docx", "import_markup_command"),
    ("mou_review.commands_divergence", "check_command"),
    ("mou_review.commands_translate", "translate_group"),
    ("mou_review.commands_backup", "backup_command"),
    ("mou_review.commands_backup", "restore_command"),
    ("mou_review.commands_backup", "verify_backup_command"),
    ("mou_review.commands_audit", "audit_group"),
    ("mou_review.commands_mail", "mail_group"),
]


def init_app(app: Flask) -> None:
    """Register every command on the app's CLI."""
    import importlib

    for command in (init_db_command, seed_demo_command, serve_command, demo_command, users_group):
        app.cli.add_command(command)
    for module_name, attribute in COMMANDS:
        module = importlib.import_module(module_name, __package__)
        app.cli.add_command(getattr(module, attribute))


def main() -> None:
    """Entry point of the ``mou-review`` console script."""
    from . import create_app

    cli = FlaskGroup(create_app=create_app, add_default_commands=False, add_version_option=False)
    try:
        cli.main(prog_name="mou-review")
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback reaches a user
        if os.environ.get("MOU_DEBUG"):
            raise
        message = (
            error_text(error) if isinstance(error, MouReviewError) else f"{type(error).__name__}: {error}"
        )
        click.echo(f"{error_word()}{message.splitlines()[0] if message else type(error).__name__}", err=True)
        sys.exit(1)
