"""Accounts: sign-in, throttling, CSRF, language choice, API tokens."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from mou_review.extensions import db
from mou_review.models import AuditEvent, User
from tests.conftest import PASSWORD, csrf_token


def test_login_succeeds_and_redirects_to_documents(client, auth):
    response = auth.login("naptip.member")
    assert response.status_code == 302
    assert response.location.endswith("/")
    assert client.get("/").status_code == 200


def test_login_wrong_password_is_refused_in_the_users_language(client):
    token = csrf_token(client)
    response = client.post(
        "/login",
        data={"username": "anltp.member", "password": "nope", "csrf_token": token},
        headers={"Accept-Language": "fr-FR,fr;q=0.9"},
    )
    assert response.status_code == 401
    assert "Nom d’utilisateur ou mot de passe incorrect." in response.get_data(as_text=True)


def test_login_is_throttled_after_repeated_failures(app, client):
    app.config["LOGIN_MAX_FAILURES"] = 3
    token = csrf_token(client)
    for _ in range(3):
        client.post("/login", data={"username": "naptip.lead", "password": "bad", "csrf_token": token})
    response = client.post(
        "/login", data={"username": "naptip.lead", "password": PASSWORD, "csrf_token": token}
    )
    assert response.status_code == 401
    assert "Too many failed attempts" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302  # still signed out


def test_login_without_csrf_token_is_refused_and_signs_nobody_in(client):
    response = client.post("/login", data={"username": "naptip.lead", "password": PASSWORD})
    assert response.status_code == 400
    assert "Nothing was changed" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_edit_without_csrf_token_changes_nothing(app, client, auth, seeded):
    auth.login("icmpd.admin")
    with app.app_context():
        before = db.session.scalar(select(func.count()).select_from(AuditEvent))
    response = client.post("/clauses/1/edit/en", data={"text": "x", "reason": "y", "base": "1"})
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == before


@pytest.mark.parametrize(
    ("header", "title"),
    [("fr-FR,fr;q=0.9,en;q=0.5", "Se connecter"), ("en-GB,en;q=0.9", "Sign in"), ("", "Sign in")],
)
def test_language_before_login_follows_accept_language(client, header, title):
    html = client.get("/login", headers={"Accept-Language": header}).get_data(as_text=True)
    assert f"<h1>{title}</h1>" in html


@pytest.mark.parametrize(("username", "lang"), [("anltp.member", "fr"), ("naptip.member", "en")])
def test_language_defaults_to_the_partys_working_language(client, auth, username, lang):
    auth.login(username)
    assert f'<html lang="{lang}">' in client.get("/").get_data(as_text=True)


def test_language_switch_is_remembered_for_the_user(app, client, auth):
    auth.login("anltp.member")
    response = auth.post("/language", {"lang": "en", "next": "/"})
    assert response.status_code == 302
    assert '<html lang="en">' in client.get("/").get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(User.preferred_lang).where(User.username == "anltp.member")) == "en"


def test_language_switch_refuses_unknown_language(client, auth):
    auth.login("anltp.member")
    auth.post("/language", {"lang": "de", "next": "/"})
    assert '<html lang="fr">' in client.get("/").get_data(as_text=True)


def test_login_next_parameter_cannot_leave_the_site(client):
    token = csrf_token(client)
    response = client.post(
        "/login?next=https://evil.example/x",
        data={"username": "naptip.member", "password": PASSWORD, "csrf_token": token},
    )
    assert response.location == "/"


def test_account_token_page_shows_a_working_token(client, auth, seeded):
    auth.login("naptip.member")
    html = auth.post("/account/token", {"label": "script"}).get_data(as_text=True)
    token = html.split('data-testid="token">')[1].split("<")[0]
    response = client.get("/api/v1/documents", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert {d["slug"] for d in response.get_json()["documents"]} == {"mou", "tor"}


def test_passwords_are_stored_hashed(app):
    with app.app_context():
        stored = db.session.scalar(select(User.password_hash).where(User.username == "naptip.member"))
    assert PASSWORD not in stored and stored.startswith(("scrypt:", "pbkdf2:"))


@pytest.mark.parametrize(
    ("username", "expected"), [("naptip.member", "28/11/2026"), ("anltp.member", "28/11/2026")]
)
def test_language_dates_are_day_first_in_both_interfaces(app, client, auth, username, expected):
    from datetime import datetime

    from flask_babel import format_date

    auth.login(username)
    with app.test_request_context():
        from flask_login import login_user

        from mou_review.services import users

        login_user(users.get_user(db.session, username))
        assert format_date(datetime(2026, 11, 28), "short").startswith(expected[:5])
