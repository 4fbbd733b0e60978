"""Extra data for the document page, contributed by feature modules.

Each provider takes (session, view, user) and returns a dict merged into the
template context; the lists ``clause_hooks`` (templates included in each
clause row, with ``row`` set) and ``page_hooks`` (included once above the
clauses) add up across providers.  Providers must run a constant number of queries whatever
the number of clauses: the document page is tested for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

Provider = Callable[[Session, Any, Any], dict[str, Any]]
_PROVIDERS: list[Provider] = []


def provider(function: Provider) -> Provider:
    """Register a page-context provider (decorator)."""
    _PROVIDERS.append(function)
    return function


def collect(session: Session, view: Any, user: Any) -> dict[str, Any]:
    """Run every provider and merge their contexts."""
    context: dict[str, Any] = {"clause_hooks": [], "page_hooks": []}
    for function in _PROVIDERS:
        extra = function(session, view, user)
        # Template hooks add up; every other key is the provider's own.
        for key in ("clause_hooks", "page_hooks"):
            context[key].extend(extra.pop(key, []))
        context.update(extra)
    return context
