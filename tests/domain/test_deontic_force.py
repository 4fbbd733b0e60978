"""obligation_mismatch, force: constructions of EU acts (reduced from pairs of the Official Journal) where the two
languages say the same permission or duty in different words; the faithful pair must stay quiet and the pair with
the force changed must fire."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, check_pair
from mou_review.domain.types import ClauseKind


def force(en: str, fr: str, kind: ClauseKind | None = None) -> list[Finding]:
    return [
        f
        for f in check_pair(ClausePair(en, fr, kind=kind))
        if f.check == "obligation_mismatch" and f.key.split(":")[1] == "force"
    ]


# (class, faithful pair, the same pair with the force changed on one side)
CASES = [
    (
        # "need not apply" is « peuvent ne pas appliquer »: a permission not to act.
        "need not / peuvent ne pas",
        (
            "Member States need not apply this Chapter to cooperatives.",
            "Les États membres peuvent ne pas appliquer le présent chapitre aux sociétés coopératives.",
        ),
        (
            "Member States shall apply this Chapter to cooperatives.",
            "Les États membres peuvent appliquer le présent chapitre aux sociétés coopératives.",
        ),
    ),
    (
        # "any decision that EBA may take" / « une décision de l'ABE »: a relative clause after a quantified noun
        # describes a possibility, it grants none.
        "may in a relative clause opened by that",
        (
            "The supervisor shall defer its decision and await any decision that EBA may take under Article 19.",
            "L'autorité de surveillance diffère sa décision dans l'attente d'une décision de l'ABE au titre de "
            "l'article 19.",
        ),
        (
            "The supervisor may defer its decision and await any decision that EBA may take under Article 19.",
            "L'autorité de surveillance doit différer sa décision dans l'attente d'une décision de l'ABE au titre de "
            "l'article 19.",
        ),
    ),
    (
        # "whatever the judgment may be called" / « quelle que soit la dénomination »: a concession.
        "may after whatever",
        (
            "'judgment' means any judgment given by a court, whatever the judgment may be called.",
            "«décision», toute décision rendue par une juridiction, quelle que soit la dénomination qui lui est donnée.",
        ),
        (
            "'judgment' may mean any judgment given by a court, whatever the judgment may be called.",
            "«décision», toute décision rendue par une juridiction, quelle que soit la dénomination qui lui est donnée.",
        ),
    ),
    (
        # "has the authority to take" / « a le pouvoir de prendre »: a power, as "has the power to" is.
        "has the authority to / a le pouvoir de",
        (
            "(i) the staff member has the authority to take, approve or veto such decisions;",
            "i) le membre du personnel a le pouvoir de prendre, d'approuver ou d'opposer son veto à de telles "
            "décisions;",
        ),
        (
            "(i) the staff member shall take, approve or veto such decisions;",
            "i) le membre du personnel a le pouvoir de prendre, d'approuver ou d'opposer son veto à de telles "
            "décisions;",
        ),
    ),
    (
        # "shall have the authority to require" / « sont habilitées à demander »
        "shall have the authority to / sont habilitées à",
        (
            "10. Regulatory authorities shall have the authority to require system operators to modify the terms.",
            "10. Les autorités de régulation sont habilitées à demander que les gestionnaires de réseau modifient "
            "les conditions.",
        ),
        (
            "10. Regulatory authorities shall require system operators to modify the terms.",
            "10. Les autorités de régulation sont habilitées à demander que les gestionnaires de réseau modifient "
            "les conditions.",
        ),
    ),
    (
        # "shall be entitled to have access" / « disposent d'un droit d'accès », « ont le droit, …, de »
        "shall be entitled to / disposent d'un droit",
        (
            "Those persons shall be entitled to have access to the file, subject to the protection of business "
            "secrets.",
            "Ces personnes disposent d'un droit d'accès au dossier, sous réserve de la protection des secrets "
            "d'affaires.",
        ),
        (
            "Those persons shall be entitled to have access to the file, subject to the protection of business "
            "secrets.",
            "Ces personnes accèdent au dossier, sous réserve de la protection des secrets d'affaires.",
        ),
    ),
    (
        "shall be entitled to / ont le droit, …, de",
        (
            "All shareholders shall be entitled to inspect the following documents at the registered office at least "
            "one month before the general meeting:",
            "Tout actionnaire a le droit, un mois au moins avant la date de l'assemblée générale, de prendre "
            "connaissance, au siège social, des documents suivants:",
        ),
        (
            "All shareholders shall be entitled to inspect the following documents at the registered office at least "
            "one month before the general meeting:",
            "Tout actionnaire prend connaissance, un mois au moins avant la date de l'assemblée générale, au siège "
            "social, des documents suivants:",
        ),
    ),
    (
        # "shall also have the power to cooperate" / « a aussi compétence pour coopérer »
        "have the power to / a aussi compétence pour",
        (
            "Where appropriate, the regulatory authority shall also have the power to cooperate with the national "
            "competition authority in conducting an investigation.",
            "Le cas échéant, l'autorité de régulation a aussi compétence pour coopérer avec l'autorité nationale de "
            "la concurrence dans le cadre d'une enquête.",
        ),
        (
            "Where appropriate, the regulatory authority shall also have the power to cooperate with the national "
            "competition authority in conducting an investigation.",
            "Le cas échéant, l'autorité de régulation coopère aussi avec l'autorité nationale de la concurrence dans "
            "le cadre d'une enquête.",
        ),
    ),
    (
        # "shall be subject to appeal" / « peut faire l'objet d'un recours »: a right of appeal, said in both.
        "shall be subject to appeal / peut faire l'objet d'un recours",
        (
            "The decision shall be subject to appeal in accordance with Articles 58 to 65.",
            "La décision peut faire l'objet d'un recours conformément aux articles 58 à 65.",
        ),
        (
            "The decision shall be published in accordance with Articles 58 to 65.",
            "La décision peut être publiée conformément aux articles 58 à 65.",
        ),
    ),
    (
        # "shall be given the possibility to comment" / « ont la possibilité de formuler des observations »
        "shall be given the possibility / ont la possibilité de",
        (
            "The parties shall be given the possibility to comment on those submissions and statements.",
            "Les parties ont la possibilité de formuler des observations sur ces observations et déclarations.",
        ),
        (
            "The parties shall comment on those submissions and statements.",
            "Les parties ont la possibilité de formuler des observations sur ces observations et déclarations.",
        ),
    ),
    (
        "shall be granted an opportunity / ont la possibilité de",
        (
            "The undertaking shall be granted an opportunity to check the technical accuracy of the recording.",
            "Les entreprises ont la possibilité de vérifier l'exactitude technique de l'enregistrement.",
        ),
        (
            "The undertaking shall check the technical accuracy of the recording.",
            "Les entreprises ont la possibilité de vérifier l'exactitude technique de l'enregistrement.",
        ),
    ),
    (
        # « les conditions pouvant être requises … sont réputées » / "meeting any requirements … shall be deemed": the
        # French possibility is described inside the subject, the English "shall" is the main verb (« sont réputées »).
        "a described possibility against the main verb",
        (
            "Non-governmental organisations meeting any requirements under national law shall be deemed to have an "
            "interest.",
            "Les organisations non gouvernementales qui remplissent les conditions pouvant être requises en droit "
            "interne sont réputées avoir un intérêt.",
        ),
        (
            "The platform is appointed for a period of three years, which shall be extended by two years.",
            "La plate-forme est désignée pour une période de trois ans, qui peut être prolongée de deux ans.",
        ),
    ),
    (
        # The same change in a relative clause opened by "that" after a comma or an item's label.
        "a described possibility against a relative clause opened by that",
        (
            "The terms of this Agreement do not apply to said External Module, that may be distributed under a "
            "separate licence.",
            "Les conditions du Contrat ne s'appliquent pas à ce Module Externe, qui peut être distribué sous un contrat "
            "de licence différent.",
        ),
        (
            "The terms of this Agreement do not apply to said External Module, that shall be distributed under a "
            "separate licence.",
            "Les conditions du Contrat ne s'appliquent pas à ce Module Externe, qui peut être distribué sous un contrat "
            "de licence différent.",
        ),
    ),
    (
        # "only fully paid-up funds may be taken into account" / « il n'est tenu compte que des seuls fonds versés »: a
        # restriction, said in French by « ne … que » with no modal.
        "only ... may / ne ... que",
        (
            "(a) only fully paid-up funds may be taken into account;",
            "a) il n'est tenu compte que des seuls fonds effectivement versés;",
        ),
        (
            "(a) fully paid-up funds may be taken into account;",
            "a) il n'est tenu compte que des seuls fonds effectivement versés;",
        ),
    ),
    (
        "may only / ne ... qu'une fois que",
        (
            "An auction platform may only be appointed where the Member State has ensured that the national measures "
            "apply.",
            "Une plate-forme d'enchères n'est désignée qu'une fois que l'État membre a fait en sorte que les mesures "
            "nationales s'appliquent.",
        ),
        (
            "An auction platform may be appointed where the Member State has ensured that the national measures apply.",
            "Une plate-forme d'enchères n'est désignée qu'une fois que l'État membre a fait en sorte que les mesures "
            "nationales s'appliquent.",
        ),
    ),
    (
        # "At the election of the filing constituent entity" / « L'entité constitutive déclarante peut exercer une
        # option selon laquelle »: a choice, which French says by a permission.
        "at the election of / peut exercer une option",
        (
            "6. At the election of the filing constituent entity, gains and losses in respect of assets and "
            "liabilities that are subject to fair value accounting in the consolidated financial statements for a "
            "fiscal year may be determined on the basis of the realisation principle.",
            "6. L'entité constitutive déclarante peut exercer une option selon laquelle les plus-values ou "
            "moins-values pour des actifs et des passifs comptabilisés à la juste valeur dans les états financiers "
            "consolidés au titre d'une année fiscale peuvent être déterminées sur la base du principe de réalisation.",
        ),
        (
            "6. Gains and losses shall be determined on the basis of the realisation principle.",
            "6. L'entité constitutive déclarante peut exercer une option selon laquelle les plus-values ou "
            "moins-values peuvent être déterminées sur la base du principe de réalisation.",
        ),
    ),
    (
        # "if an appeal against such a decision lies to a court" / « si un recours … peut être intenté »
        "an appeal lies / un recours peut être intenté",
        (
            "The nullity of a merger may be ordered by an administrative authority if an appeal against such a "
            "decision lies to a court.",
            "La nullité de la fusion peut être prononcée par une autorité administrative si un recours contre une "
            "telle décision peut être intenté devant une autorité judiciaire.",
        ),
        (
            "The nullity of a merger may be ordered by an administrative authority if such a decision is reviewed by "
            "a court.",
            "La nullité de la fusion peut être prononcée par une autorité administrative si un recours contre une "
            "telle décision peut être intenté devant une autorité judiciaire.",
        ),
    ),
    (
        # "may omit assessing" / « sont exemptés d'évaluer »: a permission not to act, said as an exemption.
        "may omit / sont exemptés de",
        (
            "By way of derogation from paragraph 1, credit institutions may omit assessing whether those assets are "
            "taxonomy-aligned where their value is below 10 % of all assets.",
            "Par dérogation au paragraphe 1, les établissements de crédit sont exemptés d'évaluer si ces actifs sont "
            "alignés sur la taxinomie lorsque leur valeur est inférieure à 10 % de tous les actifs.",
        ),
        (
            "By way of derogation from paragraph 1, credit institutions may assess whether those assets are "
            "taxonomy-aligned where their value is below 10 % of all assets.",
            "Par dérogation au paragraphe 1, les établissements de crédit sont exemptés d'évaluer si ces actifs sont "
            "alignés sur la taxinomie lorsque leur valeur est inférieure à 10 % de tous les actifs.",
        ),
    ),
    (
        # « ne porte pas atteinte à la faculté de l'émetteur » / "shall be without prejudice to the issuer's ability": the
        # preposition « à », not the verb « a » of « a la faculté de » (a permission).
        "à la faculté de is no permission",
        (
            "That restriction shall not prevent the issuer from conducting market soundings.",
            "Cette restriction ne porte pas atteinte à la faculté de l'émetteur d'effectuer des sondages de marché.",
        ),
        (
            # (a saving, not "shall not prevent the issuer from conducting", a bar lifted, which « a la faculté de »
            # answers: see test_divergence_force_bar_lifted)
            "That restriction shall not affect the issuer's market soundings.",
            "Malgré cette restriction, l'émetteur a la faculté de procéder à des sondages de marché.",
        ),
    ),
    (
        # « évalue si l'on peut raisonnablement s'attendre » / "shall assess whether … can be reasonably expected": the
        # impersonal « on », a possibility described, which English says by a passive.
        "si l'on peut / whether … can be",
        (
            "Prior to suspending a business relationship, the company shall assess whether the adverse impacts from "
            "doing so can be reasonably expected to be manifestly more severe than the adverse impact that could not "
            "be prevented.",
            "Avant de suspendre la relation commerciale, une entreprise évalue si l'on peut raisonnablement s'attendre "
            "à ce que les incidences négatives de cette action soient manifestement plus graves que l'incidence "
            "négative qu'il n'a pas été possible de prévenir.",
        ),
        (
            "Prior to suspending a business relationship, the company shall assess whether the adverse impacts from "
            "doing so are manifestly more severe than the adverse impact that could not be prevented.",
            "Avant de suspendre la relation commerciale, une entreprise peut évaluer si les incidences négatives de "
            "cette action sont manifestement plus graves que l'incidence négative qu'il n'a pas été possible de "
            "prévenir.",
        ),
    ),
    (
        # « évalue régulièrement s'il est possible d'améliorer » / "shall regularly check whether … can be improved"
        "s'il est possible / whether … can be",
        (
            "1. Each operator shall regularly check whether the monitoring methodology applied can be improved.",
            "1. Chaque exploitant évalue régulièrement s'il est possible d'améliorer la méthode de surveillance "
            "employée.",
        ),
        (
            "1. Each operator shall regularly check the monitoring methodology applied.",
            "1. Chaque exploitant peut évaluer régulièrement la méthode de surveillance employée.",
        ),
    ),
    (
        # "shall be able to recover" / « a la capacité de se rétablir »
        "shall be able to / a la capacité de",
        (
            "3. The application of the register shall be able to recover from crashes without undue delay.",
            "3. L'application du registre a la capacité de se rétablir sans délai injustifié après une panne.",
        ),
        (
            "3. The application of the register shall be able to recover from crashes without undue delay.",
            "3. L'application du registre se rétablit sans délai injustifié après une panne.",
        ),
    ),
    (
        # « une période de trois ans maximum, qui peut être prolongée de deux ans » / "no longer than 3 years renewable
        # for no more than a further 2 years": a possibility described by a relative clause in the passive, which
        # English says by an adjective; the English main verb is not its counterpart.
        "qui peut être prolongée / renewable",
        (
            "Any period of appointment of the auction platform shall be no longer than 3 years renewable for no more "
            "than a further 2 years.",
            "La plate-forme d'enchères est désignée pour une période de trois ans maximum, qui peut être prolongée de "
            "deux ans au maximum.",
        ),
        (
            "Any period of appointment of the auction platform shall be no longer than 3 years, which shall be "
            "extended for no more than a further 2 years.",
            "La plate-forme d'enchères est désignée pour une période de trois ans maximum, qui peut être prolongée de "
            "deux ans au maximum.",
        ),
    ),
    (
        # "may be compatible" / « sont compatibles »: the adjective of possibility answers its own rendering, so the
        # modal the English says of it is left without a counterpart.
        "may be compatible / sont compatibles",
        (
            "1. Aid for training measures shall be compatible with the internal market where it meets these criteria.",
            "1. Les aides à la formation sont compatibles avec le marché intérieur si elles remplissent ces critères.",
        ),
        (
            "1. Aid for training measures may be compatible with the internal market where it meets these criteria.",
            "1. Les aides à la formation sont compatibles avec le marché intérieur si elles remplissent ces critères.",
        ),
    ),
    (
        "may be admissible / est recevable",
        (
            "2. A request for review shall be admissible only where it states the grounds on which it is based.",
            "2. Une demande de réexamen n'est recevable que si elle indique les motifs sur lesquels elle se fonde.",
        ),
        (
            "2. A request for review may be admissible where it states the grounds on which it is based.",
            "2. Une demande de réexamen est recevable si elle indique les motifs sur lesquels elle se fonde.",
        ),
    ),
    (
        # "Member States that …", "operators whose …", "the fact that …": a clause in the subject, closed once its own
        # verb is said; the modal after it is the main verb, a permission granted.
        "may after Member States that",
        (
            "3. Member States that operate a deposit scheme may exempt small producers from the fee.",
            "3. Les États membres qui exploitent un système de consigne peuvent exempter les petits producteurs de la "
            "redevance.",
        ),
        (
            "3. Member States that operate a deposit scheme may exempt small producers from the fee.",
            "3. Les États membres qui exploitent un système de consigne exemptent les petits producteurs de la "
            "redevance.",
        ),
    ),
    (
        "may after whose",
        (
            "4. Operators whose head office is located in a third country may appoint a representative in the Union.",
            "4. Les opérateurs dont le siège est situé dans un pays tiers peuvent désigner un représentant dans "
            "l'Union.",
        ),
        (
            "4. Operators whose head office is located in a third country may appoint a representative in the Union.",
            "4. Les opérateurs dont le siège est situé dans un pays tiers désignent un représentant dans l'Union.",
        ),
    ),
    (
        "may after the fact that",
        (
            "5. Owing to the fact that the loss is borne by the guarantor, the lender may deduct the guaranteed part.",
            "5. Du fait que la perte est supportée par le garant, le prêteur peut déduire la partie garantie.",
        ),
        (
            "5. Owing to the fact that the loss is borne by the guarantor, the lender may deduct the guaranteed part.",
            "5. Du fait que la perte est supportée par le garant, le prêteur déduit la partie garantie.",
        ),
    ),
    (
        # « le pouvoir adjudicateur » is "the contracting authority", « les pouvoirs publics » "the public authorities":
        # a body named, no possibility that could answer a "may".
        "pouvoir adjudicateur is a body",
        (
            "2. The contracting authority may extend the time limit where the documents are not available in time.",
            "2. Le pouvoir adjudicateur peut prolonger le délai lorsque les documents ne sont pas disponibles à temps.",
        ),
        (
            "2. The contracting authority may extend the time limit where the documents are not available in time.",
            "2. Le pouvoir adjudicateur prolonge le délai lorsque les documents ne sont pas disponibles à temps.",
        ),
    ),
    (
        # "where it accepts that offers may be sent" / « s'il accepte que les offres soient envoyées »: a that-clause
        # after "accept" describes the possibility accepted.
        "may after accepts that",
        (
            "3. The buyer may shorten the period where it accepts that offers may be sent by electronic means.",
            "3. L'acheteur peut raccourcir le délai s'il accepte que les offres soient envoyées par voie électronique.",
        ),
        (
            "3. The buyer may shorten the period where it accepts that offers may be sent by electronic means.",
            "3. L'acheteur raccourcit le délai s'il accepte que les offres soient envoyées par voie électronique.",
        ),
    ),
    (
        # "any interest which might be considered prejudicial" / « tout intérêt qui pourrait être considéré comme
        # préjudiciable »: the two possibilities answer each other; the "may" of the main clause is left to face the
        # French main verb.
        "might / pourrait answer each other first",
        (
            "3. Members shall declare before each meeting any interest which might affect them, and may abstain "
            "from the vote.",
            "3. Les membres déclarent avant chaque réunion tout intérêt qui pourrait les affecter, et peuvent "
            "s'abstenir du vote.",
        ),
        (
            "3. Members shall declare before each meeting any interest which might affect them, and may abstain "
            "from the vote.",
            "3. Les membres déclarent avant chaque réunion tout intérêt qui pourrait les affecter, et "
            "s'abstiennent du vote.",
        ),
    ),
    (
        "potentially / susceptible answer each other first",
        (
            "1. The Member State shall forward the information to the potentially affected State and may consult it.",
            "1. L'État membre transmet les informations à l'État susceptible d'être touché et peut le consulter.",
        ),
        (
            "1. The Member State shall forward the information to the potentially affected State and may consult it.",
            "1. L'État membre transmet les informations à l'État susceptible d'être touché et le consulte.",
        ),
    ),
]


def test_a_modal_in_a_condition_describes_the_case() -> None:
    # "where the operator proves" / « lorsqu'il peut prouver », "if the delay would harm" / « si le retard peut
    # nuire », "where staff may attend" / « ouverte au personnel »: a modal in a condition describes the case in which
    # the rule applies; it grants nothing and needs no counterpart.
    assert (
        force(
            "2. The authority shall suspend the licence where the operator proves that the plant is unsafe.",
            "2. L'autorité suspend la licence lorsque l'exploitant peut prouver que l'installation est dangereuse.",
        )
        == []
    )
    assert (
        force(
            "3. The period shall not be extended if the delay would harm the interests of the applicant.",
            "3. Le délai n'est pas prorogé si le retard peut nuire aux intérêts du demandeur.",
        )
        == []
    )
    assert (
        force(
            "(a) the course is organised by several firms or where staff of several firms may attend it;",
            "a) le cours est organisé par plusieurs entreprises ou est ouvert au personnel de plusieurs entreprises;",
        )
        == []
    )
    # Nor does a condition of the sentence before reach it.
    assert force(
        "1. The fee shall be paid when submitting the return. Member States may, however, set another date.",
        "1. La redevance est payée lors du dépôt de la déclaration. Toutefois, les États membres fixent une autre date.",
    )
    # Closed once the condition has said its own verb: the modal after it is the main verb.
    assert force(
        "4. Where the applicant has paid the fee the authority may examine the application.",
        "4. Lorsque le demandeur a acquitté la redevance l'autorité examine la demande.",
    )


def test_a_permission_said_again_for_a_coordinated_verb() -> None:
    # "shall have the power to impose …, or shall have the power to refer" / « est habilitée à infliger … ou à
    # saisir »: French says the permission once for both verbs.
    en = (
        "3. The national regulator shall have the power to impose fines on the operator, or shall have the power "
        "to refer the case to a court."
    )
    fr = "3. Le régulateur national est habilité à infliger des amendes à l'opérateur ou à saisir une juridiction."
    assert force(en, fr) == []
    assert force(en, fr.replace("est habilité à infliger", "inflige").replace("ou à saisir", "ou saisit"))


def test_nor_may_grants_nothing() -> None:
    # "may not …, nor may they" / « ne peuvent … ni »: "nor" negates the second "may"; no permission faces the
    # French prohibition.
    assert (
        force(
            "Buyers may not misuse auctions, nor may they use them to distort competition.",
            "Les acheteurs ne peuvent recourir aux enchères de façon abusive ou de manière à fausser la concurrence.",
        )
        == []
    )


def test_a_modal_in_the_relative_clause_of_member_states_describes() -> None:
    # "Member States that may wish to": the modal is the relative clause's own verb; it grants nothing.
    assert (
        force(
            "Member States that may wish to take part shall notify the Commission.",
            "Les États membres qui souhaitent participer en informent la Commission.",
        )
        == []
    )


def test_a_recital_may_face_a_recommendation() -> None:
    # "account may be taken of" / « il convient de tenir compte de »: recitals are written in recommendations, and a
    # recital's "may" states a possibility; no change of force.
    en = "(4) In this regard, account may be taken of the probability of reaching a common understanding."
    fr = "(4) À cet égard, il convient de tenir compte de la probabilité de parvenir à une appréciation commune."
    assert force(en, fr, ClauseKind.RECITAL) == []
    # In an article the two differ.
    assert force(en.replace("(4) ", "4. "), fr.replace("(4) ", "4. ")) != []


def test_a_that_clause_after_a_verb_still_grants() -> None:
    # "each Party provides that X may": a that-clause after a verb, whose "may" is the permission it provides for.
    assert force(
        "Each Party provides that its authorities may inspect the premises.",
        "Chaque Partie prévoit que ses autorités inspectent les locaux.",
    )


@pytest.mark.parametrize(("name", "faithful", "changed"), CASES, ids=[c[0] for c in CASES])
def test_the_same_force_said_otherwise(
    name: str, faithful: tuple[str, str], changed: tuple[str, str]
) -> None:
    assert force(*faithful) == [], name
    assert force(*changed) != [], name


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Member States shall ensure that creditors are entitled to apply to the competent court for safeguards "
            "provided that they can credibly demonstrate that their claims are at stake.",
            "Les États membres veillent à ce que les créanciers puissent saisir la juridiction compétente pour obtenir "
            "des garanties, dès lors qu'ils {} démontrer de manière crédible que leurs créances sont menacées.",
        ),
        (
            "Member States should collect data only about data centres for which appropriate interventions can "
            "result in a considerable reduction of energy consumption, in order to enable the reuse of waste heat.",
            "Les États membres devraient recueillir des données uniquement sur les centres de données pour lesquels "
            "des interventions appropriées {} entraîner une réduction considérable de la consommation d'énergie, afin "
            "de permettre la réutilisation de la chaleur.",
        ),
    ],
)
def test_a_possibility_facing_a_doit_is_not_answered_by_one_further_away(en: str, fr: str) -> None:
    # "they can demonstrate" / « ils doivent démontrer »: the « doit » stands at the place of "can"; a French
    # possibility further away (« compétente pour », « permettre ») answers something else.
    assert force(en, fr.format("peuvent")) == []
    assert force(en, fr.format("doivent")) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(80) Regulatory authorities need to be able to take decisions on all regulatory issues if the market "
            "is to function properly.",
            "(80) Pour garantir le bon fonctionnement du marché, il est nécessaire que les autorités de régulation "
            "soient en mesure de prendre des décisions sur tous les aspects réglementaires.",
        ),
        (
            "(16) The Court of Justice of the European Union in its judgment of 2 May 2006 in Case C-217/04 (United "
            "Kingdom of Great Britain and Northern Ireland v. European Parliament and Council of the European Union) "
            "held that ‘nothing in the wording of Article 95 EC [now Article 114 of the Treaty on the Functioning of "
            "the European Union (TFEU)] implies that the addressees of the measures adopted by the Community "
            "legislature on the basis of that provision can only be the individual Member States.",
            "(16) La Cour de justice de l’Union européenne a jugé, dans son arrêt du 2 mai 2006 dans l’affaire "
            "C-217/04 (Royaume-Uni de Grande-Bretagne et d’Irlande du Nord/Parlement européen et Conseil de l’Union "
            "européenne) que «rien dans le libellé de l’article 95 CE [actuel article 114 du traité sur le "
            "fonctionnement de l’Union européenne] ne permet de conclure que les mesures adoptées par le législateur "
            "de l’Union sur la base de cette disposition doivent se limiter, quant à leurs destinataires, aux seuls "
            "États membres.",
        ),
    ],
)
def test_a_possibility_beside_a_duty_that_says_it(en: str, fr: str) -> None:
    # « il est nécessaire qu'elles soient en mesure » is "need to be able"; "can only be" is « doivent se limiter ».
    assert force(en, fr, ClauseKind.RECITAL) == []


@pytest.mark.parametrize(
    ("en", "fr", "verb"),
    [
        (
            "3. Notwithstanding paragraph 2, the competent authority shall allow the operator to use metering results "
            "based on measurement systems under its own control at the installation, where the operator provides "
            "evidence that the measuring instruments applied are subject to relevant national legal metrological "
            "control.",
            "3. Nonobstant les dispositions du paragraphe 2, l'autorité compétente {} l'exploitant à utiliser les "
            "résultats de mesurage fournis par les systèmes de mesure placés sous son propre contrôle dans "
            "l'installation, si l'exploitant apporte la preuve que les instruments de mesure utilisés font l'objet "
            "d'un contrôle métrologique légal national.",
            "autoriser",
        ),
        (
            "11. Within the obligation scheme, Member States shall authorise obligated parties to carry out the "
            "following:",
            "11. Dans le cadre du mécanisme d'obligations, les États membres {} les parties obligées à:",
            "autoriser",
        ),
        (
            "1. Member States shall allow taxable persons a right of option for taxation in respect of the following "
            "transactions:",
            "1. Les États membres {} à leurs assujettis le droit d'opter pour la taxation des opérations suivantes:",
            "accorder",
        ),
    ],
)
def test_shall_allow_is_a_duty_to_permit(en: str, fr: str, verb: str) -> None:
    # "shall allow" / « peut autoriser »: the English "allow" is the French « autoriser »; the French modal faces
    # the English "shall".
    present = {"autoriser": "autorise", "accorder": "accorde"}[verb]
    plural = "autorisent" if verb == "autoriser" else "accordent"
    faithful = fr.format(plural if "États membres" in fr else present)
    assert force(en, faithful) == []
    assert force(en, fr.format(("peuvent " if "États membres" in fr else "peut ") + verb)) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "3. Member States {} ensure that each CSIRT has at its disposal an appropriate, secure, and resilient "
            "communication and information infrastructure through which to exchange information with essential and "
            "important entities and other relevant stakeholders.",
            "3. Les États membres veillent à ce que chaque CSIRT dispose d’une infrastructure de communication et "
            "d’information adaptée, sécurisée et résiliente leur permettant d’échanger des informations avec les "
            "entités essentielles et importantes et les autres parties prenantes.",
        ),
        (
            "Member States {} ensure that no confidential information is disclosed by the persons referred to in "
            "paragraph 1 and that the possible effects of disclosing information on the public interest as regards "
            "financial, monetary or economic policy, on the commercial interests of natural and legal persons, on "
            "the purpose of inspections, on investigations and on audits, are assessed.",
            "Les États membres veillent à ce qu’aucune information confidentielle ne soit divulguée par les personnes "
            "visées au paragraphe 1 et que les effets que leur divulgation pourrait avoir sur l’intérêt public en ce "
            "qui concerne la politique financière, monétaire ou économique, les intérêts commerciaux des personnes "
            "physiques ou morales, les objectifs des activités d’inspection, d’enquête et d’audit, soient évalués.",
        ),
        (
            "Where assessing the CCP’s ability to comply with this Regulation, the competent authority {} pay "
            "particular attention to whether the group of which it will become a part has a structure that makes it "
            "possible to exercise effective supervision, to effectively exchange information among the competent "
            "authorities and to determine the allocation of responsibilities among the competent authorities.",
            "Lorsqu'elle évalue l'aptitude de la contrepartie centrale à se conformer au présent règlement, "
            "l'autorité compétente s'intéresse particulièrement au point de savoir si le groupe auquel la "
            "contrepartie centrale sera intégrée possède une structure qui permet d'exercer une surveillance "
            "efficace, d'échanger efficacement des informations entre les autorités compétentes et de déterminer le "
            "partage des responsabilités entre les autorités compétentes.",
        ),
    ],
)
def test_a_may_is_not_answered_by_what_a_thing_enables_elsewhere(en: str, fr: str) -> None:
    # "may ensure" / « veillent »: a French possibility elsewhere in the sentence, that something enables
    # (« permettant », « qui permet ») or might happen (« pourrait »), grants nothing and answers no "may".
    assert force(en.format("shall"), fr) == []
    assert force(en.format("may"), fr) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The competent authority {} inform ESMA of the grant, refusal or withdrawal of a specific permission under "
            "this Article without delay, including any information specified under the first subparagraph of this "
            "paragraph.",
            "L’autorité compétente informe sans retard l’AEMF lorsqu’elle accorde, refuse ou retire une autorisation "
            "spécifique au titre du présent article, et elle lui communique toutes les informations mentionnées au "
            "premier alinéa du présent paragraphe.",
        ),
        (
            "1. For a prior permission, other than the general prior permission referred to in Article 78a(1), the "
            "institution {} transmit a complete application and the information referred to in Article 32d to the "
            "resolution authority at least four months before the date on which one of the actions is carried out.",
            "1. Pour l’obtention d’une autorisation préalable autre que l’autorisation préalable générale visée à "
            "l’article 78 bis, paragraphe 1, l’établissement transmet à l’autorité de résolution une demande "
            "complète ainsi que les informations prévues à l’article 32 quinquies au moins quatre mois avant la date "
            "à laquelle l’une des opérations est effectuée.",
        ),
    ],
)
def test_a_permission_named_answers_its_rendering_not_a_may(en: str, fr: str) -> None:
    # "a specific permission" / « une autorisation spécifique »: the thing named on both sides answers itself, and
    # leaves a "may" facing the French prescriptive present.
    assert force(en.format("shall"), fr) == []
    assert force(en.format("may"), fr) != []


def test_a_name_ending_in_as_before_may() -> None:
    # "the ESAs may": the plural of an initialism, not the "as" of "as may be", which grants nothing.
    en = "5. Where the provider fulfils the sub-criteria referred to in paragraph 1, the ESAs may carry out their assessment."
    fr = "5. Lorsque le prestataire remplit les sous-critères visés au paragraphe 1, les AES {} leur évaluation."
    assert force(en, fr.format("peuvent effectuer")) == []
    assert force(en, fr.format("effectuent")) != []


@pytest.mark.parametrize(
    ("en", "fr", "fr_changed"),
    [
        (
            "(a) may, where available, use the information received from their counterparties on a voluntary basis;",
            "a) lorsque ces informations sont disponibles, utiliser les informations fournies par leurs contreparties "
            "sur une base volontaire;",
            "a) lorsque ces informations sont disponibles, elles utilisent les informations fournies par leurs "
            "contreparties sur une base volontaire;",
        ),
        (
            "(b) may permit the shareholders of the other classes to exercise their right of pre-emption only after "
            "the exercise of that right by the shareholders of the class in which the new shares are issued.",
            "b) permettre que l'exercice du droit préférentiel par les actionnaires des autres catégories "
            "n'intervienne qu'après l'exercice de ce droit par les actionnaires de la catégorie des nouvelles actions.",
            "b) elles permettent que l'exercice du droit préférentiel par les actionnaires des autres catégories "
            "n'intervienne qu'après l'exercice de ce droit par les actionnaires de la catégorie des nouvelles actions.",
        ),
        (
            "(a) cover one or more subsidiaries of the group, and may provide for financial support from the parent "
            "undertaking to subsidiaries;",
            "a) concerner une ou plusieurs filiales du groupe et prévoir un soutien financier de l'entreprise mère "
            "aux filiales;",
            "a) il concerne une ou plusieurs filiales du groupe et prévoit un soutien financier de l'entreprise mère "
            "aux filiales;",
        ),
    ],
)
def test_a_french_item_said_by_an_infinitive_takes_its_force_from_the_lead_in(
    en: str, fr: str, fr_changed: str
) -> None:
    # Wide corpus (3 acts): "(a) may, where available, use" / « a) lorsque …, utiliser », "(b) may permit" / « b)
    # permettre que »: a French list item said by an infinitive has no verb of its own to carry a modal; the lead-in
    # says it once for all the items (« les établissements peuvent: »), so the English item's "may" faces nothing.
    # An item said by a finite verb (« elles utilisent ») carries its own force, and the "may" still faces it.
    assert force(en, fr) == []
    assert force(en, fr_changed) != []


@pytest.mark.parametrize(
    ("en", "fr", "en_relative"),
    [
        (
            "The absolute component shall be expressed as a maximum amount for the sum of all amounts past due owed "
            "by an obligor to the institution.",
            "La composante absolue prend la forme d'un montant maximal que peut atteindre la somme de tous les "
            "montants en souffrance dus par un débiteur à l'établissement.",
            "The absolute component is a maximum amount that the sum shall reach for all amounts past due owed by an "
            "obligor to the institution.",
        ),
        (
            "4. If the conditions laid down in paragraph 2 or 3 are met, the provider of data processing services "
            "shall provide the minimum amount of data permissible in response to a request, on the basis of the "
            "reasonable interpretation of that request by the provider or relevant national body or authority "
            "referred to in paragraph 3, second subparagraph.",
            "4. Si les conditions énoncées au paragraphe 2 ou 3 sont remplies, le fournisseur de services de "
            "traitement de données fournit le volume minimal de données admissible en réponse à une demande, sur la "
            "base de l'interprétation que peut raisonnablement donner de cette demande le fournisseur ou l'autorité "
            "nationale ou l'organisme national concernés visés au paragraphe 3, deuxième alinéa.",
            "4. If the conditions laid down in paragraph 2 or 3 are met, the provider of data processing services "
            "provides the minimum amount of data permissible in response to a request, on the basis of the "
            "interpretation which the provider shall reasonably give of that request or the relevant national body "
            "or authority referred to in paragraph 3, second subparagraph.",
        ),
    ],
)
def test_a_french_modal_in_a_relative_clause_with_its_subject_after_it_describes(
    en: str, fr: str, en_relative: str
) -> None:
    # Wide corpus (3 acts): « un montant maximal que peut atteindre la somme », « l'interprétation que peut
    # raisonnablement donner … le fournisseur », « au rang desquels peuvent figurer »: a modal right after the
    # relative pronoun, its subject put after the verb, describes what the noun is (as « qui peut être prolongée »
    # does), and faces the English main verb, which French says by its prescriptive present.  A "shall" in an English
    # relative clause is still that modal's counterpart.
    assert force(en, fr) == []
    assert force(en_relative, fr) != []


@pytest.mark.parametrize(
    ("en", "fr", "fr_changed"),
    [
        (
            "Under these arrangements additional tasks may be entrusted to the competent authority and procedures for "
            "cooperation with other competent authorities may be specified.",
            "Ces accords peuvent confier des tâches supplémentaires à l'autorité compétente et prévoir des procédures "
            "de coopération avec les autres autorités compétentes.",
            "Ces accords peuvent confier des tâches supplémentaires à l'autorité compétente. Ils prévoient des "
            "procédures de coopération avec les autres autorités compétentes.",
        ),
        (
            "Invoices issued pursuant to Section 2 may be sent on paper or, subject to acceptance by the recipient, "
            "they may be sent or made available by electronic means.",
            "Les factures émises en application de la section 2 peuvent être transmises sur un support papier ou, sous "
            "réserve de l'acceptation du destinataire, transmises ou mises à disposition par voie électronique.",
            "Les factures émises en application de la section 2 peuvent être transmises sur un support papier; sous "
            "réserve de l'acceptation du destinataire, elles sont transmises par voie électronique.",
        ),
        (
            "2. The requested authority shall provide the assistance requested for the purposes of this Article in "
            "accordance with relevant national law. Where the requested assistance may be provided by or the "
            "information may be available to another authority of the Member State of the requested authority, the "
            "requested authority shall offer to provide the requesting authority with the necessary information.",
            "2. L'autorité sollicitée fournit l'assistance requise aux fins du présent article conformément à la "
            "législation nationale applicable. Si une autre autorité de l'État membre de l'autorité sollicitée peut "
            "fournir l'assistance requise ou dispose de l'information demandée, l'autorité sollicitée propose de "
            "communiquer à l'autorité demandeuse les informations nécessaires.",
            "2. L'autorité sollicitée fournit l'assistance requise aux fins du présent article conformément à la "
            "législation nationale applicable. Si une autre autorité de l'État membre de l'autorité sollicitée "
            "fournit l'assistance requise, l'autorité sollicitée propose de communiquer à l'autorité demandeuse les "
            "informations nécessaires.",
        ),
    ],
)
def test_one_french_modal_for_two_coordinated_verbs_answers_the_english_may_said_again(
    en: str, fr: str, fr_changed: str
) -> None:
    # Wide corpus (3 acts): "tasks may be entrusted … and procedures … may be specified" / « peuvent confier … et
    # prévoir », "may be sent on paper or, …, they may be sent … by electronic means" / « peuvent être transmises … ou,
    # …, transmises », "the assistance may be provided by or the information may be available to" / « peut fournir …
    # ou dispose de »: French says the modal once for the coordinated verbs, English again in each conjunct.  A
    # French conjunct cut off from the modal (a sentence of its own) keeps its own force.
    assert force(en, fr) == []
    assert force(en, fr_changed) != []


# « il est possible que » / « il se peut que » + subjunctive: a possibility stated, English "may have to", "may require",
# "may not be"; the duty or the negation in its clause is what may happen, not a duty imposed nor a permission
# granted.  (Sentences of recitals of the even half of the wide corpus, each from its own act.)
_EPISTEMIC = [
    (
        # 32023r1578-r005
        "Furthermore, institutions that use external sources to estimate default probabilities may have to undertake "
        "a number of steps and procedures before they can produce the actual estimates of default probabilities.",
        "Par ailleurs, il est possible que les établissements qui utilisent des sources externes pour estimer les "
        "probabilités de défaut doivent suivre un certain nombre d’étapes et de procédures pour parvenir effectivement "
        "à produire ces estimations des probabilités de défaut.",
    ),
    (
        # 32024r0436-r013
        "For example, interviews with personnel may require secure facilities provided by the audited provider.",
        "Il se peut, par exemple, que les entretiens avec le personnel doivent être organisés dans des installations "
        "sécurisées mises à disposition par le fournisseur audité.",
    ),
    (
        # 32025r0789-r004
        "Still, a sudden increase of the level of volatility, or changes in volatility levels, on their own, may not be "
        "sufficient to characterise a situation as one of significant cross-border financial market stress or of a "
        "major regime shift and, therefore, should not automatically lead to the recognition of extraordinary "
        "circumstances as referred to in Article 325az(5) and Article 325bf(6) of Regulation (EU) No 575/2013.",
        "Néanmoins, il est possible qu’une augmentation soudaine du niveau de volatilité ou des variations des niveaux "
        "de volatilité ne suffisent pas à elles seules pour qualifier une situation de tensions importantes sur les "
        "marchés financiers transfrontières ou de changement de régime majeur et, par conséquent, ne devraient pas "
        "automatiquement conduire à la reconnaissance de circonstances exceptionnelles au sens de l’article 325 "
        "terquinquagies, paragraphe 5, et de l’article 325 novoquinquagies, paragraphe 6, du règlement (UE) "
        "no 575/2013.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _EPISTEMIC)
def test_il_est_possible_que_states_a_possibility_and_governs_its_clause(en: str, fr: str) -> None:
    assert force(en, fr, ClauseKind.RECITAL) == []


def test_il_est_possible_de_still_grants_and_a_plain_doit_still_faces_a_may() -> None:
    # « il est possible de » + infinitive grants a possibility, as "may" does; a « doivent » outside the clause of
    # « il est possible que » is a duty imposed, which an English "may" does not say.
    en = "The competent authority may extend that period by one month."
    fr = "Il est possible de prolonger ce délai d'un mois."
    assert force(en, fr) == []
    assert force(en.replace("may extend", "shall extend"), fr) != []
    fr2 = "Il est possible que ce délai soit court; l'autorité compétente doit le prolonger d'un mois."
    en2 = "That period may be short; the competent authority may extend it by one month."
    assert force(en2, fr2) != []


# A modal whose clause a relative pronoun or a that-clause opens further back than the last comma: the comma closes an
# insert right before the modal, or stands in a list in the clause's subject.  The clause still describes; its modal
# grants nothing.  (Pairs of the even half of the wide corpus, each from its own act.)
_COMMAS_IN_THE_CLAUSE = [
    (
        # 32015r2424-a1-818 (and 32017r1001-a112-07, the same words): an insert between commas before the modal
        "3.   The Executive Director shall determine the conditions of access to the electronic database and the "
        "manner in which its contents, other than the personal data referred to in paragraph 2 of this Article but "
        "including those listed in Article 87, may be made available in machine-readable form, including the charge "
        "for such access.",
        "3.   Le directeur exécutif arrête les conditions d'accès à la base de données électronique et les modalités de "
        "diffusion de son contenu, à l'exception des données à caractère personnel visées au paragraphe 2 du présent "
        "article mais y compris celles énumérées à l'article 87, sous une forme exploitable par ordinateur, y compris "
        "les tarifs à acquitter pour cet accès.",
        None,
    ),
    (
        # 32006l0048-a55-01: a list in the subject of a that-clause after "ensure"
        "Member States shall ensure that decisions taken in respect of a credit institution in pursuance of laws, "
        "regulations and administrative provisions adopted in accordance with this Directive may be subject to the "
        "right to apply to the courts.",
        "Les États membres veillent à ce que les décisions prises à l'égard d'un établissement de crédit en "
        "application des dispositions législatives, réglementaires et administratives arrêtées conformément à la "
        "présente directive puisse faire l'objet d'un recours juridictionnel.",
        None,
    ),
    (
        # 32014r0651-r041: a list in the subject of a relative clause (« dans lequel les acteurs nationaux, régionaux
        # et locaux … peuvent »), facing an English recommendation
        "Given the importance of the ETC for the cohesion policy providing a framework for the implementation of joint "
        "actions and policy exchanges between national, regional and local actors from different Member States or "
        "third countries, this Regulation should address certain difficulties faced by ETC projects in order to "
        "facilitate their compliance with State aid rules.",
        "Compte tenu de l'importance de la CTE pour la politique de cohésion en tant que cadre dans lequel les acteurs "
        "nationaux, régionaux et locaux de différents États membres ou pays tiers peuvent mener des actions communes "
        "et échanger leurs vues sur les politiques à mener, il convient que le présent règlement permette de résoudre "
        "certaines difficultés rencontrées par les projets de CTE, en vue de favoriser leur conformité avec les règles "
        "relatives aux aides d'État.",
        ClauseKind.RECITAL,
    ),
]


@pytest.mark.parametrize(("en", "fr", "kind"), _COMMAS_IN_THE_CLAUSE)
def test_a_modal_after_commas_inside_its_clause_still_describes(
    en: str, fr: str, kind: ClauseKind | None
) -> None:
    assert force(en, fr, kind) == []


def test_a_modal_after_an_insert_or_a_list_in_a_main_clause_still_grants() -> None:
    # "The Commission, after consulting the committee, may adopt", « Les autorités nationales, régionales et locales
    # peuvent adopter »: no pronoun opens a clause before the commas; the permission is granted and must be answered.
    en = "The Commission, after consulting the committee, may adopt implementing acts."
    fr = "La Commission, après consultation du comité, adopte des actes d'exécution."
    assert force(en, fr) != []
    en = "National, regional and local authorities may adopt measures."
    fr = "Les autorités nationales, régionales et locales adoptent des mesures."
    assert force(en, fr) != []


# An English adjective in -able says the passive possibility that French says by a modal and a passive: "shall be
# exercisable" / « peut être exercé », "searchable" / « peuvent faire l'objet d'une recherche ».  (Pairs of the even
# half and odd-A of the wide corpus.)
_ABLE = [
    # 32018l1972-a105-06
    (
        "The right to terminate the contract shall be exercisable within one month after notification.",
        "Le droit de résilier le contrat peut être exercé pendant un mois suivant la notification.",
    ),
    # 32008l0048-a15-02
    (
        "Member States shall determine to what extent and under what conditions those remedies shall be exercisable.",
        "Les États membres déterminent dans quelle mesure et à quelles conditions ce recours peut être exercé.",
    ),
    # 32018r1139-a99-01: a short sentence, where the places drift apart
    (
        "The term of office for members and their alternates shall be four years. That term shall be extendable.",
        "La durée du mandat des membres titulaires et de leurs suppléants est de quatre ans. Elle peut être "
        "prolongée.",
    ),
    # 32023r1315-a1-3445
    (
        "(c) a counterfactual scenario consisting in a comparable investment in a conventional production process "
        "using primary raw material, if the obtained secondary product is technically and economically "
        "substitutable with the primary product.",
        "c) un scénario contrefactuel consistant en un investissement comparable dans un processus de production "
        "classique utilisant des matières premières primaires, si le produit secondaire obtenu peut être remplacé "
        "sur le plan technique et économique par le produit primaire.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _ABLE)
def test_an_adjective_in_able_answers_a_french_modal_with_a_passive(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_french_modal_with_a_passive_still_needs_its_possibility() -> None:
    # No adjective of possibility: the French permission faces the English duty.
    en = "The right to terminate the contract shall be exercised within one month after notification."
    fr = "Le droit de résilier le contrat peut être exercé pendant un mois suivant la notification."
    assert force(en, fr) != []
    # A duty-like adjective ("payable") answers nothing.
    en = "The amount shall be payable within one month after notification."
    fr = "Le montant peut être payé dans un délai d'un mois suivant la notification."
    assert force(en, fr) != []
    # An attributive adjective names a class ("transferable securities"), it says nothing of what the duty allows.
    en = (
        "2.   Where those securities are not shares or other transferrable securities equivalent to shares, the "
        "registration document shall be drawn up in accordance with Article 7 of this Regulation."
    )
    fr = (
        "2.   Lorsque ces titres ne sont pas des actions ou d’autres valeurs mobilières équivalentes à des actions, "
        "le document d’enregistrement peut être établi conformément à l’article 7 du présent règlement."
    )
    assert force(en, fr) != []


# A duty that governs a possibility says that possibility, whichever noun or verb names it: "shall have the opportunity
# to comment" / « ont la possibilité de présenter des observations », "shall have powers to monitor" / « est habilité
# à contrôler », "shall be able to submit" / « doit avoir la possibilité de soumettre », and "shall be entitled to
# address" / « est en droit de s'adresser ».  (Pairs of odd-A of the wide corpus, each from its own act.)
_GOVERNED = [
    # 32018l1972-a49-11
    (
        "By way of derogation from Article 23, interested parties shall have the opportunity to comment on any draft "
        "measure for a period of at least three months.",
        "Par dérogation à l’article 23, les parties intéressées ont la possibilité de présenter des observations sur "
        "tout projet de mesure dans un délai d’au moins trois mois.",
    ),
    # 32024r1689-a75-01
    (
        "1.   Where an AI system is based on a general-purpose AI model, and the model and the system are developed by "
        "the same provider, the AI Office shall have powers to monitor and supervise compliance of that AI system "
        "with obligations under this Regulation.",
        "1.   Lorsqu’un système d’IA repose sur un modèle d’IA à usage général, et que le modèle et le système sont "
        "mis au point par le même fournisseur, le Bureau de l’IA est habilité à contrôler et surveiller la "
        "conformité de ce système d’IA avec les obligations prévues par le présent règlement.",
    ),
    # 32015r0848-a27-04
    (
        "The requesting person shall be able to submit the request for information electronically by means of a "
        "standard form via the European e-Justice Portal.",
        "La personne requérante doit avoir la possibilité de soumettre sa demande d'information par voie "
        "électronique, au moyen d'un formulaire uniformisé par l'intermédiaire du portail européen e-Justice.",
    ),
    # 32018r1139-a119-05
    (
        "5.   Any natural or legal person shall be entitled to address the Agency in writing in any of the official "
        "languages of the Union and shall have the right to receive an answer in the same language.",
        "5.   Toute personne physique ou morale est en droit de s'adresser à l'Agence par écrit dans l'une des "
        "langues officielles de l'Union et a le droit de recevoir une réponse dans la même langue.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _GOVERNED)
def test_a_duty_that_governs_a_possibility_answers_its_rendering(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_possibility_changed_into_a_bare_duty_still_fires() -> None:
    # "shall comment" against « ont la possibilité de »: no possibility governed on the English side.
    en = "Interested parties shall comment on any draft measure for a period of at least three months."
    fr = (
        "Les parties intéressées ont la possibilité de présenter des observations sur tout projet de mesure dans un "
        "délai d’au moins trois mois."
    )
    assert force(en, fr) != []
    # « doit soumettre » against "shall be able to submit": the French duty governs no possibility.
    en = "The requesting person shall be able to submit the request for information electronically."
    fr = "La personne requérante doit soumettre sa demande d'information par voie électronique."
    assert force(en, fr) != []


# A lead-in that opens a choice among the items ("shall be one of the following:", "shall be either:", "shall mean any
# of the following:"), which French says by a possibility (« peuvent être: », « peut être: »).  (Pairs of the even half
# and odd-A of the wide corpus, each from its own act.)
_CHOICE = [
    # 32023r1315-a1-3442
    (
        "7.   The eligible costs shall be the extra investment costs determined by comparing the total investment "
        "costs of the project with those of a less environmentally-friendly project or activity that shall be one "
        "of the following:",
        "7.   Les coûts admissibles sont les coûts d’investissement supplémentaires déterminés en comparant les coûts "
        "d’investissement totaux du projet avec ceux d’un projet ou d’une activité moins respectueux de "
        "l’environnement et qui peuvent être:",
    ),
    # 32024r0436-a8-01
    (
        "1.   The audit report shall include the audit conclusions that the auditing organisation has reached on the "
        "audited provider’s compliance with each of the audited obligations and commitments. The audit conclusions "
        "shall be either:",
        "1.   Le rapport d’audit comprend les conclusions que tire l’organisme d’audit quant au respect, par le "
        "fournisseur audité, de chaque obligation et engagement audité. Les conclusions de l’audit peuvent être:",
    ),
    # 32025r1142-a6-10
    (
        "For the purposes of the first subparagraph, point (b)(ii), person with whom a connected person has a family "
        "relationship shall mean any of the following:",
        "Aux fins du premier alinéa, point b) ii), une personne avec laquelle une personne liée a des liens familiaux "
        "peut être:",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _CHOICE)
def test_a_lead_in_to_a_choice_among_the_items_is_a_french_possibility(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_lead_in_without_a_choice_still_faces_a_french_possibility() -> None:
    # "shall be the following" sets every item; « peuvent être » lets one choose.
    en = "The audit conclusions shall be the following:"
    fr = "Les conclusions de l’audit peuvent être:"
    assert force(en, fr) != []
    # a definition that names one thing, not a choice
    en = "For the purposes of point (b), connected person shall mean the following:"
    fr = "Aux fins du point b), une personne liée peut être:"
    assert force(en, fr) != []
