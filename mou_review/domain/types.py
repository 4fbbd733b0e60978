"""Small shared vocabulary: languages, clause kinds, roles and statuses."""

from __future__ import annotations

from enum import StrEnum


class Lang(StrEnum):
    """A language of the instrument (and of the interface)."""

    EN = "en"
    FR = "fr"

    @property
    def other(self) -> Lang:
        """Return the other language of the pair."""
        return Lang.FR if self is Lang.EN else Lang.EN


class ClauseKind(StrEnum):
    """The kinds of clause a document tree is made of."""

    HEADING = "heading"
    RECITAL = "recital"
    ARTICLE = "article"
    PARAGRAPH = "paragraph"
    ITEM = "item"


#: The level a clause kind has when a source does not say otherwise.
DEFAULT_LEVEL: dict[ClauseKind, int] = {
    ClauseKind.HEADING: 1,
    ClauseKind.RECITAL: 1,
    ClauseKind.ARTICLE: 1,
    ClauseKind.PARAGRAPH: 2,
    ClauseKind.ITEM: 3,
}


class DocumentKind(StrEnum):
    """A Memorandum of Understanding or Terms of Reference."""

    MOU = "mou"
    TOR = "tor"


class DocumentStatus(StrEnum):
    """Where a document stands on the road to signature."""

    DRAFTING = "drafting"
    IN_REVIEW = "in_review"
    AGREED = "agreed"
    SIGNED = "signed"


class Role(StrEnum):
    """What a user may do; see ``domain.permissions`` for the table."""

    MEMBER = "member"
    LEAD = "lead"
    FACILITATOR = "facilitator"
    ADMIN = "admin"
    OBSERVER = "observer"
