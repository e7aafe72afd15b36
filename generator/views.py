"""Typed views of one API, for the client templates and the reference page alike.

openapi-python-client parses the spec into models, enums and endpoints; this module turns its
objects (and the spec's ``x-sdk-*`` extensions) into plain view objects with everything the
templates print already decided: Python names, type strings, the reader and writer of every
field, the runtime settings of every operation, escaped docstrings. The templates only loop and
branch over these views; no spec string reaches generated code except through ``escaping.py``
(``python_literal`` here and the templates' ``pyrepr``; ``docstring_text``, the templates' ``doc``). The reference page (``reference/``) reads its Python
names from the same views, so that the page and the client cannot disagree.

Naming: attribute and parameter names are the spec's names in snake case, with a trailing
underscore only for Python keywords (``from_``; but ``type``, ``id`` and ``hash`` stay).
"""

import keyword
import re
from dataclasses import dataclass, field, replace
from typing import Any

from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties import AnyProperty, EnumProperty, ModelProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonIdentifier, pascal_case

from . import context
from .context import AuthContext, ServerChoice, docstring_text, untrusted
from .escaping import python_literal
from .naming import member_name
from .spec import Operation, SpecSource, from_pointer, iter_operations, operations, resolve

# -- names ----------------------------------------------------------------------------------------


def snake(name: str) -> str:
    """A spec name as a Python attribute or parameter name (``customerRef`` -> ``customer_ref``)."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    words = re.findall(r"[A-Za-z0-9]+", text)
    result = "_".join(w.lower() for w in words) or "value"
    if result[0].isdigit():
        result = f"n{result}"
    return f"{result}_" if keyword.iskeyword(result) else result


_BUILTIN_LIST = re.compile(r"(?<![\w.])list\[")


def in_class(type_text: str) -> str:
    """A type as written inside a resource class, where a method named ``list`` hides the builtin."""
    return _BUILTIN_LIST.sub("builtins.list[", type_text)


def import_lines(entries: set[tuple[str, str]], prefix: str) -> list[str]:
    """Import lines for ``(module, name)`` pairs; package modules are made relative with ``prefix``."""
    stdlib: dict[str, set[str]] = {}
    local: dict[str, set[str]] = {}
    plain: set[str] = set()
    for module, name in entries:
        if not name:
            plain.add(f"import {module}")
        elif module in ("typing", "collections.abc"):
            stdlib.setdefault(module, set()).add(name)
        else:
            local.setdefault(prefix + module, set()).add(name)
    lines = sorted(plain)
    lines += [f"from {m} import {', '.join(sorted(n))}" for m, n in sorted(stdlib.items())]
    lines += [f"from {m} import {', '.join(sorted(n))}" for m, n in sorted(local.items())]
    return lines


# -- types ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeView:
    """How one value is typed and converted: in results, in arguments, and on the wire."""

    result: str  # the type a result model exposes
    param: str  # the type an argument accepts
    reader: str  # expression of the runtime reader
    writer: str  # expression of the runtime writer
    nullable: bool = False  # None is a value the API may send

    @property
    def param_in_class(self) -> str:
        """``param`` as a resource method's signature writes it."""
        return in_class(self.param)


@dataclass
class FieldView:
    name: str
    wire: str
    type: TypeView
    required: bool
    description: str


@dataclass
class ModelView:
    class_name: str
    module: str
    description: str
    fields: list[FieldView]
    imports: set[tuple[str, str]] = field(default_factory=set)
    is_dict: bool = False  # an object of free keys only (additionalProperties)
    schema: str = ""  # the component schema it is made from ("" for an inline object)

    @property
    def import_lines(self) -> list[str]:
        """The import lines of the model's module (in ``models/``)."""
        return import_lines(self.imports, "..")

    def field_named(self, wire: str) -> FieldView | None:
        """The field of the spec property ``wire``."""
        return next((f for f in self.fields if f.wire == wire), None)


@dataclass
class EnumMember:
    name: str
    value: str  # a Python literal
    description: str
    wire: str | int = ""  # the value as the spec writes it


@dataclass
class EnumView:
    class_name: str
    module: str
    kind: str  # "str" | "int"
    members: list[EnumMember]
    description: str
    schema: str = ""  # the component schema it is made from ("" for an inline enum)

    def member_of(self, wire: object) -> EnumMember | None:
        """The member of the spec value ``wire``."""
        return next((m for m in self.members if m.wire == wire and type(m.wire) is type(wire)), None)


