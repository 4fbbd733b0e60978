"""Response headers, cookies and the client address behind a reverse proxy.

Flask-Talisman writes the security headers (a maintained library that does
this well, rather than our own header code): a Content-Security-Policy that
allows scripts and styles from this site only (no ``'unsafe-inline'``: the
templates carry no inline code, a test checks it), ``frame-ancestors 'none'``
with ``X-Frame-Options: DENY``, ``nosniff`` and ``Referrer-Policy:
same-origin``. ``MOU_HTTPS=1`` (deployments behind TLS) turns on Secure cookies
and HSTS. Every response except static files gets ``Cache-Control: no-store``:
pages, JSON and downloads carry confidential draft text.

Behind a reverse proxy, ``MOU_TRUSTED_PROXIES=N`` trusts the last N hops of
``X-Forwarded-For``/``-Proto``/``-Host`` (werkzeug's ProxyFix); with 0, the
default, forwarded headers are ignored and the client address is the socket's.
"""

from __future__ import annotations

from flask import Flask, Response, request
from flask_talisman import Talisman
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

talisman = Talisman()


class BoundedInt(IntegerConverter):
    """``<int:...>`` in routes: digits that fit the database's 32-bit integers (else 404)."""

    def __init__(self, map, *args, **kwargs):  # noqa: A002 (werkzeug's name)
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(map, *args, **kwargs)


#: Scripts, styles, images and fetches from this site only (``default-src`` covers them all; no
#: ``'unsafe-inline'``), no plugins, no ``<base>``, no foreign forms, no framing. Kept short: it
#: travels on every response, the followers' bodiless 304s included.
CSP = {
    "default-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def init_app(app: Flask) -> None:
    """Install the headers, the cookie flags and, when configured, ProxyFix."""
    https = bool(app.config.get("HTTPS"))
    talisman.init_app(
        app,
        force_https=False,  # the TLS proxy redirects; behind it every request is http to us
        strict_transport_security=https,
        strict_transport_security_include_subdomains=False,
        session_cookie_secure=https,
        session_cookie_http_only=True,
        session_cookie_samesite="Lax",
        frame_options="DENY",
        content_security_policy=CSP,
        referrer_policy="same-origin",
        x_content_type_options=True,
        permissions_policy={},
    )
    app.config["REMEMBER_COOKIE_SECURE"] = https
    if https:
        app.config["PREFERRED_URL_SCHEME"] = "https"
    proxies = int(app.config.get("TRUSTED_PROXIES") or 0)
    if proxies > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)  # type: ignore[method-assign]

    # Ids in URLs are database integers: a larger number is simply "not found", never a database error.
    app.url_map.converters["int"] = BoundedInt

    @app.after_request
    def _no_store(response: Response) -> Response:
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
        return response
