"""A review session in three browsers: the facilitator steps through the agenda, two participants
(one in the French interface) follow within 3 seconds without reloading, a decision and an action point
are recorded, and the French minutes download as DOCX with both."""

from __future__ import annotations

import io

import pytest
from docx import Document as DocxDocument
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FOLLOW_TIMEOUT = 3_000  # ms: the "within 3 seconds"


def test_journey_participants_follow_the_facilitator_and_get_french_minutes(live_server, new_page, login):
    facilitator = login(new_page(), "icmpd.facilitator")
    english = login(new_page(), "naptip.member")
    french = login(new_page(locale="fr-FR"), "anltp.member")

    facilitator.goto(f"{live_server}/documents/mou/sessions")
    facilitator.fill("input[name=title]", "JTWG virtual review 4")
    facilitator.fill("input[name=starts_at]", "2026-12-01T09:00")
    facilitator.fill("input[name=call_link]", "https://meet.example.org/jtwg")
    facilitator.check("input[name=agenda_mode][value=pick]")
    boxes = facilitator.locator("input[name=agenda]")
    agenda = [boxes.nth(i).get_attribute("value") for i in (3, 5, 6)]
    for value in agenda:
        facilitator.check(f"input[name=agenda][value='{value}']")
    facilitator.click("[data-testid=new-session] button.primary")
    facilitator.wait_for_url("**/sessions/*")
    session_url = facilitator.url

    for page in (english, french):
        page.goto(session_url)
        expect(page.locator("[data-testid=waiting]")).to_be_visible()
    assert french.locator("html").get_attribute("lang") == "fr"
    french_loads = []
    french.on("load", lambda _page: french_loads.append(1))

    facilitator.click("[data-testid=next]")
    facilitator.wait_for_load_state()
    for page in (english, french):
        expect(page.locator("[data-testid=current-clause]")).to_have_attribute(
            "data-clause", agenda[0], timeout=FOLLOW_TIMEOUT
        )

    facilitator.click(f"[data-testid=goto-{agenda[2]}]")
    facilitator.wait_for_load_state()
    for page in (english, french):
        expect(page.locator("[data-testid=current-clause]")).to_have_attribute(
            "data-clause", agenda[2], timeout=FOLLOW_TIMEOUT
        )
    expect(french.locator("[data-testid=current-clause] h3").first).to_contain_text("Anglais")

    facilitator.select_option("select[name=decision]", "agreed")
    facilitator.click("[data-testid=record-decision]")
    facilitator.wait_for_load_state()
    facilitator.select_option("select[name=decision]", "action")
    facilitator.fill("textarea[name=note]", "Send the list of focal points to ICMPD")
    facilitator.select_option("select[name=owner_party]", "ANLTP-TIM")
    facilitator.fill("input[name=owner_person]", "Issa Garba")
    facilitator.fill("input[name=due_on]", "2026-12-15")
    facilitator.click("[data-testid=record-decision]")
    facilitator.wait_for_load_state()
    expect(facilitator.locator("[data-testid=decisions] li")).to_have_count(2)
    expect(french.locator("[data-testid=decisions] li[data-decision]")).to_have_count(
        2, timeout=FOLLOW_TIMEOUT
    )
    assert french_loads == []  # followed without a single reload

    french.click("[data-testid=minutes-link]")
    expect(french.locator("[data-testid=minutes-fr]")).to_contain_text("Adopté en l’état.")
    with french.expect_download() as download_info:
        french.click("[data-testid=docx-fr]")
    path = download_info.value.path()
    with open(path, "rb") as handle:
        doc = DocxDocument(io.BytesIO(handle.read()))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Procès-verbal de la séance d’examen" in text
    assert "Adopté en l’état." in text
    assert "Send the list of focal points to ICMPD" in text and "Issa Garba" in text
    assert "15 décembre 2026" in text
