"""A party's marked-up Word file comes back: the import-markup command and the Word page's preview."""

from __future__ import annotations

import io
import json
import re

import pytest
from sqlalchemy import func, select

from mou_review.domain.errors import InvalidTransition
from mou_review.domain.types import Lang
from mou_review.extensions import db
from mou_review.models import Amendment, AuditEvent, Comment, CommentBody
from mou_review.services import docx_io
from mou_review.services.amendments import add_amendment_text
from mou_review.services.documents import document_view, edit_clause
from mou_review.services.positions import adopt_amendment, take_position
from mou_review.services.users import get_user
from tests import markup_files as mf

OLD = "respond within thirty (30) days"
NEW = "respond within forty-five (45) days"


def _export(app, variant: str = "signing-en", slug: str = "mou") -> bytes:
    with app.app_context():
        data, _ = docx_io.export_bytes(db.session, slug, variant)
        db.session.remove()
    return data


def _clause_id(app, startswith: str, lang: str = "en") -> int:
    with app.app_context():
        view = document_view(db.session, "mou")
        found = next(row for row in view.rows if row.text(lang).startswith(startswith))
        db.session.remove()
    return found.id


def _marked_up(app, more: tuple[dict, ...] = ()) -> bytes:
    """The done-when file: 9(3) changed with Track Changes, 9(5) emptied, a comment on 9(2) (and ``more``)."""

    def act(root):
        mf.track_replace(mf.paragraph(root, OLD), OLD, NEW)
        mf.track_clear(mf.paragraph(root, "a secure platform for the exchange"))

    data = mf.edit(_export(app), act)
    return mf.add_comments(data, [{"on": "degree of urgency", "text": "Who decides the urgency?"}, *more])


def _run(runner, tmp_path, data: bytes, *args: str):
    path = tmp_path / "returned.docx"
    path.write_bytes(data)
    return runner.invoke(args=["import-markup", "mou", str(path), *args])


def _counts(app) -> tuple[int, int]:
    with app.app_context():
        counts = (
            db.session.scalar(select(func.count(Amendment.id))),
            db.session.scalar(select(func.count(Comment.id))),
        )
        db.session.remove()
    return counts


def test_import_markup_proposes_exactly_the_three_changes_and_writes_nothing(
    seeded, runner, tmp_path
) -> None:
    result = _run(runner, tmp_path, _marked_up(seeded), "--user", "naptip.lead", "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert (payload["document"], payload["lang"], payload["unmatched"]) == ("mou", "en", [])
    actions = [(c["number"], c["action"], c["tracked"]) for c in payload["changes"]]
    assert actions == [("9.3", "modify", True), ("9.5", "delete", True), ("9.2", "comment", False)]
    modify = payload["changes"][0]
    assert modify["base"] == 1 and NEW in modify["text"] and modify["author"] == "Amina Bello"
    assert "amendment_id" not in modify
    assert _counts(seeded) == (0, 0)


def test_confirmed_import_writes_amendments_and_comments_attributed_to_the_importer(
    seeded, runner, tmp_path
) -> None:
    result = _run(runner, tmp_path, _marked_up(seeded), "--user", "naptip.lead", "--json", "--confirm")
    assert result.exit_code == 0, result.output
    changes = json.loads(result.output)["changes"]
    with seeded.app_context():
        modify = db.session.get(Amendment, changes[0]["amendment_id"])
        delete = db.session.get(Amendment, changes[1]["amendment_id"])
        comment = db.session.get(Comment, changes[2]["comment_id"])
        body = db.session.scalar(select(CommentBody.body).where(CommentBody.comment_id == comment.id))
        assert (modify.action, modify.party.code, modify.author.username, modify.base_en) == (
            "modify",
            "NAPTIP",
            "naptip.lead",
            1,
        )
        assert "Tracked change in Word by Amina Bello, 30 November 2026" in modify.rationale
        assert "returned.docx" in modify.rationale
        assert delete.action == "delete"
        assert (comment.lang, comment.party.code) == ("en", "NAPTIP")
        assert body.startswith("On “degree of urgency”: Who decides the urgency?")
        assert "Word comment by Amina Bello" in body
        assert (
            db.session.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "markup.import"))
            == 1
        )
        db.session.remove()


def test_a_members_import_turns_changes_into_comments_quoting_the_suggestion(
    seeded, runner, tmp_path
) -> None:
    result = _run(runner, tmp_path, _marked_up(seeded), "--user", "naptip.member", "--json", "--confirm")
    assert result.exit_code == 0, result.output
    changes = json.loads(result.output)["changes"]
    assert all("comment_id" in c and "amendment_id" not in c for c in changes)
    with seeded.app_context():
        bodies = [
            db.session.scalar(select(CommentBody.body).where(CommentBody.comment_id == c["comment_id"]))
            for c in changes
        ]
        assert db.session.scalar(select(func.count(Amendment.id))) == 0
        db.session.remove()
    assert bodies[0].startswith("Suggested text: “The requested Party shall " + NEW)
    assert bodies[1].startswith("Suggests deleting this clause.")


