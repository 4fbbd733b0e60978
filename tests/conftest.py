"""Fixtures: an app on a real database (SQLite by default, PostgreSQL when
MOU_TEST_DATABASE_URL is set), a client, a runner, users of every role and a
sign-in helper that goes through the real login form with its CSRF token."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from sqlalchemy import create_engine, text

from mou_review import create_app
from mou_review.domain.types import Role
from mou_review.extensions import db

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery"

#: (username, party, role) of the users every app test gets.
TEST_USERS = (
    ("naptip.lead", "NAPTIP", Role.LEAD),
    ("naptip.member", "NAPTIP", Role.MEMBER),
    ("anltp.lead", "ANLTP-TIM", Role.LEAD),
    ("anltp.member", "ANLTP-TIM", Role.MEMBER),
    ("icmpd.facilitator", "ICMPD", Role.FACILITATOR),
    ("icmpd.admin", "ICMPD", Role.ADMIN),
    ("observer", "ICMPD", Role.OBSERVER),
)


def pytest_configure(config):
    # Registered here rather than in pyproject.toml: a change there makes scripts/test reinstall the package.
    config.addinivalue_line(
        "markers",
        "both_databases: a browser journey that the PostgreSQL pass of scripts/test runs too (the others run on "
        "SQLite only: the app tests cover the database layer on PostgreSQL)",
    )


#: The longest tests (a file stands for all its tests, kept together for their module fixtures), with what they
#: took in seconds on 2026-12-02 (two workers on a loaded 2-core machine: only the proportions matter).
#: On pytest-xdist's workers (scripts/test, ``--dist worksteal``) each is dealt to the worker with the least
#: so far and each worker starts with its share; the short tests follow and are stolen by whichever worker
#: frees up first, so a pass ends on short tests rather than on one worker walking every page alone.
LONGEST = {
    "tests/browser/test_every_page.py::test_every_page_passes_axe_and_fits_a_phone_for_every_role": 380,
    "tests/domain/test_divergence_real.py": 290,  # its module fixture evaluates the real corpus
    "tests/browser/test_role_journeys.py::test_role_journeys_with_screenshots": 210,
    "tests/deploy/test_deploy.py": 200,
    "tests/app/test_fuzz.py::test_fuzz_the_whole_api": 140,  # the PostgreSQL pass's 1,500 requests
    "tests/app/test_backup.py::test_backup_during_writes": 100,
    "tests/app/test_docx_export.py::test_exports_open_in_libreoffice": 50,
}


def pytest_collection_modifyitems(config, items):
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    if workers < 2:
        return
    units: list[tuple[str, list]] = []  # each long test, or long file, with its tests
    rest = []
    for item in items:
        prefix = next((p for p in LONGEST if item.nodeid.startswith(p)), None)
        if prefix is None:
            rest.append(item)
        elif units and units[-1][0] == prefix and "::" not in prefix:
            units[-1][1].append(item)  # the next test of the same file (a file's tests come together)
        else:
            units.append((prefix, [item]))
    units.sort(key=lambda unit: -LONGEST[unit[0]])  # stable: a test's parameters stay in their order
    shares: list[list] = [[] for _ in range(workers)]
    loads = [0] * workers
    for prefix, tests in units:
        least = loads.index(min(loads))
        shares[least] += tests
        loads[least] += LONGEST[prefix]
    # worksteal gives the first worker the first len//n tests, the next one len//(n-1) of the rest, ...:
    # each share goes at the head of its worker's slice.
    ordered, left = [], len(items)
    for number, share in enumerate(shares):
        size = left // (workers - number)
        take = max(size - len(share), 0)
        ordered += share + rest[:take]
        rest = rest[take:]
        left -= len(share) + take
    items[:] = ordered + rest


def _reset_postgres(url: str) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def worker_suffix() -> str:
    """Return "_gw0", "_gw1"... in a pytest-xdist worker (scripts/test runs two), "" in a single process.

    Each worker has its own PostgreSQL databases: the test database and those the backup tests make."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return f"_{worker}" if worker else ""


