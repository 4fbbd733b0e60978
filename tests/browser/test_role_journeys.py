"""Each role's main journey, in English and in French, with full-page screenshots at 1366 px and 390 px.

The screenshots go to test-artifacts/screens/<lang>/ (git-ignored) so the next person can look at
every screen without running the app.  The journeys act for real (propose, take a position, comment,
run a session, sign off, import), and each step is checked for a heading and for no sideways scrolling
on a phone."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import build_state, set_lang
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser

SCREENS = ARTIFACTS / "screens"
WIDTHS = (1366, 390)


class Walk:
    """One signed-in page walking a journey and saving each step at both widths."""

    def __init__(self, page, base: str, role: str, lang: str) -> None:
        self.page, self.base, self.role, self.lang = page, base, role, lang
        self.step = 0
        self.problems: list[str] = []

    def shot(self, name: str) -> None:
        """Screenshot the page as it is, at each width; note a missing heading or a page too wide."""
        self.step += 1
        page = self.page
        if page.locator("h1").count() == 0:
            self.problems.append(f"{self.role} {self.lang} {name}: no heading")
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900 if width > 600 else 844})
            if width < 600 and page.evaluate("document.documentElement.scrollWidth") > width:
                self.problems.append(f"{self.role} {self.lang} {name}: wider than {width}px")
            folder = SCREENS / self.lang
            folder.mkdir(parents=True, exist_ok=True)
            page.screenshot(
                path=str(folder / f"{self.role}-{self.step:02d}-{name}-{width}.png"), full_page=True
            )
        page.set_viewport_size({"width": 1366, "height": 900})

    def go(self, path: str, name: str) -> None:
        self.page.goto(f"{self.base}{path}")
        self.shot(name)

    def submit(self, selector: str) -> None:
        """Press a form's button and wait for the next page."""
        with self.page.expect_navigation():
            self.page.click(selector)


def _journeys(walk: Walk, state) -> None:
    page, role = walk.page, walk.role
    walk.go("/", "documents")
    if role in ("naptip.lead", "anltp.member", "icmpd.facilitator"):
        # The 130-clause page, full length at two widths, costs most: three roles show it.
        walk.go("/documents/mou", "document")
    review = f"/clauses/{state.clause}/review"
    if role == "naptip.lead":
        walk.go(f"/clauses/{state.other}/review", "clause")
        page.click("[data-testid=propose] > summary")
        form = page.locator("[data-testid=propose-modify]")
        form.locator("textarea[name=en]").fill(
            page.locator("[data-testid=current-en] .text").inner_text() + " Promptly."
        )
        form.locator("textarea[name=rationale]").fill("Speed matters.")
        walk.submit("[data-testid=propose-modify] button.primary")
        walk.shot("amendment-proposed")
        walk.go("/documents/mou/readiness", "readiness")
        if page.locator("[data-testid=signoff-all] button").count():
            walk.submit("[data-testid=signoff-all] button")
            walk.shot("signed-off")
    elif role == "anltp.lead":
        walk.go(review, "clause")
        form = page.locator("[data-testid=text-form-fr]").first
        if form.count():
            form.locator("textarea[name=text]").fill(
                "Les Parties répondent dans un délai de soixante (60) jours."
            )
            walk.submit("[data-testid=text-form-fr] button")
            walk.shot("french-added")
        if page.locator("[data-testid=position-form] button").count():
            walk.submit("[data-testid=position-form] button >> nth=0")
            walk.shot("position-taken")
    elif role in ("naptip.member", "anltp.member"):
        walk.go(review, "clause")
        page.fill("[data-testid=comment-form] textarea[name=body]", "Please check the time limit.")
        walk.submit("[data-testid=comment-form] button")
        walk.shot("commented")
        walk.go(f"/sessions/{state.session}", "session-follow")
    elif role == "icmpd.facilitator":
        walk.go("/documents/mou/divergences", "divergences")
        walk.go("/glossary", "glossary")
        walk.go("/documents/mou/sessions", "sessions")
        walk.go(f"/sessions/{state.session}", "session")
        if page.locator("[data-testid=record-decision]").count():
            page.select_option("select[name=decision]", "agreed")
            walk.submit("[data-testid=record-decision]")
            walk.shot("decision")
        walk.go(f"/sessions/{state.session}/minutes", "minutes")
        walk.go("/documents/mou/readiness", "readiness")
    elif role == "icmpd.admin":
        walk.go("/admin/", "administration")
        walk.go("/docx/import", "import")
        walk.go(f"/docx/import/{state.proposal_token}", "import-pairs")
    else:  # observer
        walk.go(review, "clause")
        walk.go(f"/clauses/{state.clause}/history", "history")
        walk.go("/documents/mou/divergences", "divergences")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_role_journeys_with_screenshots(live_server, seeded, browser, lang):
    state = build_state(seeded)
    problems: list[str] = []
    for role in (
        "naptip.lead",
        "anltp.lead",
        "naptip.member",
        "anltp.member",
        "icmpd.facilitator",
        "icmpd.admin",
        "observer",
    ):
        set_lang(seeded, role, lang)
        context = browser.new_context(
            locale="fr-FR" if lang == "fr" else "en-GB", viewport={"width": 1366, "height": 900}
        )
        context.set_default_timeout(15_000)
        page = context.new_page()
        page.on("dialog", lambda dialog: dialog.accept())
        page.goto(f"{live_server}/login")
        page.fill("input[name=username]", role)
        page.fill("input[name=password]", PASSWORD)
        page.click("button.primary")
        page.wait_for_url(f"{live_server}/")
        walk = Walk(page, live_server, role, lang)
        _journeys(walk, state)
        problems += walk.problems
        assert walk.step >= 3
        context.close()
    shots = list((SCREENS / lang).glob("*.png"))
    assert len(shots) >= 2 * 7 * 2
    assert not [p for p in shots if re.search(r"-(1366|390)\.png$", p.name) is None]
    assert not problems, "\n".join(problems)
