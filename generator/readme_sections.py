"""The README sections made from the project's registries, kept up to date by ``generate``.

"Adding a vendor" lists the steps and, from ``extensions.py``, every extension a spec may use:
where it stands and what it does. ``python -m generator generate`` writes it between its
markers; ``check`` fails when the README differs, so the table cannot fall behind the registry.
"""

from __future__ import annotations

from pathlib import Path

from .extensions import EXTENSIONS
from .naming import REPO_ROOT
from .reference.markdown import table

README = REPO_ROOT / "README.md"
BEGIN = "<!-- generated from generator/extensions.py by `python -m generator generate`: do not edit -->"
END = "<!-- end of the generated section -->"

_STEPS_BEFORE_TABLE = """\
1. Write `specs/<name>.yaml` (OpenAPI 3.1; `<name>` matches `[a-z0-9][a-z0-9-]*`, and names the
   client `typedsms-<name>`, the mock and the test parameters). Every operation needs an
   operationId, summary, description, tags and externalDocs; every parameter, schema and
   property a description; examples must match their schemas; nothing in `components` may be
   unused. Add `links` from created resources to their reads for the stateful tests.
   Extensions the generator and the mocks read (`check` refuses an unknown `x-sdk-*` key, one on
   the wrong kind of object, or a value of the wrong shape, at its `file:line:column`):
"""

_STEPS_AFTER_TABLE = """\

   Provenance: every constraint is the vendor's (its documentation, or vendor evidence such as its
   SDKs, named in a `description`) unless marked `x-assumed` with a non-empty reason; `check`
   refuses a mark without one. The reference page lists every mark ("Assumptions of this spec"),
   and the mock accepts a request that breaks only assumed constraints, answering with a
   `Warning: 299 - "..."` header and a log line. In answers, require only identifiers.
2. Run `python -m nox -s generate`: it validates and lints the spec (problems are reported as
   `file:line:column: at <json pointer>: message`) and writes `clients/<name>/` and
   `docs/api/<name>.md`.
3. Write `mocks/vendors/<name with _>.py` with `create_vendor(seed)` returning an object with
   `handlers()` (by operationId) and `error_body(status, message, fields)`; for API-key schemes,
   `API_KEY_CREDENTIALS` maps scheme names to `username`/`password`/`token` so that
   `--user`/`--password` apply. `mocks.registry.available()` finds it by the spec's name. Add the
   schemes' credentials to `schemathesis.toml`.
4. The tests find the vendor by itself (`tests/support/vendors.py`: a spec with a mock and a client;
   `tests/test_vendors.py` fails when one is missing): the client contract
   (`tests/clients/test_contract.py`), schemathesis with every check (`tests/mocks/`, at least 1,000
   cases per check), the mock and reliability tests run for it as they are. Describe its operations
   in `tests/support/client_operations.py`, add vendor-specific tests as
   `tests/clients/test_<name>.py`, then run the test command.
"""


def extension_table() -> str:
    """The registry as a Markdown table, indented to stand in the first step of the list."""
    lines = table(["Extension", "Where", "Effect"], [[e.usage, e.where, e.effect] for e in EXTENSIONS])
    return "".join(f"   {line}\n" for line in lines)


def adding_a_vendor() -> str:
    """The body of the README's "Adding a vendor" section."""
    return _STEPS_BEFORE_TABLE + "\n" + extension_table() + _STEPS_AFTER_TABLE


def updated_readme(text: str) -> str:
    """``text`` with the generated section replaced; a README without the markers is returned unchanged."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        return text
    return text[: start + len(BEGIN)] + "\n" + adding_a_vendor() + text[end:]


def write_readme(path: Path = README) -> bool:
    """Rewrite the generated section of ``path``; True when it changed."""
    text = path.read_text(encoding="utf-8")
    fresh = updated_readme(text)
    if fresh != text:
        path.write_text(fresh, encoding="utf-8")
    return fresh != text


def readme_is_current(path: Path = README) -> bool:
    text = path.read_text(encoding="utf-8")
    return BEGIN in text and updated_readme(text) == text
