"""obligation_mismatch, negation: what may answer a negation of the other side, one class of drafting per case;
the faithful pair must stay quiet and the pair with a dropped negation must fire (examples written for these
tests, in the style of EU acts)."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, check_pair


def obligation(en: str, fr: str) -> list[Finding]:
    return [f for f in check_pair(ClausePair(en, fr)) if f.check == "obligation_mismatch"]


# (class, faithful pair, the same pair with a negation dropped on one side)
CASES = [
    (
        # « cession » is a transfer ("a sale of the business"), not « cesser » ("cease").
        "a transfer is no ceasing",
        (
            "Each creditor shall receive at least what it would receive in a sale of the business as a going concern "
            "if the plan were not confirmed.",
            "Chaque créancier reçoit au moins ce qu'il recevrait en cas de cession de l'entreprise en activité si le "
            "plan n'était pas validé.",
        ),
        (
            "Each creditor shall receive at least what it would receive in a sale of the business as a going concern "
            "if the plan were not confirmed.",
            "Chaque créancier reçoit au moins ce qu'il recevrait en cas de cession de l'entreprise en activité si le "
            "plan était validé.",
        ),
    ),
    (
        # « objets protégés » is "subject matter" (protected by copyright), no protection against anything.
        "a protected work prevents nothing",
        (
            "The measures shall not lead to the removal of works or other subject matter uploaded by users.",
            "Les mesures ne conduisent pas au retrait d'œuvres ou d'autres objets protégés téléversés par les "
            "utilisateurs.",
        ),
        (
            "The measures shall not lead to the removal of works or other subject matter uploaded by users.",
            "Les mesures conduisent au retrait d'œuvres ou d'autres objets protégés téléversés par les utilisateurs.",
        ),
    ),
    (
        # "protective measures" are « mesures conservatoires »: the adjective prevents nothing.
        "a protective measure prevents nothing",
        (
            "The return order shall not be enforced without also enforcing any provisional, including protective, "
            "measures ordered to protect the child.",
            "La décision de retour n'est pas exécutée sans que soit également exécutée toute mesure provisoire ou "
            "conservatoire ordonnée en vue de protéger l'enfant.",
        ),
        (
            "The return order shall be enforced without also enforcing any provisional, including protective, "
            "measures ordered to protect the child.",
            "La décision de retour n'est pas exécutée sans que soit également exécutée toute mesure provisoire ou "
            "conservatoire ordonnée en vue de protéger l'enfant.",
        ),
    ),
    (
        # « les différentes entreprises » are "individual" or "various" firms: no difference from anything.
        "various firms differ from nothing",
        (
            "Such information may be disclosed only in aggregate form, provided that individual firms cannot be "
            "identified.",
            "Ces informations ne peuvent être divulguées que sous une forme agrégée, à condition que les différentes "
            "entreprises ne puissent pas être identifiées.",
        ),
        (
            "Such information may be disclosed only in aggregate form, provided that individual firms cannot be "
            "identified.",
            "Ces informations ne peuvent être divulguées que sous une forme agrégée, à condition que les différentes "
            "entreprises puissent être identifiées.",
        ),
    ),
    (
        # « une entité juridique distincte » is a separate one, which says no "not".
        "a separate entity differs from nothing",
        (
            "(c) the separate legal entity does not itself provide any of the core services;",
            "c) l'entité juridique distincte ne fournit pas elle-même l'un des services de base;",
        ),
        (
            "(c) the separate legal entity does not itself provide any of the core services;",
            "c) l'entité juridique distincte fournit elle-même l'un des services de base;",
        ),
    ),
    (
        # "in different Member States" are several ones: no difference that could say a "not".
        "several States differ from nothing",
        (
            "Where the firm does not provide services in different Member States, the report shall be sent to the "
            "home authority.",
            "Lorsque l'entreprise ne fournit pas de services dans plusieurs États membres, le rapport est transmis à "
            "l'autorité d'origine.",
        ),
        (
            "Where the firm provides services in different Member States, the report shall be sent to the home "
            "authority.",
            "Lorsque l'entreprise ne fournit pas de services dans plusieurs États membres, le rapport est transmis à "
            "l'autorité d'origine.",
        ),
    ),
    (
        # "By way of derogation from" / « Par dérogation à »: the same exemption on both sides, which answers itself
        # and leaves the "not" of its provision to be answered.
        "a derogation answers its like",
        (
            "By way of derogation from paragraph 1, the competent authority shall not publish the decision where the "
            "publication would jeopardise an ongoing investigation.",
            "Par dérogation au paragraphe 1, l'autorité compétente ne publie pas la décision lorsque la publication "
            "compromettrait une enquête en cours.",
        ),
        (
            "By way of derogation from paragraph 1, the competent authority shall not publish the decision where the "
            "publication would jeopardise an ongoing investigation.",
            "Par dérogation au paragraphe 1, l'autorité compétente publie la décision lorsque la publication "
            "compromettrait une enquête en cours.",
        ),
    ),
    (
        # « différer la publication » is to defer it ("delay"), not to differ.
        "a deferral differs from nothing",
        (
            "This paragraph shall apply where the issuer does not decide to delay the disclosure of the information.",
            "Le présent paragraphe s'applique lorsque l'émetteur ne prend pas la décision de différer la publication "
            "de l'information.",
        ),
        (
            "This paragraph shall apply where the issuer does not decide to delay the disclosure of the information.",
            "Le présent paragraphe s'applique lorsque l'émetteur prend la décision de différer la publication de "
            "l'information.",
        ),
    ),
]


@pytest.mark.parametrize(("faithful", "changed"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_negation_dropped_is_not_answered_by_a_word_that_negates_nothing(
    faithful: tuple[str, str], changed: tuple[str, str]
) -> None:
    assert obligation(*faithful) == []
    assert [f.key.split(":")[1] for f in obligation(*changed)] == ["negation"]


# « moins favorable … que celle »: a comparison, read as a restriction « ne … que » far from the negation it would answer.
_BEST_INTEREST_EN = (
    "(5) Satisfying the ‘best-interest-of-creditors’ test should be considered to mean that no dissenting creditor is "
    "worse off under a restructuring plan than it would be either in the case of liquidation, whether piecemeal "
    "liquidation or sale of the business as a going concern, or in the event of the next-best-alternative scenario if "
    "the restructuring plan were not to be confirmed."
)
_BEST_INTEREST_FR = (
    "(5) Satisfaire au critère du meilleur intérêt des créanciers devrait signifier qu'aucun créancier dissident ne se "
    "trouve dans une situation moins favorable du fait du plan de restructuration que celle qu'il connaîtrait soit dans "
    "le cas d'une liquidation, que cette dernière se fasse par distribution des actifs ou par vente de l'entreprise en "
    "activité, soit dans le cas de la meilleure solution alternative si le plan de restructuration {} être validé."
)


def test_a_restriction_far_from_a_negation_does_not_answer_it() -> None:
    assert obligation(_BEST_INTEREST_EN, _BEST_INTEREST_FR.format("ne devait pas")) == []
    (finding,) = obligation(_BEST_INTEREST_EN, _BEST_INTEREST_FR.format("devait"))
    assert [s.text for s in finding.en] == ["not"]


def test_a_negation_after_and_is_and_its_series_answer_their_like() -> None:
    # "and is not bound … or subject" / « et n'est pas lié … ni soumis »: the second negation and its « ni » answer
    # each other, so that the first one ("is not taking part") needs its own answer.
    en = (
        "In accordance with the Protocol, Denmark is not taking part in the adoption of this Regulation and is not "
        "bound by it or subject to its application."
    )
    fr = (
        "Conformément au protocole, le Danemark {} à l'adoption du présent règlement et n'est pas lié par celui-ci "
        "ni soumis à son application."
    )
    assert obligation(en, fr.format("ne participe pas")) == []
    (finding,) = obligation(en, fr.format("participe"))
    assert [s.text for s in finding.en] == ["not"] and finding.en[0].start < en.index("and is")


def test_a_nor_with_its_own_verb_answers_a_negation() -> None:
    # "nor should their support be required": a clause of its own, which French says with its own « ne … pas ».
    assert (
        obligation(
            "Parties unaffected by the plan should have no voting rights in relation to it, nor should their support "
            "be required for the approval of any plan.",
            "Les parties qui ne sont pas affectées par le plan ne devraient pas avoir de droit de vote, et leur "
            "soutien ne devrait pas être nécessaire pour l'adoption d'un plan.",
        )
        == []
    )


# (class, English, French): a negation said as a bound, a contrary case or a contrast, which the other language says
# its own way, or a « pas » that negates nothing.
QUIET = [
    (
        "a proportionality limit with its modal",
        "Such measures shall not go beyond what is necessary to achieve that objective.",
        "Ces mesures n'excèdent pas ce qui est nécessaire pour atteindre cet objectif.",
    ),
    (
        "no longer than, said with the verb inside",
        "Reports shall be stored for no longer than it is necessary and proportionate.",
        "Les signalements ne sont pas conservés plus longtemps qu'il n'est nécessaire et proportionné.",
    ),
    (
        "« pas davantage que » is no more than",
        "Where an institution fails to meet its buffer requirement, it shall not distribute more than the amount "
        "calculated in accordance with paragraph 4.",
        "Lorsqu'un établissement ne satisfait pas à son exigence de coussin, il ne distribue pas davantage que le "
        "montant calculé conformément au paragraphe 4.",
    ),
    (
        "not only … but also, said with « également »",
        "Potential threats do not only emanate from third countries, but can also emerge in relation to specific "
        "products.",
        "Les menaces potentielles n'émanent pas uniquement de pays tiers, elles peuvent également découler de "
        "produits particuliers.",
    ),
    (
        "not doing so is the contrary case",
        "The designated authority shall comply with that opinion or give reasons for not doing so.",
        "L'autorité désignée s'y conforme ou explique les raisons pour lesquelles elle ne s'y conforme pas.",
    ),
    ("the tick size is a « pas de cotation »", "Tick sizes", "Pas de cotation"),
    (
        "not-for-profit is a compound adjective",
        "Providers of services, such as not-for-profit online encyclopedias, not-for-profit educational and "
        "scientific repositories, open source software-developing and-sharing platforms, providers of electronic "
        "communications services, online marketplaces, business-to-business cloud services and cloud services that "
        "allow users to upload content for their own use, are not online content-sharing service providers within "
        "the meaning of this Directive.",
        "Ne sont pas des fournisseurs de services de partage de contenus en ligne au sens de la présente directive "
        "les prestataires de services tels que les encyclopédies en ligne à but non lucratif, les répertoires "
        "éducatifs et scientifiques à but non lucratif, les plateformes de développement et de partage de logiciels "
        "libres, les fournisseurs de services de communications électroniques, les places de marché en ligne, les "
        "services en nuage entre entreprises et les services en nuage qui permettent aux utilisateurs de téléverser "
        "des contenus pour leur propre usage.",
    ),
    (
        "abstaining is refraining",
        "Where the verification may tip off the customer, the obliged entity shall abstain from verifying the identity "
        "of the senior managing officials.",
        "Lorsque la vérification peut alerter le client, l'entité assujettie s'abstient de vérifier l'identité des "
        "dirigeants principaux.",
    ),
    (
        "disagreeing is not agreeing",
        "Where the Agency disagrees with a negative assessment of a national safety authority, it shall inform that "
        "authority.",
        "Si l'Agence n'est pas d'accord avec une conclusion négative d'une autorité nationale de sécurité, elle en "
        "informe cette autorité.",
    ),
    (
        "a nor after without carries it on",
        "(b) a third-country entity providing crypto-asset services without being licensed or registered nor subject "
        "to supervision there;",
        "b) une entité de pays tiers qui fournit des services sur crypto-actifs sans y être agréée ou enregistrée, ni "
        "soumise à une surveillance;",
    ),
    (
        # "and is not accompanied" carries on "is not written" in the same clause: French may say it once.
        "a second negation with its own auxiliary in the same clause",
        "The addressee may refuse the document if it is not written in, or is not accompanied by a translation "
        "into, that language.",
        "Le destinataire peut refuser l'acte si celui-ci n'est pas rédigé ou accompagné d'une traduction dans "
        "cette langue.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), [c[1:] for c in QUIET], ids=[c[0] for c in QUIET])
def test_a_negation_said_another_way_is_quiet(en: str, fr: str) -> None:
    assert obligation(en, fr) == []


def test_a_bound_negation_does_not_hide_a_dropped_one() -> None:
    en = "Such measures shall not go beyond what is necessary and shall not be applied to users."
    fr = "Ces mesures n'excèdent pas ce qui est nécessaire et {} appliquées aux utilisateurs."
    assert obligation(en, fr.format("ne sont pas")) == []
    assert [f.key.split(":")[1] for f in obligation(en, fr.format("sont"))] == ["negation"]


def test_a_restriction_of_a_condition_against_a_bare_unless_is_a_negation_dropped() -> None:
    # « ne peuvent être divulguées qu'avec l'accord » is "shall not be disclosed without the consent".
    fr = "Les informations reçues d'une autre autorité ne peuvent être divulguées qu'avec l'accord exprès de celle-ci."
    en = "Information received from another authority shall {} disclosed without the express consent of that authority."
    assert obligation(en.format("not be"), fr) == []
    (finding,) = obligation(en.format("be"), fr)
    assert [s.text for s in finding.en] == ["without"] and [s.text for s in finding.fr] == ["qu'avec"]
    fr = (
        "Le travailleur ne peut être obligé de travailler que si les deux conditions suivantes sont remplies:"
    )
    en = "The worker shall {} required to work unless both of the following conditions are fulfilled:"
    assert obligation(en.format("not be"), fr) == []
    assert [f.key.split(":")[1] for f in obligation(en.format("be"), fr)] == ["negation"]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # the expletive « ne » after « à moins que », then a that-clause: no restriction
        (
            "(ii) terminate the business relationship unless they conclude that the mitigating measures are "
            "sufficient;",
            "ii) mettent un terme à la relation d'affaires, à moins qu'ils ne concluent que les mesures d'atténuation "
            "sont suffisantes;",
        ),
        # a restriction of a thing (« qu'une seule »), not of a condition
        (
            "(c) specify the transactions where execution in several securities is part of one transaction or orders "
            "subject to conditions other than the current market price;",
            "c) précisent les transactions dont l'exécution relative à plusieurs valeurs mobilières ne représente "
            "qu'une seule transaction ou les ordres soumis à des conditions autres que le prix du marché;",
        ),
    ],
)
def test_a_restriction_that_restricts_no_condition_is_quiet(en: str, fr: str) -> None:
    assert obligation(en, fr) == []


def test_going_beyond_is_a_bound_turned_by_a_dropped_not() -> None:
    fr = "Ces exigences n'excèdent pas ce qui est nécessaire et raisonnable."
    en = "Such requirements shall {}extend beyond what is necessary and reasonable."
    assert obligation(en.format("not "), fr) == []
    (finding,) = obligation(en.format(""), fr)
    assert finding.key.split(":")[1] == "bound" and [s.text for s in finding.en] == ["extend beyond"]


def test_a_negation_after_and_in_a_new_clause_needs_its_own_answer() -> None:
    # « … n'ont pas été remplies, il invite … et ne délivre pas »: the « et » joins « invite », not « n'ont pas ».
    fr = (
        "Lorsqu'un organisme notifié constate que les exigences n'ont pas été remplies par un fabricant, il invite "
        "celui-ci à prendre les mesures correctives appropriées et ne délivre pas de certificat."
    )
    en = (
        "Where a notified body finds that the requirements have not been met by a manufacturer, it shall require that "
        "manufacturer to take appropriate corrective measures and shall {}issue a certificate."
    )
    assert obligation(en.format("not "), fr) == []
    (finding,) = obligation(en.format(""), fr)
    assert [s.text for s in finding.fr] == ["ne délivre pas"]


def test_a_series_of_ni_answers_its_nor_not_the_negation_before_it() -> None:
    en = (
        "Moral rights, such as the right of integrity, are not licensed under this Licence, nor are publicity, privacy "
        "or other similar personality rights."
    )
    fr = (
        "Les droits moraux, tel que le droit à l'intégrité de l'œuvre, {} accordés par la présente Licence, ni le "
        "droit à l'image, ni le droit au respect de la vie privée, ni aucun autre droit de la personnalité."
    )
    assert obligation(en, fr.format("ne sont pas")) == []
    (finding,) = obligation(en, fr.format("sont"))
    assert [s.text for s in finding.en] == ["not"]


# Constructions of the wide corpus of EU acts (issue 15), each seen in several acts, reduced to the construction:
# (class, faithful pair that must stay quiet, the same pair with a negation added or dropped, which must fire).
WIDE = [
    (
        # « une valeur nulle », « quasi nulle »: the adjective says "zero", no negation.
        "the adjective nul is zero",
        (
            "The close-out cost AVA may be assessed to have zero value.",
            "L'AVA relative aux coûts de liquidation peut être évaluée comme ayant une valeur nulle.",
        ),
        (
            "The close-out cost AVA may not be assessed to have zero value.",
            "L'AVA relative aux coûts de liquidation peut être évaluée comme ayant une valeur nulle.",
        ),
    ),
    (
        "nearly zero is quasi nulle",
        (
            "Member States shall ensure that all new buildings are nearly zero-energy buildings.",
            "Les États membres veillent à ce que tous les bâtiments neufs soient des bâtiments dont la consommation "
            "d'énergie est quasi nulle.",
        ),
        (
            "Member States shall ensure that all new buildings are nearly zero-energy buildings.",
            "Les États membres veillent à ce que tous les bâtiments neufs ne soient pas des bâtiments dont la "
            "consommation d'énergie est quasi nulle.",
        ),
    ),
    (
        # "no worse than" / « n'est pas moins performant que »: a comparison on both sides.
        "no worse than is pas moins",
        (
            "'efficient building' means a building with an energy performance which is no worse than the 2023 "
            "cost-optimal level.",
            "«bâtiment efficace»: un bâtiment dont la performance énergétique n'est pas moins bonne que le niveau "
            "optimal en fonction des coûts de 2023.",
        ),
        (
            "'efficient building' means a building with an energy performance which is not covered by the 2023 "
            "cost-optimal level.",
            "«bâtiment efficace»: un bâtiment dont la performance énergétique est couverte par le niveau optimal en "
            "fonction des coûts de 2023.",
        ),
    ),
    (
        # "at no cost" / « gratuitement »: free, no negation.
        "at no cost is free",
        (
            "Member States shall ensure that equality bodies provide their services at no cost to complainants.",
            "Les États membres veillent à ce que les organismes pour l'égalité de traitement fournissent leurs "
            "services aux plaignants gratuitement.",
        ),
        (
            "Member States shall ensure that equality bodies do not provide their services at no cost to "
            "complainants.",
            "Les États membres veillent à ce que les organismes pour l'égalité de traitement fournissent leurs "
            "services aux plaignants gratuitement.",
        ),
    ),
    (
        # ", if not impossible" / « voire impossible »: "or even".
        "if not is voire",
        (
            "Such situations risk making it very difficult, if not impossible, to ensure that posted workers enjoy an "
            "equivalent level of protection.",
            "De telles situations risquent de rendre très difficile, voire impossible, de garantir aux travailleurs "
            "détachés un niveau de protection équivalent.",
        ),
        (
            "Such situations risk making it very difficult, if not impossible, to ensure that posted workers enjoy an "
            "equivalent level of protection.",
            "De telles situations ne risquent pas de rendre très difficile, voire impossible, de garantir aux "
            "travailleurs détachés un niveau de protection équivalent.",
        ),
    ),
    (
        # "objectively not separable" / « objectivement inséparables »: a negative adjective answers the "not".
        "not separable is inseparable",
        (
            "Where the different parts of a given contract are objectively not separable, paragraph 6 shall apply.",
            "Lorsque les différentes parties d'un marché donné sont objectivement inséparables, le paragraphe 6 "
            "s'applique.",
        ),
        (
            "Where the different parts of a given contract are objectively not separable, paragraph 6 shall apply.",
            "Lorsque les différentes parties d'un marché donné sont objectivement séparables, le paragraphe 6 "
            "s'applique.",
        ),
    ),
    (
        # « accepte ou n'accepte pas »: an alternative, which English says "or not" (never read as a negation).
        "accept or not accept",
        (
            "The clearing member shall accept or not accept the transaction within 60 seconds.",
            "Le membre compensateur accepte ou n'accepte pas la transaction dans un délai de 60 secondes.",
        ),
        (
            "The clearing member shall accept or not accept the transaction within 60 seconds.",
            "Le membre compensateur n'accepte pas la transaction dans un délai de 60 secondes.",
        ),
    ),
    (
        "participer ou ne pas participer",
        (
            "Member States should decide at which stage consumers are able to exercise their right to opt in to or out "
            "of a representative action.",
            "Les États membres devraient décider à quel stade les consommateurs peuvent exercer leur droit de "
            "participer ou de ne pas participer à une action représentative.",
        ),
        (
            "Member States should decide at which stage consumers are able to exercise their right to opt in to or out "
            "of a representative action.",
            "Les États membres ne devraient pas décider à quel stade les consommateurs peuvent exercer leur droit de "
            "participer ou de ne pas participer à une action représentative.",
        ),
    ),
    (
        # « ne peuvent imposer … aucune autre obligation »: « aucune » is the object of the « ne » far before it.
        "ne … aucun far apart",
        (
            "Member States may not impose on taxable persons supplying goods or services in their territory any "
            "other obligations or formalities relating to the sending of invoices.",
            "Les États membres ne peuvent imposer aux assujettis effectuant des livraisons de biens ou des prestations "
            "de services sur leur territoire aucune autre obligation ou formalité relative à la transmission des "
            "factures.",
        ),
        (
            "Member States may impose on taxable persons supplying goods or services in their territory any "
            "other obligations or formalities relating to the sending of invoices.",
            "Les États membres ne peuvent imposer aux assujettis effectuant des livraisons de biens ou des prestations "
            "de services sur leur territoire aucune autre obligation ou formalité relative à la transmission des "
            "factures.",
        ),
    ),
    (
        "ne … aucun across an aside",
        (
            "The compliance officer shall have no other professional position, responsibility or interest, directly "
            "or indirectly, in or with any part of the vertically integrated undertaking.",
            "Le cadre chargé du respect des engagements ne peut exercer d'emploi ou de responsabilité "
            "professionnelle, ou avoir un intérêt, directement ou indirectement, dans aucune partie de l'entreprise "
            "intégrée verticalement.",
        ),
        (
            "The compliance officer shall have another professional position, responsibility or interest, directly "
            "or indirectly, in or with any part of the vertically integrated undertaking.",
            "Le cadre chargé du respect des engagements ne peut exercer d'emploi ou de responsabilité "
            "professionnelle, ou avoir un intérêt, directement ou indirectement, dans aucune partie de l'entreprise "
            "intégrée verticalement.",
        ),
    ),
    (
        # « dont la valeur n'atteint pas ce seuil » / "with values below that threshold"
        "n'atteint pas is below",
        (
            "Services to the person with values below that threshold will typically not be of interest to providers "
            "from other Member States.",
            "Les services à la personne dont la valeur n'atteint pas ce seuil n'intéresseront généralement pas les "
            "prestataires d'autres États membres.",
        ),
        (
            "Services to the person with values below that threshold will typically be of interest to providers "
            "from other Member States.",
            "Les services à la personne dont la valeur n'atteint pas ce seuil n'intéresseront généralement pas les "
            "prestataires d'autres États membres.",
        ),
    ),
    (
        # "are below the materiality level" / « n'atteignent pas le seuil »
        "n'atteignent pas is are below",
        (
            "The verifier may consider misstatements as material even if those misstatements are below the "
            "materiality level set out in Article 23.",
            "Le vérificateur peut estimer que des inexactitudes sont significatives même si elles n'atteignent pas le "
            "seuil d'importance relative défini à l'article 23.",
        ),
        (
            "The verifier may consider misstatements as material even if those misstatements are below the "
            "materiality level set out in Article 23.",
            "Le vérificateur ne peut pas estimer que des inexactitudes sont significatives même si elles "
            "n'atteignent pas le seuil d'importance relative défini à l'article 23.",
        ),
    ),
    (
        # « qui ne peut être postérieure à douze mois » / "which shall be no later than 12 months": a deadline.
        "ne peut être postérieure is no later than",
        (
            "The decision shall set out the date on which it is to have effect, which shall be no later than 12 "
            "months from its publication.",
            "La décision fixe la date à laquelle elle produit ses effets, qui ne peut être postérieure à douze mois à "
            "compter de sa publication.",
        ),
        (
            "The decision shall not set out the date on which it is to have effect, which shall be no later than 12 "
            "months from its publication.",
            "La décision fixe la date à laquelle elle produit ses effets, qui ne peut être postérieure à douze mois à "
            "compter de sa publication.",
        ),
    ),
    (
        # "must not be wider in scope than" / « ne doivent pas excéder la portée »: a limit on both sides.
        "not wider than is ne pas excéder",
        (
            "Such measures must not be wider in scope than is strictly necessary to remedy the sudden difficulties.",
            "Ces mesures ne doivent pas excéder la portée strictement indispensable pour remédier aux difficultés "
            "soudaines.",
        ),
        (
            "Such measures must not be wider in scope than is strictly necessary and shall not remedy the sudden "
            "difficulties.",
            "Ces mesures ne doivent pas excéder la portée strictement indispensable pour remédier aux difficultés "
            "soudaines.",
        ),
    ),
    (
        # « ne … que lors de », « ne … que comme »: a restriction ("only on", "merely as").
        "ne … que lors de is only on",
        (
            "A counterparty may exercise termination rights in accordance with the terms of that contract only on the "
            "occurrence of a subsequent enforcement event.",
            "Une contrepartie ne peut exercer les droits de résiliation conformément aux clauses de ce contrat que lors "
            "de la survenance ultérieure d'un fait entraînant l'exécution.",
        ),
        (
            "A counterparty may exercise termination rights in accordance with the terms of that contract on the "
            "occurrence of a subsequent enforcement event.",
            "Une contrepartie ne peut pas exercer les droits de résiliation conformément aux clauses de ce contrat "
            "lors de la survenance ultérieure d'un fait entraînant l'exécution.",
        ),
    ),
    (
        # "none the less" is "nonetheless" / « néanmoins ».
        "none the less",
        (
            "In advance of such an agreement, greater certainty should none the less be provided regarding the "
            "continued use of credits.",
            "Dans l'attente d'un tel accord, il convient néanmoins d'offrir une plus grande sécurité quant à la "
            "poursuite de l'utilisation des crédits.",
        ),
        (
            "In advance of such an agreement, greater certainty should none the less not be provided regarding the "
            "continued use of credits.",
            "Dans l'attente d'un tel accord, il convient néanmoins d'offrir une plus grande sécurité quant à la "
            "poursuite de l'utilisation des crédits.",
        ),
    ),
    (
        # "are not prevented from" / « ne soient pas empêchés de »: a negation on both sides (English read it as none).
        "not prevented from",
        (
            "Member States shall ensure that consumers are not prevented from bringing an action for redress.",
            "Les États membres veillent à ce que les consommateurs ne soient pas empêchés d'intenter une action en "
            "réparation.",
        ),
        (
            "Member States shall ensure that consumers are not prevented from bringing an action for redress.",
            "Les États membres veillent à ce que les consommateurs soient empêchés d'intenter une action en "
            "réparation.",
        ),
    ),
    (
        # « ne peuvent refuser … que si » ("may refuse only if") is "shall accept … unless": the negative verb inside the
        # restriction turns it into the bare exception.
        "a restriction of a refusal is an exception",
        (
            "The authorities shall accept the national approval unless they have reasonable grounds to believe that "
            "the requirements are not met.",
            "Les autorités ne peuvent refuser la réception nationale que si elles ont de bonnes raisons de croire "
            "que les exigences ne sont pas respectées.",
        ),
        (
            "The authorities shall accept the national approval unless they have reasonable grounds to believe that "
            "the requirements are not met.",
            "Les autorités ne peuvent refuser la réception nationale que si elles ont de bonnes raisons de croire "
            "que les exigences sont respectées.",
        ),
    ),
    (
        "a prevention with unless is a restriction",
        (
            "Article 5 prevents institutions from applying the simpler standards to other exposures unless they "
            "fulfil a set of conditions.",
            "L'article 5 dispose que les normes plus simples ne peuvent être appliquées par les établissements aux "
            "autres expositions que si ceux-ci remplissent un ensemble de conditions.",
        ),
        (
            "Article 5 allows institutions to apply the simpler standards to other exposures unless they "
            "fulfil a set of conditions.",
            "L'article 5 dispose que les normes plus simples ne peuvent être appliquées par les établissements aux "
            "autres expositions que si ceux-ci remplissent un ensemble de conditions.",
        ),
    ),
    (
        # "any estimate which has not been verified … shall not be entered" / « ne peut être inscrite … que si elle a été
        # vérifiée »: the negated relative clause of the subject and the negated predicate make one restriction.
        "two negations of subject and predicate are one restriction",
        (
            "Any estimate which has not been verified by the auditor shall not be entered in the central register.",
            "Une estimation ne peut être inscrite dans le «registre central» que si elle a été vérifiée par "
            "l'auditeur.",
        ),
        (
            "Any estimate which has not been verified by the auditor shall not be entered in the central register.",
            "Une estimation ne peut être inscrite dans le «registre central» si elle a été vérifiée par l'auditeur.",
        ),
    ),
    (
        # « mal », « mauvais »: "not well", "not properly", which French says without a negation.
        "mal is not well",
        (
            "The current reporting requirements are not well adapted to instruments issued on a distributed ledger.",
            "Les exigences de déclaration actuelles sont mal adaptées aux instruments émis sur un registre "
            "distribué.",
        ),
        (
            "The current reporting requirements are not well adapted to instruments issued on a distributed ledger.",
            "Les exigences de déclaration actuelles sont bien adaptées aux instruments émis sur un registre "
            "distribué.",
        ),
    ),
    (
        "mauvais is not properly",
        (
            "Where the Commission has evidence that the market is not functioning properly, it shall submit a report.",
            "Si la Commission dispose de preuves d'un mauvais fonctionnement du marché, elle présente un rapport.",
        ),
        (
            "Where the Commission has evidence that the market is not functioning properly, it shall submit a report.",
            "Si la Commission dispose de preuves d'un bon fonctionnement du marché, elle présente un rapport.",
        ),
    ),
    (
        # … but only a negation of how well a thing is done: « une opération mal exécutée » is "defective", which
        # answers no other "not".
        "mal exécutée answers no other negation",
        (
            "The provider shall restore the account to the state it would have been in had the defective transfer "
            "not taken place.",
            "Le prestataire rétablit le compte dans la situation qui aurait prévalu si le virement mal exécuté "
            "n'avait pas eu lieu.",
        ),
        (
            "The provider shall restore the account to the state it would have been in had the defective transfer "
            "not taken place.",
            "Le prestataire rétablit le compte dans la situation qui aurait prévalu si le virement mal exécuté "
            "avait eu lieu.",
        ),
    ),
    (
        # "may not be brought more than three months after" / « ne peut plus être intentée après l'expiration d'un
        # délai de trois mois »: a deed forbidden once a time has passed, a negation on both sides.
        "not more than a time after is no longer after it",
        (
            "Such proceedings may not be brought more than three months after the date of the decision.",
            "Cette action ne peut plus être intentée après l'expiration d'un délai de trois mois à compter de la "
            "date de la décision.",
        ),
        (
            "Such proceedings may not be brought more than three months after the date of the decision.",
            "Cette action peut être intentée après l'expiration d'un délai de trois mois à compter de la date de la "
            "décision.",
        ),
    ),
    (
        # « ne met pas …, ne les met pas … ou ne les exporte pas »: French negates each verb of a series that English
        # governs with one "not"; the items after a comma carry the first negation on.
        "a series of negated verbs after commas",
        (
            "The trader shall not place the products on the market, make them available or export them without "
            "a due diligence statement.",
            "Le commerçant ne met pas les produits sur le marché, ne les met pas à disposition ou ne les exporte "
            "pas sans déclaration de diligence raisonnée.",
        ),
        (
            "The trader shall place the products on the market, make them available or export them without "
            "a due diligence statement.",
            "Le commerçant ne met pas les produits sur le marché, ne les met pas à disposition ou ne les exporte "
            "pas sans déclaration de diligence raisonnée.",
        ),
    ),
    (
        # … but the comma that closes a relative clause is no series: the main verb after it needs its own answer.
        "a comma closing a relative clause before a negated verb",
        (
            "Reserves which are not invested in accordance with paragraph 1 shall not be taken into account.",
            "Les réserves qui n'ont pas été investies conformément au paragraphe 1, ne sont pas prises en compte.",
        ),
        (
            "Reserves which are not invested in accordance with paragraph 1 shall be taken into account.",
            "Les réserves qui n'ont pas été investies conformément au paragraphe 1, ne sont pas prises en compte.",
        ),
    ),
    (
        # « et donc pas nécessairement », «, pas après »: a negation without its verb after a comma or « donc », which
        # English says with its "not".
        "a verbless pas after a comma",
        (
            "A sign may be represented in any appropriate form, and thus not necessarily by graphic means.",
            "Un signe peut être représenté sous toute forme appropriée, et donc pas nécessairement par des moyens "
            "graphiques.",
        ),
        (
            "A sign may be represented in any appropriate form, and thus not necessarily by graphic means.",
            "Un signe peut être représenté sous toute forme appropriée, et donc nécessairement par des moyens "
            "graphiques.",
        ),
    ),
    (
        "a verbless pas before a preposition of time",
        (
            "The provider shall port the data without undue delay and in any event not after the transitional "
            "period of 30 days.",
            "Le fournisseur transfère les données sans retard injustifié et, en tout état de cause, pas après la "
            "période transitoire de trente jours.",
        ),
        (
            "The provider shall port the data without undue delay and in any event not after the transitional "
            "period of 30 days.",
            "Le fournisseur transfère les données sans retard injustifié et, en tout état de cause, après la "
            "période transitoire de trente jours.",
        ),
    ),
    (
        # « par négligence » is "negligently", a degree of fault, no failure to act: it must leave "fails to" to
        # answer the « ne … pas » it says.
        "par négligence is no failure",
        (
            "The Authority may impose fines where the undertaking, intentionally or negligently, fails to submit the "
            "report within the time limit.",
            "L'Autorité peut infliger des amendes lorsque l'entreprise, de propos délibéré ou par négligence, ne "
            "transmet pas le rapport dans le délai imparti.",
        ),
        (
            "The Authority may impose fines where the undertaking, intentionally or negligently, submits the "
            "report within the time limit.",
            "L'Autorité peut infliger des amendes lorsque l'entreprise, de propos délibéré ou par négligence, ne "
            "transmet pas le rapport dans le délai imparti.",
        ),
    ),
    (
        # "and are not connected" in a relative clause opened after the first "not": a negation of its own, which
        # French says again (« et qui ne sont pas »), not one carried on from "not to apply".
        "a negation with its own auxiliary in a later relative clause",
        (
            "Member States may decide not to apply paragraph 2 to networks that benefit from a derogation and are "
            "not connected to another network.",
            "Les États membres peuvent décider de ne pas appliquer le paragraphe 2 aux réseaux qui bénéficient d'une "
            "dérogation et qui ne sont pas connectés à un autre réseau.",
        ),
        (
            "Member States may decide not to apply paragraph 2 to networks that benefit from a derogation and are "
            "not connected to another network.",
            "Les États membres peuvent décider de ne pas appliquer le paragraphe 2 aux réseaux qui bénéficient d'une "
            "dérogation et qui sont connectés à un autre réseau.",
        ),
    ),
    (
        "a negation with its own auxiliary in a later condition",
        (
            "A request shall be considered not to be suitable where the operator is excluded or does not meet the "
            "selection criteria.",
            "Une demande n'est pas considérée comme appropriée lorsque l'opérateur est exclu ou ne remplit pas les "
            "critères de sélection.",
        ),
        (
            "A request shall be considered not to be suitable where the operator is excluded or does not meet the "
            "selection criteria.",
            "Une demande n'est pas considérée comme appropriée lorsque l'opérateur est exclu ou remplit les "
            "critères de sélection.",
        ),
    ),
    (
        # "unilaterally" (« unilatéral ») and "unanimously" are no negative words: they must not answer the « ne … pas »
        # that the English dropped.
        "unilaterally is no negative word",
        (
            "The list shall include installations unilaterally included by a Member State and shall not include "
            "installations unanimously excluded.",
            "La liste comprend les installations incluses unilatéralement par un État membre et ne comprend pas les "
            "installations exclues à l'unanimité.",
        ),
        (
            "The list shall include installations unilaterally included by a Member State and shall include "
            "installations unanimously excluded.",
            "La liste comprend les installations incluses unilatéralement par un État membre et ne comprend pas les "
            "installations exclues à l'unanimité.",
        ),
    ),
    (
        # "unduly" (« indûment »), "unreasonably": an adverb of manner says how, not "not"; it must not answer the « ne »
        # that the English dropped ("unlikely" is still "not likely").
        "an un- adverb is no negation",
        (
            "Where it has not been established for repeated application, the system shall not unduly favour or "
            "disadvantage certain operators.",
            "Lorsqu'il n'a pas été prévu pour une application répétée, le système ne favorise ni ne défavorise "
            "indûment certains opérateurs.",
        ),
        (
            "Where it has not been established for repeated application, the system shall unduly favour or "
            "disadvantage certain operators.",
            "Lorsqu'il n'a pas été prévu pour une application répétée, le système ne favorise ni ne défavorise "
            "indûment certains opérateurs.",
        ),
    ),
    (
        # « hors TVA » is "net of VAT", « hors CO2 » "non-CO2": a term, which answers no added "not".
        "hors TVA is no negation",
        (
            "The value to be taken into consideration shall be the maximum estimated value net of VAT of the "
            "activities and of the non-CO2 effects.",
            "La valeur à prendre en considération est la valeur maximale estimée hors TVA des activités et des effets "
            "hors CO2.",
        ),
        (
            "The value to be taken into consideration shall not be the maximum estimated value net of VAT of the "
            "activities and of the non-CO2 effects.",
            "La valeur à prendre en considération est la valeur maximale estimée hors TVA des activités et des effets "
            "hors CO2.",
        ),
    ),
    (
        # « pertes en cas de défaut » is "loss given default" (LGD), a credit default named, no failure to act.
        "en cas de défaut is a credit default",
        (
            "For exposures to corporates, institutions shall apply the LGD values set out in Annex VII.",
            "Pour les expositions sur les entreprises, les établissements appliquent les valeurs des pertes en cas de "
            "défaut prévues à l'annexe VII.",
        ),
        (
            "For exposures to corporates, institutions shall not apply the LGD values set out in Annex VII.",
            "Pour les expositions sur les entreprises, les établissements appliquent les valeurs des pertes en cas de "
            "défaut prévues à l'annexe VII.",
        ),
    ),
    (
        # « gestion des défaillances » where the English says "default management": the same default, no failure.
        "défaillance naming the English default",
        (
            "Clearing members shall apply the default management procedures of the CCP to their clients.",
            "Les membres compensateurs appliquent à leurs clients les procédures de gestion des défaillances de la "
            "contrepartie centrale.",
        ),
        (
            "Clearing members shall not apply the default management procedures of the CCP to their clients.",
            "Les membres compensateurs appliquent à leurs clients les procédures de gestion des défaillances de la "
            "contrepartie centrale.",
        ),
    ),
    (
        # « renonciation » where the English says "surrender": the giving up of a right, named on both sides; it answers
        # no added "not".
        "renonciation naming the English surrender",
        (
            "A declaration of consent to the surrender, signed by the proprietor of that right, shall be sufficient "
            "proof of the agreement of the third party.",
            "Une déclaration de consentement à la renonciation, signée par le titulaire de ce droit, est une preuve "
            "suffisante de l'accord du tiers.",
        ),
        (
            "A declaration of consent to the surrender, signed by the proprietor of that right, shall not be "
            "sufficient proof of the agreement of the third party.",
            "Une déclaration de consentement à la renonciation, signée par le titulaire de ce droit, est une preuve "
            "suffisante de l'accord du tiers.",
        ),
    ),
    (
        # « ne portent pas sur » is "do not cover", a negation; only « ne porte pas atteinte / préjudice » is a saving.
        "ne porte pas sur is a negation, not a saving",
        (
            "The information reported shall not include the transfers notified under Article 21.",
            "Les informations communiquées ne portent pas sur les transferts notifiés en vertu de l'article 21.",
        ),
        (
            "The information reported shall include the transfers notified under Article 21.",
            "Les informations communiquées ne portent pas sur les transferts notifiés en vertu de l'article 21.",
        ),
    ),
    (
        # "not directly linked" / « non directement liés »: the attribute's negation is said at its place on each side;
        # the « ne … pas » of the predicate needs the "shall not", not that "not" further back.
        "a negated attribute answered by non at its place",
        (
            "Costs not directly linked to the protection of the environment shall not be eligible.",
            "Les coûts non directement liés à la protection de l'environnement ne sont pas admissibles.",
        ),
        (
            "Costs not directly linked to the protection of the environment shall be eligible.",
            "Les coûts non directement liés à la protection de l'environnement ne sont pas admissibles.",
        ),
    ),
    (
        # « et qui ne se voit pas » with no negation before it: the first of the two was dropped; it answers the
        # "and is not" it continues, not the "does not" before.
        "a coordinated relative negation left alone answers its like",
        (
            "Those rules shall apply to any jurisdiction which does not apply the agreement and is not granted "
            "equivalence.",
            "Ces règles s'appliquent à toute juridiction qui n'applique pas l'accord et qui ne se voit pas accorder "
            "l'équivalence.",
        ),
        (
            "Those rules shall apply to any jurisdiction which does not apply the agreement and is not granted "
            "equivalence.",
            "Ces règles s'appliquent à toute juridiction qui applique l'accord et qui ne se voit pas accorder "
            "l'équivalence.",
        ),
    ),
    (
        # "would obviate the need" / « n'auraient plus besoin »: doing away with a thing, said as its end (« ne … plus »)
        # or its absence (« pas de », "no"); the word answers only such a negation, never the negation of another verb
        # dropped beside it.
        "a word of doing away with a thing answers no longer or pas de",
        (
            "Such an exchange would obviate the need for Member States to invoke that Article, and the Commission "
            "shall not publish the agreements.",
            "Grâce à cet échange, les États membres n'auraient plus besoin d'invoquer cet article, et la Commission ne "
            "publie pas les accords.",
        ),
        (
            "Such an exchange would obviate the need for Member States to invoke that Article, and the Commission "
            "shall publish the agreements.",
            "Grâce à cet échange, les États membres n'auraient plus besoin d'invoquer cet article, et la Commission ne "
            "publie pas les accords.",
        ),
    ),
    (
        "a word of doing away with a thing does not answer the negation of another verb",
        (
            "They shall not be removed from office during this term, unless there are serious grounds for such "
            "removal.",
            "Ils ne sont pas démis de leurs fonctions pendant la période de leur mandat sauf pour motifs graves.",
        ),
        (
            "They shall be removed from office during this term, unless there are serious grounds for such removal.",
            "Ils ne sont pas démis de leurs fonctions pendant la période de leur mandat sauf pour motifs graves.",
        ),
    ),
    (
        # "remaining" / « n'ont pas été utilisées », "persist" / « n'ont pas disparu »: what goes on, said on the other
        # side as the negation of its end or of its use; the word answers only such a negation, never another one.
        "a word of what goes on answers the negation of its end",
        (
            "The reasons for postponing the date of application persist, and the Commission shall not publish them.",
            "Les raisons qui ont conduit à reporter la date d'application n'ont pas disparu, et la Commission ne les "
            "publie pas.",
        ),
        (
            "The reasons for postponing the date of application persist, and the Commission shall publish them.",
            "Les raisons qui ont conduit à reporter la date d'application n'ont pas disparu, et la Commission ne les "
            "publie pas.",
        ),
    ),
    (
        "a word of what goes on does not answer the negation of another verb",
        (
            "The remaining revenues shall not be transferred to the Member States.",
            "Les recettes restantes ne sont pas transférées aux États membres.",
        ),
        (
            "The remaining revenues shall be transferred to the Member States.",
            "Les recettes restantes ne sont pas transférées aux États membres.",
        ),
    ),
    (
        # « n'est pas inférieur au », "for no longer than": a comparison said by a negation on one side, by the negation
        # of the verb or of the modal on the other ("shall not be below"); it answers that negation only, not another
        # one dropped beside it.
        "a comparison said by a negation answers the negation of the other side's verb",
        (
            "Where the threshold is not published, it shall not be below twice the standard market size.",
            "Lorsque le seuil n'est pas publié, il n'est pas inférieur au double de la taille normale du marché.",
        ),
        (
            "Where the threshold is not published, it shall not be below twice the standard market size.",
            "Lorsque le seuil est publié, il n'est pas inférieur au double de la taille normale du marché.",
        ),
    ),
]


@pytest.mark.parametrize(("faithful", "changed"), [c[1:] for c in WIDE], ids=[c[0] for c in WIDE])
def test_a_construction_of_the_wide_corpus_is_quiet_and_its_change_caught(
    faithful: tuple[str, str], changed: tuple[str, str]
) -> None:
    assert obligation(*faithful) == []
    assert [f.key.split(":")[1] for f in obligation(*changed)] == ["negation"]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Shareholders should be able to cast informed votes at the general meeting, no matter where they reside.",
            "Quel que soit leur lieu de résidence, les actionnaires devraient pouvoir voter de manière informée lors "
            "de l'assemblée générale.",
        ),
        (
            "Both methods ensure the elimination of intra-group creation of own funds.",
            "Les deux méthodes garantissent qu'il n'y a pas de création intragroupe de fonds propres.",
        ),
        (
            "The free allocation should decrease each year with a view to reaching no free allocation in 2027.",
            "L'allocation à titre gratuit diminue chaque année en vue de parvenir à la suppression des quotas gratuits "
            "en 2027.",
        ),
        (
            "Innovation Fund revenues remaining at the end of the eligibility period shall be used to support new "
            "projects.",
            "Les recettes du Fonds qui, à la fin de la période d'éligibilité, n'ont pas été utilisées sont utilisées "
            "pour soutenir de nouveaux projets.",
        ),
        (
            "In these cases, the requirements for institutions and persons covered by that Directive do not disappear.",
            "Dans les cas en question, les établissements et personnes couverts par la directive restent soumis aux "
            "obligations prévues par celle-ci.",
        ),
        (
            "The point within the system where the timestamp is applied remains consistent.",
            "L'endroit du système où l'horodatage est appliqué ne change pas.",
        ),
        (
            # a negation of the verb ("not outweighing") against a comparison said by a negation (« ne dépassent pas »)
            "Cost-effective means the cost of repairing a product not outweighing the total cost of its replacement.",
            "Rentabilité: le fait que les coûts liés à la réparation d'un produit ne dépassent pas les coûts totaux "
            "de son remplacement.",
        ),
        (
            "Reporting Financial Institutions should retain the information for no longer than necessary to achieve "
            "the purposes of this Directive.",
            "Les institutions financières déclarantes ne devraient pas conserver les informations plus longtemps que "
            "nécessaire aux fins de la présente directive.",
        ),
        (
            "Many, if not the majority of, benchmark administrators are banks.",
            "De nombreux administrateurs d'indices de référence, voire la plupart d'entre eux, sont des banques.",
        ),
    ],
)
def test_a_wide_corpus_construction_said_without_negation_is_quiet(en: str, fr: str) -> None:
    assert obligation(en, fr) == []


def test_the_acronym_ni_is_no_negation() -> None:
    # « l'approche NI » is "the IRB Approach"; a negation right after it is read whole.
    en = "Institutions which use the IRB Approach shall {}revert to the use of the Standardised Approach."
    fr = "Les établissements qui utilisent l'approche NI ne reviennent pas à l'approche standard."
    assert obligation(en.format("not "), fr) == []
    assert [f.key.split(":")[1] for f in obligation(en.format(""), fr)] == ["negation"]
    assert (
        obligation(
            "Competent authorities should verify compliance with the requirements of the IRB Approach.",
            "Les autorités compétentes devraient vérifier le respect des exigences de l'approche fondée sur les "
            "notations internes (NI).",
        )
        == []
    )


def test_the_determiner_nul_is_still_a_negation() -> None:
    en = "{}person may be compelled to give evidence against himself."
    fr = "Nul ne peut être contraint de témoigner contre lui-même."
    assert obligation(en.format("No "), fr) == []
    assert [f.key.split(":")[1] for f in obligation(en.format("Any "), fr)] == ["negation"]


@pytest.mark.parametrize(
    ("en", "fr", "fr_dropped"),
    [
        (
            "(d) aid where the measure provides for a cap ensuring that the applicable threshold is not exceeded;",
            "d) les aides, lorsque la mesure prévoit un plafond garantissant que le seuil applicable n'est pas dépassé;",
            "d) les aides, lorsque la mesure prévoit un plafond garantissant que le seuil applicable est dépassé;",
        ),
        (
            "(b) the supply to the public network has not exceeded 30 % of that entity's total production;",
            "b) l'alimentation du réseau public n'a pas dépassé 30 % de la production totale de cette entité;",
            "b) l'alimentation du réseau public a dépassé 30 % de la production totale de cette entité;",
        ),
        (
            "(c) the total value of the supplies did not in the previous calendar year exceed EUR 100 000.",
            "c) le montant global des livraisons n'a pas dépassé la somme de 100 000 EUR l'année précédente.",
            "c) le montant global des livraisons a dépassé la somme de 100 000 EUR l'année précédente.",
        ),
        (
            "The amount owed by the client shall not, to the knowledge of the institution, exceed EUR 1 million.",
            "Le montant dû par le client n'excède pas, à la connaissance de l'établissement, 1 000 000 EUR.",
            "Le montant dû par le client excède, à la connaissance de l'établissement, 1 000 000 EUR.",
        ),
    ],
)
def test_a_negated_exceed_in_any_form_is_a_maximum(en: str, fr: str, fr_dropped: str) -> None:
    # "is not exceeded", "has not exceeded", "did not in … exceed" / « n'est pas dépassé », « n'excède pas »: the
    # maximum of both sides; a dropped negation turns it into a minimum.
    assert obligation(en, fr) == []
    assert [f.key.split(":")[1] for f in obligation(en, fr_dropped)] == ["bound"]


def test_dispensed_with_answers_a_negation() -> None:
    # "may be dispensed with" / « n'est pas impératif »: an exemption answers the negation.
    en = (
        "However, there is no reason to require an examination of the draft terms of a merger by an independent "
        "expert if all the shareholders agree that it may be {}."
    )
    fr = (
        "Cependant, il n'y a pas de raison d'imposer qu'un expert indépendant examine le projet de fusion si "
        "l'ensemble des actionnaires convient qu'il n'est pas impératif."
    )

    def negations(en: str) -> list[str]:
        return [f.key for f in obligation(en, fr) if f.key.split(":")[1] == "negation"]

    assert negations(en.format("dispensed with")) == []
    assert negations(en.format("carried out")) == ["obligation_mismatch:negation:n'est pas"]


def test_ignore_answers_a_negation_of_taking_into_account() -> None:
    # "shall ignore" / « ne prennent pas en compte », "were not aware" / « ignoraient »
    assert (
        obligation(
            "For the purposes of calculating the corporate tax liability, a Member State shall ignore an arrangement "
            "which is not genuine.",
            "Aux fins du calcul de la charge fiscale des sociétés, les États membres ne prennent pas en compte un "
            "montage qui n'est pas authentique.",
        )
        == []
    )
    en = (
        "The fine shall not be required from undertakings which show that they did not implement the decision and "
        "either were not aware of its existence or have distanced themselves from it."
    )
    fr = (
        "L'amende n'est pas exigée des entreprises qui démontrent qu'elles n'ont pas appliqué la décision et qui en "
        "{} l'existence ou qui s'en sont désolidarisées."
    )
    assert obligation(en, fr.format("ignoraient")) == []
    assert [f.key.split(":")[1] for f in obligation(en, fr.format("connaissaient"))] == ["negation"]


@pytest.mark.parametrize(
    ("en", "fr_kept", "fr_dropped"),
    [
        (
            "Where the operator is unable to submit the report electronically, it shall send it by post.",
            "Lorsque l'exploitant n'est pas en mesure de présenter le rapport par voie électronique, il l'envoie "
            "par la poste.",
            "Lorsque l'exploitant est en mesure de présenter le rapport par voie électronique, il l'envoie par la "
            "poste.",
        ),
        (
            "Where the applicant fails to pay the fee within the period, the application shall be rejected.",
            "Lorsque le demandeur n'acquitte pas la taxe dans le délai, la demande est rejetée.",
            "Lorsque le demandeur acquitte la taxe dans le délai, la demande est rejetée.",
        ),
        (
            "If the supplier failed to notify the change in time, the buyer may terminate the contract.",
            "Si le fournisseur n'a pas notifié la modification à temps, l'acheteur peut résilier le contrat.",
            "Si le fournisseur a notifié la modification à temps, l'acheteur peut résilier le contrat.",
        ),
    ],
)
def test_a_negation_said_by_unable_to_or_fails_to_needs_an_answer(
    en: str, fr_kept: str, fr_dropped: str
) -> None:
    # "unable to", "fails to": a "not" said by a word, with its verb; the French that drops its « ne … pas »
    # says the opposite, though neither side has a negation left.
    assert obligation(en, fr_kept) == []
    assert [f.key.split(":")[1] for f in obligation(en, fr_dropped)] == ["negation"]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The authority shall inform the Commission where a Member State is unable to provide the data.",
            "L'autorité informe la Commission lorsqu'un État membre est dans l'impossibilité de fournir les données.",
        ),
        (
            "Where the contractor fails to perform the task, the contracting authority may withhold payment.",
            "En cas d'inexécution de la tâche par le contractant, le pouvoir adjudicateur peut suspendre le paiement.",
        ),
        (
            "The consequences of having failed to observe the time limit shall be deemed not to have occurred.",
            "Les conséquences de l'inobservation du délai sont réputées ne pas s'être produites.",
        ),
        (
            "A participant shall be deemed to fail to deliver the securities where it does so repeatedly.",
            "Un participant est réputé manquer à son obligation de livrer les titres lorsqu'il le fait de manière "
            "répétée.",
        ),
    ],
)
def test_unable_to_or_fails_to_said_by_a_negative_word_is_quiet(en: str, fr: str) -> None:
    assert obligation(en, fr) == []


def test_a_negated_refusal_is_a_litotes_that_the_bare_refusal_does_not_answer() -> None:
    # « ne refusent pas » / "shall not refuse": the other side's "refuse" says the opposite, so it does not answer
    # the negation; a positive wording without a word of refusal ("shall accept") says the same.
    fr = "Les autorités ne refusent pas l'agrément au seul motif que le demandeur est établi dans un autre État membre."
    en = "The authorities shall {} authorisation on the sole ground that the applicant is established in another Member State."
    assert obligation(en.format("not refuse"), fr) == []
    assert obligation(en.format("grant"), fr) == []
    assert [f.key.split(":")[1] for f in obligation(en.format("refuse"), fr)] == ["negation"]


def test_a_restriction_after_a_condition_against_a_bare_until_is_a_negation_dropped() -> None:
    # « n'est réputée introduite qu'après paiement » is "shall not be deemed lodged until … paid"; the bare "until"
    # says the opposite, though neither side keeps a « ne … pas » of its own.
    fr = "La réclamation n'est réputée introduite qu'après le paiement de la redevance de traitement."
    en = "The complaint shall {}be deemed to have been lodged until the handling charge has been paid."
    assert obligation(en.format("not "), fr) == []
    assert [f.key.split(":")[1] for f in obligation(en.format(""), fr)] == ["negation"]
    assert (
        obligation("The complaint shall be deemed lodged only after the handling charge has been paid.", fr)
        == []
    )


def test_without_prejudice_against_a_bare_hindering_verb_is_a_negation_dropped() -> None:
    # "without prejudice to" says a saving as « ne préjuge pas » / « ne fait pas obstacle » does; the French verb
    # said bare (« préjuge », « fait obstacle ») says the opposite.
    en = "This Article shall be without prejudice to the rules on the liability of the carrier."
    fr = "Le présent article {} les règles relatives à la responsabilité du transporteur."
    assert obligation(en, fr.format("ne préjuge pas")) == []
    assert obligation(en, fr.format("s'applique sans préjudice des")) == []
    assert [f.key.split(":")[1] for f in obligation(en, fr.format("préjuge"))] == ["negation"]
    assert [f.key.split(":")[1] for f in obligation(en, fr.format("fait obstacle à"))] == ["negation"]


def test_defaut_naming_the_english_default_answers_no_negation() -> None:
    # « défaut » in « défaut de paiement », « contrats d'échange sur défaut » is the English "default", a thing
    # named on both sides, not the French of a dropped "not".
    en = "Where the default on payment is {}remedied within the time limit, the penalty shall be waived."
    fr = "Lorsqu'il est remédié au défaut de paiement dans le délai, la pénalité est levée."
    assert [f.key.split(":")[1] for f in obligation(en.format("not "), fr)] == ["negation"]
    assert obligation(en.format(""), fr) == []


def test_a_verbless_pas_before_an_elided_de_is_a_negation() -> None:
    # « ou pas d'historique » is « ou pas de … » elided: the "not" of "or where there is not a long history".
    en = "For assets which have no market price or where there is not a long price history, a proxy shall be used."
    fr = "Pour les actifs n'ayant pas de prix de marché ou pas d'historique de prix suffisant, une variable est utilisée."
    assert obligation(en, fr) == []


def test_a_clause_with_no_negation_is_never_searched_for_negative_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The negative words only answer a negation, and finding them costs more than the rest of a profile: twice a
    rule made every sentence ask for them (+20 % on the 60-clause document); a side with neither negation nor
    "unable to" / "fails to" must not."""
    from mou_review.domain import deontic

    asked: list[str] = []
    plain = deontic.Profile.weak.fget

    def counted(self: deontic.Profile) -> list[tuple[int, int, str]]:
        asked.append("weak")
        return plain(self)

    monkeypatch.setattr(deontic.Profile, "weak", property(counted))
    check_pair(
        ClausePair(
            "The Parties shall exchange information on trafficking routes and may hold joint meetings where needed.",
            "Les Parties échangent des informations sur les itinéraires de la traite et peuvent tenir des réunions "
            "conjointes si nécessaire.",
        )
    )
    assert asked == []
    check_pair(
        ClausePair(
            "Where a Party is unable to attend, it shall inform the other Party.",
            "Lorsqu'une Partie n'est pas en mesure d'y assister, elle en informe l'autre Partie.",
        )
    )
    assert asked


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The statement shall be drawn up as at a date which shall not be earlier than the first day of the third "
            "month preceding the date of the draft terms.",
            "L'état est arrêté à une date qui ne doit pas être antérieure au premier jour du troisième mois précédant "
            "la date du projet.",
        ),
        (
            "The date of application of a delegated act shall not be earlier than 18 months from its entry into force.",
            "La date d'application d'un acte délégué n'est pas fixée à une date antérieure à 18 mois à compter de son "
            "entrée en vigueur.",
        ),
    ],
)
def test_a_date_not_earlier_than_is_a_bound_in_time_that_a_dropped_negation_turns(en: str, fr: str) -> None:
    # "not earlier than" / « pas antérieure à » is the earliest date; "earlier than" / « antérieure à » the latest.
    assert obligation(en, fr) == []
    dropped_fr = fr.replace("ne doit pas être", "doit être").replace("n'est pas fixée", "est fixée")
    dropped_en = en.replace("shall not be earlier", "shall be earlier")
    assert [f.key.split(":")[1] for f in obligation(en, dropped_fr)] == ["bound"]
    assert [f.key.split(":")[1] for f in obligation(dropped_en, fr)] == ["bound"]


