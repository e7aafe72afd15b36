"""Validation and house rules for a spec, every problem located in its file.

Three layers, cheapest first:

1. OpenAPI 3.1 validity (openapi-spec-validator).
2. Examples against their schemas (openapi-schema-validator's OAS 3.1
   dialect, formats asserted), with ``$ref`` resolved inside the spec.
3. House rules: every operation has an operationId, summary, description,
   declared tags and externalDocs; every parameter, schema and property says
   what it is; links point at operations that exist; nothing under
   ``components`` is left unused.
"""

import re
import zoneinfo
from collections.abc import Iterable, Iterator
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .assumptions import assumption_problems
from .extension_checks import extension_problems, mock_talk_problems, spec_objects
from .naming import server_member
from .problems import SpecError, SpecProblem
from .spec import (
    ERROR_IN_SUCCESS,
    SpecSource,
    error_in_success_branches,
    iter_operations,
    operations,
    ref_cycle,
    resolve,
    resolve_located,
    to_pointer,
)

SPEC_URI = "urn:typedsms:spec"


def check_spec(src: SpecSource) -> None:
    """Raise SpecError listing every problem of ``src``; return quietly when there is none."""
    problems = list(validity_problems(src))
    if not problems:
        problems += list(example_problems(src))
        problems += list(house_rule_problems(src))
    if problems:
        raise SpecError(problems)


def validity_problems(src: SpecSource) -> Iterator[SpecProblem]:
    if not str(src.data.get("openapi", "")).startswith("3.1"):
        yield src.problem(["openapi"], f"expected OpenAPI 3.1.x, found {src.data.get('openapi')!r}")
        return
    structural = list(_dangling_ref_problems(src, src.data, []))
    structural += list(_pattern_problems(src, src.data, []))
    if structural:
        yield from structural
        return
    seen: set[tuple[str, str]] = set()
    try:
        errors = list(OpenAPIV31SpecValidator(src.data).iter_errors())
    except (RecursionError, ValueError, LookupError) as exc:  # the validator's own failures
        yield src.problem([], f"the spec cannot be validated: {type(exc).__name__}: {str(exc)[:200]}")
        return
    for error in errors:
        parts = list(error.absolute_path) if isinstance(error, ValidationError) else []
        message = getattr(error, "message", str(error))
        if not parts:
            parts = _place_named_in(message)
        key = (str(parts), message)
        if key not in seen:
            seen.add(key)
            yield src.problem(parts, message)


_OPERATION_IN_MESSAGE = re.compile(r"for '(?P<method>[a-z]+)'(?: operation)? in '(?P<path>/[^']*)'")


def _place_named_in(message: str) -> list[object]:
    """The operation a validator message names in words ("... for 'get' in '/things'"), as a path."""
    match = _OPERATION_IN_MESSAGE.search(message)
    return ["paths", match["path"], match["method"]] if match else []


