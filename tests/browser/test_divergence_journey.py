"""Divergence journey in headless Chromium: the facilitator waives a finding, the text changes, it returns."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def test_journey_facilitator_waives_a_finding_then_a_text_change_brings_it_back(live_server, new_page, login):
    page = login(new_page(), "icmpd.facilitator")
    page.goto(f"{live_server}/documents/mou")
    badge = page.locator("[data-testid^=divergence-]").filter(
        has=page.locator("[data-check=cross_reference_mismatch]")
    )
    clause_id = re.search(r"\d+", badge.get_attribute("data-testid")).group(0)
    badge.locator("summary").first.click()
    finding = badge.locator("[data-check=cross_reference_mismatch]")
    finding.locator("details.evidence summary").click()
    assert finding.locator("[data-testid=evidence-en] mark").first.inner_text().startswith("Article 10")
    assert "article 9" in finding.locator("[data-testid=evidence-fr] mark").first.inner_text()

    finding.locator("[data-testid=waive-reason]").fill("Article 9 is the intended reference; EN to follow.")
    finding.locator("[data-testid=waive]").click()
    page.wait_for_url(re.compile(r"/documents/mou"))
    assert page.locator(f"[data-testid=divergence-{clause_id}]").count() == 0
    page.goto(f"{live_server}/documents/mou/divergences?show=waived")
    assert page.locator("[data-testid=finding][data-check=cross_reference_mismatch]").count() == 1

    # A later change to the English text (even unrelated) brings the finding back.
    page.goto(f"{live_server}/clauses/{clause_id}/edit/en")
    text = page.locator("textarea[name=text]")
    text.fill(text.input_value() + " ")
    page.fill("input[name=reason]", "Typography")
    page.locator("button.primary").click()
    page.wait_for_url(re.compile(r"/documents/mou"))
    back = page.locator(f"[data-testid=divergence-{clause_id}]")
    assert back.count() == 1
    assert back.locator("[data-check=cross_reference_mismatch]").count() == 1