@dataclass
class ParamView:
    name: str
    wire: str
    location: str
    type: TypeView
    required: bool
    description: str
    default: str = "None"
    fixed: str = ""  # a Python literal: the one value the vendor accepts (never asked for)
    repeat_for: str = ""


@dataclass
class ErrorView:
    status: str
    class_name: str
    description: str
    reader: str


@dataclass
class MethodView:
    name: str
    constant: str
    operation_id: str
    method: str
    path: str
    summary: str
    description: str
    idempotent: bool
    path_params: list[ParamView]
    keyword_params: list[ParamView]  # query and header parameters and flattened body fields, in that order
    params: list[ParamView]  # path, query and header (for the Operation)
    body_fields: list[FieldView]
    body_model: str  # the model whose fields are the body ("" for none)
    result_type: str
    result_reader: str
    errors: list[ErrorView]
    failover: tuple[str, ...]
    failover_statuses: tuple[int, ...]
    failover_on_5xx: bool
    error_member: str
    error_codes: dict[str, int]
    paging: context.Pagination | None
    page_item_type: str = ""

    @property
    def result_in_class(self) -> str:
        return in_class(self.result_type)

    @property
    def page_item_in_class(self) -> str:
        return in_class(self.page_item_type)

    def param_named(self, wire: str, location: str) -> ParamView | None:
        """The parameter the spec calls ``wire`` in ``location`` (path, query or header)."""
        return next((p for p in self.params if p.wire == wire and p.location == location), None)


@dataclass
class ResourceView:
    attr: str
    class_name: str
    module: str
    description: str
    methods: list[MethodView]
    imports: set[tuple[str, str]] = field(default_factory=set)

    @property
    def import_lines(self) -> list[str]:
        """The import lines of the resource's module (in ``resources/``)."""
        return import_lines(self.imports, "..")


@dataclass
class CredentialView:
    name: str
    env: str
    description: str


@dataclass
class ServerVariableView:
    name: str
    kwarg: str
    default: str | None
    description: str


@dataclass
class ApiView:
    package: str
    project: str
    title: str
    description: str
    api_version: str
    client_version: str
    env_prefix: str
    docs_url: str
    servers: list[ServerChoice]
    server_variables: list[ServerVariableView]
    auth: AuthContext | None
    credentials: list[CredentialView]
    datetime_format: str | None
    datetime_zone: str  # offset | fixed | account
    fixed_zone: str | None
    models: list[ModelView]
    enums: list[EnumView]
    resources: list[ResourceView]
    error_class_docs: list[tuple[str, str]]

    @property
    def needs_timezone(self) -> bool:
        return self.datetime_zone == "account"

    @property
    def server_choice(self) -> bool:
        return len(self.servers) > 1

    @property
    def param_import_lines(self) -> list[str]:
        """The import lines of ``params.py``: what its TypedDicts name, and the models they stand for."""
        entries: set[tuple[str, str]] = set()
        for model in self.models:
            entries |= {i for i in model.imports if not i[0].startswith("params")}
            if not model.is_dict:
                entries.add((f"models.{model.module}", model.class_name))
        return import_lines(entries, ".")

    def method_of(self, operation_id: str) -> tuple[ResourceView, MethodView] | None:
        """The resource and method that call the operation ``operation_id``."""
        for resource in self.resources:
            for method in resource.methods:
                if method.operation_id == operation_id:
                    return resource, method
        return None

    def model_of(self, schema: str) -> ModelView | None:
        """The model made from the component schema ``schema``."""
        return next((m for m in self.models if m.schema == schema), None)

    def enum_of(self, schema: str) -> EnumView | None:
        """The enum made from the component schema ``schema``."""
        return next((e for e in self.enums if e.schema == schema), None)

    def server_variable(self, name: str) -> ServerVariableView | None:
        """The client's keyword argument for the server variable ``name`` (one server only)."""
        return next((v for v in self.server_variables if v.name == name), None)


