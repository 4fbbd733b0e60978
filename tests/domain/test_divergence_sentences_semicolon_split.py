"""A sentence lost beside a French semicolon that joins no sentences (issue 15, wide corpus of EU acts).

French joins with a semicolon, before a word in lower case, sentences English writes apart; where a French side
with fewer sentences has as many clauses as the English has sentences, the clauses are aligned instead of the
sentences.  But French also puts a semicolon inside what English says in one sentence (« …; celles-ci
s'appliquent pendant une période initiale … » for "…, which shall be valid for an initial period …"), and a French
side that lost a sentence elsewhere then has, by coincidence, as many clauses as the English has sentences.  The
clauses then do not pair one to one, and the sentences are aligned as any others.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys, changed

PAIRS = [
    (
        "(14) This contribution is equivalent to a reduction of emissions in 2020 in the Community scheme of 21 %"
        " below reported 2005 levels, including the effect of the increased scope from the period from 2005 to "
        "2007 to the period from 2008 to 2012 and the 2005 emission figures for the trading sector used for the "
        "assessment of the Bulgarian and Romanian national allocation plans for the period from 2008 to 2012, "
        "leading to an issue of a maximum of 1 720 million allowances in 2020. Exact quantities of emissions will"
        " be calculated once Member States have issued allowances pursuant to Commission decisions on their "
        "national allocation plans for the period from 2008 to 2012, as the approval of allocations to some "
        "installations was contingent upon their emissions having been substantiated and verified. Once the issue"
        " of allowances for the period from 2008 to 2012 has taken place, the Commission will publish the "
        "Community-wide quantity of allowances. Adjustments should be made to the Community-wide quantity in "
        "relation to installations which are included in, or excluded from, the Community scheme during the "
        "period from 2008 to 2012 or from 2013 onwards.",
        "(14) Cette contribution correspond à une réduction des émissions en 2020, au sein du système "
        "communautaire, de 21 % par rapport aux niveaux enregistrés en 2005, compte tenu de l’effet de "
        "l’élargissement du champ d’application entre la période 2005-2007 et la période 2008-2012 et des données"
        " d’émissions de 2005 pour le secteur concerné par l’échange d’émissions utilisées pour l’évaluation des "
        "plans nationaux d’allocation de quotas de la Bulgarie et de la Roumanie pour la période 2008-2012; la "
        "quantité totale maximale de quotas à délivrer pour 2020 serait donc de 1 720 millions. Les quantités "
        "exactes d’émissions seront calculées une fois que les États membres auront délivré les quotas "
        "conformément aux décisions de la Commission concernant leurs plans nationaux d’allocation pour la "
        "période 2008-2012, étant donné que l’approbation des allocations prévues pour certaines installations "
        "était subordonnée à la justification et à la vérification de leurs émissions. Après la délivrance des "
        "quotas pour la période 2008-2012, la Commission publiera la quantité de quotas délivrée pour la "
        "Communauté. Il convient d’adapter la quantité de quotas délivrée pour la Communauté afin de tenir compte"
        " des installations incluses dans le système communautaire, ou qui en sont exclues, pendant la période "
        "2008-2012 ou à partir de 2013.",
        "Il convient d’adapter la quantité de quotas délivrée pour la Communauté afin de tenir compte des "
        "installations incluses dans le système communautaire, ou qui en sont exclues, pendant la période "
        "2008-2012 ou à partir de 2013.",
    ),
    (
        "13.   Competent authorities shall not impose limits which are more restrictive than those adopted "
        "pursuant to paragraph 1 except in exceptional cases where they are objectively justified and "
        "proportionate taking into account the liquidity of the specific market and the orderly functioning of "
        "that market. Competent authorities shall publish on their website the details of the more restrictive "
        "position limits they decide to impose, which shall be valid for an initial period not exceeding six "
        "months from the date of their publication on the website. The more restrictive position limits may be "
        "renewed for further periods not exceeding six months at a time if the grounds for the restriction "
        "continue to be applicable. If not renewed after that six-month period, they shall automatically expire.",
        "13.   Les autorités compétentes n’imposent pas de limites plus restrictives que celles adoptées en vertu"
        " du paragraphe 1, sauf si, exceptionnellement, de telles limites sont objectivement justifiées et "
        "proportionnées compte tenu de la liquidité du marché spécifique et dans l’intérêt du fonctionnement "
        "ordonné du marché. Les autorités compétentes publient sur leur site internet le détail des limites de "
        "position plus restrictives qu’elles ont décidé d’imposer; celles-ci s’appliquent pendant une période "
        "initiale de six mois maximum à compter de la date de leur publication sur le site internet. Les limites "
        "de position plus restrictives peuvent être reconduites pour des périodes ne dépassant pas six mois à la "
        "fois, si les circonstances qui les justifient se maintiennent. Les limites de position plus restrictives"
        " qui ne sont pas reconduites à l’issue de cette période de six mois expirent automatiquement.",
        "Les limites de position plus restrictives qui ne sont pas reconduites à l’issue de cette période de six "
        "mois expirent automatiquement.",
    ),
    (
        "3.   Before an account is closed, it may be set to status ‘closure pending’ for the period of available "
        "remedies against closure or until the conditions of the closure are fulfilled but not longer than 10 "
        "years. No processes may be initiated from accounts in status ‘closure pending’, it may not acquire units"
        " and all access to these accounts shall be suspended. An account having the status ‘closure pending’ can"
        " be set to ‘open’ only if all conditions for opening an account are fulfilled.",
        "3.   Avant qu'un compte soit clos, il peut être placé dans l'état «en instance de clôture» pendant la "
        "période durant laquelle des voies de recours sont disponibles contre la clôture, ou jusqu'à ce que les "
        "conditions de la clôture soient remplies, sans dépasser 10 ans. Aucun processus ne peut être lancé à "
        "partir d'un compte en instance de clôture; un tel compte ne peut pas acquérir d'unités et tous les accès"
        " à ce compte sont suspendus. Un compte en instance de clôture ne peut être placé dans l'état «ouvert» "
        "que si toutes les conditions requises pour l'ouverture d'un compte sont satisfaites.",
        "Un compte en instance de clôture ne peut être placé dans l'état «ouvert» que si toutes les conditions "
        "requises pour l'ouverture d'un compte sont satisfaites.",
    ),
    (
        "(34) Some instances of discrimination are difficult to combat because there is no complainant pursuing "
        "the case themselves. In its judgment in case C-54/07, which was brought by an equality body in its own "
        "name, the Court of Justice confirmed that discrimination can be established even in the absence of an "
        "identified victim. Therefore, in order to combat discrimination in the public interest, Member States "
        "should have the option to provide that equality bodies be able to act in their own name in certain cases"
        " of discrimination, for example due to the abundance or seriousness of cases or the need for legal "
        "clarification, each of which could imply that the discrimination is structural or systematic in nature. "
        "Member States should be able to provide, in accordance with national law and practice, that such cases "
        "of discrimination require an identified person or entity as a respondent.",
        "(34) Dans certains cas, la discrimination est difficile à combattre parce qu’il n’y a pas de plaignant "
        "pour engager des poursuites. Dans son arrêt dans l’affaire C-54/07, qui concernait une action intentée "
        "par un organisme pour l’égalité de traitement en son nom propre, la Cour de justice a confirmé que "
        "l’existence d’une discrimination peut être établie même en l’absence de victime identifiée. Par "
        "conséquent, afin de lutter contre la discrimination dans l’intérêt public, les États membres devraient "
        "avoir la possibilité de prévoir que les organismes pour l’égalité de traitement puissent agir en leur "
        "nom propre dans certains cas de discrimination, en raison par exemple de leur abondance ou de leur "
        "gravité, ou de la nécessité de clarifications juridiques; dans chacun de ces cas, la discrimination peut"
        " être de nature structurelle ou systématique. Les États membres devraient, conformément au droit et aux "
        "pratiques nationaux, pouvoir prévoir que de tels cas de discrimination exigent que la partie "
        "défenderesse soit une personne ou une entité identifiée.",
        "Les États membres devraient, conformément au droit et aux pratiques nationaux, pouvoir prévoir que de "
        "tels cas de discrimination exigent que la partie défenderesse soit une personne ou une entité "
        "identifiée.",
    ),
]
IDS = ["32009l0029-r014", "32014l0065-a57-43", "32019r1122-a9-03", "32024l1500-r034"]


@pytest.mark.parametrize(("en", "fr", "last"), PAIRS, ids=IDS)
def test_the_faithful_pair_is_quiet(en: str, fr: str, last: str) -> None:
    assert blocking_keys(en, fr, "structure_mismatch") == []


@pytest.mark.parametrize(("en", "fr", "last"), PAIRS, ids=IDS)
def test_the_last_french_sentence_dropped_is_caught(en: str, fr: str, last: str) -> None:
    assert fr.endswith(last)
    assert blocking_keys(*changed(en, fr, ("fr", " " + last, "")), "structure_mismatch")


# 32009r0207 Art. 119(8): the French semicolon joins the first two English sentences, clause for sentence.
JOINED_EN = (
    "If the language chosen, in accordance with paragraph 5, for the notice of opposition or the application "
    "for revocation or invalidity is neither the language of the application for a trade mark nor the second "
    "language indicated when the application was filed, the opposing party or the party seeking revocation or"
    " invalidity shall be required to produce, at his own expense, a translation of his application either "
    "into the language of the application for a trade mark, provided that it is a language of the Office, or "
    "into the second language indicated when the application was filed. The translation shall be produced "
    "within the period prescribed in the Implementing Regulation. The language into which the application has"
    " been translated shall then become the language of the proceedings."
)
JOINED_FR = (
    "Si la langue choisie, conformément au paragraphe 5, pour l'acte d'opposition ou la demande en déchéance "
    "ou en nullité n'est ni la langue de la demande de marque ni la deuxième langue indiquée lors du dépôt de"
    " cette demande, l'opposant ou le requérant en déchéance ou en nullité est tenu de produire à ses frais "
    "une traduction de son acte soit dans la langue de la demande de marque, à condition qu'elle soit une "
    "langue de l'Office, soit dans la deuxième langue indiquée lors du dépôt de la demande de marque; la "
    "traduction est produite dans le délai prévu par le règlement d'exécution. La langue vers laquelle l'acte"
    " a été traduit devient alors la langue de procédure."
)


def test_a_semicolon_that_joins_two_sentences_is_still_quiet() -> None:
    assert blocking_keys(JOINED_EN, JOINED_FR, "structure_mismatch") == []
