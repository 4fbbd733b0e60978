"""Configuration: secret key, database URL, SQLite pragmas."""

from __future__ import annotations

from sqlalchemy import text

from mou_review import create_app
from mou_review.config import normalise_database_url, secret_key
from mou_review.extensions import db


def test_config_secret_key_is_generated_once_into_the_instance(tmp_path):
    first = secret_key(tmp_path)
    assert len(first) == 64 and (tmp_path / "secret_key").read_text() == first
    assert secret_key(tmp_path) == first
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"


def test_config_database_url_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("MOU_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/env.sqlite3")
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"].endswith("env.sqlite3")
    assert (tmp_path / "secret_key").exists()


def test_config_default_database_is_sqlite_under_instance(monkeypatch, tmp_path):
    monkeypatch.setenv("MOU_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'mou-review.sqlite3'}"
    with app.app_context():
        assert db.session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert db.session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        db.session.remove()
        db.engine.dispose()


def test_config_postgres_urls_use_psycopg3():
    assert normalise_database_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert normalise_database_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert normalise_database_url("sqlite:///x") == "sqlite:///x"