def identifier_problems(src: SpecSource, api: "ApiView") -> list[Any]:
    """Python names the spec chose that a client cannot use: not identifiers, keywords, or colliding."""
    problems = []
    reserved_kwargs = {
        "self", "base_url", "timezone", "timeout", "deadline", "max_retries", "retry",
        "max_response_bytes", "fallback_base_urls", "default_headers", "http_client",
    }  # fmt: skip
    ops = {str(op.get("operationId")): (path, method) for path, method, op in iter_operations(src.data)}
    for resource in api.resources:
        seen: dict[str, str] = {}
        for m in resource.methods:
            path, method = ops.get(m.operation_id, ("", ""))
            where = ["paths", path, method, "x-sdk-method"] if path else []
            if not m.name.isidentifier() or keyword.iskeyword(m.name) or m.name.startswith("_"):
                problems.append(src.problem(where, f"method name {m.name!r} is not a usable Python identifier"))
            elif m.name in seen or m.name == "with_raw_response":
                problems.append(
                    src.problem(where, f"two operations of tag {resource.attr!r} would be method {m.name!r}")
                )
            seen[m.name] = m.operation_id
            names = [p.name for p in m.path_params + m.keyword_params] + [f.name for f in m.body_fields]
            doubled = sorted({n for n in names if names.count(n) > 1} | ({"self", "timeout"} & set(names)))
            if doubled:
                problems.append(src.problem(where[:3], f"parameters of {m.operation_id} collide as {doubled}"))
    if not re.fullmatch(r"[A-Z][A-Z0-9_]*", api.env_prefix):
        where = ["info", "x-sdk-env-prefix"] if "x-sdk-env-prefix" in (src.data.get("info") or {}) else ["info"]
        problems.append(src.problem(where, f"x-sdk-env-prefix {api.env_prefix!r} must match [A-Z][A-Z0-9_]*"))
    attrs = [r.attr for r in api.resources]
    for attr in sorted({a for a in attrs if attrs.count(a) > 1} | ({"with_options", "close"} & set(attrs))):
        problems.append(src.problem(["tags"], f"two tags (or a tag and a client method) would be client.{attr}"))
    kwargs = [c.name for c in api.credentials] + [v.kwarg for v in api.server_variables]
    if api.server_choice:
        reserved_kwargs.add("server")
    for name in sorted({k for k in kwargs if kwargs.count(k) > 1} | (reserved_kwargs & set(kwargs))):
        problems.append(
            src.problem(["components", "securitySchemes"], f"credential or server variable {name!r} collides")
        )
    return problems


# -- building ------------------------------------------------------------------------------------


