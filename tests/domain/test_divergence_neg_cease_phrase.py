"""An English verb of ceasing said in three words ("bring to an end", "put an end to") against « faire cesser »,
« mettre fin », « la cessation » (issue 15).

French says the ending of a thing by one verb or noun of ceasing (« faire cesser les incidences », « exigeant la
cessation d'une infraction »), which its lexicon of negative words holds; English says it by a phrase ("bring to an end
the impacts", "requiring that an infringement … be brought to an end").  With the phrase unknown, the French word of
ceasing was left free to answer an English negation elsewhere in the sentence: with "shall take steps" made "shall not
take steps", « faire cesser » answered the added "not" and hid it.  The phrase is a word of ceasing too, and the two
render each other (real EU text: Directive (EU) 2024/1760, Articles 10 and 11; Directive (EU) 2019/1, Article 12).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, the English negation added)
_CEASE = [
    (
        "Where the company decides to temporarily suspend or to terminate the business relationship, it shall take "
        "steps to prevent, mitigate or bring to an end the impacts of the suspension or termination, shall provide "
        "reasonable notice to the business partner concerned and shall keep that decision under review.",
        "Lorsque l’entreprise décide de suspendre temporairement la relation commerciale ou d’y mettre un terme, elle "
        "prend des mesures pour prévenir, atténuer ou faire cesser les incidences de cette action, donne un préavis "
        "raisonnable au partenaire commercial concerné et revoit régulièrement cette décision.",
        ("en", "it shall take steps", "it shall not take steps"),
    ),
    (
        "Where the company decides to temporarily suspend or to terminate the business relationship, the company shall "
        "take steps to prevent, mitigate or bring to an end the impacts of the suspension or termination, provide "
        "reasonable notice to the business partner and keep that decision under review.",
        "Lorsque l’entreprise décide de suspendre temporairement la relation commerciale ou d’y mettre un terme, elle "
        "prend des mesures pour prévenir, atténuer ou faire cesser les incidences de cette action, donne un préavis "
        "raisonnable au partenaire commercial et revoit régulièrement cette décision.",
        ("en", "the company shall take steps", "the company shall not take steps"),
    ),
    (
        "1.   Member States shall ensure that, in enforcement proceedings initiated with a view to adopting a decision "
        "requiring that an infringement of Article 101 or Article 102 TFEU be brought to an end, national competition "
        "authorities may, after formally or informally seeking the views of market participants, by decision make "
        "commitments offered by undertakings or associations of undertakings binding, where those commitments meet "
        "the concerns expressed by the national competition authorities. Such a decision may be adopted for a "
        "specified period, and shall conclude that there are no longer grounds for action by the national "
        "competition authority concerned.",
        "1.   Les États membres veillent à ce que, dans les procédures de mise en œuvre ouvertes dans la perspective de "
        "l'adoption d'une décision exigeant la cessation d'une infraction aux dispositions de l'article 101 ou 102 du "
        "traité sur le fonctionnement de l'Union européenne, les autorités nationales de concurrence puissent, par "
        "voie de décision, après avoir consulté les acteurs du marché, de manière formelle ou informelle, rendre "
        "contraignants les engagements offerts par les entreprises ou associations d'entreprises, lorsque ces "
        "engagements sont de nature à répondre aux préoccupations exprimées par les autorités nationales de "
        "concurrence. Cette décision peut être adoptée pour une durée déterminée et conclut qu'il n'y a plus lieu que "
        "l'autorité nationale de concurrence concernée agisse.",
        ("en", "Member States shall ensure", "Member States shall not ensure"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "change"), _CEASE, ids=["2024/1760 a10", "2024/1760 a11", "2019/1 a12"])
def test_phrase_of_ceasing_renders_the_french_word(en: str, fr: str, change: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, change)) != []


def test_phrase_of_ceasing_leaves_a_french_negation_to_answer() -> None:
    # The guard: the English phrase, now a negative word, answers no French negation of another verb; with the English
    # "no longer" dropped, the French « n'y a plus lieu » is still unanswered.
    en, fr, _ = _CEASE[2]
    assert negations(*changed(en, fr, ("en", "there are no longer grounds", "there are grounds"))) != []
