"""The DOCX journey in a real headless Chromium: upload two files, fix a pair, import, download."""

from __future__ import annotations

import io

import pytest
from docx import Document

from tests.domain.test_docx_read import _docx

pytestmark = pytest.mark.browser

EN = _docx(
    "Article 1 – Purpose",
    "1. The Parties shall cooperate in preventing trafficking in persons.",
    "2. They shall exchange information.",
    "Article 2 – Entry into force",
    "1. This Memorandum enters into force on signature.",
)
# The French publisher ran paragraphs 1.1 and 1.2 together: the aligner leaves 1.2 unpaired.
FR = _docx(
    "Article premier – Objet",
    "1. Les Parties coopèrent à la prévention de la traite des personnes. Elles échangent des informations.",
    "Article 2 – Entrée en vigueur",
    "1. Le présent Mémorandum entre en vigueur à la signature.",
)


def test_journey_admin_imports_two_files_fixes_a_pair_and_downloads_the_bilingual_table(
    live_server, new_page, login, tmp_path
) -> None:
    (tmp_path / "en.docx").write_bytes(EN)
    (tmp_path / "fr.docx").write_bytes(FR)
    page = login(new_page(), "icmpd.admin")
    page.click("text=Import Word files")
    page.fill("input[name=slug]", "cooperation")
    page.fill("input[name=title_en]", "Cooperation MoU")
    page.fill("input[name=title_fr]", "Mémorandum de coopération")
    page.set_input_files("input[name=en]", str(tmp_path / "en.docx"))
    page.set_input_files("input[name=fr]", str(tmp_path / "fr.docx"))
    page.click("[data-testid=docx-upload] button.primary")
    page.wait_for_url("**/docx/import/*")
    assert "They shall exchange information." in page.locator("[data-testid=unpaired-en]").inner_text()
    # Fix the pair: put the unpaired English paragraph at row 3, then split the French cell of row 2.
    page.fill("[data-testid=place-row-en-0]", "3")
    page.click("[data-testid=place-en-0]")
    page.wait_for_load_state()
    page.click("[data-testid=split-fr-1-1]")
    page.wait_for_load_state()
    rows = page.locator("[data-testid=proposal] tbody tr")
    assert rows.count() == 5
    third = rows.nth(2)
    assert "They shall exchange information." in third.locator("td[data-lang=en]").inner_text()
    assert "Elles échangent des informations." in third.locator("td[data-lang=fr]").inner_text()
    assert page.locator("[data-testid=unpaired-en]").count() == 0
    page.click("[data-testid=confirm-import]")
    page.wait_for_url(f"{live_server}/documents/cooperation")
    assert page.locator("tr.clause").count() == 5
    page.click("text=Word files (DOCX)")
    with page.expect_download() as download:
        page.click("[data-testid=download-bilingual]")
    data = tmp_path / "out.docx"
    download.value.save_as(str(data))
    table = Document(io.BytesIO(data.read_bytes())).tables[0]
    cells = [[cell.text for cell in row.cells] for row in table.rows]
    assert cells[0] == ["English", "Français"]
    assert cells[3] == ["1.2\tThey shall exchange information.", "1.2\tElles échangent des informations."]
    assert len(cells) == 6
