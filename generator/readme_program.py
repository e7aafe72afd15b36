"""The client README: a complete program first, made from the spec alone, then the reference.

The program sends (the spec's first operation that is not idempotent, with its request
example), reads the result back (through the ``links`` of the send's answer), handles an
error status, pages through a list where an operation pages, and repeats a read with the async
client. Its values are the spec's examples, so a test can run it against the mock: it reads the
credentials and ``<PREFIX>_BASE_URL`` from the environment like any user program.
"""

import datetime
import re
from typing import Any

from .escaping import comment, python_literal, python_literal_block
from .spec import SpecSource, iter_operations, resolve
from .views import ApiView, FieldView, MethodView, snake


def _first_example(data: dict[str, Any], holder: dict[str, Any]) -> Any:
    if "example" in holder:
        return holder["example"]
    for example in (holder.get("examples") or {}).values():
        resolved = resolve(data, example)
        if isinstance(resolved, dict) and "value" in resolved:
            return resolved["value"]
    schema = resolve(data, holder.get("schema") or {}) or {}
    if "example" in schema:
        return schema["example"]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    return None


_WHEN = 'datetime.datetime(2030, 1, 1, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))'


def _literal(value: Any, type_result: str) -> str:
    if "datetime.datetime" in type_result:
        return _WHEN
    return python_literal_block(value, width=80)


def _python_keys(value: Any) -> Any:
    """An example body with the client's attribute names (snake case) instead of the wire names."""
    if isinstance(value, dict):
        return {snake(str(k)): _python_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_python_keys(v) for v in value]
    return value


def _has_datetime(value: Any, fields: list[FieldView]) -> bool:
    return any("datetime.datetime" in f.type.result or "datetime.datetime" in f.type.param for f in fields)


def _call_args(src: SpecSource, method: MethodView, op: dict[str, Any]) -> list[str] | None:
    args: list[str] = []
    for p in method.path_params:
        return None  # a send with a path parameter needs an id we do not have
    params = {
        (str(q.get("name")), str(q.get("in"))): q for q in (resolve(src.data, x) for x in op.get("parameters") or [])
    }
    for p in method.keyword_params:
        spec_param = params.get((p.wire, p.location)) or {}
        value = _first_example(src.data, spec_param)
        if value is None:
            if p.required:
                return None
            continue
        args.append(f"{p.name}={_literal(value, p.type.result)}")
    if method.body_fields:
        media = ((resolve(src.data, op.get("requestBody")) or {}).get("content") or {}).get("application/json") or {}
        example = _first_example(src.data, media)
        if not isinstance(example, dict):
            return None
        by_wire = {f.wire: f for f in method.body_fields}
        for wire, value in example.items():
            field = by_wire.get(str(wire))
            if field is None or value is None:
                continue
            literal = _literal(_python_keys(value), field.type.result)
            args.append(f"{field.name}={literal}")
    return args


def _find(api: ApiView, operation_id: str) -> tuple[str, MethodView] | None:
    for resource in api.resources:
        for method in resource.methods:
            if method.operation_id == operation_id:
                return resource.attr, method
    return None


