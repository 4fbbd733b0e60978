"""Notices by e-mail, end to end against a real SMTP server (aiosmtpd on a loopback port)."""

from __future__ import annotations

import email
import socket
from datetime import UTC, datetime, timedelta
from email import policy

import pytest
from aiosmtpd.controller import Controller
from icalendar import Calendar
from sqlalchemy import select

from mou_review.extensions import db
from mou_review.models import MailMessage, User
from mou_review.services import mailer, notifications
from tests.app.test_sessions import make_document

ADDRESSES = {
    "naptip.lead": "lead@naptip.example",
    "naptip.member": "member@naptip.example",
    "anltp.lead": "chef@anltp.example",
    "anltp.member": "juriste@anltp.example",
    "icmpd.facilitator": "pm@icmpd.example",
    "icmpd.admin": "admin@icmpd.example",
    "observer": "observer@icmpd.example",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """An aiosmtpd handler that keeps every message it accepts (and can refuse some addresses)."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.refuse: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        message["X-Envelope-To"] = ",".join(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m in self.messages if m["X-Envelope-To"] == address]


class SmtpServer:
    """A real SMTP server on a loopback port that can be stopped and started again."""

    def __init__(self) -> None:
        self.port = free_port()
        self.inbox = Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp(app):
    server = SmtpServer()
    server.start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, MAIL_TIMEOUT=5)
    yield server
    server.stop()


@pytest.fixture
def addressed(app):
    """Give every test user an address."""
    with app.app_context():
        for user in db.session.scalars(select(User)):
            user.email = ADDRESSES[user.username]
        db.session.commit()
        db.session.remove()


def send(app, **kwargs) -> mailer.Report:
    return mailer.send_pending(app, **kwargs)


def calendar_of(message) -> Calendar:
    parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    return Calendar.from_ical(parts[0].get_content())


def new_session(client, headers, ids, **extra):
    body = {
        "title": "JTWG review 3",
        "starts_at": "2026-12-03T09:30:00+01:00",
        "agenda": ids[:2],
        "call_link": "https://meet.example.org/jtwg-3",
        **extra,
    }
    response = client.post("/api/v1/documents/pact/sessions", json=body, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_session_created_through_the_api_invites_every_addressee_with_a_calendar(
    app, client, api_token, addressed, smtp
):
    ids = make_document(app)
    created = new_session(client, api_token("icmpd.facilitator"), ids)
    # Recorded in the request's transaction (one event row), not sent by it.
    assert smtp.inbox.messages == []
    with app.app_context():
        assert [r.status for r in db.session.scalars(select(MailMessage))] == ["event"]

    report = send(app)

    assert report.sent == len(ADDRESSES)
    assert sorted(m["X-Envelope-To"] for m in smtp.inbox.messages) == sorted(ADDRESSES.values())
    uids = set()
    for message in smtp.inbox.messages:
        cal = calendar_of(message)
        assert str(cal["METHOD"]) == "REQUEST"
        event = cal.walk("VEVENT")[0]
        uids.add(str(event["UID"]))
        assert event.decoded("DTSTART") == datetime(2026, 12, 3, 8, 30, tzinfo=UTC)
        assert event["DTSTART"].to_ical() == b"20261203T083000Z"
        assert int(event["SEQUENCE"]) == 0
        assert str(event["LOCATION"]) == "https://meet.example.org/jtwg-3"
        assert str(event["URL"]) == "https://meet.example.org/jtwg-3"
        assert "Article" in str(event["DESCRIPTION"]) or "Article" in str(event["DESCRIPTION"])
        assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None
        assert f"/sessions/{created['id']}" in message.get_body(("plain",)).get_content()
    assert len(uids) == 1  # one stable UID per session

    french = smtp.inbox.to("juriste@anltp.example")[0]
    assert french["Content-Language"] == "fr"
    assert french["Subject"].startswith("Invitation\u00a0: JTWG review 3")
    assert "3 décembre 2026 à 8\u00a0h\u00a030 (UTC)" in french.get_body(("plain",)).get_content()
    english = smtp.inbox.to("member@naptip.example")[0]
    assert english["Content-Language"] == "en"
    assert "3 December 2026, 08:30 UTC" in english["Subject"]


def test_moving_and_cancelling_bump_the_sequence_and_cancel_with_the_same_uid(
    app, client, api_token, addressed, smtp
):
    ids = make_document(app)
    facilitator = api_token("icmpd.facilitator")
    created = new_session(client, facilitator, ids)
    moved = client.post(
        f"/api/v1/sessions/{created['id']}/reschedule",
        json={"starts_at": "2026-12-04T14:00:00Z"},
        headers=facilitator,
    )
    assert moved.status_code == 200 and moved.get_json()["sequence"] == 1
    assert client.post(f"/api/v1/sessions/{created['id']}/cancel", headers=facilitator).status_code == 200
    send(app)

    events = [calendar_of(m) for m in smtp.inbox.to("chef@anltp.example")]
    methods = [(str(c["METHOD"]), int(c.walk("VEVENT")[0]["SEQUENCE"])) for c in events]
    assert sorted(methods) == [("CANCEL", 2), ("REQUEST", 0), ("REQUEST", 1)]
    assert len({str(c.walk("VEVENT")[0]["UID"]) for c in events}) == 1
    moved_event = next(c for c in events if int(c.walk("VEVENT")[0]["SEQUENCE"]) == 1).walk("VEVENT")[0]
    assert moved_event.decoded("DTSTART") == datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
    subjects = sorted(str(m["Subject"]) for m in smtp.inbox.to("chef@anltp.example"))
    assert any(s.startswith("Annulation\u00a0:") for s in subjects)


def test_session_page_offers_the_invitation_as_an_ics_file(app, client, auth, api_token, addressed):
    ids = make_document(app)
    created = new_session(client, api_token("icmpd.facilitator"), ids)
    auth.login("anltp.member")
    response = client.get(f"/sessions/{created['id']}.ics")
    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    cal = Calendar.from_ical(response.data)
    assert str(cal.walk("VEVENT")[0]["UID"]).startswith(f"review-session-{created['id']}@")
    assert f'href="/sessions/{created["id"]}.ics"' in client.get(f"/sessions/{created['id']}").get_data(
        as_text=True
    )


def test_minutes_reach_both_leads_with_the_docx_in_their_language(app, client, api_token, addressed, smtp):
    import io

    from docx import Document

    ids = make_document(app)
    facilitator = api_token("icmpd.facilitator")
    created = new_session(
        client, facilitator, ids, starts_at="2026-11-30T09:30:00Z"
    )  # minutes follow a meeting
    send(app)
    smtp.inbox.messages.clear()
    assert (
        client.post(f"/api/v1/sessions/{created['id']}/minutes/share", headers=facilitator).status_code == 200
    )
    send(app)

    assert sorted(m["X-Envelope-To"] for m in smtp.inbox.messages) == [
        "chef@anltp.example",
        "lead@naptip.example",
    ]
    for address, lang, title in (
        ("lead@naptip.example", "en", "Minutes of the review session"),
        ("chef@anltp.example", "fr", "Procès-verbal de la séance d’examen"),
    ):
        message = smtp.inbox.to(address)[0]
        attachments = [p for p in message.iter_attachments() if p.get_filename().endswith(".docx")]
        assert len(attachments) == 1
        document = Document(io.BytesIO(attachments[0].get_content()))
        assert title in "\n".join(p.text for p in document.paragraphs)
        assert message["Content-Language"] == lang

    smtp.inbox.messages.clear()
    assert (
        client.post(f"/api/v1/sessions/{created['id']}/minutes/circulate", headers=facilitator).status_code
        == 200
    )
    send(app)
    # Every member (not the observer or the administrator, not the facilitator who circulated them).
    assert sorted(m["X-Envelope-To"] for m in smtp.inbox.messages) == sorted(
        ["lead@naptip.example", "member@naptip.example", "chef@anltp.example", "juriste@anltp.example"]
    )
    assert "approbation" in str(smtp.inbox.to("juriste@anltp.example")[0]["Subject"])


def test_nothing_is_lost_while_the_server_is_down(app, client, api_token, addressed, smtp):
    ids = make_document(app)
    smtp.stop()
    new_session(client, api_token("icmpd.facilitator"), ids)

    report = send(app)

    assert report.sent == 0 and report.retried >= 1
    with app.app_context():
        rows = db.session.scalars(select(MailMessage).where(MailMessage.recipient_id.is_not(None))).all()
        assert len(rows) == len(ADDRESSES) and {r.status for r in rows} == {"pending"}
        assert any(r.last_error for r in rows)
        waiting = min(r.next_attempt_at for r in rows)
    assert send(app).sent == 0  # backing off: nothing due yet

    smtp.start()
    later = datetime.now(UTC) + timedelta(hours=2)
    report = send(app, now=later)
    assert report.sent == len(ADDRESSES)
    assert sorted(m["X-Envelope-To"] for m in smtp.inbox.messages) == sorted(ADDRESSES.values())
    assert waiting is not None


def test_a_crash_between_send_and_mark_resends_the_same_message_id(
    app, client, api_token, addressed, smtp, monkeypatch
):
    ids = make_document(app)
    new_session(client, api_token("icmpd.facilitator"), ids)

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    real = mailer._mark_sent
    monkeypatch.setattr(mailer, "_mark_sent", crash)
    with pytest.raises(RuntimeError):
        send(app)
    assert len(smtp.inbox.messages) == 1  # sent, never marked
    first = smtp.inbox.messages[0]["Message-ID"]
    monkeypatch.setattr(mailer, "_mark_sent", real)

    # Before the lease runs out nobody touches it; afterwards it goes again, identical.
    send(app)
    assert [m["Message-ID"] for m in smtp.inbox.messages].count(first) == 1
    send(app, now=datetime.now(UTC) + mailer.LEASE + timedelta(seconds=1))
    ids_sent = [m["Message-ID"] for m in smtp.inbox.messages]
    assert ids_sent.count(first) == 2
    assert len(set(ids_sent)) == len(ADDRESSES)  # one distinct message per addressee
    with app.app_context():
        rows = db.session.scalars(select(MailMessage).where(MailMessage.recipient_id.is_not(None)))
        assert {r.status for r in rows} == {"sent"}
    assert send(app, now=datetime.now(UTC) + timedelta(days=1)).sent == 0  # marked: never again


def test_two_senders_at_once_send_each_message_once(app, client, api_token, addressed, smtp):
    import threading

    ids = make_document(app)
    new_session(client, api_token("icmpd.facilitator"), ids)
    threads = [threading.Thread(target=send, args=(app,)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ids_sent = [m["Message-ID"] for m in smtp.inbox.messages]
    assert len(ids_sent) == len(set(ids_sent)) == len(ADDRESSES)


def test_a_refused_address_is_recorded_and_shown_on_the_outbox_not_to_the_actor(
    app, client, auth, api_token, addressed, smtp
):
    smtp.inbox.refuse.add("juriste@anltp.example")
    ids = make_document(app)
    new_session(client, api_token("icmpd.facilitator"), ids)
    report = send(app)
    assert report.failed == 1 and report.sent == len(ADDRESSES) - 1
    with app.app_context():
        failed = db.session.scalar(select(MailMessage).where(MailMessage.status == "failed"))
        assert failed.to_addr == "juriste@anltp.example" and failed.last_error.startswith("550")
    auth.login("icmpd.facilitator")
    page = client.get("/admin/outbox").get_data(as_text=True)
    assert "juriste@anltp.example" in page and "550" in page
    assert "550" not in client.get("/documents/pact/sessions").get_data(as_text=True)


def test_a_mention_reaches_the_mentioned_person(app, client, api_token, addressed, smtp):
    ids = make_document(app)
    response = client.post(
        f"/api/v1/clauses/{ids[1]}/comments",
        json={"lang": "fr", "body": "@anltp.lead pouvez-vous vérifier ce paragraphe ?"},
        headers=api_token("naptip.member"),
    )
    assert response.status_code == 201
    send(app)
    assert [m["X-Envelope-To"] for m in smtp.inbox.messages] == ["chef@anltp.example"]
    message = smtp.inbox.messages[0]
    assert str(message["Subject"]).startswith("naptip.member vous mentionne\u00a0:")
    text = message.get_body(("plain",)).get_content()
    assert "pouvez-vous vérifier ce paragraphe" in text
    assert f"/clauses/{ids[1]}/review#comment-" in text


def test_preferences_digest_and_none_hold_back_optional_notices_but_not_invitations(app):
    from mou_review.domain.mail import Kind

    with app.app_context():
        people = db.session.scalars(select(User).order_by(User.id)).all()
        for user, preference in zip(people[:3], ("immediate", "digest", "none"), strict=True):
            user.email = f"{user.username}@example.org"
            user.notify = preference
        db.session.flush()
        mention = notifications.queue(db.session, Kind.MENTION, people[:3], {})
        invitation = notifications.queue(db.session, Kind.INVITATION, people[:3], {})
        assert [m.status for m in mention] == ["pending", "digest"]
        assert [m.status for m in invitation] == ["pending", "pending", "pending"]
        db.session.rollback()


def test_an_invalid_address_is_refused_when_entered(app, runner):
    result = runner.invoke(
        args=["users", "add", "x.y", "--party", "NAPTIP", "--role", "member", "--email", "not an address"]
    )
    assert result.exit_code != 0 and "not a valid e-mail address" in result.output
    result = runner.invoke(
        args=["users", "add", "x.y", "--party", "NAPTIP", "--role", "member", "--email", "X.Y@NAPTIP.Example"]
    )
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert db.session.scalar(select(User.email).where(User.username == "x.y")) == "X.Y@naptip.example"


def test_without_mail_server_messages_are_eml_files_in_the_outbox(
    app, client, api_token, addressed, tmp_path
):
    app.config.update(MAIL_SERVER=None, MAIL_OUTBOX_DIR=str(tmp_path / "outbox"))
    ids = make_document(app)
    new_session(client, api_token("icmpd.facilitator"), ids)
    assert send(app).sent == len(ADDRESSES)
    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == len(ADDRESSES)
    parsed = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert calendar_of(parsed) is not None


def test_amendment_proposed_accepted_and_adopted_reach_the_other_lead_the_author_and_commenters(
    app, client, api_token, addressed, smtp
):
    from tests.app.test_review import make_document as make_review_document
    from tests.app.test_review import propose_and_accept

    doc = make_review_document(app)
    client.post(
        f"/api/v1/clauses/{doc['p1']}/comments",
        json={"lang": "en", "body": "Too vague."},
        headers=api_token("naptip.member"),
    )
    amendment = propose_and_accept(
        client,
        api_token,
        doc["p1"],
        en="The Parties shall cooperate closely.",
        fr="Les Parties coopèrent étroitement.",
    )
    adopted = client.post(
        f"/api/v1/amendments/{amendment}/adopt",
        json={"base": {"en": 1, "fr": 1}},
        headers=api_token("icmpd.facilitator"),
    )
    assert adopted.status_code == 200
    send(app)

    def kinds(address):
        return sorted(m["X-Mou-Review-Kind"] for m in smtp.inbox.to(address))

    # Proposed by the NAPTIP lead: ANLTP-TIM's lead is told; the NAPTIP commenter too.
    assert kinds("chef@anltp.example") == ["amendment_adopted", "amendment_proposed", "position_taken"]
    assert kinds("member@naptip.example") == [
        "amendment_adopted",
        "amendment_proposed",
        "position_taken",
        "position_taken",
    ]
    # The author hears of the positions and the adoption, never of their own proposal.
    assert kinds("lead@naptip.example") == ["amendment_adopted", "position_taken"]
    assert smtp.inbox.to("observer@icmpd.example") == []
    french = next(
        m for m in smtp.inbox.to("chef@anltp.example") if m["X-Mou-Review-Kind"] == "amendment_proposed"
    )
    # In a French sentence the party takes its article, as the MoU names it.
    assert str(french["Subject"]).startswith("La NAPTIP propose l’amendement n°\u00a0")
    assert "Les Parties coopèrent étroitement." in french.get_body(("plain",)).get_content()


def test_action_point_goes_to_its_owner_and_is_reminded_two_days_before_if_open(
    app, client, api_token, addressed, smtp
):
    from datetime import date

    ids = make_document(app)
    facilitator = api_token("icmpd.facilitator")
    created = new_session(client, facilitator, ids)
    response = client.post(
        f"/api/v1/sessions/{created['id']}/decisions",
        json={
            "clause_id": ids[0],
            "decision": "action",
            "note": "Send the French text of Article 2 to the secretariat.",
            "owner_party": "ANLTP-TIM",
            "owner_person": "anltp.member",
            "due_on": "2026-12-20",
        },
        headers=facilitator,
    )
    assert response.status_code == 201, response.get_json()
    send(app)
    assigned = [m for m in smtp.inbox.messages if m["X-Mou-Review-Kind"] == "action_assigned"]
    assert [m["X-Envelope-To"] for m in assigned] == ["juriste@anltp.example"]
    assert str(assigned[0]["Subject"]).startswith("Action à mener\u00a0:")

    # Three days before: nothing; two days before: one reminder, however often the scheduler runs.
    assert mailer.schedule_due(app, datetime(2026, 12, 17, 8, tzinfo=UTC)) == 0
    assert mailer.schedule_due(app, datetime(2026, 12, 18, 8, tzinfo=UTC)) == 1
    assert mailer.schedule_due(app, datetime(2026, 12, 19, 8, tzinfo=UTC)) == 0
    send(app, now=datetime(2026, 12, 19, 8, tzinfo=UTC))
    reminders = [m for m in smtp.inbox.messages if m["X-Mou-Review-Kind"] == "action_reminder"]
    assert [m["X-Envelope-To"] for m in reminders] == ["juriste@anltp.example"]
    assert "20 décembre 2026" in str(reminders[0]["Subject"])

    # Done: no reminder for a second action point due soon.
    with app.app_context():
        from mou_review.models import Decision

        decision = db.session.scalar(select(Decision))
        decision.due_on = date(2026, 12, 30)
        decision.done_at = datetime(2026, 12, 19, tzinfo=UTC)
        db.session.commit()
        db.session.remove()
    assert mailer.schedule_due(app, datetime(2026, 12, 28, 8, tzinfo=UTC)) == 0


def test_daily_digest_lists_what_changed_for_those_who_chose_it(app, client, api_token, addressed, smtp):
    ids = make_document(app)
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == "anltp.lead"))
        user.notify = "digest"
        db.session.commit()
        db.session.remove()
    client.post(
        f"/api/v1/clauses/{ids[1]}/comments",
        json={"lang": "en", "body": "@anltp.lead see the second paragraph."},
        headers=api_token("naptip.member"),
    )
    send(app)
    assert smtp.inbox.to("chef@anltp.example") == []  # held for the digest
    app.config["DIGEST_HOUR"] = 0
    now = datetime.now(UTC) + timedelta(seconds=1)
    assert mailer.schedule_due(app, now) == 1
    assert mailer.schedule_due(app, now + timedelta(minutes=5)) == 0  # once a day
    send(app, now=now + timedelta(minutes=5))
    (digest,) = smtp.inbox.to("chef@anltp.example")
    assert digest["X-Mou-Review-Kind"] == "digest"
    text = digest.get_body(("plain",)).get_content()
    assert "Récapitulatif quotidien" in str(digest["Subject"])
    assert "naptip.member (NAPTIP) — a commenté — 1.1" in text
    assert "/documents/pact/since" in text
    assert "vous mentionne" in text  # the held mention, listed under "À votre attention"


def test_account_page_sets_address_and_preference_and_refuses_a_bad_address(app, client, auth):
    auth.login("anltp.member")
    response = auth.post("/account/notifications", {"email": "juriste@", "notify": "digest"})
    assert response.status_code == 302
    page = client.get("/account").get_data(as_text=True)
    assert "n’est pas une adresse électronique valide" in page
    auth.post("/account/notifications", {"email": "Juriste@ANLTP.example", "notify": "digest"})
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == "anltp.member"))
        assert (user.email, user.notify) == ("Juriste@anltp.example", "digest")


def test_admin_sets_an_address_and_the_outbox_shows_the_message(
    app, client, auth, api_token, addressed, tmp_path
):
    app.config.update(MAIL_SERVER=None, MAIL_OUTBOX_DIR=str(tmp_path / "outbox"))
    auth.login("icmpd.admin")
    with app.app_context():
        target = db.session.scalar(select(User).where(User.username == "observer"))
        target_id = target.id
    assert (
        auth.post(
            f"/admin/users/{target_id}/email",
            {"email": "obs@icmpd.example", "notify": "none"},
            page="/admin/",
        ).status_code
        == 302
    )
    ids = make_document(app)
    new_session(client, api_token("icmpd.facilitator"), ids)
    send(app)
    page = client.get("/admin/outbox").get_data(as_text=True)
    assert "obs@icmpd.example" in page
    with app.app_context():
        message = db.session.scalar(select(MailMessage).where(MailMessage.to_addr == "obs@icmpd.example"))
    shown = client.get(f"/admin/outbox/{message.id}").get_data(as_text=True)
    assert "invite.ics" in shown and "JTWG review 3" in shown
    assert client.get(f"/admin/outbox/{message.id}.eml").mimetype == "message/rfc822"
    auth.logout()
    auth.login("naptip.member")
    assert client.get("/admin/outbox").status_code == 403


def test_facilitator_moves_and_cancels_from_the_session_page(app, client, auth, api_token, addressed):
    ids = make_document(app)
    created = new_session(client, api_token("icmpd.facilitator"), ids)
    auth.login("icmpd.facilitator")
    page = f"/sessions/{created['id']}"
    response = auth.post(
        f"/sessions/{created['id']}/reschedule",
        {
            "title": "JTWG review 3",
            "starts_at": "2026-12-05T10:00",
            "call_link": "https://meet.example.org/x",
        },
        page=page,
    )
    assert response.status_code == 302
    assert auth.post(f"/sessions/{created['id']}/cancel", page=page).status_code == 302
    assert "Cette séance est annulée" not in client.get(page).get_data(as_text=True)  # English interface
    assert "This session is cancelled." in client.get(page).get_data(as_text=True)
    with app.app_context():
        events = db.session.scalars(select(MailMessage.payload).where(MailMessage.status == "event")).all()
        assert [e["change"] for e in events] == ["created", "moved", "cancelled"]


def test_an_edit_tells_only_the_people_it_newly_mentions(app, client, api_token, addressed, smtp):
    ids = make_document(app)
    member = api_token("naptip.member")
    created = client.post(
        f"/api/v1/clauses/{ids[1]}/comments",
        json={"lang": "en", "body": "@naptip.lead look."},
        headers=member,
    ).get_json()
    client.post(
        f"/api/v1/comments/{created['id']}/edit",
        json={"body": "@naptip.lead and @anltp.lead, look.", "revision": 1},
        headers=member,
    )
    send(app)
    assert sorted(m["X-Envelope-To"] for m in smtp.inbox.messages) == [
        "chef@anltp.example",
        "lead@naptip.example",
    ]


def test_mail_commands_send_pending_and_show_the_queue(app, runner, client, api_token, addressed, tmp_path):
    app.config.update(MAIL_SERVER=None, MAIL_OUTBOX_DIR=str(tmp_path / "outbox"))
    ids = make_document(app)
    new_session(client, api_token("icmpd.facilitator"), ids)
    result = runner.invoke(args=["mail", "send-pending"])
    assert result.exit_code == 0, result.output
    assert f"sent {len(ADDRESSES)}" in result.output and "files in" in result.output
    result = runner.invoke(args=["mail", "status"])
    assert result.exit_code == 0 and f"sent      {len(ADDRESSES)}" in result.output
    result = runner.invoke(args=["users", "set-email", "observer", "nobody", "--notify", "none"])
    assert result.exit_code == 1 and "not a valid e-mail address" in result.output
    result = runner.invoke(args=["users", "set-email", "observer", "obs@icmpd.example", "--notify", "none"])
    assert result.exit_code == 0 and "obs@icmpd.example (none)" in result.output


def test_a_bounce_report_marks_the_message_refused_on_the_outbox(
    app, client, api_token, addressed, smtp, runner, tmp_path
):
    ids = make_document(app)
    new_session(client, api_token("icmpd.facilitator"), ids)
    send(app)
    original = smtp.inbox.to("juriste@anltp.example")[0]
    report = (
        "From: MAILER-DAEMON@anltp.example\r\n"
        "To: secretariat@mou-review.example\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nThe mailbox is full.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.anltp.example\r\n\r\n"
        "Final-Recipient: rfc822; juriste@anltp.example\r\nAction: failed\r\nStatus: 5.2.2\r\n"
        "Diagnostic-Code: smtp; 552 Mailbox full\r\n\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {original['Message-ID']}\r\nSubject: Invitation\r\n\r\n"
        "--B--\r\n"
    )
    path = tmp_path / "bounce.eml"
    path.write_bytes(report.encode())

    result = runner.invoke(args=["mail", "bounce", str(path)])
    assert result.exit_code == 0, result.output
    assert "failed" in result.output and "552 Mailbox full" in result.output
    with app.app_context():
        row = db.session.scalar(select(MailMessage).where(MailMessage.to_addr == "juriste@anltp.example"))
        assert row.status == "failed" and row.last_error.startswith("bounce: 5.2.2")
    path.write_bytes(b"Subject: hello\r\n\r\nnot a report\r\n")
    assert runner.invoke(args=["mail", "bounce", str(path)]).exit_code == 1


def test_the_decision_form_offers_people_by_user_name_for_action_points(app, client, auth, api_token):
    ids = make_document(app)
    facilitator = api_token("icmpd.facilitator")
    created = new_session(client, facilitator, ids)
    client.post(f"/api/v1/sessions/{created['id']}/advance", headers=facilitator)  # the form shows on an item
    auth.login("icmpd.facilitator")
    page = client.get(f"/sessions/{created['id']}").get_data(as_text=True)
    assert f'list="people-{created["id"]}"' in page
    assert '<option value="anltp.member">' in page
