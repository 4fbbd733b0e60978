"""obligation_mismatch, force: a relative clause in the subject whose pronoun is its subject says its verb in the
present, with no auxiliary ("a judgment … which orders a payment …", "gains or losses which result from applying …",
"organisations which do not pursue …", "institutions which start to apply …"); that clause is closed before the modal
that follows, which is the main clause's.  A "may" there grants, and French saying a plain present (« sont exclues »,
« appliquent ») or a negation does not answer it: a "shall" changed into "may" is caught.  A noun after the pronoun is
the subject of an object relative ("against which insolvency proceedings may be brought"), whose modal describes."""

from __future__ import annotations

import pytest

from mou_review.domain import deontic
from mou_review.domain.textnorm import fold
from mou_review.domain.types import Lang
from tests.domain.divergence_keys import force

# (English as changed: the official text says "shall" where "may" stands; the French is the official one)
CHANGED = [
    (
        # (the restriction dropped with the force: "may be enforceable … only if" says the restriction of « ne sont
        # exécutoires … que si », whichever modal; see test_divergence_force_only_restricted)
        "A judgment given in a Member State which orders a payment by way of a penalty may be enforceable in the "
        "Member State addressed if the amount of the payment has been finally determined by the court of origin.",
        "Les décisions rendues dans un État membre condamnant à une astreinte ne sont exécutoires dans l’État membre "
        "requis que si le montant en a été définitivement fixé par la juridiction d’origine.",
    ),
    (
        "Directorships in organisations which do not pursue predominantly commercial objectives may be exempt from the "
        "limitation on the number of directorships a member of a management body can hold.",
        "La limitation du nombre de fonctions de direction exercées par un membre de l’organe de direction ne "
        "s’applique pas aux fonctions de direction au sein d’organisations qui ne poursuivent pas d’objectifs "
        "principalement commerciaux;",
    ),
    (
        "Gains or losses which result from applying fair value or impairment accounting in respect of an asset or a "
        "liability may be excluded from the computation of the qualifying income or loss of a constituent entity under "
        "the first subparagraph.",
        "Les plus-values ou moins-values résultant de l’application de la comptabilisation à la juste valeur ou à la "
        "dépréciation d’un actif ou d’un passif sont exclues du calcul du bénéfice ou de la perte admissibles d’une "
        "entité constitutive conformément au premier alinéa.",
    ),
    (
        "Institutions which start to apply accounting standards as referred to in paragraph 1 on or after 1 January "
        "2019 may apply the relevant factors in accordance with points (b) to (e) of the first subparagraph starting "
        "with the factor corresponding to the year of the first application of those accounting standards.",
        "Les établissements qui commencent à appliquer les normes comptables visées au paragraphe 1 le 1er janvier "
        "2019 ou ultérieurement appliquent les facteurs correspondants conformément au premier alinéa, points b) à e), "
        "en commençant par le facteur qui correspond à l’année de première application desdites normes comptables.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), CHANGED)
def test_a_may_after_a_subject_relative_with_its_own_verb_fires(en: str, fr: str) -> None:
    assert force(en, fr)


@pytest.mark.parametrize(("en", "fr"), CHANGED)
def test_the_official_shall_after_a_subject_relative_stays_silent(en: str, fr: str) -> None:
    assert force(en.replace(" may ", " shall ", 1), fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(a) the debtors against which insolvency proceedings may be brought on account of their capacity;",
            "a) les débiteurs susceptibles de faire l'objet d'une procédure d'insolvabilité du fait de leur qualité;",
        ),
        (
            "11.   CTPs shall communicate with their clients via formalised interactive communication mechanisms "
            "through which data users may flag to the CTP any potential inaccuracies in the dissemination of output data.",
            "11.   Les CTP communiquent avec leurs clients au moyen de mécanismes de communication interactifs "
            "formalisés permettant aux utilisateurs de données de signaler au CTP toute inexactitude éventuelle dans la "
            "diffusion des données de sortie.",
        ),
    ],
)
def test_a_may_after_the_subject_of_an_object_relative_describes(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_pronoun_after_a_preposition_is_not_the_subject_of_its_clause() -> None:
    # "in which case the entire process may be carried out": the subject follows the pronoun; the clause describes
    assert (
        force(
            "8.   Member States shall designate the bodies responsible for carrying out the verification procedure in "
            "respect of national rules. In that regard, designated bodies shall be responsible for the tasks involved. "
            "Without prejudice to Article 30, a Member State may appoint a notified body as a designated body, in which "
            "case the entire process may be carried out by a single conformity assessment body.",
            "8.   Les États membres désignent les organismes chargés de mettre en œuvre la procédure de vérification en "
            "cas de règles nationales. À cet égard, les organismes désignés sont chargés des tâches que cette procédure "
            "implique. Sans préjudice de l'article 30, un État membre peut nommer un organisme notifié en tant "
            "qu'organisme désigné, auquel cas l'ensemble de la procédure est mise en œuvre par un seul organisme "
            "d'évaluation de la conformité.",
        )
        == []
    )


def test_a_may_coordinated_with_the_relative_clauses_verb_stays_in_that_clause() -> None:
    en = (
        "6.   An outstanding loan to a resolution financing arrangement of another Member State under this Article "
        "shall be treated as an asset of the resolution financing arrangement which provided the loan and may be "
        "counted towards that financing arrangement’s target level."
    )
    folded = fold(en)
    p = deontic.profile(folded, Lang.EN, en)
    may = folded.index(" may ") + 1
    assert [s[:2] for s in p.sub_permit] == [(may, may + 3)]
    assert p.permit == []
