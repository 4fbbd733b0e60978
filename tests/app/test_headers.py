"""Security headers and what makes a strict Content-Security-Policy possible.

The policy allows scripts and styles from the app's own origin only, so no
template may carry an inline script, an inline event handler, a ``javascript:``
URL, a ``<style>`` element or a ``style`` attribute: they would be blocked in
the browser.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
#: Jinja tags and expressions are not HTML: ``{% if only == 'en' %}`` is no ``on...=`` handler.
JINJA = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)

INLINE = {
    "inline script": re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),
    "event handler attribute": re.compile(r"<[^>]+\son[a-z]+\s*=", re.I),
    "javascript: URL": re.compile(r"javascript:", re.I),
    "style element": re.compile(r"<style\b", re.I),
    "style attribute": re.compile(r"<[^>]+\sstyle\s*=", re.I),
}


@pytest.mark.parametrize("kind", sorted(INLINE))
def test_templates_carry_no_inline_code(kind):
    pattern = INLINE[kind]
    found = [
        f"{path.relative_to(ROOT)}:{text[: m.start()].count(chr(10)) + 1}"
        for path in TEMPLATES
        for text in [JINJA.sub(lambda m: "\n" * m.group().count("\n"), path.read_text(encoding="utf-8"))]
        for m in pattern.finditer(text)
    ]
    assert not found, f"{kind} in {found}"


def test_inline_patterns_catch_what_they_should():
    samples = {
        "inline script": "<script>alert(1)</script>",
        "event handler attribute": '<button onclick="go()">',
        "javascript: URL": '<a href="javascript:go()">',
        "style element": "<style>p{}</style>",
        "style attribute": '<input style="width:5em">',
    }
    for kind, sample in samples.items():
        assert INLINE[kind].search(sample), kind
    assert not INLINE["inline script"].search('<script src="/static/follow.js" defer></script>')
    assert not INLINE["event handler attribute"].search('<button data-once="x">')
    html = '<a href="/x" {% if only == \'en\' %}aria-current="page"{% endif %}>'
    assert not INLINE["event handler attribute"].search(JINJA.sub("", html))


# --- headers on every response ---------------------------------------------------------


def _check_security_headers(response):
    csp = response.headers.get("Content-Security-Policy", "")
    directives = {part.strip().split(" ")[0]: part.strip() for part in csp.split(";") if part.strip()}
    script_policy = directives.get("script-src") or directives.get("default-src")
    assert script_policy.split(" ")[1:] == ["'self'"], csp  # this site only
    assert "style-src" not in directives or directives["style-src"] == "style-src 'self'", csp
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp, csp
    assert directives.get("frame-ancestors") == "frame-ancestors 'none'", csp
    assert response.headers.get("X-Frame-Options") == "DENY"
    assert response.headers.get("X-Content-Type-Options") == "nosniff"
    assert response.headers.get("Referrer-Policy") == "same-origin"


@pytest.mark.parametrize(
    "url, status",
    [
        ("/login", 200),
        ("/documents/mou", 200),
        ("/documents/nothing-here", 404),
        ("/api/v1/documents/mou", 200),
        ("/api/v1/documents", 401),
        ("/static/app.css", 200),
    ],
)
def test_every_response_carries_the_security_headers(seeded, client, auth, api_token, url, status):
    if not url.startswith(("/api/", "/login")):
        auth.login()
    headers = api_token("observer") if url == "/api/v1/documents/mou" else {}
    response = client.get(url, headers=headers)
    response.close()  # static files are streamed from an open file
    assert response.status_code == status
    _check_security_headers(response)


@pytest.mark.parametrize(
    "url",
    ["/documents/mou", "/documents/mou/docx/signing-en.docx", "/api/v1/documents/mou", "/account"],
)
def test_pages_and_downloads_with_draft_text_are_never_stored(seeded, client, auth, url):
    auth.login("icmpd.facilitator")
    response = client.get(url)
    assert response.status_code == 200 or url.startswith("/api/")
    assert response.headers.get("Cache-Control") == "no-store"


def test_static_files_may_be_cached(client):
    response = client.get("/static/app.css")
    response.close()
    assert "no-store" not in (response.headers.get("Cache-Control") or "")


# --- TLS deployments and reverse proxies -----------------------------------------------


@pytest.fixture
def make_app(app, database_url):
    """Build another app on the same database with extra settings (MOU_HTTPS, proxies)."""
    from mou_review import create_app
    from mou_review.extensions import db

    made = []

    def make(**config):
        other = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": database_url, **config})
        made.append(other)
        return other

    yield make
    for other in made:
        with other.app_context():
            db.session.remove()
            db.engine.dispose()


def _login(client, username="naptip.member", password=None, **kwargs):
    from tests.conftest import CSRF_RE, PASSWORD

    page = client.get("/login", base_url=kwargs.get("base_url", "http://localhost"))
    token = CSRF_RE.search(page.get_data(as_text=True)).group(1)
    return client.post(
        "/login",
        data={"username": username, "password": password or PASSWORD, "csrf_token": token},
        **kwargs,
    )


def test_https_setting_turns_on_secure_cookies_and_hsts(make_app):
    plain = make_app().test_client()
    response = _login(plain)
    assert "Secure" not in response.headers.get("Set-Cookie", "")
    assert "Strict-Transport-Security" not in plain.get("/login", base_url="https://localhost").headers

    secure = make_app(HTTPS=True).test_client()
    page = secure.get("/login", base_url="https://localhost")
    assert "max-age=" in page.headers.get("Strict-Transport-Security", "")
    response = _login(secure, base_url="https://localhost", headers={"Referer": "https://localhost/login"})
    assert response.status_code == 302
    assert "; Secure" in response.headers.get("Set-Cookie", "")


def test_https_setting_comes_from_the_environment():
    from mou_review.config import apply_environment

    config: dict = {}
    apply_environment(config, {"MOU_HTTPS": "1", "MOU_TRUSTED_PROXIES": "2"})
    assert config == {"HTTPS": True, "TRUSTED_PROXIES": 2}
    apply_environment(config, {"MOU_HTTPS": "0"})
    assert config["HTTPS"] is False


@pytest.mark.parametrize("proxies, expected", [(0, "127.0.0.1"), (1, "203.0.113.9")])
def test_client_address_comes_from_trusted_proxies_only(make_app, proxies, expected):
    from mou_review.extensions import db
    from mou_review.models import LoginAttempt

    other = make_app(TRUSTED_PROXIES=proxies)
    client = other.test_client()
    headers = {"X-Forwarded-For": "198.51.100.1, 203.0.113.9"}
    _login(client, password="wrong password", headers=headers, environ_base={"REMOTE_ADDR": "127.0.0.1"})
    with other.app_context():
        attempt = db.session.scalars(db.select(LoginAttempt).order_by(LoginAttempt.id.desc())).first()
        assert attempt.remote_addr == expected
