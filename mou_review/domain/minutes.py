"""Minutes of a review session, the 3-day rule, and the conditions for "agreed".

Pure functions over plain records, so they are tested without the app:

- ``draft_minutes(record, lang)`` writes the minutes of a meeting in English or
  French as plain text with a very small line markup (``# `` title, ``## ``
  section, ``### `` sub-section, ``- `` bullet, anything else a paragraph).
  The facilitator edits that text in the browser; ``parse_blocks`` reads it
  back, so the page and the DOCX (``minutes_docx``) always show the version
  that was saved, edited or not.
- ``minutes_deadline`` / ``deadline_state``: the ToR wants minutes in both
  languages within 3 days of the meeting.
- ``agreed_unmet`` lists every condition that stops a document from becoming
  ``agreed``; ``check_status_change`` rules on the other transitions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import BinaryIO

from .docx_export import format_date
from .errors import N_, InvalidTransition, ValidationError
from .types import DocumentStatus, Lang

#: The ToR's deadline for sharing the minutes, counted from the meeting's start.
MINUTES_DEADLINE = timedelta(days=3)
NBSP = "\u00a0"
NNBSP = "\u202f"


class DecisionKind(StrEnum):
    """What the meeting decided on an agenda item."""

    AGREED = "agreed"
    AGREED_WITH_AMENDMENT = "agreed_with_amendment"
    DEFERRED = "deferred"
    ACTION = "action"


class DeadlineState(StrEnum):
    """Where the minutes stand against the 3-day deadline."""

    DUE = "due"  # not shared yet, deadline still ahead
    OVERDUE = "overdue"  # not shared, deadline passed
    SHARED = "shared"  # shared in time
    SHARED_LATE = "shared_late"
    SHARED_EARLY = "shared_early"  # shared before the meeting even started: not minutes of it


# --- records the service builds ------------------------------------------------


@dataclass(frozen=True)
class Attendee:
    """One person at the meeting."""

    name: str
    organisation: str
    party_code: str | None  # None: a guest outside the three parties


@dataclass(frozen=True)
class PartyName:
    """A party as the minutes name it."""

    code: str
    name_en: str
    name_fr: str

    def name(self, lang: Lang) -> str:
        """Return the party's name in one language."""
        return self.name_en if lang is Lang.EN else self.name_fr


@dataclass(frozen=True)
class DecisionRecord:
    """A decision on an agenda item."""

    kind: DecisionKind
    note: str = ""
    amendment_id: int | None = None
    owner_party: str | None = None
    owner_person: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class ItemRecord:
    """An agenda item: the clause's label in both languages and its decisions."""

    label_en: str
    label_fr: str
    decisions: tuple[DecisionRecord, ...] = ()

    def label(self, lang: Lang) -> str:
        """Return the item's label in one language."""
        return self.label_en if lang is Lang.EN else self.label_fr


@dataclass(frozen=True)
class MinutesRecord:
    """Everything the minutes are drafted from."""

    title: str
    document_title_en: str
    document_title_fr: str
    starts_at: datetime
    call_link: str
    parties: tuple[PartyName, ...]
    attendees: tuple[Attendee, ...]
    items: tuple[ItemRecord, ...]
    next_meeting: str = ""
    previous_minutes: str | None = None  # title of the session whose minutes this one approved

    def document_title(self, lang: Lang) -> str:
        """Return the document's title in one language."""
        return self.document_title_en if lang is Lang.EN else self.document_title_fr


# --- words ------------------------------------------------------------------------

