"""obligation_mismatch, force: a modal that describes a possibility in a subordinate clause — a relative clause, a
condition, an indirect question ("the conditions under which a person may be removed", "how the provider can
challenge", "whether a request can be formulated" / « les conditions dans lesquelles une personne peut être radiée »,
« les modalités selon lesquelles le fournisseur peut contester », « si une demande peut être formulée ») — answers the
other side's modal in such a clause, wherever word order puts the two, before the duty of the main clause that stands
nearer to one of them."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32009r0207, Article 93(5)
            "5.   The conditions under which a person may be removed from the list of professional representatives "
            "shall be laid down in the Implementing Regulation.",
            "5.   Le règlement d'exécution définit les conditions dans lesquelles une personne peut être radiée de la "
            "liste des mandataires agréés.",
        ),
        (
            # 32024r1689, Article 76(4)
            "4.   Where a market surveillance authority has taken a decision referred to in paragraph 3 of this "
            "Article, or has issued an objection within the meaning of Article 60(4), point (b), the decision or the "
            "objection shall indicate the grounds therefor and how the provider or prospective provider can challenge "
            "the decision or objection.",
            "4.   Lorsqu’une autorité de surveillance du marché a pris une décision visée au paragraphe 3 du présent "
            "article, ou a formulé une objection au sens de l’article 60, paragraphe 4, point b), la décision ou "
            "l’objection est motivée et indique les modalités selon lesquelles le fournisseur ou le fournisseur "
            "potentiel peut contester la décision ou l’objection.",
        ),
        (
            # 32025r2050, Article 7(1)
            "1.   Within 80 working days from the submission of a data access application, the Digital Services "
            "Coordinator of establishment, taking due account of the prerequisites set out in Article 8 and, where "
            "applicable, any other assessment relevant for these purposes, shall decide whether a reasoned request "
            "can be formulated and shall undertake one of the following actions:",
            "1.   Dans un délai de 80 jours ouvrables à compter de la présentation d’une demande d’accès aux données, "
            "le coordinateur pour les services numériques de l’État membre d’établissement, en tenant dûment compte "
            "des conditions préalables énoncées à l’article 8 et, le cas échéant, de toute autre évaluation "
            "pertinente à ces fins, décide si une demande motivée peut être formulée et prend l’une des mesures "
            "suivantes:",
        ),
    ],
)
def test_a_described_possibility_answers_its_counterpart(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_granted_permission_against_a_duty_still_fires() -> None:
    # the main clause's « peut décider » faces "shall decide"; only the described « peut » answers "can"
    assert force(
        "The coordinator shall decide whether a reasoned request can be formulated and shall undertake one of the "
        "following actions:",
        "Le coordinateur peut décider si une demande motivée peut être formulée et prend l’une des mesures suivantes:",
    )
