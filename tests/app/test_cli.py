"""The mou-review command line."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from mou_review.extensions import db
from mou_review.models import Document, User
from tests.conftest import truncate_all


def test_cli_init_db_is_idempotent_and_creates_parties(runner):
    result = runner.invoke(args=["init-db"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["init-db"])
    assert result.exit_code == 0
    assert "latest schema" in result.output


def test_cli_seed_demo_prints_logins_once_and_refuses_twice(app, runner):
    truncate_all(app)
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    rows = re.findall(r"^\s+(\S+)\s+(\S+)\s+(NAPTIP|ANLTP-TIM|ICMPD)\s+(\w+)$", result.output, re.M)
    assert {r[3] for r in rows} == {"member", "lead", "facilitator", "admin", "observer"}
    username, password = rows[0][0], rows[0][1]
    with app.app_context():
        assert db.session.scalar(select(func.count(Document.id))) == 2
        assert set(db.session.scalars(select(Document.slug))) == {"mou", "tor"}
    client = app.test_client()
    from tests.conftest import csrf_token

    response = client.post(
        "/login", data={"username": username, "password": password, "csrf_token": csrf_token(client)}
    )
    assert response.status_code == 302
    again = runner.invoke(args=["seed-demo"])
    assert again.exit_code != 0
    assert "already holds" in again.output


def test_cli_users_add_list_set_password_and_token(app, runner, client):
    result = runner.invoke(
        args=["users", "add", "ng.legal", "--party", "NAPTIP", "--role", "lead", "--password-stdin"],
        input="a long password\n",
    )
    assert result.exit_code == 0, result.output
    listed = runner.invoke(args=["users", "list"])
    assert re.search(r"ng\.legal\s+NAPTIP\s+lead", listed.output)
    changed = runner.invoke(
        args=["users", "set-password", "ng.legal", "--password-stdin"], input="another password\n"
    )
    assert changed.exit_code == 0
    token = runner.invoke(args=["users", "token", "ng.legal"]).output.strip()
    assert client.get("/api/v1/documents", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_cli_users_add_refuses_bad_input_and_creates_nothing(app, runner):
    with app.app_context():
        before = db.session.scalar(select(func.count(User.id)))
    bad = [
        ["users", "add", "x1", "--party", "NOPE", "--role", "member", "--password-stdin"],
        ["users", "add", "x2", "--party", "ICMPD", "--role", "lead", "--password-stdin"],
        ["users", "add", "x3", "--party", "NAPTIP", "--role", "facilitator", "--password-stdin"],
        ["users", "add", "naptip.lead", "--party", "NAPTIP", "--role", "lead", "--password-stdin"],
    ]
    for args in bad:
        result = runner.invoke(args=args, input="long enough password\n")
        assert result.exit_code != 0, args
    short = runner.invoke(
        args=["users", "add", "x4", "--party", "NAPTIP", "--role", "member", "--password-stdin"],
        input="short\n",
    )
    assert short.exit_code != 0 and "at least 8" in short.output
    with app.app_context():
        assert db.session.scalar(select(func.count(User.id))) == before


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_NE.UTF-8"}, "fr"),
        ({"LANG": "en_NG.UTF-8"}, "en"),
        ({"LANGUAGE": "fr:en", "LANG": "en_GB.UTF-8"}, "fr"),
        ({"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "C"}, "fr"),
        ({}, "en"),
    ],
)
def test_cli_language_follows_the_terminal_variables_in_their_order(environ, expected):
    from mou_review.cli import cli_language

    assert cli_language(environ) == expected


def test_cli_refusal_is_in_the_terminal_language(runner):
    english = runner.invoke(
        args=["users", "set-password", "nobody.here", "--password-stdin"], input="x" * 12 + "\n"
    )
    assert english.exit_code == 1
    assert "Error: No user is called nobody.here." in english.output
    french = runner.invoke(
        args=["users", "set-password", "nobody.here", "--password-stdin"],
        input="x" * 12 + "\n",
        env={"LANG": "fr_NE.UTF-8"},
    )
    assert french.exit_code == 1
    assert "Erreur\u00a0: Aucun utilisateur ne s’appelle nobody.here." in french.output
    assert "No user" not in french.output


def test_cli_operations_refusals_are_in_the_terminal_language(runner, tmp_path):
    args = ["backup", "-o", str(tmp_path / "a.gz"), "--dir", str(tmp_path)]
    english = runner.invoke(args=args)
    assert english.exit_code == 1 and "Error: Give either -o FILE or --dir DIR." in english.output
    french = runner.invoke(args=args, env={"LANG": "fr_NE.UTF-8"})
    assert french.exit_code == 1
    assert "Erreur\u00a0: Indiquez soit -o FICHIER, soit --dir DOSSIER, mais pas les deux." in french.output
    bounce = runner.invoke(args=["mail", "bounce"], input="not a report", env={"LANG": "fr_NE.UTF-8"})
    assert bounce.exit_code == 1
    assert "Ce fichier n’est pas un avis de non-remise concernant l’un de nos messages." in bounce.output
    assert not list(tmp_path.iterdir())  # nothing was written
