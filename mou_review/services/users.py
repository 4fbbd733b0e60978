"""Parties, users, passwords, API tokens and login throttling."""

from __future__ import annotations

import functools
import hashlib
import math
import secrets
from dataclasses import dataclass
from datetime import UTC, timedelta

from sqlalchemy import func, select, update
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
    temporary: bool = False,
) -> User:
    """Create a user of a party with a role (and an e-mail address for notices, if given).

    A ``temporary`` password (chosen by an administrator) must be changed at first sign-in.
    """
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
        must_change_password=temporary,
    )
    session.add(user)
    session.flush()
    audit.record(
        session, actor, "user.create", "user", user.id, detail={"role": str(role), "party": party.code}
    )
    session.commit()
    return user


def end_sessions(session: Session, user: User) -> None:
    """End every browser session of the user (their cookies stop working at the next request)."""
    session.execute(update(User).where(User.id == user.id).values(session_epoch=User.session_epoch + 1))
    session.flush()
    session.refresh(user)


def load_session_user(session: Session, ident: str) -> User | None:
    """Return the active user a session cookie names, or None when that session has been ended."""
    user_id, _, epoch = str(ident or "").partition(":")
    if not (user_id.isdigit() and epoch.isdigit()) or len(user_id) > 18 or len(epoch) > 18:
        return None  # also every cookie made before sessions could be ended
    user = session.get(User, int(user_id))
    if user is None or not user.active or (user.session_epoch or 0) != int(epoch):
        return None
    return user


def set_password(
    session: Session, user: User, password: str, actor: User | None = None, *, temporary: bool = False
) -> None:
    """Replace a user's password and end their sessions; ``temporary`` makes them choose their own."""
    check_password(password)
    user.password_hash = generate_password_hash(password, method=HASH_METHOD)
    user.must_change_password = temporary
    end_sessions(session, user)
    audit.record(session, actor, "user.set_password", "user", user.id, detail={"temporary": temporary})
    session.commit()


def reset_password(session: Session, user: User, actor: User) -> str:
    """Give a user a generated temporary password (returned once) and end their sessions."""
    password = secrets.token_urlsafe(12)
    set_password(session, user, password, actor, temporary=True)
    return password


def change_own_password(session: Session, user: User, current: str, new: str) -> None:
    """Change one's own password (the current one required); every other session ends."""
    if not check_password_hash(user.password_hash, current or ""):
        raise PermissionDenied(N_("Your current password is not right."), reason="bad_password")
    check_password(new)
    if check_password_hash(user.password_hash, new):
        raise ValidationError(N_("Choose a password different from the current one."), reason="same_password")
    user.password_hash = generate_password_hash(new, method=HASH_METHOD)
    user.must_change_password = False
    end_sessions(session, user)
    audit.record(session, user, "user.change_password", "user", user.id)
    session.commit()


def set_active(session: Session, user: User, active: bool, actor: User | None = None) -> None:
    """Deactivate (or reactivate) a user: a deactivated user can neither sign in nor use a token."""
    if actor is not None and actor.id == user.id and not active:
        raise ValidationError(N_("You cannot deactivate your own account."), reason="self")
    user.active = active
    end_sessions(session, user)
    audit.record(session, actor, "user.activate" if active else "user.deactivate", "user", user.id)
    session.commit()


def logout(session: Session, user: User) -> None:
    """Sign the user out everywhere: every browser session of theirs ends."""
    end_sessions(session, user)
    audit.record(session, user, "user.logout", "user", user.id)
    session.commit()


def set_language(session: Session, user: User, lang: Lang) -> None:
    """Record a user's preferred interface language."""
    user.preferred_lang = str(Lang(lang))
    session.commit()


@dataclass(frozen=True)
class Throttle:
    """How login failures slow down further attempts for one (user name, client address)."""

    free_failures: int = 5
    base_delay: float = 2.0
    max_delay: float = 300.0
    window_seconds: int = 900

    def delay(self, failures: int) -> float:
        """Return the wait in seconds required after ``failures`` consecutive failures."""
        if failures < self.free_failures:
            return 0.0
        return min(self.base_delay * 2 ** (failures - self.free_failures), self.max_delay)


def wait_needed(session: Session, username: str, remote_addr: str, throttle: Throttle) -> int:
    """Return the seconds this name must still wait from this address (0: it may try now)."""
    now = utcnow()
    since = now - timedelta(seconds=throttle.window_seconds)
    pair = (LoginAttempt.username == username[:80], LoginAttempt.remote_addr == remote_addr[:64])
    last_success = session.scalar(
        select(func.max(LoginAttempt.created_at)).where(*pair, LoginAttempt.succeeded.is_(True))
    )
    if last_success is not None and _aware(last_success) > since:
        since = _aware(last_success)
    failures, last_failure = session.execute(
        select(func.count(LoginAttempt.id), func.max(LoginAttempt.created_at)).where(
            *pair, LoginAttempt.succeeded.is_(False), LoginAttempt.created_at > since
        )
    ).one()
    delay = throttle.delay(failures or 0)
    if not delay or last_failure is None:
        return 0
    remaining = delay - (now - _aware(last_failure)).total_seconds()
    return max(0, math.ceil(remaining))


