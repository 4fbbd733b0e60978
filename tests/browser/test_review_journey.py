"""The review journey in a real headless Chromium: propose, translate, accept, adopt.

The one browser journey the PostgreSQL pass of ``scripts/test`` runs too (marker ``both_databases``):
the app tests cover the database layer there, and this journey shows the served app works on it end to end.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.both_databases]

NEW_EN = "The Parties shall exchange information promptly and in good faith."
NEW_FR = "Les Parties échangent les informations avec diligence et de bonne foi."


def _review_page(page, live_server, clause_id: int) -> None:
    page.goto(f"{live_server}/clauses/{clause_id}/review")


def test_journey_amendment_proposed_translated_accepted_adopted(live_server, new_page, login):
    # The NAPTIP lead (English interface) proposes an English amendment to the first paragraph.
    naptip = login(new_page("en-GB"), "naptip.lead")
    naptip.goto(f"{live_server}/documents/mou")
    row = naptip.locator("tr.clause.kind-paragraph").first
    clause_id = int(row.get_attribute("data-clause"))
    old_en = row.locator("td[data-lang=en] .body").inner_text()
    old_fr = row.locator("td[data-lang=fr] .body").inner_text()
    naptip.click(f"[data-testid=review-{clause_id}]")
    naptip.click("[data-testid=propose] > summary")
    form = naptip.locator("[data-testid=propose-modify]")
    form.locator("textarea[name=en]").fill(NEW_EN)
    form.locator("textarea[name=rationale]").fill("Information must flow without delay.")
    form.locator("button").click()
    naptip.wait_for_load_state()
    assert "Your amendment was proposed." in naptip.locator(".flash").inner_text()
    card = naptip.locator("article.amendment").first
    assert card.locator("[data-testid=translation-pending]").inner_text() == "translation pending"

    # The ANLTP-TIM lead (French interface) sees the change highlighted and as a redline.
    anltp = login(new_page("fr-FR"), "anltp.lead")
    anltp.goto(f"{live_server}/documents/mou")
    assert "is-new" in anltp.locator(f"#c{clause_id}").get_attribute("class")
    _review_page(anltp, live_server, clause_id)
    card = anltp.locator("article.amendment").first
    redline = card.locator("[data-testid=redline-en]")
    assert redline.locator("ins").count() >= 1 and redline.locator("del").count() >= 1
    assert "[inséré]" in redline.locator("ins .sr-only").first.text_content()
    assert card.locator("[data-testid=translation-pending]").inner_text() == "traduction en attente"
    # ... adds the French text, then accepts for Niger.
    text_form = card.locator("[data-testid=text-form-fr]")
    text_form.locator("textarea[name=text]").fill(NEW_FR)
    text_form.locator("button").click()
    anltp.wait_for_load_state()
    card = anltp.locator("article.amendment").first
    assert card.locator("[data-testid=translation-pending]").count() == 0
    card.locator("[data-testid=position-form] button").click()
    anltp.wait_for_load_state()
    card = anltp.locator("article.amendment").first
    assert "acceptation" in card.locator("[data-testid=position-ANLTP-TIM]").inner_text()

    # The NAPTIP lead accepts for Nigeria.
    _review_page(naptip, live_server, clause_id)
    naptip.locator("article.amendment [data-testid=position-form] button").first.click()
    naptip.wait_for_load_state()
    assert "accept" in naptip.locator("article.amendment [data-testid=position-NAPTIP]").first.inner_text()

    # The facilitator adopts; both columns show the new text, the history the old one.
    facilitator = login(new_page("en-GB"), "icmpd.facilitator")
    _review_page(facilitator, live_server, clause_id)
    facilitator.locator("article.amendment [data-testid=adopt-form] button").first.click()
    facilitator.wait_for_url(f"{live_server}/documents/mou#c{clause_id}")
    row = facilitator.locator(f"#c{clause_id}")
    assert row.locator("td[data-lang=en] .body").inner_text() == NEW_EN
    assert row.locator("td[data-lang=fr] .body").inner_text() == NEW_FR
    facilitator.goto(f"{live_server}/clauses/{clause_id}/history")
    assert old_en in facilitator.locator("[data-testid=version-en-1]").inner_text()
    assert old_fr in facilitator.locator("[data-testid=version-fr-1]").inner_text()
    assert NEW_EN in facilitator.locator("[data-testid=version-en-2]").inner_text()

    # Back in the French interface, the Niger lead reads the adopted text in both columns.
    anltp.goto(f"{live_server}/documents/mou")
    row = anltp.locator(f"#c{clause_id}")
    assert row.locator("td[data-lang=fr] .body").inner_text() == NEW_FR
    assert row.locator("td[data-lang=en] .body").inner_text() == NEW_EN
