"""Machine translation in the app: the shared translator, its database cache, drafts and the meaning check.

One ``ArgosTranslator`` per models folder (``ARGOS_DIR``) lives for the life of the process, so a
model is loaded once and serves every request; each call brings its own database session (the
cache) and the glossary in force.  Nothing here imports argostranslate: the domain module does
that on the first translation, so the app starts as fast without models as with them.

Machine drafts: a form that was filled by the "draft" button sends back the draft it received
(``machine_text``) and the text it was made from (``machine_source``).  ``verify_draft`` checks
the pair against the translation cache, so only a real machine draft is recorded as one; the
review and document services then store the draft (origin ``machine``) and, if the person
changed it before saving, their text as the next row.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.divergence import Finding, Severity, Span
from ..domain.errors import N_, NotFound, TranslationUnavailable, ValidationError
from ..domain.permissions import Action, require
from ..domain.translation import (
    DEFAULT_MAX_BYTES,
    MEANING_THRESHOLD,
    ArgosTranslator,
    MeaningScore,
    ModelInfo,
    TranslationResult,
    back_translation_finding,
    score_meaning,
)
from ..domain.types import ClauseKind, Lang
from ..models import GlossaryEntry, TranslationCacheEntry, User
from . import audit
from .actors import actor_of

log = logging.getLogger(__name__)

#: The divergence check this module adds.
MEANING_CHECK = "meaning_divergence"
#: Clauses shorter than this (in words, on either side) are not back-translated: headings and
#: labels are covered by the other checks, and a similarity over three words means little.
MEANING_MIN_WORDS = 4
#: Back-translations the meaning check keeps in memory (the check runs on read-only pages, whose
#: transaction is never committed, so the database cache cannot keep them there).
MEMORY_ENTRIES = 20_000

# validate_model_file reasons -> a message the interface can translate.
REFUSALS = {
    "missing_file": N_("Choose a model file (.argosmodel) to upload."),
    "too_big": N_("The model file is too large: the limit is %(limit)s MB."),
    "not_zip": N_("This is not an Argos model: a .argosmodel file is a zip archive."),
    "corrupt": N_("The model file is damaged: the zip archive cannot be read."),
    "unsafe_archive": N_("The model file was refused: its archive contains unsafe paths."),
    "no_metadata": N_("This is not an Argos model: the archive has no metadata.json."),
    "bad_metadata": N_("This is not an Argos translation model: its metadata.json is not valid."),
    "wrong_languages": N_("This model does not translate between English and French."),
    "missing_files": N_("The model archive is incomplete: it lacks %(missing)s."),
    "bad_model": N_("The model cannot be loaded: the file is not a usable translation model."),
}
NO_MODEL = N_(
    "No translation model is installed for this direction (%(direction)s). An administrator can add one on the "
    "Administration page (Translation models) or with the command mou-review translate install "
    "FILE.argosmodel."
)
LANG_NAMES = {"en": N_("English"), "fr": N_("French")}

_LOCK = threading.Lock()
_TRANSLATORS: dict[str, ArgosTranslator] = {}
_MEMORY: OrderedDict[str, str] = OrderedDict()


# --- the process-wide translator ------------------------------------------------


def models_dir(config: Mapping[str, Any]) -> Path:
    """Return the folder that holds the installed models (``ARGOS_DIR``)."""
    return Path(config["ARGOS_DIR"])


def translator_for(config: Mapping[str, Any]) -> ArgosTranslator:
    """Return this process's translator for the configured models folder (created on first use)."""
    folder = str(models_dir(config).resolve())
    with _LOCK:
        translator = _TRANSLATORS.get(folder)
        if translator is None:
            translator = _TRANSLATORS[folder] = ArgosTranslator(
                Path(folder), threads=int(config.get("ARGOS_THREADS", 1))
            )
        return translator


def reset() -> None:
    """Forget every process-level translator and the meaning check's memory (tests, reinstalls)."""
    with _LOCK:
        _TRANSLATORS.clear()
        _MEMORY.clear()