_W = {
    Lang.EN: {
        "minutes": "Minutes of the review session",
        "document": "Document",
        "date": "Date and time",
        "link": "Call link",
        "attendance": "Attendance",
        "others": "Other participants",
        "nobody": "No attendance recorded.",
        "previous": "Approval of the minutes of the previous session",
        "approved": "The minutes of “{title}” were approved.",
        "agenda": "Agenda items and decisions",
        "no_decision": "No decision recorded.",
        "actions": "Action points",
        "no_actions": "No action points.",
        "next": "Next meeting",
        "next_tbd": "To be confirmed.",
        "agreed": "Agreed as it stands.",
        "agreed_with_amendment": "Agreed with amendment no. {amendment}, adopted in the session.",
        "deferred": "Deferred: {note}",
        "action": "Action: {note} (responsible: {owner}{person}; due by {due}).",
        "no_due": "no date set",
        "note": "Note: {note}",
    },
    Lang.FR: {
        "minutes": "Procès-verbal de la séance d’examen",
        "document": "Document",
        "date": "Date et heure",
        "link": "Lien de la réunion",
        "attendance": "Participants",
        "others": "Autres participants",
        "nobody": "Aucune présence enregistrée.",
        "previous": "Approbation du procès-verbal de la séance précédente",
        "approved": f"Le procès-verbal de la séance «{NBSP}{{title}}{NBSP}» a été approuvé.",
        "agenda": "Points de l’ordre du jour et décisions",
        "no_decision": "Aucune décision enregistrée.",
        "actions": "Actions à mener",
        "no_actions": "Aucune action à mener.",
        "next": "Prochaine réunion",
        "next_tbd": "À confirmer.",
        "agreed": "Adopté en l’état.",
        "agreed_with_amendment": f"Adopté tel que modifié par l’amendement n°{NBSP}{{amendment}}, retenu en séance.",
        "deferred": f"Reporté{NBSP}: {{note}}",
        "action": f"Action{NBSP}: {{note}} (responsable{NBSP}: {{owner}}{{person}}{NBSP}; échéance{NBSP}: {{due}}).",
        "no_due": "date non fixée",
        "note": f"Observation{NBSP}: {{note}}",
    },
}  # fmt: skip


def format_moment(moment: datetime, lang: Lang) -> str:
    """Return a meeting time as the minutes write it: "14 June 2021, 10:00 UTC" / "14 juin 2021 à 10 h 00 (UTC)"."""
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    day = format_date(moment.date(), lang)
    if lang is Lang.FR:
        return f"{day} à {moment.hour}{NBSP}h{NBSP}{moment.minute:02d} (UTC)"
    return f"{day}, {moment.hour:02d}:{moment.minute:02d} UTC"


def decision_sentence(decision: DecisionRecord, lang: Lang, parties: Sequence[PartyName] = ()) -> str:
    """Return one decision as a sentence of the minutes."""
    words = _W[lang]
    note = decision.note.strip()
    if decision.kind is DecisionKind.AGREED:
        text = words["agreed"]
        return f"{text} {words['note'].format(note=note)}" if note else text
    if decision.kind is DecisionKind.AGREED_WITH_AMENDMENT:
        text = words["agreed_with_amendment"].format(amendment=decision.amendment_id or "?")
        return f"{text} {words['note'].format(note=note)}" if note else text
    if decision.kind is DecisionKind.DEFERRED:
        return words["deferred"].format(note=note)
    by_code = {p.code: p for p in parties}
    owner = (
        by_code[decision.owner_party].name(lang)
        if decision.owner_party in by_code
        else (decision.owner_party or "")
    )
    person = f", {decision.owner_person}" if decision.owner_person else ""
    due = format_date(decision.due_on, lang) if decision.due_on else words["no_due"]
    return words["action"].format(note=note, owner=owner, person=person, due=due)


