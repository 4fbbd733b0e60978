"""Negations of the wide corpus of EU acts (issue 15, even half): real pairs, cited by their id, that the
negation check read wrongly, and the same pairs with the negation dropped, which it must still catch.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# "or not" before a word of its own negates that word: the alternative ("whether … or not", "X or not X") says none.
_OR_NOT = [
    (
        # 32009l0081-r024
        "Contracting authorities/entities may find themselves obliged to award a single contract for acquisitions "
        "which is covered partially by this Directive, with the remaining part either falling within the scope of "
        "Directive 2004/17/EC or Directive 2004/18/EC or not being subject to this Directive, Directive 2004/17/EC or "
        "Directive 2004/18/EC.",
        "Les pouvoirs adjudicateurs ou entités adjudicatrices peuvent se voir contraints de passer un marché unique "
        "pour des acquisitions partiellement couvert par la présente directive, le restant soit relevant du champ "
        "d’application de la directive 2004/17/CE ou de la directive 2004/18/CE, soit ne relevant ni de la présente "
        "directive, ni de la directive 2004/17/CE, ni de la directive 2004/18/CE.",
        (
            "fr",
            "soit ne relevant ni de la présente directive, ni de la directive 2004/17/CE, ni",
            "soit relevant de la présente directive, de la directive 2004/17/CE ou",
        ),
    ),
    (
        # 32023l0958-r028
        "Implementing powers should be conferred on the Commission to allow aircraft operators based in a Member "
        "State to use unit types additional to that list of units for compliance or not to be bound by the "
        "conditions for eligibility of units introduced by this Directive.",
        "Il convient de conférer des compétences d’exécution à la Commission pour autoriser les exploitants "
        "d’aéronefs établis dans un État membre à utiliser des types d’unités venant s’ajouter à ceux figurant sur "
        "cette liste des unités à des fins de conformité ou leur permettre de ne pas être liés par les conditions "
        "d’admissibilité des unités introduites par la présente directive.",
        ("en", "or not to be bound", "or to be bound"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "dropped"), _OR_NOT, ids=["not being subject", "not to be bound"])
def test_or_not_before_a_word_of_its_own_is_a_negation(
    en: str, fr: str, dropped: tuple[str, str, str]
) -> None:
    assert negations(en, fr) == []
    side, said, plain = dropped
    assert said in (en if side == "en" else fr)
    if side == "en":
        assert negations(en.replace(said, plain), fr) != []
    else:
        assert negations(en, fr.replace(said, plain)) != []


@pytest.mark.parametrize(
    "en",
    [
        "ESMA shall inform the CCP whether the compliance is met or not within three months from the receipt.",
        "The CCP shall accept or not accept for clearing a cleared derivative transaction.",
        "The institution shall report exposures, either securitised or not securitised, that it services.",
    ],
)
def test_or_not_closing_an_alternative_is_no_negation(en: str) -> None:
    fr = "La contrepartie centrale informe l'AEMF dans un délai de trois mois."
    assert negations(en, fr) == []


# "no more" with no "than" after it says "no longer" (32009l0081-a48-23; the same point in 32014l0024-a35-21 and
# 32014l0025-a53-21); "no more … than" is a bound.
_NO_MORE = (
    "(b) when they receive no more new prices or new values which meet the requirements concerning minimum "
    "differences. In that event, the contracting authorities/entities shall state in the invitation to take part in "
    "the auction the time which they will allow to elapse after receiving the last submission before closing the "
    "electronic auction;",
    "b) lorsqu’ils ne reçoivent plus de nouveaux prix ou de nouvelles valeurs répondant aux exigences relatives aux "
    "écarts minimaux. Dans ce cas, les pouvoirs adjudicateurs ou les entités adjudicatrices précisent dans "
    "l’invitation à participer à l’enchère, le délai qu’ils laisseront s’écouler à partir de la réception de la "
    "dernière présentation avant de clôturer l’enchère électronique;",
)


def test_no_more_without_than_is_no_longer() -> None:
    en, fr = _NO_MORE
    assert negations(en, fr) == []
    assert negations(en, fr.replace("ne reçoivent plus", "reçoivent")) != []
    assert negations(en.replace("receive no more new", "receive new"), fr) != []


def test_no_more_than_is_a_bound() -> None:
    assert (
        negations(
            "The term of office shall be no more than five years.",
            "La durée du mandat est de cinq ans au plus.",
        )
        == []
    )


# "as a last resort" says the restriction « ne … qu'en dernier ressort », « qu'en dernier recours » says (32025r1190-r023,
# 32024l1760-r057; 32024l1760-r050 says the same): the bare "without" or "exceptional" beside it is not its rendering.
_LAST_RESORT = (
    "(23) During the active red teaming in the testing phase, if necessary to allow for the continuation of the TLPT as "
    "a last resort in exceptional circumstances and once all alternative options have been exhausted, a collaborative "
    "testing activity that involves both the testers and the blue team, should be used.",
    "(23) Durant la phase active de test de l’équipe rouge, si cela est nécessaire pour permettre la poursuite du TIFM, "
    "il y a lieu de recourir à une activité de test collaborative impliquant à la fois les testeurs et l’équipe bleue. "
    "Cela ne doit toutefois se faire qu’en dernier recours, dans des circonstances exceptionnelles et une fois toutes les "
    "autres options épuisées.",
)


def test_as_a_last_resort_says_the_restriction() -> None:
    en, fr = _LAST_RESORT
    assert negations(en, fr) == []
    # the restriction against its bare condition, with no "last resort" to say it, is still caught
    assert negations(en.replace("as a last resort ", ""), fr) != []


# A negation said by a word with a negative prefix: "inability" / « n'est pas en mesure » (32018r1139-a100-01; the same
# in 32019r1020-a22-02, 32024r1689-r161), "dissatisfied" / « ne sont pas satisfaits » (32019l2121-a1-126, -a1-487,
# -a1-756), "inoperative" / « ne fonctionnent pas » (32018r1139-a30-10), "may not be relied on" / « inopposables »
# (32009l0101-a10-03); "impracticable", "not feasible" / « irréalisable », "not likely" / « improbable »,
# « inopérant » (32018l1972-r156, -r261, -r029, -r229). Each pair (the negative word, its plain stem) must still
# be caught with the stem said bare.
_PREFIXED = [
    (
        "1.   The Management Board shall elect a Chairperson and a Deputy Chairperson from among its members with "
        "voting rights. The Deputy Chairperson shall ex officio replace the Chairperson in the event of his or her "
        "inability of attending to his or her duties.",
        "1.   Le conseil d'administration élit un président et un vice-président parmi ses membres disposant du droit "
        "de vote. Le vice-président remplace d'office le président lorsque celui-ci n'est pas en mesure d'assumer ses "
        "fonctions.",
        ("en", "inability", "ability"),
    ),
    (
        "(c) establish a Minimum Equipment List (MEL) or equivalent document providing for the operation of the "
        "aircraft, under specified conditions, with particular instruments, items of equipment or functions "
        "inoperative at the commencement of the flight.",
        "c) d'établir une liste minimale d'équipements (LME) ou un document équivalent permettant l'exploitation de "
        "l'aéronef dans des conditions spécifiées, lorsque certains instruments, équipements ou fonctions ne "
        "fonctionnent pas au début du vol.",
        ("en", "inoperative", "operative"),
    ),
    (
        "2.   The limits on the powers of the organs of the company, arising under the statutes or from a decision of "
        "the competent organs, may not be relied on as against third parties, even if they have been disclosed.",
        "2.   Les limitations aux pouvoirs des organes de la société qui résultent des statuts ou d’une décision des "
        "organes compétents sont inopposables aux tiers, même si elles sont publiées.",
        ("fr", "inopposables", "opposables"),
    ),
    (
        "Member States shall ensure that creditors who are dissatisfied with the safeguards offered in the draft "
        "terms of the cross-border conversion may apply to the appropriate administrative or judicial authority for "
        "adequate safeguards.",
        "Les États membres veillent à ce que les créanciers qui ne sont pas satisfaits des garanties offertes dans le "
        "projet de transformation transfrontalière puissent saisir l’autorité administrative ou judiciaire appropriée "
        "pour obtenir des garanties adéquates.",
        ("en", "dissatisfied", "satisfied"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "word"), _PREFIXED, ids=["inability", "inoperative", "inopposables", "dissatisfied"]
)
def test_word_with_negative_prefix_says_the_negation(en: str, fr: str, word: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []
    side, said, plain = word
    if side == "en":
        assert negations(en.replace(said, plain), fr) != []
    else:
        assert negations(en, fr.replace(said, plain)) != []


def test_disability_is_no_negation() -> None:
    en = "Member States shall not discriminate against persons with disabilities."
    fr = "Les États membres veillent à l'égalité de traitement des personnes handicapées."
    assert negations(en, fr) != []


# "Nor should X … be" puts its auxiliary before the subject; French says the negation at the verb, after the subject
# however long (« X … ne devraient pas non plus être », « … les droits … ne devraient pas être subordonnés »):
# 32023r1114-r013, 32022r2065-r073, 32018l1972-r052.
_NOR_INVERTED = (
    "(13) Digital assets issued by central banks acting in their monetary authority capacity, including central bank "
    "money in digital form, or crypto-assets issued by other public authorities, including central, regional and "
    "local administrations, should not be subject to the Union framework for markets in crypto-assets. Nor should "
    "related services provided by such central banks when acting in their monetary authority capacity or other "
    "public authorities be subject to that Union framework.",
    "(13) Les actifs numériques émis par des banques centrales agissant en leur qualité d’autorité monétaire, y "
    "compris la monnaie de banque centrale sous forme numérique, ou les crypto-actifs émis par d’autres autorités "
    "publiques, y compris les administrations centrales, régionales et locales, ne devraient pas être soumis au cadre "
    "de l’Union applicable aux marchés de crypto-actifs. Les services connexes fournis par de telles banques centrales "
    "agissant en leur qualité d’autorité monétaire ou par d’autres autorités publiques ne devraient pas non plus être "
    "soumis à ce cadre de l’Union.",
)
_NOR_INVERTED_MID = (
    "Such declarations should not by themselves constitute entitlements to rights, nor should any rights under the "
    "general authorisation, rights of use or the exercise of such rights depend upon a declaration.",
    "Ces déclarations ne devraient pas ouvrir d’office des droits; à l’inverse, les droits dans le cadre de "
    "l’autorisation générale, les droits d’utilisation ou l’exercice de ces droits ne devraient pas être subordonnés à "
    "une déclaration.",
)


@pytest.mark.parametrize(("en", "fr"), [_NOR_INVERTED, _NOR_INVERTED_MID], ids=["Nor should", "nor should"])
def test_nor_with_inverted_auxiliary_answers_the_negation_after_the_subject(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_nor_with_inverted_auxiliary_leaves_an_earlier_negation_to_be_answered() -> None:
    en, fr = _NOR_INVERTED_MID
    # the first negation dropped in English: the French « ne devraient pas ouvrir » has no answer before the "nor"
    assert negations(en.replace("should not by themselves", "should by themselves"), fr) != []


# « éviter que la même infraction ne soit sanctionnée plus d'une fois »: "more than once", a bound; the bare « ne » of
# the auxiliary is expletive, no « ne … plus » ("is no longer penalised"): 32023r2854-r110, 32022r2065-r123, -a56-08.
_MORE_THAN_ONCE = (
    "In order to ensure that the principle of ne bis in idem is respected, and in particular to avoid that the same "
    "infringement of the obligations laid down in this Regulation is penalised more than once, a Member State that "
    "intends to exercise its competence in relation to an infringing party that is not established and has not "
    "designated a legal representative in the Union should, without undue delay, inform all data coordinators as well "
    "as the Commission.",
    "Afin de garantir le respect du principe ne bis in idem, et d'éviter en particulier que la même infraction aux "
    "obligations prévues par le présent règlement ne soit sanctionnée plus d'une fois, un État membre qui entend exercer "
    "sa compétence à l'égard de l'auteur d'une infraction qui n'est pas établi dans l'Union et n'a pas désigné de "
    "représentant légal dans l'Union devrait, sans retard injustifié, en informer tous les coordinateurs de données "
    "ainsi que la Commission.",
)


def test_expletive_ne_before_more_than_once_is_no_negation() -> None:
    en, fr = _MORE_THAN_ONCE
    assert negations(en, fr) == []
    # « ne … plus » said of its own ("is no longer penalised") is still a negation
    assert negations(en, fr.replace("sanctionnée plus d'une fois", "plus sanctionnée")) != []


# « est proscrite », « sont proscrits »: "prohibited", which answers "there shall be no discrimination" as « est
# interdite » does (32006l0054-a14-01, -a5-01; "expressly prohibited" / « expressément proscrits » in 32025r1775-a1-07).
_PROSCRIBED = (
    "1.   There shall be no direct or indirect discrimination on grounds of sex in the public or private sectors, "
    "including public bodies, in relation to:",
    "1.   Toute discrimination directe ou indirecte fondée sur le sexe est proscrite dans les secteurs public ou privé, "
    "y compris les organismes publics, en ce qui concerne:",
)


def test_proscribed_says_there_shall_be_no() -> None:
    en, fr = _PROSCRIBED
    assert negations(en, fr) == []
    assert negations(en, fr.replace("est proscrite", "est organisée")) != []
