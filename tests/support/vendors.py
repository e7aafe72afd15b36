"""The one list of vendors the tests run over, found, not kept by hand.

A vendor is a spec in ``specs/`` (``generator.naming.all_specs``) that has a mock module
(``mocks.registry.available``) and a generated client package in ``clients/<stem>/``
(``generator.naming.package_name``). ``VENDORS`` holds their spec stems in the specs' order;
``vendor(stem)`` tells what a test needs to know of one without naming it: its client package, the
credentials the client takes (from the spec's security schemes, as the generated ``_config`` says),
the environment variables it reads them from (the spec's ``x-sdk-env-prefix``) and the values a
default mock accepts. ``tests/test_vendors.py`` fails when a spec lacks a mock or a client, so a new
spec never silently drops out of the parametrized tests.
"""

import functools
import importlib
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.naming import CLIENTS_DIR, all_specs, package_name
from mocks.core.auth import AcceptedCredentials
from mocks.registry import available, load_spec
from mocks.testing import credentials_for

SPECS: tuple[Path, ...] = tuple(all_specs())
"""Every spec in ``specs/``, sorted by stem."""


def _has_client(stem: str) -> bool:
    return (CLIENTS_DIR / stem / package_name(stem) / "__init__.py").is_file()


VENDORS: tuple[str, ...] = tuple(
    path.stem for path in SPECS if path.stem in set(available()) and _has_client(path.stem)
)
"""The spec stems with a spec, a mock and a generated client: what the vendor-parametrized tests run over."""


@dataclass(frozen=True)
class Vendor:
    """One vendor as the tests see it, everything derived from its spec stem."""

    stem: str

    @property
    def spec_path(self) -> Path:
        return next(path for path in SPECS if path.stem == self.stem)

    @property
    def spec(self) -> dict[str, Any]:
        return _spec(self.stem)

    @property
    def package_name(self) -> str:
        """The import name of the client, e.g. ``typedsms_retarus_sms4a``."""
        return package_name(self.stem)

    @property
    def package(self) -> types.ModuleType:
        return importlib.import_module(self.package_name)

    @property
    def config(self) -> Any:
        """The client's generated ``_config.CONFIG`` (servers, schemes, env prefix, user agent)."""
        return importlib.import_module(f"{self.package_name}._config").CONFIG

    @property
    def env_prefix(self) -> str:
        """The spec's ``x-sdk-env-prefix``: ``RETARUS`` for ``RETARUS_USERNAME``."""
        return str(self.spec["info"]["x-sdk-env-prefix"])

    @property
    def credential_fields(self) -> tuple[str, ...]:
        """The keyword arguments that carry credentials, in the spec's scheme order (``username``, ``password``)."""
        return tuple(field for scheme in self.config.schemes for field in scheme.fields)

    def env_name(self, field: str) -> str:
        """The environment variable a credential (or ``base_url``) is read from."""
        return f"{self.env_prefix}_{field.upper().rstrip('_')}"

    @property
    def env_names(self) -> tuple[str, ...]:
        """Every variable the client reads: its credentials and ``<PREFIX>_BASE_URL``."""
        return (*(self.env_name(field) for field in self.credential_fields), self.env_name("base_url"))

    @property
    def mock_credentials(self) -> dict[str, str]:
        """The client's credential keyword arguments that a mock with default settings accepts."""
        return credentials_for(self.spec, _default_accepted(self.stem))

    @property
    def mock_environment(self) -> dict[str, str]:
        """The same as ``<PREFIX>_<NAME>`` environment variables (without the base URL)."""
        return {self.env_name(field): value for field, value in self.mock_credentials.items()}

    @property
    def has_links(self) -> bool:
        """Whether the spec links created resources to their reads (what the stateful tests follow)."""
        spec = self.spec

        def resolved(node: Any) -> Any:
            while isinstance(node, dict) and isinstance(node.get("$ref"), str):
                target: Any = spec
                for part in node["$ref"].removeprefix("#/").split("/"):
                    target = target[part]
                node = target
            return node

        return any(
            "links" in (resolved(response) or {})
            for item in spec["paths"].values()
            for operation in item.values()
            if isinstance(operation, dict)
            for response in (operation.get("responses") or {}).values()
        )


@functools.cache
def _spec(stem: str) -> dict[str, Any]:
    return load_spec(stem)


@functools.cache
def _default_accepted(stem: str) -> AcceptedCredentials:
    """What ``create_app(stem)`` accepts: the defaults, with the vendor's API keys mapped onto them."""
    from mocks.registry import create_app

    accepted: AcceptedCredentials = create_app(stem).state.api.accepted
    return accepted


@functools.cache
def vendor(stem: str) -> Vendor:
    if stem not in VENDORS:
        raise KeyError(f"{stem!r} is not a vendor with a spec, a mock and a client; vendors: {', '.join(VENDORS)}")
    return Vendor(stem)