def program(api: ApiView, src: SpecSource) -> str | None:
    """The README's program, or None when the spec gives no examples to build it from."""
    ops = {str(op.get("operationId")): op for _, _, op in iter_operations(src.data)}
    send: tuple[str, MethodView] | None = None
    for resource in api.resources:
        for method in resource.methods:
            if not method.idempotent and send is None and _call_args(src, method, ops[method.operation_id]) is not None:
                send = (resource.attr, method)
    if send is None:
        return None
    attr, method = send
    op = ops[method.operation_id]
    args = _call_args(src, method, op) or []
    uses_zone = any(_WHEN in a for a in args) or api.needs_timezone
    lines = ["import asyncio"]
    if uses_zone:
        lines += ["import datetime", "from zoneinfo import ZoneInfo"]
    names = ["AsyncClient", "Client", "APIStatusError", "NotFoundError"]
    lines += ["", f"from {api.package} import {', '.join(sorted(names))}", ""]
    client_args = 'timezone=ZoneInfo("Europe/Paris")' if api.needs_timezone else ""
    env = ", ".join(c.env for c in api.credentials)
    lines.append(
        comment(f"Credentials come from {env}" + (f"; {api.env_prefix}_BASE_URL overrides the server." if env else "."))
    )
    lines.append(f"client = Client({client_args})")
    call = (
        f"client.{attr}.{method.name}(\n"
        + "".join(f"    {a.replace(chr(10), chr(10) + '    ')},\n" for a in args)
        + ")"
    )
    lines += ["", "# Send", f"sent = {call}", "print(sent)"]

    # Read back through the send's links.
    read: tuple[str, MethodView, str] | None = None
    for status, response in (op.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        for link in ((resolve(src.data, response) or {}).get("links") or {}).values():
            target = _find(api, str(link.get("operationId")))
            expressions = list((link.get("parameters") or {}).values())
            if target is None or len(expressions) != 1 or len(target[1].path_params) != 1:
                continue
            match = re.fullmatch(r"\$response\.body#/(\w+)", str(expressions[0]))
            if match:
                unwrapped = method.result_reader.startswith(f"_c.field_of({python_literal(match[1])}")
                read = (target[0], target[1], "sent" if unwrapped else f"sent.{snake(match[1])}")
                break
        if read:
            break
    if read is None and method.result_type.startswith("list[") is False and method.result_type == "str":
        for resource in api.resources:
            for m in resource.methods:
                if m.idempotent and len(m.path_params) == 1 and not m.keyword_params and read is None:
                    read = (resource.attr, m, "sent")
    if read is not None:
        r_attr, r_method, r_arg = read
        lines += [
            "",
            "# Read it back; an unknown id raises NotFoundError, any error status an APIStatusError",
            "try:",
            f"    print(client.{r_attr}.{r_method.name}({r_arg}))",
            f"    client.{r_attr}.{r_method.name}({'999999999' if r_method.path_params[0].type.param == 'int' else python_literal('unknown-id')})",
            "except NotFoundError as exc:",
            '    print("not found:", exc.status_code)',
            "except APIStatusError as exc:",
            '    print("refused:", exc.status_code, exc.body)',
        ]
    for resource in api.resources:
        for m in resource.methods:
            if m.paging and not any(p.required for p in m.keyword_params):
                lines += [
                    "",
                    "# Every page, fetched as the loop goes",
                    f"for item in client.{resource.attr}.{m.name}():",
                    "    print(item)",
                ]
                break
    lines += ["", "", "async def main() -> None:", f"    async with AsyncClient({client_args}) as aclient:"]
    if read is not None:
        r_attr, r_method, r_arg = read
        lines.append(f"        print(await aclient.{r_attr}.{r_method.name}({r_arg}))")
    else:
        acall = call.replace("client.", "aclient.", 1).replace("\n", "\n        ")
        lines.append(f"        print(await {acall})")
    lines += ["", "", "asyncio.run(main())", "client.close()"]
    return "\n".join(lines)


def readme_program(api: ApiView, src: SpecSource) -> str:
    """The client's README.md."""
    code = program(api, src)
    out = [f"# {api.project}", "", f"A typed Python client for {api.title} (API version {api.api_version}).", ""]
    if code:
        out += ["```python", code, "```", ""]
    out += [
        "## Install",
        "",
        "```bash",
        f"pip install ./clients/{api.project.removeprefix('typedsms-')}",
        "```",
        "",
        "## Settings",
        "",
        "| Argument | Environment variable | Meaning |",
        "|---|---|---|",
    ]
    for c in api.credentials:
        out.append(f"| `{c.name}=` | `{c.env}` | {' '.join(c.description.split())} |")
    out.append(f"| `base_url=` | `{api.env_prefix}_BASE_URL` | Any other base URL (a proxy, a local mock). |")
    if api.server_choice:
        names = ", ".join(f"`{s.member.lower()}` ({s.url})" for s in api.servers)
        out.append(f"| `server=` | | One of the spec's servers: {names}. |")
    for v in api.server_variables:
        out.append(f"| `{v.kwarg}=` | | {' '.join(v.description.split())} |")
    if api.needs_timezone:
        out.append("| `timezone=` | | Your account's zone: the API names none (datetime arguments must be aware). |")
    out += [
        "| `timeout=`, `max_retries=` | | Per client, or per call with `client.with_options(...)`. |",
        "",
        "## Operations",
        "",
        "| Call | HTTP | Returns | Retried |",
        "|---|---|---|---|",
    ]
    for resource in api.resources:
        for m in resource.methods:
            returns = f"pages of `{m.page_item_type}`" if m.paging else f"`{m.result_type}`"
            retried = "yes" if m.idempotent else "only if it never reached the server"
            out.append(
                f"| `client.{resource.attr}.{m.name}()` | `{m.method.upper()} {m.path}` | {returns} | {retried} |"
            )
    out += [
        "",
        "Path parameters are positional, everything else keyword-only; nested request objects are dicts",
        f"(the `{api.package}.params` TypedDicts) or the models themselves. Results are models whose",
        "absent fields are `None`; enumerations arrive as members or, for values the spec does not list, as",
        "`UnknownStr`/`UnknownInt`. `client.<resource>.with_raw_response.<method>(...)` gives the status,",
        "headers and `parse()`. Errors: `APIStatusError` (and a class per status), `APIConnectionError`,",
        "`MalformedResponseError` (a success whose answer could not be read: do not resend).",
        "",
    ]
    _ = datetime
    return "\n".join(out)
