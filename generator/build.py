"""Running openapi-python-client in-process for one spec.

``render_client`` validates and lints the spec, parses it with the pinned
openapi-python-client, and renders the package with this folder's templates
and the extra context of ``context.py``. It writes to the folder it is given
(a temporary one); formatting, stamping and swapping in are ``pipeline.py``'s.
Every warning of openapi-python-client counts as an error: a schema it would
silently drop must not ship.
"""

import contextlib
import io
import re
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from jinja2.bccache import Bucket
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.strings import PythonIdentifier

from . import context
from .context import untrusted
from .naming import TEMPLATES_DIR, package_name, project_name
from .preprocess import datetime_settings, for_generator
from .problems import SpecError, SpecProblem
from .readme_example import build_readme_example
from .spec_checks import check_spec, iter_operations, resolve
from .spec_source import SpecSource
from .versioning import CHANGELOG, SNAPSHOT, Release


class _MemoryBytecodeCache(BytecodeCache):
    """Compiled templates kept for the whole run: openapi-python-client builds a new Jinja
    environment per spec, and compiling its templates again was a third of the generation time."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


_BYTECODE_CACHE = _MemoryBytecodeCache()


class _TypedProject(Project):
    """openapi-python-client's Project, plus the modules its templates don't make.

    Its own templates stay reachable as ``upstream/<name>`` so that an override can wrap
    one instead of copying it.
    """

    extra_modules = ("servers.py", "credentials.py", "_wire.py", "_runtime.py", "resources.py")

    def __init__(self, *, openapi: GeneratorData, config: Config) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR)
        upstream = PackageLoader("openapi_python_client")
        self.env.loader = ChoiceLoader(
            [FileSystemLoader(str(TEMPLATES_DIR)), PrefixLoader({"upstream": upstream}), upstream]
        )
        self.env.bytecode_cache = _BYTECODE_CACHE

    def _build_api(self) -> None:
        super()._build_api()
        for name in self.extra_modules:
            if name == "credentials.py" and not self.env.globals.get("auth"):
                continue
            template = self.env.get_template(f"{name}.jinja")
            (self.package_dir / name).write_text(template.render(), encoding=self.config.file_encoding)


def _config(src: SpecSource, output_dir: Path, version: str) -> Config:
    config_file = ConfigFile(
        project_name_override=project_name(src.stem),
        package_name_override=package_name(src.stem),
        package_version_override=version,
        post_hooks=[],  # formatting is one ruff pass over every client, see pipeline.py
        docstrings_on_attributes=True,
    )
    return Config.from_sources(
        config_file,
        MetaType.UV,  # any meta but NONE: a project folder with pyproject.toml and README
        document_source=src.path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output_dir,
    )


_OPERATION_IN_MESSAGE = re.compile(r"parsing (?P<method>[A-Z]+) (?P<path>/\S*) within")
_UNTRUSTED_REPR = re.compile(
    r"<openapi_python_client\.schema\.untrusted_string\.UntrustedString object at 0x[0-9a-f]+>"
)
_SCHEMA_IN_MESSAGE = re.compile(r"(?:#)?(/components/[A-Za-z]+/[^\s:,'\"]+)")


def _problem_of(src: SpecSource, error: GeneratorError) -> SpecProblem:
    """openapi-python-client's error, placed at the component or operation it names, if any."""
    detail = f"{error.header}: {error.detail}" if error.detail else str(error.header)
    message = f"openapi-python-client {error.level.value}: {detail}".strip()
    message = _UNTRUSTED_REPR.sub("?", message)
    operation = _OPERATION_IN_MESSAGE.search(detail)
    if operation:
        return src.problem(["paths", operation["path"], operation["method"].lower()], message)
    match = _SCHEMA_IN_MESSAGE.search(detail)
    if match:
        parts = [p.replace("~1", "/").replace("~0", "~") for p in match[1].strip("/").split("/")]
        return src.problem(parts, message)
    return src.problem([], message)


