"""Every role through every write action of the review workflow, by the UI routes and by the API.

Allowed actions succeed (a redirect from the UI, 200/201 from the API); refused
ones answer 403 with the permission message in the user's interface language.
"""

from __future__ import annotations

import html
import re

import pytest
from flask_babel import force_locale, gettext

from mou_review.domain import permissions
from mou_review.extensions import db
from mou_review.services import amendments, comments, positions, users

from ..conftest import TEST_USERS
from .test_review import make_document

LEADS = {"naptip.lead", "anltp.lead"}
WRITERS = LEADS | {"naptip.member", "anltp.member", "icmpd.facilitator"}
PROPOSERS = LEADS | {"icmpd.facilitator"}
NAPTIP_SIDE = {"naptip.lead", "naptip.member", "icmpd.facilitator"}

#: action -> the users allowed to take it on the objects set up below.
ALLOWED = {
    "comment": WRITERS,
    "edit_comment": {"naptip.member"},  # the comment is naptip.member's own
    "resolve_comment": NAPTIP_SIDE,  # the comment is NAPTIP's
    "reopen_comment": NAPTIP_SIDE,
    "propose_modify": PROPOSERS,
    "propose_insert": PROPOSERS,
    "propose_delete": PROPOSERS,
    "add_missing_text": PROPOSERS,  # translating the missing language is a proposal
    "change_text": {"naptip.lead"},  # changing NAPTIP's wording is NAPTIP's
    "withdraw": {"naptip.lead"},
    "position_own_party": LEADS,
    "position_other_party": set(),  # nobody speaks for the other party
    "adopt": {"icmpd.facilitator"},
}


def _setup(app) -> dict[str, int]:
    """Create one fresh object per action, so each action is tried on its own."""
    ids = make_document(app, paragraphs=2)
    with app.app_context():
        s = db.session

        def user(name):
            return users.get_user(s, name)

        base = {"en": 1, "fr": 1}
        ids["own_comment"] = comments.add_comment(s, user("naptip.member"), ids["p1"], "en", "Mine.").id
        ids["open_comment"] = comments.add_comment(s, user("naptip.member"), ids["p1"], "en", "Open.").id
        ids["resolved_comment"] = comments.add_comment(s, user("naptip.member"), ids["p1"], "en", "Done.").id
        comments.resolve_comment(s, user("naptip.member"), ids["resolved_comment"], revision=1)

        def amend(**texts):
            return amendments.propose_amendment(
                s, user("naptip.lead"), ids["p1"], rationale="R.", base=base, **texts
            ).id

        ids["en_only"] = amend(en="Only English.")
        for name in ("for_text", "for_withdraw", "for_position", "for_other", "accepted"):
            ids[name] = amend(en=f"Text {name}.", fr=f"Texte {name}.")
        for lead in LEADS:
            positions.take_position(s, user(lead), ids["accepted"], "accept", revision=1)
        s.remove()
    return ids


def _requests(ids: dict[str, int], username: str) -> list[tuple[str, str, dict, dict]]:
    """Return (action, UI path, form, API body) for every action; API paths are /api/v1 + UI path."""
    other = "NAPTIP" if username.startswith("anltp") else "ANLTP-TIM"
    base_form = {"base_en": "1", "base_fr": "1"}
    base = {"base": {"en": 1, "fr": 1}}
    return [
        (
            "comment",
            f"/clauses/{ids['p1']}/comments",
            {"lang": "en", "body": "Hello.", **base_form},
            {"lang": "en", "body": "Hello."},
        ),
        (
            "edit_comment",
            f"/comments/{ids['own_comment']}/edit",
            {"body": "Edited.", "revision": "1"},
            {"body": "Edited.", "revision": 1},
        ),
        ("resolve_comment", f"/comments/{ids['open_comment']}/resolve", {"revision": "1"}, {"revision": 1}),
        ("reopen_comment", f"/comments/{ids['resolved_comment']}/reopen", {"revision": "2"}, {"revision": 2}),
        (
            "propose_modify",
            f"/clauses/{ids['p2']}/amendments",
            {"action": "modify", "en": "New text.", "fr": "", "rationale": "R.", **base_form},
            {"action": "modify", "en": "New text.", "rationale": "R.", **base},
        ),
        (
            "propose_insert",
            f"/clauses/{ids['p2']}/amendments",
            {
                "action": "insert",
                "kind": "paragraph",
                "level": "2",
                "en": "Added.",
                "fr": "Ajouté.",
                "rationale": "R.",
            },
            {
                "action": "insert",
                "kind": "paragraph",
                "level": 2,
                "en": "Added.",
                "fr": "Ajouté.",
                "rationale": "R.",
            },
        ),
        (
            "propose_delete",
            f"/clauses/{ids['p2']}/amendments",
            {"action": "delete", "rationale": "R.", **base_form},
            {"action": "delete", "rationale": "R.", **base},
        ),
        (
            "add_missing_text",
            f"/amendments/{ids['en_only']}/texts",
            {"lang": "fr", "text": "Seulement en anglais.", "revision": "1"},
            {"lang": "fr", "text": "Seulement en anglais.", "revision": 1},
        ),
        (
            "change_text",
            f"/amendments/{ids['for_text']}/texts",
            {"lang": "en", "text": "Better.", "revision": "1"},
            {"lang": "en", "text": "Better.", "revision": 1},
        ),
        ("withdraw", f"/amendments/{ids['for_withdraw']}/withdraw", {}, {}),
        (
            "position_own_party",
            f"/amendments/{ids['for_position']}/positions",
            {"position": "accept", "revision": "1"},
            {"position": "accept", "revision": 1},
        ),
        (
            "position_other_party",
            f"/amendments/{ids['for_other']}/positions",
            {"position": "accept", "revision": "1", "party": other},
            {"position": "accept", "revision": 1, "party": other},
        ),
        ("adopt", f"/amendments/{ids['accepted']}/adopt", base_form, base),
    ]


def _permission_messages(app, lang: str) -> set[str]:
    with app.test_request_context(), force_locale(lang):
        return {gettext(message) for message in permissions._MESSAGES.values()}


FLASH = re.compile(r'class="flash flash-error"[^>]*>([^<]*)<')


@pytest.mark.parametrize("channel", ["ui", "api"])
@pytest.mark.parametrize("username", [name for name, _party, _role in TEST_USERS])
def test_review_permissions_every_role_every_action(app, client, auth, api_token, username, channel):
    ids = _setup(app)
    lang = "fr" if username.startswith("anltp") else "en"
    expected_messages = _permission_messages(app, lang)
    assert expected_messages.isdisjoint(_permission_messages(app, "en" if lang == "fr" else "fr"))
    if channel == "ui":
        auth.login(username)
    else:
        token = api_token(username)
    outcomes = {}
    for action, path, form, body in _requests(ids, username):
        if channel == "ui":
            response = auth.post(path, form)
            allowed = response.status_code == 302
            message = (
                None
                if allowed
                else html.unescape((FLASH.search(response.get_data(as_text=True)) or [None, ""])[1])
            )
        else:
            response = client.post(f"/api/v1{path}", json=body, headers=token)
            allowed = response.status_code in (200, 201)
            message = None if allowed else response.get_json()["message"]
        outcomes[action] = allowed
        if not allowed:
            assert response.status_code == 403, (action, response.status_code, message)
            assert message in expected_messages, (action, message)
    assert outcomes == {action: username in who for action, who in ALLOWED.items()}
