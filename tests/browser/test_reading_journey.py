"""The foundation journey in a real headless Chromium."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_journey_niger_member_reads_in_french_then_switches_to_english(live_server, new_page, login):
    page = new_page(locale="fr-FR")
    page.goto(f"{live_server}/login")
    assert page.locator("h1").inner_text() == "Se connecter"  # before sign-in: Accept-Language
    login(page, "anltp.member")
    assert page.locator("html").get_attribute("lang") == "fr"
    page.click("a[href='/documents/mou']")
    page.wait_for_url(f"{live_server}/documents/mou")
    assert page.locator("th[lang=en]").inner_text() == "Anglais"
    assert page.locator("th[lang=fr]").inner_text() == "Français"
    first_article = page.locator("tr.kind-article").first
    assert "Article premier" in first_article.locator("td[data-lang=fr]").inner_text()
    assert "Article 1" in first_article.locator("td[data-lang=en]").inner_text()
    page.click("[data-testid=switch-lang]")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.url.endswith("/documents/mou")
    assert page.locator("th[lang=en]").inner_text() == "English"
    assert page.locator("th[lang=fr]").inner_text() == "French"
