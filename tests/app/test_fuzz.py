"""A property-based fuzz of the whole API, driven by its own OpenAPI document: never a 5xx.

Hypothesis draws an operation from ``/api/v1/openapi.json``, path values (real ids, zero, huge
numbers, odd slugs), a token of any role (or none) and a body: one that fits the declared schema
(drawn from the JSON Schema by ``from_schema`` below), or the schema's keys with values of any JSON type, or any JSON at all,
with lone surrogates and control characters mixed in. Every answer must be below 500. The run
prints how many requests it made; ``MOU_FUZZ_EXAMPLES`` changes the budget (about a minute by
default on the development machine). ``scripts/test`` makes the full count in its PostgreSQL pass
and a 300-request sample in its SQLite pass.
"""

from __future__ import annotations

import os
import time
from typing import Any
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.app.test_review import make_document as make_review_document
from tests.app.test_review import propose_and_accept
from tests.app.test_sessions import create
from tests.app.test_sessions import make_document as make_session_document

EXAMPLES = int(os.environ.get("MOU_FUZZ_EXAMPLES", "1500"))
#: Those who may write come twice: their requests go deeper into the services.
ROLES = [
    "icmpd.facilitator",
    "icmpd.facilitator",
    "icmpd.admin",
    "naptip.lead",
    "naptip.lead",
    "anltp.lead",
    "anltp.member",
    "observer",
    None,
]
NASTY = ["\ud800", "\udfff", "\x00", "a\x1bb", "\u202e", "é" * 3, "", " ", "x" * 60_000]


def from_schema(schema: dict[str, Any]):
    """Return a strategy for values that fit a JSON Schema of the kinds pydantic writes for our bodies."""
    if "anyOf" in schema:
        return st.one_of([from_schema(option) for option in schema["anyOf"]])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "null":
        return st.none()
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31 - 1))
    if kind == "string":
        low = schema.get("minLength", 0)
        return st.text(min_size=low, max_size=min(schema.get("maxLength", 50), low + 40))
    if kind == "array":
        return st.lists(from_schema(schema.get("items", {})), max_size=min(schema.get("maxItems", 5), 5))
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        return st.fixed_dictionaries(
            {k: from_schema(v) for k, v in properties.items() if k in required},
            optional={k: from_schema(v) for k, v in properties.items() if k not in required},
        )
    return JSON  # no constraint: anything


def _inline(node: Any, components: dict[str, Any]) -> Any:
    """Replace every ``$ref`` by the schema it names (hypothesis-jsonschema wants one tree)."""
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline(components[node["$ref"].rsplit("/", 1)[1]], components)
        return {key: _inline(value, components) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(value, components) for value in node]
    return node


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**64), max_value=2**64)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(NASTY),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def _bodies(schema: dict[str, Any] | None):
    if schema is None:
        return st.none() | JSON
    keys = sorted(schema.get("properties", {}))
    fitting = from_schema(schema)
    mistyped = st.fixed_dictionaries({}, optional={key: JSON for key in keys}) if keys else JSON
    # A fitting body with one key given a value of any type: the shape the services must survive.
    one_wrong = (
        st.tuples(fitting, st.sampled_from(keys), JSON).map(lambda t: {**(t[0] or {}), t[1]: t[2]})
        if keys
        else JSON
    )
    return st.one_of(fitting, mistyped, one_wrong, one_wrong, JSON)


def _path_value(parameter: dict[str, Any], known: dict[str, list[Any]]):
    schema = parameter["schema"]
    if schema.get("enum"):
        return st.sampled_from(schema["enum"]) | st.just("other")
    if schema["type"] == "integer":
        ids = st.sampled_from(known.get(parameter["name"], [1]))
        # Mostly real ids, so most requests reach the services rather than stop at "not found".
        return st.one_of(
            ids, ids, ids, ids, st.sampled_from([0, 2**31 - 1, 2**31, 2**63]), st.integers(1, 50)
        )
    slugs = st.sampled_from(known.get("slug", ["pact"]))
    return st.one_of(slugs, slugs, slugs, st.text(min_size=1, max_size=12).map(lambda s: quote(s, safe="")))


def test_fuzz_the_whole_api_from_its_openapi_document_gives_no_server_error(app, client, api_token, capsys):
    review_doc = make_review_document(app)
    session_doc = make_session_document(app)
    amendment = propose_and_accept(client, api_token, review_doc["p1"], en="A fuzzed clause.")
    facilitator = api_token("icmpd.facilitator")
    review = create(client, facilitator, session_doc).get_json()
    comment = client.post(
        f"/api/v1/clauses/{review_doc['p2']}/comments",
        json={"lang": "en", "body": "Seed."},
        headers=api_token("naptip.member"),
    ).get_json()
    headers = {role: api_token(role) if role else {} for role in set(ROLES)}
    known = {
        "clause_id": [*review_doc.values(), *session_doc],
        "amendment_id": [amendment],
        "comment_id": [comment["id"]],
        "session_id": [review["id"]],
        "slug": ["review-test", "pact", "mou", "nope"],
    }
    spec = client.get("/api/v1/openapi.json").get_json()
    components = spec["components"]["schemas"]
    operations = []
    for path, item in sorted(spec["paths"].items()):
        for method, operation in sorted(item.items()):
            body = (
                operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            )
            operations.append(
                (path, method, operation.get("parameters", []), _inline(body, components) if body else None)
            )

    requests: list[tuple[str, str, int]] = []
    failures: list[str] = []

    @st.composite
    def calls(draw):
        path, method, parameters, schema = draw(st.sampled_from(operations))
        url = path
        for parameter in parameters:
            url = url.replace("{" + parameter["name"] + "}", str(draw(_path_value(parameter, known))))
        role = draw(st.sampled_from(ROLES))
        body = draw(_bodies(schema)) if method == "post" else None
        raw = draw(st.integers(0, 9)) == 0 if method == "post" else False
        return method, url, role, body, raw

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(call=calls())
    def one_request(call):
        method, url, role, body, raw = call
        kwargs: dict[str, Any] = {"headers": headers[role]}
        if method == "post":
            if raw:  # not JSON at all, or JSON the standard library would refuse to write
                kwargs["data"] = repr(body).encode("utf-8", "surrogatepass")
                kwargs["content_type"] = "application/json"
            else:
                kwargs["json"] = body
        try:
            response = client.open(url, method=method.upper(), **kwargs)
            status = response.status_code
        except Exception as error:  # TESTING propagates exceptions: each one would have been a 500
            status = 599
            failures.append(f"{method.upper()} {url} {body!r:.200}: {type(error).__name__}: {error}")
        requests.append((method, url, status))
        if status >= 500 and status != 599:
            failures.append(f"{method.upper()} {url} {body!r:.200}: {status}")

    started = time.monotonic()
    one_request()
    elapsed = time.monotonic() - started
    server_errors = sum(1 for _, _, status in requests if status >= 500)
    by_status: dict[int, int] = {}
    for _, _, status in requests:
        by_status[status] = by_status.get(status, 0) + 1
    with capsys.disabled():
        print(
            f"\nAPI fuzz: {len(requests)} requests over {len(operations)} operations in {elapsed:.1f} s, "
            f"{server_errors} server errors; statuses {dict(sorted(by_status.items()))}"
        )
    assert len(requests) >= EXAMPLES
    assert not failures, "\n".join(failures[:20])