def draft_minutes(record: MinutesRecord, lang: Lang) -> str:
    """Write the draft minutes of a meeting in one language (the line markup above)."""
    words = _W[lang]
    lines = [
        f"# {words['minutes']}: {record.title}"
        if lang is Lang.EN
        else f"# {words['minutes']}{NBSP}: {record.title}",
        _field(words["document"], record.document_title(lang), lang),
        _field(words["date"], format_moment(record.starts_at, lang), lang),
    ]
    if record.call_link:
        lines.append(_field(words["link"], record.call_link, lang))
    lines += ["", f"## {words['attendance']}"]
    if not record.attendees:
        lines.append(words["nobody"])
    groups: list[tuple[str, list[Attendee]]] = [
        (party.name(lang), [a for a in record.attendees if a.party_code == party.code])
        for party in record.parties
    ]
    known = {p.code for p in record.parties}
    groups.append((words["others"], [a for a in record.attendees if a.party_code not in known]))
    for heading, people in groups:
        if not people:
            continue
        lines.append(f"### {heading}")
        for person in sorted(people, key=lambda a: a.name.casefold()):
            lines.append(f"- {person.name}" + (f" ({person.organisation})" if person.organisation else ""))
    if record.previous_minutes:
        lines += ["", f"## {words['previous']}", words["approved"].format(title=record.previous_minutes)]
    lines += ["", f"## {words['agenda']}"]
    for item in record.items:
        lines.append(f"### {item.label(lang)}")
        if not item.decisions:
            lines.append(f"- {words['no_decision']}")
        for decision in item.decisions:
            lines.append(f"- {decision_sentence(decision, lang, record.parties)}")
    lines += ["", f"## {words['actions']}"]
    actions = [(item, d) for item in record.items for d in item.decisions if d.kind is DecisionKind.ACTION]
    if not actions:
        lines.append(words["no_actions"])
    for item, decision in actions:
        sep = f"{NBSP}: " if lang is Lang.FR else ": "
        lines.append(f"- {item.label(lang)}{sep}{decision_sentence(decision, lang, record.parties)}")
    lines += ["", f"## {words['next']}", record.next_meeting.strip() or words["next_tbd"]]
    return "\n".join(lines) + "\n"


def _field(name: str, value: str, lang: Lang) -> str:
    return f"{name}{NBSP}: {value}" if lang is Lang.FR else f"{name}: {value}"


# --- one record, two languages ---------------------------------------------------------


def merge_record_change(saved: str, old_draft: str, new_draft: str) -> str | None:
    """Carry a change of the record into minutes someone has edited; None when it cannot be placed.

    ``old_draft`` and ``new_draft`` are the drafts of the record before and after the change (an
    attendee, a decision, an action, the next meeting).  Each changed run of lines is applied to
    ``saved`` where its neighbourhood is found unchanged: inserted after the same line, or replacing
    the same lines.  An edit that moved or reworded those lines leaves the change unplaced (None),
    and the page then says what the text lacks.
    """
    import difflib

    old, new = old_draft.splitlines(), new_draft.splitlines()
    body = saved.rstrip("\n").splitlines()
    stripped = [line.strip() for line in body]
    edits: list[tuple[int, int, list[str]]] = []  # (start, end) in body replaced by lines
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag == "insert":
            if i1 == 0:
                return None
            anchor = old[i1 - 1].strip()
            hits = [k for k, line in enumerate(stripped) if line == anchor]
            if len(hits) != 1:
                return None
            edits.append((hits[0] + 1, hits[0] + 1, new[j1:j2]))
            continue
        run = [line.strip() for line in old[i1:i2]]
        starts = [k for k in range(len(stripped) - len(run) + 1) if stripped[k : k + len(run)] == run]
        if len(starts) != 1:
            return None
        edits.append((starts[0], starts[0] + len(run), new[j1:j2]))
    for start, end, lines in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        body[start:end] = lines
    return "\n".join(body) + "\n"


def record_gaps(record: MinutesRecord, body: str, lang: Lang) -> list[str]:
    """Return what the record holds that a language's minutes do not mention (names, decisions, actions)."""
    text = " ".join(body.split()).casefold()
    wanted = [a.name for a in record.attendees]
    for item in record.items:
        for decision in item.decisions:
            wanted.append(decision_sentence(decision, lang, record.parties))
    if record.next_meeting.strip():
        wanted.append(record.next_meeting.strip())
    return [w for w in wanted if " ".join(w.split()).casefold() not in text]


# --- reading the markup back: page and DOCX ------------------------------------------


@dataclass(frozen=True)
class Block:
    """A block of the minutes: a heading (level 1-3), a bullet or a paragraph."""

    kind: str  # "heading", "bullet", "paragraph"
    text: str
    level: int = 0


def parse_blocks(body: str) -> list[Block]:
    """Read minutes text into blocks (blank lines separate nothing but are dropped)."""
    blocks: list[Block] = []
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        marks = len(line) - len(line.lstrip("#"))
        if 1 <= marks <= 3 and line[marks : marks + 1] == " ":
            blocks.append(Block("heading", line[marks + 1 :].strip(), marks))
        elif line.startswith("- "):
            blocks.append(Block("bullet", line[2:].strip()))
        else:
            blocks.append(Block("paragraph", line))
    return blocks


