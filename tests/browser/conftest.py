"""Browser fixtures: the app served on a free port, and Debian's Chromium driven
by Playwright (never a downloaded browser)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.conftest import PASSWORD

CHROMIUM = os.environ.get("MOU_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


class _ClosedBodies:
    """Read and close every response body before the server writes it.

    werkzeug's development server drains the socket after a response and closes
    the body only after that drain; when Chromium has already dropped the
    connection (it does, for a static file it no longer needs), the drain raises
    and the close is skipped, so the static file stays open until the garbage
    collector warns about it, in whichever test is running then. Nothing the app
    serves streams, so holding each body whole costs nothing."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        body = self.app(environ, start_response)
        try:
            return [b"".join(body)]
        finally:
            if hasattr(body, "close"):
                body.close()


@pytest.fixture(scope="session")
def _server(migrated_app):
    server = make_server("127.0.0.1", 0, _ClosedBodies(migrated_app), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def live_server(_server, seeded):
    """Return the base URL of the app, with the demo documents loaded."""
    return _server


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"Chromium is missing at {CHROMIUM}: the test command installs it"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, request):
    """Return a factory of pages, each in its own browser context (its own cookies)."""
    contexts = []

    def make(locale: str = "en-GB"):
        context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        # Large one-click acts ask first (static/confirm.js): the journeys say yes.
        page.on("dialog", lambda dialog: dialog.accept())
        return page

    yield make
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        for index, context in enumerate(contexts):
            for page in context.pages:
                page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-{index}.png"), full_page=True)
    for context in contexts:
        context.close()


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest.fixture
def login(live_server):
    """Sign a page in through the real form."""

    def do(page, username: str, password: str = PASSWORD):
        page.goto(f"{live_server}/login")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button.primary")
        page.wait_for_url(f"{live_server}/")
        return page

    return do
