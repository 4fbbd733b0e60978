"""Turn a user row into the domain's view of who is acting."""

from __future__ import annotations

from ..domain.permissions import Actor
from ..domain.types import Role
from ..models import User


def actor_of(user: User) -> Actor:
    """Return the domain Actor for a user."""
    return Actor(
        user_id=user.id,
        role=Role(user.role),
        party_code=user.party.code,
        party_is_facilitator=user.party.is_facilitator,
    )