def installed(config: Mapping[str, Any]) -> list[ModelInfo]:
    """Return the installed models (reads their metadata only: no model is loaded)."""
    return translator_for(config).installed()


def available(config: Mapping[str, Any], source: Lang, target: Lang) -> bool:
    """Return True when a model translates ``source`` into ``target``."""
    return (Lang(source), Lang(target)) in translator_for(config).directions()


# --- the cache in the database --------------------------------------------------


class DbCache:
    """A ``TranslationCache`` on the ``translation_cache`` table, in the caller's session.

    Rows are written with ``INSERT ... ON CONFLICT DO NOTHING``, so two workers translating the
    same clause at once both succeed; they last when the caller commits.  ``memory`` (optional)
    is looked up first and filled too, for callers whose transaction is never committed.
    """

    def __init__(self, session: Session, memory: OrderedDict[str, str] | None = None) -> None:
        self.session = session
        self.memory = memory
        self.written = 0

    def get(self, key: str) -> str | None:
        """Return the cached translation for ``key``, or None."""
        if self.memory is not None and key in self.memory:
            self.memory.move_to_end(key)
            return self.memory[key]
        text = self.session.scalar(select(TranslationCacheEntry.text).where(TranslationCacheEntry.key == key))
        if text is not None and self.memory is not None:
            self._remember(key, text)
        return text

    def put(self, key: str, text: str, **meta: str) -> None:
        """Store ``text`` under ``key`` (in memory at once, in the table with the caller's commit)."""
        if self.memory is not None:
            self._remember(key, text)
            return
        dialect = self.session.get_bind().dialect.name
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        values = {
            "key": key,
            "text": text,
            "model": meta.get("model", "")[:100],
            "source": meta.get("source", "")[:2],
            "target": meta.get("target", "")[:2],
        }
        self.session.execute(
            insert(TranslationCacheEntry).values(**values).on_conflict_do_nothing(index_elements=["key"])
        )
        self.written += 1

    def _remember(self, key: str, text: str) -> None:
        with _LOCK:
            self.memory[key] = text
            while len(self.memory) > MEMORY_ENTRIES:
                self.memory.popitem(last=False)


def glossary_pairs(session: Session) -> list[tuple[str, str]]:
    """Return the glossary in force as (English, French) pairs (the default while the table is empty)."""
    rows = session.execute(
        select(GlossaryEntry.en, GlossaryEntry.fr, GlossaryEntry.retired_at).order_by(GlossaryEntry.id)
    ).all()
    if not rows:
        from ..domain.glossary import DEFAULT_GLOSSARY

        return list(DEFAULT_GLOSSARY)
    return [(en, fr) for en, fr, retired in rows if retired is None]


# --- translating ------------------------------------------------------------------


def _lang(value: Any, what: str) -> Lang:
    try:
        return Lang(value)
    except ValueError:
        raise ValidationError(
            N_("The %(what)s language must be en or fr."), reason="bad_lang", what=what
        ) from None


def _unavailable(source: Lang, target: Lang) -> TranslationUnavailable:
    return TranslationUnavailable(NO_MODEL, reason="no_model", source=source.value, target=target.value)


MAX_TEXT = 20_000


def translate_text(
    session: Session, config: Mapping[str, Any], user: User | None, text: Any, source: Any, target: Any
) -> TranslationResult:
    """Translate a text for a draft: cached in the database, committed here."""
    if user is not None:
        require(actor_of(user), Action.USE_MACHINE_TRANSLATION)
    src, tgt = _lang(source, "source"), _lang(target, "target")
    if not isinstance(text, str) or not text.strip():
        raise ValidationError(N_("Give a text to translate."), reason="empty_text")
    if len(text) > MAX_TEXT:
        raise ValidationError(N_("The text is too long to translate at once."), reason="text_too_long")
    if src is tgt:
        raise ValidationError(N_("The source and target languages must differ."), reason="same_lang")
    translator = translator_for(config)
    if not available(config, src, tgt):
        raise _unavailable(src, tgt)
    cache = DbCache(session)
    result = translator.translate(text, src, tgt, cache=cache, glossary=glossary_pairs(session))
    if cache.written:
        session.commit()
    return result


