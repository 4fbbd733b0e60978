"""``mou-review mail send-pending | status | worker``: the e-mail queue from the command line."""

from __future__ import annotations

import logging
import os
import time

import click
from flask import current_app
from flask.cli import with_appcontext

from .cli import CliError, cli_text
from .domain.errors import N_
from .extensions import db


@click.group("mail")
def mail_group() -> None:
    """Send and inspect the e-mail notices queue."""


@mail_group.command("send-pending")
@with_appcontext
def send_pending_command() -> None:
    """Queue what is due (reminders, digests), then send every message due now."""
    from .services import mailer

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    scheduled = mailer.schedule_due(app)
    report = mailer.send_pending(app)
    transport = mailer.transport_for(app).describe()
    click.echo(
        f"Scheduled {scheduled}; sent {report.sent}, to retry {report.retried}, refused {report.failed} "
        f"({transport})."
    )
    for error in sorted(set(report.errors))[:5]:
        click.echo(f"  {error}")


@mail_group.command("status")
@with_appcontext
def status_command() -> None:
    """Show the queue: messages by status, how many are due, the oldest waiting, recent failures."""
    from .services import mailer

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    status = mailer.queue_status(db.session)
    counts = status["counts"]
    click.echo(f"Transport: {mailer.transport_for(app).describe()}")
    for name in ("pending", "digest", "sent", "failed", "digested"):
        click.echo(f"  {name:<9} {counts.get(name, 0)}")
    click.echo(f"  due now   {status['due']}")
    if status["oldest_pending"] is not None:
        click.echo(f"  oldest pending since {status['oldest_pending']:%Y-%m-%d %H:%M} UTC")
    for message in status["failures"]:
        click.echo(
            f"  #{message.id} {message.status} to {message.to_addr} after {message.attempts} attempt(s): "
            f"{message.last_error}"
        )


@mail_group.command("bounce")
@click.argument("path", type=click.Path(dir_okay=False, exists=True), required=False)
@with_appcontext
def bounce_command(path: str | None) -> None:
    """Record a bounce report (a delivery status notification) read from PATH or standard input."""
    import sys
    from pathlib import Path

    from .services import mailer

    raw = Path(path).read_bytes() if path else sys.stdin.buffer.read()
    message = mailer.record_bounce(db.session, raw)
    if message is None:
        raise CliError(cli_text(N_("This is not a delivery report about a message of ours.")))
    click.echo(
        f"Message #{message.id} to {message.to_addr}: {message.status} ({message.last_error or 'no change'})."
    )


@mail_group.command("worker")
@click.option("--parent", type=int, default=None, help="Stop when this process is gone.")
@click.option("--once", is_flag=True, help="One pass, then exit.")
@with_appcontext
def worker_command(parent: int | None, once: bool) -> None:
    """Send in the background: every few seconds, queue what is due and send what is pending."""
    from .services import mailer

    logging.basicConfig(level=logging.INFO, format="mail-sender: %(message)s")
    log = logging.getLogger("mou_review.mail")
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    pause = float(app.config.get("MAIL_POLL_SECONDS") or 5)
    log.info("sending with %s every %.0f s", mailer.transport_for(app).describe(), pause)
    last_schedule = 0.0
    while True:
        try:
            if time.monotonic() - last_schedule > 60:
                mailer.schedule_due(app)
                last_schedule = time.monotonic()
            report = mailer.send_pending(app)
            if report.sent or report.retried or report.failed:
                log.info("sent %d, to retry %d, refused %d", report.sent, report.retried, report.failed)
        except Exception:  # the sender must outlive a database hiccup
            log.exception("sending failed; trying again later")
            db.session.remove()
        if once or (parent is not None and not _alive(parent)):
            return
        time.sleep(pause)


def _alive(pid: int) -> bool:
    # The sender is the serving process's child: once that is gone, it is adopted by another.
    return os.getppid() == pid
