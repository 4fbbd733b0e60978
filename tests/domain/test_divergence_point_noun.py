"""obligation_mismatch, negation: the noun « point » is not the « point » of « ne … point » (issue 15).

« éviter que la structure du marché n'évolue à un point tel que … », « … n'évolue au point de devenir … » ("to
avoid market developments that could be very difficult to reverse"), « avant qu'elle n'atteigne un point où … », « n'est déployée aux fins énoncées audit
point, que pour … »: after a determiner or a preposition (« un », « au », « du », « audit ») « point » is the noun (a
degree, a point of a list), never the particle, which follows its verb (« n'évolue point »).  The « ne » before it is
an expletive or the « ne » of « ne … que », and negates nothing; the particle after a verb is still a negation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_EN_MARKET = (
    "This tool is important to avoid market developments that could be very difficult to reverse by a decision taken "
    "by an NCA at the end of the proceedings."
)
_FR_MARKET = (
    "Cet outil est important pour éviter que la structure du marché {} que cette structure pourrait être très "
    "difficile à rétablir par une décision prise par une ANC à la fin de la procédure."
)
_EN_POINT = (
    "The use of those systems for any of the objectives referred to in paragraph 1, first subparagraph, point (h), "
    "shall be deployed for the purposes set out in that point only to confirm the identity of the specifically "
    "targeted individual."
)
_FR_POINT = (
    "L'utilisation de ces systèmes en vue de la réalisation de l'un des objectifs énumérés au paragraphe 1, premier "
    "alinéa, point h), {} que pour confirmer l'identité de la personne spécifiquement ciblée."
)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (_EN_MARKET, _FR_MARKET.format("n'évolue à un point tel")),
        (
            "This tool is important to avoid market developments that could be very difficult to reverse.",
            "Cet outil est important pour éviter que la structure du marché n'évolue au point de devenir très "
            "difficile à rétablir.",
        ),
        (_EN_POINT, _FR_POINT.format("n'est déployée aux fins énoncées audit point,")),
    ],
    ids=["a un point tel", "au point de", "audit point"],
)
def test_the_noun_point_after_a_determiner_is_no_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(
    "fr",
    [
        _FR_MARKET.format("ne change point et n'évolue à un point tel"),
        _FR_MARKET.format("n'évolue pas à un point tel"),
    ],
    ids=["ne ... point", "ne ... pas"],
)
def test_a_negation_near_the_noun_point_is_still_read(fr: str) -> None:
    # injected: a French negation that English does not say
    assert negations(_EN_MARKET, fr) != []


def test_the_particle_point_after_its_verb_is_still_a_negation() -> None:
    en = "The competent authority shall require issuers to publish half-yearly financial reports."
    fr = "L'autorité compétente n'impose point aux émetteurs de publier des rapports financiers semestriels."
    assert negations(en, fr) != []


_EN_REACH = (
    "It is important that competent authorities are able to remedy the deterioration of an institution's situation "
    "before that institution reaches a point at which authorities {} to resolve it."
)
_FR_REACH = (
    "Il est important que les autorités compétentes puissent remédier à la détérioration de la situation d'un "
    "établissement avant qu'elle n'atteigne un point où elles {} d'entamer une procédure de résolution."
)


def test_a_restriction_after_the_expletive_of_a_conjunction_is_read() -> None:
    # « avant qu'elle n'atteigne »: the expletive of « avant que »; « n'auront d'autre choix que », in the relative
    # after it, is a « ne … que » of its own, which says "no other alternative than"
    assert (
        negations(
            _EN_REACH.format("have no other alternative than"), _FR_REACH.format("n'auront d'autre choix que")
        )
        == []
    )
    # injected: a French negation that English does not say
    assert negations(_EN_REACH.format("have"), _FR_REACH.format("ne pourront pas choisir")) != []