@dataclass(frozen=True)
class MachineDraft:
    """A machine draft a form sent back: the draft text and the model that wrote it."""

    text: str
    model: str


def verify_draft(
    session: Session, config: Mapping[str, Any], source_text: Any, draft_text: Any, source: Lang, target: Lang
) -> MachineDraft | None:
    """Return the draft if the cache holds it as the translation of ``source_text``; else None.

    Only drafts the app really produced count as machine drafts (the form could send anything);
    the check is a cache hit, so it never runs a model.
    """
    if not isinstance(source_text, str) or not isinstance(draft_text, str) or not draft_text.strip():
        return None
    # Browsers send form line breaks as CRLF; the draft was made from (and is) LF text.
    source_text, draft_text = source_text.replace("\r\n", "\n"), draft_text.replace("\r\n", "\n")
    source, target = Lang(source), Lang(target)
    if not available(config, source, target):
        return None
    translator = translator_for(config)
    calls = translator.model_calls
    probe = _ProbeCache(DbCache(session))
    try:
        result = translator.translate(
            source_text, source, target, cache=probe, glossary=glossary_pairs(session)
        )
    except TranslationUnavailable:
        return None
    if not probe.hit or translator.model_calls != calls:
        return None
    if result.text.strip() != draft_text.strip():
        return None
    return MachineDraft(result.text.strip(), result.model)


class _ProbeCache:
    """A cache that answers from another one and never lets the translator run a model."""

    def __init__(self, inner: DbCache) -> None:
        self.inner = inner
        self.hit = False

    def get(self, key: str) -> str | None:
        text = self.inner.get(key)
        self.hit = text is not None
        if text is None:
            raise TranslationUnavailable("not a cached draft", reason="not_cached")
        return text

    def put(self, key: str, text: str, **meta: str) -> None:  # never reached: get raises on a miss
        pass


def drafts_from_form(
    session: Session, config: Mapping[str, Any], form: Mapping[str, Any]
) -> dict[Lang, MachineDraft]:
    """Return the verified machine drafts a form carries (``machine_text_<lang>``, ``machine_source_<lang>``)."""
    drafts: dict[Lang, MachineDraft] = {}
    for lang in Lang:
        text = form.get(f"machine_text_{lang}")
        if text:
            draft = verify_draft(
                session, config, form.get(f"machine_source_{lang}", ""), text, lang.other, lang
            )
            if draft is not None:
                drafts[lang] = draft
    return drafts


# --- models ------------------------------------------------------------------------


def refusal_message(reason: str) -> str:
    """Return the interface message template for a refused model file."""
    return REFUSALS.get(reason, REFUSALS["bad_model"])


def install_model(
    config: Mapping[str, Any], path: Path, *, actor: User | None = None, session: Session | None = None
) -> ModelInfo:
    """Validate and install a model file; raise ValidationError (with a reason) when it is refused."""
    if actor is not None:
        require(actor_of(actor), Action.MANAGE_TRANSLATION_MODELS)
    limit = int(config.get("MAX_MODEL_BYTES") or DEFAULT_MAX_BYTES)
    try:
        info = translator_for(config).install(Path(path), max_bytes=limit)
    except ValidationError as exc:
        reason = str(exc.details.get("reason", "bad_model"))
        missing = ", ".join(exc.details.get("missing") or [])
        raise ValidationError(
            refusal_message(reason),
            reason=reason,
            limit=limit // (1024 * 1024),
            missing=missing,
            detail=str(exc.message),
        ) from None
    _forget_memory()
    try:
        score_meaning_check(config)
    except (TranslationUnavailable, ValidationError, OSError) as exc:  # the model installed; the probe failed
        log.warning("meaning check probe failed for %s: %s", info.model_id, exc)
    if session is not None:
        audit.record(
            session,
            actor,
            "translation.install",
            "translation_model",
            None,
            detail={"code": info.code, "version": info.version, "name": info.name},
        )
        session.commit()
    return info


