"""The API's documentation page, rendered on the server from the OpenAPI schema (no scripts,
nothing fetched from another site: /docs works offline and under the pages' CSP)."""

from __future__ import annotations

from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")


def docs_context(schema: dict[str, Any]) -> dict[str, Any]:
    """What docs.html.j2 renders: title, version and each operation with its parameters."""
    info = schema.get("info", {})
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method in _METHODS:
            operation = methods.get(method)
            if operation is None:
                continue
            operations.append(
                {
                    "id": operation.get("operationId", f"{method}-{path}"),
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("description") or operation.get("summary", ""),
                    "auth": bool(operation.get("security")),
                    "parameters": [_parameter(p) for p in operation.get("parameters", [])],
                    "body": _body(operation),
                    "responses": [
                        (status, answer.get("description", ""))
                        for status, answer in operation.get("responses", {}).items()
                    ],
                }
            )
    return {
        "title": info.get("title", "API"),
        "api_version": info.get("version", ""),
        "description": info.get("description", ""),
        "operations": operations,
    }


def _parameter(parameter: dict[str, Any]) -> dict[str, Any]:
    schema = parameter.get("schema", {})
    kinds = [option.get("type") for option in schema.get("anyOf", [])] or [schema.get("type")]
    kind = " or ".join(str(k) for k in kinds if k and k != "null") or "string"
    bounds = [
        f"{word} {schema[key]}"
        for key, word in (("minimum", "≥"), ("maximum", "≤"), ("maxLength", "length ≤"))
        if key in schema
    ]
    return {
        "name": parameter.get("name", ""),
        "where": parameter.get("in", ""),
        "type": " ".join([kind, *bounds]),
        "required": bool(parameter.get("required")),
        "description": parameter.get("description", ""),
    }


def _body(operation: dict[str, Any]) -> str:
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    return str(schema.get("$ref", "")).rsplit("/", 1)[-1]
