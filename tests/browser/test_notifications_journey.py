"""Notices in the browser: a member mentions the other party's lead with autocompletion, the facilitator
creates a session, the sender writes the messages to the outbox, and the facilitator reads them there."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from mou_review.extensions import db
from mou_review.models import User
from mou_review.services import mailer
from tests.browser.pages import first_comment_box

pytestmark = pytest.mark.browser


def test_journey_mention_with_autocompletion_and_invitations_in_the_outbox(
    live_server, seeded, new_page, login, tmp_path
):
    app = seeded
    app.config.update(MAIL_SERVER=None, MAIL_OUTBOX_DIR=str(tmp_path / "outbox"))
    with app.app_context():
        for user in db.session.scalars(select(User)):
            user.email = f"{user.username}@demo.example.org"
        db.session.commit()
        db.session.remove()

    member = login(new_page(), "naptip.member")
    box = first_comment_box(member, live_server)
    box.press_sequentially("Could @anltp.l")
    option = member.locator("#mention-list [role=option]").first
    expect(option).to_contain_text("@anltp.lead")
    box.press("Enter")
    expect(box).to_have_value("Could @anltp.lead ")
    box.press_sequentially("check the French?")
    member.click("[data-testid=comment-form] button.primary")
    member.wait_for_load_state()

    facilitator = login(new_page(), "icmpd.facilitator")
    facilitator.goto(f"{live_server}/documents/mou/sessions")
    facilitator.fill("input[name=title]", "JTWG virtual review 5")
    facilitator.fill("input[name=starts_at]", "2026-12-08T09:00")
    facilitator.fill("input[name=call_link]", "https://meet.example.org/jtwg")
    facilitator.click("[data-testid=new-session] button.primary")
    facilitator.wait_for_url("**/sessions/*")
    expect(facilitator.locator("[data-testid=ics]")).to_be_visible()

    report = mailer.send_pending(app)  # what the sender process does every few seconds
    assert report.sent == 8  # 7 invitations and the mention
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 8

    facilitator.goto(f"{live_server}/admin/outbox")
    rows = facilitator.locator("[data-testid=message]")
    expect(rows).to_have_count(8)
    expect(facilitator.locator("[data-testid=outbox]")).to_contain_text("anltp.lead@demo.example.org")
    facilitator.get_by_role("link", name="naptip.member vous mentionne").first.click()
    expect(facilitator.locator("[data-testid=text]")).to_contain_text("Could @anltp.lead check the French?")

    french = login(new_page(locale="fr-FR"), "anltp.lead")
    french.goto(f"{live_server}/account")
    expect(french.locator("#notifications")).to_have_text("Avis par courrier électronique")
    french.check("input[name=notify][value=digest]")
    french.click("[data-testid=notify-form] button.primary")
    expect(french.locator("input[name=notify][value=digest]")).to_be_checked()
