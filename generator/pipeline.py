"""From specs to committed clients: render, format, stamp, then swap in.

Everything is built in a temporary folder first. A client folder under
``clients/`` is replaced only when its spec rendered, formatted and stamped
without error, so a broken spec leaves the committed client as it was.
"""

import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .build import render_client
from .formatting import FormattingError, format_tree
from .naming import CLIENTS_DIR, DOCS_DIR, package_name, project_name, relative_to_repo
from .problems import SpecError, SpecProblem
from .reference import render_reference
from .spec import load_spec
from .stamping import stamp_tree
from .versioning import next_release
from .views import ApiView

DOCS_BUILD = "_docs"
STEM = re.compile(r"[a-z0-9][a-z0-9-]*")


def import_problem(project: Path, package: str) -> str:
    """Why the rendered ``package`` below ``project`` would not be a working client ("" if it is).

    Every module must compile, and the package must import in a fresh interpreter with nothing
    but the standard library, httpx and the package itself on its path.
    """
    for path in sorted((project / package).rglob("*.py")):
        try:
            compile(path.read_text(encoding="utf-8"), str(path), "exec", dont_inherit=True)
        except SyntaxError as exc:
            where = path.relative_to(project).as_posix()
            return f"the generated {where} is not valid Python (line {exc.lineno}): {exc.msg}"
    code = f"import {package}, {package}.resources, {package}.models, {package}.params"
    done = subprocess.run(
        [sys.executable, "-I", "-B", "-c", f"import sys; sys.path.insert(0, {str(project)!r}); {code}"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return f"the generated package {package} does not import: {last}"
    return ""


@dataclass
class BuildResult:
    """What a build produced: a folder per spec stem that succeeded, the problems of the rest."""

    built: dict[str, Path] = field(default_factory=dict)
    problems: list[SpecProblem] = field(default_factory=list)


def build_all(specs: Iterable[Path], workdir: Path, clients_dir: Path = CLIENTS_DIR) -> BuildResult:
    """Render, format and stamp every spec's client below ``workdir``, and its reference page.

    ``clients_dir`` holds the committed clients, whose spec snapshots and versions decide the
    next release of each client (see versioning.py). The reference page of ``<stem>`` is
    written to ``workdir/_docs/<stem>.md``.
    """
    result = BuildResult()
    sources = {}
    views: dict[str, ApiView] = {}
    for spec in specs:
        if not STEM.fullmatch(spec.stem) or spec.suffix != ".yaml":
            result.problems.append(
                SpecProblem(
                    relative_to_repo(spec),
                    f"a spec's file name must be <name>.yaml with <name> matching {STEM.pattern} "
                    "(it names the client's folder, package and distribution)",
                )
            )
            continue
        out = workdir / spec.stem
        try:
            src = load_spec(spec)
            release = next_release(clients_dir / spec.stem, src.data, project_name(spec.stem), src.raw)
            views[spec.stem] = render_client(src, out, release)
        except SpecError as exc:
            result.problems.extend(exc.problems)
            shutil.rmtree(out, ignore_errors=True)
            continue
        sources[spec.stem] = src
        result.built[spec.stem] = out
    if result.built:
        try:
            format_tree(workdir)
        except FormattingError:
            # Attribute the failure to the clients that cause it; keep the rest.
            for stem, out in list(result.built.items()):
                try:
                    format_tree(out)
                except FormattingError as exc:
                    result.problems.append(SpecProblem(sources[stem].display_name, str(exc)))
                    del result.built[stem]
    for stem, out in list(result.built.items()):
        problem = import_problem(out, package_name(stem))
        if problem:
            result.problems.append(SpecProblem(sources[stem].display_name, problem))
            del result.built[stem]
    for stem, out in result.built.items():
        src = sources[stem]
        stamp_tree(out, src.display_name, src.sha256)
        page = render_reference(src.data, spec_file=src.display_name, package_name=package_name(stem), api=views[stem])
        docs = workdir / DOCS_BUILD / f"{stem}.md"
        docs.parent.mkdir(exist_ok=True)
        docs.write_text(page, encoding="utf-8")
    return result


def generate(specs: list[Path], clients_dir: Path = CLIENTS_DIR, docs_dir: Path = DOCS_DIR) -> BuildResult:
    """Regenerate the clients of ``specs`` and their reference pages, each swapped in only on success."""
    clients_dir.mkdir(parents=True, exist_ok=True)
    docs_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="typedsms-gen-") as tmp:
        result = build_all(specs, Path(tmp), clients_dir)
        for stem, out in result.built.items():
            _swap_in(out, clients_dir / stem)
            shutil.copyfile(Path(tmp) / DOCS_BUILD / f"{stem}.md", docs_dir / f"{stem}.md")
    return result


def _swap_in(new: Path, target: Path) -> None:
    backup = target.with_name(f".{target.name}.old")
    shutil.rmtree(backup, ignore_errors=True)
    staged = target.with_name(f".{target.name}.new")
    shutil.rmtree(staged, ignore_errors=True)
    shutil.copytree(new, staged)
    if target.exists():
        target.rename(backup)
    staged.rename(target)
    shutil.rmtree(backup, ignore_errors=True)


def _compare_docs(fresh: Path, committed: Path, stems: set[str], built: set[str], drift: "Drift") -> None:
    existing = {p.stem for p in committed.glob("*.md")} if committed.exists() else set()
    for stem in sorted(stems | existing):
        page = committed / f"{stem}.md"
        if stem not in stems:
            drift.extra.append(relative_to_repo(page))
        elif stem in built and not page.exists():
            drift.missing.append(relative_to_repo(page))
        elif stem in built and not filecmp.cmp(fresh / f"{stem}.md", page, shallow=False):
            drift.changed.append(relative_to_repo(page))


@dataclass
class Drift:
    """Differences between ``clients/`` and a fresh generation."""

    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # would be created
    extra: list[str] = field(default_factory=list)  # would be removed
    problems: list[SpecProblem] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.changed or self.missing or self.extra or self.problems)