def test_a_non_word_said_on_both_sides_leaves_the_not_beside_it_unanswered() -> None:
    # "non-binding" / « non contraignante » answer each other: the « non » does not answer the "not" beside it.
    # (The Creative Commons IGO legal code, section 8, and its official French.)
    en = (
        "Pursuant to a notice of mediation communicated by reasonable means by either You or the Licensor to the "
        "other, the dispute shall be submitted to non-binding mediation conducted in accordance with rules designated "
        "by the Licensor in the copyright notice published with the Work, or if none then in accordance with those "
        "communicated in the notice of mediation."
    )
    fr = (
        "En vertu d'une notification de médiation que l'Offrant ou l'Acceptant aura communiqué à l'autre partie, "
        "par tout moyen approprié, le litige fera l'objet d'une médiation non contraignante, conduite conformément "
        "aux règles fixées par l'Offrant dans l'avertissement sur les droits d'auteur accompagnant l'Œuvre, ou, à "
        "défaut, conformément aux règles stipulées dans la notification de médiation."
    )
    assert obligation(en, fr) == []
    added = en.replace("shall be submitted", "shall not be submitted")
    assert [f.key.split(":")[1] for f in obligation(added, fr)] == ["negation"]


def test_disadvantage_is_a_negative_word_like_desavantager() -> None:
    # "should not unfairly disadvantage" / « ne devraient pas désavantager injustement »: the two negative verbs
    # answer each other, so a dropped « ne … pas » leaves the "not" unanswered.
    en = "Those criteria should not unfairly disadvantage certain economic activities over others."
    fr = "Ces critères ne devraient pas désavantager injustement certaines activités économiques par rapport à d'autres."
    assert obligation(en, fr) == []
    dropped = fr.replace("ne devraient pas désavantager", "devraient désavantager")
    assert [f.key.split(":")[1] for f in obligation(en, dropped)] == ["negation"]
