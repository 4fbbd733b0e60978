"""The state and the page list the whole-site browser tests share: every page of the app, per role.

``build_state`` fills the demo documents with what makes every page show its parts: an open amendment
and a comment on the clause with the thirty/sixty divergence, a waived finding, a session with a decision,
saved minutes, a snapshot and an import proposal waiting for the administrator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mou_review.extensions import db

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / ".cache" / "node" / "node_modules" / "axe-core" / "axe.min.js"
ROLES = (
    "naptip.lead",
    "naptip.member",
    "anltp.lead",
    "anltp.member",
    "icmpd.facilitator",
    "icmpd.admin",
    "observer",
)
#: The WCAG 2 A and AA rules of axe-core.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@dataclass
class State:
    """Ids of the records the pages show."""

    clause: int  # MoU 9(3): thirty / sixty days, an open amendment and a comment
    other: int  # a clause with nothing on it
    session: int
    proposal_token: str
    message: int | None = None  # an e-mail notice in the outbox


def set_lang(app, username: str, lang: str) -> None:
    """Set a user's interface language."""
    from mou_review.services.users import get_user

    with app.app_context():
        get_user(db.session, username).preferred_lang = lang
        db.session.commit()
        db.session.remove()


def build_state(app) -> State:
    """Create what every page needs to show its parts, through the services (no browser)."""
    from mou_review.services import docx_io, users
    from mou_review.services import sessions as sessions_service
    from mou_review.services.comments import add_comment
    from mou_review.services.divergence import document_findings, waive
    from mou_review.services.documents import document_view

    with app.app_context():
        session = db.session
        view = document_view(session, "mou")
        by_number = {row.number: row for row in view.rows if row.number}
        target = by_number["9.3"]
        other = by_number["2.1"] if "2.1" in by_number else view.rows[3]
        from mou_review.models import User

        for person in session.scalars(db.select(User)):
            person.email = f"{person.username}@demo.example.org"  # as the demo's users have
        session.commit()
        lead = users.get_user(session, "naptip.lead")
        facilitator = users.get_user(session, "icmpd.facilitator")
        admin = users.get_user(session, "icmpd.admin")
        from mou_review.services.amendments import propose_amendment

        propose_amendment(
            session,
            lead,
            target.id,
            action="modify",
            en=target.text("en").replace("thirty (30)", "sixty (60)"),
            fr=None,
            rationale="Sixty days, as the French says.",
            base={"en": target.version_number("en"), "fr": target.version_number("fr")},
        )
        add_comment(session, users.get_user(session, "anltp.member"), target.id, "both", "À vérifier.")
        findings = document_findings(session, view.document)
        waivable = next(item for item in findings.items if item.clause_id != target.id and not item.waived)
        waive(
            session,
            facilitator,
            waivable.clause_id,
            waivable.finding.key,
            "Accepted by both delegations.",
            en_number=waivable.row.version_number("en"),
            fr_number=waivable.row.version_number("fr"),
        )
        review = sessions_service.create_session(
            session,
            facilitator,
            "mou",
            title="JTWG review 1",
            starts_at="2026-11-20T09:00",
            agenda=[target.id, other.id],
            call_link="https://meet.example.org/jtwg",
        )
        sessions_service.advance(session, facilitator, review.id)
        sessions_service.record_decision(
            session, facilitator, review.id, other.id, "deferred", note="To the next meeting."
        )
        files = {v: docx_io.export_bytes(session, "mou", v)[0] for v in ("signing-en", "signing-fr")}
        proposal = docx_io.propose_import(en=files["signing-en"], fr=files["signing-fr"], max_bytes=10**7)
        proposal.slug, proposal.owner_id = "mou-copy", admin.id
        token = docx_io.ProposalStore(Path(app.instance_path) / "imports").save(proposal)
        ids = (target.id, other.id, review.id, token)
        session.remove()
    from mou_review.models import MailMessage
    from mou_review.services import mailer

    app.config["MAIL_OUTBOX_DIR"] = str(Path(app.instance_path) / "outbox")
    mailer.send_pending(app)  # the invitations, as the sender would write them
    with app.app_context():
        message = db.session.scalar(
            db.select(MailMessage.id).where(MailMessage.recipient_id.is_not(None)).limit(1)
        )
        db.session.remove()
    return State(*ids, message)


def pages_for(state: State, role: str) -> list[str]:
    """Return the pages a role opens: those whose controls differ by role for every role, the others
    (the same for all) for the facilitator and the observer only, to keep the walk short."""
    pages = [
        "/",
        "/documents/mou",
        f"/clauses/{state.clause}/review",
        "/documents/mou/divergences",
        "/glossary",
        "/documents/mou/readiness",
        "/documents/mou/sessions",
        f"/sessions/{state.session}",
        f"/sessions/{state.session}/minutes",
        "/documents/mou/docx",
    ]
    if role in ("icmpd.facilitator", "observer"):
        pages += [
            "/documents/mou?only=fr",
            "/documents/tor",
            f"/clauses/{state.other}/review",
            f"/clauses/{state.clause}/history",
            "/documents/mou/divergences?show=waived",
            "/documents/mou/since",
            "/account",
            "/account/password",
            "/no-such-page",
        ]
    if role in ("naptip.lead", "anltp.lead", "icmpd.facilitator"):  # the roles that read the audit log
        pages.append("/audit/")
    if role in ("icmpd.facilitator", "icmpd.admin"):  # the roles that edit clause texts
        pages.append(f"/clauses/{state.clause}/edit/en")
    if role == "icmpd.admin":
        pages += ["/admin/", "/docx/import", f"/docx/import/{state.proposal_token}"]
    if role in ("icmpd.facilitator", "icmpd.admin"):
        pages += ["/admin/outbox", f"/admin/outbox/{state.message}"]
    return pages


def first_comment_box(page, live_server: str):
    """Open the review page of the MoU's first clause and return its comment box, clicked (the @mention journeys)."""
    page.goto(f"{live_server}/documents/mou")
    page.locator("a[href$='/review']").first.click()
    page.wait_for_url("**/review")
    box = page.locator("[data-testid=comment-form] textarea[name=body]")
    box.click()
    return box
