"""obligation_mismatch, force: « autre que », "other than", is the « que » of a comparison: its term is a noun phrase,
and it opens no clause, so a French modal after it (« une autorité autre que l'autorité d'origine peut décider ») is the
verb of the main clause, which grants, and faces an English "shall" there; against "may" nothing is reported."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_EN_OTHER = (
    "4.   A supervisory body other than the body of the State of origin {modal} at any time ask to take part in the "
    "meetings of the committee, provided that it informs the secretariat in writing."
)
_FR_OTHER = (
    "4.   Un organe de surveillance autre que l'organe de l'État d'origine peut à tout moment demander à participer "
    "aux réunions du comité, à condition d'en informer le secrétariat par écrit."
)
_EN_OTHERS = (
    "2.   A carrier for goods other than fuels and chemicals {modal} publish the tariffs it applies to users."
)
_FR_OTHERS = (
    "2.   Un transporteur pour des marchandises autres que les carburants et les produits chimiques peut publier les "
    "tarifs qu'il applique aux usagers."
)


@pytest.mark.parametrize(("en", "fr"), [(_EN_OTHER, _FR_OTHER), (_EN_OTHERS, _FR_OTHERS)])
def test_modal_after_autre_que_faces_shall(en: str, fr: str) -> None:
    assert [f.key for f in force(en.format(modal="shall"), fr)] == ["obligation_mismatch:force:shall|peut"]


@pytest.mark.parametrize(("en", "fr"), [(_EN_OTHER, _FR_OTHER), (_EN_OTHERS, _FR_OTHERS)])
def test_modal_after_autre_que_answers_may(en: str, fr: str) -> None:
    assert force(en.format(modal="may"), fr) == []