class _Types:
    """Maps openapi-python-client properties to ``TypeView``s, collecting the imports they need."""

    def __init__(self, enum_kinds: dict[str, str], none_markers: dict[str, list[object]]) -> None:
        self.enum_kinds = enum_kinds
        self.none_markers = none_markers
        self.imports: set[tuple[str, str]] = set()

    def view(self, prop: Any, *, query: bool = False) -> TypeView:
        if isinstance(prop, StringProperty):
            return TypeView("str", "str", "_c.read_str", "_c.write_str")
        if isinstance(prop, BooleanProperty):
            return TypeView("bool", "bool", "_c.read_bool", "_c.write_bool")
        if isinstance(prop, IntProperty):
            return TypeView("int", "int", "_c.read_int", "_c.write_int")
        if isinstance(prop, FloatProperty):
            return TypeView("float", "float", "_c.read_float", "_c.write_float")
        if isinstance(prop, DateTimeProperty):
            self.imports.add(("datetime", ""))
            return TypeView("datetime.datetime", "datetime.datetime", "_c.read_datetime", "_c.write_datetime")
        if isinstance(prop, DateProperty):
            self.imports.add(("datetime", ""))
            return TypeView("datetime.date", "datetime.date", "_c.read_date", "_c.write_date")
        if isinstance(prop, EnumProperty):
            return self._enum(prop)
        if isinstance(prop, ConstProperty):
            value = python_literal(getattr(prop.value, "raw_value", prop.value))
            self.imports.add(("typing", "Literal"))
            base = self.view_of_value(prop.value)
            return TypeView(base.result, f"Literal[{value}]", base.reader, f"_c.write_const({value})")
        if isinstance(prop, ListProperty):
            inner = self.view(prop.inner_property)
            self.imports.add(("collections.abc", "Sequence"))
            param = f"{inner.param} | Sequence[{inner.param}]"
            return TypeView(
                f"list[{inner.result}]", param, f"_c.list_of({inner.reader})", f"_c.write_list({inner.writer})"
            )
        if isinstance(prop, ModelProperty):
            return self._model(prop)
        if isinstance(prop, UnionProperty):
            return self._union(prop)
        if isinstance(prop, NoneProperty):
            return TypeView("None", "None", "_c.read_any", "_c.write_any", nullable=True)
        self.imports.add(("typing", "Any"))
        return TypeView("Any", "Any", "_c.read_any", "_c.write_any")

    def view_of_value(self, value: Any) -> TypeView:
        raw = getattr(value, "raw_value", value)
        if isinstance(raw, bool):
            return TypeView("bool", "bool", "_c.read_bool", "_c.write_bool")
        if isinstance(raw, int):
            return TypeView("int", "int", "_c.read_int", "_c.write_int")
        if isinstance(raw, float):
            return TypeView("float", "float", "_c.read_float", "_c.write_float")
        return TypeView("str", "str", "_c.read_str", "_c.write_str")

    def _enum(self, prop: EnumProperty) -> TypeView:
        cls = str(prop.class_info.name)
        kind = self.enum_kinds.get(cls, "str")
        self.imports.add((f"models.{prop.class_info.module_name}", cls))
        self.imports.add(("typing", "Literal"))
        literal = ", ".join(
            python_literal(getattr(v, "raw_value", v)) if kind == "int" else python_literal(str(v))
            for v in _enum_values(prop)
        )
        if kind == "int":
            self.imports.add(("_models", "UnknownInt"))
            return TypeView(f"{cls} | UnknownInt", f"Literal[{literal}] | {cls}", f"_m.int_enum({cls})", "_c.write_int")
        self.imports.add(("_models", "UnknownStr"))
        return TypeView(f"{cls} | UnknownStr", f"Literal[{literal}] | {cls}", f"_m.str_enum({cls})", "_c.write_str")

    def _model(self, prop: ModelProperty) -> TypeView:
        cls = str(prop.class_info.name)
        required = prop.required_properties or []
        optional = prop.optional_properties or []
        extra = prop.additional_properties
        if not required and not optional and extra is not None:
            inner = self.view(extra)
            self.imports.add(("collections.abc", "Mapping"))
            return TypeView(
                f"dict[str, {inner.result}]",
                f"Mapping[str, {inner.param}]",
                f"_c.dict_of({inner.reader})",
                f"_c.write_dict({inner.writer})",
            )
        self.imports.add((f"models.{prop.class_info.module_name}", cls))
        self.imports.add(("params", f"{cls}Param"))
        return TypeView(cls, f"{cls}Param | {cls}", f"{cls}.reader()", f"_m.object_writer({cls})")

    def _union(self, prop: UnionProperty) -> TypeView:
        inners = list(prop.inner_properties)
        nullable = any(isinstance(p, NoneProperty) for p in inners)
        inners = [p for p in inners if not isinstance(p, NoneProperty)]
        markers = [_marker_value(p) for p in inners]
        if any(m is not None for m in markers) and any(isinstance(p, DateTimeProperty) for p in inners):
            # A timestamp or the API's "no date" marker (e.g. 0000-00-00 00:00:00): the marker reads as None.
            sentinels = [m for m in markers if m is not None]
            real = [p for p, m in zip(inners, markers, strict=True) if m is None]
            inner = self.view(real[0]) if len(real) == 1 else self._union_of(real)
            return TypeView(
                f"{inner.result} | None",
                inner.param,
                f"_c.none_for({inner.reader}, {python_literal(sentinels)})",
                inner.writer,
                True,
            )
        # One value or a list of them: read as a list, accept either as an argument.
        lists = [p for p in inners if isinstance(p, ListProperty)]
        singles = [p for p in inners if not isinstance(p, ListProperty)]
        if len(lists) == 1 and len(singles) == 1:
            one = self.view(singles[0])
            many = self.view(lists[0].inner_property)
            if one.result == many.result:
                self.imports.add(("collections.abc", "Sequence"))
                return TypeView(
                    f"list[{one.result}]",
                    f"{one.param} | Sequence[{one.param}]",
                    f"_c.one_or_list({one.reader})",
                    f"_c.write_list({one.writer})",
                    nullable,
                )
        view = self._union_of(inners)
        if nullable:
            return TypeView(f"{view.result} | None", view.param, f"_c.nullable({view.reader})", view.writer, True)
        return view

    def _union_of(self, props: list[Any]) -> TypeView:
        views = [self.view(p) for p in props]
        # An open enum already keeps any other string (or integer) as UnknownStr (UnknownInt):
        # a plain string branch beside it adds nothing but a looser type.
        for unknown, plain in (("UnknownStr", "str"), ("UnknownInt", "int")):
            if any(v.result.endswith(f"| {unknown}") for v in views):
                views = [v for v in views if v.result != plain]
        if len(views) == 1:
            return views[0]
        return TypeView(
            " | ".join(dict.fromkeys(v.result for v in views)),
            " | ".join(dict.fromkeys(v.param for v in views)),
            f"_c.first_of({', '.join(v.reader for v in views)})",
            f"_c.write_first({', '.join(v.writer for v in views)})",
        )


