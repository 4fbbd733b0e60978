"""Small parsers of request values shared by several use cases (times and days).

Kept apart so that the use-case modules can share them without importing one
another (``sessions`` and ``signoff`` both need ``parse_day``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from ..domain.errors import N_, ValidationError


def aware(moment: datetime | None) -> datetime | None:
    """Return a stored time as timezone-aware UTC (SQLite gives naive values back)."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def parse_day(value: Any) -> date | None:
    """Parse an ISO date, or return None for an empty value."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(N_("Give the date as YYYY-MM-DD."), reason="bad_date") from None
