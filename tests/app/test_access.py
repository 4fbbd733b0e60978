"""Access that can be withdrawn: sessions, passwords, tokens, deactivation and login throttling."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from mou_review.extensions import db
from mou_review.models import ApiToken, AuditEvent, LoginAttempt, User, utcnow
from tests.conftest import CSRF_RE, PASSWORD, AuthActions, csrf_token

NEW_PASSWORD = "a brand new passphrase"


def _copy_of(client, app):
    """Return a second client holding a copy of ``client``'s session cookie (as a thief would)."""
    cookie = client.get_cookie(app.config.get("SESSION_COOKIE_NAME", "session"))
    assert cookie is not None
    thief = app.test_client()
    thief.set_cookie(cookie.key, cookie.value)
    return thief


def _signed_in(client) -> bool:
    return client.get("/account").status_code == 200


def _session_of(app, client) -> dict:
    cookie = client.get_cookie("session")
    return dict(app.session_interface.get_signing_serializer(app).loads(cookie.value))


# --- browser sessions ------------------------------------------------------------------------


def test_a_copied_cookie_stops_working_at_logout(app, client, auth):
    auth.login("naptip.lead")
    thief = _copy_of(client, app)
    assert _signed_in(thief)
    auth.logout()
    assert not _signed_in(thief)
    assert thief.get("/account").location.startswith("/login")


@pytest.mark.parametrize("how", ["own password change", "admin reset", "deactivation", "cli password"])
def test_every_session_ends_when_access_changes(app, client, runner, how):
    auth = AuthActions(client)
    auth.login("naptip.lead")
    thief = _copy_of(client, app)
    admin_client = app.test_client()
    admin = AuthActions(admin_client)
    if how == "own password change":
        response = auth.post(
            "/account/password",
            {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
            page="/account/password",
        )
        assert response.status_code == 302
        assert _signed_in(client)  # the session that changed it goes on, on a new epoch
    elif how == "admin reset":
        admin.login("icmpd.admin")
        admin.post(f"/admin/users/{_user_id(app, 'naptip.lead')}/password", page="/admin/")
    elif how == "deactivation":
        admin.login("icmpd.admin")
        admin.post(f"/admin/users/{_user_id(app, 'naptip.lead')}/deactivate", page="/admin/")
    else:
        result = runner.invoke(
            args=["users", "set-password", "naptip.lead", "--password-stdin"], input="x" * 12
        )
        assert result.exit_code == 0, result.output
    assert not _signed_in(thief)


def test_login_starts_a_fresh_session_with_a_new_csrf_secret(app, client):
    client.get("/login")
    before = _session_of(app, client)
    AuthActions(client).login("naptip.member")
    after = _session_of(app, client)
    assert before.get("csrf_token") and after.get("_user_id")
    client.get("/account")  # a form page mints the new session's CSRF secret
    assert _session_of(app, client)["csrf_token"] != before["csrf_token"]


def test_own_password_change_needs_the_current_password(app, client, auth):
    auth.login("anltp.member")
    response = auth.post(
        "/account/password",
        {"current_password": "wrong one!", "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
        page="/account/password",
    )
    assert response.status_code == 400
    assert "Votre mot de passe actuel n’est pas le bon." in response.get_data(as_text=True)
    auth.logout()
    assert auth.login("anltp.member").status_code == 302  # unchanged


def _user_id(app, username: str) -> int:
    with app.app_context():
        return db.session.scalar(select(User.id).where(User.username == username))


# --- passwords chosen by an administrator ----------------------------------------------------


def test_admin_reset_password_is_temporary_shown_once_and_audited(app, client):
    admin = AuthActions(client)
    admin.login("icmpd.admin")
    response = admin.post(f"/admin/users/{_user_id(app, 'naptip.lead')}/password", page="/admin/")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    password = re.search(r"Temporary password for naptip\.lead: (\S+) \(shown once", html).group(1)
    assert password not in str(_session_of(app, client))  # no flash, nothing in the cookie
    assert password not in (response.headers.get("Set-Cookie") or "")
    assert password not in client.get("/admin/").get_data(as_text=True)  # shown once
    with app.app_context():
        event = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "user.set_password").order_by(AuditEvent.id.desc())
        ).first()
        assert event.actor.username == "icmpd.admin" and event.detail == {"temporary": True}
        assert password not in str(event.detail)

    lead = app.test_client()
    token = csrf_token(lead)
    signed = lead.post("/login", data={"username": "naptip.lead", "password": password, "csrf_token": token})
    assert signed.location == "/account/password"
    assert lead.get("/documents/mou").location == "/account/password"  # nothing else until it is changed
    form = lead.get("/account/password").get_data(as_text=True)
    changed = lead.post(
        "/account/password",
        data={
            "current_password": password,
            "new_password": NEW_PASSWORD,
            "confirm_password": NEW_PASSWORD,
            "csrf_token": CSRF_RE.search(form).group(1),
        },
    )
    assert changed.status_code == 302
    assert lead.get("/").status_code == 200