def _pattern_problems(src: SpecSource, node: Any, parts: list[object]) -> Iterator[SpecProblem]:
    """Every schema ``pattern`` must compile (the validators would fail on it, far from its place)."""
    if isinstance(node, dict):
        pattern = node.get("pattern")
        if isinstance(pattern, str) and parts and parts[-1] != "properties":
            try:
                re.compile(pattern)
            except re.error as exc:
                yield src.problem([*parts, "pattern"], f"pattern {pattern!r} is not a valid regular expression: {exc}")
        for key, value in node.items():
            if key != "examples" and key != "example":
                yield from _pattern_problems(src, value, [*parts, key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _pattern_problems(src, value, [*parts, i])


def _dangling_ref_problems(src: SpecSource, node: Any, parts: list[object]) -> Iterator[SpecProblem]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#/"):
            yield src.problem([*parts, "$ref"], f"reference {ref!r} is not local: a spec must be one file")
        elif isinstance(ref, str) and resolve(src.data, {"$ref": ref}) is None:
            yield src.problem([*parts, "$ref"], f"reference {ref!r} points at nothing")
        elif isinstance(ref, str) and ref_cycle(src.data, ref):
            yield src.problem([*parts, "$ref"], f"reference {ref!r} leads back to itself through other references")
        for key, value in node.items():
            yield from _dangling_ref_problems(src, value, [*parts, key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _dangling_ref_problems(src, value, [*parts, i])


# -- examples ---------------------------------------------------------------


def _validator_for(data: dict[str, Any], schema_parts: list[object]) -> OAS31Validator:
    resource = Resource.from_contents(data, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    schema = {"$ref": f"{SPEC_URI}#{to_pointer(schema_parts)}"}
    return OAS31Validator(schema, registry=registry, format_checker=OAS31Validator.FORMAT_CHECKER)


def _example_sites(data: dict[str, Any]) -> Iterator[tuple[list[object], list[object], Any]]:
    """(schema path, example path, example value) for every example of the spec."""
    for path, method, op in iter_operations(data):
        base: list[object] = ["paths", path, method]
        for i, param in enumerate(op.get("parameters") or []):
            # Referenced parameters are checked once, under components/parameters.
            if isinstance(param, dict) and "example" in param and "schema" in param:
                yield base + ["parameters", i, "schema"], base + ["parameters", i, "example"], param["example"]
        media_sites: list[tuple[list[object], Any]] = []
        body = op.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            media_sites.append((base + ["requestBody"], body))
        for status, response in (op.get("responses") or {}).items():
            if isinstance(response, dict) and "$ref" not in response:
                media_sites.append((base + ["responses", status], response))
        for site, holder in media_sites:
            yield from _media_examples(data, site, holder)
    components = data.get("components") or {}
    for name, param in (components.get("parameters") or {}).items():
        if isinstance(param, dict) and "example" in param and "schema" in param:
            where: list[object] = ["components", "parameters", name]
            yield where + ["schema"], where + ["example"], param["example"]
    for name, response in (components.get("responses") or {}).items():
        yield from _media_examples(data, ["components", "responses", name], response)
    for name, schema in (components.get("schemas") or {}).items():
        for i, value in enumerate((schema or {}).get("examples") or []):
            yield ["components", "schemas", name], ["components", "schemas", name, "examples", i], value


def _media_examples(
    data: dict[str, Any], site: list[object], holder: Any
) -> Iterator[tuple[list[object], list[object], Any]]:
    for media_type, media in ((holder or {}).get("content") or {}).items():
        if not isinstance(media, dict) or "schema" not in media:
            continue
        schema_parts = site + ["content", media_type, "schema"]
        if "example" in media:
            yield schema_parts, site + ["content", media_type, "example"], media["example"]
        for name, example in (media.get("examples") or {}).items():
            resolved = resolve(data, example)
            if isinstance(resolved, dict) and "value" in resolved:
                yield schema_parts, site + ["content", media_type, "examples", name], resolved["value"]


def example_problems(src: SpecSource) -> Iterator[SpecProblem]:
    for schema_parts, example_parts, value in _example_sites(src.data):
        validator = _validator_for(src.data, schema_parts)
        for error in validator.iter_errors(value):
            inner = "".join(f"/{p}" for p in error.absolute_path)
            yield src.problem(example_parts, f"example does not match its schema at {inner or '/'}: {error.message}")


def count_examples(src: SpecSource) -> int:
    """How many examples the spec holds (each is validated by ``example_problems``)."""
    return sum(1 for _ in _example_sites(src.data))


# -- house rules ------------------------------------------------------------


def house_rule_problems(src: SpecSource) -> Iterator[SpecProblem]:
    data = src.data
    declared_tags = {t.get("name") for t in data.get("tags") or [] if isinstance(t, dict)}
    operation_ids: dict[str, list[object]] = {}
    for path, method, op in iter_operations(data):
        where: list[object] = ["paths", path, method]
        for key in ("operationId", "summary", "description", "tags", "externalDocs"):
            if not op.get(key):
                yield src.problem(where, f"operation {method.upper()} {path} has no {key}")
        op_id = op.get("operationId")
        if isinstance(op_id, str):
            if op_id in operation_ids:
                yield src.problem(where + ["operationId"], f"operationId {op_id!r} is used twice")
            operation_ids[op_id] = where
        for tag in op.get("tags") or []:
            if tag not in declared_tags:
                yield src.problem(where + ["tags"], f"tag {tag!r} is not declared in the top-level tags")
        for i, param in enumerate(op.get("parameters") or []):
            if isinstance(param, dict) and "$ref" not in param and not param.get("description"):
                yield src.problem(where + ["parameters", i], f"parameter {param.get('name')!r} has no description")
    yield from _python_name_problems(src, operation_ids)
    yield from _security_requirement_problems(src)
    yield from mock_talk_problems(src)
    registered = list(extension_problems(src))
    yield from registered
    if not registered:
        yield from _extension_problems(src)
        yield from assumption_problems(src)
        yield from _error_in_success_problems(src)
    yield from _link_problems(src, set(operation_ids))
    yield from _description_problems(src)
    yield from _unused_component_problems(src)


def _link_problems(src: SpecSource, operation_ids: set[str]) -> Iterator[SpecProblem]:
    for path, method, op in iter_operations(src.data):
        for status, response in (op.get("responses") or {}).items():
            for name, link in ((resolve(src.data, response) or {}).get("links") or {}).items():
                target = (link or {}).get("operationId")
                if target is not None and target not in operation_ids:
                    where = ["paths", path, method, "responses", status, "links", name]
                    yield src.problem(where, f"link {name!r} points at unknown operationId {target!r}")


def _description_problems(src: SpecSource) -> Iterator[SpecProblem]:
    components = src.data.get("components") or {}
    for name, param in (components.get("parameters") or {}).items():
        if not (param or {}).get("description"):
            yield src.problem(["components", "parameters", name], f"parameter {name!r} has no description")
    for name, scheme in (components.get("securitySchemes") or {}).items():
        if not (scheme or {}).get("description"):
            yield src.problem(["components", "securitySchemes", name], f"security scheme {name!r} has no description")
    for name, schema in (components.get("schemas") or {}).items():
        where: list[object] = ["components", "schemas", name]
        if not (schema or {}).get("description"):
            yield src.problem(where, f"schema {name!r} has no description")
        yield from _property_descriptions(src, schema, where)


def _property_descriptions(src: SpecSource, schema: Any, where: list[object]) -> Iterator[SpecProblem]:
    if not isinstance(schema, dict):
        return
    for prop, sub in (schema.get("properties") or {}).items():
        if isinstance(sub, dict) and "$ref" not in sub and not sub.get("description"):
            yield src.problem(where + ["properties", prop], f"property {prop!r} has no description")
        yield from _property_descriptions(src, sub, where + ["properties", prop])
    if isinstance(schema.get("items"), dict):
        yield from _property_descriptions(src, schema["items"], where + ["items"])


def _collect_refs(node: Any, refs: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            refs.add(ref)
        for value in node.values():
            _collect_refs(value, refs)
    elif isinstance(node, list):
        for value in node:
            _collect_refs(value, refs)


def _unused_component_problems(src: SpecSource) -> Iterator[SpecProblem]:
    data = src.data
    components = data.get("components") or {}
    # Follow references from everything outside components, then transitively.
    outside = {k: v for k, v in data.items() if k != "components"}
    used: set[str] = set()
    _collect_refs(outside, used)
    frontier = set(used)
    while frontier:
        found: set[str] = set()
        for ref in frontier:
            _collect_refs(resolve(data, {"$ref": ref}), found)
        frontier = found - used
        used |= found
    for kind in ("schemas", "parameters", "responses", "examples", "requestBodies", "headers", "links"):
        for name in components.get(kind) or {}:
            if f"#/components/{kind}/{name}" not in used:
                yield src.problem(["components", kind, name], f"{kind[:-1]} {name!r} is never used")
    schemes_used = {name for req in data.get("security") or [] for name in req}
    for _, _, op in iter_operations(data):
        schemes_used |= {name for req in op.get("security") or [] for name in req}
    for name in components.get("securitySchemes") or {}:
        if name not in schemes_used:
            yield src.problem(["components", "securitySchemes", name], f"security scheme {name!r} is never used")


def _python_name(operation_id: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, "field_"))


def _python_name_problems(src: SpecSource, operation_ids: dict[str, list[object]]) -> Iterator[SpecProblem]:
    """Two operationIds that make the same Python module would lose one operation."""
    by_module: dict[str, str] = {}
    for op_id, where in operation_ids.items():
        module = _python_name(op_id)
        if module in by_module:
            message = f"operationId {op_id!r} makes the same Python name ({module}) as {by_module[module]!r}"
            yield src.problem([*where, "operationId"], message)
        by_module.setdefault(module, op_id)


def _security_requirement_problems(src: SpecSource) -> Iterator[SpecProblem]:
    declared = set((src.data.get("components") or {}).get("securitySchemes") or {})
    sites: list[tuple[list[object], Any]] = [(["security"], src.data.get("security"))]
    sites += [
        (["paths", path, method, "security"], op.get("security")) for path, method, op in iter_operations(src.data)
    ]
    for where, requirements in sites:
        for i, requirement in enumerate(requirements or []):
            for name in requirement or {}:
                if name not in declared:
                    yield src.problem([*where, i, name], f"security requirement names undeclared scheme {name!r}")
    supported = {("http", "basic"), ("http", "bearer"), ("apikey", "")}
    for name, scheme in ((src.data.get("components") or {}).get("securitySchemes") or {}).items():
        kind = (
            str(scheme.get("type", "")).lower(),
            str(scheme.get("scheme", "")).lower() if scheme.get("type") == "http" else "",
        )
        if kind not in supported:
            where = ["components", "securitySchemes", name]
            yield src.problem(
                where,
                f"security scheme type {'/'.join(k for k in kind if k)!r} is not supported "
                "by the generated clients (http basic, http bearer, apiKey are)",
            )


def _server_members(src: SpecSource) -> set[str]:
    """The ``Server`` member names the generator gives the spec's servers."""
    return {
        server_member(str(s.get("x-sdk-name") or s.get("description") or "")) for s in src.data.get("servers") or []
    }


def _extension_problems(src: SpecSource) -> Iterator[SpecProblem]:
    """What the registry's value schemas cannot say: the extensions must make sense in this spec.

    Runs only once every extension's value has the declared shape (``extension_checks``).
    """
    data = src.data
    zone = ((data.get("info") or {}).get("x-sdk-datetime-format") or {}).get("timezone")
    if zone is not None and zone != "UTC":
        try:
            zoneinfo.ZoneInfo(str(zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            where: list[object] = ["info", "x-sdk-datetime-format", "timezone"]
            yield src.problem(where, f"timezone {zone!r} is not UTC nor an IANA time zone name")
    servers = _server_members(src)
    for path, method, op in iter_operations(data):
        base: list[object] = ["paths", path, method]
        for i, name in enumerate((op.get("x-sdk-failover") or {}).get("servers") or []):
            if server_member(str(name)) not in servers:
                yield src.problem(
                    [*base, "x-sdk-failover", "servers", i], f"x-sdk-failover names unknown server {name!r}"
                )
        paging = op.get("x-sdk-pagination")
        if paging is not None:
            yield from _pagination_problems(src, base, op, paging)
    yield from _repeat_for_problems(src)
    yield from _datetime_problems(src)
    for name, schema in ((data.get("components") or {}).get("schemas") or {}).items():
        unwrap = (schema or {}).get("x-sdk-unwrap")
        if unwrap is not None and unwrap not in ((schema or {}).get("properties") or {}):
            where = ["components", "schemas", name, "x-sdk-unwrap"]
            yield src.problem(where, f"x-sdk-unwrap names {unwrap!r}, which is not a property of {name}")


def _repeat_for_problems(src: SpecSource) -> Iterator[SpecProblem]:
    """``x-sdk-repeat-for`` stands on a query parameter and names another array query parameter of each
    operation that has the parameter (path-level parameters count); a problem is shown once, where the
    parameter is written, naming the operations it fails in."""
    failing: dict[tuple[object, ...], tuple[str, list[str]]] = {}
    for operation in operations(src.data):
        located = operation.located_parameters(src.data)
        arrays = {
            p.get("name")
            for _, p in located
            if p.get("in") == "query" and (resolve(src.data, p.get("schema")) or {}).get("type") == "array"
        }
        for parts, param in located:
            target = param.get("x-sdk-repeat-for")
            if target is None:
                continue
            if param.get("in") != "query":
                failing.setdefault(parts, ("x-sdk-repeat-for belongs on a query parameter", []))
            elif target not in arrays or target == param.get("name"):
                message = f"x-sdk-repeat-for names {target!r}, which is not another array query parameter of"
                failing.setdefault(parts, (message, []))[1].append(operation.title)
    for parts, (message, titles) in failing.items():
        yield src.problem([*parts, "x-sdk-repeat-for"], f"{message} {', '.join(titles)}" if titles else message)


def _pagination_problems(src: SpecSource, base: list[object], op: dict[str, Any], paging: Any) -> Iterator[SpecProblem]:
    where = [*base, "x-sdk-pagination"]
    query = {
        resolve(src.data, p).get("name")
        for p in op.get("parameters") or []
        if resolve(src.data, p).get("in") == "query"
    }
    for key in ("offset", "limit"):
        name = (paging or {}).get(key) if isinstance(paging, dict) else None
        if not name:
            yield src.problem(where, f"x-sdk-pagination needs {key}: <query parameter>")
        elif name not in query:
            yield src.problem(
                [*where, key], f"x-sdk-pagination's {key} {name!r} is not a query parameter of the operation"
            )
    success = [r for status, r in (op.get("responses") or {}).items() if str(status).startswith("2")]
    for response in success:
        schema = resolve(
            src.data,
            ((resolve(src.data, response) or {}).get("content") or {}).get("application/json", {}).get("schema"),
        )
        if not (isinstance(schema, dict) and schema.get("type") == "array"):
            yield src.problem(where, "x-sdk-pagination needs an operation whose success answer is a JSON array")


def _error_in_success_problems(src: SpecSource) -> Iterator[SpecProblem]:
    """``x-sdk-error-in-success`` stands on a 2xx response whose schema is success-or-error.

    A response written under ``components/responses`` is checked where it is written (once), and
    each status that refers to it must be a success.
    """
    problems: list[SpecProblem] = []
    for operation in operations(src.data):
        for status, raw in (operation.op.get("responses") or {}).items():
            parts, response = resolve_located(src.data, [*operation.parts, "responses", status], raw)
            if not isinstance(response, dict) or ERROR_IN_SUCCESS not in response:
                continue
            where: list[object] = [*parts, ERROR_IN_SUCCESS]
            if not str(status).startswith("2"):
                at: list[object] = [*operation.parts, "responses", status]
                problems.append(
                    src.problem(
                        at if raw is not response else where,
                        f"{ERROR_IN_SUCCESS} belongs on a success (2xx) response, not {status}",
                    )
                )
            elif not isinstance(response[ERROR_IN_SUCCESS], str) or not response[ERROR_IN_SUCCESS]:
                problems.append(
                    src.problem(where, f"{ERROR_IN_SUCCESS} must name the property of the vendor's error body")
                )
            elif error_in_success_branches(src.data, response) is None:
                problems.append(
                    src.problem(
                        where,
                        f"{ERROR_IN_SUCCESS}: {response[ERROR_IN_SUCCESS]!r} needs every media type's schema to be a "
                        "oneOf/anyOf of two branches, exactly one of which requires that property",
                    )
                )
    yield from _once(problems)


def _datetime_problems(src: SpecSource) -> Iterator[SpecProblem]:
    """``x-sdk-datetime: true`` turns a string into a ``datetime``: on any other schema it could do nothing."""
    for place, parts, node in spec_objects(src.data):
        if place != "schema" or node.get("x-sdk-datetime") is not True:
            continue
        kind = node.get("type")
        if kind != "string" and not (isinstance(kind, list) and "string" in kind):
            shown = "no type" if kind is None else f"type {kind!r}"
            yield src.problem(
                [*parts, "x-sdk-datetime"], f"x-sdk-datetime: true needs a string schema (type: string), not {shown}"
            )


def _once(problems: Iterable[SpecProblem]) -> Iterator[SpecProblem]:
    """Each problem once (a component used in several places is checked from each)."""
    seen: set[str] = set()
    for problem in problems:
        if str(problem) not in seen:
            seen.add(str(problem))
            yield problem
