"""A sentence the French lost, in a text whose French runs far longer than usual.  One translator keeps one rate
of expansion through a text: where the French of every sentence runs some two fifths longer than its English,
sentence lengths weighed at the usual rate pair each French sentence with more English than it renders, and the
English sentence left without French is shared out among merged pairs; weighed at the text's own rate, it stands
alone."""

from __future__ import annotations

from mou_review.domain.divergence import ClausePair, Severity, check_pair

_EN = [
    "(9) Inland waterway operators carry a growing share of the freight that moves between the seaports of the Union.",
    "Their vessels are often older than those used on the roads and burn more fuel per tonne carried.",
    "Support for the renewal of those fleets should therefore favour engines that meet the most recent emission standards, as well as hull designs that reduce the resistance of the vessel in shallow water.",
    "Owners of small vessels should be able to combine that support with the aid they receive for training.",
    "Member States should report each year on the number of vessels renewed and on the reduction in emissions achieved by that support.",
]
_FR = [
    "(9) Les exploitants de la navigation intérieure transportent une part croissante des marchandises qui circulent entre les ports maritimes de l’Union.",
    "Leurs bateaux sont souvent plus anciens que les véhicules utilisés sur les routes et consomment plus de carburant par tonne transportée.",
    "Il convient dès lors que le soutien au renouvellement de ces flottes privilégie les moteurs qui respectent les normes d’émission les plus récentes, ainsi que les conceptions de coque qui permettent de réduire la résistance à l’avancement du bateau lorsque celui-ci navigue dans des eaux peu profondes.",
    "Il convient que les propriétaires de petits bateaux puissent cumuler ce soutien avec les aides qu’ils perçoivent au titre de la formation.",
    "Il convient que les États membres fassent rapport chaque année sur le nombre de bateaux renouvelés ainsi que sur la réduction des émissions obtenue grâce à ce soutien.",
]


def lone_english(en: str, fr: str) -> list[str]:
    """Return the English passages of the sentence findings at warning or error."""
    return [
        s.text
        for f in check_pair(ClausePair(en, fr))
        if f.key.startswith("structure_mismatch:sentences") and f.severity is not Severity.INFO
        for s in f.en
    ]


def test_the_last_sentence_lost_by_a_long_french_text_is_found() -> None:
    assert lone_english(" ".join(_EN), " ".join(_FR[:-1])) == [_EN[-1]]


def test_the_same_text_with_every_sentence_is_silent() -> None:
    assert lone_english(" ".join(_EN), " ".join(_FR)) == []
