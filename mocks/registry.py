"""Finding a mock by spec stem: ``specs/<stem>.yaml`` with ``mocks/vendors/<stem>.py``."""

import dataclasses
import importlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from ruamel.yaml import YAML
from starlette.applications import Starlette

from .core.app import BODY_TIMEOUT, build_app
from .core.auth import AcceptedCredentials
from .core.vendor import Vendor

_PACKAGE = Path(__file__).resolve().parent
# An installed distribution carries the specs in mocks/specs/ (copied at build time, see
# mocks/pyproject.toml); a checkout reads them from specs/ beside mocks/.
SPECS_DIR = _PACKAGE / "specs" if (_PACKAGE / "specs").is_dir() else _PACKAGE.parent / "specs"


def available() -> list[str]:
    """The spec stems that have a vendor module."""
    vendors = Path(__file__).resolve().parent / "vendors"
    return sorted(p.stem for p in SPECS_DIR.glob("*.yaml") if (vendors / f"{p.stem.replace('-', '_')}.py").exists())


def load_spec(name: str) -> dict[str, Any]:
    # YAML 1.2, as the generator reads specs (YAML 1.1 would read an enum name NO as False).
    return cast(dict[str, Any], YAML(typ="safe").load((SPECS_DIR / f"{name}.yaml").read_text(encoding="utf-8")))


def _with_api_keys(accepted: AcceptedCredentials, fields: dict[str, str]) -> AcceptedCredentials:
    """Fill apiKey schemes that were not given explicitly from the user, password or token.

    A vendor module maps scheme names to those fields in ``API_KEY_CREDENTIALS``, so that
    ``--user``/``--password`` work for a vendor whose credentials are API keys.
    """
    keys = {scheme: str(getattr(accepted, field)) for scheme, field in fields.items()}
    keys.update(accepted.api_keys or {})
    return dataclasses.replace(accepted, api_keys=keys)


def create_app(
    name: str,
    accepted: AcceptedCredentials | None = None,
    *,
    seed: int = 0,
    clock: Callable[[], datetime] | None = None,
    control: bool = True,
    body_timeout: float = BODY_TIMEOUT,
    fast: bool = True,
) -> Starlette:
    """A fresh mock app for the spec stem ``name`` (e.g. ``retarus-sms4a``).

    ``control=False`` leaves out the control API (``/__mock/...``); ``body_timeout`` bounds
    the time a request body may take to arrive (408 after it); ``fast=False`` validates with
    openapi-core alone (the reference of the fast path).
    """
    if name not in available():
        raise KeyError(f"no mock named {name!r}; available: {', '.join(available())}")
    module = importlib.import_module(f"mocks.vendors.{name.replace('-', '_')}")
    accepted = _with_api_keys(accepted or AcceptedCredentials(), getattr(module, "API_KEY_CREDENTIALS", {}))

    def vendor() -> Vendor:
        return cast(Vendor, module.create_vendor(seed))

    options: dict[str, Any] = {"control": control, "body_timeout": body_timeout, "fast": fast}
    if clock is None:
        return build_app(load_spec(name), vendor, accepted, **options)
    return build_app(load_spec(name), vendor, accepted, clock, **options)
