"""The event that fixes a date: an act's application is not its entry into force, nor its publication.

EU acts and treaties enter into force on one day and apply from another (Regulation (EU) No 600/2014 was
published in June 2014, entered into force twenty days later and applied from 3 January 2018), so a deadline
counted from one is not a deadline counted from the other, though neither text writes the date itself."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair

# Official texts whose two versions count from different events (Delegated Regulations 2017/565 and 2017/583).
_DIFFERENT_EVENTS = [
    (
        "Investment firms providing any investment service to a client after the date of application of this "
        "Regulation shall enter into a written basic agreement with the client.",
        "Les entreprises d'investissement fournissant tout service d'investissement à un client après la date "
        "d'entrée en vigueur du présent règlement concluent avec le client un contrat de base écrit.",
    ),
    (
        "(28) By 30 July of the year following the date of application of Regulation (EU) No 600/2014, ESMA should "
        "submit to the Commission an assessment of the liquidity threshold.",
        "(28) Au plus tard le 30 juillet de l'année suivant la date de publication du règlement (UE) no 600/2014, "
        "l'AEMF doit soumettre à la Commission une évaluation du seuil de liquidité.",
    ),
    (
        "Certain provisions of this Regulation should apply from 3 September of the year after the year of entry "
        "into application of this Regulation.",
        "Certaines dispositions du présent règlement devraient s'appliquer à partir du 3 septembre de l'année "
        "suivant celle d'entrée en vigueur du présent règlement.",
    ),
    # the reverse: the French counts from the application, the English from the entry into force
    (
        "The reports shall be submitted within six months of the entry into force of this Regulation.",
        "Les rapports sont présentés dans un délai de six mois à compter de la date d'application du présent "
        "règlement.",
    ),
]

# The same event on both sides, or "application" in another sense.
_SAME_EVENT = [
    (
        "The Commission shall review this Regulation three years after the date of application of this Regulation.",
        "La Commission réexamine le présent règlement trois ans après la date d'application du présent règlement.",
    ),
    (
        "This Regulation shall enter into force on the twentieth day following that of its publication in the "
        "Official Journal of the European Union.",
        "Le présent règlement entre en vigueur le vingtième jour suivant celui de sa publication au Journal "
        "officiel de l'Union européenne.",
    ),
    # a trade mark's "date of application" is its filing date, « date de dépôt »
    (
        "(a) trade marks with a date of application for registration which is earlier than the date of "
        "application for registration of the EU trade mark;",
        "a) les marques dont la date de dépôt est antérieure à celle de la demande de marque de l'Union européenne;",
    ),
    # the English says by a verb what the French says by a noun: the same event
    (
        "Contracts referencing CHF LIBOR were concluded before Regulation (EU) 2016/1011 started to apply. The "
        "administrator can no longer publish a contractual reference after a certain date.",
        "Les contrats se référant au LIBOR CHF ont été conclus avant l'entrée en application du règlement (UE) "
        "2016/1011. L'administrateur ne pourrait plus publier une référence contractuelle après une certaine date.",
    ),
    # a change of contract, not an act: "their proposed date of application" of the changes
    (
        "Any changes in the framework contract shall be proposed no later than two months before their proposed "
        "date of application.",
        "Toute modification du contrat-cadre est proposée au plus tard deux mois avant la date proposée pour son "
        "entrée en vigueur.",
    ),
]


def _events(en: str, fr: str) -> list:
    return [f for f in check_pair(ClausePair(en, fr)) if f.key.startswith("date_mismatch:event")]


@pytest.mark.parametrize(("en", "fr"), _DIFFERENT_EVENTS)
def test_a_date_counted_from_another_event_is_a_warning(en: str, fr: str) -> None:
    found = _events(en, fr)
    assert [f.severity for f in found] == [Severity.WARNING]
    assert "entry into force" in found[0].message_en or "publication" in found[0].message_en
    assert "application" in found[0].message_en and "application" in found[0].message_fr
    assert found[0].en and found[0].fr  # the evidence on both sides
    assert all(not span.text.endswith(" of") for span in found[0].en + found[0].fr)


@pytest.mark.parametrize(("en", "fr"), _SAME_EVENT)
def test_the_same_event_or_another_application_is_silent(en: str, fr: str) -> None:
    assert _events(en, fr) == []
