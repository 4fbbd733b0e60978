"""Load benchmark of presenter mode: N participants poll the session state with ETags while the
facilitator advances and others comment, against the app served by gunicorn with several workers.

    .venv/bin/python bench/bench_session_load.py                    # SQLite and PostgreSQL, 60 s each
    .venv/bin/python bench/bench_session_load.py --db sqlite --duration 20
    .venv/bin/python bench/bench_session_load.py --pg-url postgresql://postgres@127.0.0.1:5432/mou_bench

For PostgreSQL it uses its own database (created with ``createdb`` if missing; wiped at the start), never the
tests' one.  Only loopback traffic.  It prints p50/p95 latencies, errors, requests per second, the size of a
304 answer, and how long followers took to see each change — figures, not assertions.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(env: dict[str, str], participants: int) -> dict:
    """Create the schema, users, tokens, the demo MoU and a session (in a child process, so no connection leaks)."""
    code = f"""
import json
from pathlib import Path
from mou_review import create_app
from mou_review.cli import upgrade_database
from mou_review.extensions import db
from mou_review.services import users
from mou_review.services.demo import load_source_document
from mou_review.services.documents import load_view
from mou_review.services.sessions import create_session
from mou_review.domain.types import Role
users.HASH_METHOD = "pbkdf2:sha256:1000"
app = create_app()
with app.app_context():
    upgrade_database()
    doc = load_source_document(db.session, Path({str(ROOT / "documents")!r}), "mou")
    fac = users.add_user(db.session, "fac", party_code="ICMPD", role=Role.FACILITATOR, password="x" * 12, display_name="fac")
    ids = [row.id for row in load_view(db.session, doc).rows][:12]
    review = create_session(db.session, fac, "mou", title="Load", starts_at="2026-12-01T09:00:00Z", agenda=ids)
    tokens = []
    for i in range({participants}):
        party = "NAPTIP" if i % 2 else "ANLTP-TIM"
        u = users.add_user(db.session, f"p{{i}}", party_code=party, role=Role.MEMBER, password="x" * 12, display_name=f"p{{i}}")
        tokens.append(users.create_token(db.session, u))
    out = {{"session": review.id, "agenda": ids, "facilitator": users.create_token(db.session, fac), "tokens": tokens}}
    db.session.remove(); db.engine.dispose()
print(json.dumps(out))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@dataclass
class Stats:
    lock: threading.Lock = field(default_factory=threading.Lock)
    poll: list[float] = field(default_factory=list)
    write: list[float] = field(default_factory=list)
    errors: int = 0
    not_modified: int = 0
    changed: int = 0
    bytes_304: list[int] = field(default_factory=list)
    bytes_200: list[int] = field(default_factory=list)
    seen_after: list[float] = field(default_factory=list)  # seconds from a change to a follower seeing it
    changes: dict[str, float] = field(default_factory=dict)  # etag -> when the facilitator made it


class Client:
    """A keep-alive HTTP connection that reconnects once when the server closed it while idle.

    gunicorn closes idle keep-alive connections after 2 s; like urllib3, a request that fails on a reused
    connection is sent again on a new one.  Only a failure on a fresh connection counts as an error.
    """

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, headers: dict, body: bytes | None = None):
        for attempt in (0, 1):
            fresh = self.conn is None
            if fresh:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
            except (OSError, http.client.HTTPException):
                self.conn.close()
                self.conn = None
                if fresh or attempt:
                    raise
                continue
            size = sum(len(k) + len(v) + 4 for k, v in response.getheaders()) + len(
                "HTTP/1.1 304 NOT MODIFIED\r\n\r\n"
            )
            return response, data, size
        raise OSError("unreachable")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


def participant(port, token, session_id, interval, stop, stats):
    client = Client(port)
    etag = None
    time.sleep(random.uniform(0, interval))  # spread the polls like real people joining
    while not stop.is_set():
        headers = {"Authorization": f"Bearer {token}"}
        if etag:
            headers["If-None-Match"] = etag
        started = time.perf_counter()
        try:
            response, data, size = client.request("GET", f"/api/v1/sessions/{session_id}/state", headers)
        except (OSError, http.client.HTTPException):
            with stats.lock:
                stats.errors += 1
            stop.wait(interval)
            continue
        elapsed = time.perf_counter() - started
        now = time.monotonic()
        with stats.lock:
            stats.poll.append(elapsed)
            if response.status == 304:
                stats.not_modified += 1
                stats.bytes_304.append(size + len(data))
            elif response.status == 200:
                stats.changed += 1
                stats.bytes_200.append(size + len(data))
                etag = response.getheader("ETag")
                made = stats.changes.get(etag or "")
                if made is not None:
                    stats.seen_after.append(now - made)
            else:
                stats.errors += 1
        stop.wait(max(0.0, interval - elapsed))
    client.close()


