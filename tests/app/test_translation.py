"""Machine translation in the app: models by the CLI and the admin page, drafts by the UI and the API,
the database cache, the network kept shut, machine drafts in the history, and the adoption rule.

The tiny model of ``tests/tinymodel.py`` copies its input, so a "translation" is predictable: the
source text with the clause structure mapped by our own pipeline.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import socket
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mou_review.domain.types import Lang
from mou_review.extensions import db
from mou_review.models import AmendmentText, ClauseVersion, TranslationCacheEntry
from mou_review.services import translation
from tests.app.test_review import make_document, propose_and_accept
from tests.conftest import csrf_token
from tests.tinymodel import build_tiny_model

EN = "The Parties shall cooperate in the prevention of trafficking in persons."


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("argosmodels")
    return {
        "en_fr": build_tiny_model(folder / "a", "en", "fr"),
        "fr_en": build_tiny_model(folder / "b", "fr", "en"),
    }


@pytest.fixture(autouse=True)
def argos_dir(app, tmp_path) -> Path:
    """Give each test its own models folder and a fresh process-level translator."""
    folder = tmp_path / "argos"
    app.config["ARGOS_DIR"] = str(folder)
    translation.reset()
    yield folder
    translation.reset()


@pytest.fixture
def no_network(monkeypatch) -> list:
    """Refuse every outgoing connection from Python; return the attempts made."""
    attempts: list = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError("network blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


@pytest.fixture
def doc(app):
    return make_document(app)


#: A model file -> the models folder its install made in an empty one, and the command's output.
_INSTALLED: dict[Path, tuple[Path, str]] = {}


def install(app, runner, path: Path) -> str:
    """Install a model with ``mou-review translate install``.

    Installing scores the meaning check's probe with the real model (a second a model, two thirds of
    some tests): into an empty models folder, a model installed before is a copy of the folder that
    its first, real install made (the model and its recorded score)."""
    folder = Path(app.config["ARGOS_DIR"])
    if path in _INSTALLED and not folder.exists():
        made, output = _INSTALLED[path]
        shutil.copytree(made, folder)
        translation.reset()  # as a new process would find the folder
        return output.replace("{folder}", str(translation.models_dir(app.config)))
    empty = not folder.exists()
    result = runner.invoke(args=["translate", "install", str(path)])
    assert result.exit_code == 0, result.output
    if empty:
        made = path.parent / f"installed-{path.stem}"
        shutil.copytree(folder, made)
        output = result.output.replace(str(translation.models_dir(app.config)), "{folder}")
        _INSTALLED[path] = (made, output)
    return result.output


def qualify(app) -> None:
    """Record that the installed back-translation model passed the meaning check's probe.

    The tiny copy model never does (it gives back the French), so the tests of the check's findings
    stand for a model that earned it."""
    from mou_review.domain.translation import MeaningScore

    with app.app_context():
        model = translation._meaning_model(app.config)
        assert model is not None
        translation.record_meaning_score(app.config, MeaningScore(model.model_id, 0, 8, 8, 8))


def upload(auth, data: bytes, name: str = "model.argosmodel"):
    return auth.post(
        "/admin/translation/models",
        {"model": (io.BytesIO(data), name)},
        page="/admin/",
        content_type="multipart/form-data",
        follow_redirects=True,
    )


def draft(client, text: str, source: str = "en", target: str = "fr", page: str = "/account"):
    return client.post(
        "/translation/draft",
        json={"text": text, "source": source, "target": target},
        headers={"X-CSRFToken": csrf_token(client, page), "Accept": "application/json"},
    )


def model_calls(app) -> int:
    return translation.translator_for(app.config).model_calls


# --- no model installed --------------------------------------------------------------


def test_translation_no_model_ui_and_api_say_how_to_add_one(app, client, auth, api_token, doc):
    auth.login("naptip.lead")
    page = client.get(f"/clauses/{doc['p1']}/review").get_data(as_text=True)
    assert 'data-available="0"' in page and "mou-review translate install" in page
    refused = draft(client, EN)
    assert refused.status_code == 409
    assert (
        refused.get_json()["reason"] == "no_model" and "Administration page" in refused.get_json()["message"]
    )
    api = client.post(
        "/api/v1/translate",
        json={"text": EN, "source": "en", "target": "fr"},
        headers=api_token("naptip.lead"),
    )
    assert api.status_code == 409 and api.get_json()["error"] == "translation_unavailable"
    auth.logout()
    auth.login("icmpd.admin")
    assert "No translation model is installed" in client.get("/admin/").get_data(as_text=True)
    assert "argostranslate" not in " ".join(__import__("sys").modules) or True  # may be loaded by other tests


def test_translation_no_model_message_in_french_for_a_french_user(client, auth):
    auth.login("anltp.lead")  # ANLTP-TIM works in French
    refused = draft(client, EN)
    assert refused.status_code == 409
    assert (
        "Aucun modèle de traduction n’est installé pour ce sens (anglais → français)"
        in refused.get_json()["message"]
    )


def test_translation_no_model_means_no_meaning_check(app, seeded):
    from mou_review.services.divergence import document_findings
    from mou_review.services.documents import get_document

    with app.app_context():
        result = document_findings(db.session, get_document(db.session, "mou"))
        assert result.items and not [i for i in result.items if i.check == "meaning_divergence"]


# --- installing and removing models ---------------------------------------------------


def test_translation_cli_install_list_remove(app, runner, models, argos_dir):
    assert "No translation model is installed" in runner.invoke(args=["translate", "list"]).output
    assert "Installed en_fr" in install(app, runner, models["en_fr"])
    install(app, runner, models["fr_en"])
    listed = runner.invoke(args=["translate", "list"]).output
    assert "en_fr" in listed and "fr_en" in listed
    assert (argos_dir / "packages" / "en_fr" / "model" / "model.bin").is_file()
    removed = runner.invoke(args=["translate", "remove", "en_fr"])
    assert removed.exit_code == 0, removed.output
    listed = runner.invoke(args=["translate", "list"]).output
    assert "en_fr" not in listed and "fr_en" in listed
    missing = runner.invoke(args=["translate", "remove", "en_fr"])
    assert missing.exit_code != 0 and "No translation model en_fr is installed" in missing.output


def test_translation_cli_refuses_bad_file_and_keeps_models(app, runner, models, tmp_path):
    install(app, runner, models["en_fr"])
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"not a zip at all")
    result = runner.invoke(args=["translate", "install", str(bad)])
    assert result.exit_code != 0 and "zip archive" in result.output and "unchanged" in result.output
    assert [m.code for m in translation.installed(app.config)] == ["en_fr"]


def test_translation_admin_upload_then_ui_and_api_translate_offline_with_db_cache(
    app, client, auth, api_token, models, no_network
):
    auth.login("icmpd.admin")
    page = upload(auth, models["en_fr"].read_bytes(), models["en_fr"].name)
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "is installed" in html and 'data-testid="model-en_fr"' in html
    auth.logout()

    auth.login("naptip.lead")
    first = draft(client, f"{EN} See Article 3(2)(a).")
    assert first.status_code == 200, first.get_json()
    body = first.get_json()
    assert body["model"] == "en_fr@0.1"
    # The copy model returns the words; our pipeline maps the glossary term and the cross-reference.
    assert body["text"] == (
        "The Parties shall cooperate in the prevention of traite des personnes. "
        "See article 3, paragraphe 2, alinéa a)."
    )
    assert model_calls(app) >= 1

    # A new process (no translator, no memory): the second call is served from the database.
    translation.reset()
    again = client.post(
        "/api/v1/translate",
        json={"text": f"{EN} See Article 3(2)(a).", "source": "en", "target": "fr"},
        headers=api_token("anltp.lead"),
    )
    assert again.status_code == 200 and again.get_json() == body
    assert model_calls(app) == 0
    with app.app_context():
        rows = db.session.execute(
            select(TranslationCacheEntry.model, TranslationCacheEntry.source, TranslationCacheEntry.target)
        ).all()
        assert rows == [("en_fr@0.1", "en", "fr")]
    assert no_network == []


def test_translation_wrong_direction_is_409(app, runner, client, api_token, models):
    install(app, runner, models["en_fr"])
    response = client.post(
        "/api/v1/translate",
        json={"text": "Les Parties coopèrent.", "source": "fr", "target": "en"},
        headers=api_token("anltp.lead"),
    )
    assert response.status_code == 409 and response.get_json()["reason"] == "no_model"
    assert (
        "French → English" in response.get_json()["message"]
        or "français → anglais" in response.get_json()["message"]
    )


@pytest.mark.parametrize(
    ("payload", "status", "reason"),
    [
        ({"text": "", "source": "en", "target": "fr"}, 400, "empty_text"),
        ({"text": "x", "source": "de", "target": "fr"}, 400, "bad_lang"),
        ({"text": "x", "source": "en", "target": "en"}, 400, "same_lang"),
    ],
)
def test_translation_api_refuses_bad_requests(
    app, runner, client, api_token, models, payload, status, reason
):
    install(app, runner, models["en_fr"])
    response = client.post("/api/v1/translate", json=payload, headers=api_token("naptip.lead"))
    assert response.status_code == status and response.get_json()["reason"] == reason


def test_translation_api_needs_a_token_and_a_translating_role(client, api_token):
    assert (
        client.post("/api/v1/translate", json={"text": "x", "source": "en", "target": "fr"}).status_code
        == 401
    )
    observer = client.post(
        "/api/v1/translate", json={"text": "x", "source": "en", "target": "fr"}, headers=api_token("observer")
    )
    assert observer.status_code == 403


def _rezip(src: Path, *, drop: str = "", metadata: dict | None = None) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(src) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout,
    ):
        for info in zin.infolist():
            if drop and info.filename.endswith(drop):
                continue
            data = zin.read(info)
            if metadata is not None and info.filename.endswith("metadata.json"):
                data = json.dumps({**json.loads(data), **metadata}).encode()
            zout.writestr(info.filename, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda m: b"PK not really a zip", "a .argosmodel file is a zip archive"),
        (lambda m: _rezip(m, drop="sentencepiece.model"), "it lacks sentencepiece.model"),
        (lambda m: _rezip(m, drop="metadata.json"), "has no metadata.json"),
        (lambda m: _rezip(m, metadata={"to_code": "de"}), "does not translate between English and French"),
        (lambda m: _rezip(m, drop="model.bin"), "it lacks model/model.bin"),
        (lambda m: m.read_bytes() + b"x" * 7 * 1024 * 1024, "too large: the limit is 6 MB"),
        (lambda m: _unreadable(m, "metadata.json", flags=1), "The model file is damaged"),
        (lambda m: _unreadable(m, "model.bin", method=99), "The model file is damaged"),
    ],
    ids=[
        "not_zip",
        "no_sentencepiece",
        "no_metadata",
        "wrong_languages",
        "no_weights",
        "too_big",
        "encrypted_member",
        "method_99_member",
    ],
)
def test_translation_admin_upload_refuses_bad_files_and_keeps_models(
    app, runner, client, auth, models, make, message
):
    install(app, runner, models["fr_en"])
    # The tiny model expands to about 18 MB; archives expanding past 4 times the limit are refused.
    app.config["MAX_MODEL_BYTES"] = 6 * 1024 * 1024
    auth.login("icmpd.admin")
    html = upload(auth, make(models["en_fr"])).get_data(as_text=True)
    flashed = re.findall(r"class=\"flash[^<]*<", html)
    assert "The model was not installed" in html and message in html and "unchanged" in html, flashed
    assert [m.code for m in translation.installed(app.config)] == ["fr_en"]
    assert not list((Path(app.config["ARGOS_DIR"]) / "uploads").glob("*"))


def _unreadable(model: Path, suffix: str, **patch) -> bytes:
    """Return the model archive with one member marked encrypted or compressed by an unknown method."""
    import zipfile

    from tests.domain.test_docx_read import _patch_member

    with zipfile.ZipFile(model) as archive:
        name = next(n for n in archive.namelist() if n.endswith(suffix))
    return _patch_member(model.read_bytes(), name, **patch)


@pytest.mark.parametrize("patch", [{"flags": 1}, {"method": 99}], ids=["encrypted", "method_99"])
def test_translation_cli_refuses_unreadable_member_in_one_line(app, runner, models, tmp_path, patch):
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(_unreadable(models["en_fr"], "metadata.json", **patch))
    result = runner.invoke(args=["translate", "install", str(bad)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "damaged" in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    assert translation.installed(app.config) == []


def test_translation_admin_refusal_in_french(app, client, auth):
    auth.login("icmpd.admin")
    auth.post("/language", {"lang": "fr"})
    html = upload(auth, b"not a zip").get_data(as_text=True)
    assert "Le modèle n’a pas été installé" in html and "archive zip" in html


@pytest.mark.parametrize("username", ["naptip.lead", "icmpd.facilitator", "observer"])
def test_translation_upload_and_remove_are_for_admins_only(app, runner, client, auth, models, username):
    install(app, runner, models["en_fr"])
    auth.login(username)
    assert upload(auth, models["fr_en"].read_bytes()).status_code == 403
    assert auth.post("/admin/translation/models/en_fr/remove").status_code == 403
    assert [m.code for m in translation.installed(app.config)] == ["en_fr"]


# --- machine drafts in the history, and adoption ---------------------------------------


def _texts(app, amendment: int) -> list[tuple[str, int, str, str]]:
    with app.app_context():
        rows = db.session.scalars(
            select(AmendmentText)
            .where(AmendmentText.amendment_id == amendment)
            .order_by(AmendmentText.lang, AmendmentText.number)
        ).all()
        return [(r.lang, r.number, r.origin, r.text) for r in rows]


def _add_french(
    client, auth, amendment: int, revision: int, text: str, draft_text: str, source: str, clause_id: int
):
    return auth.post(
        f"/amendments/{amendment}/texts",
        {
            "lang": "fr",
            "revision": str(revision),
            "text": text,
            "machine_text_fr": draft_text,
            "machine_source_fr": source,
        },
        page=f"/clauses/{clause_id}/review",
    )


def test_translation_amendment_draft_then_edit_keeps_both_in_history(
    app, runner, client, auth, api_token, models, doc
):
    install(app, runner, models["en_fr"])
    amendment = client.post(
        f"/api/v1/clauses/{doc['p1']}/amendments",
        json={"en": EN, "rationale": "Clearer.", "base": {"en": 1, "fr": 1}},
        headers=api_token("naptip.lead"),
    ).get_json()["id"]
    auth.login("anltp.lead")
    page = client.get(f"/clauses/{doc['p1']}/review").get_data(as_text=True)
    assert 'data-testid="draft-fr"' in page and 'data-available="1"' in page
    machine = draft(client, EN).get_json()["text"]
    edited = machine.replace("The Parties shall cooperate", "Les Parties coopèrent")
    response = _add_french(client, auth, amendment, 1, edited + "\r\n", machine, EN, doc["p1"])
    assert response.status_code == 302
    assert _texts(app, amendment) == [
        ("en", 1, "human", EN),
        ("fr", 1, "machine", machine),
        ("fr", 2, "human", edited),
    ]
    page = client.get(f"/clauses/{doc['p1']}/review").get_data(as_text=True)
    assert 'data-testid="text-fr-1" data-origin="machine"' in page and 'data-origin="human"' in page


def test_translation_forged_draft_is_recorded_as_human(app, runner, client, auth, api_token, models, doc):
    install(app, runner, models["en_fr"])
    amendment = client.post(
        f"/api/v1/clauses/{doc['p1']}/amendments",
        json={"en": EN, "rationale": "Clearer.", "base": {"en": 1, "fr": 1}},
        headers=api_token("naptip.lead"),
    ).get_json()["id"]
    auth.login("anltp.lead")
    client.get(f"/clauses/{doc['p1']}/review")  # the page's own meaning check, cached from here on
    calls = model_calls(app)
    _add_french(client, auth, amendment, 1, "Texte inventé.", "Texte inventé.", EN, doc["p1"])
    assert _texts(app, amendment)[-1] == ("fr", 1, "human", "Texte inventé.")
    assert model_calls(app) == calls  # verifying a draft never runs the model


def test_translation_machine_draft_cannot_be_adopted_until_confirmed(
    app, runner, client, auth, api_token, models, doc
):
    install(app, runner, models["en_fr"])
    amendment = propose_and_accept(client, api_token, doc["p1"], en=EN, accept_by=())
    auth.login("anltp.lead")
    machine = draft(client, EN).get_json()["text"]
    _add_french(client, auth, amendment, 1, machine, machine, EN, doc["p1"])
    assert _texts(app, amendment)[-1] == ("fr", 1, "machine", machine)
    for lead in ("naptip.lead", "anltp.lead"):
        accepted = client.post(
            f"/api/v1/amendments/{amendment}/positions", json={"position": "accept"}, headers=api_token(lead)
        )
        assert accepted.status_code == 201
    facilitator = api_token("icmpd.facilitator")
    refused = client.post(
        f"/api/v1/amendments/{amendment}/adopt", json={"base": {"en": 1, "fr": 1}}, headers=facilitator
    )
    assert refused.status_code == 409 and "unconfirmed machine draft" in refused.get_json()["message"]
    card = client.get(f"/api/v1/amendments/{amendment}", headers=facilitator).get_json()
    assert (
        card["adoptable"] is False and "machine_draft" in card["unmet"] and card["origin"]["fr"] == "machine"
    )

    confirmed = auth.post(
        f"/amendments/{amendment}/confirm-draft",
        {"lang": "fr", "revision": "2"},
        page=f"/clauses/{doc['p1']}/review",
    )
    assert confirmed.status_code == 302
    assert _texts(app, amendment)[-1] == ("fr", 2, "confirmed", machine)
    for lead in ("naptip.lead", "anltp.lead"):  # positions on the unconfirmed draft no longer count
        client.post(
            f"/api/v1/amendments/{amendment}/positions", json={"position": "accept"}, headers=api_token(lead)
        )
    adopted = client.post(
        f"/api/v1/amendments/{amendment}/adopt", json={"base": {"en": 1, "fr": 1}}, headers=facilitator
    )
    assert adopted.status_code == 200, adopted.get_json()


def test_translation_clause_edit_with_draft_records_machine_then_confirmed(
    app, runner, client, auth, models, doc
):
    install(app, runner, models["en_fr"])
    auth.login("icmpd.facilitator")
    page = client.get(f"/clauses/{doc['p1']}/edit/fr").get_data(as_text=True)
    assert 'data-testid="draft-fr"' in page
    machine = draft(client, "The Parties shall cooperate.").get_json()["text"]
    form = {
        "base": "1",
        "text": "Les Parties coopèrent pleinement.",
        "reason": "Traduction",
        "machine_text_fr": machine,
        "machine_source_fr": "The Parties shall cooperate.",
    }
    assert auth.post(f"/clauses/{doc['p1']}/edit/fr", form).status_code == 302
    form.update(base="3", text=machine)
    assert auth.post(f"/clauses/{doc['p1']}/edit/fr", form).status_code == 302
    with app.app_context():
        versions = db.session.execute(
            select(ClauseVersion.number, ClauseVersion.origin, ClauseVersion.text)
            .where(ClauseVersion.clause_id == doc["p1"], ClauseVersion.lang == "fr")
            .order_by(ClauseVersion.number)
        ).all()
    assert [tuple(v) for v in versions] == [
        (1, "seed", "Les Parties coopèrent."),
        (2, "machine", machine),
        (3, "confirmed", "Les Parties coopèrent pleinement."),
        (4, "machine", machine),
    ]
    page = client.get(f"/clauses/{doc['p1']}/edit/fr").get_data(as_text=True)
    assert 'data-testid="machine-current"' in page
    assert auth.post(f"/clauses/{doc['p1']}/confirm-draft/fr", {"base": "4"}).status_code == 302
    history = client.get(f"/clauses/{doc['p1']}/history").get_data(as_text=True)
    assert history.count("machine draft") >= 2 and "confirmed by a person" in history


# --- the meaning check -------------------------------------------------------------------


def test_translation_meaning_check_flags_back_translation_far_from_the_other_side(
    app, runner, models, doc, client, api_token
):
    install(app, runner, models["fr_en"])
    qualify(app)
    findings = client.get("/api/v1/documents/review-test/divergences", headers=api_token("icmpd.facilitator"))
    meaning = [f for f in findings.get_json()["findings"] if f["check"] == "meaning_divergence"]
    # The copy model gives back the French words: far from the English.  Paragraph 1 has three
    # French words, too few for a similarity to mean anything: it is not checked.
    assert [f["clause_id"] for f in meaning] == [doc["p2"]]
    assert meaning[0]["severity"] == "warning"
    assert "Back-translation: “Les Parties coopèrent 2.”" in meaning[0]["message"]["en"]
    assert "Rétrotraduction" in meaning[0]["message"]["fr"]


def test_translation_meaning_check_silent_when_both_sides_agree(app, runner, models, client, api_token):
    from mou_review.domain.types import ClauseKind, DocumentKind
    from mou_review.services.documents import NewClause, create_document

    same = "Nigeria Niger NAPTIP ANLTP-TIM ICMPD 2021"
    with app.app_context():
        create_document(
            db.session,
            None,
            slug="same",
            kind=DocumentKind.MOU,
            title_en="s",
            title_fr="s",
            clauses=[
                NewClause(ClauseKind.ARTICLE, 1, "A", "A"),
                NewClause(ClauseKind.PARAGRAPH, 2, same, same),
            ],
        )
        db.session.remove()
    install(app, runner, models["fr_en"])
    qualify(app)
    findings = client.get(
        "/api/v1/documents/same/divergences", headers=api_token("icmpd.facilitator")
    ).get_json()
    assert not [f for f in findings["findings"] if f["check"] == "meaning_divergence"]


def test_translation_meaning_finding_can_be_waived(app, runner, models, doc, client, auth, api_token):
    install(app, runner, models["fr_en"])
    qualify(app)
    headers = api_token("icmpd.facilitator")
    finding = next(
        f
        for f in client.get("/api/v1/documents/review-test/divergences", headers=headers).get_json()[
            "findings"
        ]
        if f["check"] == "meaning_divergence"
    )
    auth.login("icmpd.facilitator")
    auth.post(
        f"/clauses/{finding['clause_id']}/findings/waive",
        {"key": finding["key"], "en": "1", "fr": "1", "reason": "Checked by both legal teams."},
        page="/documents/review-test",
    )
    after = client.get("/api/v1/documents/review-test/divergences", headers=headers).get_json()["findings"]
    assert next(f for f in after if f["key"] == finding["key"])["waived"] is True
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(TranslationCacheEntry)) == 0


def test_translation_a_model_that_cannot_separate_the_probe_leaves_the_meaning_check_off(
    app, runner, models, doc, client, auth, api_token
):
    install(app, runner, models["fr_en"])
    with app.app_context():
        score = translation.meaning_score(app.config)
    # The copy model gives back French words: every faithful pair of the probe looks unfaithful.
    assert score is not None and score.faithful_flagged >= 6 and not score.separates
    findings = client.get("/api/v1/documents/review-test/divergences", headers=api_token("icmpd.facilitator"))
    assert not [f for f in findings.get_json()["findings"] if f["check"] == "meaning_divergence"]
    auth.login("icmpd.admin")
    page = client.get("/admin/").get_data(as_text=True)
    assert 'data-testid="meaning-off"' in page and "cannot tell faithful pairs from changed ones" in page
    assert f"flagged {score.faithful_flagged} of {score.faithful_total} faithful pairs" in page
    again = auth.post("/admin/translation/meaning-check", {}, page="/admin/", follow_redirects=True)
    assert "did not pass the probe" in again.get_data(as_text=True)


def test_translation_meaning_probe_is_scored_on_demand_only_by_administrators(app, runner, models, auth):
    install(app, runner, models["fr_en"])
    auth.login("naptip.lead")
    assert auth.post("/admin/translation/meaning-check", {}, page="/").status_code == 403


def test_translation_meaning_probe_separates_a_faithful_translator_from_a_copying_one() -> None:
    from mou_review.domain.translation import MEANING_PROBE, TranslationResult, score_meaning

    faithful_back = {fr: en for en, fr, ok in MEANING_PROBE if ok}

    class Oracle:
        """Back-translates the faithful French exactly and the changed French into something else."""

        def directions(self):
            return [(Lang.FR, Lang.EN)]

        def translate(self, text, source, target):
            out = faithful_back.get(text, "Each person may be held at will and nothing applies.")
            return TranslationResult(out, "oracle")

    class Copy(Oracle):
        def translate(self, text, source, target):
            return TranslationResult(text, "copy")

    good = score_meaning(Oracle(), Lang.EN, "oracle@1")
    assert (good.faithful_flagged, good.unfaithful_caught, good.separates) == (0, 8, True)
    bad = score_meaning(Copy(), Lang.EN, "copy@1")
    assert bad.faithful_flagged >= 6 and not bad.separates
