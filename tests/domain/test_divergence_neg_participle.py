"""A participle negated by "not" needs a French negative word (issue 15).

"entities not covered by that Directive" / « des entités qui ne relèvent pas de la directive »: the English attribute
says the "not" of a relative clause ("which are not covered"), which French says with a negation or with « non ».  Where
the French « ne … pas » is dropped, only the English attribute is left to show it.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation that is dropped)
_DROPS = [
    (
        "However, where inherent CO2 is emitted, or transferred out of the installation to entities not covered by that "
        "Directive, it shall be counted as emissions of the installation where it originates.",
        "Toutefois, lorsque le CO2 intrinsèque est émis ou transféré à partir de l’installation vers des entités qui ne "
        "relèvent pas de la directive 2003/87/CE, il est comptabilisé dans les émissions de l’installation d’origine.",
        ("ne relèvent pas", "relèvent"),
    ),
    (
        "9.   In the cases not covered by paragraph 1 of this Article, the Authority may, where necessary for the "
        "purpose of carrying out the tasks conferred on it by this Regulation, require financial supervisors to open "
        "proceedings with a view to taking action in order to ensure that appropriate pecuniary sanctions are imposed "
        "in accordance with the national law transposing Directive (EU) 2024/1640 and any relevant national "
        "legislation which confers specific powers which are currently not required by Union law. The pecuniary "
        "sanctions imposed shall be effective, proportionate and dissuasive.",
        "9.   Dans les cas qui ne relèvent pas du paragraphe 1 du présent article, lorsque cela est nécessaire à "
        "l’accomplissement des missions que lui confie le présent règlement, l’Autorité peut demander aux superviseurs "
        "financiers d’engager une procédure en vue d’agir pour que des sanctions pécuniaires appropriées soient "
        "imposées conformément au droit national transposant la directive (UE) 2024/1640, et à toute législation "
        "nationale pertinente qui confère des pouvoirs spécifiques qui ne sont actuellement pas prévus par le droit de "
        "l’Union. Les sanctions pécuniaires imposées sont effectives, proportionnées et dissuasives.",
        ("ne relèvent pas", "relèvent"),
    ),
    (
        "To incentivise the reduction of process emissions not covered by product benchmarks the same provisions "
        "should also apply to process emissions sub-installations.",
        "Afin d’encourager la réduction des émissions de procédé ne relevant pas de référentiels de produit, les mêmes "
        "dispositions devraient également s’appliquer aux sous-installations avec émissions de procédé.",
        ("ne relevant pas", "relevant"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _DROPS, ids=["entities", "cases", "emissions"])
def test_negated_participle_needs_a_french_negative(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(*drop)) != []


_RENDERED = [
    (
        # « non couvertes » elsewhere in the sentence (French moves the purpose to the end)
        "‘(j) Installations for the capture of CO2 streams for the purposes of geological storage pursuant to "
        "Directive 2009/31/EC from installations not covered by Annex I to this Directive.’;",
        "«j) Installations destinées au captage des flux de CO2 provenant d’installations non couvertes par l’annexe I "
        "de la présente directive, en vue du stockage géologique conformément à la directive 2009/31/CE.»",
    ),
    (
        # "but not limited to" is « notamment », « entre autres »
        "3.   Access may take place through a variety of media and modalities, including, but not limited to, "
        "telephone, file transfer protocol, internet, open access, news and media.",
        "3.   L'accès peut avoir lieu par des moyens et selon des modalités variés, comprenant, entre autres, le "
        "téléphone, les protocoles de transfert de fichiers, l'internet, l'accès libre, la presse et les médias.",
    ),
    (
        # the "not" of "and not simply used" is a negation of its own, answered by « n'a pas »
        "(b) has been incorporated into the final fuel and not simply used to remove impurities.",
        "b) a été incorporé dans le combustible final et n’a pas simplement été utilisé pour éliminer les impuretés.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"),
    _RENDERED,
    ids=["elsewhere", "not limited", "own negation"],
)
def test_negated_participle_rendered(en: str, fr: str) -> None:
    assert negations(en, fr) == []