def minutes_docx(body: str, lang: Lang, out: BinaryIO) -> None:
    """Write minutes text as a DOCX (headings, bullets, paragraphs) to ``out``."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    doc.core_properties.language = "fr-FR" if lang is Lang.FR else "en-GB"
    doc.core_properties.author = "mou-review"
    for block in parse_blocks(body):
        if block.kind == "heading":
            if block.level == 1:
                doc.core_properties.title = block.text[:255]
            doc.add_heading(block.text, level=block.level - 1 if block.level > 1 else 0)
        elif block.kind == "bullet":
            doc.add_paragraph(block.text, style="List Bullet")
        else:
            doc.add_paragraph(block.text)
    doc.save(out)


# --- the 3-day rule ---------------------------------------------------------------------


def minutes_deadline(starts_at: datetime) -> datetime:
    """Return when the minutes must be shared: the meeting's start plus 3 days."""
    return starts_at + MINUTES_DEADLINE


def deadline_state(starts_at: datetime, shared_at: datetime | None, now: datetime) -> DeadlineState:
    """Return where the minutes stand against the deadline at ``now``."""
    deadline = minutes_deadline(starts_at)
    if shared_at is not None:
        if shared_at < starts_at:
            return DeadlineState.SHARED_EARLY
        return DeadlineState.SHARED if shared_at <= deadline else DeadlineState.SHARED_LATE
    return DeadlineState.DUE if now <= deadline else DeadlineState.OVERDUE


def check_can_share(starts_at: datetime, now: datetime) -> None:
    """Raise InvalidTransition when the meeting has not started: its minutes cannot be shared yet."""
    if now < starts_at:
        raise InvalidTransition(
            N_("The meeting has not started yet: its minutes are shared after it."),
            reason="meeting_not_started",
        )


# --- decisions ------------------------------------------------------------------------------


def validate_decision(
    kind: str,
    *,
    note: str = "",
    amendment_id: int | None = None,
    owner_party: str | None = None,
    owner_person: str = "",
    due_on: date | None = None,
    party_codes: Iterable[str] = (),
) -> DecisionRecord:
    """Check a decision's fields for its kind and return it; raise ValidationError naming every gap."""
    try:
        decision_kind = DecisionKind(kind)
    except ValueError:
        raise ValidationError(
            N_("Unknown kind of decision."), reason="unknown_decision", reasons=["unknown_decision"]
        ) from None
    reasons = []
    note = (note or "").strip()
    if decision_kind is DecisionKind.AGREED_WITH_AMENDMENT and amendment_id is None:
        reasons.append("amendment_required")
    if decision_kind is DecisionKind.DEFERRED and not note:
        reasons.append("reason_required")
    if decision_kind is DecisionKind.ACTION:
        if not note:
            reasons.append("action_required")
        if owner_party not in set(party_codes):
            reasons.append("owner_party_required")
        if not (owner_person or "").strip():
            reasons.append("owner_person_required")
        if due_on is None:
            reasons.append("due_on_required")
    if reasons:
        raise ValidationError(_DECISION_MESSAGES[reasons[0]], reason=reasons[0], reasons=reasons)
    return DecisionRecord(
        decision_kind,
        note,
        amendment_id,
        owner_party if decision_kind is DecisionKind.ACTION else None,
        (owner_person or "").strip(),
        due_on,
    )


_DECISION_MESSAGES = {
    "amendment_required": N_("Say which amendment is adopted."),
    "reason_required": N_("Give the reason for deferring the item."),
    "action_required": N_("Describe the action to take."),
    "owner_party_required": N_("Say which party is responsible for the action."),
    "owner_person_required": N_("Name the person responsible for the action."),
    "due_on_required": N_("Give the date by which the action is due."),
}


def next_on_agenda(agenda: Sequence[int], current: int | None) -> int | None:
    """Return the clause after ``current`` on the agenda (the first if none; None past the end)."""
    if not agenda:
        return None
    if current not in agenda:
        return agenda[0]
    index = agenda.index(current)
    return agenda[index + 1] if index + 1 < len(agenda) else None


