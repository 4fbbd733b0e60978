"""The API's request bodies, declared once: enforced by ``@accepts`` and published in the OpenAPI document.

Types, ranges and lengths are checked here; choices whose refusal has its own
message in the domain (a language, a kind of amendment, a position, a status)
are typed as short texts here and judged by the domain rules, which name the
allowed values in the user's language.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from ..validation import Id, Schema, Text, Version

# Lengths: generous ceilings above each domain limit, so the domain's own message shows first.
SHORT = 40
TEXT = 50_000
NOTE = 10_000

#: A clause level (1 = top).
Level = Annotated[int, Field(strict=True, ge=1, le=20)]


class Base(Schema):
    """The clause versions a change was based on."""

    en: Version | None = None
    fr: Version | None = None


class CommentIn(Schema):
    lang: Text(SHORT) | None = Field(None, description='"en", "fr" or "both"')
    body: Text(NOTE) | None = None
    parent_id: Id | None = None
    base: Base | None = None


class CommentEditIn(Schema):
    body: Text(NOTE) | None = None
    revision: Version | None = None


class RevisionIn(Schema):
    revision: Version | None = None


class AmendmentIn(Schema):
    action: Text(SHORT) | None = Field(None, description='"modify" (default), "insert" or "delete"')
    en: Text(TEXT) | None = None
    fr: Text(TEXT) | None = None
    rationale: Text(NOTE) | None = None
    base: Base | None = None
    kind: Text(SHORT) | None = Field(None, description="for an insertion: the new clause's kind")
    level: Level | None = None


class AmendmentTextIn(Schema):
    lang: Text(SHORT) | None = Field(None, description='"en" or "fr"')
    text: Text(TEXT) | None = None
    revision: Version | None = None


class PositionIn(Schema):
    position: Text(SHORT) | None = Field(None, description='"accept", "reject" or "counter"')
    note: Text(NOTE) | None = None
    revision: Version | None = None
    party: Text(SHORT) | None = None
    en: Text(TEXT) | None = None
    fr: Text(TEXT) | None = None


class AdoptIn(Schema):
    base: Base | None = None


class SessionIn(Schema):
    title: Text(1_000) | None = None
    starts_at: Text(SHORT) | None = Field(None, description="ISO date-time; without an offset, UTC")
    agenda: Annotated[list[Id], Field(max_length=5_000)] | Literal["auto"] | None = None
    call_link: Text(2_000) | None = None
    next_meeting: Text(1_000) | None = None


class RescheduleIn(Schema):
    starts_at: Text(SHORT) | None = None
    title: Text(1_000) | None = None
    call_link: Text(2_000) | None = None


class AdvanceIn(Schema):
    to: Id | None = None


class DecisionIn(Schema):
    clause_id: Id | None = None
    decision: Text(SHORT) | None = Field(
        None, description='"agreed", "agreed_with_amendment", "deferred" or "action"'
    )
    note: Text(NOTE) | None = None
    amendment_id: Id | None = None
    base: Base | None = None
    owner_party: Text(SHORT) | None = None
    owner_person: Text(300) | None = None
    due_on: Text(SHORT) | None = Field(None, description="YYYY-MM-DD")


class SignOffIn(Schema):
    base: Base | None = None


class StatusIn(Schema):
    status: Text(SHORT) | None = Field(None, description='"drafting", "in_review", "agreed" or "signed"')
    place: Text(1_000) | None = None
    signed_on: Text(SHORT) | None = Field(None, description="YYYY-MM-DD")


class TranslateIn(Schema):
    text: Text(TEXT) | None = None
    source: Text(SHORT) | None = None
    target: Text(SHORT) | None = None


class TitleIn(Schema):
    en: Text(1_000) | None = None
    fr: Text(1_000) | None = None


class ClauseIn(Schema):
    kind: Text(SHORT) | None = None
    level: Level | None = None
    en: Text(TEXT) | None = None
    fr: Text(TEXT) | None = None


class DocumentIn(Schema):
    slug: Text(200) | None = None
    kind: Text(SHORT) | None = None
    title: TitleIn | None = None
    #: Each clause is {"kind", "level"?, "en", "fr"} (see ClauseIn); the domain checks them one by one,
    #: naming the clause ("Clause 2: the level ...") in the user's language.
    clauses: Annotated[list[Any], Field(max_length=5_000, description="[ClauseIn, ...]")] | None = None
