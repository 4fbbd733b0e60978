"""Every page, every role, both interface languages, in one Chromium: axe-core finds no serious or
critical WCAG 2 A/AA violation, nothing scrolls sideways on a 390 px phone, and the console stays clean.

axe-core comes from npm (installed by scripts/test into .cache/node, git-ignored) and is injected
into each page; no browser is downloaded.  One browser context per role and language, signed in once."""

from __future__ import annotations

import pytest

from tests.browser.pages import AXE_JS, AXE_TAGS, ROLES, build_state, pages_for, set_lang
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser

PHONE = 390
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
  return result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
}"""
WIDEST = """() => {
  const out = [];
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect();
    if (r.width && r.right > document.documentElement.clientWidth + 1) out.push(`${e.tagName.toLowerCase()}.${e.className} ${Math.round(r.right)}px`);
  }
  return out.slice(0, 3);
}"""


_AXE: list[str] = []


def axe_source() -> str:
    """Return axe-core's source (read once), a script that defines window.axe."""
    if not _AXE:
        _AXE.append(AXE_JS.read_text(encoding="utf-8"))
    return _AXE[0]


def axe_context(browser, lang: str):
    """Return a browser context whose every page gets axe-core before its own scripts run.

    Given once to the context through the DevTools protocol, not as a <script> (the app's CSP forbids
    inline code): sending its half megabyte with each of the two hundred pages cost more than a tenth
    of the walk."""
    context = browser.new_context(locale="fr-FR" if lang == "fr" else "en-GB")
    context.add_init_script(script=axe_source())
    return context


#: On a phone: the user label stays on one or two lines, the title leaves room for the text, and
#: amendment cards keep their texts off the border with the two columns aligned at the top.
PHONE_LAYOUT = """() => {
  const out = [];
  const who = document.querySelector('header.top .who');
  if (who && who.getBoundingClientRect().height > 2.2 * parseFloat(getComputedStyle(who).lineHeight || 20)) out.push('user label wraps');
  const h1 = document.querySelector('main h1');
  if (h1 && h1.getBoundingClientRect().height > 0.4 * window.innerHeight) out.push('title fills the screen');
  for (const card of document.querySelectorAll('article.amendment')) {
    if (parseFloat(getComputedStyle(card).paddingLeft) < 8) out.push('amendment text touches its border');
    const cols = card.querySelector('.cols-2');
    if (cols && getComputedStyle(cols).alignItems !== 'start') out.push('amendment columns stretched');
  }
  return out;
}"""


#: At 1366 px the import's English and French cells get the width (not ~220 px each).
DESKTOP_LAYOUT = """() => {
  const out = [];
  const table = document.querySelector('table.proposal');
  if (table) {
    for (const cell of Array.from(table.querySelectorAll('td.cell')).slice(0, 2)) {
      if (cell.getBoundingClientRect().width < 0.3 * table.getBoundingClientRect().width) out.push('import text column too narrow');
    }
  }
  return out;
}"""


def _sign_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(f"{base}/")


def check_page(page, url: str, problems: list[str], label: str) -> None:
    """Open a page and add to ``problems`` its axe violations, sideways scrolling at 390 px and console errors."""
    page.set_viewport_size({"width": 1366, "height": 900})
    errors: list[str] = []
    listener = lambda message: errors.append(message.text) if message.type == "error" else None  # noqa: E731
    page.on("console", listener)
    response = page.goto(url)
    status = response.status if response else 0
    if status >= 500:
        problems.append(f"{label}: HTTP {status}")
    assert page.evaluate("typeof axe") == "object", f"{label}: axe-core is not on the page"
    for violation in page.evaluate(RUN_AXE, AXE_TAGS):
        problems.append(f"{label}: {violation}")
    for problem in page.evaluate(DESKTOP_LAYOUT):
        problems.append(f"{label}: {problem}")
    page.set_viewport_size({"width": PHONE, "height": 800})
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE:
        problems.append(f"{label}: {width}px wide at {PHONE}px {page.evaluate(WIDEST)}")
    for problem in page.evaluate(PHONE_LAYOUT):
        problems.append(f"{label}: {problem}")
    page.remove_listener("console", listener)
    # A missing page is meant to answer 404 (the browser logs that); nothing else may be logged.
    errors = [e for e in errors if not (status == 404 and "404" in e)]
    if status in (401, 403):
        problems.append(f"{label}: HTTP {status} on a page the walk expects this role to open")
    if errors:
        problems.append(f"{label}: console {errors[:2]}")


# One test per language: scripts/test's two workers (pytest-xdist) can walk both at once.
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_page_passes_axe_and_fits_a_phone_for_every_role(live_server, seeded, browser, lang):
    app = seeded
    state = build_state(app)
    assert AXE_JS.exists(), f"axe-core is missing at {AXE_JS}: scripts/test installs it with npm"
    problems: list[str] = []
    checked = 0
    anonymous = axe_context(browser, lang)
    check_page(anonymous.new_page(), f"{live_server}/login", problems, f"anonymous {lang} /login")
    anonymous.close()
    for role in ROLES:
        set_lang(app, role, lang)
        context = axe_context(browser, lang)
        context.set_default_timeout(15_000)
        page = context.new_page()
        _sign_in(page, live_server, role)
        assert page.locator("html").get_attribute("lang") == lang
        for path in pages_for(state, role):
            check_page(page, f"{live_server}{path}", problems, f"{role} {lang} {path}")
            checked += 1
        context.close()
    assert checked >= len(ROLES) * 10
    assert not problems, f"{len(problems)} problems on {checked} pages:\n" + "\n".join(problems)


FOCUS_RING = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const style = getComputedStyle(e);
  return {tag: e.tagName.toLowerCase(), outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
}"""


def test_keyboard_reaches_the_controls_with_a_visible_focus_and_highlights_are_not_colour_alone(
    live_server, seeded, browser
):
    state = build_state(seeded)
    set_lang(seeded, "icmpd.facilitator", "en")
    context = browser.new_context(locale="en-GB", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    _sign_in(page, live_server, "icmpd.facilitator")
    page.goto(f"{live_server}/clauses/{state.clause}/review")
    seen = []
    for _ in range(25):
        page.keyboard.press("Tab")
        ring = page.evaluate(FOCUS_RING)
        assert ring is not None
        assert ring["outline"] != "none" and ring["width"] >= 2, ring
        seen.append(ring["tag"])
    assert {"a", "button"} <= set(seen) and ("summary" in seen or "input" in seen or "select" in seen)
    mark = page.locator("mark").first
    decoration = mark.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert "underline" in decoration  # the evidence is marked by more than its colour

    # A large one-click act asks first: saying no sends nothing.
    page.goto(f"{live_server}/glossary")
    rows = page.locator("[data-testid^=term-]").count()
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.locator("[data-testid^=term-] button.danger").first.click()
    page.wait_for_timeout(300)
    assert asked and "Remove this term" in asked[0]
    assert page.url.endswith("/glossary") and page.locator("[data-testid^=term-]").count() == rows
    context.close()
