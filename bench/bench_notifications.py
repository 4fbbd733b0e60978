"""Benchmark of the e-mail notices: what queuing costs a request, and how fast the queue drains.

    .venv/bin/python bench/bench_notifications.py                 # SQLite, 100 addressees, 1,000 messages
    .venv/bin/python bench/bench_notifications.py --messages 2000 --rounds 40
    .venv/bin/python bench/bench_notifications.py --pg-url postgresql://postgres@127.0.0.1:5432/mou_bench

1. **Request cost.** The same API request (create a review session of the demo MoU, 10 agenda items) is
   timed with no user holding an address (no notice is due) and with 100 addressees (100 invitations are
   due), alternating, ``--rounds`` times each; it prints both medians and their ratio.  The request records
   one event row in its transaction either way; the sender turns it into the 100 messages, renders and
   sends them later, outside the request (the bench checks that 100 messages per request do come of it).
2. **Throughput.** ``--messages`` queued invitations are sent by ``mailer.send_pending`` to a real SMTP
   server (aiosmtpd on a loopback port), rendered in each recipient's language with the iCalendar part:
   messages per second, end to end (claim, render, send, mark).  The same for the .eml outbox.

Figures, not assertions.  For PostgreSQL the given database is wiped first; never point it at the tests' one.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Counter:
    """An SMTP handler that only counts."""

    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.count += 1
        return "250 OK"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--addressees", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--pg-url", default=None)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-notify-"))
    os.environ["MOU_INSTANCE_PATH"] = str(workdir)
    from sqlalchemy import create_engine, select, text, update

    from mou_review import create_app
    from mou_review.cli import upgrade_database
    from mou_review.domain.types import Role
    from mou_review.extensions import db
    from mou_review.models import MailMessage, User
    from mou_review.services import mailer, users
    from mou_review.services.demo import load_source_document
    from mou_review.services.documents import load_view

    if args.pg_url:
        engine = create_engine(args.pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        url = args.pg_url
    else:
        url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    users.HASH_METHOD = "pbkdf2:sha256:1000"
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "MAIL_OUTBOX_DIR": str(workdir / "outbox")})
    import logging

    logging.getLogger(
        "mou_review.requests"
    ).disabled = True  # one JSON line per request would swamp the output
    with app.app_context():
        upgrade_database()
        document = load_source_document(db.session, ROOT / "documents", "mou")
        agenda = [row.id for row in load_view(db.session, document).rows][:10]
        users.add_user(db.session, "fac", party_code="ICMPD", role=Role.FACILITATOR, password="x" * 12)
        token = users.create_token(db.session, users.get_user(db.session, "fac"))
        for i in range(args.addressees):
            party = ("NAPTIP", "ANLTP-TIM")[i % 2]
            users.add_user(
                db.session,
                f"member{i:03d}",
                party_code=party,
                role=Role.MEMBER,
                password="x" * 12,
                email=f"member{i:03d}@bench.example.org",
            )
        db.session.remove()
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    body = {
        "title": "Bench",
        "starts_at": "2026-12-10T09:00:00Z",
        "agenda": agenda,
        "call_link": "https://x.example",
    }

    def set_addresses(on: bool) -> None:
        with app.app_context():
            db.session.execute(
                update(User)
                .where(User.username.like("member%"))
                .values(email=None if not on else User.username + "@bench.example.org")
            )
            db.session.commit()
            db.session.remove()

    def timed_request() -> float:
        start = time.perf_counter()
        response = client.post("/api/v1/documents/mou/sessions", json=body, headers=headers)
        elapsed = time.perf_counter() - start
        assert response.status_code == 201, response.get_data(as_text=True)
        with app.app_context():  # the sender's work, outside the timed request: who is addressed now
            mailer.expand_events(db.session, mailer.utcnow())
            db.session.remove()
        return elapsed

    # Warm up both paths (templates, caches, the first session of the document).
    for on in (False, True):
        set_addresses(on)
        timed_request()
    none, hundred = [], []
    for _ in range(args.rounds):
        set_addresses(False)
        none.append(timed_request())
        set_addresses(True)
        hundred.append(timed_request())
    with app.app_context():
        events = db.session.scalar(
            select(db.func.count(MailMessage.id)).where(MailMessage.recipient_id.is_(None))
        )
        queued = db.session.scalar(
            select(db.func.count(MailMessage.id)).where(MailMessage.recipient_id.is_not(None))
        )
        db.session.execute(MailMessage.__table__.delete())
        db.session.commit()
        db.session.remove()
    print(
        f"database: {'PostgreSQL' if args.pg_url else 'SQLite'}; the {events} timed requests wrote one event "
        f"row each, which became {queued} messages ({args.addressees} per request with addressees)"
    )
    m0, m100 = statistics.median(none), statistics.median(hundred)
    print(f"request queuing 0 notices:   median {m0 * 1000:.1f} ms ({args.rounds} runs)")
    print(f"request queuing {args.addressees} notices: median {m100 * 1000:.1f} ms ({args.rounds} runs)")
    print(f"ratio ({args.addressees} / 0): {m100 / m0:.2f}")

    # Throughput: queue invitations, then drain them into a real SMTP server, then into the outbox.
    from aiosmtpd.controller import Controller

    def queue_messages(count: int) -> int:
        sessions = max(1, count // args.addressees)
        for _ in range(sessions):
            client.post("/api/v1/documents/mou/sessions", json=body, headers=headers)
        return sessions * args.addressees

    counter = Counter()
    port = free_port()
    controller = Controller(counter, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port)
        total = queue_messages(args.messages)
        start = time.perf_counter()
        report = mailer.send_pending(app)
        elapsed = time.perf_counter() - start
    finally:
        controller.stop()
    print(
        f"SMTP (aiosmtpd, loopback): {report.sent} of {total} messages in {elapsed:.2f} s = "
        f"{report.sent / elapsed:.0f} messages/s (server received {counter.count})"
    )
    with app.app_context():
        sample = db.session.scalar(select(MailMessage.raw).where(MailMessage.raw.is_not(None)).limit(1))
        db.session.execute(MailMessage.__table__.delete())
        db.session.commit()
        db.session.remove()
    print(f"one invitation: {len(sample.encode()) / 1024:.1f} kB (text, HTML, iCalendar part and .ics file)")

    app.config.update(MAIL_SERVER=None)
    total = queue_messages(args.messages)
    start = time.perf_counter()
    report = mailer.send_pending(app)
    elapsed = time.perf_counter() - start
    print(
        f".eml outbox: {report.sent} of {total} messages in {elapsed:.2f} s = {report.sent / elapsed:.0f} messages/s"
    )


if __name__ == "__main__":
    main()
