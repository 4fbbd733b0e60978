"""Importing Word files: round trips of the demo documents, the confirm step, corrections and bad files."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mou_review.domain.errors import DocxFormatError, NotFound, PermissionDenied, ValidationError
from mou_review.domain.types import DocumentKind, Lang
from mou_review.extensions import db
from mou_review.models import Clause, ClauseVersion, Document
from mou_review.services import docx_io
from mou_review.services.documents import document_view
from mou_review.services.users import get_user
from tests.domain.test_docx_read import BAD_FILES, _docx

MAX = 10 * 1024 * 1024


def _exports(app, slug: str) -> dict[str, bytes]:
    with app.app_context():
        files = {variant: docx_io.export_bytes(db.session, slug, variant)[0] for variant in docx_io.VARIANTS}
        db.session.remove()
    return files


def _clauses(app, slug: str) -> list[tuple[str, int, str, str]]:
    with app.app_context():
        view = document_view(db.session, slug)
        rows = [
            (row.clause.kind, row.clause.level, row.text(Lang.EN), row.text(Lang.FR)) for row in view.rows
        ]
        db.session.remove()
    return rows


def _documents(app) -> int:
    with app.app_context():
        count = db.session.scalar(select(func.count(Document.id)))
        db.session.remove()
    return count


@pytest.mark.parametrize("slug", ["mou", "tor"])
@pytest.mark.parametrize("source", ["pair", "bilingual"])
def test_import_of_exported_files_gives_back_the_same_clauses(seeded, slug: str, source: str) -> None:
    files = _exports(seeded, slug)
    with seeded.app_context():
        admin = get_user(db.session, "icmpd.admin")
        if source == "pair":
            given = {"en": files["signing-en"], "fr": files["signing-fr"]}
        else:
            given = {"bilingual": files["bilingual"]}
        _, proposal = docx_io.import_files(
            db.session,
            admin,
            slug=f"{slug}-copy",
            kind=DocumentKind(slug),
            title_en="Copy",
            title_fr="Copie",
            max_bytes=MAX,
            **given,
        )
        origins = set(
            db.session.scalars(
                select(ClauseVersion.origin)
                .join(Clause)
                .join(Document)
                .where(Document.slug == f"{slug}-copy")
            )
        )
        db.session.remove()
    assert proposal.unpaired_en == proposal.unpaired_fr == []
    assert _clauses(seeded, f"{slug}-copy") == _clauses(seeded, slug)
    assert origins == {"import"}


def test_import_docx_command_returns_the_demo_mou_pairs_as_json(seeded, tmp_path) -> None:
    files = _exports(seeded, "mou")
    (tmp_path / "en.docx").write_bytes(files["signing-en"])
    (tmp_path / "fr.docx").write_bytes(files["signing-fr"])
    result = seeded.test_cli_runner().invoke(
        args=[
            "import-docx",
            "mou2",
            "--en",
            str(tmp_path / "en.docx"),
            "--fr",
            str(tmp_path / "fr.docx"),
            "--title-en",
            "MoU",
            "--title-fr",
            "Protocole",
            "--json",
        ]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    with seeded.app_context():
        view = document_view(db.session, "mou")
        expected = [
            {
                "number": row.number,
                "kind": row.clause.kind,
                "level": row.clause.level,
                "en": row.text(Lang.EN),
                "fr": row.text(Lang.FR),
            }
            for row in view.rows
        ]
        db.session.remove()
    assert payload["document"] == "mou2"
    assert [
        {k: c[k] for k in ("number", "kind", "level", "en", "fr")} for c in payload["clauses"]
    ] == expected
    confidences = [c["confidence"] for c in payload["clauses"]]
    assert all(0 <= c <= 1 for c in confidences)
    # The demo MoU carries a few deliberate EN/FR divergences: those pairs may look doubtful, no more.
    assert sum(c < 0.5 for c in confidences) <= 4
    assert payload["unpaired"] == {"en": [], "fr": []}


def test_import_docx_command_lists_unpaired_paragraphs(app, tmp_path) -> None:
    en = _docx(
        "Article 1 – Purpose",
        "1. The Parties shall cooperate.",
        "Article 2 – Entry into force",
        "1. This Memorandum enters into force on 14 June 2021.",
    )
    fr = _docx("Article premier – Objet", "1. Les Parties coopèrent.")
    (tmp_path / "en.docx").write_bytes(en)
    (tmp_path / "fr.docx").write_bytes(fr)
    result = app.test_cli_runner().invoke(
        args=[
            "import-docx",
            "short",
            "--en",
            str(tmp_path / "en.docx"),
            "--fr",
            str(tmp_path / "fr.docx"),
            "--json",
        ]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [c["fr"] for c in payload["clauses"]] == ["Objet", "Les Parties coopèrent."]
    assert payload["unpaired"]["en"] == [
        "Entry into force",
        "This Memorandum enters into force on 14 June 2021.",
    ]


@pytest.mark.parametrize(("case", "make", "reason"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_import_docx_command_refuses_bad_file_and_imports_nothing(app, tmp_path, case, make, reason) -> None:
    (tmp_path / "bad.docx").write_bytes(make())
    (tmp_path / "good.docx").write_bytes(_docx("Article 1 – Purpose", "1. Text."))
    result = app.test_cli_runner().invoke(
        args=[
            "import-docx",
            "bad",
            "--en",
            str(tmp_path / "good.docx"),
            "--fr",
            str(tmp_path / "bad.docx"),
        ]
    )
    assert result.exit_code != 0
    assert f"fr: {docx_io.REASON_MESSAGES[reason]}" in result.output.replace("\n", " ").replace("  ", " ")
    assert f"({reason})" in result.output
    assert _documents(app) == 0


def test_import_docx_command_refuses_file_over_the_configured_limit(app, tmp_path) -> None:
    app.config["MAX_DOCX_BYTES"] = 2048
    (tmp_path / "big.docx").write_bytes(_docx("Article 1", "x" * 5000))
    result = app.test_cli_runner().invoke(
        args=["import-docx", "big", "--bilingual", str(tmp_path / "big.docx")]
    )
    assert result.exit_code != 0 and "(too_large)" in result.output
    assert _documents(app) == 0


# --------------------------------------------------------------------------- the browser route


def _upload(auth, data: dict, **files: bytes):
    payload = {
        "slug": "imported",
        "kind": "mou",
        "title_en": "Imported",
        "title_fr": "Importé",
        "mode": "pair",
    }
    payload.update(data)
    for name, blob in files.items():
        payload[name] = (io.BytesIO(blob), f"{name}.docx")
    return auth.post("/docx/import", payload, page="/docx/import", content_type="multipart/form-data")


def _token(response) -> str:
    match = re.search(r"/docx/import/([A-Za-z0-9_-]+)$", response.headers["Location"])
    assert match, response.headers.get("Location")
    return match.group(1)


def test_import_route_proposes_without_writing_then_confirm_creates_the_document(
    seeded, client, auth
) -> None:
    files = _exports(seeded, "tor")
    auth.login("icmpd.admin")
    before = _documents(seeded)
    response = _upload(auth, {"kind": "tor"}, en=files["signing-en"], fr=files["signing-fr"])
    assert response.status_code == 302
    token = _token(response)
    page = client.get(f"/docx/import/{token}").get_data(as_text=True)
    assert "Check the proposed pairs" in page and 'data-testid="confidence-0"' in page
    assert _documents(seeded) == before  # nothing written before the confirmation
    assert (Path(seeded.instance_path) / "imports" / f"{token}.json").exists()
    response = auth.post(f"/docx/import/{token}/confirm", page=f"/docx/import/{token}")
    assert response.status_code == 302 and response.headers["Location"].endswith("/documents/imported")
    assert _clauses(seeded, "imported") == _clauses(seeded, "tor")
    assert client.get(f"/docx/import/{token}").status_code == 404  # the proposal is gone


def test_import_route_proposal_belongs_to_its_uploader(seeded, app, auth) -> None:
    files = _exports(seeded, "mou")
    auth.login("icmpd.admin")
    token = _token(_upload(auth, {"mode": "bilingual"}, bilingual=files["bilingual"]))
    with app.app_context():
        store = docx_io.ProposalStore(Path(app.instance_path) / "imports")
        other = get_user(db.session, "icmpd.facilitator").id
        with pytest.raises(NotFound) as caught:
            store.load(token, other)
        db.session.remove()
    assert caught.value.code == "not_found"


@pytest.mark.parametrize("username", ["icmpd.facilitator", "naptip.lead", "anltp.member", "observer"])
def test_import_route_is_for_admins_only(app, auth, client, username: str) -> None:
    auth.login(username)
    assert client.get("/docx/import").status_code == 403


@pytest.mark.parametrize(("case", "make", "reason"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_import_route_refuses_bad_file_in_french(app, client, auth, case, make, reason) -> None:
    auth.login("anltp.member")  # French interface; then sign in as the admin with a French preference
    auth.logout()
    with app.app_context():
        admin = get_user(db.session, "icmpd.admin")
        admin.preferred_lang = "fr"
        db.session.commit()
        db.session.remove()
    auth.login("icmpd.admin")
    response = _upload(auth, {}, en=_docx("Article 1 – Purpose", "1. Text."), fr=make())
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    french = {
        "not_docx": "n’est pas un document Word",
        "corrupt": "endommagé ou incomplet",
        "zip_bomb": "bien plus de données",
        "macro_enabled": "contient des macros",
        "encrypted": "protégé par un mot de passe",
        "empty": "ne contient aucun texte",
    }[reason]
    assert "Fichier français" in html and french in html
    assert _documents(app) == 0


def test_import_route_refuses_file_over_the_limit(app, client, auth) -> None:
    app.config["MAX_DOCX_BYTES"] = 2048
    auth.login("icmpd.admin")
    response = _upload(auth, {}, en=_docx("Article 1", "x" * 5000), fr=_docx("Article premier", "y"))
    assert response.status_code == 400
    assert "larger than the 1 MB limit" in response.get_data(as_text=True)
    assert _documents(app) == 0


# --------------------------------------------------------------------------- corrections


def _proposal(*rows: tuple[str, str]) -> docx_io.Proposal:
    return docx_io.Proposal(
        rows=[docx_io.Row(en, fr, "paragraph", 1, 0.9) for en, fr in rows], unpaired_en=["E9"], unpaired_fr=[]
    )


def _pairs(proposal: docx_io.Proposal) -> list[tuple[str, str]]:
    return [(row.en, row.fr) for row in proposal.rows]


@pytest.mark.parametrize(
    ("operation", "row", "lang", "at", "expected"),
    [
        ("merge", 0, None, 0, [("E1 E2", "F1 F2"), ("E3", "F3")]),
        ("shift_down", 1, Lang.FR, 0, [("E1", "F1"), ("E2", ""), ("E3", "F2"), ("", "F3")]),
        ("shift_up", 1, Lang.FR, 0, [("E1", "F1 F2"), ("E2", "F3"), ("E3", "")]),
        ("split", 0, Lang.EN, 1, [("One.", "F1"), ("Two.", "F2"), ("E2", "F3"), ("E3", "")]),
        ("place", 3, Lang.EN, 0, [("One. Two.", "F1"), ("E2", "F2"), ("E3", "F3"), ("E9", "")]),
    ],
)
def test_edit_proposal_moves_cells_as_a_reader_expects(operation, row, lang, at, expected) -> None:
    proposal = _proposal(
        ("One. Two." if operation in ("split", "place") else "E1", "F1"), ("E2", "F2"), ("E3", "F3")
    )
    docx_io.edit_proposal(proposal, operation, row=row, lang=lang, at=at)
    assert _pairs(proposal) == expected
    assert proposal.rows[row].confidence is None  # a person checked it


def test_edit_proposal_shift_up_then_down_restores_the_pairs() -> None:
    proposal = _proposal(("E1", "F1"), ("E2", ""), ("E3", "F2"))
    docx_io.edit_proposal(proposal, "shift_up", row=2, lang=Lang.FR)  # F2 joins the empty cell of row 2
    assert _pairs(proposal) == [("E1", "F1"), ("E2", "F2"), ("E3", "")]


@pytest.mark.parametrize(
    ("operation", "row", "lang", "reason"),
    [
        ("merge", 2, None, "bad_row"),
        ("shift_up", 0, Lang.EN, "bad_row"),
        ("split", 0, Lang.EN, "bad_split"),
        ("rotate", 0, Lang.EN, "bad_operation"),
        ("shift_down", 0, None, "no_lang"),
        ("merge", 9, None, "bad_row"),
    ],
)
def test_edit_proposal_refuses_impossible_corrections(operation, row, lang, reason) -> None:
    with pytest.raises(ValidationError) as caught:
        docx_io.edit_proposal(
            _proposal(("E1", "F1"), ("E2", "F2"), ("E3", "F3")), operation, row=row, lang=lang
        )
    assert caught.value.details["reason"] == reason


def test_commit_proposal_refuses_half_rows_and_non_admins(app) -> None:
    proposal = _proposal(("E1", "F1"), ("E2", ""))
    proposal.slug = "half"
    with app.app_context():
        with pytest.raises(ValidationError) as caught:
            docx_io.commit_proposal(db.session, get_user(db.session, "icmpd.admin"), proposal)
        assert caught.value.details == {"row": 2, "lang": "fr", "reason": "half_row"}
        with pytest.raises(PermissionDenied):
            docx_io.commit_proposal(db.session, get_user(db.session, "icmpd.facilitator"), proposal)
        db.session.remove()


def test_propose_import_reports_reason_and_file(app) -> None:
    with pytest.raises(DocxFormatError) as caught:
        docx_io.propose_import(en=_docx("Text."), fr=b"plain text", max_bytes=MAX)
    assert caught.value.details["reason"] == "not_docx" and caught.value.details["file"] == "fr"
