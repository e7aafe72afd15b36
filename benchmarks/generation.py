"""Benchmark 1: regenerating every client (formatted) vs openapi-python-client's CLI once per spec.

Ours: ``generator.pipeline.build_all(all_specs(), tmpdir)``, which validates and lints each
spec, renders it with our templates, formats all clients with one ruff pass, stamps them and
writes the reference docs. Measured warm (in-process, after one untimed run) and cold (a fresh
interpreter that imports the generator and builds once, as ``python -m generator generate`` does).

Baseline: ``openapi-python-client generate --path specs/X.yaml --output-path tmp --meta uv``
once per spec, with ruff on PATH so that its default post-hooks (ruff check --fix-only, ruff
format) run: what a user of the plain tool runs to get formatted clients.
"""

import cProfile
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import ROOT, ProfileShares, Row, alternate, env_with_venv, fmt_time, median, ratio_met, venv_bin

GOAL = 0.25
REPEATS = 5
COLD_SNIPPET = (
    "import sys, pathlib\n"
    "from generator.naming import all_specs\n"
    "from generator.pipeline import build_all\n"
    "result = build_all(all_specs(), pathlib.Path(sys.argv[1]))\n"
    "sys.exit(1 if result.problems or len(result.built) != len(all_specs()) else 0)\n"
)


def _ours_warm() -> float:
    from generator.naming import all_specs
    from generator.pipeline import build_all

    with tempfile.TemporaryDirectory(prefix="bench-gen-") as tmp:
        start = time.perf_counter()
        result = build_all(all_specs(), Path(tmp))
        elapsed = time.perf_counter() - start
    if result.problems or len(result.built) != len(all_specs()):
        raise RuntimeError(f"build_all failed: {result.problems}")
    return elapsed


def _ours_cold() -> float:
    with tempfile.TemporaryDirectory(prefix="bench-gen-") as tmp:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", COLD_SNIPPET, tmp], cwd=ROOT, env=env_with_venv(), check=True)
        return time.perf_counter() - start


def _baseline() -> float:
    from generator.naming import all_specs

    cli = str(venv_bin() / "openapi-python-client")
    env = env_with_venv()
    with tempfile.TemporaryDirectory(prefix="bench-opc-") as tmp:
        start = time.perf_counter()
        for spec in all_specs():
            command = [cli, "generate", "--path", str(spec), "--output-path", f"{tmp}/{spec.stem}", "--meta", "uv"]
            done = subprocess.run(command, cwd=tmp, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"openapi-python-client failed on {spec.name}: {done.stdout[-2000:]}")
            if "Skipping Integration" in done.stdout:
                raise RuntimeError("openapi-python-client skipped its ruff hooks: ruff is not on PATH")
        return time.perf_counter() - start


# Where the time of build_all goes: (label, file path fragment, function); cumulative, overlapping.
PROFILE_PARTS = [
    ("YAML parsing (ruamel)", "ruamel/yaml/main.py", "load"),
    ("render_client (spec checks, openapi-python-client, templates)", "generator/build.py", "render_client"),
    ("  of which Jinja template compilation", "jinja2/environment.py", "compile"),
    ("spec checks", "generator/spec_checks.py", "check_spec"),
    ("versioning (API diff with the committed spec)", "generator/versioning.py", "next_release"),
    ("ruff fix + format (subprocesses)", "generator/formatting.py", "format_tree"),
    ("reference docs", "generator/reference/__init__.py", "render_reference"),
]


def profile() -> str:
    """Profile one warm ``build_all``: print the shares of its parts, return a short summary."""
    profiler = cProfile.Profile()
    profiler.enable()
    _ours_warm()
    profiler.disable()
    profiled = ProfileShares(profiler)
    shares = [(label, profiled.share(path, name)) for label, path, name in PROFILE_PARTS]
    print("  profile of build_all (share of profiled time, cumulative):")
    for label, share in shares:
        print(f"    {label:48} {share:6.1%}")
    return ", ".join(f"{label.strip()} {share:.0%}" for label, share in shares[:3])


def run() -> list[Row]:
    """Measure both sides ``REPEATS`` times, alternating, and compare medians."""
    if shutil.which("ruff", path=str(venv_bin())) is None:
        raise RuntimeError(f"ruff is not installed in {venv_bin()}")
    _ours_warm()  # untimed: imports and first-use caches in this process,
    _ours_cold()  # the generator's bytecode,
    _baseline()  # and the OS file cache for the CLI
    results = alternate(REPEATS, {"warm": _ours_warm, "cold": _ours_cold, "baseline": _baseline})
    warm, cold, base = results["warm"], results["cold"], results["baseline"]
    where = profile()
    base_median = median(base)
    print(
        f"  generation: ours warm {[round(x, 2) for x in warm]}, cold {[round(x, 2) for x in cold]}, "
        f"openapi-python-client CLI x4 {[round(x, 2) for x in base]} (s)"
    )
    rows = []
    for label, values in (("in-process, warm", warm), ("fresh process, cold", cold)):
        ratio = median(values) / base_median
        rows.append(
            Row(
                f"1. regenerate 4 clients, formatted ({label})",
                fmt_time(median(values)),
                fmt_time(base_median),
                ratio,
                f"<= {GOAL}x",
                ratio_met(ratio, GOAL),
                f"median of {len(values)}; baseline = 4 CLI runs (--meta uv, ruff hooks); build_all: {where}",
            )
        )
    return rows
