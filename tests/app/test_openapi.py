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


def _conforms(value, schema: dict, where: str = "") -> list[str]:
    """Return where ``value`` breaks the documented schema (types, required properties, array items)."""
    problems = []
    kinds = schema.get("type")
    if kinds:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        python = {
            "integer": int,
            "string": str,
            "boolean": bool,
            "object": dict,
            "array": list,
            "null": type(None),
        }
        if not any(
            isinstance(value, python[k]) and not (k == "integer" and isinstance(value, bool)) for k in kinds
        ):
            return [f"{where or 'body'}: {type(value).__name__} is not {kinds}"]
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                problems.append(f"{where}.{key} missing")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                problems += _conforms(value[key], sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            problems += _conforms(item, schema["items"], f"{where}[{index}]")
    return problems


def test_openapi_response_schemas_match_what_the_api_answers(app, client, api_token):
    from tests.app.test_review import make_document, propose_and_accept
    from tests.app.test_sessions import create
    from tests.app.test_sessions import make_document as make_session_document

    spec = client.get("/api/v1/openapi.json").get_json()
    doc = make_document(app)
    amendment = propose_and_accept(
        client,
        api_token,
        doc["p1"],
        en="The Parties shall cooperate closely.",
        fr="Les Parties coopèrent étroitement.",
    )
    ids = make_session_document(app)
    facilitator, lead = api_token("icmpd.facilitator"), api_token("naptip.lead")
    session = create(client, facilitator, ids).get_json()
    calls = [
        ("get", "/api/v1/documents", "/api/v1/documents", None, lead),
        ("get", "/api/v1/documents/{slug}", "/api/v1/documents/pact", None, lead),
        ("get", "/api/v1/clauses/{clause_id}", f"/api/v1/clauses/{doc['p1']}", None, lead),
        (
            "post",
            "/api/v1/clauses/{clause_id}/comments",
            f"/api/v1/clauses/{doc['p2']}/comments",
            {"lang": "en", "body": "Why?"},
            lead,
        ),
        ("get", "/api/v1/amendments/{amendment_id}", f"/api/v1/amendments/{amendment}", None, lead),
        (
            "post",
            "/api/v1/amendments/{amendment_id}/adopt",
            f"/api/v1/amendments/{amendment}/adopt",
            {"base": {"en": 1, "fr": 1}},
            facilitator,
        ),
        ("get", "/api/v1/sessions/{session_id}/state", f"/api/v1/sessions/{session['id']}/state", None, lead),
        (
            "post",
            "/api/v1/sessions/{session_id}/decisions",
            f"/api/v1/sessions/{session['id']}/decisions",
            {"clause_id": ids[0], "decision": "agreed"},
            facilitator,
        ),
        ("post", "/api/v1/clauses/{clause_id}/signoff", f"/api/v1/clauses/{ids[1]}/signoff", None, lead),
        ("get", "/api/v1/documents/{slug}/readiness", "/api/v1/documents/pact/readiness", None, lead),
    ]
    for method, path, url, body, headers in calls:
        response = client.open(url, method=method.upper(), json=body, headers=headers)
        responses = spec["paths"][path][method]["responses"]
        code = str(response.status_code)
        assert code in responses, (url, code, response.get_json())
        schema = responses[code]["content"]["application/json"]["schema"]
        assert schema.get("required"), (path, response.get_json())  # documented, not just "an object"
        assert _conforms(response.get_json(), schema) == [], (url, _conforms(response.get_json(), schema))