# --- sign-off, readiness and status -------------------------------------------------------


def signoff_valid(signed: tuple[int, int], current: tuple[int | None, int | None]) -> bool:
    """Return whether a sign-off of (en, fr) version numbers still holds for the current versions."""
    return signed[0] == current[0] and signed[1] == current[1]


@dataclass(frozen=True)
class ClauseReadiness:
    """Where one clause stands on the road to agreement."""

    clause_id: int
    number: str | None
    signed_by: frozenset[str]
    open_amendments: int = 0
    open_comments: int = 0
    open_findings: int = 0
    unwaived_errors: int = 0

    def signed(self, party_code: str) -> bool:
        """Return whether a party's current sign-off covers this clause."""
        return party_code in self.signed_by


@dataclass(frozen=True)
class Unmet:
    """A condition for "agreed" that is not met, with the clauses concerned."""

    code: str  # not_signed_off, open_amendments, unwaived_errors, wrong_status
    clause_ids: tuple[int, ...] = ()
    numbers: tuple[str, ...] = ()
    party: str | None = None

    def as_dict(self) -> dict:
        """Return the JSON form of the condition."""
        out: dict = {"code": self.code, "clause_ids": list(self.clause_ids), "numbers": list(self.numbers)}
        if self.party:
            out["party"] = self.party
        return out


@dataclass(frozen=True)
class Readiness:
    """The readiness of a whole document."""

    clauses: tuple[ClauseReadiness, ...]
    parties: tuple[str, ...]
    unmet: tuple[Unmet, ...] = field(default=())

    def total(self, attribute: str) -> int:
        """Return the document's total of one per-clause count."""
        return sum(getattr(c, attribute) for c in self.clauses)

    def signed_count(self, party_code: str) -> int:
        """Return how many clauses a party has signed off."""
        return sum(1 for c in self.clauses if c.signed(party_code))

    @property
    def ready(self) -> bool:
        """Return whether every condition for "agreed" is met."""
        return not self.unmet


def agreed_unmet(clauses: Sequence[ClauseReadiness], parties: Sequence[str]) -> list[Unmet]:
    """Return every unmet condition for "agreed": sign-offs per party, open amendments, unwaived errors."""
    unmet: list[Unmet] = []

    def collect(code: str, test, party: str | None = None) -> None:
        hits = [c for c in clauses if test(c)]
        if hits:
            unmet.append(
                Unmet(code, tuple(c.clause_id for c in hits), tuple(c.number or "§" for c in hits), party)
            )

    for party in parties:
        collect("not_signed_off", lambda c, p=party: not c.signed(p), party)
    collect("open_amendments", lambda c: c.open_amendments > 0)
    collect("unwaived_errors", lambda c: c.unwaived_errors > 0)
    return unmet


#: Allowed status changes (the conditions for "agreed" are checked apart).
TRANSITIONS: dict[DocumentStatus, frozenset[DocumentStatus]] = {
    DocumentStatus.DRAFTING: frozenset({DocumentStatus.IN_REVIEW, DocumentStatus.AGREED}),
    DocumentStatus.IN_REVIEW: frozenset({DocumentStatus.DRAFTING, DocumentStatus.AGREED}),
    # Reopening an agreed text is possible (before signature); a signed one is final.
    DocumentStatus.AGREED: frozenset({DocumentStatus.IN_REVIEW, DocumentStatus.SIGNED}),
    DocumentStatus.SIGNED: frozenset(),
}


def check_status_change(
    current: DocumentStatus, target: DocumentStatus, *, place: str = "", signed_on: date | None = None
) -> None:
    """Raise InvalidTransition or ValidationError unless ``current`` -> ``target`` is allowed with these details."""
    if target not in TRANSITIONS[current]:
        raise InvalidTransition(
            N_("A document cannot go from %(current)s to %(target)s."),
            reason="bad_transition",
            current=current,
            target=target,
        )
    if target is DocumentStatus.SIGNED:
        missing = [
            name for name, value in (("place", (place or "").strip()), ("signed_on", signed_on)) if not value
        ]
        if missing:
            raise ValidationError(
                N_("Give the date and the place of signature."), reason="signature_details", reasons=missing
            )
