"""obligation_mismatch, force: a French « doit » that carries the verb of a relative clause on its subject (« des pays
qui doivent encore le ratifier ») or of a clause of time (« lorsqu'ils doivent prendre des décisions ») says what the
thing or the moment is; English says it by a clause of the same kind at its place with no modal ("countries which have
yet to ratify", "when making decisions").  That « doit » is no counterpart of an English possibility said in another
clause ("whether it could be possible", "that information is easily accessible").  Where the English clause at its
place says a possibility ("which can", "when they may"), the « doit » faces it."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair
from mou_review.domain.types import ClauseKind


def _force(en: str, fr: str, kind: ClauseKind | None) -> list[str]:
    return [
        f.key
        for f in check_pair(ClausePair(en, fr, kind=kind))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:force")
    ]


_KYOTO_EN = (
    "(18) Following entry into force of the Kyoto Protocol, the Commission should examine whether it could be possible "
    "to conclude agreements with countries listed in Annex B to the Kyoto Protocol which have yet to ratify the "
    "Protocol, to provide for the recognition of allowances between the Community scheme and mandatory greenhouse gas "
    "emissions trading schemes capping absolute emissions established within those countries."
)
_KYOTO_FR = (
    "(18) Après l’entrée en vigueur du protocole de Kyoto, la Commission devrait examiner s’il est possible de conclure "
    "des accords avec ceux des pays énumérés à l’annexe B du protocole de Kyoto qui doivent encore le ratifier, en vue "
    "d’assurer la reconnaissance des quotas entre le système communautaire et les systèmes obligatoires d’échange de "
    "quotas d’émission de gaz à effet de serre limitant les émissions absolues mis en place dans ces pays."
)
_ESAP_EN = (
    "(1) For that green transition to succeed, it is essential that information related to the sustainability and "
    "social governance of businesses is easily accessible to investors so that they are better informed when making "
    "decisions about investments."
)
_ESAP_FR = (
    "(1) Pour assurer le succès de cette transition écologique, il est essentiel que les investisseurs aient "
    "facilement accès à des informations sur la durabilité et la gouvernance sociale des entreprises, afin d’être "
    "mieux informés lorsqu’ils doivent prendre des décisions d’investissement."
)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # Directive 2004/101/EC, recital 18
        (_KYOTO_EN, _KYOTO_FR),
        # Directive (EU) 2023/2864 and Regulation (EU) 2023/2869 (ESAP), recital 1
        (_ESAP_EN, _ESAP_FR),
    ],
)
@pytest.mark.parametrize("kind", [ClauseKind.RECITAL, None])
def test_a_doit_of_a_circumstance_clause_is_silent(en: str, fr: str, kind: ClauseKind | None) -> None:
    assert _force(en, fr, kind) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # the English clause at the « doit »'s place says a possibility: that is what the « doit » faces
        (
            _KYOTO_EN.replace("which have yet to ratify", "which can ratify"),
            _KYOTO_FR,
        ),
        (
            _ESAP_EN.replace("when making decisions", "when they may make decisions"),
            _ESAP_FR,
        ),
        # a « doit » of a main clause still faces the English possibility
        (
            "Investors can make decisions about investments when information is easily accessible.",
            "Les investisseurs doivent prendre des décisions d’investissement lorsque les informations sont "
            "facilement accessibles.",
        ),
    ],
)
def test_a_doit_facing_a_possibility_still_fires(en: str, fr: str) -> None:
    assert _force(en, fr, None)
