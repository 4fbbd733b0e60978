"""obligation_mismatch, force: a French verb of permitting in the present (« les États membres autorisent les exploitants
à »), said with no modal, renders the English verb of permitting ("allow"), and its present tense states a rule; the
English modal that governs that verb ("may allow") is then unanswered: "may allow" against « autorisent » turns a choice
into a duty.  Against « peuvent autoriser », or "shall allow" against « autorisent », nothing is reported."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_EN_ALLOW = (
    "3.   Where the register is kept electronically, the Member States {modal} allow the holders to consult it from "
    "a distance, free of charge."
)
_FR_ALLOW = (
    "3.   Lorsque le registre est tenu sous forme électronique, les États membres {verb} les titulaires à le "
    "consulter à distance, sans frais."
)
_EN_PERMIT = "The operator of the platform {modal} permit its members to withdraw their offers before the closing time."
_FR_PERMIT = (
    "L'exploitant de la plate-forme {verb} à ses membres de retirer leurs offres avant l'heure de clôture."
)


@pytest.mark.parametrize(
    ("en", "fr", "verb"), [(_EN_ALLOW, _FR_ALLOW, "autorisent"), (_EN_PERMIT, _FR_PERMIT, "permet")]
)
def test_may_allow_against_present_is_a_change_of_force(en: str, fr: str, verb: str) -> None:
    assert [f.key for f in force(en.format(modal="may"), fr.format(verb=verb))] == [
        "obligation_mismatch:force:may"
    ]


@pytest.mark.parametrize(
    ("en", "fr", "verb"),
    [
        (_EN_ALLOW, _FR_ALLOW, "autorisent"),
        (_EN_PERMIT, _FR_PERMIT, "permet"),
        (_EN_ALLOW, _FR_ALLOW, "peuvent autoriser"),
        (_EN_PERMIT, _FR_PERMIT, "peut permettre"),
    ],
)
def test_faithful_permitting_verbs_stay_silent(en: str, fr: str, verb: str) -> None:
    modal = "may" if verb.startswith("peu") else "shall"
    assert force(en.format(modal=modal), fr.format(verb=verb)) == []