def _aware(moment):
    # SQLite returns naive datetimes for timezone-aware columns.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@functools.cache
def _dummy_hash(method: str) -> str:
    return generate_password_hash(secrets.token_urlsafe(16), method=method)


def authenticate(
    session: Session,
    username: str,
    password: str,
    *,
    remote_addr: str = "",
    throttle: Throttle | None = None,
) -> User:
    """Return the user for valid credentials; record the attempt; make a throttled pair wait.

    Unknown and inactive names cost the same password hash as real ones, so the
    answer's timing tells nothing. Failures slow down only the same name from the same
    address (progressively): nobody elsewhere can lock a user out.
    """
    throttle = throttle or Throttle()
    username = (username or "").strip()
    wait = wait_needed(session, username, remote_addr, throttle)
    if wait:
        raise PermissionDenied(
            N_("Too many failed attempts. Wait %(seconds)s seconds before trying again."),
            reason="throttled",
            seconds=wait,
        )
    user = session.scalar(select(User).where(User.username == username[:80]))
    if user is None:
        check_password_hash(_dummy_hash(HASH_METHOD), password or "")
        ok = False
    else:
        ok = check_password_hash(user.password_hash, password or "") and bool(user.active)
    session.add(LoginAttempt(username=username[:80], remote_addr=remote_addr[:64], succeeded=ok))
    if ok:
        audit.record(session, user, "user.login", "user", user.id)
    session.commit()
    if not ok:
        raise PermissionDenied(N_("Wrong user name or password."), reason="bad_credentials")
    return user


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, user: User, label: str = "", *, expires_days: int | None = None) -> str:
    """Create a personal API token; return it in clear (it is stored hashed)."""
    if expires_days is not None and not 1 <= expires_days <= 3650:
        raise ValidationError(N_("A token expires after 1 to 3,650 days."), reason="bad_expiry")
    token = "mou_" + secrets.token_urlsafe(32)
    expires = utcnow() + timedelta(days=expires_days) if expires_days else None
    row = ApiToken(
        user_id=user.id, token_hash=_hash_token(token), label=(label or "")[:100], expires_at=expires
    )
    session.add(row)
    session.flush()
    audit.record(session, user, "token.create", "user", user.id, after_id=row.id)
    session.commit()
    return token


def list_tokens(session: Session, user: User) -> list[ApiToken]:
    """Return the user's API tokens, newest first (revoked and expired ones included)."""
    return list(
        session.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id.desc()))
    )


def token_state(token: ApiToken) -> str:
    """Return "revoked", "expired" or "active"."""
    if token.revoked_at is not None:
        return "revoked"
    if token.expires_at is not None and _aware(token.expires_at) <= utcnow():
        return "expired"
    return "active"


def revoke_tokens(
    session: Session, user: User, actor: User | None = None, *, token_id: int | None = None
) -> int:
    """Revoke one of the user's tokens (``token_id``) or all of them; return how many were revoked."""
    query = update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
    if token_id is not None:
        if (
            session.scalar(select(ApiToken.id).where(ApiToken.id == token_id, ApiToken.user_id == user.id))
            is None
        ):
            raise NotFound(N_("No token has the number %(id)s."), id=token_id)
        query = query.where(ApiToken.id == token_id)
    count = session.execute(query.values(revoked_at=utcnow())).rowcount
    audit.record(
        session, actor or user, "token.revoke", "user", user.id, detail={"token_id": token_id, "count": count}
    )
    session.commit()
    return count


#: A token's last use is written at most this often (a busy script would write on every call).
LAST_USED_STEP = timedelta(minutes=1)


def user_for_token(session: Session, token: str) -> User | None:
    """Return the active user owning a valid (not revoked, not expired) token, else None."""
    if not token or len(token) > 200:
        return None
    row = session.scalar(
        select(ApiToken).where(ApiToken.token_hash == _hash_token(token), ApiToken.revoked_at.is_(None))
    )
    if row is None or token_state(row) != "active" or not row.user.active:
        return None
    now = utcnow()
    if row.last_used_at is None or now - _aware(row.last_used_at) > LAST_USED_STEP:
        session.execute(update(ApiToken).where(ApiToken.id == row.id).values(last_used_at=now))
        session.commit()
    return row.user