# --- API tokens ------------------------------------------------------------------------------


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_tokens_are_listed_and_one_is_revoked_on_the_account_page(app, client, auth, seeded):
    auth.login("naptip.member")
    html = auth.post("/account/token", {"label": "script", "expires_days": "30"}).get_data(as_text=True)
    token = html.split('data-testid="token">')[1].split("<")[0]
    assert client.get("/api/v1/documents", headers=_bearer(token)).status_code == 200
    account = client.get("/account").get_data(as_text=True)
    token_id = int(re.search(r'data-testid="token-(\d+)"', account).group(1))
    assert "script" in account
    revoked = auth.post(f"/account/tokens/{token_id}/revoke")
    assert revoked.status_code == 302
    assert client.get("/api/v1/documents", headers=_bearer(token)).status_code == 401
    with app.app_context():
        row = db.session.get(ApiToken, token_id)
        assert row.revoked_at is not None and row.last_used_at is not None and row.expires_at is not None


def test_a_user_cannot_revoke_someone_elses_token(app, client, auth, api_token):
    header = api_token("naptip.lead")
    with app.app_context():
        token_id = db.session.scalar(select(ApiToken.id))
    auth.login("naptip.member")
    assert auth.post(f"/account/tokens/{token_id}/revoke").status_code == 404
    assert client.get("/api/v1/documents", headers=header).status_code == 200


def test_an_expired_token_answers_401(app, client, runner):
    token = runner.invoke(args=["users", "token", "observer", "--expires-days", "1"]).output.strip()
    assert client.get("/api/v1/documents", headers=_bearer(token)).status_code == 200
    with app.app_context():
        db.session.execute(update(ApiToken).values(expires_at=utcnow() - timedelta(seconds=1)))
        db.session.commit()
    response = client.get("/api/v1/documents", headers=_bearer(token))
    assert response.status_code == 401 and response.get_json()["error"] == "unauthorized"


def test_cli_lists_and_revokes_tokens(app, client, runner):
    first = runner.invoke(args=["users", "token", "naptip.lead", "--label", "first"]).output.strip()
    second = runner.invoke(args=["users", "token", "naptip.lead", "--label", "second"]).output.strip()
    client.get("/api/v1/documents", headers=_bearer(first))
    listed = runner.invoke(args=["users", "tokens", "naptip.lead"])
    assert listed.exit_code == 0
    lines = {line.split()[1]: line for line in listed.output.splitlines()[1:]}
    assert set(lines) == {"first", "second"}
    assert lines["first"].endswith("active") and re.search(
        r"\d{4}-\d\d-\d\d \d\d:\d\d\s+-\s+-\s+active", lines["second"]
    )
    revoked = runner.invoke(args=["users", "revoke-tokens", "naptip.lead"])
    assert revoked.exit_code == 0 and "Revoked 2 token(s)" in revoked.output
    for token in (first, second):
        assert client.get("/api/v1/documents", headers=_bearer(token)).status_code == 401
    assert "revoked" in runner.invoke(args=["users", "tokens", "naptip.lead"]).output
    unknown = runner.invoke(args=["users", "tokens", "nobody"])
    assert unknown.exit_code == 1 and "Traceback" not in unknown.output


# --- deactivation ----------------------------------------------------------------------------


