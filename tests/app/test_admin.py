"""Administration of user accounts."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from mou_review.extensions import db
from mou_review.models import User
from tests.conftest import csrf_token


def test_admin_adds_a_user_who_can_then_sign_in(app, client, auth):
    auth.login("icmpd.admin")
    html = auth.post(
        "/admin/",
        {"username": "ng.counsel", "display_name": "Counsel", "party": "NAPTIP", "role": "lead"},
        page="/admin/",
    ).get_data(as_text=True)
    password = re.search(r"temporary password (\S+) \(shown once", html).group(1)
    auth.logout()
    response = client.post(
        "/login", data={"username": "ng.counsel", "password": password, "csrf_token": csrf_token(client)}
    )
    assert response.status_code == 302
    assert response.location == "/account/password"  # an administrator chose it: temporary


def test_admin_refuses_a_lead_in_the_facilitators_party(app, client, auth):
    auth.login("icmpd.admin")
    html = auth.post(
        "/admin/", {"username": "x.y", "party": "ICMPD", "role": "lead"}, page="/admin/"
    ).get_data(as_text=True)
    assert "not to the facilitator" in html
    with app.app_context():
        assert db.session.scalar(select(User).where(User.username == "x.y")) is None


@pytest.mark.parametrize("username", ["naptip.lead", "anltp.member", "icmpd.facilitator", "observer"])
def test_admin_page_is_refused_to_other_roles(client, auth, username):
    auth.login(username)
    assert client.get("/admin/").status_code == 403
    response = auth.post("/admin/", {"username": "intruder", "party": "NAPTIP", "role": "admin"})
    assert response.status_code in (302, 403)
    with client.application.app_context():
        assert db.session.scalar(select(User).where(User.username == "intruder")) is None
