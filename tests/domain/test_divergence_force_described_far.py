"""obligation_mismatch, force: a possibility described by an English relative clause ("from which documents may be
obtained", "over which title and possession can be created") against a duty described by the French one (« à laquelle
les documents doivent lui être réclamés », « à laquelle doivent être attachés des droits »).  French opens its relative
clause with the modal, before the subject, and puts the complements of the noun after the clause, which English puts
before it: the two modals stand farther apart than a main clause's would, yet they are one clause's, whose words are
alike.  The official « peut » stays silent; a French « doit » of another clause, or of a recital, is not reported."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import obligations

CASES = [
    (
        # Regulation (EU) No 1042/2013, Article 1 (an amended Article 13b of Implementing Regulation (EU) No 282/2011)
        "(a) any specific part of the earth, on or below its surface, over which title and possession can be created;",
        "a) toute partie déterminée de la terre, située à ou sous sa surface, à laquelle peuvent être attachés des "
        "droits de propriété et de possession;",
    ),
    (
        # Directive 2006/48/EC, Article 25(3), point (c)
        "(c) the address in the host Member State from which documents may be obtained; and",
        "c) l'adresse à laquelle les documents peuvent lui être réclamés dans l'État membre d'accueil; et",
    ),
    (
        # Directive 2014/59/EU, Article 27(1)
        "1.   Where an institution infringes or, due, inter alia, to a rapidly deteriorating financial condition, "
        "including deteriorating liquidity situation, increasing level of leverage, non-performing loans or "
        "concentration of exposures, as assessed on the basis of a set of triggers, which may include the "
        "institution’s own funds requirement plus 1,5 percentage points, is likely in the near future to infringe the "
        "requirements of Regulation (EU) No 575/2013, Directive 2013/36/EU, Title II of Directive 2014/65/EU or any of "
        "Articles 3 to 7, 14 to 17, and 24, 25 and 26 of Regulation (EU) No 600/2014, Member States shall ensure that "
        "competent authorities have at their disposal, without prejudice to the measures referred to in Article 104 of "
        "Directive 2013/36/EU where applicable, at least the following measures:",
        "1.   Si un établissement enfreint ou est susceptible, dans un proche avenir, d’enfreindre les exigences du "
        "règlement (UE) no 575/2013, de la directive 2013/36/UE ou du titre II de la directive 2014/65/UE ou d’un des "
        "articles 3 à 7, 14 à 17 et 24, 25 et 26 du règlement (UE) no 600/2014, en raison, entre autres, d’une "
        "dégradation rapide de sa situation financière, y compris une détérioration de ses liquidités, une "
        "augmentation du niveau de levier, des prêts non performants ou une concentration des expositions, "
        "conformément à une évaluation fondée sur un ensemble de facteurs de déclenchement, au rang desquels peuvent "
        "figurer les exigences de fonds propres d’un établissement plus 1,5 points de pourcentage, les États membres "
        "veillent à ce que les autorités compétentes puissent prendre, sans préjudice des mesures prévues par "
        "l’article 104 de la directive 2013/36/UE le cas échéant, au moins les mesures suivantes:",
    ),
    (
        # Regulation (EU) 2015/848, Article 8(3)
        "3.   The right, recorded in a public register and enforceable against third parties, based on which a right in "
        "rem within the meaning of paragraph 1 may be obtained shall be considered to be a right in rem.",
        "3.   Est assimilé à un droit réel le droit, inscrit dans un registre public et opposable aux tiers, sur le "
        "fondement duquel un droit réel au sens du paragraphe 1 peut être obtenu.",
    ),
]
IDS = ["over which can", "from which may", "which may include", "based on which may"]


def _doit(fr: str) -> str:
    """The French with its modal of possibility made one of duty (« peut » → « doit », « peuvent » → « doivent »)."""
    return fr.replace(" peuvent ", " doivent ", 1) if " peuvent " in fr else fr.replace(" peut ", " doit ", 1)


@pytest.mark.parametrize(("en", "fr"), CASES, ids=IDS)
def test_a_described_possibility_against_a_described_duty_fires(en: str, fr: str) -> None:
    assert any(k.startswith("obligation_mismatch:force:") for k in obligations(en, _doit(fr)))


@pytest.mark.parametrize(("en", "fr"), CASES, ids=IDS)
def test_the_official_described_possibility_is_silent(en: str, fr: str) -> None:
    assert obligations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # Directive 2014/24/EU, Article 43(1), fifth subparagraph: the "may" of "means of proof, which may include"
            # and the « doit » of « les travaux … qu'il doit fournir » are two clauses, whose words differ (the
            # official pair, which said nothing before either)
            "Where an economic operator had demonstrably no possibility of obtaining the specific label indicated by "
            "the contracting authority or an equivalent label within the relevant time limits for reasons that are "
            "not attributable to that economic operator, the contracting authority shall accept other appropriate "
            "means of proof, which may include a technical dossier from the manufacturer, provided that the economic "
            "operator concerned proves that the works, supplies or services to be provided by it fulfil the "
            "requirements of the specific label or the specific requirements indicated by the contracting authority.",
            "Lorsqu’un opérateur économique n’avait manifestement pas la possibilité d’obtenir le label particulier "
            "spécifié par le pouvoir adjudicateur ou un label équivalent dans les délais fixés pour des raisons qui "
            "ne lui sont pas imputables, le pouvoir adjudicateur accepte d’autres moyens de preuve appropriés tels "
            "que, par exemple, un dossier technique du fabricant, pour autant que l’opérateur économique concerné "
            "établisse que les travaux, fournitures ou services qu’il doit fournir satisfont aux "
            "exigences concernant le label particulier ou aux exigences particulières indiquées par le pouvoir "
            "adjudicateur.",
        ),
        (
            # Commission Implementing Regulation (EU) No 827/2012, Article 1, point (a): the French duty renders the
            # English "to be provided", not the "may" described before it
            "(a) the means by which information on net short positions may be disclosed to the public by natural or "
            "legal persons as well as the format of information to be provided to the European Securities and Markets "
            "Authority (hereinafter “ESMA”) by competent authorities pursuant to Article 9(6) and Article 11(4) of "
            "Regulation (EU) No 236/2012;",
            "a) les modalités de publication, par des personnes physiques ou morales, d'informations sur les positions "
            "courtes nettes et le format des informations que les autorités compétentes doivent fournir à l'Autorité "
            "européenne des marchés financiers (ci-après dénommée l'«AEMF»), conformément à l'article 9, paragraphe 6, "
            "et à l'article 11, paragraphe 4, du règlement (UE) no 236/2012;",
        ),
    ],
    ids=["another clause", "a thing to be done"],
)
def test_a_described_duty_of_another_clause_is_silent(en: str, fr: str) -> None:
    assert obligations(en, fr) == []