def pg_admin(url: str, *statements: str) -> None:
    """Run statements outside a transaction (CREATE and DROP DATABASE) on a PostgreSQL server."""
    engine = create_engine(
        url.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    with engine.connect() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    engine.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory):
    url = os.environ.get("MOU_TEST_DATABASE_URL")
    if not url:
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"
        return
    if not (suffix := worker_suffix()):
        _reset_postgres(url)
        yield url
        return
    # A worker's own database next to the configured one (test_gw0 beside test), made afresh, dropped after.
    parts = urlsplit(url)
    own = parts.path.lstrip("/") + suffix
    pg_admin(url, f'DROP DATABASE IF EXISTS "{own}" WITH (FORCE)', f'CREATE DATABASE "{own}"')
    yield urlunsplit(parts._replace(path="/" + own))
    pg_admin(url, f'DROP DATABASE IF EXISTS "{own}" WITH (FORCE)')


@pytest.fixture(scope="session")
def instance_path(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("instance")


@pytest.fixture(scope="session")
def migrated_app(database_url, instance_path):
    from mou_review.services import users

    users.HASH_METHOD = "pbkdf2:sha256:1000"  # cheap hashes: tests create users for every test
    os.environ["MOU_INSTANCE_PATH"] = str(instance_path)
    app = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": database_url,
            "LOGIN_MAX_FAILURES": 5,
        }
    )
    from mou_review.cli import upgrade_database

    with app.app_context():
        upgrade_database()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()  # close pooled connections before the interpreter does


def truncate_all(app) -> None:
    """Empty every table (keeping the schema and its migration stamp); ids start again from 1."""
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            # DELETE, not TRUNCATE: on tables this small PostgreSQL deletes in half the time, and TRUNCATE's
            # new files for every table and index were a fixed cost on each of the pass's 500 tests.
            # One round trip for all of them (a statement each was thirty waits on the server per test).
            quote = db.engine.dialect.identifier_preparer.format_table
            sequences = db.session.scalars(
                text("SELECT quote_ident(sequencename) FROM pg_sequences WHERE schemaname = current_schema()")
            ).all()
            statements = [f"DELETE FROM {quote(table)}" for table in reversed(db.metadata.sorted_tables)]
            if sequences:
                statements.append("SELECT " + ", ".join(f"setval('{s}', 1, false)" for s in sequences))
            db.session.connection().exec_driver_sql("; ".join(statements))
        else:
            for table in reversed(db.metadata.sorted_tables):
                db.session.execute(table.delete())
        db.session.commit()


class Snapshot:
    """The rows of every table at one moment, put back by one INSERT per table.

    The users of every test and the demo documents are made once, through the services, and restored
    for each test: rebuilding them row by row (a commit per user, a flush per clause) cost more than
    most tests themselves, on both databases."""

    def __init__(self, app) -> None:
        self.taken = datetime.now(UTC)
        with app.app_context():
            self.rows = {
                table.name: [
                    dict(row._mapping)
                    for row in db.session.execute(table.select().order_by(*table.primary_key.columns))
                ]
                for table in db.metadata.sorted_tables
            }
            db.session.remove()

    def restore(self, app) -> None:
        """Empty every table and put the rows back, their times moved to now (as if just made)."""
        truncate_all(app)
        shift = datetime.now(UTC) - self.taken
        with app.app_context():
            ids = []
            for table in db.metadata.sorted_tables:
                if rows := self.rows[table.name]:
                    moved = [
                        {k: v + shift if isinstance(v, datetime) else v for k, v in r.items()} for r in rows
                    ]
                    db.session.execute(table.insert(), moved)
                    if (column := table.autoincrement_column) is not None:
                        ids.append((table.name, column.name, max(r[column.name] for r in rows)))
            if ids and db.engine.dialect.name == "postgresql":
                # The rows came with their ids: each sequence goes on after the highest one.
                db.session.execute(
                    text(
                        "SELECT "
                        + ", ".join(f"setval(pg_get_serial_sequence('{t}', '{c}'), {n})" for t, c, n in ids)
                    )
                )
            db.session.commit()
            db.session.remove()


