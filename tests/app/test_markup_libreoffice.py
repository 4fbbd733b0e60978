"""The Word round trip with a real editor: LibreOffice edits an export with Track Changes and a comment.

``scripts/lo_markup.py`` runs under Debian's /usr/bin/python3 (python3-uno) as a
subprocess: it opens the English signing copy, records changes while it replaces
"thirty (30) days" by "forty-five (45) days" in Article 9(3) and empties 9(5),
comments on words of 9(2), and saves as Word 2007-365.  The import must propose
exactly those three changes on the right bases; confirmed, the amendment goes
through positions and adoption like any other.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from mou_review.domain.types import Lang
from mou_review.extensions import db
from mou_review.models import Amendment
from mou_review.services import docx_io
from mou_review.services.amendments import add_amendment_text
from mou_review.services.documents import document_view
from mou_review.services.positions import adopt_amendment, take_position
from mou_review.services.users import get_user

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"


def _libreoffice_ready() -> str | None:
    """Say what is missing to drive LibreOffice over UNO, or None."""
    if not shutil.which("soffice"):
        return "LibreOffice (soffice) is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "Debian's python3-uno is not installed"
    return None


def _need_libreoffice() -> None:
    missing = _libreoffice_ready()
    if missing is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{missing}: scripts/test installs it and CI must run this test")
    pytest.skip(f"{missing} (scripts/test installs libreoffice-writer and python3-uno)")


def _edit_in_libreoffice(tmp_path: Path, data: bytes, edits: list[dict]) -> bytes:
    source, target, plan = tmp_path / "export.docx", tmp_path / "returned.docx", tmp_path / "edits.json"
    source.write_bytes(data)
    plan.write_text(json.dumps({"author": "Amina Bello", "track": True, "edits": edits}), encoding="utf-8")
    result = subprocess.run(
        [SYSTEM_PYTHON, str(ROOT / "scripts" / "lo_markup.py"), str(source), str(target), str(plan)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0 and target.exists(), result.stderr[-2000:]
    return target.read_bytes()


def test_libreoffice_tracked_changes_and_comment_come_back_as_the_three_proposals(
    seeded, runner, tmp_path
) -> None:
    _need_libreoffice()
    with seeded.app_context():
        exported, _ = docx_io.export_bytes(db.session, "mou", "signing-en")
        view = document_view(db.session, "mou")
        numbers = {row.number: row.id for row in view.rows}
        db.session.remove()
    returned = _edit_in_libreoffice(
        tmp_path,
        exported,
        [
            {
                "op": "replace",
                "find": "respond within thirty (30) days",
                "with": "respond within forty-five (45) days",
            },
            {"op": "clear", "find": "a secure platform for the exchange of information"},
            {"op": "comment", "find": "degree of urgency", "text": "Who decides the degree of urgency?"},
        ],
    )
    path = tmp_path / "naptip-returned.docx"
    path.write_bytes(returned)

    # The proposal: exactly the three changes, on the versions written into the export.
    proposed = runner.invoke(args=["import-markup", "mou", str(path), "--user", "naptip.lead", "--json"])
    assert proposed.exit_code == 0, proposed.output
    changes = json.loads(proposed.output)["changes"]
    assert [(c["clause_id"], c["action"], c.get("base"), c["tracked"]) for c in changes] == [
        (numbers["9.3"], "modify", 1, True),
        (numbers["9.5"], "delete", 1, True),
        (numbers["9.2"], "comment", 1, False),
    ]
    assert "forty-five (45) days of receipt of the request" in changes[0]["text"]
    assert changes[0]["author"] == "Amina Bello"
    assert (changes[2]["quote"], changes[2]["text"]) == (
        "degree of urgency",
        "Who decides the degree of urgency?",
    )

    confirmed = runner.invoke(
        args=["import-markup", "mou", str(path), "--user", "naptip.lead", "--json", "--confirm"]
    )
    assert confirmed.exit_code == 0, confirmed.output
    amendment_id = json.loads(confirmed.output)["changes"][0]["amendment_id"]

    # The amendment then goes through the review like any other: French text, both positions, adoption.
    with seeded.app_context():
        session = db.session
        naptip, anltp = get_user(session, "naptip.lead"), get_user(session, "anltp.lead")
        facilitator = get_user(session, "icmpd.facilitator")
        amendment = session.get(Amendment, amendment_id)
        assert (amendment.party.code, amendment.base_en) == ("NAPTIP", 1)
        add_amendment_text(
            session,
            anltp,
            amendment_id,
            Lang.FR,
            "La Partie requise répond dans un délai de quarante-cinq (45) jours à compter de la réception de la "
            "demande ou informe, dans le même délai, la Partie requérante des motifs de tout retard ou refus.",
            revision=amendment.revision,
        )
        revision = session.get(Amendment, amendment_id).revision
        take_position(session, naptip, amendment_id, "accept", revision=revision)
        take_position(session, anltp, amendment_id, "accept", revision=revision)
        row = document_view(session, "mou").row(numbers["9.3"])
        adopt_amendment(
            session,
            facilitator,
            amendment_id,
            base={"en": row.version_number(Lang.EN), "fr": row.version_number(Lang.FR)},
        )
        adopted = document_view(session, "mou").row(numbers["9.3"])
        assert "forty-five (45) days" in adopted.text(Lang.EN)
        assert "quarante-cinq (45) jours" in adopted.text(Lang.FR)
        session.remove()
