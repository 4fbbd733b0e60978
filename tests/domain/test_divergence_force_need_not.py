"""obligation_mismatch, force: "need not" permits not to act (« Les États membres peuvent ne pas appliquer »); it obliges
to nothing.  French « doivent ne pas appliquer » obliges not to act: the English verb of that permission faces a French
« doit », a change of force, like "is authorised to" against « doit ».  The negation of "need not" is its own word, not
an English duty or negation that would answer the « doit »; nor is "need" there a need."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

# (the official French says « peuvent ne pas » / « peut ne pas »; the French « doit » is the change)
OFFICIAL = [
    (
        "3.   Member States need not apply paragraph 1 to proceedings in which it is for the court or competent body to "
        "investigate the facts of the case.",
        "3.   Les États membres peuvent ne pas appliquer le paragraphe 1 aux procédures dans lesquelles l'instruction "
        "des faits incombe à la juridiction ou à l'instance compétente.",
    ),
    (
        "The laws of a Member State need not require approval of the merger by the general meeting of the acquiring "
        "company if the following conditions are fulfilled:",
        "La législation d’un État membre peut ne pas imposer l’approbation de la fusion par l’assemblée générale de la "
        "société absorbante si les conditions suivantes sont remplies:",
    ),
    (
        "1.   The Member States need not apply the limits laid down in Articles 120(1) and (2) to holdings in insurance "
        "companies as defined in Directives 73/239/EEC and 2002/83/EC, or in reinsurance companies as defined in "
        "Directive 98/78/EC.",
        "1.   Les États membres peuvent ne pas appliquer les limites énoncées à l'article 120, paragraphes 1 et 2, aux "
        "participations détenues dans des entreprises d'assurance au sens des directives 73/239/CEE et 2002/83/CE, ou "
        "dans des entreprises de réassurance au sens de la directive 98/78/CE.",
    ),
    (
        "5.   An undertaking that is related to one or more undertakings within the meaning of Article 22(7) of "
        "Directive 2013/34/EU need not be included in the consolidation pursuant to this Article in the same cases and "
        "in accordance with the same criteria as set out in Article 19 of Regulation (EU) No 575/2013.",
        "5.   Une entreprise liée à une ou plusieurs entreprises au sens de l’article 22, paragraphe 7, de la directive "
        "2013/34/CE peut, dans les mêmes cas et conformément aux mêmes critères que ceux énoncés à l’article 19 du "
        "règlement (UE) no 575/2013, ne pas être incluse dans le périmètre de consolidation en vertu du présent article.",
    ),
]


def _obliged(fr: str) -> str:
    """Return the French with its « peut » / « peuvent » of the permission made « doit » / « doivent »."""
    return (
        fr.replace("peuvent ne pas", "doivent ne pas", 1)
        .replace("peut ne pas", "doit ne pas", 1)
        .replace("peut, dans", "doit, dans", 1)
    )


@pytest.mark.parametrize(("en", "fr"), OFFICIAL)
def test_need_not_against_a_french_doit_fires(en: str, fr: str) -> None:
    changed = _obliged(fr)
    assert changed != fr
    keys = [f.key for f in force(en, changed)]
    assert any(k.startswith("obligation_mismatch:force:need not|doi") for k in keys), keys


@pytest.mark.parametrize(("en", "fr"), OFFICIAL)
def test_need_not_against_peut_ne_pas_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_need_not_against_ne_sont_pas_tenus_stays_silent() -> None:
    en = (
        "Member States need not apply the minimum periods referred to in the first and second subparagraphs for the "
        "second or subsequent convocation of a general meeting issued for lack of a quorum required for the meeting "
        "convened by the first convocation, provided that this Article has been complied with for the first "
        "convocation and no new item is put on the agenda, and that at least 10 days elapse between the final "
        "convocation and the date of the general meeting."
    )
    fr = (
        "Les États membres ne sont pas tenus d’imposer les délais minimaux visés aux deuxième et troisième alinéas "
        "pour émettre la deuxième convocation ou la convocation ultérieure à une assemblée générale en raison de "
        "l’absence du quorum requis pour la première assemblée convoquée, pour autant qu’il ait été satisfait aux "
        "dispositions du présent article pour la première convocation, que l’ordre du jour ne comporte aucun point "
        "nouveau et qu’au moins dix jours se soient écoulés entre la convocation finale et la date de l’assemblée "
        "générale."
    )
    assert force(en, fr) == []
