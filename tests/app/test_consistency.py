"""Issue 14: the defects a new user met going through the whole cycle, in English and French.

Each test names the numbered defect it guards against."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from mou_review import catalog
from mou_review.domain import langdetect
from mou_review.domain.minutes import DeadlineState, deadline_state
from mou_review.domain.types import Lang
from mou_review.extensions import db
from mou_review.services import docx_io
from mou_review.services.users import get_user
from tests.app.test_docx_import import MAX, _exports

NBSP = "\u00a0"


def _set_lang(app, username: str, lang: str) -> None:
    with app.app_context():
        get_user(db.session, username).preferred_lang = lang
        db.session.commit()
        db.session.remove()


# --- 2. swapped files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "The Parties shall cooperate in the prevention of trafficking in persons and the protection of victims.",
            "en",
        ),
        (
            "Les Parties coopèrent à la prévention de la traite des personnes et à la protection des victimes.",
            "fr",
        ),
        ("NAPTIP ANLTP-TIM 2026", None),
    ],
)
def test_langdetect_tells_english_from_french(text, lang):
    found = langdetect.detect([text] * 3).lang
    assert (str(found) if found else None) == lang


def test_import_of_swapped_files_warns_language_mismatch_in_json(seeded, tmp_path):
    files = _exports(seeded, "mou")
    (tmp_path / "en.docx").write_bytes(files["signing-en"])
    (tmp_path / "fr.docx").write_bytes(files["signing-fr"])
    runner = seeded.test_cli_runner()
    swapped = runner.invoke(
        args=[
            "import-docx",
            "swapped",
            "--en",
            str(tmp_path / "fr.docx"),
            "--fr",
            str(tmp_path / "en.docx"),
            "--json",
        ]
    )
    assert swapped.exit_code == 0, swapped.output
    warnings = json.loads(swapped.output)["warnings"]
    assert {(w["code"], w["file"], w["detected"], w["swapped"]) for w in warnings} == {
        ("language_mismatch", "en", "fr", True),
        ("language_mismatch", "fr", "en", True),
    }
    right = runner.invoke(
        args=[
            "import-docx",
            "right",
            "--en",
            str(tmp_path / "en.docx"),
            "--fr",
            str(tmp_path / "fr.docx"),
            "--json",
        ]
    )
    assert json.loads(right.output)["warnings"] == []


def test_import_page_warns_on_swapped_files_and_swaps_the_columns(seeded, client, auth):
    files = _exports(seeded, "mou")
    auth.login("icmpd.admin")
    import io

    response = auth.post(
        "/docx/import",
        {
            "slug": "swapped",
            "kind": "mou",
            "mode": "pair",
            "en": (io.BytesIO(files["signing-fr"]), "fr.docx"),
            "fr": (io.BytesIO(files["signing-en"]), "en.docx"),
        },
        page="/docx/import",
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    page = response.headers["Location"]
    html = client.get(page).get_data(as_text=True)
    assert 'data-testid="warning-language_mismatch"' in html and "look swapped" in html
    token = page.rsplit("/", 1)[-1]
    auth.post(f"/docx/import/{token}/edit", {"op": "swap"}, page=page)
    html = client.get(page).get_data(as_text=True)
    assert "warning-language_mismatch" not in html
    assert html.index("Memorandum of Understanding between") < html.index("Mémorandum d&#39;entente entre")


# --- 4. the import form ---------------------------------------------------------------------------


def test_import_pattern_is_valid_under_the_v_flag(client, auth):
    """Under the v flag a bare "-" in a class is a syntax error: the browser then drops the check."""
    auth.login("icmpd.admin")
    html = client.get("/docx/import").get_data(as_text=True)
    pattern = re.search(r'name="slug"[^>]*pattern="([^"]+)"', html).group(1)
    inside = re.search(r"\[([^\]]*)\]", pattern).group(1)
    assert not re.search(r"(?<!\\)-$", inside), pattern  # a trailing "-" must be escaped
    assert re.fullmatch(pattern.replace("\\-", "-"), "mou-2026_b")


def test_import_blank_titles_come_from_the_files_title_heading(seeded):
    files = _exports(seeded, "mou")
    with seeded.app_context():
        document, _ = docx_io.import_files(
            db.session,
            None,
            slug="titled",
            kind="mou",
            title_en="",
            title_fr=" ",
            en=files["signing-en"],
            fr=files["signing-fr"],
            max_bytes=MAX,
        )
        assert document.title_en.startswith("Memorandum of Understanding between")
        assert document.title_fr.startswith("Mémorandum d'entente entre")
        db.session.remove()


# --- 6. no internal words ---------------------------------------------------------------------------


def test_status_change_message_names_statuses_and_the_list_offers_only_valid_moves(seeded, client, auth):
    auth.login("icmpd.facilitator")
    html = client.get("/documents/mou/readiness").get_data(as_text=True)
    options = re.findall(r'<option value="(\w+)">', html.split('name="status"')[1].split("</select>")[0])
    assert options == ["in_review", "agreed"]  # from drafting; never "signed"
    auth.post("/documents/mou/status", {"status": "in_review"}, page="/documents/mou/readiness")
    response = auth.post(
        "/documents/mou/status",
        {"status": "signed", "place": "Abuja", "signed_on": "2026-12-01"},
        page="/documents/mou/readiness",
        follow_redirects=True,
    )
    text = response.get_data(as_text=True)
    assert "cannot go from in review to signed" in text
    assert "in_review" not in re.sub(r'value="in_review"', "", text)


def test_glossary_shows_no_internal_marker_and_keeps_it_when_saved(seeded, client, auth):
    auth.login("observer")
    html = client.get("/glossary").get_data(as_text=True)
    assert "orientation!" not in html
    assert "forme exacte" not in html and "exact form, no plural" in html
    auth.logout()
    auth.login("icmpd.facilitator")
    html = client.get("/glossary").get_data(as_text=True)
    assert 'value="orientation!"' not in html and 'value="orientation"' in html
    auth.post("/glossary/add", {"en": "safe house", "fr": "foyer", "exact_fr": "1"}, page="/glossary")
    from mou_review.models import GlossaryEntry

    with seeded.app_context():
        assert db.session.query(GlossaryEntry).filter_by(en="safe house").one().fr == "foyer!"
        db.session.remove()


def test_glossary_editor_headers_sit_over_their_columns(seeded, client, auth):
    auth.login("icmpd.facilitator")
    html = client.get("/glossary").get_data(as_text=True)
    table = html.split('data-testid="glossary"')[1]
    headers = len(re.findall(r"<th\b", table.split("</thead>")[0]))
    first_row = table.split("</thead>")[1].split("</tr>")[0]
    cells = len(re.findall(r"<td\b", first_row))
    assert "colspan" not in first_row and cells == headers == 4


# --- 10. minutes shared before the meeting --------------------------------------------------------


def test_minutes_shared_before_the_meeting_are_not_in_time():
    start = datetime(2026, 12, 8, 9, tzinfo=UTC)
    assert deadline_state(start, start - timedelta(days=1), start) is DeadlineState.SHARED_EARLY
    assert deadline_state(start, start + timedelta(days=1), start) is DeadlineState.SHARED


def test_minutes_cannot_be_shared_before_the_meeting_starts(app, client, auth, api_token):
    from tests.app.test_sessions import make_document

    clauses = make_document(app)
    starts = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    created = client.post(
        "/api/v1/documents/pact/sessions",
        json={"title": "Next week", "starts_at": starts, "agenda": clauses},
        headers=api_token("icmpd.facilitator"),
    ).get_json()
    auth.login("icmpd.facilitator")
    page = f"/sessions/{created['id']}/minutes"
    html = client.get(page).get_data(as_text=True)
    assert 'data-testid="share"' not in html and 'data-testid="share-later"' in html
    response = auth.post(f"/sessions/{created['id']}/minutes/share", page=page, follow_redirects=True)
    assert "has not started yet" in response.get_data(as_text=True)
    assert "shared in time" not in client.get(page).get_data(as_text=True)


# --- 11. French wording and typography, one date style ----------------------------------------------


def test_catalogues_translate_one_msgid_one_way_and_use_one_word_for_findings():
    seen: dict[str, tuple[str, str]] = {}
    for path, po in catalog.french_catalogues():
        for message in po:
            if not message.id or isinstance(message.id, tuple):
                continue
            if message.id in seen:
                assert seen[message.id][1] == message.string, (message.id, seen[message.id][0], path)
            seen[message.id] = (str(path), message.string)
            assert not re.search(r"\bconstats?\b", message.string, re.I), message.string


def test_french_pages_elide_party_names_and_keep_nbsp(seeded, client, auth):
    _set_lang(seeded, "anltp.lead", "fr")
    auth.login("anltp.lead")
    with seeded.app_context():
        from mou_review.services.documents import document_view

        clause_id = document_view(db.session, "mou").rows[5].id
        db.session.remove()
    auth.post(
        f"/clauses/{clause_id}/comments",
        {"lang": "both", "body": "À revoir.", "base_en": "1", "base_fr": "1"},
        page=f"/clauses/{clause_id}/review",
    )
    html = client.get(f"/clauses/{clause_id}/review").get_data(as_text=True)
    assert "porte sur les deux versions" in html and "la les" not in html


def test_dates_are_written_one_way_in_both_languages(app, client, auth, api_token):
    from tests.app.test_sessions import make_document

    clauses = make_document(app)
    client.post(
        "/api/v1/documents/pact/sessions",
        json={"title": "R", "starts_at": "2026-12-01T09:00:00+00:00", "agenda": clauses},
        headers=api_token("icmpd.facilitator"),
    )
    auth.login("icmpd.facilitator")
    html = client.get("/documents/pact/sessions").get_data(as_text=True)
    assert "1 December 2026, 09:00 UTC" in html
    assert not re.search(r"\d{2}/\d{2}/\d{4}", html)
    _set_lang(app, "icmpd.facilitator", "fr")
    html = client.get("/documents/pact/sessions").get_data(as_text=True)
    assert f"1er décembre 2026 à 9{NBSP}h{NBSP}00 (UTC)" in html


def test_language_headings_are_capitalised_in_french(seeded, client, auth):
    _set_lang(seeded, "anltp.lead", "fr")
    auth.login("anltp.lead")
    with seeded.app_context():
        from mou_review.services.documents import document_view

        clause_id = document_view(db.session, "mou").rows[5].id
        db.session.remove()
    for page in (
        f"/clauses/{clause_id}/history",
        f"/clauses/{clause_id}/edit/fr",
        f"/clauses/{clause_id}/review",
    ):
        html = client.get(page).get_data(as_text=True)
        assert not re.search(r"<h[1-4][^>]*>\s*(anglais|français)", html), page


def test_minutes_title_and_notes_keep_the_french_colon(app, client, auth, api_token):
    from tests.app.test_sessions import make_document

    clauses = make_document(app)
    created = client.post(
        "/api/v1/documents/pact/sessions",
        json={"title": "R1", "starts_at": "2026-12-01T09:00:00+00:00", "agenda": clauses},
        headers=api_token("icmpd.facilitator"),
    ).get_json()
    headers = api_token("icmpd.facilitator")
    client.post(f"/api/v1/sessions/{created['id']}/advance", json={}, headers=headers)
    client.post(
        f"/api/v1/sessions/{created['id']}/decisions",
        json={"clause_id": clauses[0], "decision": "deferred", "note": "à revoir"},
        headers=headers,
    )
    _set_lang(app, "anltp.member", "fr")
    auth.login("anltp.member")
    minutes = client.get(f"/sessions/{created['id']}/minutes").get_data(as_text=True)
    assert f"Procès-verbal{NBSP}: R1" in minutes and "Procès-verbal:" not in minutes
    panel = client.get(f"/sessions/{created['id']}/panel").get_data(as_text=True)
    assert f"reporté{NBSP}: à revoir" in panel


# --- 12. polish -------------------------------------------------------------------------------------


def test_error_page_says_its_message_once(seeded, client, auth):
    auth.login("observer")
    html = client.get("/docx/import").get_data(as_text=True)
    assert html.count("Observers can read but not change anything.") == 1


def test_favicon_is_served_without_signing_in(client):
    with client.get("/favicon.ico") as response:
        assert response.status_code == 200 and response.data[:4] == b"\x00\x00\x01\x00"


def test_party_of_elides_in_french(app):
    from mou_review.i18n import party_of

    with app.test_request_context(headers={"Accept-Language": "fr"}):
        assert party_of("ANLTP-TIM") == "de l’ANLTP-TIM" and party_of("NAPTIP") == "de la NAPTIP"
    with app.test_request_context(headers={"Accept-Language": "en"}):
        assert party_of("ANLTP-TIM") == "of ANLTP-TIM"
    assert Lang.FR  # the enum is the one both languages go through


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("NAPTIP", "fr", "la NAPTIP"),
        ("ANLTP-TIM", "fr", "l’ANLTP-TIM"),
        ("ICMPD", "fr", "l’ICMPD"),
        ("NAPTIP", "en", "NAPTIP"),
        ("ANLTP-TIM", "en", "ANLTP-TIM"),
    ],
)
def test_party_name_carries_the_french_article(app, code, lang, expected):
    from mou_review.i18n import party_name

    with app.test_request_context(headers={"Accept-Language": lang}):
        assert party_name(code) == expected


@pytest.mark.parametrize(
    ("reason", "lang", "expected"),
    [
        ("no_position:NAPTIP", "fr", "la NAPTIP n’a pas encore pris position"),
        # One apostrophe in a sentence: the party's « l’ » and the verb's « n’ » alike.
        ("no_position:ANLTP-TIM", "fr", "l’ANLTP-TIM n’a pas encore pris position"),
        ("not_accepted:ANLTP-TIM", "fr", "non accepté par l’ANLTP-TIM"),
        ("no_position:NAPTIP", "en", "no position yet from NAPTIP"),
    ],
)
def test_unmet_reasons_name_the_party_with_its_article_in_french(app, reason, lang, expected):
    from mou_review.views.review import unmet_name

    with app.test_request_context(headers={"Accept-Language": lang}):
        assert unmet_name(reason) == expected


def test_readiness_names_the_parties_with_their_article_in_french(seeded, client, auth):
    auth.login("anltp.lead")  # a French-speaking user: the interface is in French
    html = client.get("/documents/mou/readiness").get_data(as_text=True)
    assert "Validé par la NAPTIP" in html and "Validé par l’ANLTP-TIM" in html
    assert "Validé par NAPTIP" not in html and "Validé par ANLTP-TIM" not in html
    # An unmet condition is a sentence of its own: capital letter, article.
    assert "La NAPTIP n’a pas validé le texte en vigueur de" in html
    assert "L’ANLTP-TIM n’a pas validé le texte en vigueur de" in html


# --- 1. the minutes are one record in two languages --------------------------------------------------


def _session_with_edited_english(app, client, auth, api_token):
    from tests.app.test_sessions import make_document

    clauses = make_document(app)
    created = client.post(
        "/api/v1/documents/pact/sessions",
        json={"title": "R1", "starts_at": "2026-12-01T09:00:00+00:00", "agenda": clauses},
        headers=api_token("icmpd.facilitator"),
    ).get_json()
    auth.login("icmpd.facilitator")
    page = f"/sessions/{created['id']}/minutes"
    html = client.get(page).get_data(as_text=True)
    body = re.search(r'<textarea name="body"[^>]*>([^<]*)</textarea>', html).group(1)
    import html as html_lib

    edited = html_lib.unescape(body).replace("Agenda items and decisions", "Items discussed")
    auth.post(f"/sessions/{created['id']}/minutes/en", {"body": edited, "base": "0"}, page=page)
    return created["id"], clauses, page


def test_minutes_attendee_added_after_an_edit_reaches_both_languages(app, client, auth, api_token):
    session_id, clauses, page = _session_with_edited_english(app, client, auth, api_token)
    auth.post(
        f"/sessions/{session_id}/attendees", {"name": "Issa Garba", "organisation": "ANLTP-TIM"}, page=page
    )
    auth.post(f"/sessions/{session_id}/minutes/share", page=page)
    from mou_review.models import MinutesVersion

    with app.app_context():
        latest = {}
        for version in db.session.query(MinutesVersion).filter_by(session_id=session_id):
            if version.number >= latest.get(version.lang, (0, ""))[0]:
                latest[version.lang] = (version.number, version.body)
        db.session.remove()
    assert "Issa Garba" in latest["en"][1] and "Issa Garba" in latest["fr"][1]
    assert "Items discussed" in latest["en"][1]  # the facilitator's edit is kept
    html = client.get(page).get_data(as_text=True)
    assert "minutes-gaps-" not in html


def test_minutes_flag_a_language_the_record_change_cannot_be_placed_in(app, client, auth, api_token):
    session_id, clauses, page = _session_with_edited_english(app, client, auth, api_token)
    html = client.get(page).get_data(as_text=True)
    import html as html_lib

    body = html_lib.unescape(re.search(r'<textarea name="body"[^>]*>([^<]*)</textarea>', html).group(1))
    base = re.search(r'name="base" value="(\d+)"', html).group(1)
    auth.post(
        f"/sessions/{session_id}/minutes/en",
        {"body": body.split("## Attendance")[0], "base": base},
        page=page,
    )
    auth.post(f"/sessions/{session_id}/attendees", {"name": "Issa Garba"}, page=page)
    html = client.get(page).get_data(as_text=True)
    assert 'data-testid="minutes-gaps-en"' in html and "Issa Garba" in html.split("minutes-gaps-en")[1]


# --- 3. full clause numbers in agendas and minutes ----------------------------------------------------


def test_agenda_and_minutes_use_the_full_clause_number(seeded, client, auth, api_token):
    with seeded.app_context():
        from mou_review.services.documents import document_view

        rows = [r for r in document_view(db.session, "tor").rows if r.number and r.number.endswith("(b)")]
        db.session.remove()
    assert len(rows) >= 2  # "(b)" alone names several clauses
    ids = [r.id for r in rows[:2]]
    created = client.post(
        "/api/v1/documents/tor/sessions",
        json={"title": "ToR", "starts_at": "2026-12-01T09:00:00+00:00", "agenda": ids},
        headers=api_token("icmpd.facilitator"),
    ).get_json()
    auth.login("naptip.member")
    panel = client.get(f"/sessions/{created['id']}").get_data(as_text=True)
    agenda = panel.split('class="agenda"')[1].split("</nav>")[0]
    for row in rows[:2]:
        assert row.number in agenda
    minutes = client.get(f"/sessions/{created['id']}/minutes").get_data(as_text=True)
    for row in rows[:2]:
        assert f"{row.number} —" in minutes


# --- 5. confirmation before large one-click acts ---------------------------------------------------------


def test_large_one_click_acts_ask_first(seeded, client, auth):
    auth.login("naptip.lead")
    html = client.get("/documents/mou/readiness").get_data(as_text=True)
    signoff_all = re.search(r'<form[^>]*data-testid="signoff-all"[^>]*>', html, re.S).group(0)
    assert "data-confirm=" in signoff_all and "NAPTIP" in signoff_all
    assert "confirm.js" in html
    auth.logout()
    auth.login("icmpd.admin")
    html = client.get("/admin/").get_data(as_text=True)
    forms = re.findall(r"<form[^>]*/password\"[^>]*>", html)
    assert forms and all("data-confirm=" in f for f in forms)


# --- 7. edit forms refused up front, the session page says why its controls are gone ----------------------


@pytest.mark.parametrize("username", ["observer", "naptip.member"])
def test_edit_form_refused_before_it_is_shown(seeded, client, auth, username):
    with seeded.app_context():
        from mou_review.services.documents import document_view

        clause_id = document_view(db.session, "mou").rows[5].id
        db.session.remove()
    auth.login(username)
    response = client.get(f"/clauses/{clause_id}/edit/en")
    assert response.status_code == 403 and '<textarea name="text"' not in response.get_data(as_text=True)


def test_edit_form_and_session_controls_on_an_agreed_document(app, client, auth, api_token):
    from mou_review.models import Document
    from tests.app.test_sessions import make_document

    clauses = make_document(app)
    created = client.post(
        "/api/v1/documents/pact/sessions",
        json={"title": "R1", "starts_at": "2026-12-01T09:00:00+00:00", "agenda": clauses},
        headers=api_token("icmpd.facilitator"),
    ).get_json()
    with app.app_context():
        db.session.query(Document).filter_by(slug="pact").one().status = "agreed"
        db.session.commit()
        db.session.remove()
    auth.login("icmpd.facilitator")
    refused = client.get(f"/clauses/{clauses[0]}/edit/en")
    assert refused.status_code in (403, 409) and "is agreed or signed" in refused.get_data(as_text=True)
    html = client.get(f"/sessions/{created['id']}").get_data(as_text=True)
    assert 'data-testid="session-closed"' in html and 'data-testid="next"' not in html


# --- 9. the clause review page and its findings ------------------------------------------------------------


def test_clause_review_page_shows_its_findings_and_who_waived(seeded, client, auth):
    with seeded.app_context():
        from mou_review.services.documents import document_view

        view = document_view(db.session, "mou")
        target = next(r for r in view.rows if r.number == "9.3")
        db.session.remove()
    auth.login("icmpd.facilitator")
    page = f"/clauses/{target.id}/review"
    html = client.get(page).get_data(as_text=True)
    section = html.split('data-testid="clause-findings"')[1].split("</section>")[0]
    assert section.count('data-testid="finding"') == 1  # thirty / sixty: one divergence, one finding
    assert "<mark>thirty (30)</mark>" in section and "<mark>soixante (60)</mark>" in section
    key = re.search(r'name="key" value="([^"]+)"', section).group(1)
    auth.post(
        f"/clauses/{target.id}/findings/waive",
        {"key": key, "en": "1", "fr": "1", "reason": "Sixty is right.", "next": page},
        page=page,
    )
    section = client.get(page).get_data(as_text=True).split('data-testid="clause-findings"')[1]
    waived = section.split('data-testid="waived"')[1].split("</p>")[0]
    assert "icmpd.facilitator" in waived and "2026" in waived and "Sixty is right." in waived


# --- 8. positions voided out loud; a French-only fix is complete -------------------------------------------


def _mou_row(app, number: str):
    with app.app_context():
        from mou_review.services.documents import document_view

        row = next(r for r in document_view(db.session, "mou").rows if r.number == number)
        db.session.remove()
    return row


def test_adding_the_french_tells_that_earlier_positions_no_longer_count(seeded, client, auth, api_token):
    row = _mou_row(seeded, "9.3")
    amendment = client.post(
        f"/api/v1/clauses/{row.id}/amendments",
        json={
            "en": row.text("en").replace("thirty (30)", "sixty (60)"),
            "rationale": "As the French.",
            "base": {"en": 1, "fr": 1},
        },
        headers=api_token("naptip.lead"),
    ).get_json()["id"]
    client.post(
        f"/api/v1/amendments/{amendment}/positions",
        json={"position": "accept"},
        headers=api_token("naptip.lead"),
    )
    auth.login("anltp.lead")
    page = f"/clauses/{row.id}/review"
    response = auth.post(
        f"/amendments/{amendment}/texts",
        {"lang": "fr", "revision": "1", "text": row.text("fr") + " "},
        page=page,
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert "la NAPTIP portait sur le texte précédent" in html.split("flash-warning")[1].split("</p>")[0]
    assert 'data-testid="voided-NAPTIP"' in html


def test_a_french_only_fix_is_not_translation_pending(seeded, client, auth):
    row = _mou_row(seeded, "9.3")
    auth.login("anltp.lead")
    page = f"/clauses/{row.id}/review"
    auth.post(
        f"/clauses/{row.id}/amendments",
        {
            "action": "modify",
            "en": row.text("en"),
            "fr": row.text("fr").replace("soixante (60)", "trente (30)"),
            "rationale": "Erreur de traduction.",
            "keep_unchanged": "1",
            "base_en": "1",
            "base_fr": "1",
        },
        page=page,
    )
    html = client.get(page).get_data(as_text=True)
    card = html.split('class="amendment status-')[1]
    assert 'data-testid="translation-pending"' not in card
    unmet = card.split('data-testid="unmet"')[1].split("</p>")[0]
    assert "translation" not in unmet  # only the parties' positions are missing
