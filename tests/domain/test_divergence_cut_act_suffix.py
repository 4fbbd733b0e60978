"""A French text ending on an act's number (« … la directive 2010/45/CE ») is complete: the « CE » after the
slash is the suffix of the number (Communauté européenne), not the determiner « ce » a cut-short text stops on."""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys


def cuts(en: str, fr: str) -> list[str]:
    return blocking_keys(en, fr, "length_ratio:cut")


def test_act_suffix_ce_at_the_end_is_no_cut() -> None:
    en = "(12) Directive 2010/45/EC should therefore be repealed."
    fr = "(12) Il convient dès lors d’abroger la directive 2010/45/CE"
    assert cuts(en, fr) == []


def test_act_suffix_ce_after_a_regulation_number_is_no_cut() -> None:
    en = "The operators shall keep the records provided for in Regulation (EC) No 1234/2007."
    fr = "Les exploitants tiennent les registres prévus par la décision 2007/12/CE"
    assert cuts(en, fr) == []


def test_a_text_stopping_on_the_determiner_ce_is_still_cut() -> None:
    en = "The Member State concerned shall notify that measure to the Commission without delay."
    fr = "L’État membre concerné notifie sans délai à la Commission ce"
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_text_cut_short_after_an_act_number_is_still_cut() -> None:
    en = (
        "The conditions laid down in Directive 2010/45/EC of the European Parliament and of the Council shall "
        "apply to all contracts concluded by the contracting authorities after the date of entry into force of "
        "this Regulation."
    )
    fr = "Les conditions fixées par la directive 2010/45/CE"
    assert cuts(en, fr) == ["length_ratio:cut:fr"]
