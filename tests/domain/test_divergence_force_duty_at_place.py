"""A French permission of the main clause faces the English "shall" said at its very place, not an English "may" said
further off (issue 15: wide corpus of EU acts, "may" made "shall" in 32012r0784 and 32023r1542).

"Clients shall direct any complaints that they may have to the authority" / « Les clients peuvent adresser leurs
plaintes à l'autorité »: the check paired « peuvent » with the nearest "may" within its window, the "may" of the
relative clause, and the "shall" at « peuvent »'s place passed silent.  A permission with an obligation of the other
side at its place, nearer than the permission it would pair with and answered by no obligation of its own side, faces
that obligation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import obligations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Applicants shall submit any observations that they may wish to make to the authority designated under "
            "Article 4 within two months of the notification.",
            "Les demandeurs peuvent présenter à l'autorité désignée en vertu de l'article 4 les observations qu'ils "
            "souhaitent formuler dans un délai de deux mois à compter de la notification.",
        ),
        (
            "Passengers shall address any claims which they may have in respect of lost baggage to the carrier that "
            "operated the last flight of the journey, within the time limits laid down in Article 31.",
            "Les passagers peuvent adresser au transporteur qui a effectué le dernier vol du voyage leurs "
            "réclamations relatives aux bagages perdus, dans les délais prévus à l'article 31.",
        ),
    ],
)
def test_permission_facing_a_duty_at_its_place_warns(en: str, fr: str) -> None:
    assert any(k.startswith("obligation_mismatch:force") for k in obligations(en, fr))


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Applicants may submit any observations that they may wish to make to the authority designated under "
            "Article 4 within two months of the notification.",
            "Les demandeurs peuvent présenter à l'autorité désignée en vertu de l'article 4 les observations qu'ils "
            "souhaitent formuler dans un délai de deux mois à compter de la notification.",
        ),
        (
            "Passengers may address any claims which they may have in respect of lost baggage to the carrier that "
            "operated the last flight of the journey, within the time limits laid down in Article 31.",
            "Les passagers peuvent adresser au transporteur qui a effectué le dernier vol du voyage leurs "
            "réclamations relatives aux bagages perdus, dans les délais prévus à l'article 31.",
        ),
        (
            "The operator shall keep the records, which the competent authority may consult at any time.",
            "L'exploitant doit conserver les registres, que l'autorité compétente peut consulter à tout moment.",
        ),
    ],
)
def test_permission_answered_is_silent(en: str, fr: str) -> None:
    assert not any(k.startswith("obligation_mismatch:force") for k in obligations(en, fr))