def generated_files(root: Path) -> set[str]:
    """The files below ``root`` that generation owns (caches and build leftovers ignored)."""
    if not root.exists():
        return set()
    ignored = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not ignored & set(p.relative_to(root).parts) and ".egg-info" not in p.as_posix()
    }


def check(specs: list[Path], clients_dir: Path = CLIENTS_DIR, docs_dir: Path = DOCS_DIR) -> Drift:
    """Compare ``clients_dir`` and ``docs_dir`` with a fresh generation of ``specs`` without touching them."""
    drift = Drift()
    with tempfile.TemporaryDirectory(prefix="typedsms-check-") as tmp:
        fresh_root = Path(tmp)
        result = build_all(specs, fresh_root, clients_dir)
        _compare_docs(fresh_root / DOCS_BUILD, docs_dir, {s.stem for s in specs}, set(result.built), drift)
        drift.problems = result.problems
        stems = {s.stem for s in specs}
        existing = {p.name for p in clients_dir.iterdir() if p.is_dir()} if clients_dir.exists() else set()
        for stem in sorted(stems | existing):
            fresh = fresh_root / stem
            committed = clients_dir / stem
            if stem not in stems:
                drift.extra += [relative_to_repo(committed / f) for f in sorted(generated_files(committed))]
                continue
            if stem not in result.built:
                continue
            fresh_files, committed_files = generated_files(fresh), generated_files(committed)
            drift.missing += [relative_to_repo(committed / f) for f in sorted(fresh_files - committed_files)]
            drift.extra += [relative_to_repo(committed / f) for f in sorted(committed_files - fresh_files)]
            for f in sorted(fresh_files & committed_files):
                if not filecmp.cmp(fresh / f, committed / f, shallow=False):
                    drift.changed.append(relative_to_repo(committed / f))
    return drift