def test_a_change_on_a_clause_edited_since_the_export_is_a_conflict_keeping_the_exported_base(
    seeded, runner, tmp_path
) -> None:
    data = _marked_up(seeded)
    clause_id = _clause_id(seeded, "The requested Party shall respond")
    with seeded.app_context():
        text = document_view(db.session, "mou").row(clause_id).text(Lang.EN)
        edit_clause(
            db.session,
            get_user(db.session, "icmpd.facilitator"),
            clause_id,
            Lang.EN,
            text + " Edited.",
            base_number=1,
            reason="test",
        )
        db.session.remove()
    result = _run(runner, tmp_path, data, "--user", "naptip.lead", "--json", "--confirm")
    assert result.exit_code == 0, result.output
    modify = json.loads(result.output)["changes"][0]
    assert modify["conflict"] == {"base": 1, "current": 2}
    with seeded.app_context():
        facilitator = get_user(db.session, "icmpd.facilitator")
        amendment = db.session.get(Amendment, modify["amendment_id"])
        assert amendment.base_en == 1  # the version in the file, not the current one
        assert "Written against version 1; the clause is now at version 2." in amendment.rationale
        # Accepted by both parties in both languages, it still cannot replace the newer text unnoticed.
        add_amendment_text(db.session, get_user(db.session, "anltp.lead"), amendment.id, Lang.FR, "Texte.",
                           revision=amendment.revision)  # fmt: skip
        revision = db.session.get(Amendment, amendment.id).revision
        for lead in ("naptip.lead", "anltp.lead"):
            take_position(db.session, get_user(db.session, lead), amendment.id, "accept", revision=revision)
        with pytest.raises(InvalidTransition) as refused:
            adopt_amendment(db.session, facilitator, amendment.id, base={"en": 2, "fr": 1})
        assert refused.value.details["reason"] == "base_outdated"
        db.session.remove()


@pytest.mark.parametrize(
    ("data", "args", "message"),
    [
        (b"not a word file", (), "This file is not a Word document (.docx)."),
        (None, ("--lang", "fr"), "This file is the English version of the document, but you chose French."),
        ("tor", (), "This file is an export of another document (tor), not of mou."),
    ],
    ids=["not-docx", "wrong-language", "other-document"],
)
def test_import_markup_refuses_with_one_line_and_exit_1(
    seeded, runner, tmp_path, data, args, message
) -> None:
    if data is None:
        data = _marked_up(seeded)
    elif data == "tor":
        data = _export(seeded, slug="tor")
    result = _run(runner, tmp_path, data, "--user", "naptip.lead", *args)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.output
    assert _counts(seeded) == (0, 0)


