"""Template context that openapi-python-client does not provide.

openapi-python-client ignores ``servers`` and ``securitySchemes`` and knows
only one kind of error. This module reads those parts of the spec and hands
the templates plain, already-escaped values:

- ``servers``: the spec's servers as named choices, the first the default;
- ``auth``: the fields of a typed ``Credentials`` object and how each scheme
  applies them to a request;
- ``split_responses``: per endpoint, which documented responses are results
  and which are errors;
- the ``x-sdk-*`` settings of every operation (idempotency, failover,
  pagination, method names), by endpoint name.

Nothing here names a vendor: every value comes from the spec.
"""

import keyword
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.responses import Response
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier, pascal_case

from .escaping import docstring_body
from .extensions import IDEMPOTENT_METHODS
from .naming import identifier, method_name, server_member
from .problems import SpecProblem
from .runtime._exceptions import status_error_class
from .spec import SpecSource, iter_operations, resolve


@dataclass(frozen=True)
class ServerVariable:
    name: str
    python_name: str
    default: str
    enum: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class ServerChoice:
    member: str
    url: str
    description: str
    variables: tuple[ServerVariable, ...]

    @property
    def name(self) -> str:
        """What the client's ``server=`` takes for this server, e.g. ``primary``."""
        return self.member.lower()


@dataclass(frozen=True)
class CredentialField:
    python_name: str
    description: str
    secret: bool


@dataclass(frozen=True)
class AppliedScheme:
    """How one security scheme puts credentials on a request."""

    scheme: str
    kind: str  # "basic" | "bearer" | "api_key"
    fields: tuple[str, ...]
    location: str = "header"  # for api_key: header | query | cookie
    parameter: str = ""  # for api_key: the header/query/cookie name
    prefix: str = ""  # for bearer: the scheme word


@dataclass(frozen=True)
class AuthContext:
    fields: tuple[CredentialField, ...]
    schemes: tuple[AppliedScheme, ...]
    query_parameters: tuple[str, ...]
    description: str


@dataclass
class ResponseSplit:
    success: list[Response] = field(default_factory=list)
    errors: list[Response] = field(default_factory=list)


def server_choices(src: SpecSource) -> tuple[list[ServerChoice], list[SpecProblem]]:
    """The spec's servers; member names come from ``x-sdk-name`` or the description."""
    choices: list[ServerChoice] = []
    problems: list[SpecProblem] = []
    servers = src.data.get("servers") or [{"url": "/"}]
    for i, server in enumerate(servers):
        label = server.get("x-sdk-name") or server.get("description") or f"server {i}"
        member = server_member(str(label))
        if any(c.member == member for c in choices):
            problems.append(src.problem(["servers", i], f"two servers would be named {member}; set x-sdk-name"))
        variables = tuple(
            ServerVariable(
                name=name,
                python_name=identifier(name, upper=False),
                default=str(var.get("default", "")),
                enum=tuple(str(v) for v in var.get("enum") or ()),
                description=str(var.get("description", "")),
            )
            for name, var in (server.get("variables") or {}).items()
        )
        url = str(server["url"]).rstrip("/") or "/"
        choices.append(ServerChoice(member, url, str(server.get("description", "")), variables))
    return choices, problems


def auth_context(src: SpecSource) -> tuple[AuthContext | None, list[SpecProblem]]:
    """Credentials for the spec's first top-level security requirement (all its schemes at once)."""
    requirements = src.data.get("security") or []
    if not requirements:
        return None, []
    schemes_spec: dict[str, Any] = (src.data.get("components") or {}).get("securitySchemes") or {}
    fields: list[CredentialField] = []
    applied: list[AppliedScheme] = []
    problems: list[SpecProblem] = []
    descriptions: list[str] = []
    for name in requirements[0]:
        scheme = schemes_spec.get(name) or {}
        descriptions.append(str(scheme.get("description", "")))
        kind = scheme.get("type")
        http_scheme = str(scheme.get("scheme", "")).lower()
        if kind == "http" and http_scheme == "basic":
            fields += [
                CredentialField("username", "The user name for HTTP Basic authentication.", False),
                CredentialField("password", "The password for HTTP Basic authentication.", True),
            ]
            applied.append(AppliedScheme(name, "basic", ("username", "password")))
        elif kind == "http" and http_scheme == "bearer":
            fields.append(CredentialField("token", "The bearer token sent in the Authorization header.", True))
            applied.append(AppliedScheme(name, "bearer", ("token",), prefix="Bearer"))
        elif kind == "apiKey":
            python_name = identifier(name, upper=False)
            if keyword.iskeyword(python_name):
                python_name += "_"
            fields.append(CredentialField(python_name, str(scheme.get("description", "")) or f"The {name} key.", True))
            applied.append(
                AppliedScheme(
                    name, "api_key", (python_name,), location=scheme.get("in", "header"), parameter=scheme["name"]
                )
            )
        else:
            where = ["components", "securitySchemes", name]
            problems.append(src.problem(where, f"security scheme type {kind!r}/{http_scheme!r} is not supported"))
    query = tuple(s.parameter for s in applied if s.kind == "api_key" and s.location == "query")
    return AuthContext(tuple(fields), tuple(applied), query, " ".join(d for d in descriptions if d)), problems


