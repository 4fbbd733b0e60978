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
                "content": {"application/json": {"schema": {"type": "object"}}},
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
