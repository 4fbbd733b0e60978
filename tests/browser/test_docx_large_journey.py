"""A large import in a real headless Chromium: the job page follows the background process to the end."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parent.parent / "data" / "docx"


def test_journey_admin_imports_large_files_through_the_background_job_page(
    live_server, seeded, new_page, login
) -> None:
    # 2 × 28 paragraphs count as large here: the same path a 10,000-paragraph pair takes (see the bench).
    seeded.config["DOCX_INLINE_PARAGRAPHS"] = 40
    page = login(new_page(), "icmpd.admin")
    page.goto(f"{live_server}/docx/import")
    page.fill("input[name=slug]", "online")
    page.set_input_files("input[name=en]", str(DATA / "word_online_en.docx"))
    page.set_input_files("input[name=fr]", str(DATA / "word_online_fr.docx"))
    page.click("[data-testid=docx-upload] button.primary")
    page.wait_for_url("**/docx/import/job/*")
    assert page.locator("[data-testid=import-job]").count() == 1
    # The page polls the job and opens the proposal by itself once the process is done.
    page.wait_for_selector("[data-testid=proposal]", timeout=60_000)
    assert page.locator("[data-testid=proposal] tbody tr").count() == 28
    page.click("[data-testid=confirm-import]")
    page.wait_for_url(f"{live_server}/documents/online", timeout=60_000)
    assert page.locator("tr.clause").count() == 28
    assert "Imported 28 clauses." in page.locator(".flash").first.inner_text()
