"""The demo: users of every role and the two documents loaded from documents/."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import N_, ValidationError
from ..domain.source import load_document
from ..domain.types import Role
from ..models import Document, User
from . import users
from .documents import NewClause, create_document


@dataclass(frozen=True)
class DemoUser:
    """A demo account: who it is and the password it was given."""

    username: str
    display_name: str
    party: str
    role: Role
    password: str


DEMO_USERS = (
    ("naptip.lead", "Legal lead, NAPTIP", "NAPTIP", Role.LEAD),
    ("naptip.member", "Legal officer, NAPTIP", "NAPTIP", Role.MEMBER),
    ("anltp.lead", "Conseiller juridique principal, ANLTP-TIM", "ANLTP-TIM", Role.LEAD),
    ("anltp.member", "Juriste, ANLTP-TIM", "ANLTP-TIM", Role.MEMBER),
    ("icmpd.facilitator", "Project Manager, ICMPD", "ICMPD", Role.FACILITATOR),
    ("icmpd.admin", "Administrator, ICMPD", "ICMPD", Role.ADMIN),
    ("observer", "Observer", "ICMPD", Role.OBSERVER),
)

DEMO_DOCUMENTS = ("mou", "tor")


def demo_address(username: str) -> str:
    """Return a demo user's e-mail address (the reserved example.org domain: nothing can reach it)."""
    return f"{username}@demo.example.org"


def is_empty(session: Session) -> bool:
    """Return True when no user and no document exists yet."""
    return not session.scalar(select(func.count(User.id))) and not session.scalar(
        select(func.count(Document.id))
    )


def load_source_document(session: Session, folder: Path, slug: str) -> Document:
    """Create a document from documents/<slug>.en.txt and .fr.txt."""
    source = load_document(folder, slug)
    return create_document(
        session,
        None,
        slug=source.slug,
        kind=source.kind,
        title_en=source.title_en,
        title_fr=source.title_fr,
        clauses=[NewClause(c.kind, c.level, c.en, c.fr) for c in source.clauses],
        origin="seed",
    )


def seed_demo(session: Session, documents_dir: Path) -> list[DemoUser]:
    """Create the demo users and documents; refuse on a non-empty database."""
    users.ensure_parties(session)
    if not is_empty(session):
        raise ValidationError(
            N_("The database already holds users or documents; the demo is only loaded into an empty one."),
            reason="not_empty",
        )
    created = []
    for username, display, party, role in DEMO_USERS:
        password = secrets.token_urlsafe(9)
        users.add_user(
            session,
            username,
            party_code=party,
            role=role,
            password=password,
            display_name=display,
            email=demo_address(username),
        )
        created.append(DemoUser(username, display, party, role, password))
    for slug in DEMO_DOCUMENTS:
        load_source_document(session, documents_dir, slug)
    return created
