"""Backup and restore: a consistent snapshot while the server writes, restored into SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import os
import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import sqlalchemy as sa

from mou_review import create_app
from mou_review.domain import backup_format as fmt
from mou_review.extensions import db
from mou_review.services import backup as service
from tests.conftest import pg_admin as _pg_admin
from tests.conftest import truncate_all, worker_suffix


def _pg_base_url() -> str | None:
    for name in ("MOU_TEST_PG_URL", "MOU_TEST_DATABASE_URL"):
        url = os.environ.get(name, "")
        if url.startswith("postgres"):
            return url
    return None


def _psycopg(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture
def pg_target():
    """A fresh, empty PostgreSQL database next to the test database (dropped afterwards)."""
    base = _pg_base_url()
    if not base:
        pytest.skip("no PostgreSQL configured: scripts/test sets MOU_TEST_PG_URL when the server answers")
    parts = urlsplit(base)
    name = parts.path.lstrip("/") + "_restore" + worker_suffix()
    url = urlunsplit(parts._replace(path="/" + name))
    _pg_admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    yield url
    _pg_admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def target_app(url: str):
    """An app on another database, as an operator's second server would be."""
    return create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": url})


def close(app) -> None:
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def backup_file(app, path: Path, **kwargs) -> service.Summary:
    with app.app_context():
        head = service.head_revision(app.extensions["migrate"].directory)
        return service.write_backup(db.engine, path, head=head, **kwargs)


def restore(app, path: Path, *args: str):
    return app.test_cli_runner().invoke(args=["restore", str(path), *args])


# --- every table and every column type --------------------------------------

SAMPLES = {
    "int": 7,
    "float": 1.5,
    "decimal": Decimal("1.25"),
    "bool": True,
    "datetime": datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC),
    "date": date(2026, 1, 2),
    "binary": b"\x00\xffbinary",
    "json": {"k": ["v", 1, None, {"é": True}]},
}


def sample_row(table: sa.Table) -> dict:
    """One row with a value in every column; foreign keys point at row 1 of their table."""
    row = {}
    for column in table.columns:
        tag = service.type_tag(column.type)
        if column.primary_key or column.foreign_keys:
            row[column.name] = 1
        elif tag == "text":
            length = getattr(column.type, "length", None) or 40
            row[column.name] = "Ç'est « ça » 1"[:length]
        else:
            row[column.name] = SAMPLES[tag]
    return row


def normalised(value):
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def read_all(app) -> dict[str, list[dict]]:
    with app.app_context(), db.engine.connect() as connection:
        return {
            table.name: [
                {k: normalised(v) for k, v in row._mapping.items()}
                for row in connection.execute(sa.select(table).order_by(*table.primary_key.columns))
            ]
            for table in db.metadata.sorted_tables
        }


def fill_every_table(app) -> None:
    truncate_all(app)
    with app.app_context(), db.engine.begin() as connection:
        for table in service.plan(db.metadata.tables.values()).tables:
            connection.execute(table.insert(), [sample_row(table)])


def test_backup_covers_every_table_and_column_of_the_metadata(app, tmp_path):
    """Fails as soon as a table or a column type of the models is not in the backup."""
    fill_every_table(app)
    header = fmt.verify(backup_file(app, tmp_path / "all.jsonl.gz").path)
    described = {t.name: t.column_names for t in header.tables}
    with app.app_context():
        expected = {t.name: [c.name for c in t.columns] for t in db.metadata.tables.values()}
    assert described == expected
    assert all(t.rows == 1 for t in header.tables)


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_restore_gives_back_every_value_exactly(app, tmp_path, engine, request):
    fill_every_table(app)
    before = read_all(app)
    path = backup_file(app, tmp_path / "all.jsonl.gz").path
    url = (
        f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
        if engine == "sqlite"
        else request.getfixturevalue("pg_target")
    )
    fresh = target_app(url)
    result = restore(fresh, path)
    assert result.exit_code == 0, result.output
    try:
        assert read_all(fresh) == before
    finally:
        close(fresh)


