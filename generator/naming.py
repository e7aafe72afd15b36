"""Where things live and what the generated projects are called.

Names follow from the spec's file stem alone, so adding a vendor needs no
configuration: ``specs/retarus-sms4a.yaml`` becomes the project
``typedsms-retarus-sms4a`` with the import package ``typedsms_retarus_sms4a``
in ``clients/retarus-sms4a/``. The ``typedsms`` prefix keeps the names clear of
the vendors' own SDKs on PyPI (``retarus-sms``, ``callr``).
"""

import re
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = REPO_ROOT / "specs"
CLIENTS_DIR = REPO_ROOT / "clients"
DOCS_DIR = REPO_ROOT / "docs" / "api"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
RUFF_CONFIG = Path(__file__).resolve().parent / "ruff.toml"

PROJECT_PREFIX = "typedsms"


#: openapi-python-client's ``field_prefix``: what starts an identifier that could not start otherwise
#: (``generator/parsing.py`` passes it, ``default_method_name`` uses it).
ENDPOINT_PREFIX = "field_"


def project_name(spec_stem: str) -> str:
    """The distribution name on PyPI, e.g. ``typedsms-retarus-sms4a``."""
    return f"{PROJECT_PREFIX}-{spec_stem}"


def package_name(spec_stem: str) -> str:
    """The import name, e.g. ``typedsms_retarus_sms4a``."""
    return project_name(spec_stem).replace("-", "_")


def all_specs() -> list[Path]:
    """Every spec in ``specs/``, sorted so that output order is stable."""
    return sorted(SPECS_DIR.glob("*.yaml"))


def relative_to_repo(path: Path) -> str:
    """A path as shown to people: relative to the repository when inside it."""
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def _words(text: str) -> list[str]:
    """The words of ``text``: runs of letters and digits, split where a lower case letter or digit meets
    an upper case one (``customerRef`` -> ``customer``, ``Ref``)."""
    return re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))


def identifier(text: str, *, upper: bool) -> str:
    """Words of ``text`` as one Python identifier: ``x-sdk-name: EU backup`` -> ``EU_BACKUP`` / ``eu_backup``."""
    name = "_".join(w.upper() if upper else w.lower() for w in _words(text)) or "DEFAULT"
    return f"_{name}" if name[0].isdigit() else name


def server_member(label: str) -> str:
    """The ``Server`` member name of a server's ``x-sdk-name`` or description, e.g. ``PRIMARY``."""
    return identifier(label, upper=True)


def method_name(endpoint: str, tag: str) -> str:
    """A resource's method name for the endpoint ``endpoint`` in tag ``tag`` (both as the generator's
    identifiers): the endpoint's words without the tag's. ``create_job`` in ``jobs`` is ``jobs.create``;
    ``list_sms_reports`` in ``sms`` is ``sms.list_reports``."""
    tag_words = {tag, tag.rstrip("s"), tag + "s"}
    words = [w for w in endpoint.split("_") if w not in tag_words]
    return "_".join(words) or endpoint


def default_method_name(operation_id: str, tag: str) -> str:
    """The method name the client gives an operation without ``x-sdk-method``: ``method_name`` of
    openapi-python-client's identifiers of the operationId and of its first tag.

    Imports openapi-python-client (~0.6 s) when called, not before: the API diff calls it only
    for an ``x-sdk-method`` that is added or removed, to tell a written-out default from a rename.
    """
    from openapi_python_client.strings import PythonIdentifier

    return method_name(PythonIdentifier(operation_id, prefix=ENDPOINT_PREFIX), PythonIdentifier(tag, prefix="tag"))


def member_name(value: object) -> str:
    """An enum member's name for a value (``delivered`` -> ``DELIVERED``, ``0`` -> ``VALUE_0``)."""
    name = "_".join(w.upper() for w in _words(str(value))) or "EMPTY"
    return f"VALUE_{name}" if name[0].isdigit() else name


def enum_member_names(values: list[Any], var_names: list[Any]) -> tuple[str, ...] | None:
    """The member names of the client's enum class for ``values`` with ``x-enum-varnames`` (``[]``
    when absent), as the generator names them: openapi-python-client's keys (its own names, or the
    var names when there is one per value; ``null`` is not a member), then ``member_name``. ``None``
    when they are not one member per value (mixed types, duplicate names or values).

    Imports openapi-python-client when called, as ``default_method_name`` does: the API diff calls
    it only when an enum's ``x-enum-varnames`` differ between the two specs.
    """
    from openapi_python_client.parser.properties.enum_property import EnumProperty
    from openapi_python_client.parser.properties.schemas import Class
    from openapi_python_client.strings import ClassName, PythonIdentifier

    members = [v for v in values if v is not None]
    kinds = {type(v) for v in members}
    if len(kinds) != 1 or not kinds <= {str, int}:
        return None
    owner = Class(name=ClassName("Enum", prefix=""), module_name=PythonIdentifier("enum", prefix=""))
    try:
        keys = EnumProperty.values_from_list(members, owner, [str(n) for n in var_names])
    except ValueError:
        return None
    if len(keys) != len(members):  # values that share a name (``enum: [1, 1]``): one member for several
        return None
    return tuple(member_name(key) for key in keys)
