"""Tests for the amendment state machine, proposal and position checks, and adoption."""

from __future__ import annotations

import pytest

from mou_review.domain.amendments import (
    MAX_NOTE,
    MAX_RATIONALE,
    MAX_TEXT,
    AmendmentAction,
    AmendmentEvent,
    AmendmentStatus,
    Position,
    can_adopt,
    transition,
    translation_pending,
    validate_position,
    validate_proposal,
)
from mou_review.domain.errors import InvalidTransition, ValidationError

S, Ev = AmendmentStatus, AmendmentEvent

EN = "The Parties shall exchange information on victims of trafficking within thirty days."
FR = (
    "Les Parties échangent les informations relatives aux victimes de la traite dans un délai "
    "de trente jours, conformément à l'article 5, paragraphe 2, alinéa b)."
)
WHY = "Aligns the deadline with national procedure."

# Every (status, event) pair and its outcome: a status, or None for "refused".
TRANSITION_TABLE = [
    (S.OPEN, Ev.ADOPT, S.ADOPTED),
    (S.OPEN, Ev.SUPERSEDE, S.SUPERSEDED),
    (S.OPEN, Ev.WITHDRAW, S.WITHDRAWN),
    (S.ADOPTED, Ev.ADOPT, None),
    (S.ADOPTED, Ev.SUPERSEDE, None),
    (S.ADOPTED, Ev.WITHDRAW, None),
    (S.SUPERSEDED, Ev.ADOPT, None),
    (S.SUPERSEDED, Ev.SUPERSEDE, None),
    (S.SUPERSEDED, Ev.WITHDRAW, None),
    (S.WITHDRAWN, Ev.ADOPT, None),
    (S.WITHDRAWN, Ev.SUPERSEDE, None),
    (S.WITHDRAWN, Ev.WITHDRAW, None),
]


def test_transition_table_covers_every_pair() -> None:
    assert {(s, e) for s, e, _ in TRANSITION_TABLE} == {(s, e) for s in S for e in Ev}


@pytest.mark.parametrize(("status", "event", "after"), TRANSITION_TABLE)
def test_transition_moves_only_open_amendments(
    status: AmendmentStatus, event: AmendmentEvent, after: AmendmentStatus | None
) -> None:
    if after is not None:
        assert transition(status, event) is after
        # Plain strings from a form or the database work the same.
        assert transition(str(status), str(event)) is after
    else:
        with pytest.raises(InvalidTransition) as info:
            transition(status, event)
        assert info.value.details == {"reason": "invalid_transition", "status": status, "event": event}
        assert info.value.code == "invalid_transition"


@pytest.mark.parametrize("event", ["reopen", "ADOPT", ""])
def test_transition_refuses_unknown_event(event: str) -> None:
    with pytest.raises(InvalidTransition) as info:
        transition(S.OPEN, event)
    assert info.value.details["reason"] == "unknown_event"


@pytest.mark.parametrize(
    ("action", "en", "fr", "pending"),
    [
        (AmendmentAction.MODIFY, EN, FR, False),
        (AmendmentAction.MODIFY, EN, "", True),
        (AmendmentAction.MODIFY, None, FR, True),
        (AmendmentAction.MODIFY, EN, "  \n ", True),
        (AmendmentAction.INSERT, "", FR, True),
        (AmendmentAction.INSERT, EN, FR, False),
        (AmendmentAction.INSERT, "", "", False),  # incomplete, not pending: validate_proposal refuses it
        (AmendmentAction.DELETE, "", "", False),
        (AmendmentAction.DELETE, EN, "", False),
        ("modify", EN, None, True),
    ],
)
def test_translation_pending_when_one_language_only(
    action: AmendmentAction, en: str | None, fr: str | None, pending: bool
) -> None:
    assert translation_pending(action, en, fr) is pending


@pytest.mark.parametrize(
    ("action", "en", "fr", "why"),
    [
        (AmendmentAction.MODIFY, EN, FR, WHY),
        (AmendmentAction.MODIFY, EN, "", WHY),
        (AmendmentAction.INSERT, None, FR, "Complète le dispositif de coopération."),
        (AmendmentAction.DELETE, "", "", WHY),
        (AmendmentAction.DELETE, None, "  ", WHY),
        ("insert", EN, FR, WHY),
        (AmendmentAction.MODIFY, "x" * MAX_TEXT, FR, "r" * MAX_RATIONALE),
    ],
)
def test_validate_proposal_accepts_complete_proposals(
    action: AmendmentAction, en: str | None, fr: str | None, why: str
) -> None:
    validate_proposal(action, en, fr, why)