def split_responses(endpoint: Endpoint) -> ResponseSplit:
    """Documented 1xx-3xx responses are results; 4xx, 5xx and ``default`` are errors."""
    split = ResponseSplit()
    for response in endpoint.responses.patterns:
        low = response.status_code.range[0] if response.status_code.range else 600
        (split.success if low < 400 else split.errors).append(response)
    if endpoint.responses.default is not None:
        split.errors.append(endpoint.responses.default)
    return split


def unwrapped_property(response: Response) -> Any:
    """The property a success envelope is unwrapped to (its schema's ``x-sdk-unwrap``), or None.

    Some vendors wrap every answer, e.g. ``{"status": "success", "data": ...}``; the client
    returns ``data`` itself, typed, instead of the envelope.
    """
    data = getattr(response.prop, "data", None)
    field_name = (getattr(data, "model_extra", None) or {}).get("x-sdk-unwrap")
    if not field_name:
        return None
    props = (getattr(response.prop, "required_properties", None) or []) + (
        getattr(response.prop, "optional_properties", None) or []
    )
    for prop in props:
        if prop.name == field_name:
            return prop
    return None


def untrusted(value: object) -> str:
    """The plain text of a spec string that openapi-python-client wrapped as untrusted."""
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


def docstring_text(text: str) -> str:
    """Spec prose, stripped, to place inside a triple-quoted docstring (``escaping.docstring_body``)."""
    return docstring_body(untrusted(text).strip())


def error_class_name(status: int) -> str:
    """The name of the exception class a client raises for ``status`` (the runtime's one table)."""
    return status_error_class(status).__name__


def enum_descriptions(src: SpecSource) -> dict[str, dict[str, str]]:
    """``x-enum-descriptions`` of the spec's component enums, by generated class name and value."""
    by_class: dict[str, dict[str, str]] = {}
    for name, schema in ((src.data.get("components") or {}).get("schemas") or {}).items():
        values, texts = (schema or {}).get("enum"), (schema or {}).get("x-enum-descriptions")
        if isinstance(values, list) and isinstance(texts, list):
            by_class[pascal_case(name)] = {str(v): str(t) for v, t in zip(values, texts, strict=False)}
    return by_class


def endpoint_name(operation_id: object) -> str:
    """The name openapi-python-client gives the endpoint of ``operation_id`` (``Endpoint.name``)."""
    return str(PythonIdentifier(str(operation_id), "field_"))


@dataclass(frozen=True)
class OperationInfo:
    """An operation's runtime settings from the spec (see the client's ``_runtime``)."""

    path: str
    idempotent: bool
    failover_servers: tuple[str, ...]
    failover_statuses: tuple[int, ...]
    failover_on_5xx: bool


def operation_infos(src: SpecSource, servers: list[ServerChoice]) -> dict[str, OperationInfo]:
    """``x-sdk-idempotent`` (default: by HTTP method) and ``x-sdk-failover``, by endpoint name."""
    members = {choice.member for choice in servers}
    infos: dict[str, OperationInfo] = {}
    for path, method, op in iter_operations(src.data):
        failover = op.get("x-sdk-failover") or {}
        names = tuple(server_member(str(n)) for n in failover.get("servers") or [])
        unknown = [n for n in names if n not in members]
        if unknown:
            raise ValueError(f"x-sdk-failover of {op.get('operationId')} names unknown servers {unknown}")
        statuses = [str(x).upper() for x in failover.get("statuses") or []]
        infos[endpoint_name(op.get("operationId"))] = OperationInfo(
            path=path,
            idempotent=bool(op.get("x-sdk-idempotent", method in IDEMPOTENT_METHODS)),
            failover_servers=names,
            failover_statuses=tuple(sorted(int(x) for x in statuses if x.isdigit())),
            failover_on_5xx="5XX" in statuses,
        )
    return infos


@dataclass(frozen=True)
class Pagination:
    """``x-sdk-pagination`` of an operation: which parameters page (their Python names), and the page size."""

    offset: str
    limit: str
    page_size: int


def paginations(src: SpecSource) -> dict[str, Pagination]:
    """Offset/limit pagination (``x-sdk-pagination: {offset: ..., limit: ...}``), by endpoint name."""
    found: dict[str, Pagination] = {}
    for _, _, op in iter_operations(src.data):
        spec = op.get("x-sdk-pagination")
        if not spec:
            continue
        limit_default = 100
        for param in op.get("parameters") or []:
            param = resolve(src.data, param)
            if param.get("name") == spec["limit"]:
                limit_default = int((param.get("schema") or {}).get("default", limit_default))
        found[endpoint_name(op.get("operationId"))] = Pagination(
            endpoint_name(spec["offset"]), endpoint_name(spec["limit"]), limit_default
        )
    return found


def explicit_method_names(src: SpecSource) -> dict[str, str]:
    """``x-sdk-method`` of the operations that set it, by endpoint name."""
    return {
        endpoint_name(op.get("operationId")): str(op["x-sdk-method"])
        for _, _, op in iter_operations(src.data)
        if op.get("x-sdk-method")
    }


def facade_name(name: str, tag: str, explicit: dict[str, str]) -> str:
    """The facade's method name of the endpoint ``name``: ``x-sdk-method``, else the name without its tag.

    ``createJob`` in tag ``jobs`` becomes ``jobs.create``; ``listSmsReports`` in tag ``sms``
    becomes ``sms.list_reports``.
    """
    if name in explicit:
        return explicit[name]
    return method_name(name, tag)
