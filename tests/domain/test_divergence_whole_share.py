"""A share of 100 per cent said by a word of wholeness on the other side ("weighted in full" / « pondérés à 100 % »).

Each language may say that the whole of a thing is concerned either by a percentage or by an adverb: "entirely covered
by own funds" / « couverts à 100 % par des fonds propres », "using 100 % energy from renewable sources" / « sources
d'énergie entièrement renouvelables ».  The 100 per cent then has its counterpart; any other share stays a number the
other text must give.
"""

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def _numbers(en: str, fr: str) -> list[str]:
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.check == "number_mismatch" and f.severity in (Severity.ERROR, Severity.WARNING)
    ]


def test_in_full_answers_a_french_100_per_cent() -> None:
    assert not _numbers(
        "The indicators for assets under custody shall be weighted in full, and the indicators for trading volume "
        "shall be weighted at 50 %.",
        "L'indicateur relatif aux actifs sous conservation est pondéré à 100 %, tandis que l'indicateur relatif au "
        "volume de transactions est pondéré à 50 %.",
    )


def test_entirely_answers_a_french_100_per_cent() -> None:
    assert not _numbers(
        "All elements entirely covered by own funds may be excluded from the determination of exposures.",
        "Peuvent être exclus de la définition des expositions tous les éléments couverts à 100 % par des fonds "
        "propres.",
    )


def test_entierement_answers_an_english_100_per_cent() -> None:
    assert not _numbers(
        "'cogeneration based on renewable energy sources' means cogeneration using 100 % energy from renewable "
        "sources as an input for the production of heat and power;",
        "«cogénération à partir de sources d’énergie renouvelables»: la cogénération recourant à des sources "
        "d’énergie entièrement renouvelables en tant qu’intrant pour la production de chaleur et d’électricité;",
    )


def test_another_share_than_the_whole_still_fires() -> None:
    # "in full" is 100 %, never 80 %.
    assert _numbers(
        "The indicators for assets under custody shall be weighted in full.",
        "L'indicateur relatif aux actifs sous conservation est pondéré à 80 %.",
    )


def test_a_changed_percentage_still_fires_beside_a_word_of_wholeness() -> None:
    # The word answers one 100 %, not a second share the other text lacks.
    assert _numbers(
        "Exposures entirely covered by collateral shall be weighted at 100 % and the others at 50 %.",
        "Les expositions entièrement couvertes par des sûretés sont pondérées à 100 % et les autres à 60 %.",
    )


def test_a_100_per_cent_with_no_word_of_wholeness_still_fires() -> None:
    assert _numbers(
        "The indicators shall be weighted at a reduced rate.",
        "Les indicateurs sont pondérés à 100 %.",
    )


def test_a_plain_100_is_not_a_share() -> None:
    # 100 members are no "entire" membership.
    assert _numbers(
        "The Committee shall be entirely composed of experts.",
        "Le comité est composé de 100 experts.",
    )