def test_word_page_uploads_previews_and_confirms(seeded, client, auth) -> None:
    auth.login("naptip.lead")
    page = client.get("/documents/mou/docx")
    assert b'data-testid="markup-upload"' in page.data
    response = auth.post(
        "/documents/mou/docx/markup",
        {"file": (io.BytesIO(_marked_up(seeded)), "naptip-returned.docx"), "lang": "en"},
        page="/documents/mou/docx",
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    preview = client.get(response.headers["Location"])
    html = preview.data.decode()
    assert html.count('data-testid="markup-change-') == 3
    assert "<del>thirty</del><ins>forty-five</ins> (<del>30</del><ins>45</ins>)" in html
    assert _counts(seeded) == (0, 0)
    token = re.search(r"/markup/([^/\"]+)/confirm", html).group(1)
    done = auth.post(f"/documents/mou/docx/markup/{token}/confirm", page=response.headers["Location"])
    assert done.status_code == 302
    assert _counts(seeded) == (2, 1)
    # The upload is gone once confirmed: a second confirmation finds nothing.
    again = auth.post(f"/documents/mou/docx/markup/{token}/confirm", page="/documents/mou/docx")
    assert again.status_code == 404
    assert _counts(seeded) == (2, 1)


def test_word_page_refusal_is_a_message_in_the_users_language(seeded, client, auth) -> None:
    auth.login("anltp.lead")
    response = auth.post(
        "/documents/mou/docx/markup",
        {"file": (io.BytesIO(_marked_up(seeded)), "returned.docx"), "lang": "fr"},
        page="/documents/mou/docx",
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert response.status_code == 200
    assert (
        "Ce fichier est la version anglaise du document, mais vous avez choisi le français."
        in response.data.decode()
    )
    assert _counts(seeded) == (0, 0)


def test_observer_has_no_upload_form(seeded, client, auth) -> None:
    auth.login("observer")
    assert b'data-testid="markup-upload"' not in client.get("/documents/mou/docx").data


def _snapshot(app) -> tuple:
    """Every amendment's and comment's stored state, to show an import altered nothing already there."""
    with app.app_context():
        amendments = db.session.execute(
            select(
                Amendment.id, Amendment.action, Amendment.rationale, Amendment.base_en, Amendment.status
            ).order_by(Amendment.id)
        ).all()
        bodies = db.session.execute(
            select(CommentBody.comment_id, CommentBody.number, CommentBody.body).order_by(CommentBody.id)
        ).all()
        db.session.remove()
    return [tuple(row) for row in amendments], [tuple(row) for row in bodies]


def test_reimporting_the_same_file_is_reported_as_already_imported_and_writes_nothing_again(
    seeded, runner, tmp_path
) -> None:
    data = _marked_up(seeded)
    first = _run(runner, tmp_path, data, "--user", "naptip.lead", "--json", "--confirm")
    assert first.exit_code == 0, first.output
    created = [{k: v for k, v in c.items() if k.endswith("_id") and k != "clause_id"}
               for c in json.loads(first.output)["changes"]]  # fmt: skip
    before = _snapshot(seeded)
    assert _counts(seeded) == (2, 1)

    proposal = _run(runner, tmp_path, data, "--user", "naptip.lead", "--json")
    assert proposal.exit_code == 0, proposal.output
    assert [c["already_imported"] for c in json.loads(proposal.output)["changes"]] == created

    again = _run(runner, tmp_path, data, "--user", "naptip.lead", "--confirm")
    assert again.exit_code == 0, again.output
    assert again.output.count("already-imported") == 3
    assert "3 of the changes were already imported" in again.output
    assert "Imported: 0 new of 3 changes from" in again.output
    assert _counts(seeded) == (2, 1)
    assert _snapshot(seeded) == before


def test_reimport_with_one_more_change_writes_only_the_new_one(seeded, runner, tmp_path) -> None:
    assert _run(runner, tmp_path, _marked_up(seeded), "--user", "naptip.lead", "--confirm").exit_code == 0
    before = _snapshot(seeded)
    more = _marked_up(seeded, ({"on": "three (3) working days", "text": "Why three?"},))
    result = _run(runner, tmp_path, more, "--user", "naptip.lead", "--json", "--confirm")
    assert result.exit_code == 0, result.output
    changes = json.loads(result.output)["changes"]
    assert sum("already_imported" in c for c in changes) == 3
    new = [c for c in changes if "already_imported" not in c]
    assert len(new) == 1 and "comment_id" in new[0]
    assert _counts(seeded) == (2, 2)
    after = _snapshot(seeded)
    assert after[0] == before[0] and after[1][: len(before[1])] == before[1]


def test_another_partys_import_of_the_same_file_is_not_taken_for_a_duplicate(
    seeded, runner, tmp_path
) -> None:
    data = _marked_up(seeded)
    assert _run(runner, tmp_path, data, "--user", "naptip.lead", "--confirm").exit_code == 0
    result = _run(runner, tmp_path, data, "--user", "anltp.lead", "--json", "--confirm")
    assert result.exit_code == 0, result.output
    assert not any("already_imported" in c for c in json.loads(result.output)["changes"])
    assert _counts(seeded) == (4, 2)


def test_word_page_shows_a_second_upload_of_the_same_file_as_already_imported(seeded, client, auth) -> None:
    data = _marked_up(seeded)
    auth.login("anltp.lead")

    def upload() -> str:
        response = auth.post(
            "/documents/mou/docx/markup",
            {"file": (io.BytesIO(data), "retour.docx"), "lang": "en"},
            page="/documents/mou/docx",
            content_type="multipart/form-data",
        )
        assert response.status_code == 302
        return response.headers["Location"]

    first = upload()
    token = re.search(r"/markup/([^/\"]+)$", first).group(1)
    assert auth.post(f"/documents/mou/docx/markup/{token}/confirm", page=first).status_code == 302
    assert _counts(seeded) == (2, 1)
    before = _snapshot(seeded)

    second = upload()
    html = client.get(second).data.decode()
    assert html.count('data-testid="already-imported"') == 3
    assert (
        "3\u00a0modifications de ce fichier ont déjà été importées" in html
        or "3 modifications de ce fichier ont déjà été importées" in html
    )
    assert 'data-testid="markup-confirm"' not in html  # nothing new to save
    # Confirming anyway (an old tab, a replayed form) writes nothing either.
    token = re.search(r"/markup/([^/\"]+)$", second).group(1)
    done = auth.post(f"/documents/mou/docx/markup/{token}/confirm", page=second, follow_redirects=True)
    assert "3 modifications avaient déjà été importées" in done.data.decode()
    assert _counts(seeded) == (2, 1)
    assert _snapshot(seeded) == before