def _enum_values(prop: EnumProperty) -> list[Any]:
    return [getattr(v, "raw_value", v) for v in prop.values.values()]


def _marker_value(prop: Any) -> object | None:
    """The one string a const (or one-value enum) property stands for, e.g. ``0000-00-00 00:00:00``."""
    if isinstance(prop, ConstProperty):
        raw = getattr(prop.value, "raw_value", prop.value)
        return raw if isinstance(raw, str) else None
    if isinstance(prop, EnumProperty):
        values = _enum_values(prop)
        return values[0] if len(values) == 1 and isinstance(values[0], str) else None
    return None


def _component(name: object) -> str:
    """The component schema a property of openapi-python-client stands for (its name is the reference path)."""
    parts = from_pointer(untrusted(name))
    return str(parts[2]) if len(parts) == 3 and parts[:2] == ("components", "schemas") else ""


def _doc(text: object) -> str:
    return docstring_text(untrusted(text)) if text else ""


def _models_and_enums(
    openapi: GeneratorData, enum_docs: dict[str, dict[str, str]]
) -> tuple[list[ModelView], list[EnumView]]:
    enums: list[EnumView] = []
    kinds: dict[str, str] = {}
    for enum in openapi.enums:
        if not isinstance(enum, EnumProperty):
            continue
        cls = str(enum.class_info.name)
        kind = "int" if enum.value_type is int else "str"
        kinds[cls] = kind
        docs = enum_docs.get(cls, {})
        members = [
            EnumMember(
                member_name(key),
                python_literal(getattr(v, "raw_value", v))
                if kind == "int"
                else python_literal(str(getattr(v, "raw_value", v))),
                _doc(docs.get(str(getattr(v, "raw_value", v)), "")),
                getattr(v, "raw_value", v),
            )
            for key, v in enum.values.items()
        ]
        enums.append(
            EnumView(
                cls, str(enum.class_info.module_name), kind, members, _doc(enum.description), _component(enum.name)
            )
        )
    models: list[ModelView] = []
    for model in openapi.models:
        types = _Types(kinds, {})
        fields = [
            FieldView(snake(untrusted(p.name)), untrusted(p.name), types.view(p), True, _doc(p.description))
            for p in model.required_properties or []
        ] + [
            FieldView(snake(untrusted(p.name)), untrusted(p.name), types.view(p), False, _doc(p.description))
            for p in model.optional_properties or []
        ]
        view = ModelView(
            str(model.class_info.name),
            str(model.class_info.module_name),
            _doc(model.description),
            fields,
            types.imports,
            schema=_component(model.name),
        )
        view.is_dict = not fields
        view.imports.discard((f"models.{model.class_info.module_name}", str(model.class_info.name)))
        view.imports.discard(("params", f"{model.class_info.name}Param"))
        models.append(view)
    return models, enums


def _error_codes(src: SpecSource, op: dict[str, Any], member: str) -> dict[str, int]:
    """Vendor error codes by status, from the examples of an operation's documented error answers."""
    codes: dict[str, int] = {}
    for status, response in (op.get("responses") or {}).items():
        if not str(status).isdigit() or int(status) < 400:
            continue
        resolved = resolve(src.data, response) or {}
        for media in (resolved.get("content") or {}).values():
            examples = [e.get("value") for e in (media.get("examples") or {}).values() if isinstance(e, dict)]
            if "example" in media:
                examples.append(media["example"])
            for example in examples:
                for error in (example or {}).get(member) or [] if isinstance(example, dict) else []:
                    if isinstance(error, dict) and isinstance(error.get("code"), str):
                        codes.setdefault(error["code"], int(status))
    return codes