def facilitator(port, token, session_id, agenda, every, stop, stats):
    client = Client(port)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    step = 0
    while not stop.wait(every):
        target = agenda[step % len(agenda)]
        step += 1
        started = time.perf_counter()
        try:
            response, data, _ = client.request(
                "POST", f"/api/v1/sessions/{session_id}/advance", headers, json.dumps({"to": target}).encode()
            )
        except (OSError, http.client.HTTPException):
            with stats.lock:
                stats.errors += 1
            continue
        with stats.lock:
            stats.write.append(time.perf_counter() - started)
            if response.status != 200:
                stats.errors += 1
            else:
                version = json.loads(data)["version"]
                stats.changes[f'"s{session_id}-v{version}"'] = time.monotonic()
    client.close()


def commenter(port, token, agenda, every, stop, stats):
    client = Client(port)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    while not stop.wait(every * random.uniform(0.5, 1.5)):
        clause = random.choice(agenda)
        body = json.dumps({"lang": "both", "body": "A point to raise in the session."}).encode()
        started = time.perf_counter()
        try:
            response, _, _ = client.request("POST", f"/api/v1/clauses/{clause}/comments", headers, body)
        except (OSError, http.client.HTTPException):
            with stats.lock:
                stats.errors += 1
            continue
        with stats.lock:
            stats.write.append(time.perf_counter() - started)
            if response.status != 201:
                stats.errors += 1
    client.close()


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(label: str, database_url: str, args) -> None:
    with tempfile.TemporaryDirectory(prefix="mou-bench-") as instance:
        env = {
            **os.environ,
            "MOU_INSTANCE_PATH": instance,
            "DATABASE_URL": database_url,
            "SECRET_KEY": "bench",
        }
        setup = prepare(env, args.participants)
        port = free_port()
        server = subprocess.Popen(
            [str(VENV_BIN / "mou-review"), "serve", "--workers", str(args.workers), "--port", str(port)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1):
                        break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit(f"{label}: the server did not start") from None
                    time.sleep(0.2)
            time.sleep(1.0)  # let every worker boot
            stats, stop = Stats(), threading.Event()
            threads = [
                threading.Thread(
                    target=participant, args=(port, t, setup["session"], args.interval, stop, stats)
                )
                for t in setup["tokens"]
            ]
            threads.append(
                threading.Thread(
                    target=facilitator,
                    args=(
                        port,
                        setup["facilitator"],
                        setup["session"],
                        setup["agenda"],
                        args.advance_every,
                        stop,
                        stats,
                    ),
                )
            )
            threads += [
                threading.Thread(
                    target=commenter,
                    args=(port, setup["tokens"][i], setup["agenda"], args.comment_every, stop, stats),
                )
                for i in range(args.commenters)
            ]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            time.sleep(args.duration)
            stop.set()
            for thread in threads:
                thread.join(timeout=15)
            wall = time.monotonic() - started
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
    total = len(stats.poll) + len(stats.write)
    print(
        f"\n== {label}: {args.participants} participants polling every {args.interval:g} s, "
        f"{args.workers} gunicorn workers, {wall:.0f} s =="
    )
    print(f"requests           {total} ({total / wall:.1f} req/s), errors {stats.errors}")
    print(
        f"state polls        {len(stats.poll)}: 304 {stats.not_modified}, 200 {stats.changed}; "
        f"p50 {pct(stats.poll, 0.5) * 1000:.1f} ms, p95 {pct(stats.poll, 0.95) * 1000:.1f} ms, "
        f"max {max(stats.poll, default=0) * 1000:.1f} ms"
    )
    print(
        f"writes             {len(stats.write)} (advance + comments): p50 {pct(stats.write, 0.5) * 1000:.1f} ms, "
        f"p95 {pct(stats.write, 0.95) * 1000:.1f} ms"
    )
    if stats.bytes_304:
        print(
            f"bytes per 304      {statistics.mean(stats.bytes_304):.0f} (status line + headers, no body); "
            f"per 200 {statistics.mean(stats.bytes_200 or [0]):.0f}"
        )
    print(
        f"change seen after  p50 {pct(stats.seen_after, 0.5):.2f} s, p95 {pct(stats.seen_after, 0.95):.2f} s, "
        f"max {max(stats.seen_after, default=float('nan')):.2f} s (poll every {args.interval:g} s)"
    )


def ensure_pg_database(url: str) -> None:
    """Create the benchmark's own PostgreSQL database if missing, and empty it."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    subprocess.run(
        [
            "createdb",
            "-h",
            parsed.host or "127.0.0.1",
            "-p",
            str(parsed.port or 5432),
            "-U",
            parsed.username or "postgres",
            parsed.database,
        ],
        capture_output=True,
    )
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/mou_bench")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load per database")
    parser.add_argument("--participants", type=int, default=60)
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between a participant's polls")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--advance-every", type=float, default=5.0)
    parser.add_argument("--commenters", type=int, default=3)
    parser.add_argument("--comment-every", type=float, default=3.0)
    args = parser.parse_args()
    if args.db in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="mou-bench-db-") as folder:
            run("SQLite", f"sqlite:///{folder}/bench.sqlite3", args)
    if args.db in ("postgresql", "both"):
        ensure_pg_database(args.pg_url)
        run("PostgreSQL", args.pg_url, args)


if __name__ == "__main__":
    main()
