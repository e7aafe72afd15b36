"""Each client's version and CHANGELOG.md, kept in step with its spec.

Every generated client keeps a copy of the spec it was made from
(``clients/<name>/openapi.yaml``). The next generation compares the spec with
that copy: a breaking change bumps the major version, an addition the minor,
a docs-only change the patch, and the changelog gets an entry listing the
changes. No change, no bump: regenerating is idempotent, and the drift check
sees a spec edited without regeneration as a difference.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .api_diff.compare import compare
from .api_diff.model import Change, Level
from .spec import parse_yaml

INITIAL_VERSION = "1.0.0"
SURFACE = 2
"""The generation of the client surface; raising it makes every client's next release a major one."""
SNAPSHOT = "openapi.yaml"
CHANGELOG = "CHANGELOG.md"


@dataclass(frozen=True)
class Release:
    """The version of a client and its whole changelog text (without the provenance header)."""

    version: str
    changelog: str


def strip_header(text: str) -> str:
    """Text of a generated file without the provenance header that stamping added."""
    if text.startswith("<!--\nGenerated from"):
        return text.split("-->\n", 1)[1] if "-->\n" in text else text
    lines = text.splitlines(keepends=True)
    while (
        lines
        and lines[0].startswith("# ")
        and (lines[0].startswith(("# Generated from", "# by typedsms", "# Do not edit")))
    ):
        lines.pop(0)
    return "".join(lines)


def _read_surface(pyproject: Path) -> int:
    """The client surface generation a committed client was made with (1 before it was recorded)."""
    if not pyproject.exists():
        return 1
    for line in pyproject.read_text(encoding="utf-8").splitlines():
        if line.startswith("surface = "):
            return int(line.split("=", 1)[1].strip())
    return 1


SURFACE_NOTES = {
    2: """The client surface was rebuilt (generator surface 2). Migration:

- `Client(username=..., password=...)` / `AsyncClient(...)` replace `AuthenticatedClient(credentials=Credentials(...))`;
  credentials may come from the environment (`<PREFIX>_<NAME>`, see the README), the base URL from
  `<PREFIX>_BASE_URL`, `server="..."` names one of the spec's servers.
- One way to call: `client.<resource>.<method>(...)`; the `api/` modules (`sync`, `sync_detailed`,
  `asyncio`, `asyncio_detailed`) are gone. Path parameters are positional, the rest keyword-only;
  request bodies are flattened keyword arguments, nested objects are dicts (`...Param` TypedDicts) or models.
- Results: absent optional fields are `None` (no `Unset`); enums are `Enum | UnknownStr`/`UnknownInt`;
  paged operations return a page you iterate over (every page, lazily); one value or a list of
  them is always a list.
- `client.<resource>.with_raw_response.<method>(...)` replaces `*_detailed`; `client.with_options(timeout=,
  max_retries=)`; errors are importable from the package (`NotFoundError`, `APIStatusError`,
  `APIConnectionError`, `MalformedResponseError`...).
- Datetime arguments must be timezone-aware; the client converts them to what the API expects.
""",
}


def _read_version(pyproject: Path) -> str | None:
    if not pyproject.exists():
        return None
    for line in pyproject.read_text(encoding="utf-8").splitlines():
        if line.startswith("version = "):
            return line.split("=", 1)[1].strip().strip('"')
    return None


def bump(version: str, changes: Sequence[Change]) -> str:
    """The next version after ``version`` for ``changes`` (semantic versioning)."""
    major, minor, patch = (int(part) for part in version.split("."))
    levels = {c.level for c in changes}
    if Level.BREAKING in levels:
        return f"{major + 1}.0.0"
    if Level.NON_BREAKING in levels:
        return f"{major}.{minor + 1}.0"
    if levels:
        return f"{major}.{minor}.{patch + 1}"
    return version


def _entry(version: str, changes: Sequence[Change], spec_version: str) -> str:
    titles = {Level.BREAKING: "Breaking changes", Level.NON_BREAKING: "Additions", Level.DOCS: "Documentation"}
    lines = [f"## {version}", "", f"API version {spec_version}.", ""]
    for level, title in titles.items():
        selected = [c for c in changes if c.level == level]
        if selected:
            lines += [f"### {title}", ""]
            lines += [f"- `{c.rule}` at {c.location}: {c.message}" for c in selected]
            lines.append("")
    return "\n".join(lines)


def next_release(client_dir: Path, new_spec: dict[str, Any], project: str, new_raw: bytes = b"") -> Release:
    """The release that generating ``new_spec`` into ``client_dir`` makes."""
    spec_version = str((new_spec.get("info") or {}).get("version", ""))
    snapshot = client_dir / SNAPSHOT
    current = _read_version(client_dir / "pyproject.toml")
    old_changelog_path = client_dir / CHANGELOG
    if not snapshot.exists() or current is None or not old_changelog_path.exists():
        body = f"## {INITIAL_VERSION}\n\nFirst release, generated from API version {spec_version}.\n"
        return Release(INITIAL_VERSION, f"# Changelog of {project}\n\n{body}")
    old_text = strip_header(snapshot.read_text(encoding="utf-8"))
    old_changelog = strip_header(old_changelog_path.read_text(encoding="utf-8"))
    surface_changed = _read_surface(client_dir / "pyproject.toml") != SURFACE
    if old_text.encode("utf-8") == new_raw and not surface_changed:
        return Release(current, old_changelog)  # neither the spec nor the generated surface changed
    changes = compare(parse_yaml(old_text), new_spec) if old_text.encode("utf-8") != new_raw else []
    version = bump(current, changes)
    if surface_changed:
        major = int(current.split(".")[0])
        version = f"{major + 1}.0.0"
    if version == current:
        return Release(current, old_changelog)
    head, _, rest = old_changelog.partition("\n## ")
    entry = _entry(version, changes, spec_version)
    if surface_changed:
        entry = entry.rstrip("\n") + "\n\n" + SURFACE_NOTES.get(SURFACE, "The generated client surface changed.\n")
    return Release(version, f"{head.rstrip()}\n\n{entry}\n## {rest}" if rest else f"{head.rstrip()}\n\n{entry}")
