"""docs/DEPLOY.md, run for real: the systemd units' commands, nginx with TLS in front, the restore drill.

The example files under deploy/ are used as they are, changing only what an operator changes (the
lines marked CHANGE in the nginx file, /opt/mou-review and the port in the units): a setting that
drifts from the app breaks these tests.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shlex
import shutil
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
BIN = Path(sys.executable).parent
MOU = str(BIN / "mou-review")
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_ports(count: int) -> list[int]:
    """Return distinct free ports: all sockets stay bound until every port is chosen, so the kernel
    cannot hand the same port out twice (it did once: nginx and the app then fought over one port)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listens on {port}")


def env_file(path: Path) -> dict[str, str]:
    """Read an EnvironmentFile= (KEY=value lines, # comments)."""
    values = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


def exec_start(unit: Path, **replace: str) -> list[str]:
    """Return a unit's ExecStart with /opt/mou-review/.venv/bin/mou-review pointed at this venv."""
    line = next(v for v in unit.read_text().splitlines() if v.startswith("ExecStart="))
    command = line.removeprefix("ExecStart=").replace("/opt/mou-review/.venv/bin/mou-review", MOU)
    for old, new in replace.items():
        assert old in command, (old, command)
        command = command.replace(old, new)
    return shlex.split(command)


