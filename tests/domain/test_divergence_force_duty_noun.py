"""obligation_mismatch, force: a French « doit » against an English "can" at its place, with no English duty there,
has changed the force ("can therefore … be better achieved" / « doivent donc … être mieux réalisés »).  An English
noun that names a duty ("the need to involve", "the needs", "reporting requirements") says the subject matter of
the sentence, as its French counterpart says it by a noun (« la nécessité de », « l'engagement nécessaire »); it is
no counterpart of the « doit », and does not hide the possibility turned into a duty.  (_FR_DUTY_NOUN, its mirror,
keeps French duty nouns out of the check of an English "shall" against a French possibility.)"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_SUBSIDIARITY_NEED_EN = (
    "Since the objectives of the proposed action to tackle VAT evasion cannot be sufficiently achieved by the Member "
    "States, whose action in the matter depends on information collected by the other Member States, and can "
    "therefore, by reason of the need to involve all Member States, be better achieved at Community level, the "
    "Community may adopt measures in accordance with the principle of subsidiarity, as set out in Article 5 of the "
    "Treaty."
)
_SUBSIDIARITY_NEED_FR = (
    "Étant donné que les objectifs de l’action envisagée en matière de lutte contre la fraude à la TVA ne peuvent pas "
    "être réalisés de manière suffisante par les États membres dont l’action en la matière dépend des informations "
    "collectées par les autres États membres, et {modal} donc, en raison de l’engagement nécessaire de tous les États "
    "membres, être mieux réalisés au niveau communautaire, la Communauté peut prendre des mesures, conformément au "
    "principe de subsidiarité consacré à l’article 5 du traité."
)
_SUBSIDIARITY_REQUIREMENTS_EN = (
    "Since the objectives of this Directive, namely bringing the VAT system into the digital era, cannot sufficiently "
    "be achieved by the Member States but can rather, by reason of the need to harmonise and encourage the use of "
    "digital reporting requirements, to improve the VAT treatment of platforms, and to reduce the instances in which a "
    "business is required to register in other Member States, be better achieved at Union level, the Union may adopt "
    "measures, in accordance with the principle of subsidiarity as set out in Article 5 of the Treaty on European "
    "Union."
)
_SUBSIDIARITY_REQUIREMENTS_FR = (
    "Étant donné que les objectifs de la présente directive, à savoir l’adaptation du système de TVA à l’ère "
    "numérique, ne peuvent pas être atteints de manière suffisante par les États membres mais {modal}, en raison de la "
    "nécessité d’harmoniser et d’encourager l’utilisation des obligations déclaratives numériques, d’améliorer le "
    "régime de TVA applicable aux plateformes et de réduire les situations dans lesquelles une entreprise est tenue de "
    "s’enregistrer dans d’autres États membres, l’être mieux au niveau de l’Union, cette dernière peut prendre des "
    "mesures, conformément au principe de subsidiarité consacré à l’article 5 du traité sur l’Union européenne."
)
_NEEDS_EN = (
    "Centralised agencies can serve the needs better and work more effectively in other respects, for example, in "
    "smaller or centralised Member States or regarding complex or cross-regional aspects such as district heating and "
    "cooling."
)
_NEEDS_FR = (
    "Quant aux agences centralisées, elles {modal} mieux répondre aux besoins et travailler plus efficacement dans "
    "d’autres contextes, par exemple, dans des États membres plus petits ou centralisés ou sur des enjeux complexes ou "
    "interrégionaux, tels que les réseaux de chaleur et de froid."
)

_CASES = [
    (_SUBSIDIARITY_NEED_EN, _SUBSIDIARITY_NEED_FR, "peuvent", "doivent"),
    (_SUBSIDIARITY_REQUIREMENTS_EN, _SUBSIDIARITY_REQUIREMENTS_FR, "peuvent", "doivent"),
    (_NEEDS_EN, _NEEDS_FR, "peuvent", "doivent"),
]


@pytest.mark.parametrize(("en", "fr", "faithful", "changed"), _CASES)
def test_a_doit_against_can_is_not_hidden_by_a_duty_noun(
    en: str, fr: str, faithful: str, changed: str
) -> None:
    assert force(en, fr.format(modal=changed))


@pytest.mark.parametrize(("en", "fr", "faithful", "changed"), _CASES)
def test_the_faithful_rendering_stays_silent(en: str, fr: str, faithful: str, changed: str) -> None:
    assert force(en, fr.format(modal=faithful)) == []


def test_need_said_as_a_verb_still_answers_the_doit() -> None:
    # "need to take" is the duty of its clause, which « doivent prendre » renders
    assert (
        force(
            "The authorities need to take those measures in good time and can consult the Commission for that "
            "purpose.",
            "Les autorités doivent prendre ces mesures en temps utile et peuvent consulter la Commission à cette fin.",
        )
        == []
    )


def test_a_required_duty_at_the_place_still_answers_the_doit() -> None:
    # "are required to" is a duty said another way: « doivent » renders it, whatever "can" says elsewhere
    assert (
        force(
            "Those undertakings are required to keep the records, which can be consulted by the authority.",
            "Ces entreprises doivent conserver les registres, qui peuvent être consultés par l'autorité.",
        )
        == []
    )


def test_there_is_a_need_is_a_duty_that_answers_il_est_necessaire() -> None:
    # "there is a need for" says the duty of its clause by a noun after the copula, as « il est nécessaire de » does
    assert (
        force(
            "If the Commission considers, on request of the Member State concerned, that there is a need for a "
            "possible extension of that period, it may submit to the European Parliament and to the Council "
            "appropriate proposals.",
            "Si, à la demande de l’État membre concerné, la Commission estime qu’il est nécessaire de prolonger "
            "éventuellement cette période, elle peut soumettre au Parlement européen et au Conseil des propositions "
            "appropriées.",
        )
        == []
    )


def test_what_is_to_be_done_answers_a_doit_of_a_relative_clause() -> None:
    # "the works … to be provided by it" / « les travaux … qu'il doit fournir »: the infinitive says that duty, not the
    # "may" of another clause; "the requirements" it fulfils are its subject matter
    assert (
        force(
            "The contracting authority shall accept other appropriate means of proof, which may include a technical "
            "dossier from the manufacturer, provided that the economic operator concerned proves that the works, "
            "supplies or services to be provided by it fulfil the requirements of the specific label or the specific "
            "requirements indicated by the contracting authority.",
            "Le pouvoir adjudicateur accepte d’autres moyens de preuve appropriés tels que, par exemple, un dossier "
            "technique du fabricant, pour autant que l’opérateur économique concerné établisse que les travaux, "
            "fournitures ou services qu’il doit fournir satisfont aux exigences concernant le label particulier ou "
            "aux exigences particulières indiquées par le pouvoir adjudicateur.",
        )
        == []
    )


def test_an_infinitive_a_possibility_governs_is_no_duty() -> None:
    # "permitted to be recognised" is the possibility's own infinitive: the « doit » at its place still faces it
    assert force(
        "In the event that such a stress test indicates a lower realisable value of collateral taken than would be "
        "permitted to be taken into account under paragraphs 1 and 2 as appropriate, the value of collateral permitted "
        "to be recognised in calculating the value of exposures for the purposes of Article 111(1) to (3) shall be "
        "reduced accordingly.",
        "Au cas où un scénario de crise mettrait en évidence, pour une sûreté prise, une valeur réalisable inférieure à "
        "celle qui pourrait être prise en compte en vertu du paragraphe 1 ou 2 selon le cas, la valeur de la sûreté "
        "dont il doit être tenu compte dans le calcul de la valeur des expositions aux fins de l'article 111, "
        "paragraphes 1 à 3, est réduite en conséquence.",
    )


def test_so_as_to_be_done_is_no_thing_to_be_done() -> None:
    # "so as to be informed" says a purpose, not a thing to be done: "as" is no noun before its infinitive (the pattern
    # had "so as", which a single word before "to be" never is)
    from mou_review.domain.divergence import _EN_TO_BE_DONE_INFINITIVE

    assert _EN_TO_BE_DONE_INFINITIVE.search("the services to be provided by it")
    assert not _EN_TO_BE_DONE_INFINITIVE.search("adapt its procedures so as to be informed of the results")
    assert not _EN_TO_BE_DONE_INFINITIVE.search("in such a way as to be covered")
