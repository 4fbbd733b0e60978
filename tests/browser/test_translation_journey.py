"""Machine translation in a real headless Chromium: the admin installs a model through the page, a lead
drafts the French of an English amendment with one click, edits it, and the history keeps both."""

from __future__ import annotations

import pytest

from mou_review.services import translation
from tests.tinymodel import build_tiny_model

pytestmark = pytest.mark.browser

NEW_EN = "The Parties shall exchange information on trafficking in persons within thirty days."


@pytest.fixture
def argos_dir(app, tmp_path):
    app.config["ARGOS_DIR"] = str(tmp_path / "argos")
    translation.reset()
    yield tmp_path / "argos"
    translation.reset()


def test_journey_machine_draft_of_an_amendment_then_edit(live_server, new_page, login, argos_dir, tmp_path):
    model = build_tiny_model(tmp_path / "models", "en", "fr")

    # Before any model: the button explains how to add one instead of failing.
    naptip = login(new_page("en-GB"), "naptip.lead")
    naptip.goto(f"{live_server}/documents/mou")
    clause_id = int(naptip.locator("tr.clause.kind-paragraph").first.get_attribute("data-clause"))
    naptip.goto(f"{live_server}/clauses/{clause_id}/review")
    naptip.click("[data-testid=propose] > summary")
    form = naptip.locator("[data-testid=propose-modify]")
    form.locator("[data-testid=draft-fr]").click()
    assert "mou-review translate install" in form.locator("[data-testid=machine-note-fr]").inner_text()

    # The admin installs the model through the administration page.
    admin = login(new_page("en-GB"), "icmpd.admin")
    admin.goto(f"{live_server}/admin/")
    admin.locator("[data-testid=model-upload] input[type=file]").set_input_files(str(model))
    admin.locator("[data-testid=model-upload] button").click()
    admin.wait_for_load_state()
    assert "is installed" in admin.locator(".flash").inner_text()
    assert admin.locator("[data-testid=model-en_fr]").count() == 1

    # The NAPTIP lead proposes an English-only amendment.
    naptip.goto(f"{live_server}/clauses/{clause_id}/review")
    naptip.click("[data-testid=propose] > summary")
    form = naptip.locator("[data-testid=propose-modify]")
    form.locator("textarea[name=en]").fill(NEW_EN)
    form.locator("textarea[name=rationale]").fill("A deadline for the exchange.")
    form.locator("button").click()
    naptip.wait_for_load_state()
    assert "Your amendment was proposed." in naptip.locator(".flash").inner_text()

    # The ANLTP-TIM lead drafts the French with one click: the field fills without a reload.
    anltp = login(new_page("fr-FR"), "anltp.lead")
    anltp.goto(f"{live_server}/clauses/{clause_id}/review")
    card = anltp.locator("article.amendment").first
    text_form = card.locator("[data-testid=text-form-fr]")
    url_before = anltp.url
    text_form.locator("[data-testid=draft-fr]").click()
    note = text_form.locator("[data-testid=machine-note-fr]")
    note.filter(has_text="Projet de traduction automatique").wait_for()
    assert anltp.url == url_before
    drafted = text_form.locator("textarea[name=text]").input_value()
    assert "traite des personnes" in drafted  # the glossary term, mapped by our pipeline
    assert "machine-draft" in text_form.locator("textarea[name=text]").get_attribute("class")

    # ... edits it: the mark says it is now the person's text; then saves.
    edited = (
        "Les Parties échangent des informations sur la traite des personnes dans un délai de trente jours."
    )
    text_form.locator("textarea[name=text]").fill(edited)
    assert "modifié par vous" in note.inner_text()
    text_form.locator("button").click()
    anltp.wait_for_load_state()

    # The history of the French text shows the machine draft, then the edit.
    card = anltp.locator("article.amendment").first
    history = card.locator("[data-testid=text-history-fr]")
    history.locator("summary").click()
    machine = history.locator("[data-origin=machine]")
    human = history.locator("[data-origin=human]")
    assert machine.count() == 1 and human.count() == 1
    assert "traite des personnes" in machine.inner_text() and "automatique" in machine.inner_text()
    assert edited in human.inner_text()
    assert card.locator("[data-testid=machine-badge]").count() == 0
