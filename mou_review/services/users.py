"""Parties, users, passwords, API tokens and login throttling."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ..domain.errors import N_, NotFound, PermissionDenied, ValidationError
from ..domain.types import Lang, Role
from ..models import ApiToken, LoginAttempt, Party, User, utcnow
from . import audit


@dataclass(frozen=True)
class PartySeed:
    """A party that exists as soon as the database is initialised."""

    code: str
    name_en: str
    name_fr: str
    country_en: str
    country_fr: str
    working_lang: Lang
    is_facilitator: bool = False


PARTIES = (
    PartySeed(
        "NAPTIP",
        "National Agency for the Prohibition of Trafficking in Persons",
        "Agence nationale pour l'interdiction de la traite des personnes",
        "Federal Republic of Nigeria",
        "République fédérale du Nigeria",
        Lang.EN,
    ),
    PartySeed(
        "ANLTP-TIM",
        "National Agency for the Fight against Trafficking in Persons and the Illicit Smuggling of Migrants",
        "Agence nationale de lutte contre la traite des personnes et le trafic illicite de migrants",
        "Republic of Niger",
        "République du Niger",
        Lang.FR,
    ),
    PartySeed(
        "ICMPD",
        "International Centre for Migration Policy Development",
        "Centre international pour le développement des politiques migratoires",
        "",
        "",
        Lang.EN,
        is_facilitator=True,
    ),
)

MIN_PASSWORD = 8
#: werkzeug's hashing method; the test suite lowers its cost to stay fast.
HASH_METHOD = "scrypt"


def ensure_parties(session: Session) -> None:
    """Create the three parties if they are missing (idempotent)."""
    existing = set(session.scalars(select(Party.code)))
    for seed in PARTIES:
        if seed.code not in existing:
            session.add(
                Party(
                    code=seed.code,
                    name_en=seed.name_en,
                    name_fr=seed.name_fr,
                    country_en=seed.country_en,
                    country_fr=seed.country_fr,
                    working_lang=str(seed.working_lang),
                    is_facilitator=seed.is_facilitator,
                )
            )
    session.commit()


def get_party(session: Session, code: str) -> Party:
    """Return a party by code or raise NotFound."""
    party = session.scalar(select(Party).where(Party.code == code))
    if party is None:
        raise NotFound(N_("No party has the code %(code)s."), code=code)
    return party


def get_user(session: Session, username: str) -> User:
    """Return a user by name or raise NotFound."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(N_("No user is called %(name)s."), name=username)
    return user


def check_password(password: str) -> None:
    """Refuse passwords that are too short."""
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(N_("A password needs at least %(n)s characters."), n=MIN_PASSWORD)


def add_user(
    session: Session,
    username: str,
    *,
    party_code: str,
    role: Role,
    password: str,
    display_name: str | None = None,
    actor: User | None = None,
    email: str | None = None,
) -> User:
    """Create a user of a party with a role (and an e-mail address for notices, if given)."""
    from ..domain.mail import normalise_address

    username = (username or "").strip()
    if (
        not username
        or len(username) > 80
        or not username.replace(".", "").replace("-", "").replace("_", "").isalnum()
    ):
        raise ValidationError(N_("A user name uses letters, digits, '.', '-' and '_' only."))
    if session.scalar(select(User.id).where(User.username == username)):
        raise ValidationError(N_("The user name %(name)s is taken."), name=username)
    party = get_party(session, party_code)
    role = Role(role)
    if role is Role.FACILITATOR and not party.is_facilitator:
        raise ValidationError(N_("Only the facilitating organisation's staff can be facilitators."))
    if role is Role.LEAD and party.is_facilitator:
        raise ValidationError(N_("A legal lead belongs to one of the two parties, not to the facilitator."))
    check_password(password)
    address = normalise_address(email)
    user = User(
        username=username,
        email=address,
        notify="immediate",
        display_name=display_name or username,
        party_id=party.id,
        role=str(role),
        password_hash=generate_password_hash(password, method=HASH_METHOD),
    )
    session.add(user)
    session.flush()
    audit.record(
        session, actor, "user.create", "user", user.id, detail={"role": str(role), "party": party.code}
    )
    session.commit()
    return user


def set_password(session: Session, user: User, password: str, actor: User | None = None) -> None:
    """Replace a user's password hash."""
    check_password(password)
    user.password_hash = generate_password_hash(password, method=HASH_METHOD)
    audit.record(session, actor, "user.set_password", "user", user.id)
    session.commit()


def set_language(session: Session, user: User, lang: Lang) -> None:
    """Record a user's preferred interface language."""
    user.preferred_lang = str(Lang(lang))
    session.commit()


def throttled(session: Session, username: str, *, max_failures: int, window_seconds: int) -> bool:
    """Return True when the name has failed too often within the window."""
    since = utcnow() - timedelta(seconds=window_seconds)
    last_success = session.scalar(
        select(func.max(LoginAttempt.created_at)).where(
            LoginAttempt.username == username, LoginAttempt.succeeded.is_(True)
        )
    )
    if last_success is not None and _aware(last_success) > since:
        since = _aware(last_success)
    failures = session.scalar(
        select(func.count(LoginAttempt.id)).where(
            LoginAttempt.username == username,
            LoginAttempt.succeeded.is_(False),
            LoginAttempt.created_at > since,
        )
    )
    return (failures or 0) >= max_failures


def _aware(moment):
    # SQLite returns naive datetimes for timezone-aware columns.

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def authenticate(
    session: Session,
    username: str,
    password: str,
    *,
    remote_addr: str = "",
    max_failures: int = 5,
    window_seconds: int = 900,
) -> User:
    """Return the user for valid credentials; record the attempt; refuse when throttled."""
    username = (username or "").strip()
    if throttled(session, username, max_failures=max_failures, window_seconds=window_seconds):
        raise PermissionDenied(
            N_("Too many failed attempts. Wait %(minutes)s minutes before trying again."),
            reason="throttled",
            minutes=window_seconds // 60,
        )
    user = session.scalar(select(User).where(User.username == username))
    ok = user is not None and user.active and check_password_hash(user.password_hash, password or "")
    session.add(LoginAttempt(username=username[:80], remote_addr=remote_addr[:64], succeeded=ok))
    if ok:
        audit.record(session, user, "user.login", "user", user.id)
    session.commit()
    if not ok:
        raise PermissionDenied(N_("Wrong user name or password."), reason="bad_credentials")
    return user


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, user: User, label: str = "") -> str:
    """Create a personal API token; return it in clear (it is stored hashed)."""
    token = "mou_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=_hash_token(token), label=label[:100]))
    audit.record(session, user, "token.create", "user", user.id)
    session.commit()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    """Return the active user owning a valid token, else None."""
    if not token:
        return None
    row = session.scalar(
        select(ApiToken).where(ApiToken.token_hash == _hash_token(token), ApiToken.revoked_at.is_(None))
    )
    if row is None or not row.user.active:
        return None
    return row.user
