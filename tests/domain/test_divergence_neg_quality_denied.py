"""A French adjective that denies a quality answers the English negation of that quality (issue 15, wide corpus).

« des distributions indues aux actionnaires » is "distribution to shareholders where the latter are not entitled to
it", « inexact, incomplet ou obsolète » is "inaccurate, incomplete or not up-to-date": French says by one adjective
(« indu », what is not due; « obsolète », what is not up to date) what English says by a negated title, debt or
currency.  Read as no negative word at all, the two left the English "not" unanswered.  Each answers only a negation
of its own meaning, never one of another verb: « des obstacles indus » still leaves "shall not constitute" to be
answered by a French negation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# 32012l0030, recital 5 (and the same recital of 32017l1132, recital 40)
_CAPITAL_EN = (
    "(5) Union provisions are necessary for maintaining the capital, which constitutes the creditors' security, in "
    "particular by prohibiting any reduction thereof by distribution to shareholders where the latter are not "
    "entitled to it and by imposing limits on the company's right to acquire its own shares."
)
_CAPITAL_FR = (
    "(5) Des prescriptions de l'Union sont nécessaires afin de préserver le capital, gage des créanciers, notamment "
    "en interdisant d'entamer celui-ci par des distributions indues aux actionnaires et en limitant la possibilité "
    "pour une société d'acquérir ses propres actions."
)
# 32017l1132, recital 40
_CAPITAL_2017_EN = (
    "(40) Union provisions are necessary for maintaining the capital, which constitutes the creditors' security, in "
    "particular by prohibiting any reduction thereof by distribution to shareholders where the latter are not "
    "entitled to it and by imposing limits on the right of public limited liability companies to acquire their own "
    "shares."
)
_CAPITAL_2017_FR = (
    "(40) Des dispositions de l'Union sont nécessaires afin de préserver le capital, gage des créanciers, notamment "
    "en interdisant d'entamer celui-ci par des distributions indues aux actionnaires et en limitant la possibilité "
    "pour les sociétés anonymes d'acquérir leurs propres actions."
)
# 32022r2065, Article 30(3)
_TRADER_EN = (
    "3.   Where the provider of the online platform allowing consumers to conclude distance contracts with traders "
    "obtains sufficient indications or has reason to believe that any item of information referred to in paragraph "
    "1 obtained from the trader concerned is inaccurate, incomplete or not up-to-date, that provider shall request "
    "that the trader remedy that situation without delay or within the period set by Union and national law."
)
_TRADER_FR = (
    "3.   Lorsque le fournisseur de la plateforme en ligne permettant aux consommateurs de conclure des contrats à "
    "distance avec des professionnels dispose de suffisamment d’indices ou a des raisons de penser qu’un élément "
    "d’information visé au paragraphe 1 obtenu du professionnel concerné est inexact, incomplet ou obsolète, ce "
    "fournisseur demande au professionnel de remédier à cette situation, dans les meilleurs délais ou dans le délai "
    "prévu par le droit de l’Union et le droit national."
)


@pytest.mark.parametrize(
    ("en", "fr"),
    [(_CAPITAL_EN, _CAPITAL_FR), (_CAPITAL_2017_EN, _CAPITAL_2017_FR), (_TRADER_EN, _TRADER_FR)],
    ids=["indues-2012", "indues-2017", "obsolete"],
)
def test_a_french_adjective_of_a_denied_quality_answers_its_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr", "drop"),
    [
        # 32009r0715, Article 14(3)
        (
            "Such guarantees shall not constitute undue market-entry barriers and shall be non-discriminatory, "
            "transparent and proportionate.",
            "Ces garanties ne doivent pas constituer des obstacles indus à l'accès au marché et doivent être non "
            "discriminatoires, transparentes et proportionnées.",
            ("ne doivent pas constituer", "doivent constituer"),
        ),
        # 32018l1972, Article 47(1)
        (
            "Conditions attached to renewals of right of use for radio spectrum shall not provide undue advantages "
            "to existing holders of those rights.",
            "Les conditions dont sont assortis les renouvellements des droits d’utilisation du spectre "
            "radioélectrique ne procurent pas d’avantages indus aux titulaires existants de ces droits.",
            ("ne procurent pas d’avantages", "procurent des avantages"),
        ),
        # 32020l0285, recital 1
        (
            "However, those provisions are outdated and do not reduce the compliance burden of small enterprises.",
            "Cependant, ces dispositions sont obsolètes et ne réduisent pas la charge supportée par les petites "
            "entreprises pour respecter les règles.",
            ("ne réduisent pas", "réduisent"),
        ),
    ],
    ids=["indus-constitute", "indus-provide", "obsoletes-reduce"],
)
def test_a_negation_of_another_verb_is_not_answered_by_the_adjective(
    en: str, fr: str, drop: tuple[str, str]
) -> None:
    assert negations(en, fr) == []
    assert drop[0] in fr
    assert negations(en, fr.replace(*drop)) != []


@pytest.mark.parametrize(
    ("en", "fr", "word"),
    [(_CAPITAL_EN, _CAPITAL_FR, "indues "), (_TRADER_EN, _TRADER_FR, "ou obsolète")],
    ids=["indues", "obsolete"],
)
def test_without_the_adjective_the_negation_is_unanswered(en: str, fr: str, word: str) -> None:
    # the adjective, nothing else in the French, says the English negation
    assert word in fr
    assert negations(en, fr.replace(word, "")) != []
