"""Configuration defaults; instance/config.py and the environment override them.

Nothing here is read at import time from the environment: ``load_config``
does it when the app is created, so tests can set their own values.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

#: The repository root: documents/, templates/ and static/ live here.
ROOT = Path(__file__).resolve().parent.parent


class Defaults:
    """Settings every deployment starts from."""

    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SQLALCHEMY_ENGINE_OPTIONS: dict = {}
    WTF_CSRF_TIME_LIMIT = None  # a form left open in a long meeting must still submit
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_SUPPORTED_LOCALES = ("en", "fr")
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SAMESITE = "Lax"
    MAX_CONTENT_LENGTH = 64 * 1024 * 1024  # hard cap; DOCX and model limits are checked below it
    MAX_DOCX_BYTES = 10 * 1024 * 1024
    MAX_DOCX_PARAGRAPHS = 20_000  # per file: a longer one is refused with a message (split it)
    DOCX_IMPORT_SECONDS = 300  # reading and pairing stop after this, with a message
    DOCX_INLINE_PARAGRAPHS = (
        1_500  # English + French paragraphs above which the page imports in the background
    )
    DOCX_IMPORT_MEMORY_MB = 2_048  # address-space limit of a background import process
    MAX_MODEL_BYTES = 500 * 1024 * 1024
    LOGIN_MAX_FAILURES = 5  # failures (same name, same address) before each try must wait
    LOGIN_BASE_DELAY_SECONDS = 2.0  # the first wait; it doubles with each further failure
    LOGIN_MAX_DELAY_SECONDS = 300.0  # and never exceeds this
    LOGIN_WINDOW_SECONDS = 15 * 60  # failures older than this are forgotten
    DOCUMENTS_DIR = str(ROOT / "documents")
    ARGOS_DIR: str | None = None  # default: <instance>/argos
    HTTPS = False  # MOU_HTTPS=1 behind TLS: Secure cookies and HSTS
    TRUSTED_PROXIES = 0  # MOU_TRUSTED_PROXIES=N: reverse proxies whose X-Forwarded-* headers are believed
    # Notifications: without MAIL_SERVER, messages are written to MAIL_OUTBOX_DIR (<instance>/outbox).
    MAIL_SERVER: str | None = None
    MAIL_PORT: int | None = None  # 25, or 587 with MAIL_USE_TLS
    MAIL_FROM = "JTWG secretariat – ICMPD <secretariat@mou-review.example>"
    MAIL_USE_TLS = False
    MAIL_USERNAME: str | None = None
    MAIL_PASSWORD: str | None = None
    MAIL_TIMEOUT = 30
    MAIL_OUTBOX_DIR: str | None = None
    MAIL_POLL_SECONDS = 5.0
    DIGEST_HOUR = 6  # UTC
    #: The address links in e-mails point to (no request is there to tell it).
    BASE_URL = "http://127.0.0.1:5000"


def secret_key(instance_path: Path) -> str:
    """Return the instance's secret key, generating it into instance/ on first start."""
    path = instance_path / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    # O_EXCL: two workers starting at once must agree on one key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def normalise_database_url(url: str) -> str:
    """Make a postgres:// or postgresql:// URL use the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def apply_environment(config: dict, environ: os._Environ | dict) -> None:
    """Override settings from the environment (DATABASE_URL, SECRET_KEY, MOU_*)."""
    if environ.get("DATABASE_URL"):
        config["SQLALCHEMY_DATABASE_URI"] = environ["DATABASE_URL"]
    if environ.get("SECRET_KEY"):
        config["SECRET_KEY"] = environ["SECRET_KEY"]
    for key in (
        "MAX_DOCX_BYTES",
        "MAX_MODEL_BYTES",
        "MAX_DOCX_PARAGRAPHS",
        "DOCX_IMPORT_SECONDS",
        "DOCX_INLINE_PARAGRAPHS",
        "DOCX_IMPORT_MEMORY_MB",
    ):
        if environ.get(f"MOU_{key}"):
            config[key] = int(environ[f"MOU_{key}"])
    if environ.get("MOU_HTTPS"):
        config["HTTPS"] = environ["MOU_HTTPS"].strip().lower() in ("1", "true", "yes", "on")
    if environ.get("MOU_TRUSTED_PROXIES"):
        config["TRUSTED_PROXIES"] = int(environ["MOU_TRUSTED_PROXIES"])
    if environ.get("MOU_ARGOS_DIR"):
        config["ARGOS_DIR"] = environ["MOU_ARGOS_DIR"]
    for key in ("MAIL_SERVER", "MAIL_FROM", "MAIL_USERNAME", "MAIL_PASSWORD", "MAIL_OUTBOX_DIR"):
        if environ.get(key):
            config[key] = environ[key]
    if environ.get("MAIL_PORT"):
        config["MAIL_PORT"] = int(environ["MAIL_PORT"])
    if environ.get("MAIL_USE_TLS"):
        config["MAIL_USE_TLS"] = environ["MAIL_USE_TLS"].strip().lower() in ("1", "true", "yes", "on")
    if environ.get("MOU_BASE_URL"):
        config["BASE_URL"] = environ["MOU_BASE_URL"].rstrip("/")
