"""Schema changes go through migrations: the migrated schema is the models' schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import text

from mou_review import create_app
from mou_review.extensions import db


def test_migrations_produce_exactly_the_models_schema(app):
    with app.app_context(), db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert differences == []


def test_migration_0002_merges_duplicate_attendance_and_keeps_manual_rows(tmp_path, monkeypatch):
    monkeypatch.setenv("MOU_INSTANCE_PATH", str(tmp_path))
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'old.sqlite3'}"})
    directory = app.extensions["migrate"].directory
    with app.app_context():
        upgrade(directory=directory, revision="0001")
        statements = [
            "INSERT INTO party (id, code, name_en, name_fr, country_en, country_fr, working_lang, is_facilitator)"
            " VALUES (1, 'ICMPD', 'c', 'c', '', '', 'en', 1)",
            "INSERT INTO user_account (id, username, display_name, party_id, role, password_hash, active, created_at)"
            " VALUES (1, 'f', 'F', 1, 'facilitator', 'x', 1, '2026-01-01')",
            "INSERT INTO document (id, slug, kind, title_en, title_fr, status, created_at)"
            " VALUES (1, 'd', 'mou', 'D', 'D', 'drafting', '2026-01-01')",
            "INSERT INTO review_session (id, document_id, title, starts_at, call_link, state_version, status,"
            " next_meeting, created_at) VALUES (1, 1, 'S', '2026-01-01', '', 1, 'live', '', '2026-01-01')",
        ]
        for user_id, name in ((1, "F"), (1, "F"), ("NULL", "Guest"), ("NULL", "Guest")):
            statements.append(
                "INSERT INTO attendance (session_id, user_id, name, organisation, source, joined_at)"
                f" VALUES (1, {user_id}, '{name}', '', 'auto', '2026-01-01')"
            )
        for statement in statements:
            db.session.execute(text(statement))
        db.session.commit()
        upgrade(directory=directory)
        rows = db.session.execute(text("SELECT user_id, name FROM attendance ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [(1, "F"), (None, "Guest"), (None, "Guest")]
        downgrade(directory=directory, revision="0001")
        db.session.remove()
        db.engine.dispose()


def test_attendance_is_recorded_once_per_participant(app, client, auth, api_token):
    from tests.app.test_sessions import make_document

    ids = make_document(app)
    created = client.post(
        "/api/v1/documents/pact/sessions",
        json={"title": "S", "starts_at": "2026-12-01T10:00:00", "agenda": ids[:2]},
        headers=api_token("icmpd.facilitator"),
    ).get_json()
    auth.login("anltp.member")
    for _ in range(3):
        assert client.get(f"/sessions/{created['id']}").status_code == 200
    with app.app_context():
        count = db.session.execute(
            text("SELECT COUNT(*) FROM attendance WHERE session_id = :s"), {"s": created["id"]}
        ).scalar()
    assert count == 1


def test_migration_0003_merges_duplicate_signoffs(tmp_path, monkeypatch):
    monkeypatch.setenv("MOU_INSTANCE_PATH", str(tmp_path))
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'old.sqlite3'}"})
    directory = app.extensions["migrate"].directory
    with app.app_context():
        upgrade(directory=directory, revision="0002")
        statements = [
            "INSERT INTO party (id, code, name_en, name_fr, country_en, country_fr, working_lang, is_facilitator)"
            " VALUES (1, 'NAPTIP', 'n', 'n', '', '', 'en', 0)",
            "INSERT INTO user_account (id, username, display_name, party_id, role, password_hash, active, created_at)"
            " VALUES (1, 'l', 'L', 1, 'lead', 'x', 1, '2026-01-01')",
            "INSERT INTO document (id, slug, kind, title_en, title_fr, status, created_at)"
            " VALUES (1, 'd', 'mou', 'D', 'D', 'drafting', '2026-01-01')",
            "INSERT INTO clause (id, document_id, seq, kind, level, created_at) VALUES (1, 1, 1, 'article', 1, '2026-01-01')",
        ]
        for en, fr in ((1, 1), (1, 1), (1, 1), (2, 1)):
            statements.append(
                "INSERT INTO signoff (clause_id, party_id, user_id, en_number, fr_number, created_at)"
                f" VALUES (1, 1, 1, {en}, {fr}, '2026-01-01')"
            )
        for statement in statements:
            db.session.execute(text(statement))
        db.session.commit()
        upgrade(directory=directory)
        rows = db.session.execute(text("SELECT id, en_number FROM signoff ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [(1, 1), (4, 2)]
        epochs = db.session.execute(
            text("SELECT session_epoch, must_change_password FROM user_account")
        ).all()
        assert [tuple(r) for r in epochs] == [(0, 0)]
        downgrade(directory=directory, revision="0002")
        db.session.remove()
        db.engine.dispose()
