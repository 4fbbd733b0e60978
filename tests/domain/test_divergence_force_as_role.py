"""obligation_mismatch, force: "as" before an indefinite article (the preposition of a role, "registration as a
broker"), a past participle (a clause cut short to it, "the goods as listed in Annex II") or a word a comma closes ("as
appropriate,") opens no clause with a verb of its own: the modal after it is the verb of the main clause, and faces a
French prescriptive present.  "as the Commission may decide", a clause with its own subject, still describes."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_CASES = [
    (
        "1.   An application for registration as a broker may be lodged with the competent authority.",
        "1.   Une demande d'enregistrement en tant que courtier {fr} auprès de l'autorité compétente.",
        ("est introduite", "peut être introduite"),
    ),
    (
        "2.   From 1 March 2030, the export of the goods as listed in Annex II may be restricted.",
        "2.   À compter du 1er mars 2030, l'exportation des biens énumérés à l'annexe II {fr}.",
        ("est restreinte", "peut être restreinte"),
    ),
    (
        "3.   The annual report and any related documents, as appropriate, may be sent to the national parliaments.",
        "3.   Le rapport annuel et tout document connexe, selon le cas, {fr} aux parlements nationaux.",
        ("sont transmis", "peuvent être transmis"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "verbs"), _CASES)
def test_modal_after_as_role_faces_present(en: str, fr: str, verbs: tuple[str, str]) -> None:
    assert [f.key.split(":")[1] for f in force(en, fr.format(fr=verbs[0]))] == ["force"]


@pytest.mark.parametrize(("en", "fr", "verbs"), _CASES)
def test_modal_after_as_role_answered_by_peut(en: str, fr: str, verbs: tuple[str, str]) -> None:
    assert force(en, fr.format(fr=verbs[1])) == []


def test_as_clause_with_its_own_subject_describes() -> None:
    en = "The operator shall keep the records for such period as the Commission may decide."
    fr = "L'exploitant conserve les registres pendant la durée que la Commission fixe."
    assert force(en, fr) == []