def build_api_view(
    src: SpecSource,
    openapi: GeneratorData,
    *,
    package: str,
    project: str,
    client_version: str,
    servers: list[ServerChoice],
    auth: AuthContext | None,
) -> ApiView:
    """Everything the client templates render for ``src``."""
    data = src.data
    info = data.get("info") or {}
    models, enums = _models_and_enums(openapi, context.enum_descriptions(src))
    enum_kinds = {e.class_name: e.kind for e in enums}
    model_names = {m.class_name for m in models}
    settings = info.get("x-sdk-datetime-format") or {}
    fmt, zone_name = settings.get("format"), settings.get("timezone")
    zone = "fixed" if zone_name else ("account" if fmt else "offset")
    env_prefix = str(info.get("x-sdk-env-prefix") or src.stem.upper().replace("-", "_"))

    ops_by_id = {str(o.op.get("operationId")): o for o in operations(data)}
    settings = _Settings(
        context.operation_infos(src, servers), context.paginations(src), context.explicit_method_names(src)
    )

    resources: list[ResourceView] = []
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        tag_name = str(tag)
        types = _Types(enum_kinds, {})
        methods = [
            _method_view(src, endpoint, tag_name, types, ops_by_id, settings, model_names)
            for endpoint in collection.endpoints
        ]
        tag_spec: dict[str, Any] = next((t for t in data.get("tags") or [] if str(t.get("name")) == untrusted(tag)), {})
        resources.append(
            ResourceView(
                attr=snake(tag_name),
                class_name=pascal_case(tag_name) + "Resource",
                module=snake(tag_name),
                description=_doc(tag_spec.get("description", "")),
                methods=methods,
                imports=types.imports,
            )
        )

    credentials = [
        CredentialView(f.python_name, f"{env_prefix}_{f.python_name.upper().rstrip('_')}", _doc(f.description))
        for f in (auth.fields if auth else ())
    ]
    variables: list[ServerVariableView] = []
    if len(servers) == 1:
        for var in servers[0].variables:
            default = var.default if var.enum else None  # a free-form variable's default is a placeholder
            variables.append(ServerVariableView(var.name, snake(var.name), default or None, _doc(var.description)))
    return ApiView(
        package=package,
        project=project,
        title=str(info.get("title", src.stem)),
        description=_doc(str(info.get("description", "")).split("\n\n")[0]),
        api_version=str(info.get("version", "")),
        client_version=client_version,
        env_prefix=env_prefix,
        docs_url=str((data.get("externalDocs") or {}).get("url", "")),
        servers=servers,
        server_variables=variables,
        auth=auth,
        credentials=credentials,
        datetime_format=fmt,
        datetime_zone=zone,
        fixed_zone=zone_name,
        models=models,
        enums=enums,
        resources=resources,
        error_class_docs=[],
    )


def _param_view(src: SpecSource, prop: Any, location: str, types: _Types, spec_param: dict[str, Any]) -> ParamView:
    wire = untrusted(prop.name)
    view = types.view(prop, query=location == "query")
    fixed = ""
    schema = resolve(src.data, spec_param.get("schema") or {}) or {}
    if prop.required:
        if "const" in schema:
            fixed = python_literal(schema["const"])
        elif isinstance(schema.get("enum"), list) and len(schema["enum"]) == 1:
            fixed = python_literal(schema["enum"][0])
    return ParamView(
        name=snake(wire),
        wire=wire,
        location=location,
        type=view,
        required=bool(prop.required),
        description=_doc(spec_param.get("description") or prop.description or ""),
        fixed=fixed,
        repeat_for=snake(str(spec_param["x-sdk-repeat-for"])) if spec_param.get("x-sdk-repeat-for") else "",
    )


@dataclass(frozen=True)
class _Settings:
    """The spec's ``x-sdk-*`` settings of every operation, by endpoint name."""

    infos: dict[str, context.OperationInfo]
    paginations: dict[str, context.Pagination]
    method_names: dict[str, str]


