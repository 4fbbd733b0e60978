"""Minutes drafting in English and French, the 3-day rule, decisions, and the conditions for "agreed"."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from docx import Document as DocxDocument

from mou_review.domain import minutes as m
from mou_review.domain.errors import InvalidTransition, ValidationError
from mou_review.domain.types import DocumentStatus, Lang

START = datetime(2021, 6, 14, 9, 30, tzinfo=UTC)
PARTIES = (
    m.PartyName(
        "NAPTIP", "National Agency for the Prohibition of Trafficking in Persons", "Agence nationale NAPTIP"
    ),
    m.PartyName("ANLTP-TIM", "ANLTP-TIM (Niger)", "Agence nationale de lutte contre la traite des personnes"),
)
RECORD = m.MinutesRecord(
    title="JTWG review 3",
    document_title_en="Memorandum of Understanding",
    document_title_fr="Mémorandum d’entente",
    starts_at=START,
    call_link="https://meet.example.org/jtwg",
    parties=PARTIES,
    attendees=(
        m.Attendee("Zainab Bello", "NAPTIP", "NAPTIP"),
        m.Attendee("Issa Garba", "ANLTP-TIM", "ANLTP-TIM"),
        m.Attendee("Interpreter", "Freelance", None),
    ),
    items=(
        m.ItemRecord(
            "Article 3 — Definitions", "Article 3 — Définitions", (m.DecisionRecord(m.DecisionKind.AGREED),)
        ),
        m.ItemRecord(
            "4.2 — Exchange of data",
            "4.2 — Échange de données",
            (
                m.DecisionRecord(m.DecisionKind.DEFERRED, "awaiting the ministry"),
                m.DecisionRecord(
                    m.DecisionKind.ACTION,
                    "circulate the annex",
                    owner_party="ANLTP-TIM",
                    owner_person="Issa Garba",
                    due_on=date(2021, 7, 1),
                ),
            ),
        ),
        m.ItemRecord(
            "5 — Entry into force",
            "5 — Entrée en vigueur",
            (m.DecisionRecord(m.DecisionKind.AGREED_WITH_AMENDMENT, amendment_id=12),),
        ),
    ),
    next_meeting="28 June 2021",
)


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            Lang.EN,
            [
                "# Minutes of the review session: JTWG review 3",
                "Date and time: 14 June 2021, 09:30 UTC",
                "### National Agency for the Prohibition of Trafficking in Persons",
                "- Zainab Bello (NAPTIP)",
                "### Other participants",
                "- Agreed as it stands.",
                "- Deferred: awaiting the ministry",
                "- Action: circulate the annex (responsible: ANLTP-TIM (Niger), Issa Garba; due by 1 July 2021).",
                "- Agreed with amendment no. 12, adopted in the session.",
                "## Next meeting",
                "28 June 2021",
            ],
        ),
        (
            Lang.FR,
            [
                "# Procès-verbal de la séance d’examen\u00a0: JTWG review 3",
                "Date et heure\u00a0: 14 juin 2021 à 9\u00a0h\u00a030 (UTC)",
                "### Agence nationale de lutte contre la traite des personnes",
                "- Adopté en l’état.",
                "- Reporté\u00a0: awaiting the ministry",
                "échéance\u00a0: 1er juillet 2021).",
                "- Adopté tel que modifié par l’amendement n°\u00a012, retenu en séance.",
                "## Actions à mener",
            ],
        ),
    ],
)
def test_minutes_draft_contains_every_part_in_the_language(lang, expected):
    text = m.draft_minutes(RECORD, lang)
    for piece in expected:
        assert piece in text


def test_minutes_draft_lists_action_points_apart_with_their_item():
    text = m.draft_minutes(RECORD, Lang.EN)
    actions = text.split("## Action points")[1].split("## Next meeting")[0]
    assert actions.strip().startswith("- 4.2 — Exchange of data: Action: circulate the annex")


def test_minutes_draft_without_attendance_or_actions_says_so():
    empty = m.MinutesRecord("S", "D", "D", START, "", PARTIES, (), (m.ItemRecord("1", "1"),))
    text = m.draft_minutes(empty, Lang.FR)
    assert "Aucune présence enregistrée." in text and "Aucune action à mener." in text
    assert "- Aucune décision enregistrée." in text and "À confirmer." in text


def test_minutes_draft_mentions_the_approval_of_the_previous_minutes():
    record = m.MinutesRecord("S", "D", "D", START, "", PARTIES, (), (), previous_minutes="JTWG review 2")
    assert "Le procès-verbal de la séance «\u00a0JTWG review 2\u00a0» a été approuvé." in m.draft_minutes(
        record, Lang.FR
    )


@pytest.mark.parametrize(
    "body, kinds",
    [
        (
            "# T\n## S\n### U\n- b\np",
            [("heading", 1), ("heading", 2), ("heading", 3), ("bullet", 0), ("paragraph", 0)],
        ),
        ("\n\n#not a heading\n-not a bullet\n", [("paragraph", 0), ("paragraph", 0)]),
    ],
)
def test_minutes_parse_blocks_reads_the_markup(body, kinds):
    assert [(b.kind, b.level) for b in m.parse_blocks(body)] == kinds


@pytest.mark.parametrize("lang", list(Lang))
def test_minutes_docx_reopens_with_headings_bullets_and_language(lang):
    out = io.BytesIO()
    m.minutes_docx(m.draft_minutes(RECORD, lang), lang, out)
    doc = DocxDocument(io.BytesIO(out.getvalue()))
    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert styles[0][0] == "Title"
    assert any(name == "List Bullet" and "Zainab Bello" in text for name, text in styles)
    assert doc.core_properties.language == ("fr-FR" if lang is Lang.FR else "en-GB")


@pytest.mark.parametrize(
    "shared_after, now_after, state",
    [
        (None, timedelta(days=2), m.DeadlineState.DUE),
        (None, timedelta(days=3), m.DeadlineState.DUE),
        (None, timedelta(days=3, seconds=1), m.DeadlineState.OVERDUE),
        (timedelta(days=1), timedelta(days=9), m.DeadlineState.SHARED),
        (timedelta(days=4), timedelta(days=9), m.DeadlineState.SHARED_LATE),
    ],
)
def test_minutes_deadline_is_three_days_after_the_meeting(shared_after, now_after, state):
    shared = START + shared_after if shared_after else None
    assert m.minutes_deadline(START) == START + timedelta(days=3)
    assert m.deadline_state(START, shared, START + now_after) is state


@pytest.mark.parametrize(
    "kind, fields, reasons",
    [
        ("nope", {}, ["unknown_decision"]),
        ("deferred", {}, ["reason_required"]),
        ("agreed_with_amendment", {}, ["amendment_required"]),
        (
            "action",
            {},
            ["action_required", "owner_party_required", "owner_person_required", "due_on_required"],
        ),
        (
            "action",
            {"note": "x", "owner_party": "XX", "owner_person": "p", "due_on": date(2021, 1, 1)},
            ["owner_party_required"],
        ),
    ],
)
def test_decision_validation_names_every_gap(kind, fields, reasons):
    with pytest.raises(ValidationError) as caught:
        m.validate_decision(kind, party_codes=["NAPTIP"], **fields)
    assert caught.value.details["reasons"] == reasons


def test_decision_validation_keeps_owner_only_for_actions():
    decision = m.validate_decision("agreed", note=" ok ", owner_party="NAPTIP", party_codes=["NAPTIP"])
    assert decision == m.DecisionRecord(m.DecisionKind.AGREED, "ok", None, None, "", None)


@pytest.mark.parametrize(
    "agenda, current, expected",
    [
        ([4, 7, 9], None, 4),
        ([4, 7, 9], 4, 7),
        ([4, 7, 9], 9, None),
        ([4, 7], 99, 4),
        ([], None, None),
    ],
)
def test_next_on_agenda(agenda, current, expected):
    assert m.next_on_agenda(agenda, current) == expected


@pytest.mark.parametrize(
    "signed, current, valid",
    [
        ((2, 3), (2, 3), True),
        ((2, 3), (3, 3), False),
        ((2, 3), (2, 4), False),
    ],
)
def test_signoff_valid_only_for_the_current_versions(signed, current, valid):
    assert m.signoff_valid(signed, current) is valid


def _clause(i, signed=("NAPTIP", "ANLTP-TIM"), amendments=0, errors=0):
    return m.ClauseReadiness(i, str(i), frozenset(signed), open_amendments=amendments, unwaived_errors=errors)


@pytest.mark.parametrize(
    "clauses, codes",
    [
        ([_clause(1), _clause(2)], []),
        ([_clause(1, signed=("NAPTIP",))], [("not_signed_off", "ANLTP-TIM", (1,))]),
        (
            [_clause(1, signed=())],
            [("not_signed_off", "NAPTIP", (1,)), ("not_signed_off", "ANLTP-TIM", (1,))],
        ),
        ([_clause(1), _clause(2, amendments=2)], [("open_amendments", None, (2,))]),
        ([_clause(1, errors=1), _clause(2, errors=3)], [("unwaived_errors", None, (1, 2))]),
    ],
)
def test_agreed_unmet_lists_every_condition(clauses, codes):
    unmet = m.agreed_unmet(clauses, ("NAPTIP", "ANLTP-TIM"))
    assert [(u.code, u.party, u.clause_ids) for u in unmet] == codes


@pytest.mark.parametrize(
    "current, target, error",
    [
        (DocumentStatus.DRAFTING, DocumentStatus.IN_REVIEW, None),
        (DocumentStatus.IN_REVIEW, DocumentStatus.AGREED, None),
        (DocumentStatus.AGREED, DocumentStatus.IN_REVIEW, None),
        (DocumentStatus.DRAFTING, DocumentStatus.SIGNED, InvalidTransition),
        (DocumentStatus.SIGNED, DocumentStatus.AGREED, InvalidTransition),
        (DocumentStatus.AGREED, DocumentStatus.SIGNED, ValidationError),  # no date nor place
    ],
)
def test_status_change_rules(current, target, error):
    if error is None:
        m.check_status_change(current, target)
    else:
        with pytest.raises(error):
            m.check_status_change(current, target)


def test_status_signed_needs_both_date_and_place():
    with pytest.raises(ValidationError) as caught:
        m.check_status_change(DocumentStatus.AGREED, DocumentStatus.SIGNED, place=" ")
    assert caught.value.details["reasons"] == ["place", "signed_on"]
    m.check_status_change(
        DocumentStatus.AGREED, DocumentStatus.SIGNED, place="Niamey", signed_on=date(2027, 1, 1)
    )