# --- a backup while a writer posts comments ----------------------------------


def api_answers(app, headers: dict) -> dict[str, object]:
    """Every document, clause and divergence answer of the API."""
    client = app.test_client()
    answers: dict[str, object] = {}
    listing = client.get("/api/v1/documents", headers=headers)
    assert listing.status_code == 200
    answers["/documents"] = listing.get_json()
    for document in listing.get_json()["documents"]:
        slug = document["slug"]
        for url in (f"/documents/{slug}", f"/documents/{slug}/divergences"):
            answers[url] = client.get("/api/v1" + url, headers=headers).get_json()
        for clause in answers[f"/documents/{slug}"]["clauses"]:
            url = f"/clauses/{clause['id']}"
            response = client.get("/api/v1" + url, headers=headers)
            assert response.status_code == 200
            answers[url] = response.get_json()
    return answers


@pytest.fixture
def written_backup(seeded, api_token, tmp_path):
    """Back up while a writer thread keeps posting comments; return what happened."""
    headers = api_token("naptip.member")
    client = seeded.test_client()
    clause_id = client.get("/api/v1/documents/mou", headers=headers).get_json()["clauses"][3]["id"]
    committed: list[int] = []
    errors: list[str] = []
    stop = threading.Event()
    ticks = threading.Semaphore(0)

    def writer() -> None:
        own = seeded.test_client()
        for i in range(400):
            if stop.is_set():
                return
            response = own.post(
                f"/api/v1/clauses/{clause_id}/comments",
                json={"lang": "en", "body": f"writer comment {i}"},
                headers=headers,
            )
            if response.status_code != 201:
                errors.append(f"{response.status_code} {response.get_data(as_text=True)[:200]}")
                return
            committed.append(i)
            ticks.release()

    def wait_for(writes: int) -> None:
        for _ in range(writes):
            assert ticks.acquire(timeout=30), errors

    def during_snapshot() -> None:
        while ticks.acquire(blocking=False):
            pass
        # Four more ticks: at most one is a commit that was under way before the snapshot,
        # so at least three comments commit while the backup reads its snapshot.
        wait_for(4)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        wait_for(3)
        before_backup = len(committed)
        summary = backup_file(seeded, tmp_path / "live.jsonl.gz", on_snapshot=during_snapshot)
    finally:
        stop.set()
        thread.join()
    assert not errors
    return {
        "path": summary.path,
        "summary": summary,
        "headers": headers,
        "clause_id": clause_id,
        "committed": len(committed),
        "before_backup": before_backup,
    }


def test_backup_during_writes_restores_a_consistent_prefix_and_identical_answers(
    seeded, written_backup, tmp_path, pg_target
):
    """Restored into a fresh SQLite and a fresh PostgreSQL database, whatever the source was."""
    headers = written_backup["headers"]
    source = api_answers(seeded, headers)
    clause_url = f"/clauses/{written_backup['clause_id']}"
    for url in (f"sqlite:///{tmp_path / 'fresh.sqlite3'}", pg_target):
        fresh = target_app(url)
        try:
            result = restore(fresh, written_backup["path"])
            assert result.exit_code == 0, result.output
            assert "Restored" in result.output and "clause_version" in result.output
            restored = api_answers(fresh, headers)  # the same token is accepted
            with fresh.app_context():
                counts = db.session.execute(
                    sa.text(
                        "SELECT (SELECT COUNT(*) FROM comment), (SELECT COUNT(*) FROM comment_body),"
                        " (SELECT COUNT(*) FROM audit_event WHERE action = 'comment.create')"
                    )
                ).one()
        finally:
            close(fresh)
        bodies = [c["body"] for c in restored[clause_url]["comments"]]
        kept = len(bodies)
        # A prefix of the writes as they stood at the snapshot: those written during the backup are not in it.
        assert bodies == [f"writer comment {i}" for i in range(kept)]
        assert 3 <= written_backup["before_backup"] <= kept <= written_backup["committed"] - 3
        # No half transaction: each comment has its body and its audit event.
        assert tuple(counts) == (kept, kept, kept)
        # Every other answer is identical; the written clause differs only by the later comments.
        expected = dict(source)
        expected[clause_url] = {**source[clause_url], "comments": source[clause_url]["comments"][:kept]}
        assert restored.keys() == expected.keys()
        for key in expected:
            assert restored[key] == expected[key], (url.split(":")[0], key)