def remove_model(
    config: Mapping[str, Any], code: str, *, actor: User | None = None, session: Session | None = None
) -> None:
    """Uninstall the model of one direction ("en_fr" or "fr_en")."""
    if actor is not None:
        require(actor_of(actor), Action.MANAGE_TRANSLATION_MODELS)
    try:
        translator_for(config).remove(code)
    except NotFound:
        raise NotFound(
            N_("No translation model %(code)s is installed."), reason="no_model", code=code
        ) from None
    _forget_memory()
    if session is not None:
        audit.record(session, actor, "translation.remove", "translation_model", None, detail={"code": code})
        session.commit()


def _forget_memory() -> None:
    with _LOCK:
        _MEMORY.clear()


# --- the meaning check ---------------------------------------------------------------

#: Where the probe scores of installed models are kept (next to the models).
SCORES_FILE = "meaning-check.json"


class _MemoryCache:
    """A throwaway cache for scoring the probe (nothing of it is worth keeping)."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.data.get(key)

    def put(self, key: str, text: str, **meta: str) -> None:
        self.data[key] = text


def _meaning_model(config: Mapping[str, Any]) -> ModelInfo | None:
    """Return the model whose back-translations the meaning check would use, or None."""
    direction = _direction(config)
    if direction is None:
        return None
    compared, back_from = direction
    code = f"{back_from.value}_{compared.value}"
    return next((m for m in installed(config) if m.code == code), None)


def _scores(config: Mapping[str, Any]) -> dict[str, Any]:
    path = models_dir(config) / SCORES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def record_meaning_score(config: Mapping[str, Any], score: MeaningScore) -> None:
    """Keep a model's probe score (the meaning check reads it before using the model)."""
    data = _scores(config)
    data[score.model] = score.to_dict()
    folder = models_dir(config)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{SCORES_FILE}.tmp"
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(folder / SCORES_FILE)
    _forget_memory()


def meaning_score(config: Mapping[str, Any], model: ModelInfo | None = None) -> MeaningScore | None:
    """Return the recorded probe score of a model (default: the one the meaning check uses)."""
    model = _meaning_model(config) if model is None else model
    if model is None:
        return None
    raw = _scores(config).get(model.model_id)
    try:
        return MeaningScore.from_dict(raw) if isinstance(raw, dict) else None
    except (KeyError, TypeError, ValueError):
        return None


def score_meaning_check(config: Mapping[str, Any]) -> MeaningScore | None:
    """Score the model the meaning check would use on the built-in probe and record the result.

    Run at install and on demand (the models panel, ``mou-review translate score``).  Returns
    None when no model can back-translate.
    """
    model = _meaning_model(config)
    direction = _direction(config)
    if model is None or direction is None:
        return None
    compared, _back_from = direction
    translator = _SessionTranslator(translator_for(config), _MemoryCache(), [])  # type: ignore[arg-type]
    score = score_meaning(translator, compared, model.model_id)
    record_meaning_score(config, score)
    log.info(
        "meaning check probe for %s: %s of %s faithful pairs flagged, %s of %s unfaithful caught: %s",
        model.model_id,
        score.faithful_flagged,
        score.faithful_total,
        score.unfaithful_caught,
        score.unfaithful_total,
        "on" if score.separates else "off",
    )
    return score


def meaning_check_on(config: Mapping[str, Any]) -> bool:
    """Say whether the meaning check runs: a model back-translates and it passed the probe."""
    score = meaning_score(config)
    return score is not None and score.separates


def _direction(config: Mapping[str, Any]) -> tuple[Lang, Lang] | None:
    """Return (side compared, side back-translated): French back into English preferred."""
    directions = translator_for(config).directions()
    if (Lang.FR, Lang.EN) in directions:
        return Lang.EN, Lang.FR
    if (Lang.EN, Lang.FR) in directions:
        return Lang.FR, Lang.EN
    return None


