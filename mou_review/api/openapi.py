"""``GET /api/v1/openapi.json``: the API described as OpenAPI 3.1, built from the routes themselves.

Every rule of the ``api`` blueprint is listed (a route added later appears by
itself), with its path parameters, the request body declared by ``@accepts``
(the very pydantic model that checks it), its response and its error codes.
The description carries no data, so it is served without a token.
"""

from __future__ import annotations

import re
from typing import Any

from flask import current_app, jsonify
from pydantic.json_schema import models_json_schema

from . import bp

ERROR = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {
        "error": {"type": "string", "description": "a stable code: invalid, unauthorized, forbidden, ..."},
        "message": {"type": "string", "description": "in the token owner's interface language"},
        "current": {"type": "object", "description": "on 409: what is current"},
        "unmet": {"type": "array", "description": "on 409: the conditions not met"},
    },
}
ERROR_TEXTS = {
    "400": "invalid input (types, ranges, lengths, text sanity, domain rules); nothing was written",
    "401": "no valid token (missing, unknown, revoked, expired, or its owner deactivated)",
    "403": "the token's owner may not do this",
    "404": "no such object",
    "409": "a conflict with what is current (returned in the body); nothing was written",
    "413": "the body is too large",
}


def _obj(required: dict[str, Any], **optional: Any) -> dict[str, Any]:
    """An object schema: the listed properties (those in ``required`` always present); more may follow."""
    return {
        "type": "object",
        "required": sorted(required),
        "properties": {**required, **optional},
        "additionalProperties": True,
    }


_INT, _STR, _BOOL = {"type": "integer"}, {"type": "string"}, {"type": "boolean"}
_NINT, _NSTR = {"type": ["integer", "null"]}, {"type": ["string", "null"]}
_PAIR = _obj({"en": {}, "fr": {}})
_VERSIONED = _obj({"text": _STR, "version": _NINT})
COMMENT = _obj(
    {
        "id": _INT,
        "clause_id": _INT,
        "lang": _STR,
        "author": _STR,
        "party": _STR,
        "status": _STR,
        "revision": _INT,
        "body": _STR,
    },
    parent_id=_NINT,
    replies={"type": "array"},
    written_against=_PAIR,
    outdated=_BOOL,
)
POSITION = _obj(
    {"id": _INT, "amendment_id": _INT, "party": _STR, "position": _STR, "revision": _INT},
    note=_STR,
    counter_id=_NINT,
)
AMENDMENT = _obj(
    {
        "id": _INT,
        "clause_id": _INT,
        "action": _STR,
        "party": _STR,
        "status": _STR,
        "revision": _INT,
        "en": _NSTR,
        "fr": _NSTR,
        "redline": _PAIR,
        "positions": {"type": "object"},
        "adoptable": _BOOL,
        "unmet": {"type": "array"},
    },
    base=_PAIR,
    rationale=_STR,
)
CLAUSE_ROW = _obj(
    {"id": _INT, "number": _NSTR, "kind": _STR, "level": _INT, "en": _VERSIONED, "fr": _VERSIONED}
)
SESSION = _obj(
    {
        "id": _INT,
        "document": _STR,
        "title": _STR,
        "starts_at": _STR,
        "status": _STR,
        "agenda": {"type": "array"},
        "current": _NINT,
        "version": _INT,
    }
)
DECISION = _obj(
    {"id": _INT, "clause_id": _INT, "decision": _STR}, note=_STR, amendment_id=_NINT, due_on=_NSTR
)
STATE = _obj(
    {
        "id": _INT,
        "version": _INT,
        "current": _NINT,
        "agenda": {"type": "array"},
        "decisions": {"type": "array", "items": DECISION},
    }
)
DOCUMENT = _obj(
    {
        "slug": _STR,
        "kind": _STR,
        "status": _STR,
        "title": _PAIR,
        "clauses": {"type": "array", "items": CLAUSE_ROW},
    }
)
#: What a successful answer holds, per endpoint (objects may carry more properties than listed).
RESPONSES: dict[str, dict[str, Any]] = {
    "api.list_documents": _obj(
        {
            "documents": {
                "type": "array",
                "items": _obj({"slug": _STR, "kind": _STR, "status": _STR, "title": _PAIR, "clauses": _INT}),
            }
        }
    ),
    "api.get_document": DOCUMENT,
    "api.create_document": DOCUMENT,
    "api.get_clause": _obj(
        {
            **CLAUSE_ROW["properties"],
            "document": _STR,
            "history": _PAIR,
            "comments": {"type": "array", "items": COMMENT},
            "amendments": {"type": "array", "items": AMENDMENT},
        }
    ),
    "api.add_comment": COMMENT,
    "api.edit_comment": COMMENT,
    "api.comment_status": COMMENT,
    "api.propose": AMENDMENT,
    "api.get_amendment": AMENDMENT,
    "api.add_text": _obj({**AMENDMENT["properties"], "text_id": _INT}),
    "api.position": POSITION,
    "api.adopt": AMENDMENT,
    "api.withdraw": AMENDMENT,
    "api.create_session": SESSION,
    "api.get_session": SESSION,
    "api.reschedule_session": SESSION,
    "api.cancel_session": SESSION,
    "api.minutes_step": SESSION,
    "api.session_state": STATE,
    "api.advance": STATE,
    "api.decide": DECISION,
    "api.sign_off": _obj({"id": _INT, "clause_id": _INT, "party": _STR, "en": _INT, "fr": _INT}),
    "api.readiness": _obj(
        {
            "document": _STR,
            "status": _STR,
            "ready": _BOOL,
            "clauses": {"type": "array"},
            "total": {"type": "object"},
            "unmet": {"type": "array"},
        }
    ),
    "api.change_status": _obj({"document": _STR, "status": _STR}, signed_place=_NSTR, signed_on=_NSTR),
    "api.divergences": {"type": "object"},
    "api.translate": _obj({"text": _STR, "model": _STR}),
    "api.openapi": _obj({"openapi": _STR, "paths": {"type": "object"}}),
}

