"""openapi-python-client's parse of one spec, turned into the typed views of ``views.py``.

``parse`` runs the pinned parser in-process and places each of its errors at the component
or operation it names; every warning counts as an error, because a schema it would silently
drop must not ship. ``api_view`` is what both the client templates and the reference page
are rendered from, so that the names they print are the same.
"""

import contextlib
import io
import re

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import context
from .naming import ENDPOINT_PREFIX, package_name, project_name
from .preprocess import for_generator
from .problems import SpecError, SpecProblem
from .spec import SpecSource, from_pointer
from .views import ApiView, build_api_view

_OPERATION_IN_MESSAGE = re.compile(r"parsing (?P<method>[A-Z]+) (?P<path>/\S*) within")
_UNTRUSTED_REPR = re.compile(
    r"<openapi_python_client\.schema\.untrusted_string\.UntrustedString object at 0x[0-9a-f]+>"
)
_SCHEMA_IN_MESSAGE = re.compile(r"(?:#)?(/components/[A-Za-z]+/[^\s:,'\"]+)")


def _config(src: SpecSource, version: str) -> Config:
    config_file = ConfigFile(
        project_name_override=project_name(src.stem),
        package_name_override=package_name(src.stem),
        package_version_override=version,
        post_hooks=[],  # formatting is one ruff pass over every client, see pipeline.py
        docstrings_on_attributes=True,
        field_prefix=ENDPOINT_PREFIX,
    )
    return Config.from_sources(
        config_file,
        MetaType.UV,  # any meta but NONE: a project folder with pyproject.toml and README
        document_source=src.path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=None,  # build.py writes the files itself
    )


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
        return src.problem(list(from_pointer(match[1])), message)
    return src.problem([], message)


def parse(src: SpecSource, version: str, *, strict: bool = True) -> GeneratorData:
    """openapi-python-client's model of ``src``; raise SpecError naming its errors (and, when strict, warnings)."""
    with contextlib.redirect_stdout(io.StringIO()):
        openapi = GeneratorData.from_dict(for_generator(src.data), config=_config(src, version))
    if isinstance(openapi, GeneratorError):
        raise SpecError([_problem_of(src, openapi)])
    warnings = list(openapi.errors) + [
        e for collection in openapi.endpoint_collections_by_tag.values() for e in collection.parse_errors
    ]
    if strict and warnings:
        raise SpecError([_problem_of(src, e) for e in warnings])
    return openapi


def api_view(src: SpecSource, *, package: str, version: str, strict: bool = True) -> ApiView:
    """The typed view of ``src``'s client: what the templates and the reference page render.

    Raise SpecError for servers or credentials the client cannot have, or (see ``parse``) for
    what openapi-python-client cannot read. ``strict=False`` keeps going past parser warnings
    and server/credential problems, for a page of a spec that is not (yet) a client.
    """
    servers, server_problems = context.server_choices(src)
    auth, auth_problems = context.auth_context(src)
    if strict and (server_problems or auth_problems):
        raise SpecError(server_problems + auth_problems)
    openapi = parse(src, version, strict=strict)
    return build_api_view(
        src,
        openapi,
        package=package,
        project=project_name(src.stem),
        client_version=version,
        servers=servers,
        auth=auth,
    )
