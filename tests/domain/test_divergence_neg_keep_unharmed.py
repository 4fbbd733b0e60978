"""The verbs "respect", "preserve": a thing kept unharmed, which French says by a negation of harming it (issue 15).

English says that a measure "respects" a right or a secret, or "preserves" an incentive; French says that it « ne
porte pas atteinte » to the right, that the secrets « ne soient pas divulgués », that it « ne dissuade pas » the
undertaking: the negation of harming, disclosing or deterring.  Like "safe", the English verb answers such a negation
anywhere in its sentence, and no other negation (with « ne sont pas conformes », « n'est pas maintenu » or « ne
respectent pas » against "respect", "preserve", the French says the opposite and must be reported).
Official pairs of the wide corpus of EU acts: 32014l0059-r029, 32022r1925-a15-03, 32018l1972-r202.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_KEPT = [
    (
        "In order to respect the right to conduct business laid down in Article 16 of the Charter, the authorities' "
        "discretion should be limited to what is necessary in order to simplify the structure and operations of the "
        "institution solely to improve its resolvability.",
        "Afin de ne pas porter atteinte à la liberté d'entreprise reconnue par l'article 16 de la charte, le pouvoir "
        "discrétionnaire des autorités devrait se limiter à ce qui est nécessaire pour simplifier la structure et le "
        "fonctionnement de l'établissement dans le seul but d'améliorer sa résolvabilité.",
    ),
    (
        "In doing so, the gatekeeper shall be entitled to take account of the need to respect its business secrets.",
        "Ce faisant, le contrôleur d'accès est autorisé à tenir compte de la nécessité que ses secrets d'affaires ne "
        "soient pas divulgués.",
    ),
    (
        "However, it is very important to ensure that its imposition preserves the incentives of the undertaking "
        "concerned to invest in its network.",
        "Toutefois, il est très important de veiller à ce que son instauration ne dissuade pas l'entreprise "
        "concernée d'investir dans son réseau.",
    ),
]
_IDS = ["ne pas porter atteinte", "ne soient pas divulgués", "ne dissuade pas"]


@pytest.mark.parametrize(("en", "fr"), _KEPT, ids=_IDS)
def test_keeping_verb_answers_a_negated_harm(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), _KEPT, ids=_IDS)
def test_without_the_keeping_verb_the_negation_is_unanswered(en: str, fr: str) -> None:
    plain = (
        en.replace("to respect the right", "to exercise the right")
        .replace("to respect its business", "to publish its business")
        .replace("preserves the incentives", "increases the incentives")
    )
    assert plain != en
    assert negations(plain, fr) != []


def test_keeping_verb_answers_no_other_negation() -> None:
    # a negation of another verb, or of the same one: "respect", "preserve" say nothing of it
    assert (
        negations(
            "Member States shall respect those rules.", "Les États membres ne respectent pas ces règles."
        )
        != []
    )
    assert (
        negations(
            "The gatekeeper shall ensure that the level of security is preserved across the services.",
            "Le contrôleur d'accès veille à ce que le niveau de sécurité ne soit pas maintenu dans l'ensemble des services.",
        )
        != []
    )
    assert (
        negations(
            "The measures shall respect the rules on consumer protection.",
            "Les mesures ne sont pas conformes aux règles relatives à la protection des consommateurs.",
        )
        != []
    )


def test_in_respect_of_is_no_keeping_verb() -> None:
    en = "Information in respect of the accounts shall be provided."
    fr = "Les informations relatives aux comptes ne sont pas divulguées."
    assert negations(en, fr) != []


def test_negation_carried_past_the_keeping_verb_needs_an_answer() -> None:
    # 32018l1972-r202 with the English "does not entail" dropped: "preserves" answers « ne dissuade pas » and says
    # nothing of the verb coordinated after it, whose French negation (carried on) is then unanswered
    en = (
        "However, it is very important to ensure that its imposition preserves the incentives of the undertaking "
        "concerned to invest in its network and that it {} any potential negative effects on consumer welfare."
    )
    fr = (
        "Toutefois, il est très important de veiller à ce que son instauration ne dissuade pas l'entreprise concernée "
        "d'investir dans son réseau et qu'elle ne produise pas d'effets potentiellement négatifs sur le bien-être du "
        "consommateur."
    )
    assert negations(en.format("does not entail"), fr) == []
    assert negations(en.format("entails"), fr) != []