def substitute(text: str, old: str, new: str, count: int) -> str:
    assert text.count(old) == count, f"{old!r} should occur {count} times in the nginx example"
    return text.replace(old, new)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The app started by the unit's ExecStart, nginx in front of it with a self-signed certificate."""
    tmp = tmp_path_factory.mktemp("deploy")
    tmp.chmod(0o755)
    env = {**os.environ, **env_file(DEPLOY / "env.example")}
    assert env["MOU_HTTPS"] == "1" and env["MOU_TRUSTED_PROXIES"] == "1"
    env.update(
        DATABASE_URL=f"sqlite:///{tmp / 'mou.sqlite3'}",
        MOU_INSTANCE_PATH=str(tmp / "instance"),
        SECRET_KEY="deploy-test-" + os.urandom(8).hex(),
    )
    env.pop("MOU_TEST_DATABASE_URL", None)
    run = dict(env=env, capture_output=True, text=True, timeout=120)
    assert subprocess.run([MOU, "init-db"], **run).returncode == 0
    added = subprocess.run(
        [MOU, "users", "add", "ops.admin", "--party", "ICMPD", "--role", "admin", "--password-stdin"],
        input="a long deploy password\n",
        **run,
    )
    assert added.returncode == 0, added.stderr
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
        + [
            "-addext",
            "subjectAltName=DNS:localhost",
            "-keyout",
            str(tmp / "key.pem"),
            "-out",
            str(tmp / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )
    app_port, http_port, https_port = free_ports(3)
    app_log = (tmp / "app.log").open("w")
    app = subprocess.Popen(
        exec_start(DEPLOY / "systemd" / "mou-review.service", **{"--port 8000": f"--port {app_port}"}),
        env=env,
        stdout=app_log,
        stderr=subprocess.STDOUT,
    )
    conf = (DEPLOY / "nginx" / "mou-review.conf").read_text()
    conf = substitute(conf, "server 127.0.0.1:8000;", f"server 127.0.0.1:{app_port};", 1)
    conf = substitute(conf, "listen 80;", f"listen 127.0.0.1:{http_port};", 1)
    conf = substitute(conf, "listen [::]:80;", "", 1)
    conf = substitute(conf, "listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;", 1)
    conf = substitute(conf, "listen [::]:443 ssl http2;", "", 1)
    conf = substitute(conf, "server_name mou.example.org;", "server_name localhost;", 2)
    conf = substitute(conf, "/etc/letsencrypt/live/mou.example.org/fullchain.pem", str(tmp / "cert.pem"), 1)
    conf = substitute(conf, "/etc/letsencrypt/live/mou.example.org/privkey.pem", str(tmp / "key.pem"), 1)
    (tmp / "site.conf").write_text(conf)
    temp = " ".join(
        f"{kind}_temp_path {tmp / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;" if os.geteuid() == 0 else ""
    (tmp / "nginx.conf").write_text(
        f"worker_processes 1; pid {tmp / 'nginx.pid'}; error_log {tmp / 'error.log'}; {user}\n"
        "events { worker_connections 64; }\n"
        f"http {{ access_log {tmp / 'access.log'}; {temp} include {tmp / 'site.conf'}; }}\n"
    )
    nginx_args = [NGINX, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(tmp / "nginx.conf")]
    checked = subprocess.run([*nginx_args, "-t"], capture_output=True, text=True)
    nginx_log = (tmp / "nginx.out").open("w")
    nginx = subprocess.Popen([*nginx_args, "-g", "daemon off;"], stdout=nginx_log, stderr=subprocess.STDOUT)
    try:
        wait_for_port(app_port, app)
        wait_for_port(https_port, nginx)
        yield {
            "tmp": tmp,
            "env": env,
            "run": run,
            "nginx_t": checked,
            "https": https_port,
            "http": http_port,
            "app": app_port,
            "app_log": tmp / "app.log",
        }
    finally:
        for process in (nginx, app):
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        app_log.close()
        nginx_log.close()


def tls(site) -> http.client.HTTPSConnection:
    context = ssl.create_default_context(cafile=str(site["tmp"] / "cert.pem"))
    return http.client.HTTPSConnection("localhost", site["https"], context=context, timeout=20)


def get(site, path: str, headers: dict | None = None, body: str | None = None, method: str = "GET"):
    connection = tls(site)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response, data


def test_nginx_example_passes_nginx_t(site):
    assert site["nginx_t"].returncode == 0, site["nginx_t"].stderr
    assert "syntax is ok" in site["nginx_t"].stderr and "test is successful" in site["nginx_t"].stderr


def test_healthz_answers_through_the_tls_proxy(site):
    response, data = get(site, "/healthz")
    assert response.status == 200
    assert json.loads(data)["database"] == "ok"


def test_plain_http_redirects_to_https(site):
    connection = http.client.HTTPConnection("127.0.0.1", site["http"], timeout=10)
    connection.request("GET", "/documents/", headers={"Host": "localhost"})
    response = connection.getresponse()
    response.read()
    connection.close()
    assert response.status == 301
    assert response.getheader("Location") == "https://localhost/documents/"


def test_signing_in_through_the_proxy_uses_secure_cookies_and_hsts(site):
    response, data = get(site, "/login")
    assert response.status == 200
    assert "max-age=" in (response.getheader("Strict-Transport-Security") or "")
    cookie = response.getheader("Set-Cookie")
    assert "Secure" in cookie and "HttpOnly" in cookie
    token = re.search(r'name="csrf_token" value="([^"]+)"', data.decode()).group(1)
    session = cookie.split(";")[0]
    from urllib.parse import urlencode

    form = urlencode({"username": "ops.admin", "password": "a long deploy password", "csrf_token": token})
    response, _ = get(
        site,
        "/login",
        {
            "Cookie": session,
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"https://localhost:{site['https']}/login",  # as a browser sends it
        },
        form,
        "POST",
    )
    assert response.status == 302, "sign-in refused behind the proxy"
    signed_in = response.getheader("Set-Cookie").split(";")[0]
    response, data = get(site, "/admin/", {"Cookie": signed_in})
    assert response.status == 200 and b"ops.admin" in data


def test_the_proxy_request_id_reaches_the_app_log_with_the_client_address(site):
    response, _ = get(site, "/healthz")
    request_id = response.getheader("X-Request-ID")
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)  # nginx's $request_id, passed on and echoed
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and request_id not in site["app_log"].read_text():
        time.sleep(0.1)
    line = next(v for v in site["app_log"].read_text().splitlines() if request_id in v)
    logged = json.loads(line)
    assert logged["status"] == 200 and logged["remote_addr"] == "127.0.0.1"


def rewritten_units(tmp: Path) -> Path:
    folder = tmp / "units"
    folder.mkdir(exist_ok=True)
    for unit in (DEPLOY / "systemd").iterdir():
        (folder / unit.name).write_text(unit.read_text().replace("/opt/mou-review/.venv/bin/mou-review", MOU))
    return folder


def test_systemd_units_and_timer_verify(site):
    folder = rewritten_units(site["tmp"])
    names = sorted(str(p) for p in folder.iterdir())
    result = subprocess.run(["systemd-analyze", "verify", *names], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    timer = (DEPLOY / "systemd" / "mou-review-backup.timer").read_text()
    calendar = re.search(r"^OnCalendar=(.+)$", timer, re.M).group(1)
    assert subprocess.run(["systemd-analyze", "calendar", calendar], capture_output=True).returncode == 0


def test_backup_unit_command_and_the_restore_drill_on_both_databases(site):
    folder = site["tmp"] / "backups"
    command = exec_start(
        DEPLOY / "systemd" / "mou-review-backup.service",
        **{"--dir /var/backups/mou-review": f"--dir {folder}"},
    )
    result = subprocess.run(command, **site["run"])
    assert result.returncode == 0, result.stderr
    backups = sorted(folder.iterdir())
    assert len(backups) == 1 and "rows in" in result.stdout
    targets = [f"sqlite:///{site['tmp'] / 'drill.sqlite3'}"]
    base = os.environ.get("MOU_TEST_PG_URL") or os.environ.get("MOU_TEST_DATABASE_URL", "")
    if base.startswith("postgres"):
        from tests.app.test_backup import _pg_admin
        from tests.conftest import worker_suffix

        name = base.rsplit("/", 1)[1] + "_drill" + worker_suffix()
        _pg_admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
        targets.append(base.rsplit("/", 1)[0] + "/" + name)
    try:
        for target in targets:
            drill = subprocess.run(
                [str(ROOT / "scripts" / "restore_drill"), str(backups[-1]), target],
                env={**site["env"], "MOU": MOU},
                capture_output=True,
                text=True,
                timeout=180,
            )
            assert drill.returncode == 0, drill.stdout + drill.stderr
            assert "restore drill passed" in drill.stdout and "Same content" in drill.stdout
    finally:
        if len(targets) > 1:
            _pg_admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert len(targets) == 2 or not base, "PostgreSQL configured but the drill did not run on it"
