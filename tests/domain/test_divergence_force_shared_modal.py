"""obligation_mismatch, force: a French modal said once for two coordinated verbs (« peut saisir l'AEAPP et solliciter
son aide ») is the modal of the first of them, and an English duty said there ("shall refer the matter to EIOPA and may
request its assistance") faces it, even where the English "may" of the second verb stands nearer to it: the force of
the first verb was changed."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32014l0051, Article 2, point (23)
            "Where the request has not been acted upon within two weeks, the requesting authority shall refer the "
            "matter to EIOPA and may request its assistance in accordance with Article 19 of that Regulation.",
            "Lorsque la demande n'a pas été suivie d'effets dans un délai de deux semaines, l'autorité qui a fait la "
            "demande peut saisir l'AEAPP et solliciter son aide conformément à l'article 19 dudit règlement.",
        ),
        (
            # 32006l0048, Article 26(2)
            "2.   On receipt of a communication from the competent authorities of the host Member State, the branch "
            "shall be established and may commence its activities.",
            "2.   Dès réception d'une communication des autorités compétentes de l'État membre d'accueil, la "
            "succursale peut être établie et commencer ses activités.",
        ),
        (
            # 32014l0024, Article 57(3)
            "Member States shall require or may provide for the possibility that the contracting authority does not "
            "exclude an economic operator which is in one of those situations.",
            "Les États membres peuvent exiger ou prévoir la possibilité que le pouvoir adjudicateur n'exclue pas un "
            "opérateur économique qui se trouve dans l'un de ces cas.",
        ),
        (
            # 32017l0828, Article 1, point (3)
            "6.   Member States shall exclude, or may allow companies to exclude, from the requirements in "
            "paragraphs 2, 3 and 4:",
            "6.   Les États membres peuvent ne pas soumettre, ou autoriser les sociétés à ne pas soumettre, aux "
            "exigences des paragraphes 2, 3 et 4:",
        ),
    ],
)
def test_a_duty_of_the_first_verb_faces_the_shared_french_modal(en: str, fr: str) -> None:
    keys = [f.key for f in force(en, fr)]
    assert any(k.startswith("obligation_mismatch:force:shall|peu") for k in keys), keys


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # the same permission on each side
            "Where the request has not been acted upon within two weeks, the requesting authority may refer the "
            "matter to EIOPA and may request its assistance in accordance with Article 19 of that Regulation.",
            "Lorsque la demande n'a pas été suivie d'effets dans un délai de deux semaines, l'autorité qui a fait la "
            "demande peut saisir l'AEAPP et solliciter son aide conformément à l'article 19 dudit règlement.",
        ),
        (
            # 32022r1925, Article 28(4): the French modal of the second verb, whose first says the duty by the present
            "4.   The head of the compliance function shall report directly to the management body and may raise "
            "concerns and warn that body where risks of non-compliance arise.",
            "4.   Le responsable de la fonction de vérification de la conformité fait directement rapport à l'organe "
            "de direction et peut soulever des préoccupations et avertir cet organe en cas de risque de non-respect.",
        ),
        (
            # 32025r1572, Article 4(1)
            "1.   Supervisory bodies shall analyse the information provided and may perform on-site verifications, "
            "as well as interviews with representatives of the provider.",
            "1.   Les organes de contrôle analysent les informations fournies et peuvent effectuer des vérifications "
            "sur place, et mener des entretiens avec des représentants du prestataire.",
        ),
        (
            # the French says the duty of the first verb itself
            "the branch shall be established and may commence its activities.",
            "la succursale doit être établie et peut commencer ses activités.",
        ),
    ],
)
def test_a_modal_said_for_each_verb_or_the_second_only_is_no_change(en: str, fr: str) -> None:
    assert force(en, fr) == []
