"""obligation_mismatch, force: a French modal in a relative or completive clause describes the thing the clause is about
(« les modalités, qui peuvent être par téléchargement », « confirmer que l'opération peut bénéficier de l'exonération »,
« les procédures que doivent suivre les autorités »); it faces an English modal of the other force only when that
English modal stands in a subordinate clause too ("the measures which undertakings shall take", "how they shall
apply", "areas where energy can be saved"). Against a duty or a permission of the English main clause, which French
says by its own main verb, it changes no force."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32025r1126, Article 2(2), second sentence: a relative « peuvent » against the main "shall"
            "Competent authorities shall send such notification by electronic means and shall indicate the contact "
            "details, the modalities, whether via upload on the portal or in paper form, and the deadline for the "
            "submission of the missing information.",
            "Les autorités compétentes envoient cette notification par voie électronique et indiquent les coordonnées, "
            "les modalités de transmission des informations manquantes, qui peuvent être par téléchargement sur le "
            "portail ou sur support papier, et le délai de transmission de ces informations.",
        ),
        (
            # 32025r0428, Article 1: a completive « peut » against the main "shall"
            "Where the electronic certificate is not used, the exemption certificate set out in Annex II shall serve "
            "to confirm that the transaction qualifies for the exemption under Article 151 of that Directive.",
            "Lorsque le certificat électronique n'est pas utilisé, le certificat d'exonération prévu à l'annexe II est "
            "utilisé pour confirmer que l'opération peut bénéficier de l'exonération en vertu de l'article 151 de "
            "ladite directive.",
        ),
        (
            # 32010l0078, Article 2: a relative « doivent » against the main "may"
            "The coordination arrangements may entrust further tasks to the coordinator and may specify the "
            "procedures for the decision-making process among the competent authorities concerned.",
            "Ces accords peuvent confier des tâches supplémentaires au coordinateur et préciser les procédures que "
            "doivent suivre les autorités compétentes concernées pour prendre les décisions.",
        ),
    ],
)
def test_a_modal_of_a_french_relative_clause_faces_no_main_clause_modal(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # an English relative "shall" against a French relative « peuvent »
            "The authority shall publish the measures which undertakings shall take.",
            "L'autorité publie les mesures que les entreprises peuvent prendre.",
        ),
        (
            # an English relative "may" against a French relative « doivent »
            "Member States shall draw up a list of the bodies which may carry out the checks.",
            "Les États membres dressent la liste des organismes qui doivent effectuer les contrôles.",
        ),
        (
            # main clause against main clause
            "The coordination arrangements may specify the procedures for the decision-making process.",
            "Ces accords doivent préciser les procédures de prise de décision.",
        ),
        (
            "Competent authorities shall indicate the modalities of the submission.",
            "Les autorités compétentes peuvent indiquer les modalités de la transmission.",
        ),
        (
            # an English clause of manner or of cause: "how", "as"
            "The code provides guidance on how contracting authorities shall apply the procurement framework.",
            "Le code fournit des orientations sur la manière dont les pouvoirs adjudicateurs peuvent appliquer le "
            "cadre régissant les marchés publics.",
        ),
        (
            "The method should not be specified, as the institution shall adjust the rating directly.",
            "Il n'y a pas lieu de préciser la méthode, étant donné que l'établissement peut ajuster directement la "
            "notation.",
        ),
        (
            # an English relative "where"
            "That work has identified numerous areas where energy and material can be saved.",
            "Ces travaux ont permis de mettre en évidence de nombreux domaines dans lesquels de l'énergie et des "
            "matériaux doivent être économisés.",
        ),
    ],
)
def test_a_modal_of_the_other_force_in_a_clause_of_the_same_kind_still_fires(en: str, fr: str) -> None:
    assert force(en, fr) != []