def test_restored_database_accepts_new_writes_after_the_restored_ids(
    seeded, written_backup, tmp_path, request
):
    """Sequences were moved past the restored ids (PostgreSQL) so new rows do not collide."""
    url = request.getfixturevalue("pg_target") if _pg_base_url() else f"sqlite:///{tmp_path / 'f.sqlite3'}"
    fresh = target_app(url)
    assert restore(fresh, written_backup["path"]).exit_code == 0
    try:
        response = fresh.test_client().post(
            f"/api/v1/clauses/{written_backup['clause_id']}/comments",
            json={"lang": "en", "body": "after the restore"},
            headers=written_backup["headers"],
        )
        assert response.status_code == 201, response.get_data(as_text=True)
    finally:
        close(fresh)


# --- refusals -----------------------------------------------------------------


def test_restore_refuses_a_database_that_holds_data_unless_forced(seeded, tmp_path):
    path = backup_file(seeded, tmp_path / "b.jsonl.gz").path
    before = read_all(seeded)
    result = restore(seeded, path)
    assert result.exit_code == 1
    assert "already holds data" in result.output and "--force" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 2
    assert read_all(seeded) == before
    forced = restore(seeded, path, "--force")
    assert forced.exit_code == 0, forced.output
    assert read_all(seeded) == before


def corrupted(path: Path, target: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def truncated(path: Path, target: Path) -> Path:
    target.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    return target


def tampered(path: Path, target: Path) -> Path:
    """A well-formed gzip whose content was edited: only the checksum catches it."""
    text = gzip.decompress(path.read_bytes()).replace(b"Memorandum", b"Memorandux", 1)
    target.write_bytes(gzip.compress(text))
    return target


def no_end(path: Path, target: Path) -> Path:
    lines = gzip.decompress(path.read_bytes()).splitlines(keepends=True)
    target.write_bytes(gzip.compress(b"".join(lines[:-1])))
    return target


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (corrupted, "damaged or incomplete"),
        (truncated, "the file ends too early"),
        (tampered, "checksum does not match"),
        (no_end, "cut short"),
    ],
)
def test_restore_refuses_a_damaged_backup_and_writes_nothing(seeded, tmp_path, damage, message):
    good = backup_file(seeded, tmp_path / "b.jsonl.gz").path
    bad = damage(good, tmp_path / "bad.jsonl.gz")
    target = tmp_path / "fresh.sqlite3"
    fresh = target_app(f"sqlite:///{target}")
    result = restore(fresh, bad)
    close(fresh)
    assert result.exit_code == 1
    assert message in result.output and "nothing was restored" in result.output
    assert "Traceback" not in result.output
    assert not target.exists()  # not even an empty schema was created


def test_restore_refuses_a_file_that_is_not_a_backup(app, tmp_path):
    other = tmp_path / "other.gz"
    other.write_bytes(gzip.compress(b'{"hello": 1}\n'))
    result = restore(app, other)
    assert result.exit_code == 1 and "not a mou-review backup" in result.output
    missing = restore(app, tmp_path / "nope.jsonl.gz")
    assert missing.exit_code == 1 and "No backup file" in missing.output


