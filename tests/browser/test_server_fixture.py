"""The server the browser journeys run against closes every file it serves, even
for a client that hangs up at once, as Chromium does with a static file it no
longer needs: a file left open would be reported, as a ResourceWarning turned
error, against whichever test happens to run when the garbage collector finds it."""

from __future__ import annotations

import gc
import io
import socket
import struct
import sys
import threading
from pathlib import Path

from werkzeug.serving import make_server

from tests.browser.conftest import _ClosedBodies


def _hang_up_after_request(port: int, path: str) -> None:
    with socket.create_connection(("127.0.0.1", port)) as client:
        client.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        # Linger 0: close with a reset, as a browser abandoning the load does.
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def test_a_static_file_is_closed_when_the_client_resets_the_connection(migrated_app):
    unraisable = []
    previous_hook = sys.unraisablehook
    sys.unraisablehook = unraisable.append
    try:
        server = make_server("127.0.0.1", 0, _ClosedBodies(migrated_app), threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        for _ in range(20):
            _hang_up_after_request(server.server_port, "/static/mentions.js")
        server.shutdown()
        server.server_close()  # joins the request threads
        thread.join(timeout=5)
        gc.collect()
    finally:
        sys.unraisablehook = previous_hook
    assert [repr(item.exc_value) for item in unraisable] == []


def test_the_wrapper_still_serves_the_body_whole(migrated_app):
    on_disk = Path(migrated_app.static_folder, "mentions.js").read_bytes()
    calls = []

    def start_response(status, headers, exc_info=None):
        calls.append(status)

    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/static/mentions.js",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }
    body = _ClosedBodies(migrated_app)(environ, start_response)
    assert calls and calls[0].startswith("200")
    assert body == [on_disk] and len(on_disk) > 100