def _method_view(
    src: SpecSource,
    endpoint: Endpoint,
    tag: str,
    types: _Types,
    ops_by_id: dict[str, Operation],
    settings: _Settings,
    model_names: set[str],
) -> MethodView:
    operation_id = next(
        (oid for oid in ops_by_id if PythonIdentifier(oid, "field_") == endpoint.name), str(endpoint.name)
    )
    operation = ops_by_id[operation_id]
    path, method, op = operation.path, operation.method, operation.op
    spec_params = {(str(p.get("name")), str(p.get("in"))): p for p in operation.parameters(src.data)}

    def pview(prop: Any, location: str) -> ParamView:
        return _param_view(src, prop, location, types, spec_params.get((untrusted(prop.name), location), {}))

    path_params = [pview(p, "path") for p in endpoint.path_parameters]
    query_params = [pview(p, "query") for p in endpoint.query_parameters]
    header_params = [pview(p, "header") for p in endpoint.header_parameters]

    body_fields: list[FieldView] = []
    body_model = ""
    for body in endpoint.bodies[:1]:
        prop = body.prop
        if isinstance(prop, ModelProperty) and str(prop.class_info.name) in model_names:
            body_model = str(prop.class_info.name)
            types.imports.add((f"models.{prop.class_info.module_name}", body_model))
            for p in prop.required_properties or []:
                body_fields.append(
                    FieldView(snake(untrusted(p.name)), untrusted(p.name), types.view(p), True, _doc(p.description))
                )
            for p in prop.optional_properties or []:
                body_fields.append(
                    FieldView(snake(untrusted(p.name)), untrusted(p.name), types.view(p), False, _doc(p.description))
                )

    responses = context.split_responses(endpoint)
    result_types: list[TypeView] = []
    for response in responses.success:
        inner = context.unwrapped_property(response)
        prop = inner if inner is not None else response.prop
        if isinstance(prop, NoneProperty) or prop is None:
            continue
        view = types.view(prop)
        if inner is not None:
            view = TypeView(
                view.result,
                view.param,
                f"_c.field_of({python_literal(untrusted(inner.name))}, {view.reader})",
                view.writer,
            )
        result_types.append(view)
    if result_types:
        result_type, result_reader = result_types[0].result, result_types[0].reader
        if len({v.result for v in result_types}) > 1:
            result_type = " | ".join(dict.fromkeys(v.result for v in result_types))
            result_reader = f"_c.first_of({', '.join(v.reader for v in result_types)})"
    else:
        result_type, result_reader = "None", "None"

    statuses = {str(s): (resolve(src.data, r) or {}) for s, r in (op.get("responses") or {}).items()}
    errors: list[ErrorView] = []
    for response in responses.errors:
        pattern = response.status_code.pattern if response.status_code is not None else "default"
        low = response.status_code.range[0] if response.status_code and response.status_code.range else 500
        reader = "_c.read_any"
        if not isinstance(response.prop, NoneProperty | AnyProperty) and response.prop is not None:
            reader = types.view(response.prop).reader
        description = str(statuses.get(str(pattern), {}).get("description", "")).strip().split("\n\n")[0]
        errors.append(ErrorView(str(pattern), context.error_class_name(low), _doc(description), reader))

    info = settings.infos[str(endpoint.name)]
    paging = settings.paginations.get(str(endpoint.name))
    error_member = ""
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2"):
            error_member = error_member or str((resolve(src.data, response) or {}).get("x-sdk-error-in-success") or "")
    keyword_params = [q for q in query_params + header_params if not q.fixed]
    if paging and not (result_type.startswith("list[") and result_type.endswith("]")):
        raise ValueError(f"x-sdk-pagination on {endpoint.name}: the result is not a list ({result_type})")
    page_item = result_type[5:-1] if paging else ""
    return MethodView(
        name=context.facade_name(str(endpoint.name), tag, settings.method_names),
        constant=snake(operation_id).upper(),
        operation_id=operation_id,
        method=method,
        path=path,
        summary=_doc(op.get("summary", "")),
        description=_doc(op.get("description", "")),
        idempotent=info.idempotent,
        path_params=path_params,
        keyword_params=keyword_params,
        params=path_params + query_params + header_params,
        body_fields=body_fields,
        body_model=body_model,
        result_type=result_type,
        result_reader=result_reader,
        errors=errors,
        failover=tuple(n.lower() for n in info.failover_servers),
        failover_statuses=info.failover_statuses,
        failover_on_5xx=info.failover_on_5xx,
        error_member=error_member,
        error_codes=_error_codes(src, op, error_member) if error_member else {},
        paging=replace(paging, offset=snake(paging.offset), limit=snake(paging.limit)) if paging else None,
        page_item_type=page_item,
    )
