"""The README's usage example, built from the spec's own examples.

It calls the spec's first operation that has a request body (else its first
operation) with the first example of its request
body and its parameters' examples, so the snippet is real code that the test
suite runs against the mock. Credentials come from environment variables
named after the spec, e.g. ``RETARUS_SMS4A_USERNAME``.
"""

import pprint
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.strings import PythonIdentifier

from .context import AuthContext, ServerChoice
from .spec_checks import iter_operations, resolve
from .spec_source import SpecSource


@dataclass(frozen=True)
class ReadmeExample:
    code: str
    async_call: str


def env_var(spec_stem: str, field: str) -> str:
    return f"{spec_stem}_{field}".upper().replace("-", "_")


def _find_endpoint(openapi: GeneratorData, operation_id: str) -> tuple[str, Endpoint] | None:
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            if endpoint.name == PythonIdentifier(operation_id, "field_"):
                return tag, endpoint
    return None


def _first_example(data: dict[str, Any], holder: dict[str, Any]) -> Any:
    if "example" in holder:
        return holder["example"]
    for example in (holder.get("examples") or {}).values():
        resolved = resolve(data, example)
        if isinstance(resolved, dict) and "value" in resolved:
            return resolved["value"]
    return None


def build_readme_example(
    src: SpecSource,
    openapi: GeneratorData,
    auth: AuthContext | None,
    servers: list[ServerChoice],
    package: str,
) -> ReadmeExample:
    operations = [op for _, _, op in iter_operations(src.data)]
    # Prefer an operation that sends something (an SMS), else the first one.
    with_body = [op for op in operations if "requestBody" in op]
    operation = (with_body or operations)[0]
    found = _find_endpoint(openapi, str(operation.get("operationId", "")))
    if found is None:
        return ReadmeExample(f"import {package}", "...")
    tag, endpoint = found
    module = PythonIdentifier(endpoint.name, "field_")
    lines = [
        "import os",
        "",
        f"from {package} import AuthenticatedClient{', Credentials' if auth else ''}, Server, errors",
    ]
    lines.append(f"from {package}.api.{tag} import {module}")
    args: list[str] = []
    body_lines: list[str] = []
    body = (resolve(src.data, operation.get("requestBody")) or {}).get("content", {})
    media = body.get("application/json")
    if media and endpoint.bodies:
        model = endpoint.bodies[0].prop.get_type_string(no_optional=True).as_unembedded_code()
        example = _first_example(src.data, media)
        if example is not None and model.isidentifier():
            lines.append(f"from {package}.models import {model}")
            literal = pprint.pformat(example, indent=4, width=88, sort_dicts=False)
            body_lines = [f"body = {model}.from_dict(", *("    " + ln for ln in literal.splitlines()), ")", ""]
            args.append("body=body")
    for param in operation.get("parameters") or []:
        param = resolve(src.data, param)
        if not param.get("required"):
            continue
        value = _first_example(src.data, param)
        if value is None:
            return ReadmeExample(f"import {package}", "...")
        args.append(f"{PythonIdentifier(param['name'], 'field_')}={value!r}")
    lines += ["", *body_lines]
    settings = [f"server=Server.{servers[0].member}"]
    needed = [v for v in servers[0].variables if not v.enum]
    if needed:
        values = ", ".join(f'"{v.python_name}": os.environ["{env_var(src.stem, v.python_name)}"]' for v in needed)
        settings.append(f"server_variables={{{values}}}")
    if auth:
        creds = ", ".join(f'{f.python_name}=os.environ["{env_var(src.stem, f.python_name)}"]' for f in auth.fields)
        settings.insert(0, f"credentials=Credentials({creds})")
    lines.append(f"client = AuthenticatedClient({', '.join(settings)})")
    call = f"{module}.sync(client=client{''.join(', ' + a for a in args)})"
    lines += [
        "with client:",
        "    try:",
        f"        result = {call}",
        "    except errors.ApiStatusError as exc:",
        '        print("failed:", exc.status_code, exc.body)',
        "    else:",
        "        print(result)",
    ]
    return ReadmeExample("\n".join(lines), call.replace(".sync(", ".asyncio("))
