"""The amendment state machine and the rules on positions and adoption.

An amendment proposes to modify a clause, insert a new one or delete one, in
both languages.  It is ``open`` until the facilitator adopts it, another
amendment to the same clause is adopted (it is then ``superseded``), or its
party withdraws it.  Those three end states are final: a new proposal is a new
amendment, so the record of what was negotiated never changes.

Each negotiating party holds one current position on an open amendment
(accept, reject, or counter with a note).  Adoption needs every party's
current position to be ``accept`` and both language versions present, because
both are equally authentic and one cannot be adopted without the other.

Reason codes (in ``ValidationError.details["reasons"]``, ``InvalidTransition
.details["reason"]`` and in the list ``can_adopt`` returns):

``unknown_action``, ``unknown_event``, ``unknown_position``, ``invalid_transition``
``text_required``            modify/insert with no text in either language
``text_not_allowed``         delete with a text (a deletion carries none)
``rationale_required``       no rationale given
``text_too_long``, ``rationale_too_long``, ``note_too_long``
``note_required``            reject or counter without a note
``not_open``                 the amendment is no longer open
``translation_pending``      only one language version is given
``no_position:<PARTY>``      that party has taken no position yet
``not_accepted:<PARTY>``     that party's current position is reject or counter
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from types import MappingProxyType

from .errors import InvalidTransition, ValidationError
from .types import Lang


class AmendmentAction(StrEnum):
    """What an amendment does to its clause."""

    MODIFY = "modify"
    INSERT = "insert"
    DELETE = "delete"


class AmendmentStatus(StrEnum):
    """Where an amendment stands."""

    OPEN = "open"
    ADOPTED = "adopted"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"


class AmendmentEvent(StrEnum):
    """What can happen to an open amendment."""

    ADOPT = "adopt"
    SUPERSEDE = "supersede"
    WITHDRAW = "withdraw"


class Position(StrEnum):
    """A party's stance on an amendment."""

    ACCEPT = "accept"
    REJECT = "reject"
    COUNTER = "counter"


#: The negotiating parties whose acceptance adoption needs, by default.
PARTY_CODES: tuple[str, ...] = ("NAPTIP", "ANLTP-TIM")

#: (status, event) -> new status.  Only an open amendment moves.
TRANSITIONS: Mapping[tuple[AmendmentStatus, AmendmentEvent], AmendmentStatus] = MappingProxyType(
    {
        (AmendmentStatus.OPEN, AmendmentEvent.ADOPT): AmendmentStatus.ADOPTED,
        (AmendmentStatus.OPEN, AmendmentEvent.SUPERSEDE): AmendmentStatus.SUPERSEDED,
        (AmendmentStatus.OPEN, AmendmentEvent.WITHDRAW): AmendmentStatus.WITHDRAWN,
    }
)

# Generous bounds: a long article runs to a few thousand characters; the
# limits only stop pasting a whole document into one amendment.
MAX_TEXT = 20_000
MAX_RATIONALE = 5_000
MAX_NOTE = 5_000

_TEXT_ACTIONS = frozenset({AmendmentAction.MODIFY, AmendmentAction.INSERT})


def _given(text: str | None) -> bool:
    return bool(text and text.strip())


def transition(status: AmendmentStatus | str, event: AmendmentEvent | str) -> AmendmentStatus:
    """Return the status after ``event``; raise ``InvalidTransition`` if it cannot happen."""
    status = AmendmentStatus(status)
    try:
        event = AmendmentEvent(event)
    except ValueError:
        raise InvalidTransition(
            f"Unknown amendment event {event!r}.", reason="unknown_event", status=str(status)
        ) from None
    new = TRANSITIONS.get((status, event))
    if new is None:
        raise InvalidTransition(
            f"An amendment that is {status} cannot be given the event {event}.",
            reason="invalid_transition",
            status=str(status),
            event=str(event),
        )
    return new


