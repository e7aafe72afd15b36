"""``python -m generator diff``: classify the changes between two versions of a spec.

``diff OLD NEW`` compares two spec files. ``diff --since GIT_REF`` compares every spec under
``specs/`` that changed since ``GIT_REF`` (the working tree, staged or not, against
``git show GIT_REF:specs/<file>``); a spec that is new since then is reported as all added, a
deleted one as all removed. Exit status: 1 when a change is breaking, 0 otherwise, 2 when
the comparison could not be made (unreadable file, unknown git ref).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml.error import YAMLError

from ..naming import REPO_ROOT, relative_to_repo
from ..spec import parse_yaml
from .compare import compare
from .locations import locate_changes
from .model import SpecReport
from .render import FORMATS, render

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


class DiffError(Exception):
    """The comparison cannot be made; the message says why."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", nargs="?", help="the old spec file")
    parser.add_argument("new", nargs="?", help="the new spec file")
    parser.add_argument(
        "--since",
        metavar="GIT_REF",
        help="compare every spec under specs/ changed since GIT_REF with the working tree",
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument(
        "--repo",
        type=Path,
        default=REPO_ROOT,
        help="the repository whose specs/ --since reads (default: this one)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        reports = _reports(args)
    except DiffError as exc:
        print(f"diff: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render(reports, args.format))
    return 1 if any(r.breaking for r in reports) else 0


def _reports(args: argparse.Namespace) -> list[SpecReport]:
    if args.since is not None:
        if args.old is not None or args.new is not None:
            raise DiffError("give either OLD NEW or --since GIT_REF, not both")
        return since(Path(args.repo), args.since)
    if args.old is None or args.new is None:
        raise DiffError("give OLD and NEW spec files, or --since GIT_REF")
    old_path, new_path = Path(args.old), Path(args.new)
    old_text, new_text = _read(old_path), _read(new_path)
    old, new = _parse(old_text, str(old_path)), _parse(new_text, str(new_path))
    changes = locate_changes(compare(old, new), old_text, new_text)
    return [SpecReport(relative_to_repo(new_path), changes)]


def since(repo: Path, ref: str) -> list[SpecReport]:
    """A report for every spec under ``repo``/specs that differs from its version at ``ref``."""
    _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    listed = _git(repo, "diff", "--name-only", "--no-renames", ref, "--", "specs/").splitlines()
    listed += _git(repo, "ls-files", "--others", "--exclude-standard", "--", "specs/").splitlines()
    names = sorted({n for n in listed if n.endswith(SPEC_SUFFIXES) and n.count("/") == 1})
    reports: list[SpecReport] = []
    for name in names:
        old_text = _git_show(repo, ref, name)
        path = repo / name
        old = _parse(old_text, f"{ref}:{name}") if old_text is not None else {}
        new_text = _read(path) if path.exists() else None
        new = _parse(new_text, str(path)) if new_text is not None else {}
        if old == new:
            continue
        status = "added" if old_text is None else "removed" if new_text is None else "changed"
        reports.append(SpecReport(name, locate_changes(compare(old, new), old_text, new_text), status))
    return reports


def _git(repo: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    except OSError as exc:
        raise DiffError(f"cannot run git: {exc}") from exc
    if done.returncode != 0:
        detail = done.stderr.strip() or f"git {args[0]} failed"
        if args[0] == "rev-parse":
            detail = f"unknown git ref {args[-1].removesuffix('^{commit}')!r}"
        raise DiffError(detail)
    return done.stdout


def _git_show(repo: Path, ref: str, name: str) -> str | None:
    """The text of ``name`` at ``ref``, or None when it did not exist there."""
    try:
        return _git(repo, "show", f"{ref}:{name}")
    except DiffError:
        return None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DiffError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise DiffError(f"{path} is not UTF-8 text: {exc.reason} at byte {exc.start}") from exc


def _parse(text: str, name: str) -> dict[str, Any]:
    try:
        data = parse_yaml(text)
    except YAMLError as exc:
        raise DiffError(f"{name} is not valid YAML: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DiffError(f"{name} is not an OpenAPI document (not a mapping)")
    return data
