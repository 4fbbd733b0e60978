"""The Word round trip in a real headless Chromium: download the English copy, return it marked up, confirm."""

from __future__ import annotations

import re

import pytest

from tests import markup_files as mf

pytestmark = pytest.mark.browser


def test_journey_naptip_lead_returns_a_marked_up_copy_and_finds_it_on_the_clause_page(
    live_server, new_page, login, tmp_path
) -> None:
    page = login(new_page(), "naptip.lead")
    page.goto(f"{live_server}/documents/mou/docx")
    with page.expect_download() as download:
        page.click("[data-testid=download-signing-en]")
    exported = tmp_path / "export.docx"
    download.value.save_as(exported)

    def act(root):
        old = "respond within thirty (30) days"
        mf.track_replace(mf.paragraph(root, old), old, "respond within forty-five (45) days")
        mf.track_clear(mf.paragraph(root, "a secure platform for the exchange"))

    returned = mf.add_comments(
        mf.edit(exported.read_bytes(), act), [{"on": "degree of urgency", "text": "Who decides the urgency?"}]
    )
    (tmp_path / "naptip.docx").write_bytes(returned)
    page.set_input_files("[data-testid=markup-file]", str(tmp_path / "naptip.docx"))
    page.click("[data-testid=markup-submit]")
    page.wait_for_selector("[data-testid=markup-changes]")  # the preview page, after the upload's redirect
    rows = page.locator("[data-testid^=markup-change-]")
    assert [rows.nth(i).get_attribute("data-action") for i in range(rows.count())] == [
        "modify",
        "delete",
        "comment",
    ]
    assert page.locator("[data-testid=tracked]").count() == 2
    clause_id = rows.nth(0).get_attribute("data-clause")
    page.click("[data-testid=markup-confirm]")
    page.wait_for_url(f"{live_server}/documents/mou")
    page.goto(f"{live_server}/clauses/{clause_id}/review")
    text = page.inner_text("main")
    assert re.search(r"Proposed by [^\n]+ \(NAPTIP\)", text)
    assert "Tracked change in Word by Amina Bello" in text
