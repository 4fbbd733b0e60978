"""obligation_mismatch, force: what answers an English "may", and what a French possibility said another way is.

- « disponible » says a thing is at hand ("available"), as the English "available" does: it is no possibility, and no
  counterpart of a "may" said elsewhere in the sentence ("the information may always be available" against « sont
  disponibles à tout moment » leaves the "may" unanswered).
- « permettant », the present participle of « permettre », describes the thing before it by what that thing enables
  (« des procédures permettant d'identifier », "procedures to identify"); it grants no one a power, and answers no
  "may" that grants the subject of a main clause one.  It answers a "may" of an English relative clause, which describes
  a thing as it does ("arrangements under which point (b) may be applied" / « des régimes permettant l'application »).
- The subjunctive « puisse(nt) » in a clause that a duty to ensure governs (« veillent à ce que … puissent accéder »), or
  in a list item that continues such a lead-in (« a) l'entité qualifiée et le professionnel puissent proposer »), is
  the finite verb of that clause, the French of "may": a "shall" at its place changes the force.
- "References to the repealed Directive shall be construed as references to this Directive" / « … s'entendent comme
  faites à la présente directive »: a correlation of references is a rule the act lays down; "may be construed as"
  there is a change of force, unlike "may be used in the singular and plural" / « s'entendent au singulier comme au
  pluriel », a rule of reading French says by its verb of meaning."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

# Official pairs (EUR-Lex) whose English says "shall" where the French has « disponible(s) » elsewhere in the sentence.
AVAILABLE = [
    (  # 32017r0575, 32017r0575-a7-07
        "Execution venues operating under a continuous auction order book, continuous quote driven "
        "trading system or other type of trading system for which that information is available "
        "shall publish for each market segment they operate and each financial instrument not "
        "subject to the trading obligation in Articles 23 and 28 of Regulation (EU) No 600/2014 "
        "additional information for each trading day, in accordance with the third subparagraph of "
        "this paragraph.",
        "Pour chaque segment de marché sur lequel elles opèrent et pour chaque instrument financier "
        "qui n'est pas soumis à l'obligation de négociation prévue par les articles 23 et 28 du "
        "règlement (UE) no 600/2014, les plates-formes d'exécution utilisant un carnet d'ordres à "
        "enchères continues, un système de négociation en continu dirigé par les prix ou un autre "
        "type de système de négociation pour lequel ces informations sont disponibles publient, "
        "pour chaque séance de négociation, des informations supplémentaires conformément au "
        "troisième alinéa du présent paragraphe.",
    ),
    (  # 32013r0168, 32013r0168-a57-16
        "5.   The vehicle repair and maintenance information shall always be available, except as "
        "required for maintenance purposes of the information system.",
        "5.   Les informations sur la réparation et l'entretien des véhicules sont disponibles à "
        "tout moment, sauf exigences liées aux besoins de l'entretien du système d'information.",
    ),
    (  # 32024r0886, 32024r0886-a1-55
        "(b) notwithstanding Article 83 of Directive (EU) 2015/2366, immediately after the time of "
        "receipt of a payment order for an instant credit transfer, the payer’s PSP shall verify "
        "whether all of the necessary conditions for processing the payment transaction are met and "
        "whether the necessary funds are available, reserve or debit the amount of the payment "
        "transaction from the account of the payer, and immediately send the payment transaction to "
        "the payee’s PSP;",
        "b) nonobstant l’article 83 de la directive (UE) 2015/2366, immédiatement après le moment "
        "de réception d’un ordre de paiement pour un virement instantané, le prestataire de "
        "services de paiement du payeur vérifie si toutes les conditions nécessaires au traitement "
        "de l’opération de paiement sont remplies et si les fonds nécessaires sont disponibles, "
        "réserve le montant de l’opération de paiement sur le compte du payeur ou débite ce compte "
        "de ce montant, et envoie immédiatement l’opération de paiement au prestataire de services "
        "de paiement du bénéficiaire;",
    ),
    (  # 32020r2176, 32020r2176-a1-15
        "3.   The prudential accumulated amortisation referred to in paragraph 1 shall be "
        "calculated starting from the date on which the software asset is available for use and "
        "begins to be amortised for accounting purposes.",
        "3.   L’amortissement cumulé prudentiel visé au paragraphe 1 est calculé en partant de la "
        "date à laquelle l’actif logiciel est disponible en vue de son utilisation et commence à "
        "être amorti à des fins comptables.",
    ),
]

# Official pairs whose English says "shall" where the French has « permettant » describing a thing.
ENABLING = [
    (  # 32025r1142, 32025r1142-a8-11
        "3.   Crypto-asset service providers shall have in place a centralised procedure to "
        "identify all their placing operations, including the date on which the crypto-asset "
        "service provider was informed of potential placing operations.",
        "3.   Les prestataires de services sur crypto-actifs mettent en place une procédure "
        "centralisée permettant d’identifier toutes leurs opérations de placement, y compris la "
        "date à laquelle ils ont été informés d’opérations de placement potentielles.",
    ),
    (  # 32017r0565, 32017r0565-a39-01
        "1.   Investment firms shall have in place systems, controls and procedures to identify and "
        "prevent or manage conflicts of interest that arise in relation to possible under-pricing "
        "or over-pricing of an issue or involvement of relevant parties in the process. In "
        "particular, investment firms shall as a minimum requirement establish, implement and "
        "maintain internal arrangements to ensure both of the following:",
        "1.   Les entreprises d'investissement disposent de systèmes, de contrôles et de procédures "
        "permettant d'identifier et de prévenir ou de gérer les conflits d'intérêts survenant en "
        "relation avec une possible surestimation ou sous-estimation du prix d'une émission ou de "
        "l'implication de parties concernées dans le processus. Plus précisément, les entreprises "
        "d'investissement doivent, au minimum, établir, mettre en œuvre et garder opérationnels des "
        "mécanismes internes visant à garantir:",
    ),
    (  # 32012r0600, 32012r0600-a35-17
        "5.   The verifier shall have a system for recording the results of the activities carried "
        "out in the competence process referred to in paragraph 1.",
        "5.   Le vérificateur dispose d’un système lui permettant d’enregistrer les résultats des "
        "activités menées dans le cadre du processus de garantie des compétences visé au paragraphe "
        "1.",
    ),
    (  # 32023l2225, 32023l2225-a36-02
        "2.   For the purpose of fulfilling the obligations laid down in paragraph 1, creditors "
        "shall have processes and policies in place for the early detection of consumers "
        "experiencing financial difficulties.",
        "2.   Aux fins de l’exécution des obligations prévues au paragraphe 1, les prêteurs "
        "disposent de processus et de politiques permettant la détection précoce des consommateurs "
        "qui éprouvent des difficultés financières.",
    ),
]

# Official pairs whose English says "may" where the French says « puisse(nt) » in an ensured clause or list item.
ENSURED = [
    (  # 32020l1828, 32020l1828-a11-02
        "(a) the qualified entity and the trader may jointly propose to the court or administrative "
        "authority a settlement regarding redress for the consumers concerned; or",
        "a) l’entité qualifiée et le professionnel puissent proposer conjointement à la juridiction "
        "ou à l’autorité administrative un accord concernant la réparation pour les consommateurs "
        "concernés; ou",
    ),
    (  # 32014l0024, 32014l0024-a22-16
        "(b) ensure that tenderers having no access to the tools and devices concerned, or no "
        "possibility of obtaining them within the relevant time limits, provided that the lack of "
        "access is not attributable to the tenderer concerned, may access the procurement procedure "
        "through the use of provisional tokens made available free of charge online; or",
        "b) veillent à ce que les soumissionnaires n’ayant pas accès à ces outils et dispositifs ni "
        "la possibilité de se les procurer dans les délais requis, à condition que l’absence "
        "d’accès ne soit pas imputable au soumissionnaire concerné, puissent accéder à la procédure "
        "de passation de marché en utilisant des jetons provisoires mis gratuitement à disposition "
        "en ligne; ou",
    ),
    (  # 32025r1143, 32025r1143-a27-02
        "(a) each key stage of the CTP business may be reconstituted;",
        "a) chaque étape clé de l’activité du CTP puisse être reconstituée;",
    ),
]

# Official pairs whose English says "shall be construed (read) as", the French « s'entend(ent) comme ».
CONSTRUED = [
    (  # 32023l2673, 32023l2673-a3-02
        "References to the repealed Directive shall be construed as references to Directive "
        "2011/83/EU, as amended by this Directive, and shall be read in accordance with the "
        "correlation table set out in the Annex to this Directive.",
        "Les références faites à la directive abrogée s’entendent comme faites à la directive "
        "2011/83/UE, telle que modifiée par la présente directive, et sont à lire selon le tableau "
        "de correspondance figurant à l’annexe de la présente directive.",
    ),
    (  # 32009l0073, 32009l0073-a53-01
        "Directive 2003/55/EC is repealed from 3 March 2011 without prejudice to the obligations of "
        "Member States concerning the deadlines for transposition and application of the said "
        "Directive. References to the repealed Directive shall be construed as references to this "
        "Directive and shall be read in accordance with the correlation table in Annex II.",
        "La directive 2003/55/CE est abrogée avec effet au 3 mars 2011, sans préjudice des "
        "obligations des États membres en ce qui concerne les dates limites de transposition et de "
        "mise en application de ladite directive. Les références à la directive abrogée s’entendent "
        "comme faites à la présente directive et sont à lire selon le tableau de correspondance "
        "figurant à l’annexe II.",
    ),
    (  # 32018r0625, 32018r0625-a77-07
        "(a) any reference to an application for registration of the EU trade mark shall be read as "
        "a reference to an international registration;",
        "a) toute référence à une demande d'enregistrement de marque de l'Union européenne s'entend "
        "comme une référence à un enregistrement international;",
    ),
    (  # 32025r1143, 32025r1143-a31-02
        "References to the repealed Regulation shall be construed as references to this Regulation.",
        "Les références faites au règlement abrogé s’entendent comme des références au présent règlement.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), AVAILABLE + ENABLING + CONSTRUED)
def test_may_for_shall_against_the_french_present_fires(en: str, fr: str) -> None:
    changed = en.replace("shall", "may", 1)
    assert changed != en
    keys = [f.key for f in force(changed, fr)]
    assert any(k.startswith("obligation_mismatch:force:may") for k in keys), keys


@pytest.mark.parametrize(("en", "fr"), AVAILABLE + ENABLING + CONSTRUED)
def test_the_official_shall_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), ENSURED)
def test_shall_for_may_against_an_ensured_french_subjunctive_fires(en: str, fr: str) -> None:
    changed = en.replace("may", "shall", 1)
    assert changed != en
    keys = [f.key for f in force(changed, fr)]
    assert any(k.startswith("obligation_mismatch:force:shall") for k in keys), keys


@pytest.mark.parametrize(("en", "fr"), ENSURED)
def test_the_official_may_against_the_subjunctive_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_may_of_a_relative_clause_against_permettant_stays_silent() -> None:
    # 32006l0112, art. 160(2): the participle describes the arrangements as the English relative clause does
    en = (
        "2.   Where Member States exercise the option under point (a) of paragraph 1 in respect of "
        "transactions effected in customs warehouses, they shall take the measures necessary to "
        "provide for warehousing arrangements other than customs warehousing under which point (b) "
        "of paragraph 1 may be applied to the same transactions when they concern goods listed in "
        "Annex V and are carried out in warehouses other than customs warehouses."
    )
    fr = (
        "2.   Lorsqu'ils font usage de la faculté prévue au paragraphe 1, point a), pour les "
        "opérations effectuées dans des entrepôts douaniers, les États membres prennent les mesures "
        "nécessaires pour prévoir des régimes d'entrepôts autres que douaniers permettant "
        "l'application du paragraphe 1, point b), aux mêmes opérations portant sur des biens "
        "figurant à l'annexe V et effectuées dans ces entrepôts autres que douaniers."
    )
    assert force(en, fr) == []


def test_may_be_used_in_the_singular_against_s_entendent_stays_silent() -> None:
    en = "These expressions may be used both in singular and plural form."
    fr = "Ces termes s'entendent au singulier comme au pluriel."
    assert force(en, fr) == []