@pytest.fixture(scope="session")
def _users_snapshot(migrated_app) -> Snapshot:
    """The parties and the users of every test, made once through the services."""
    from mou_review.services import users

    truncate_all(migrated_app)
    with migrated_app.app_context():
        users.ensure_parties(db.session)
        for username, party, role in TEST_USERS:
            users.add_user(
                db.session, username, party_code=party, role=role, password=PASSWORD, display_name=username
            )
        db.session.remove()
    return Snapshot(migrated_app)


@pytest.fixture(scope="session")
def _seeded_snapshot(migrated_app, _users_snapshot) -> Snapshot:
    """The users and the MoU and the ToR loaded from documents/ (as the demo does), made once."""
    from mou_review.services.demo import load_source_document

    _users_snapshot.restore(migrated_app)
    with migrated_app.app_context():
        for slug in ("mou", "tor"):
            load_source_document(db.session, ROOT / "documents", slug)
        db.session.remove()
    return Snapshot(migrated_app)


@pytest.fixture
def app(migrated_app, _users_snapshot, request):
    # A test that uses the demo documents (``seeded``, itself or through another fixture) starts from
    # them here, in one restore, before any other fixture of the test writes.
    if "seeded" in request.fixturenames:
        request.getfixturevalue("_seeded_snapshot").restore(migrated_app)
    else:
        _users_snapshot.restore(migrated_app)
    saved = dict(migrated_app.config)
    yield migrated_app
    migrated_app.config.clear()
    migrated_app.config.update(saved)
    with migrated_app.app_context():
        db.session.remove()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app, monkeypatch):
    # The command line speaks the terminal's language: the tests run it in an English terminal unless
    # they say otherwise (a French developer's LANG must not change what they read).
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return app.test_cli_runner()


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(client, page: str = "/login") -> str:
    """Fetch a page and return the CSRF token of its first form."""
    html = client.get(page).get_data(as_text=True)
    match = CSRF_RE.search(html)
    assert match, f"no CSRF token on {page}"
    return match.group(1)


class AuthActions:
    """Sign in and out through the real forms."""

    def __init__(self, client):
        self._client = client

    def login(self, username: str = "naptip.member", password: str = PASSWORD):
        token = csrf_token(self._client, "/login")
        return self._client.post(
            "/login", data={"username": username, "password": password, "csrf_token": token}
        )

    def logout(self):
        token = csrf_token(self._client, "/account")
        return self._client.post("/logout", data={"csrf_token": token})

    def post(self, url: str, data: dict | None = None, page: str = "/account", **kwargs):
        """POST a form with a fresh CSRF token taken from a page."""
        payload = dict(data or {})
        payload.setdefault("csrf_token", csrf_token(self._client, page))
        return self._client.post(url, data=payload, **kwargs)


@pytest.fixture
def auth(client):
    return AuthActions(client)


@pytest.fixture
def seeded(app):
    """Return the app with the MoU and the ToR loaded from documents/ (as the demo does; see ``app``)."""
    return app


@pytest.fixture
def api_token(app):
    """Return a function giving a Bearer header for a user."""
    from mou_review.services import users

    def make(username: str) -> dict[str, str]:
        with app.app_context():
            token = users.create_token(db.session, users.get_user(db.session, username))
            db.session.remove()
        return {"Authorization": f"Bearer {token}"}

    return make


def count_queries(app, action) -> int:
    """Run ``action`` and return how many SQL statements it sent."""
    from sqlalchemy import event

    statements = []

    def before(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", before)
    return len(statements)
