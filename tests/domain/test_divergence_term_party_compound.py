"""A capitalised "Party" that is part of another name is not the instrument's Party.

The glossary reads a capitalised "Party" as the defined term (a party to the instrument, « Partie »).  EU acts
also write the word inside names of their own: a Council "Working Party" is a group (« groupe de travail »,
often renamed in French), "THIRD PARTIES" in a heading in capitals are « TIERS », and the "Calling Party" of a
telephone call is « l'appelant » (2011/16, 2016/958, 2018/1972, and the GDPR's "Working Party on the Protection
of Individuals").  After "working", "third" or "calling" the word answers a « Partie » of the French but raises
nothing itself.  A Party standing alone, or a « Partie » the English leaves out, still warns.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import terms


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The draft guidelines were examined by the Working Party on Customs Cooperation in March.",
            "Le projet de lignes directrices a été examiné par le groupe «Coopération douanière» en mars.",
        ),
        (
            "RULES ON INFORMATION SUPPLIED BY THIRD PARTIES",
            "RÈGLES RELATIVES AUX INFORMATIONS FOURNIES PAR DES TIERS",
        ),
        (
            "Operators shall not charge the Calling Party for the transfer of the number.",
            "Les opérateurs ne facturent pas le transfert du numéro à l'appelant.",
        ),
    ],
)
def test_party_inside_another_name_raises_no_warning(en: str, fr: str) -> None:
    assert terms(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Each Party shall designate a contact point within thirty days.",
            "Chaque État désigne un point de contact dans un délai de trente jours.",
        ),
        (
            "The Working Group shall report to the Steering Committee on the progress made.",
            "Le groupe de travail fait rapport à la Partie concernée sur les progrès accomplis.",
        ),
    ],
)
def test_party_alone_still_warns(en: str, fr: str) -> None:
    assert any(k.startswith("term_mismatch") and ":party" in k for k in terms(en, fr))
