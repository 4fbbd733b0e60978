"""The audit log page (facilitator and legal leads) and `mou-review audit export`."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from mou_review.extensions import db
from mou_review.models import AuditEvent, Document, Party, User


@pytest.fixture
def trail(seeded, api_token):
    """Comments by both parties on the MoU and one on the ToR."""
    client = seeded.test_client()
    ids = {}
    for username, slug, body in (
        ("naptip.member", "mou", "Nigeria's comment"),
        ("anltp.member", "mou", "Commentaire du Niger"),
        ("naptip.lead", "tor", "On the ToR"),
    ):
        headers = api_token(username)
        clause = client.get(f"/api/v1/documents/{slug}", headers=headers).get_json()["clauses"][2]["id"]
        response = client.post(
            f"/api/v1/clauses/{clause}/comments", json={"lang": "en", "body": body}, headers=headers
        )
        assert response.status_code == 201
    with seeded.app_context():
        ids["mou"] = db.session.scalar(select(Document.id).where(Document.slug == "mou"))
        ids["tor"] = db.session.scalar(select(Document.id).where(Document.slug == "tor"))
        ids["naptip"] = db.session.scalar(select(Party.id).where(Party.code == "NAPTIP"))
        ids["anltp.member"] = db.session.scalar(select(User.id).where(User.username == "anltp.member"))
        db.session.remove()
    return ids


def comment_rows(html: str) -> int:
    return len(re.findall(r'title="comment.create">', html))


@pytest.mark.parametrize(
    ("username", "status"),
    [
        ("icmpd.facilitator", 200),
        ("naptip.lead", 200),
        ("anltp.lead", 200),
        ("naptip.member", 403),
        ("observer", 403),
        ("icmpd.admin", 403),
    ],
)
def test_audit_page_is_for_the_facilitator_and_the_legal_leads(trail, client, auth, username, status):
    auth.login(username)
    assert client.get("/audit/").status_code == status
    assert client.get("/audit/export.csv").status_code == status
    nav = client.get("/documents/").get_data(as_text=True) if status == 200 else ""
    assert ('href="/audit/"' in nav) == (status == 200)


def test_audit_page_filters_by_document_person_party_action_and_date(trail, client, auth, seeded):
    auth.login("icmpd.facilitator")
    page = client.get("/audit/").get_data(as_text=True)
    assert comment_rows(page) == 3 and "comment added" in page
    assert comment_rows(client.get(f"/audit/?document={trail['mou']}").get_data(as_text=True)) == 2
    assert comment_rows(client.get(f"/audit/?document={trail['tor']}").get_data(as_text=True)) == 1
    assert comment_rows(client.get(f"/audit/?person={trail['anltp.member']}").get_data(as_text=True)) == 1
    assert comment_rows(client.get(f"/audit/?party={trail['naptip']}").get_data(as_text=True)) == 2
    only = client.get("/audit/?action=comment.create").get_data(as_text=True)
    assert comment_rows(only) == 3 and "document created" not in only.split("audit-events")[1]
    today = datetime.now(UTC).date()
    assert comment_rows(client.get(f"/audit/?since={today}&until={today}").get_data(as_text=True)) == 3
    assert "audit-empty" in client.get(f"/audit/?until={today - timedelta(days=1)}").get_data(as_text=True)
    # An event from yesterday is found by its day only.
    with seeded.app_context():
        first = db.session.scalar(select(AuditEvent.id).where(AuditEvent.action == "comment.create"))
        yesterday = datetime.now(UTC) - timedelta(days=1)
        db.session.execute(update(AuditEvent).where(AuditEvent.id == first).values(created_at=yesterday))
        db.session.commit()
    day = yesterday.date()
    assert comment_rows(client.get(f"/audit/?since={day}&until={day}").get_data(as_text=True)) == 1


def test_audit_page_speaks_french_to_a_french_lead(trail, client, auth):
    auth.login("anltp.lead")
    page = client.get("/audit/").get_data(as_text=True)
    assert "Journal d’audit" in page
    assert "commentaire ajouté" in page and "Toutes les parties" in page
    assert "comment added" not in page


def test_audit_page_download_keeps_the_filters(trail, client, auth):
    auth.login("naptip.lead")
    page = client.get(f"/audit/?document={trail['mou']}&action=comment.create").get_data(as_text=True)
    link = re.search(r'href="([^"]+)" data-testid="audit-json"', page).group(1).replace("&amp;", "&")
    body = client.get(link).get_json()
    assert body["document"]["slug"] == "mou"
    assert [e["party"] for e in body["events"]] == ["NAPTIP", "ANLTP-TIM"]


def test_audit_export_command_writes_csv_and_json(trail, runner, tmp_path):
    result = runner.invoke(args=["audit", "export", "mou", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    comments = [r for r in rows if r["action"] == "comment.create"]
    assert [r["person"] for r in comments] == ["naptip.member", "anltp.member"]
    assert all(r["document"] == "mou" for r in rows)
    assert json.loads(comments[0]["detail"])["party"] == "NAPTIP"
    assert rows == sorted(rows, key=lambda r: int(r["id"]))  # oldest first
    out = tmp_path / "mou-audit.json"
    result = runner.invoke(args=["audit", "export", "mou", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["document"]["title"]["fr"] and len(body["events"]) == len(rows)
    assert body["events"][-1]["time_utc"].endswith("+00:00")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["audit", "export", "nope"], "No document is called nope."),
        (["audit", "export", "mou", "--since", "yesterday"], "is not a date"),
    ],
)
def test_audit_export_errors_are_one_line(trail, runner, args, message):
    result = runner.invoke(args=args)
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output