def translation_pending(action: AmendmentAction | str, en_text: str | None, fr_text: str | None) -> bool:
    """Return whether a modify/insert amendment has its text in one language only."""
    if AmendmentAction(action) not in _TEXT_ACTIONS:
        return False
    return _given(en_text) != _given(fr_text)


def validate_proposal(
    action: AmendmentAction | str, en_text: str | None, fr_text: str | None, rationale: str | None
) -> None:
    """Raise ``ValidationError`` listing every reason the proposal is incomplete."""
    fields: dict[str, str] = {}
    try:
        action = AmendmentAction(action)
    except ValueError:
        fields["action"] = "unknown_action"
    else:
        if action in _TEXT_ACTIONS:
            # One language is enough to propose: the other may follow (the
            # amendment is then "translation pending" and cannot be adopted).
            if not _given(en_text) and not _given(fr_text):
                fields["text"] = "text_required"
        else:
            # A deletion carrying text would mislead a reader about what is adopted.
            for name, text in (("en_text", en_text), ("fr_text", fr_text)):
                if _given(text):
                    fields[name] = "text_not_allowed"
    for name, text in (("en_text", en_text), ("fr_text", fr_text)):
        if text and len(text) > MAX_TEXT and name not in fields:
            fields[name] = "text_too_long"
    if not _given(rationale):
        fields["rationale"] = "rationale_required"
    elif len(rationale or "") > MAX_RATIONALE:
        fields["rationale"] = "rationale_too_long"
    if fields:
        raise ValidationError(
            "The amendment is incomplete.", reasons=sorted(set(fields.values())), fields=fields
        )


def validate_position(position: Position | str, note: str | None) -> None:
    """Raise ``ValidationError`` unless the position is known and, if reject or counter, explained."""
    try:
        position = Position(position)
    except ValueError:
        raise ValidationError(
            f"Unknown position {position!r}.",
            reasons=["unknown_position"],
            fields={"position": "unknown_position"},
        ) from None
    # A rejection without a reason, or a counter without its wording, gives the
    # other party nothing to negotiate on.
    if position is not Position.ACCEPT and not _given(note):
        raise ValidationError(
            "Please give a reason.", reasons=["note_required"], fields={"note": "note_required"}
        )
    if note and len(note) > MAX_NOTE:
        raise ValidationError(
            "The note is too long.", reasons=["note_too_long"], fields={"note": "note_too_long"}
        )


def can_adopt(
    status: AmendmentStatus | str,
    positions: Mapping[str, Position | str | None],
    translation_pending: bool,
    party_codes: Sequence[str] = PARTY_CODES,
) -> tuple[bool, list[str]]:
    """Return whether the amendment can be adopted now, and the unmet conditions' reason codes."""
    unmet: list[str] = []
    if AmendmentStatus(status) is not AmendmentStatus.OPEN:
        unmet.append("not_open")
    for party in party_codes:
        position = positions.get(party)
        if position is None:
            unmet.append(f"no_position:{party}")
        elif Position(position) is not Position.ACCEPT:
            unmet.append(f"not_accepted:{party}")
    if translation_pending:
        unmet.append("translation_pending")
    return not unmet, unmet


def outdated_languages(
    action: AmendmentAction | str,
    base: Mapping[Lang, int | None],
    current: Mapping[Lang, int | None],
    texts: Mapping[Lang, str | None],
) -> list[Lang]:
    """Return the languages whose clause text changed after the amendment was written against it.

    An amendment written against an older text (one returned in a Word file exported
    before the clause changed, or proposed before a drafting edit) must not replace
    the newer text unnoticed.  An insertion has no base; a deletion removes every
    language; a modification only the languages it gives a text for.
    """
    action = AmendmentAction(action)
    if action is AmendmentAction.INSERT:
        return []
    out = []
    for lang in Lang:
        if action is AmendmentAction.MODIFY and not texts.get(lang):
            continue
        written, now = base.get(lang), current.get(lang)
        if written is not None and now is not None and written < now:
            out.append(lang)
    return out