def _error_docs(src: SpecSource) -> Any:
    """Per endpoint, the documented error statuses with their class and description."""
    descriptions: dict[tuple[str, str], dict[str, str]] = {}
    for path, method, op in iter_operations(src.data):
        statuses: dict[str, str] = {}
        for status, response in (op.get("responses") or {}).items():
            resolved = resolve(src.data, response)
            statuses[str(status)] = str((resolved or {}).get("description", "")).strip()
        descriptions[(path, method)] = statuses

    def error_docs(endpoint: Endpoint) -> list[dict[str, str]]:
        statuses = descriptions.get((untrusted(endpoint.path), endpoint.method), {})
        docs = []
        for response in context.split_responses(endpoint).errors:
            if response.status_code.range is None:
                continue
            pattern = response.status_code.pattern
            docs.append(
                {
                    "class_name": context.error_class_name(response.status_code.range[0]),
                    "pattern": pattern,
                    "description": statuses.get(pattern, "").split("\n\n")[0],
                }
            )
        return docs

    return error_docs


def _spec_paths(src: SpecSource) -> Any:
    """The path of an endpoint as the spec writes it (openapi-python-client renames parameters)."""
    paths = {(str(op.get("operationId")), method): path for path, method, op in iter_operations(src.data)}

    def spec_path(endpoint: Endpoint) -> str:
        for (operation_id, method), path in paths.items():
            if method == endpoint.method and PythonIdentifier(operation_id, "field_") == endpoint.name:
                return path
        return untrusted(endpoint.path)

    return spec_path


def render_client(src: SpecSource, output_dir: Path, release: Release) -> None:
    """Render the client of ``src`` as ``release`` into ``output_dir``; raise SpecError naming every problem."""
    check_spec(src)
    servers, server_problems = context.server_choices(src)
    auth, auth_problems = context.auth_context(src)
    if server_problems or auth_problems:
        raise SpecError(server_problems + auth_problems)

    config = _config(src, output_dir, release.version)
    with contextlib.redirect_stdout(io.StringIO()):
        openapi = GeneratorData.from_dict(for_generator(src.data), config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecError([_problem_of(src, openapi)])

    project = _TypedProject(openapi=openapi, config=config)
    wire_format, wire_timezone = datetime_settings(src.data)
    info = src.data.get("info") or {}
    docs_url = (src.data.get("externalDocs") or {}).get("url", "")
    example = build_readme_example(src, openapi, auth, servers, package_name(src.stem))
    project.env.filters.update(
        pyrepr=repr, docstring_text=context.docstring_text, plain=untrusted, regex_escape=re.escape
    )
    project.env.globals.update(
        api_title=str(info.get("title", src.stem)),
        api_version=str(info.get("version", "")),
        api_docs_url=docs_url,
        spec_file=src.path.name,
        spec_stem=src.stem,
        servers=servers,
        auth=auth,
        error_body=context.error_body(openapi),
        split_responses=context.split_responses,
        success_type=context.success_type,
        unwrapped=context.unwrapped_property,
        unwrapped_imports=context.unwrapped_imports,
        forbidden_keys=context.forbidden_keys,
        enum_docs=context.enum_descriptions(src),
        operation_info=context.operation_infos(src, servers),
        pagination=context.paginations(src),
        facade_name=context.facade_names(src),
        spec_path=_spec_paths(src),
        wire_datetime_format=wire_format,
        wire_timezone=wire_timezone,
        error_class=context.error_class_name,
        error_docs=_error_docs(src),
        readme_example=example.code,
        readme_call_async=example.async_call,
    )
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:
        raise SpecError([_problem_of(src, e) for e in errors])
    (output_dir / CHANGELOG).write_text(release.changelog, encoding="utf-8")
    (output_dir / SNAPSHOT).write_bytes(src.raw)