_PARAM = re.compile(r"<(?:(?P<converter>[a-z]+)(?:\((?P<args>[^)]*)\))?:)?(?P<name>\w+)>")


def _parameter(converter: str | None, args: str | None, name: str) -> dict[str, Any]:
    if converter == "int":
        schema: dict[str, Any] = {"type": "integer", "minimum": 0, "maximum": 2**31 - 1}
    elif converter == "any":
        schema = {"type": "string", "enum": [a.strip().strip("'\"") for a in (args or "").split(",")]}
    else:
        schema = {"type": "string", "minLength": 1, "maxLength": 200}
    return {"name": name, "in": "path", "required": True, "schema": schema}


def build() -> dict[str, Any]:
    """Return the OpenAPI document of every ``/api/v1`` route."""
    views = current_app.view_functions
    rules = sorted(
        (r for r in current_app.url_map.iter_rules() if r.endpoint.startswith("api.")), key=lambda r: r.rule
    )
    models = {getattr(views[r.endpoint], "body_model", None) for r in rules} - {None}
    _, top = models_json_schema(
        [(m, "validation") for m in models], ref_template="#/components/schemas/{model}"
    )
    schemas: dict[str, Any] = {**top.get("$defs", {}), "Error": ERROR}
    paths: dict[str, Any] = {}
    for rule in rules:
        view = views[rule.endpoint]
        path = _PARAM.sub(lambda m: "{" + m.group("name") + "}", rule.rule)
        parameters = [
            _parameter(m.group("converter"), m.group("args"), m.group("name"))
            for m in _PARAM.finditer(rule.rule)
        ]
        doc = (view.__doc__ or rule.endpoint).strip()
        public = rule.endpoint == "api.openapi"
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            operation: dict[str, Any] = {
                "operationId": f"{rule.endpoint.removeprefix('api.')}_{method.lower()}",
                "summary": doc.splitlines()[0],
                "description": doc,
                "parameters": parameters,
                "responses": {},
            }
            model = getattr(view, "body_model", None)
            if model is not None:
                operation["requestBody"] = {
                    "required": not getattr(view, "body_optional", False),
                    "content": {
                        "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}
                    },
                }
            creates = method == "POST" and rule.endpoint.split(".")[-1] in CREATED
            operation["responses"][("201" if creates else "200")] = {
                "description": "the object (created objects carry their id)" if creates else "success",
                "content": {"application/json": {"schema": RESPONSES.get(rule.endpoint, {"type": "object"})}},
            }
            if rule.endpoint == "api.session_state":
                operation["responses"]["304"] = {"description": "unchanged since the If-None-Match ETag"}
            codes = [] if public else ["401", "404"]
            if method == "POST":
                codes = ["400", "401", "403", "404", "409", "413"]
            elif not public:
                codes = ["400", "401", "403", "404"]
            for code in codes:
                operation["responses"][code] = {
                    "description": ERROR_TEXTS[code],
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
            if not public:
                operation["security"] = [{"bearer": []}]
            paths.setdefault(path, {})[method.lower()] = operation
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "mou-review API",
            "version": "1",
            "description": 'Review of a bilingual (English/French) MoU. Errors are {"error", "message"} in the '
            "token owner's language.",
        },
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "a personal API token"}
            },
        },
    }


#: POST endpoints that create an object (201).
CREATED = {
    "add_comment",
    "propose",
    "add_text",
    "position",
    "create_session",
    "decide",
    "sign_off",
    "create_document",
}


@bp.get("/openapi.json")
def openapi():
    """Describe the API (OpenAPI 3.1): every route, its request body, response and error codes."""
    return jsonify(build())