@pytest.mark.parametrize(
    ("action", "en", "fr", "why", "fields"),
    [
        (AmendmentAction.MODIFY, "", "", WHY, {"text": "text_required"}),
        (AmendmentAction.INSERT, " ", None, WHY, {"text": "text_required"}),
        (AmendmentAction.MODIFY, EN, FR, "", {"rationale": "rationale_required"}),
        (AmendmentAction.MODIFY, EN, FR, None, {"rationale": "rationale_required"}),
        (AmendmentAction.DELETE, EN, "", WHY, {"en_text": "text_not_allowed"}),
        (AmendmentAction.DELETE, EN, FR, WHY, {"en_text": "text_not_allowed", "fr_text": "text_not_allowed"}),
        (AmendmentAction.INSERT, "", "", "  ", {"text": "text_required", "rationale": "rationale_required"}),
        (AmendmentAction.MODIFY, "x" * (MAX_TEXT + 1), FR, WHY, {"en_text": "text_too_long"}),
        (AmendmentAction.MODIFY, EN, FR, "r" * (MAX_RATIONALE + 1), {"rationale": "rationale_too_long"}),
        ("replace", EN, FR, WHY, {"action": "unknown_action"}),
    ],
)
def test_validate_proposal_lists_every_problem(
    action: AmendmentAction, en: str | None, fr: str | None, why: str | None, fields: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as info:
        validate_proposal(action, en, fr, why)
    assert info.value.details["fields"] == fields
    assert info.value.details["reasons"] == sorted(set(fields.values()))


@pytest.mark.parametrize(
    ("position", "note"),
    [
        (Position.ACCEPT, None),
        (Position.ACCEPT, ""),
        (Position.ACCEPT, "D'accord sur le fond."),
        (Position.REJECT, "The deadline conflicts with our criminal procedure code."),
        (Position.COUNTER, "Proposer « soixante jours » au lieu de « trente jours »."),
        ("reject", "Not acceptable."),
        (Position.REJECT, "n" * MAX_NOTE),
    ],
)
def test_validate_position_accepts(position: Position, note: str | None) -> None:
    validate_position(position, note)


@pytest.mark.parametrize(
    ("position", "note", "reason"),
    [
        (Position.REJECT, None, "note_required"),
        (Position.REJECT, "", "note_required"),
        (Position.REJECT, " \n", "note_required"),
        (Position.COUNTER, None, "note_required"),
        (Position.ACCEPT, "n" * (MAX_NOTE + 1), "note_too_long"),
        ("abstain", "We abstain.", "unknown_position"),
    ],
)
def test_validate_position_refuses(position: Position | str, note: str | None, reason: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_position(position, note)
    assert info.value.details["reasons"] == [reason]


ACC, REJ, CTR = Position.ACCEPT, Position.REJECT, Position.COUNTER


@pytest.mark.parametrize(
    ("status", "positions", "pending", "unmet"),
    [
        (S.OPEN, {"NAPTIP": ACC, "ANLTP-TIM": ACC}, False, []),
        (S.OPEN, {"NAPTIP": "accept", "ANLTP-TIM": "accept", "ICMPD": None}, False, []),
        (S.OPEN, {"NAPTIP": ACC}, False, ["no_position:ANLTP-TIM"]),
        (S.OPEN, {"NAPTIP": ACC, "ANLTP-TIM": None}, False, ["no_position:ANLTP-TIM"]),
        (S.OPEN, {}, False, ["no_position:NAPTIP", "no_position:ANLTP-TIM"]),
        (S.OPEN, {"NAPTIP": REJ, "ANLTP-TIM": ACC}, False, ["not_accepted:NAPTIP"]),
        (S.OPEN, {"NAPTIP": ACC, "ANLTP-TIM": CTR}, False, ["not_accepted:ANLTP-TIM"]),
        (S.OPEN, {"NAPTIP": ACC, "ANLTP-TIM": ACC}, True, ["translation_pending"]),
        (S.ADOPTED, {"NAPTIP": ACC, "ANLTP-TIM": ACC}, False, ["not_open"]),
        (S.WITHDRAWN, {"NAPTIP": ACC, "ANLTP-TIM": ACC}, False, ["not_open"]),
        (
            S.SUPERSEDED,
            {"NAPTIP": CTR},
            True,
            ["not_open", "not_accepted:NAPTIP", "no_position:ANLTP-TIM", "translation_pending"],
        ),
    ],
)
def test_can_adopt_lists_unmet_conditions(
    status: AmendmentStatus, positions: dict, pending: bool, unmet: list[str]
) -> None:
    assert can_adopt(status, positions, pending) == (not unmet, unmet)


def test_can_adopt_uses_given_party_codes() -> None:
    assert can_adopt(S.OPEN, {"A": ACC, "B": ACC}, False, party_codes=("A", "B")) == (True, [])
    assert can_adopt(S.OPEN, {"A": ACC}, False, party_codes=("A", "B")) == (False, ["no_position:B"])


@pytest.mark.parametrize(
    ("action", "en", "fr", "adoptable"),
    [
        (AmendmentAction.DELETE, "", "", True),
        (AmendmentAction.MODIFY, EN, FR, True),
        (AmendmentAction.MODIFY, EN, "", False),
        (AmendmentAction.INSERT, "", FR, False),
    ],
)
def test_adoption_needs_both_languages_except_for_deletion(
    action: AmendmentAction, en: str, fr: str, adoptable: bool
) -> None:
    pending = translation_pending(action, en, fr)
    ok, _ = can_adopt(S.OPEN, {"NAPTIP": ACC, "ANLTP-TIM": ACC}, pending)
    assert ok is adoptable


@pytest.mark.parametrize(
    ("action", "base", "current", "texts", "outdated"),
    [
        ("modify", (1, 1), (1, 1), ("New.", None), []),
        ("modify", (1, 1), (2, 1), ("New.", None), ["en"]),
        ("modify", (1, 1), (1, 2), ("New.", None), []),  # French untouched by the amendment
        ("modify", (1, 1), (1, 2), ("New.", "Nouveau."), ["fr"]),
        ("delete", (1, 1), (1, 3), (None, None), ["fr"]),
        ("insert", (None, None), (4, 4), ("New.", "Nouveau."), []),
    ],
)
def test_outdated_languages_names_texts_changed_since_the_amendment_was_written(
    action, base, current, texts, outdated
) -> None:
    from mou_review.domain.amendments import outdated_languages
    from mou_review.domain.types import Lang

    found = outdated_languages(
        action,
        dict(zip(Lang, base, strict=True)),
        dict(zip(Lang, current, strict=True)),
        dict(zip(Lang, texts, strict=True)),
    )
    assert [str(lang) for lang in found] == outdated