def test_restore_refuses_a_backup_from_a_newer_schema(app, tmp_path):
    path = backup_file(app, tmp_path / "b.jsonl.gz").path
    lines = gzip.decompress(path.read_bytes()).splitlines(keepends=True)
    header = lines[0].replace(b'"schema_revision":"', b'"schema_revision":"9999', 1)
    body = [header, *lines[1:-1]]
    import hashlib
    import json

    trailer = json.loads(lines[-1])
    trailer["sha256"] = hashlib.sha256(b"".join(body)).hexdigest()
    newer = tmp_path / "newer.jsonl.gz"
    newer.write_bytes(gzip.compress(b"".join(body) + json.dumps(trailer).encode() + b"\n"))
    fresh = target_app(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    result = restore(fresh, newer)
    close(fresh)
    assert result.exit_code == 1 and "upgrade mou-review first" in result.output


# --- older backups, retention, command line --------------------------------------


def test_restore_migrates_an_older_backup_forward(tmp_path, monkeypatch):
    """A backup of a database at schema 0001 restores into a database at head (0002 merges attendance)."""
    from flask_migrate import upgrade

    monkeypatch.setenv("MOU_INSTANCE_PATH", str(tmp_path))
    old = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'old.sqlite3'}"})
    with old.app_context():
        upgrade(directory=old.extensions["migrate"].directory, revision="0001")
        for statement in (
            "INSERT INTO party (id, code, name_en, name_fr, country_en, country_fr, working_lang, is_facilitator)"
            " VALUES (1, 'ICMPD', 'c', 'c', '', '', 'en', 1)",
            "INSERT INTO user_account (id, username, display_name, party_id, role, password_hash, active,"
            " created_at) VALUES (1, 'f', 'F', 1, 'facilitator', 'x', 1, '2026-01-01 10:00:00.000000')",
            "INSERT INTO document (id, slug, kind, title_en, title_fr, status, created_at)"
            " VALUES (1, 'd', 'mou', 'D', 'D', 'drafting', '2026-01-01 10:00:00.000000')",
            "INSERT INTO review_session (id, document_id, title, starts_at, call_link, state_version, status,"
            " next_meeting, created_at) VALUES (1, 1, 'S', '2026-01-01 10:00:00.000000', '', 1, 'live', '',"
            " '2026-01-01 10:00:00.000000')",
            "INSERT INTO attendance (session_id, user_id, name, organisation, source, joined_at)"
            " VALUES (1, 1, 'F', '', 'auto', '2026-01-01 10:00:00.000000')",
            "INSERT INTO attendance (session_id, user_id, name, organisation, source, joined_at)"
            " VALUES (1, 1, 'F', '', 'auto', '2026-01-01 10:05:00.000000')",
        ):
            db.session.execute(sa.text(statement))
        db.session.commit()
        summary = service.write_backup(db.engine, tmp_path / "old.jsonl.gz", head="0002")
    close(old)
    assert summary.schema_revision == "0001"
    fresh = target_app(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    result = restore(fresh, summary.path)
    assert result.exit_code == 0, result.output
    assert "migrated from schema 0001" in result.output
    with fresh.app_context():
        head = service.head_revision(fresh.extensions["migrate"].directory)  # later migrations move it
        assert db.session.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == head
        assert db.session.execute(sa.text("SELECT COUNT(*) FROM attendance")).scalar() == 1
        assert db.session.execute(sa.text("SELECT title FROM review_session")).scalar() == "S"
    close(fresh)


def test_backup_dir_keeps_the_newest_n_timestamped_files(app, tmp_path, runner):
    folder = tmp_path / "backups"
    names = []
    for _ in range(4):
        result = runner.invoke(args=["backup", "--dir", str(folder), "--keep", "2"])
        assert result.exit_code == 0, result.output
        names.append(result.output.split()[3])
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == sorted(Path(n).name for n in names[-2:])
    assert all(service.BACKUP_NAME.match(name) for name in kept)
    assert "removed old backup" in result.output


def test_backup_command_prints_a_summary_and_a_verifiable_file(app, tmp_path, runner):
    result = runner.invoke(args=["backup", "-o", str(tmp_path / "b.jsonl.gz")])
    assert result.exit_code == 0, result.output
    assert "user_account" in result.output and "rows in" in result.output
    header = fmt.verify(tmp_path / "b.jsonl.gz")
    assert header.schema_revision == service.head_revision(app.extensions["migrate"].directory)
    assert {t.name: t.rows for t in header.tables}["user_account"] == 7


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["backup"], "Give either -o FILE or --dir DIR"),
        (["backup", "-o", "x.gz", "--keep", "3"], "--keep only goes with --dir"),
        (["backup", "-o", "/proc/nope/x.gz"], "Cannot write"),
    ],
)
def test_backup_command_errors_are_one_line(runner, args, message):
    result = runner.invoke(args=args)
    assert result.exit_code == 1 and message in result.output
    assert "Traceback" not in result.output


