"""Divergence findings in the app: document page, waivers, stale translations, agreement gate, glossary."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from mou_review.domain.errors import PermissionDenied, ValidationError, VersionConflict
from mou_review.domain.types import Lang
from mou_review.extensions import db
from mou_review.models import AuditEvent, FindingWaiver, GlossaryEntry
from mou_review.services import divergence as service
from mou_review.services import documents, users

FACILITATOR = "icmpd.facilitator"


def _mou(session):
    return documents.get_document(session, "mou")


def _items(session, slug="mou"):
    return service.document_findings(session, documents.get_document(session, slug)).items


def _by_number(items, number):
    return [i for i in items if i.row.number == number]


def _edit(session, username, clause_id, lang, text, *, aligns=False):
    user = users.get_user(session, username)
    current = documents.latest_version(session, clause_id, lang)
    return documents.edit_clause(
        session, user, clause_id, lang, text, base_number=current.number, reason="test", aligns=aligns
    )


def _waive_all(session, items, username=FACILITATOR, reason="Checked by both legal teams."):
    user = users.get_user(session, username)
    for item in items:
        service.waive(
            session,
            user,
            item.clause_id,
            item.finding.key,
            reason,
            en_number=item.row.version_number(Lang.EN),
            fr_number=item.row.version_number(Lang.FR),
        )


# --- the demo documents --------------------------------------------------------


def test_divergence_demo_mou_shows_its_four_deliberate_divergences(seeded):
    with seeded.app_context():
        items = _items(db.session)
        blocking = {(i.row.number, i.check) for i in items if str(i.severity) in ("error", "warning")}
        assert blocking == {
            ("6.2", "structure_mismatch"),
            ("6.2", "length_ratio"),
            ("7.3", "term_mismatch"),
            ("9.3", "number_mismatch"),
            ("19.4", "cross_reference_mismatch"),
        }
        errors = service.unwaived_errors(db.session, _mou(db.session))
        # One divergence, one finding: thirty / sixty is one error, not one per side (as the README says: 2).
        assert sorted((e["number"], e["check"]) for e in errors) == [
            ("19.4", "cross_reference_mismatch"),
            ("9.3", "number_mismatch"),
        ]
        assert set(errors[0]) == {"clause_id", "number", "check", "severity", "message"}
        assert {e["severity"] for e in errors} == {"error"}


def test_divergence_demo_tor_has_no_error_but_shows_its_warnings(seeded):
    with seeded.app_context():
        tor = documents.get_document(db.session, "tor")
        assert service.unwaived_errors(db.session, tor) == []
        checks = {i.check for i in _items(db.session, "tor") if str(i.severity) == "warning"}
        assert checks == {"term_mismatch"}
        # The bracketed passage worked into the French sentence is only a note now.
        notes = {i.check for i in _items(db.session, "tor") if str(i.severity) == "info"}
        assert notes == {"structure_mismatch", "length_ratio"}


def test_divergence_document_page_shows_badges_and_evidence(client, auth, seeded):
    auth.login("naptip.member")
    html = client.get("/documents/mou").get_data(as_text=True)
    assert len(re.findall(r'data-testid="divergence-\d+"', html)) == 4
    assert 'data-testid="divergence-summary"' in html
    assert "<mark>thirty (30) days</mark>" in html or "<mark>30</mark>" in html or "<mark>thirty" in html
    assert "<mark>soixante" in html or "<mark>60</mark>" in html
    assert 'data-testid="waive"' not in html  # members do not waive


def test_divergence_document_page_offers_the_waiver_form_to_the_facilitator(client, auth, seeded):
    auth.login(FACILITATOR)
    html = client.get("/documents/mou").get_data(as_text=True)
    assert 'data-testid="waive"' in html


@pytest.mark.parametrize(
    ("query", "expected_count", "checks"),
    [
        ("", 5, None),
        ("?severity=error", 2, {"number_mismatch", "cross_reference_mismatch"}),
        ("?check=term_mismatch", 1, {"term_mismatch"}),
        ("?check=date_mismatch", 0, set()),
        ("?check=bogus", 5, None),
        ("?show=waived", 0, set()),
    ],
)
def test_divergence_page_filters_by_check_and_severity(client, auth, seeded, query, expected_count, checks):
    auth.login("anltp.member")
    html = client.get(f"/documents/mou/divergences{query}").get_data(as_text=True)
    found = re.findall(r'data-testid="finding" data-check="(\w+)"', html)
    assert len(found) == expected_count
    if checks is not None:
        assert set(found) == checks
    assert re.search(r'data-testid="count-error">2<', html)


# --- waivers -------------------------------------------------------------------


def test_divergence_waiver_silences_the_finding_until_either_text_changes(seeded):
    with seeded.app_context():
        mou = _mou(db.session)
        errors = [i for i in _items(db.session) if i.row.number == "9.3" and i.check == "number_mismatch"]
        clause_id = errors[0].clause_id
        _waive_all(db.session, errors)
        assert [e for e in service.unwaived_errors(db.session, mou) if e["number"] == "9.3"] == []
        assert (
            db.session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "finding.waive")
            )
            == 1
        )
        # The same English text saved again is a new version: the waiver no longer applies.
        text = documents.latest_version(db.session, clause_id, Lang.EN).text
        _edit(db.session, "icmpd.admin", clause_id, Lang.EN, text, aligns=True)
        back = [e for e in service.unwaived_errors(db.session, mou) if e["number"] == "9.3"]
        assert len(back) == 1


def test_divergence_waived_findings_are_reported_as_waived(seeded):
    with seeded.app_context():
        item = _by_number(_items(db.session), "19.4")[0]
        _waive_all(db.session, [item])
        data = service.findings_json(service.document_findings(db.session, _mou(db.session)))
        (entry,) = [f for f in data["findings"] if f["number"] == "19.4"]
        assert entry["waived"] is True and entry["waiver"]["reason"]


@pytest.mark.parametrize(
    "username", ["naptip.lead", "anltp.lead", "naptip.member", "icmpd.admin", "observer"]
)
def test_divergence_only_the_facilitator_waives(seeded, username):
    with seeded.app_context():
        item = _by_number(_items(db.session), "9.3")[0]
        with pytest.raises(PermissionDenied):
            _waive_all(db.session, [item], username=username)
        db.session.rollback()
        assert db.session.scalar(select(func.count(FindingWaiver.id))) == 0


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"reason": "  "}, ValidationError),
        ({"en_number": 7}, VersionConflict),
        ({"fr_number": None}, VersionConflict),
        ({"key": "number_mismatch:en:999"}, Exception),
    ],
)
def test_divergence_waiver_needs_a_reason_current_versions_and_a_real_finding(seeded, change, error):
    with seeded.app_context():
        item = _by_number(_items(db.session), "9.3")[0]
        args = {"key": item.finding.key, "reason": "ok", "en_number": 1, "fr_number": 1, **change}
        user = users.get_user(db.session, FACILITATOR)
        with pytest.raises(error):
            service.waive(
                db.session,
                user,
                item.clause_id,
                args["key"],
                args["reason"],
                en_number=args["en_number"],
                fr_number=args["fr_number"],
            )
        db.session.rollback()
        assert db.session.scalar(select(func.count(FindingWaiver.id))) == 0


def test_divergence_waive_form_posts_and_redirects_back(client, auth, seeded):
    auth.login(FACILITATOR)
    html = client.get("/documents/mou/divergences?severity=error").get_data(as_text=True)
    form = re.search(
        r'action="(/clauses/\d+/findings/waive)".*?name="key" value="([^"]+)".*?name="en" value="(\d+)"'
        r'.*?name="fr" value="(\d+)"',
        html,
        re.S,
    )
    response = auth.post(
        form.group(1),
        {
            "key": form.group(2).replace("&#34;", '"'),
            "en": form.group(3),
            "fr": form.group(4),
            "reason": "Agreed in session",
            "next": "/documents/mou/divergences",
        },
        page="/documents/mou",
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("/documents/mou/divergences")
    page = client.get("/documents/mou/divergences?show=waived").get_data(as_text=True)
    assert len(re.findall(r'data-testid="finding"', page)) == 1 and "Agreed in session" in page


# --- stale translations from the version history ------------------------------------


def _stale(session, number):
    return [
        (bool(i.finding.en), bool(i.finding.fr))
        for i in _by_number(_items(session), number)
        if i.check == "stale_translation"
    ]


def test_divergence_stale_translation_follows_edits_and_translations(seeded):
    with seeded.app_context():
        row = next(i for i in _items(db.session, "mou") if i.row.number == "9.3")
        clause_id = row.clause_id
        assert _stale(db.session, "9.3") == []  # seeded pair is in sync
        en = documents.latest_version(db.session, clause_id, Lang.EN).text
        fr = documents.latest_version(db.session, clause_id, Lang.FR).text
        _edit(db.session, "icmpd.admin", clause_id, Lang.EN, en.replace("thirty (30)", "sixty (60)"))
        assert _stale(db.session, "9.3") == [(False, True)]  # EN edited: FR is stale
        _edit(db.session, "icmpd.admin", clause_id, Lang.FR, fr + " ", aligns=True)
        assert _stale(db.session, "9.3") == []  # FR translated to follow: in sync
        _edit(
            db.session, FACILITATOR, clause_id, Lang.FR, fr.replace("soixante (60)", "quatre-vingt-dix (90)")
        )
        assert _stale(db.session, "9.3") == [(True, False)]  # FR edited afterwards: EN is stale


# --- the agreement gate -----------------------------------------------------------


def test_divergence_unwaived_errors_empty_once_every_error_is_waived_or_fixed(seeded):
    with seeded.app_context():
        mou = _mou(db.session)
        items = _items(db.session)
        cross_ref = [i for i in items if i.check == "cross_reference_mismatch"]
        clause_id = cross_ref[0].clause_id
        fr = documents.latest_version(db.session, clause_id, Lang.FR).text
        _edit(db.session, FACILITATOR, clause_id, Lang.FR, fr.replace("article 9", "article 10"), aligns=True)
        assert [e["check"] for e in service.unwaived_errors(db.session, mou)] == ["number_mismatch"]
        _waive_all(db.session, [i for i in _items(db.session) if i.check == "number_mismatch"])
        assert service.unwaived_errors(db.session, mou) == []
        # Warnings never block agreement.
        assert any(str(i.severity) == "warning" and not i.waived for i in _items(db.session))


# --- glossary --------------------------------------------------------------------------


def test_divergence_glossary_page_seeds_the_default_terms_once(client, auth, app):
    auth.login("naptip.member")
    html = client.get("/glossary").get_data(as_text=True)
    assert "traite des personnes" in html and 'data-testid="glossary-add"' not in html
    client.get("/glossary")
    with app.app_context():
        count = db.session.scalar(select(func.count(GlossaryEntry.id)))
        assert count == len(service.DEFAULT_GLOSSARY)
        assert service.seed_glossary(db.session) == 0


def test_divergence_glossary_edit_changes_findings_and_keeps_history(seeded):
    with seeded.app_context():
        facilitator = users.get_user(db.session, FACILITATOR)
        clause = next(i for i in _items(db.session) if i.check == "term_mismatch" and i.row.number == "7.3")
        # Accept « autorités centrales » as a rendering of "Focal Points": the finding goes away.
        service.seed_glossary(db.session)
        entry = db.session.scalar(select(GlossaryEntry).where(GlossaryEntry.en == "focal point"))
        new = service.replace_term(db.session, facilitator, entry.id, "focal point", "autorité centrale")
        assert not [i for i in _by_number(_items(db.session), "7.3") if i.check == "term_mismatch"]
        db.session.refresh(entry)
        assert entry.retired_at is not None and entry.replaced_by_id == new.id
        with pytest.raises(VersionConflict):
            service.replace_term(db.session, facilitator, entry.id, "focal point", "point focal")
        service.retire_term(db.session, facilitator, new.id)
        service.add_term(db.session, facilitator, "Focal Point", "point focal")
        assert [i.check for i in _by_number(_items(db.session), "7.3") if i.check == "term_mismatch"] == [
            clause.check
        ]


@pytest.mark.parametrize(("en", "fr"), [("", "point focal"), ("focal point", " "), ("x" * 301, "y")])
def test_divergence_glossary_refuses_incomplete_terms(app, en, fr):
    with app.app_context():
        with pytest.raises(ValidationError):
            service.add_term(db.session, users.get_user(db.session, FACILITATOR), en, fr)


@pytest.mark.parametrize("username", ["naptip.lead", "icmpd.admin", "anltp.member"])
def test_divergence_glossary_is_edited_by_the_facilitator_only(client, auth, app, username):
    auth.login(username)
    auth.post("/glossary/add", {"en": "safe house", "fr": "foyer d'accueil"}, page="/glossary")
    with app.app_context():
        assert db.session.scalar(select(GlossaryEntry.id).where(GlossaryEntry.en == "safe house")) is None


def test_divergence_glossary_form_adds_a_term(client, auth, app):
    auth.login(FACILITATOR)
    response = auth.post("/glossary/add", {"en": "safe house", "fr": "foyer d'accueil"}, page="/glossary")
    assert response.status_code == 302
    assert "foyer d&#39;accueil" in client.get("/glossary").get_data(as_text=True)


# --- CLI -------------------------------------------------------------------------------


def test_divergence_check_command_exits_1_on_an_unwaived_error(runner, seeded):
    import json

    result = runner.invoke(args=["check", "mou", "--json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    assert data["document"] == "mou" and data["clauses"] == 130
    finding = data["findings"][0]
    assert {"clause_id", "number", "check", "severity", "message", "en", "fr", "waived"} <= set(finding)
    assert set(finding["message"]) == {"en", "fr"}
    assert {"start", "end", "text"} <= set((finding["en"] or finding["fr"])[0])
    text = runner.invoke(args=["check", "tor"])
    assert text.exit_code == 0, text.output
    assert "tor: 69 clauses" in text.output
    missing = runner.invoke(args=["check", "nope"])
    assert missing.exit_code == 1 and "nope" in missing.output


def test_divergence_check_command_passes_once_errors_are_waived(runner, seeded):
    with seeded.app_context():
        _waive_all(db.session, [i for i in _items(db.session) if str(i.severity) == "error"])
        db.session.remove()
    assert runner.invoke(args=["check", "mou"]).exit_code == 0
