"""date_mismatch, number_mismatch: the days of one month listed before it are dates of that month.

Both languages write the month of a run of days once, after the last day ("at its meeting of 15 and 16 October" /
« lors de sa réunion des 15 et 16 octobre », "10-11 December" / « des 10 et 11 décembre »), and French often does
where English writes it after each day: "between 28 April and 30 April" / « entre le 28 et le 30 avril »
(Regulations (EC) No 2216/2004 and No 994/2008).  Read as a bare figure, the French 28 answered nothing and the
English date of 28 April went missing; read as the date it is, each day meets its counterpart, and a day changed on
one side is still a date that differs."""

from __future__ import annotations

import pytest

from mou_review.domain.textnorm import find_dates
from tests.domain.divergence_keys import blocking_keys


def _dates_and_numbers(en: str, fr: str) -> list[str]:
    return blocking_keys(en, fr, "date_mismatch") + blocking_keys(en, fr, "number_mismatch")


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Where the account was blocked between 12 March and 14 March, the administrator shall unblock it on "
            "request.",
            "Si le compte a été bloqué entre le 12 et le 14 mars, l'administrateur le débloque sur demande.",
        ),
        (
            "The committee met from 4 June to 6 June 2019 and adopted its opinion on the draft standards.",
            "Le comité s'est réuni du 4 au 6 juin 2019 et a adopté son avis sur le projet de normes.",
        ),
        (
            "The Parties held talks on 9 and 10 February 2022 and agreed on a joint work programme.",
            "Les Parties ont tenu des pourparlers les 9 et 10 février 2022 et sont convenues d'un programme commun.",
        ),
        (
            "In its conclusions of 1-2 July 2021, the Council invited the Commission to present a proposal.",
            "Dans ses conclusions des 1er et 2 juillet 2021, le Conseil a invité la Commission à présenter une "
            "proposition.",
        ),
        (
            "The authorities replied by letters dated 3, 5 and 11 November 2018 to the questions raised.",
            "Les autorités ont répondu aux questions soulevées par lettres des 3, 5 et 11 novembre 2018.",
        ),
    ],
)
def test_days_listed_before_their_month_are_silent(en: str, fr: str) -> None:
    assert _dates_and_numbers(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr", "key"),
    [
        (
            "Where the account was blocked between 12 March and 14 March, the administrator shall unblock it on "
            "request.",
            "Si le compte a été bloqué entre le 11 et le 14 mars, l'administrateur le débloque sur demande.",
            "date_mismatch:en:None-3-12",
        ),
        (
            "The Parties held talks on 9 and 10 February 2022 and agreed on a joint work programme.",
            "Les Parties ont tenu des pourparlers les 8 et 10 février 2022 et sont convenues d'un programme commun.",
            "date_mismatch:fr:2022-2-8",
        ),
        (
            "The Parties held talks on 9 and 10 February 2022 and agreed on a joint work programme.",
            "Les Parties ont tenu des pourparlers les 9 et 11 février 2022 et sont convenues d'un programme commun.",
            "date_mismatch:fr:2022-2-11",
        ),
    ],
)
def test_a_listed_day_changed_is_a_date_that_differs(en: str, fr: str, key: str) -> None:
    assert key in _dates_and_numbers(en, fr)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("les 15 et 16 octobre 1999", [15, 16]),
        ("by letters dated 7, 8 and 13 december 2010", [7, 8, 13]),
        # Days run upwards: a figure above the day after it lists no day ("items 31 and 2 june").
        ("items 31 and 2 june 2020", [2]),
        ("paragraphs 1, 9 and 4 may 2020", [4]),
    ],
)
def test_only_days_running_upwards_are_listed(text: str, days: list[int]) -> None:
    assert sorted(key[2] for _a, _b, key in find_dates(text)) == days
