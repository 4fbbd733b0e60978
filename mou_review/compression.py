"""Gzip for text responses: the reading page is mostly text, and many readers
are on slow connections (a 110 KiB MoU page travels as about 15 KiB)."""

from __future__ import annotations

import gzip

from flask import Flask, Response, request

COMPRESSIBLE = ("text/html", "text/css", "application/json", "application/javascript", "text/javascript")
MIN_SIZE = 1024


def init_app(app: Flask) -> None:
    """Compress eligible responses after each request."""

    @app.after_request
    def _gzip(response: Response) -> Response:
        if (
            response.direct_passthrough
            or response.status_code < 200
            or response.status_code in (204, 304)
            or "Content-Encoding" in response.headers
            or response.mimetype not in COMPRESSIBLE
            or "gzip" not in request.headers.get("Accept-Encoding", "").lower()
        ):
            return response
        data = response.get_data()
        if len(data) < MIN_SIZE:
            return response
        response.set_data(gzip.compress(data, compresslevel=6))
        response.headers["Content-Encoding"] = "gzip"
        response.headers["Content-Length"] = str(len(response.get_data()))
        response.vary.add("Accept-Encoding")
        return response
