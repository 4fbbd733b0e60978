"""``GET /api/v1/openapi.json`` describes every API route, its body, its response and its error codes."""

from __future__ import annotations

import re

#: POST routes that take no body (anything sent is ignored).
BODILESS = {"api.withdraw", "api.cancel_session", "api.minutes_step"}


def _resolve(spec: dict, ref: str) -> dict:
    node = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def _refs(node, found: list[str]) -> list[str]:
    if isinstance(node, dict):
        if "$ref" in node:
            found.append(node["$ref"])
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)
    return found


def test_openapi_lists_every_api_route_with_bodies_and_error_codes(app, client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    assert re.fullmatch(r"3\.\d+\.\d+", spec["openapi"])
    documented = {(path, method) for path, item in spec["paths"].items() for method in item}
    expected = set()
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("api."):
            continue
        path = re.sub(r"<(?:[^:>]+:)?(\w+)>", r"{\1}", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            expected.add((path, method.lower()))
            operation = spec["paths"][path][method.lower()]
            assert operation["summary"] and operation["responses"], (path, method)
            if rule.endpoint == "api.openapi":
                continue
            assert {"401", "404"} <= set(operation["responses"]), (path, method)
            if method == "POST":
                assert {"400", "403", "409"} <= set(operation["responses"]), (path, method)
                view = app.view_functions[rule.endpoint]
                assert ("requestBody" in operation) == (rule.endpoint not in BODILESS), rule.endpoint
                assert hasattr(view, "body_model") == (rule.endpoint not in BODILESS), rule.endpoint
    assert documented == expected
    for ref in set(_refs(spec, [])):
        assert _resolve(spec, ref), ref  # every reference resolves


def test_openapi_request_schemas_carry_types_ranges_and_lengths(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    parent = schemas["CommentIn"]["properties"]["parent_id"]["anyOf"][0]
    assert parent == {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}
    body = schemas["CommentIn"]["properties"]["body"]["anyOf"][0]
    assert body["type"] == "string" and body["maxLength"] == 10_000
    op = spec["paths"]["/api/v1/clauses/{clause_id}/comments"]["post"]
    assert op["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/CommentIn"
    }
    assert op["parameters"][0]["schema"]["type"] == "integer"