def meaning_finding(
    session: Session,
    config: Mapping[str, Any],
    en: str,
    fr: str,
    *,
    glossary: list[tuple[str, str]] | None = None,
) -> Finding | None:
    """Return a ``meaning_divergence`` finding for one clause, or None (also when no model is installed,
    or when the installed model has not earned the check on the probe: see :func:`score_meaning_check`)."""
    direction = _direction(config)
    if direction is None or len(en.split()) < MEANING_MIN_WORDS or len(fr.split()) < MEANING_MIN_WORDS:
        return None
    if not meaning_check_on(config):
        return None
    compared, back_from = direction
    texts = {Lang.EN: en, Lang.FR: fr}
    translator = _SessionTranslator(
        translator_for(config),
        DbCache(session, _MEMORY),
        glossary if glossary is not None else glossary_pairs(session),
    )
    found = back_translation_finding(translator, texts[compared], compared, texts[back_from])
    if found is None:
        return None
    score, back = found
    percent = round(score * 100)
    names_en = {Lang.EN: "English", Lang.FR: "French"}
    names_fr = {Lang.EN: "anglaise", Lang.FR: "française"}
    digest = hashlib.sha256(f"{en}\x1f{fr}".encode()).hexdigest()[:16]
    return Finding(
        check=MEANING_CHECK,
        severity=Severity.WARNING,
        message_en=(
            f"The {names_en[back_from]} text, translated back into {names_en[compared]} by machine, "
            f"is only {percent}% similar to the {names_en[compared]} text (threshold "
            f"{round(MEANING_THRESHOLD * 100)}%): check that both say the same. "
            f"Back-translation: “{back}”"
        ),
        message_fr=(
            f"La version {names_fr[back_from]}, retraduite automatiquement en "
            f"{'anglais' if compared is Lang.EN else 'français'}, ne ressemble qu’à {percent}\u00a0% "
            f"à la version {names_fr[compared]} (seuil\u00a0: {round(MEANING_THRESHOLD * 100)}\u00a0%)\u00a0: "
            f"vérifiez que les deux disent la même chose. Rétrotraduction\u00a0: «\u00a0{back}\u00a0»"
        ),
        en=(Span(0, len(en), en),),
        fr=(Span(0, len(fr), fr),),
        key=f"{MEANING_CHECK}:{digest}",
    )


def _app_config() -> Mapping[str, Any] | None:
    # The divergence service is called without the app's config (its callers predate this
    # check); the models folder is app configuration, so read it from the app in use, if any.
    from flask import current_app, has_app_context

    return current_app.config if has_app_context() else None


def meaning_by_clause(session: Session, view: Any) -> dict[int, Finding]:
    """Return {clause id: meaning_divergence finding} for a document view.

    Returns {} at once, without importing argostranslate, when no model is installed.
    """
    config = _app_config()
    if config is None or _direction(config) is None:
        return {}
    glossary = glossary_pairs(session)
    found: dict[int, Finding] = {}
    for row in view.rows:
        if row.kind is ClauseKind.HEADING:
            continue
        finding = meaning_finding(session, config, row.text(Lang.EN), row.text(Lang.FR), glossary=glossary)
        if finding is not None:
            found[row.id] = finding
    return found


def meaning_for_key(session: Session, row: Any, key: str) -> Finding | None:
    """Return the clause's meaning finding if ``key`` names one (for waivers)."""
    config = _app_config()
    if config is None or not key.startswith(MEANING_CHECK + ":"):
        return None
    return meaning_finding(session, config, row.text(Lang.EN), row.text(Lang.FR))


_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def with_meaning(findings: Any, meaning: Finding | None) -> list[Finding]:
    """Return a clause's findings with the meaning finding (if any) in severity order."""
    items = list(findings)
    if meaning is None:
        return items
    return sorted([*items, meaning], key=lambda f: _SEVERITY_RANK[f.severity])


class _SessionTranslator:
    """The ``Translator`` protocol over the shared translator, with this call's cache and glossary."""

    def __init__(self, translator: ArgosTranslator, cache: DbCache, glossary: list[tuple[str, str]]) -> None:
        self.translator, self.cache, self.glossary = translator, cache, glossary

    def directions(self) -> list[tuple[Lang, Lang]]:
        return self.translator.directions()

    def translate(self, text: str, source: Lang, target: Lang) -> TranslationResult:
        return self.translator.translate(text, source, target, cache=self.cache, glossary=self.glossary)