def test_verify_backup_checks_a_file_and_compares_two(app, tmp_path, runner):
    from mou_review.domain.types import Role
    from mou_review.services import users

    first = backup_file(app, tmp_path / "a.jsonl.gz").path
    with app.app_context():
        users.add_user(
            db.session, "late.user", party_code="NAPTIP", role=Role.MEMBER, password="long enough pw"
        )
        db.session.remove()
    second = backup_file(app, tmp_path / "b.jsonl.gz").path
    checked = runner.invoke(args=["verify-backup", str(first)])
    assert checked.exit_code == 0 and "intact, schema" in checked.output
    same = runner.invoke(args=["verify-backup", str(first), "--against", str(first)])
    assert same.exit_code == 0 and "Same content" in same.output
    differ = runner.invoke(args=["verify-backup", str(first), "--against", str(second)])
    assert differ.exit_code == 1 and "user_account (7 / 8 rows)" in differ.output
    bad = runner.invoke(args=["verify-backup", str(truncated(first, tmp_path / "t.gz"))])
    assert bad.exit_code == 1 and "ends too early" in bad.output and "Traceback" not in bad.output


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_an_unreachable_database_is_one_line_and_exit_1(app, tmp_path, command):
    good = backup_file(app, tmp_path / "b.jsonl.gz").path
    broken = target_app("postgresql://postgres@127.0.0.1:1/nowhere")
    args = ["backup", "-o", str(tmp_path / "x.jsonl.gz")] if command == "backup" else ["restore", str(good)]
    result = broken.test_cli_runner().invoke(args=args)
    close(broken)
    assert result.exit_code == 1
    assert "Cannot use the database at DATABASE_URL" in result.output and "Traceback" not in result.output
    assert result.output.strip().splitlines()[-1].startswith("Error: ")


def test_progress_is_drawn_on_a_terminal_and_silent_otherwise():
    import io

    from mou_review.commands_backup import TerminalProgress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = TerminalProgress("Restoring", screen)
    progress("clause_version", 1000, 5000)
    progress("clause_version", 5000, 5000)
    progress.done()
    assert "Restoring clause_version: 1,000 / 5,000 rows" in screen.getvalue()
    assert "5,000 / 5,000" in screen.getvalue() and screen.getvalue().endswith("\r\033[K")
    piped = io.StringIO()
    quiet = TerminalProgress("Restoring", piped)
    quiet("clause_version", 1000, 5000)
    quiet.done()
    assert piped.getvalue() == ""


def test_backup_without_cache_leaves_the_translation_cache_out(app, tmp_path, runner):
    fill_every_table(app)
    result = runner.invoke(args=["backup", "-o", str(tmp_path / "b.jsonl.gz"), "--without-cache"])
    assert result.exit_code == 0, result.output
    rows = {t.name: t.rows for t in fmt.verify(tmp_path / "b.jsonl.gz").tables}
    assert rows["translation_cache"] == 0 and rows["clause_version"] == 1


def test_backup_of_a_database_without_schema_says_so(tmp_path):
    empty = target_app(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    result = empty.test_cli_runner().invoke(args=["backup", "-o", str(tmp_path / "b.jsonl.gz")])
    close(empty)
    assert result.exit_code == 1 and "nothing to back up" in result.output
    assert not (tmp_path / "b.jsonl.gz").exists()
