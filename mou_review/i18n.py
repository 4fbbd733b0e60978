"""Interface language: Flask-Babel wiring and the user's choice of language.

The interface language is not the document language: a French-speaking user
may read the English column.  The interface follows, in order, the signed-in
user's preference (default: their party's working language; for the API, the
token owner's), the choice made
before signing in (kept in the session), then the browser's Accept-Language.
"""

from __future__ import annotations

from datetime import date, datetime

from flask import Flask, g, request, session
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from .catalog import translation_dirs
from .extensions import babel

SUPPORTED = ("en", "fr")


#: The locale each interface language formats dates and numbers with: the JTWG
#: writes "28/11/2026, 15:00" in English, not the US "11/28/26, 3:00 PM".
FORMAT_LOCALES = {"en": "en_GB", "fr": "fr"}


def select_locale() -> str:
    """Return the interface locale for this request."""
    return FORMAT_LOCALES[_select_language()]


def _select_language() -> str:
    api_user = g.get("api_user")
    if api_user is not None:
        return api_user.ui_lang
    if current_user and current_user.is_authenticated:
        return current_user.ui_lang
    chosen = session.get("ui_lang")
    if chosen in SUPPORTED:
        return chosen
    return request.accept_languages.best_match(SUPPORTED) or "en"


def ui_lang() -> str:
    """Return the current interface language code ("en" or "fr")."""
    return str(get_locale() or "en")[:2]


def init_app(app: Flask) -> None:
    """Join Flask-Babel to the app and expose the language to templates."""
    babel.init_app(
        app,
        locale_selector=select_locale,
        default_translation_directories=";".join(str(p) for p in translation_dirs()),
    )

    @app.context_processor
    def _language_context() -> dict:
        return {"ui_lang": ui_lang()}

    app.jinja_env.globals.update(
        role_name=lambda code: str(ROLE_NAMES.get(code, code)),
        status_name=lambda code: str(STATUS_NAMES.get(code, code)),
        kind_name=lambda code: str(KIND_NAMES.get(code, code)),
        origin_name=lambda code: str(ORIGIN_NAMES.get(code, code)),
        clause_kind_name=lambda code: str(CLAUSE_KIND_NAMES.get(code, code)),
        format_datetime=format_moment,
        format_date=format_day,
        party_of=party_of,
        party_name=party_name,
    )


def format_day(day: date | datetime | None, _format: str | None = None) -> str:
    """Return a date as the whole app writes it, in the interface language: "8 December 2026" / "8 décembre 2026".

    The one date style of the interface, the minutes and the Word files (the format argument of
    Flask-Babel's ``format_date`` is accepted and ignored, so no page can drift to "01/12/2026").
    """
    from .domain.docx_export import format_date
    from .domain.types import Lang

    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    return format_date(day, Lang(ui_lang()))


def format_moment(moment: datetime | None, _format: str | None = None) -> str:
    """Return a moment as the whole app writes it: "8 December 2026, 09:00 UTC" / "8 décembre 2026 à 9 h 00 (UTC)"."""
    from .domain.minutes import format_moment as write
    from .domain.types import Lang

    if moment is None:
        return ""
    return write(moment, Lang(ui_lang()))


#: How a French sentence names each party: with its article, as the MoU does (« l’Agence nationale pour
#: l’interdiction de la traite des personnes (NAPTIP) »: « la NAPTIP »; « l’ANLTP-TIM », « l’ICMPD »).
_FRENCH_NAMES = {"NAPTIP": "la NAPTIP", "ANLTP-TIM": "l’ANLTP-TIM", "ICMPD": "l’ICMPD"}


def party_name(code: str) -> str:
    """Return a party as a sentence names it in the interface language: "NAPTIP" / « la NAPTIP », « l’ANLTP-TIM ».

    Every French sentence with a party in it (« la NAPTIP n’a pas encore pris position », « Validé par
    l’ANLTP-TIM ») takes this form, never the bare code; a sentence that starts with it uses ``capitalised``.
    """
    if ui_lang() == "fr":
        if code in _FRENCH_NAMES:
            return _FRENCH_NAMES[code]
        # A party we do not know: elide before a vowel; without its gender, no article.
        return f"l’{code}" if code[:1].upper() in "AEIOUYH" else code
    return code


def party_of(code: str) -> str:
    """Return "of <party>" in the interface language, with the French article and elision."""
    if ui_lang() == "fr":
        return f"de {party_name(code)}"
    return f"of {code}"


def capitalised(text: str) -> str:
    """Return a sentence with its first letter in capitals (« la NAPTIP n’a pas… » at the start of a line)."""
    return text[:1].upper() + text[1:]


def parties_of(codes: list[str]) -> str:
    """Return "of A and B" / « de la A et de l’B » for several parties."""
    if ui_lang() == "fr":
        return " et ".join(party_of(code) for code in codes)
    return "of " + " and ".join(codes)


ROLE_NAMES = {
    "member": _l("member"),
    "lead": _l("legal lead"),
    "facilitator": _l("facilitator"),
    "admin": _l("administrator"),
    "observer": _l("observer"),
}
STATUS_NAMES = {
    "drafting": _l("drafting"),
    "in_review": _l("in review"),
    "agreed": _l("agreed"),
    "signed": _l("signed"),
}
KIND_NAMES = {
    "mou": _l("Memorandum of Understanding"),
    "tor": _l("Terms of Reference"),
}
CLAUSE_KIND_NAMES = {
    "heading": _l("heading"),
    "recital": _l("recital"),
    "article": _l("article"),
    "paragraph": _l("paragraph"),
    "item": _l("item"),
}
ORIGIN_NAMES = {
    "seed": _l("initial draft"),
    "edit": _l("edit"),
    "amendment": _l("adopted amendment"),
    "import": _l("imported"),
    "machine": _l("machine draft"),
    "confirmed": _l("confirmed by a person"),
    "translation": _l("translation update"),
}