def test_a_deactivated_user_can_do_nothing_until_activated(app, client, runner, api_token):
    header = api_token("anltp.lead")
    auth = AuthActions(client)
    auth.login("anltp.lead")
    result = runner.invoke(args=["users", "deactivate", "anltp.lead"])
    assert result.exit_code == 0, result.output
    assert not _signed_in(client)
    assert client.get("/api/v1/documents", headers=header).status_code == 401
    assert auth.login("anltp.lead").status_code == 401
    with app.app_context():
        actions = list(db.session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("user.%"))))
        assert "user.deactivate" in actions
    runner.invoke(args=["users", "activate", "anltp.lead"])
    assert auth.login("anltp.lead").status_code == 302
    assert client.get("/api/v1/documents", headers=header).status_code == 200


def test_admin_page_deactivates_and_activates(app, client):
    admin = AuthActions(client)
    admin.login("icmpd.admin")
    admin.post(f"/admin/users/{_user_id(app, 'observer')}/deactivate", page="/admin/")
    assert "deactivated" in client.get("/admin/").get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(User.active).where(User.username == "observer")) is False
    admin.post(f"/admin/users/{_user_id(app, 'observer')}/activate", page="/admin/")
    with app.app_context():
        assert db.session.scalar(select(User.active).where(User.username == "observer")) is True
    own = admin.post(f"/admin/users/{_user_id(app, 'icmpd.admin')}/deactivate", page="/admin/")
    assert own.status_code in (302, 400)
    with app.app_context():
        assert db.session.scalar(select(User.active).where(User.username == "icmpd.admin")) is True


# --- login that leaks nothing and locks nobody out -------------------------------------------


def test_unknown_and_known_names_cost_the_same_password_hash(app, client, monkeypatch):
    from mou_review.services import users

    calls = []
    real = users.check_password_hash
    monkeypatch.setattr(
        users, "check_password_hash", lambda h, p: calls.append(h.split("$")[0]) or real(h, p)
    )
    token = csrf_token(client)
    for name in ("naptip.lead", "no.such.person"):
        client.post("/login", data={"username": name, "password": "wrong password", "csrf_token": token})
    assert len(calls) == 2 and calls[0] == calls[1]  # one hash each, with the same method and cost


def _fail(client, username: str, address: str, password: str = "wrong password"):
    token = csrf_token(client)
    return client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token},
        environ_base={"REMOTE_ADDR": address},
    )


def test_failures_slow_down_the_same_name_from_the_same_address_only(app):
    app.config["LOGIN_MAX_FAILURES"] = 3
    attacker = app.test_client()
    for _ in range(3):
        assert _fail(attacker, "icmpd.facilitator", "198.51.100.7").status_code == 401
    refused = _fail(attacker, "icmpd.facilitator", "198.51.100.7", PASSWORD)
    assert refused.status_code == 401
    assert re.search(r"Wait \d+ seconds", refused.get_data(as_text=True))
    # The facilitator, from their own address, is not locked out.
    own = app.test_client()
    assert _fail(own, "icmpd.facilitator", "192.0.2.10", PASSWORD).status_code == 302
    # Once the wait has passed, the same address may try again.
    with app.app_context():
        db.session.execute(
            update(LoginAttempt).values(created_at=LoginAttempt.created_at - timedelta(seconds=5))
        )
        db.session.commit()
    assert _fail(attacker, "icmpd.facilitator", "198.51.100.7", PASSWORD).status_code == 302


def test_the_wait_grows_with_each_failure_up_to_a_ceiling():
    from mou_review.services.users import Throttle

    throttle = Throttle(free_failures=3, base_delay=2, max_delay=300)
    assert [throttle.delay(n) for n in range(3)] == [0, 0, 0]
    assert [throttle.delay(n) for n in (3, 4, 5, 6)] == [2, 4, 8, 16]
    assert throttle.delay(40) == 300


def test_a_throttled_answer_is_in_the_users_language(app):
    app.config["LOGIN_MAX_FAILURES"] = 1
    client = app.test_client()
    _fail(client, "anltp.lead", "198.51.100.8")
    token = csrf_token(client)
    response = client.post(
        "/login",
        data={"username": "anltp.lead", "password": PASSWORD, "csrf_token": token},
        headers={"Accept-Language": "fr"},
        environ_base={"REMOTE_ADDR": "198.51.100.8"},
    )
    assert re.search(r"Patientez \d+ secondes", response.get_data(as_text=True))
