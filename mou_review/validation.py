"""The one validation layer at the edge: every request value is sane text, every JSON body fits its schema.

Two parts, both declarative:

- ``check_request`` runs before every request and refuses, with a 400 in the
  user's language, any form field, query argument or JSON string that is not
  sane text: lone surrogates (``"\\ud800"``), control characters other than
  tab and line breaks, or more than ``MAX_VALUE`` characters. Nothing reaches a
  service or the database with such text, whichever form or route it came by.
- Form fields that hold numbers (ids, versions, rows, levels) are declared once by name in
  ``FORM_FIELDS`` and checked (whole number, in range, or empty) on every form that posts them.
- JSON bodies are described by pydantic v2 models (``mou_review/api/schemas.py``),
  declared on each API route with ``@accepts(Model)``: types, ranges, lengths and
  choices in one place. The same models give the OpenAPI document its request
  schemas, so what is documented is what is enforced.

Why pydantic v2: it validates from type annotations (no scattered ``isinstance``
checks), its errors are structured (type, location, limits) so we can word them
ourselves in English and French, it produces JSON Schema for the OpenAPI document
from the same models, and its core is compiled, so validation costs microseconds.
marshmallow would need a separate schema-to-OpenAPI plugin and hand-written
messages per field; jsonschema alone would not give us typed values back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Annotated, Any

import pydantic
from flask import Flask, g, request
from pydantic import AfterValidator, BeforeValidator, Field

from .domain.errors import N_, ValidationError

#: The longest text accepted in any single field (the minutes are the longest, 200,000 characters).
MAX_VALUE = 250_000
#: Identifiers and version numbers fit the database's 32-bit integers.
MAX_INT = 2**31 - 1

_ALLOWED_CONTROLS = {"\t", "\n", "\r"}


def text_problem(value: str) -> str | None:
    """Return why ``value`` is not sane text ("surrogate", "control", "length"), or None."""
    if len(value) > MAX_VALUE:
        return "length"
    for char in value:
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:
            return "surrogate"
        if (code < 0x20 and char not in _ALLOWED_CONTROLS) or 0x7F <= code < 0xA0:
            return "control"
    return None


_PROBLEM_MESSAGES = {
    "surrogate": N_("The field %(field)s contains broken Unicode characters. Nothing was saved."),
    "control": N_("The field %(field)s contains control characters that are not allowed. Nothing was saved."),
    "length": N_("The field %(field)s is too long. Nothing was saved."),
}


def _refuse_text(field: str, problem: str) -> ValidationError:
    return ValidationError(_PROBLEM_MESSAGES[problem], reason=f"bad_text_{problem}", field=field)


def _walk_json(value: Any, path: str) -> Iterable[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield f"{path}.{key}" if path else str(key), str(key)
            yield from _walk_json(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk_json(item, f"{path}[{index}]")


def check_request() -> None:
    """Refuse a request carrying text that is not sane in any argument, form field or JSON string.

    API requests are checked once their token is known (``api.token_required`` calls this), so
    the refusal is in the token owner's language.
    """
    if request.blueprint == "api" and "api_user" not in g:
        return
    values: list[tuple[str, str]] = []
    for source in (request.args, request.form):
        for key, items in source.lists():
            values.append((key, key))
            values.extend((key, item) for item in items)
    if request.is_json:
        data = request.get_json(silent=True)
        values.extend(_walk_json(data, ""))
    for field, value in values:
        problem = text_problem(value)
        if problem:
            raise _refuse_text(field or "body", problem)
    for key, items in request.form.lists():
        adapter = _FORM_ADAPTERS.get(key)
        for item in items if adapter is not None else ():
            try:
                adapter.validate_python(item)
            except pydantic.ValidationError as error:
                raise as_validation_error(error, field=key) from None


# --- declarative types for the JSON schemas ------------------------------------------------------


def _sane(value: str) -> str:
    problem = text_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def Text(max_length: int = 10_000, min_length: int = 0) -> Any:  # noqa: N802 (a type factory)
    """Return a string type of sane text, at most ``max_length`` characters."""
    return Annotated[
        str, Field(strict=True, min_length=min_length, max_length=max_length), AfterValidator(_sane)
    ]


#: A database identifier: a whole number from 1 (strict: JSON true, 1.0 or "1" are not numbers).
Id = Annotated[int, Field(strict=True, ge=1, le=MAX_INT)]
#: A version or revision number: a whole number from 0.
Version = Annotated[int, Field(strict=True, ge=0, le=MAX_INT)]


def _blank_is_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _form_number(low: int, high: int = MAX_INT) -> Any:
    # Form fields are text: "12" is read as 12 (lax), an empty field as nothing.
    return Annotated[Annotated[int, Field(ge=low, le=high)] | None, BeforeValidator(_blank_is_none)]


#: Every HTML form field that holds a number, by name, wherever it is posted: ids, versions, row
#: positions and levels. Text fields are checked for sanity above; their meaning is the domain's.
FORM_FIELDS: dict[str, Any] = {
    **{name: _form_number(0) for name in ("revision", "base", "base_en", "base_fr", "row", "at")},
    **{
        name: _form_number(1)
        for name in ("parent_id", "to", "in_session", "clause_id", "amendment_id", "clause", "agenda")
    },
    "level": _form_number(1, 20),
    "expires_days": _form_number(1, 3650),
}
_FORM_ADAPTERS = {name: pydantic.TypeAdapter(kind) for name, kind in FORM_FIELDS.items()}


class Schema(pydantic.BaseModel):
    """Base of the request bodies: unknown keys are ignored, known ones are checked."""

    model_config = pydantic.ConfigDict(extra="ignore", str_strip_whitespace=False)


# --- pydantic errors -> a message in the user's language -------------------------------------------

_ERROR_MESSAGES: dict[str, str] = {
    "missing": N_("The field %(field)s is required."),
    "int_type": N_("The field %(field)s must be a whole number."),
    "int_parsing": N_("The field %(field)s must be a whole number."),
    "int_from_float": N_("The field %(field)s must be a whole number."),
    "string_type": N_("The field %(field)s must be a text."),
    "greater_than_equal": N_("The field %(field)s must be at least %(limit)s."),
    "less_than_equal": N_("The field %(field)s must be at most %(limit)s."),
    "string_too_long": N_("The field %(field)s is too long (at most %(limit)s characters)."),
    "string_too_short": N_("The field %(field)s may not be empty."),
    "too_long": N_("The field %(field)s has too many items (at most %(limit)s)."),
    "literal_error": N_("The field %(field)s must be one of: %(choices)s."),
    "enum": N_("The field %(field)s must be one of: %(choices)s."),
    "dict_type": N_("The field %(field)s must be an object."),
    "model_type": N_("The field %(field)s must be an object."),
    "model_attributes_type": N_("The field %(field)s must be an object."),
    "list_type": N_("The field %(field)s must be a list."),
}
_DEFAULT_MESSAGE = N_("The field %(field)s is not valid.")


def _field_name(location: tuple[Any, ...]) -> str:
    parts = [
        str(p) for p in location if not str(p).startswith(("function-", "literal[", "list[", "int", "str"))
    ]
    return ".".join(parts) or "body"


def as_validation_error(error: pydantic.ValidationError, field: str | None = None) -> ValidationError:
    """Turn pydantic's first error into our ValidationError, worded for the catalogue."""
    first = error.errors(include_url=False)[0]
    kind = first["type"]
    context = first.get("ctx") or {}
    field = field or _field_name(tuple(first.get("loc") or ()))
    if kind == "value_error" and str(context.get("error")) in _PROBLEM_MESSAGES:
        return _refuse_text(field, str(context["error"]))
    if kind == "string_unicode":
        return _refuse_text(field, "surrogate")
    limit = context.get("le", context.get("ge", context.get("max_length", context.get("min_length", ""))))
    choices = str(context.get("expected", "")).replace("'", "")
    return ValidationError(
        _ERROR_MESSAGES.get(kind, _DEFAULT_MESSAGE),
        reason="bad_field",
        field=field,
        limit=str(limit),
        choices=choices,
        problems=[
            {"field": _field_name(tuple(e.get("loc") or ())), "type": e["type"]}
            for e in error.errors(include_url=False)
        ],
    )


def parse(model: type[Schema], data: Any) -> Schema:
    """Validate ``data`` against ``model``; raise our ValidationError (400) when it does not fit."""
    if not isinstance(data, dict):
        raise ValidationError(N_("The request body must be a JSON object."), reason="not_json")
    try:
        return model.model_validate(data)
    except pydantic.ValidationError as error:
        raise as_validation_error(error) from None


def accepts(model: type[Schema], *, optional: bool = False) -> Callable:
    """Declare (for the OpenAPI document) and enforce a route's JSON body.

    The view reads the checked values with ``api.json_body()``: a dict of the keys the
    client sent (so ``data.get(key, default)`` still tells absent from given). With
    ``optional`` an empty body counts as ``{}``.
    """

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any):
            if optional and not request.get_data():
                raw: Any = {}
            else:
                raw = request.get_json(silent=True)
            checked = parse(model, raw)
            g.json_body = checked.model_dump(exclude_unset=True)
            return view(*args, **kwargs)

        wrapper.body_model = model  # type: ignore[attr-defined]
        wrapper.body_optional = optional  # type: ignore[attr-defined]
        return wrapper

    return decorate


def init_app(app: Flask) -> None:
    """Check every request's text before any view sees it."""
    app.before_request(check_request)
