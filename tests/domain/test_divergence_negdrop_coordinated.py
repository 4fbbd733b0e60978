"""A negation coordinated with the one before, said again after « et qu'il », « ou qu'elle », "and there is",
"and thus should" (issue 15, injected "negation dropped").

Each language may say the second negation of "may not complete or has not completed" again; the two coordinated
negations answer each other first, so that a first negation dropped on one side does not hide behind the second
one of that side (which then answered the first negation of the other side).  French often repeats the conjunction
« que » with its subject (« ou qu'elle n'a pas », « et qu'il n'y a pas »), English puts "there" or an adverb
("and thus should not") between the conjunction and the negation.

« divergent », "diverge": a difference said of two things, as « différent de »; it answers "not … aligned".
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_COORDINATED = [
    (
        "Where a national regulatory authority considers that it may not complete or has not completed its analysis "
        "of a relevant market within the time limit laid down in paragraph 5, BEREC shall provide assistance.",
        "Lorsqu'une autorité de régulation nationale considère qu'elle ne peut pas achever ou qu'elle n'a pas achevé "
        "son analyse du marché pertinent dans le délai fixé au paragraphe 5, l'ORECE fournit une assistance.",
        ("ne peut pas achever", "peut achever"),
    ),
    (
        "'financial intermediary' means any financial institution regardless of its form and ownership, which "
        "operates on a for profit basis; public promotional banks or institutions are not considered to fall within "
        "that definition where they act as granting authorities and there is no cross-subsidisation of the "
        "activities undertaken at their own risk and account.",
        "«intermédiaire financier»: tout établissement financier, quelle que soit sa forme ou sa structure de "
        "propriété, qui exerce ses activités dans un but lucratif; les banques et institutions publiques de "
        "développement ne sont pas considérées comme relevant de cette définition lorsqu'elles exercent leurs "
        "activités en tant qu'autorités chargées de l'octroi d'aides et qu'il n'y a pas de subventionnement croisé "
        "en faveur des activités qu'elles mènent à leurs risques et pour leur propre compte.",
        ("ne sont pas considérées", "sont considérées"),
    ),
    (
        "Persons who knowingly report wrong or misleading information to competent authorities should not be "
        "considered as whistle-blowers and thus should not enjoy the protection mechanisms.",
        "Les personnes qui rapportent sciemment des informations fausses ou trompeuses aux autorités compétentes ne "
        "doivent pas être considérées comme des informateurs, et ne peuvent par conséquent bénéficier des mécanismes "
        "de protection.",
        ("ne doivent pas être", "doivent être"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _COORDINATED, ids=["ou qu'elle", "et qu'il", "and thus"])
def test_first_negation_dropped_before_a_coordinated_one(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert drop[0] in fr
    assert negations(en, fr.replace(*drop)) != []


def test_divergent_answers_not_aligned() -> None:
    en = (
        "Those written plans of different users of a critical benchmark may not always be aligned and may not be "
        "consistent if applied at the same time."
    )
    fr = (
        "Il se peut que les plans écrits de différents utilisateurs d'un indice de référence d'importance critique "
        "divergent parfois et qu'ils ne soient pas cohérents s'ils sont appliqués simultanément."
    )
    assert negations(en, fr) == []
